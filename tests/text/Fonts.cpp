#include "Fonts.h"

#include "io/FontFiles.h"

#include <memory>
#include <stdexcept>

namespace acq::testfonts {

namespace {

std::unique_ptr<FontFace> openOrThrow(bool bold)
{
    const auto files = findFontFiles();
    if (!files)
        throw std::runtime_error("no font: install fonts-dejavu-core");
    std::string problem;
    auto face = FontFace::open(bold ? files->bold : files->regular, problem);
    if (!face)
        throw std::runtime_error(problem);
    return face;
}

} // namespace

FontFace& regular()
{
    static const std::unique_ptr<FontFace> face = openOrThrow(false);
    return *face;
}

FontFace& bold()
{
    static const std::unique_ptr<FontFace> face = openOrThrow(true);
    return *face;
}

} // namespace acq::testfonts
