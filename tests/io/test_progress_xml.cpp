#include "io/ProgressXml.h"

#include <doctest/doctest.h>


using namespace acq;

namespace {

Progress sample()
{
    Progress progress;
    Attempt placement;
    placement.levelId = "lower-back";
    placement.startedAt = "2024-05-01T10:20:30Z";
    placement.seconds = 12.345678901234567;
    placement.score = 1.0 / 3.0;
    placement.maxScore = 500.0;
    placement.completed = true;
    ItemResult hit;
    hit.id = "BL23";
    hit.points = 87.12345678901234;
    hit.maxPoints = 100.0;
    hit.correct = false;
    hit.distanceCun = 0.1 + 0.2;
    hit.click = Vec2{170.00000000000003, -1e-300};
    placement.items.push_back(hit);
    ItemResult skipped;
    skipped.id = "GV4";
    skipped.maxPoints = 100.0;
    placement.items.push_back(skipped);
    progress.add(placement);

    Attempt matching;
    matching.levelId = "causes";
    matching.startedAt = "2024-05-02T08:00:00Z <&\"'> Shènshū";
    matching.seconds = 0.0;
    matching.score = 17.0;
    matching.maxScore = 20.0;
    matching.completed = false;
    ItemResult pair;
    pair.id = "herniated-disc";
    pair.points = 10.0;
    pair.maxPoints = 10.0;
    pair.correct = true;
    pair.mistakes = 2;
    matching.items.push_back(pair);
    progress.add(matching);
    return progress;
}

void checkSame(const Progress& a, const Progress& b)
{
    REQUIRE(a.attempts().size() == b.attempts().size());
    for (std::size_t i = 0; i < a.attempts().size(); ++i) {
        const Attempt& x = a.attempts()[i];
        const Attempt& y = b.attempts()[i];
        CHECK(x.levelId == y.levelId);
        CHECK(x.startedAt == y.startedAt);
        CHECK(x.seconds == y.seconds); // exact: the text must read back to the same double
        CHECK(x.score == y.score);
        CHECK(x.maxScore == y.maxScore);
        CHECK(x.completed == y.completed);
        REQUIRE(x.items.size() == y.items.size());
        for (std::size_t k = 0; k < x.items.size(); ++k) {
            const ItemResult& p = x.items[k];
            const ItemResult& q = y.items[k];
            CHECK(p.id == q.id);
            CHECK(p.points == q.points);
            CHECK(p.maxPoints == q.maxPoints);
            CHECK(p.correct == q.correct);
            CHECK(p.distanceCun == q.distanceCun);
            CHECK(p.click.has_value() == q.click.has_value());
            if (p.click && q.click)
                CHECK(*p.click == *q.click);
            CHECK(p.mistakes == q.mistakes);
        }
    }
}

std::string problemOf(const std::string& text)
{
    Progress progress;
    std::string problem;
    CHECK_FALSE(progressFromXml(text, progress, problem));
    return problem;
}

} // namespace

TEST_CASE("[progress] attempts survive the XML round trip exactly")
{
    const Progress original = sample();
    const std::string xml = progressToXml(original);
    Progress back;
    std::string problem;
    REQUIRE_MESSAGE(progressFromXml(xml, back, problem), problem);
    checkSame(original, back);
    CHECK(xml.find("<acuquest-progress format=\"1\">") != std::string::npos);
}

TEST_CASE("[progress] an empty progress round-trips")
{
    Progress back;
    back.add(Attempt{});
    std::string problem;
    REQUIRE(progressFromXml(progressToXml(Progress()), back, problem));
    CHECK(back.attempts().empty());
}

TEST_CASE("[progress] reading is strict")
{
    CHECK(problemOf("<acuquest-progress format=\"2\"/>") == "format 2 is not supported by this version (1)");
    CHECK(problemOf("<acuquest-progress/>") == "progress.xml:1: <acuquest-progress>: missing attribute \"format\"");
    CHECK(problemOf("<progress format=\"1\"/>") == "the root element is <progress>, not <acuquest-progress>");
    CHECK(problemOf("<acuquest-progress format=\"1\">\n<attempt level=\"a\" started=\"\" seconds=\"1.5abc\" score=\"1\" max=\"2\" completed=\"true\"/>\n</acuquest-progress>") ==
          "progress.xml:2: <attempt>: attribute \"seconds\" is not a number: \"1.5abc\"");
    CHECK(problemOf("<acuquest-progress format=\"1\">\n<attempt level=\"a\" started=\"\" seconds=\"1\" score=\"inf\" max=\"2\" completed=\"true\"/>\n</acuquest-progress>") ==
          "progress.xml:2: <attempt>: attribute \"score\" is not a number: \"inf\"");
    CHECK(problemOf("<acuquest-progress format=\"1\"><attempt level=\"a\" started=\"\" seconds=\"1\" score=\"1\" max=\"2\" completed=\"yes\"/></acuquest-progress>") ==
          "progress.xml:1: <attempt>: attribute \"completed\" must be true or false, not \"yes\"");
    CHECK(problemOf("<acuquest-progress format=\"1\"><attempt level=\"a\" started=\"\" seconds=\"1\" score=\"1\" max=\"2\" completed=\"true\">\n"
                    "<item id=\"x\" points=\"1\" max=\"1\" correct=\"true\" mistakes=\"1.5\"/></attempt></acuquest-progress>") ==
          "progress.xml:2: <item id=\"x\">: attribute \"mistakes\" must be a whole number, not 1.5");
    CHECK(problemOf("<acuquest-progress format=\"1\"><attempt") == "progress.xml:1: not well-formed XML: a malformed element in <attempt>");
    CHECK(problemOf("") == "progress.xml:0: file is empty");
}

TEST_CASE("[progress] a failed read leaves the output untouched")
{
    Progress progress = sample();
    std::string problem;
    CHECK_FALSE(progressFromXml("<acuquest-progress format=\"1\"><attempt level=\"a\"/></acuquest-progress>", progress, problem));
    CHECK(progress.attempts().size() == 2);
}
