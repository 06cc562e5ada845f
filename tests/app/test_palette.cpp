// Every text colour of the theme (src/app/Theme.h) on every background it is drawn on meets
// WCAG 2.1 AA for body text (4.5:1): the screens draw small text in all of them. The layout
// check (expect-layout) checks the pairs actually drawn; this names the palette's own.
#include "app/Theme.h"
#include "core/Contrast.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using namespace acq;

namespace {

Rgb rgb(sf::Color c) { return {c.r, c.g, c.b}; }

using Named = std::pair<const char*, sf::Color>;

} // namespace

TEST_CASE("[palette] every text colour on every light background reaches 4.5:1")
{
    const std::vector<Named> texts{{"text", colors::text},     {"mutedText", colors::mutedText},
                                   {"accent", colors::accent}, {"good", colors::good},
                                   {"bad", colors::bad},       {"broken", colors::broken}};
    const std::vector<Named> backgrounds{{"background", colors::background}, {"panel", colors::panel},
                                         {"accentSoft", colors::accentSoft}, {"goodSoft", colors::goodSoft},
                                         {"badSoft", colors::badSoft},       {"footer", colors::footer}};
    for (const auto& [textName, textColour] : texts)
        for (const auto& [backName, backColour] : backgrounds) {
            INFO(textName << " on " << backName);
            CHECK(contrastRatio(rgb(textColour), rgb(backColour)) >= 4.5);
        }
}

TEST_CASE("[palette] white text on the filled colours (a focused button, a verdict) reaches 4.5:1")
{
    for (const auto& [name, fill] : std::vector<Named>{{"accent", colors::accent}, {"good", colors::good},
                                                       {"bad", colors::bad}, {"broken", colors::broken}}) {
        INFO("white on " << name);
        CHECK(contrastRatio(Rgb{255, 255, 255}, rgb(fill)) >= 4.5);
    }
}
