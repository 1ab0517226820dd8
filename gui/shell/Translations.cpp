#include "gui/shell/Translations.h"

#include "gui/shell/Preferences.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <optional>

namespace gridcarbon::gui {

namespace {

// Marks the translators this file installed, so that a later call can take them out again.
const QString kTranslatorName = QStringLiteral("gridcarbon.translator");

void removeInstalled(QCoreApplication& app) {
    const auto installed =
        app.findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// A missing catalogue is not an error: English needs none, and Qt's own catalogues are an
// optional distribution package.
void installCatalogue(QCoreApplication& app, const QString& name, const QString& directory) {
    auto* translator = new QTranslator(&app);
    translator->setObjectName(kTranslatorName);
    if (translator->load(name, directory) && QCoreApplication::installTranslator(translator))
        return;
    delete translator;
}

// The value of --language in `arguments` (either "--language LANG" or "--language=LANG"),
// looked up before QCommandLineParser runs: its option descriptions must already be translated.
std::optional<QString> languageArgument(const QStringList& arguments) {
    const QString option = QStringLiteral("--language");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == QStringLiteral("--"))
            break;
        if (argument == option && i + 1 < arguments.size())
            return arguments[i + 1];
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return std::nullopt;
}

} // namespace

QString systemLanguage() {
    const QLocale locale = QLocale::system();
    const bool simplified_chinese = locale.language() == QLocale::Chinese &&
                                    locale.script() != QLocale::TraditionalChineseScript;
    return simplified_chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString installTranslations(QCoreApplication& app, const QString& language) {
    const bool known = Preferences::languages().contains(language);
    const QString effective =
        !known || language == Preferences::kSystemLanguage ? systemLanguage() : language;

    removeInstalled(app);
    installCatalogue(app, QStringLiteral("qtbase_") + effective,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // Installed last, so it is searched first.
    installCatalogue(app, QStringLiteral("gridcarbon_") + effective,
                     QStringLiteral(":/translations"));
    return effective;
}

QString installPreferredTranslations(QCoreApplication& app) {
    const QString preferred = Preferences::load().language;
    const std::optional<QString> requested = languageArgument(QCoreApplication::arguments());
    if (requested && !Preferences::languages().contains(*requested)) {
        installTranslations(app, preferred);
        return QCoreApplication::translate("gridcarbon::gui::Translations",
                                           "unknown --language '%1' (expected %2)")
            .arg(*requested, Preferences::languages().join(QStringLiteral(", ")));
    }
    installTranslations(app, requested.value_or(preferred));
    return {};
}

} // namespace gridcarbon::gui
