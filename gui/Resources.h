#pragma once
// Registers the icons and other files of resources/gridcarbon.qrc, which live in the static
// gridcarbon_gui library and so need an explicit initialisation. Safe to call repeatedly.
namespace gridcarbon::gui {
void initResources();
}

namespace gridcarbon::gui {
// The project version, e.g. "0.1.0".
const char* version();
} // namespace gridcarbon::gui
