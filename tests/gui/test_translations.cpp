// The interface language: the embedded Chinese catalogue and English as the source language,
// the preferences in QSettings and the dialog that edits them, and `gridcarbon --language` as
// a user runs it.
#include "WindowTestSupport.h"

#include "gui/MainWindow.h"
#include "gui/shell/Preferences.h"
#include "gui/shell/PreferencesDialog.h"
#include "gui/shell/Translations.h"
#include "gui/studies/JobRunner.h"
#include "gui/studies/region/RegionStudyPanel.h"
#include "region/RegionStudy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace gridcarbon::gui;

namespace {

QString translated(const char* context, const char* source) {
    return QCoreApplication::translate(context, source);
}

struct Run {
    int exit_code = -1;
    QString out;
    QString err;
};

// The gridcarbon executable with its settings under `config`.
Run runGui(const QStringList& args, const QString& config) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GRIDCARBON_GUI_EXE), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir config_;

private slots:
    void initTestCase() { QVERIFY(window_test::isolateSettings(config_)); }
    void init() { QSettings().clear(); }
    void cleanup() { installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); }

    void cataloguesAreEmbedded() {
        QVERIFY(QFile::exists(QStringLiteral(":/translations/gridcarbon_zh_CN.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/translations/gridcarbon_en.qm")));
    }

    void chineseTranslatesTheInterface() {
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN")),
                 QStringLiteral("zh_CN"));
        QCOMPARE(translated("gridcarbon::gui::MainWindow", "&File"), QStringLiteral("文件(&F)"));
        QCOMPARE(translated("gridcarbon::gui::PreferencesDialog", "Preferences"),
                 QStringLiteral("首选项"));
        // Qt's own catalogue (standard buttons), where the distribution ships it.
        const QString qt_dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (QFile::exists(qt_dir + QStringLiteral("/qtbase_zh_CN.qm")))
            QCOMPARE(translated("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    }

    void chineseMainWindowMenus() {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
        const auto w = window_test::makeWindow();
        const QList<QAction*> menus = w->menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.front()->text(), QStringLiteral("文件(&F)"));
    }

    // The region panel's settings take their text from the engine's descriptors; each one has
    // a Chinese translation (a descriptor whose English changed has lost it).
    void chineseRegionOptionsFromDescriptors() {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
        JobRunner runner;
        RegionStudyPanel panel(&runner);
        const auto* tol = gridcarbon::findOption(gridcarbon::region::regionNumberOptions(), "tol");
        QVERIFY(tol);
        QLabel* label = nullptr;
        for (QLabel* l : panel.findChildren<QLabel*>())
            if (l->buddy() == panel.toleranceBox())
                label = l;
        QVERIFY(label);
        QVERIFY2(!label->text().contains(QString::fromStdString(tol->label)),
                 qPrintable(label->text()));
        const QString tip = panel.toleranceBox()->toolTip();
        QVERIFY2(!tip.contains(QString::fromStdString(tol->help)), qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("default")), qPrintable(tip));
    }

    void englishIsTheSourceText() {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
        // Switching back replaces the Chinese catalogue rather than adding to it.
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("en")),
                 QStringLiteral("en"));
        QCOMPARE(translated("gridcarbon::gui::MainWindow", "&File"), QStringLiteral("&File"));
    }

    void systemAndUnknownFollowTheLocale() {
        const QString system = systemLanguage();
        QVERIFY(system == QStringLiteral("en") || system == QStringLiteral("zh_CN"));
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("system")),
                 system);
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("fr")), system);
    }

    void preferencesDefaults() {
        const Preferences p = Preferences::load();
        QCOMPARE(p.language, QStringLiteral("system"));
        QCOMPARE(p.autosave_minutes, 3);
        QVERIFY(p.snap_to_grid);
        QCOMPARE(p.grid_size, 16.25);
    }

    void preferencesRoundTrip() {
        Preferences p;
        p.language = QStringLiteral("zh_CN");
        p.autosave_minutes = 10;
        p.snap_to_grid = false;
        p.grid_size = 32.5;
        p.save();
        QCOMPARE(Preferences::load(), p);
    }

    void preferencesRepairBadValues() {
        QSettings settings;
        settings.setValue(QStringLiteral("preferences/language"), QStringLiteral("fr"));
        settings.setValue(QStringLiteral("preferences/autosaveMinutes"), 0);
        settings.setValue(QStringLiteral("preferences/gridSize"), QStringLiteral("wide"));
        settings.sync();
        Preferences p = Preferences::load();
        QCOMPARE(p.language, QStringLiteral("system"));
        QCOMPARE(p.autosave_minutes, Preferences::kMinAutosaveMinutes);
        QCOMPARE(p.grid_size, Preferences::kDefaultGridSize);

        settings.setValue(QStringLiteral("preferences/autosaveMinutes"), 600);
        settings.setValue(QStringLiteral("preferences/gridSize"), 1e6);
        settings.sync();
        p = Preferences::load();
        QCOMPARE(p.autosave_minutes, Preferences::kMaxAutosaveMinutes);
        QCOMPARE(p.grid_size, Preferences::kMaxGridSize);
    }

    void dialogAppliesValuesOnAccept() {
        PreferencesDialog dialog;
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("restartNote"));
        auto* autosave = dialog.findChild<QSpinBox*>(QStringLiteral("autosaveMinutes"));
        auto* snap = dialog.findChild<QCheckBox*>(QStringLiteral("snapToGrid"));
        auto* grid = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("gridSize"));
        QVERIFY(language && note && autosave && snap && grid);
        QCOMPARE(language->currentData().toString(), QStringLiteral("system"));
        QVERIFY(note->isHidden());

        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        QVERIFY(dialog.languageChanged());
        QVERIFY(!note->isHidden());
        autosave->setValue(15);
        snap->setChecked(false);
        QVERIFY(!grid->isEnabled());
        grid->setValue(20.0);
        dialog.accept();

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Preferences saved = Preferences::load();
        QCOMPARE(saved.language, QStringLiteral("zh_CN"));
        QCOMPARE(saved.autosave_minutes, 15);
        QVERIFY(!saved.snap_to_grid);
        QCOMPARE(saved.grid_size, 20.0);

        // Opened again, it shows what was saved.
        PreferencesDialog again;
        QCOMPARE(again.preferences(), saved);
        QVERIFY(!again.languageChanged());
    }

    void dialogCancelKeepsPreferences() {
        PreferencesDialog dialog;
        dialog.findChild<QSpinBox*>(QStringLiteral("autosaveMinutes"))->setValue(42);
        dialog.reject();
        QCOMPARE(Preferences::load(), Preferences{});
    }

    void languageOptionOverridesPreference() {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        const QString english = QStringLiteral("a workbench for low-carbon distribution networks");
        const QString chinese = QStringLiteral("低碳配电网");

        Run run = runGui(
            {QStringLiteral("--language"), QStringLiteral("zh_CN"), QStringLiteral("--help")},
            config.path());
        QCOMPARE(run.exit_code, 0);
        QVERIFY2(run.out.contains(chinese), qPrintable(run.out));

        // The saved preference applies when no --language is given; --language wins over it.
        QSettings saved(config.filePath(QStringLiteral("GridCarbon/gridcarbon.conf")),
                        QSettings::NativeFormat);
        saved.setValue(QStringLiteral("preferences/language"), QStringLiteral("zh_CN"));
        saved.sync();
        run = runGui({QStringLiteral("--help")}, config.path());
        QVERIFY2(run.out.contains(chinese), qPrintable(run.out));
        run = runGui({QStringLiteral("--language=en"), QStringLiteral("--help")}, config.path());
        QVERIFY2(run.out.contains(english), qPrintable(run.out));

        run = runGui({QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("--help")},
                     config.path());
        QVERIFY2(run.out.contains(chinese), qPrintable(run.out)); // --help still works
        run = runGui({QStringLiteral("--language"), QStringLiteral("fr")}, config.path());
        QCOMPARE(run.exit_code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--language")), qPrintable(run.err));
    }
};

QTEST_MAIN(TranslationsTest)
#include "test_translations.moc"
