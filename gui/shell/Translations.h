#pragma once
// The user interface language. GridCarbon's own catalogues are compiled into the binary
// (resources/translations/*.ts, embedded under :/translations); Qt's catalogue for its standard
// dialogs and buttons (qtbase_*.qm) is taken from Qt's translations directory when the
// distribution ships it (Debian: qt6-translations-l10n).
#include <QString>

class QCoreApplication;

namespace gridcarbon::gui {

// The language "system" stands for on this desktop: "zh_CN" for a Simplified Chinese locale,
// "en" for every other.
QString systemLanguage();

// Installs the catalogues for `language` ("system", "en" or "zh_CN"; anything else counts as
// "system"), replacing those an earlier call installed, and returns the language now in effect
// ("en" or "zh_CN"). Strings already shown keep their text: call before building windows.
QString installTranslations(QCoreApplication& app, const QString& language);

// What gridcarbon's main() calls before it builds its command line, so that --help is
// translated too: the language of `--language LANG` in the application's arguments when given,
// otherwise the saved preference. Returns a one-line error (and installs the preference) when
// LANG is not a language GridCarbon ships; the caller reports it once option parsing is done.
QString installPreferredTranslations(QCoreApplication& app);

} // namespace gridcarbon::gui
