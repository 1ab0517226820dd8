#include "gui/shell/Preferences.h"

#include <QSettings>

#include <algorithm>
#include <cmath>

namespace gridcarbon::gui {

namespace {

const QString kLanguage = QStringLiteral("preferences/language");
const QString kAutosave = QStringLiteral("preferences/autosaveMinutes");
const QString kSnap = QStringLiteral("preferences/snapToGrid");
const QString kGridSize = QStringLiteral("preferences/gridSize");

} // namespace

QStringList Preferences::languages() {
    return {kSystemLanguage, QStringLiteral("en"), QStringLiteral("zh_CN")};
}

Preferences Preferences::load() {
    const QSettings settings;
    const Preferences defaults;
    Preferences p;

    p.language = settings.value(kLanguage, defaults.language).toString();
    if (!languages().contains(p.language))
        p.language = defaults.language;

    bool ok = false;
    const int minutes = settings.value(kAutosave, defaults.autosave_minutes).toInt(&ok);
    p.autosave_minutes = ok ? std::clamp(minutes, kMinAutosaveMinutes, kMaxAutosaveMinutes)
                            : defaults.autosave_minutes;

    p.snap_to_grid = settings.value(kSnap, defaults.snap_to_grid).toBool();

    const double grid = settings.value(kGridSize, defaults.grid_size).toDouble(&ok);
    p.grid_size = ok && std::isfinite(grid) ? std::clamp(grid, kMinGridSize, kMaxGridSize)
                                            : defaults.grid_size;
    return p;
}

void Preferences::save() const {
    QSettings settings;
    settings.setValue(kLanguage, language);
    settings.setValue(kAutosave, autosave_minutes);
    settings.setValue(kSnap, snap_to_grid);
    settings.setValue(kGridSize, grid_size);
}

} // namespace gridcarbon::gui
