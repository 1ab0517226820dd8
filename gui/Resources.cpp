#include "gui/Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside of any namespace.
static void initGridcarbonResources() {
    Q_INIT_RESOURCE(gridcarbon);
}

namespace gridcarbon::gui {

void initResources() {
    static const bool done = (initGridcarbonResources(), true);
    (void)done;
}

QIcon themedIcon(const QString& theme_name, const QString& resource) {
    initResources();
    QIcon ours(QStringLiteral(":/icons/%1.svg").arg(resource));
    return theme_name.isEmpty() ? ours : QIcon::fromTheme(theme_name, ours);
}

} // namespace gridcarbon::gui

namespace gridcarbon::gui {

const char* version() {
    return GRIDCARBON_VERSION;
}

} // namespace gridcarbon::gui
