#pragma once
// Registers the icons and other files of resources/gridcarbon.qrc, which live in the static
// gridcarbon_gui library and so need an explicit initialisation. Safe to call repeatedly.
#include <QIcon>
#include <QString>

namespace gridcarbon::gui {
void initResources();

// The desktop theme's icon `theme_name`, or else ours, ":/icons/<resource>.svg" (an empty
// theme name: always ours, for icons no theme has, such as the feeder tools).
QIcon themedIcon(const QString& theme_name, const QString& resource);
} // namespace gridcarbon::gui

namespace gridcarbon::gui {
// The project version, e.g. "0.1.0".
const char* version();
} // namespace gridcarbon::gui
