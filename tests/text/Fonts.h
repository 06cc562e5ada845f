// The game's own font faces for text tests (DejaVu Sans from fonts-dejavu-core, as the game
// finds it), opened once for the whole test run.
#pragma once

#include "app/text/FontFace.h"

namespace acq::testfonts {

FontFace& regular();
FontFace& bold();

} // namespace acq::testfonts
