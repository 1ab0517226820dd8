#pragma once
// The user's preferences, a plain value persisted in QSettings under "preferences/". load()
// repairs what it reads (unknown language, out-of-range numbers fall back to the defaults), so
// a hand-edited or older settings file never reaches the rest of the application unchecked.
#include <QString>
#include <QStringList>

namespace gridcarbon::gui {

struct Preferences {
    // "system" follows the desktop's locale; "en" and "zh_CN" force a language.
    static inline const QString kSystemLanguage = QStringLiteral("system");
    static constexpr int kMinAutosaveMinutes = 1;
    static constexpr int kMaxAutosaveMinutes = 60;
    // One eighth of the tree layout's bus spacing (130 scene units).
    static constexpr double kDefaultGridSize = 130.0 / 8.0;
    static constexpr double kMinGridSize = 1.0;
    static constexpr double kMaxGridSize = 130.0;

    QString language = kSystemLanguage;
    int autosave_minutes = 3;
    bool snap_to_grid = true;
    double grid_size = kDefaultGridSize; // scene units

    // "system" followed by every language GridCarbon ships a translation for.
    static QStringList languages();

    static Preferences load();
    void save() const;

    bool operator==(const Preferences&) const = default;
};

} // namespace gridcarbon::gui
