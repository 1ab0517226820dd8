// gridcarbon: the desktop application.
//
//   gridcarbon [CASE]                      opens the window, and CASE if given; without CASE,
//                                          offers to recover autosaves of sessions that died
//   gridcarbon --screenshot FILE CASE      opens CASE, waits for its studies, saves the window
//              [--view voltage|carbon]     as a PNG to FILE and exits; the carbon view runs the
//              [--day NAME] [--hour H]     carbon emission flow of typical day NAME (default:
//              [--method ac|dc]            the case's first) and shows hour H
//   gridcarbon --screenshot FILE --view region|region-section CASE
//              [--observe B1,B2[,B3]|auto:N]  runs the operating-region study of the observed
//              [--method adaptive|scba|hba|chba]  loads and saves the window with its tab: the
//              [--cap T] [--day NAME]      3-D view and the section side by side, or the
//              [--section-axis BUS]        section alone; the cut plane crosses BUS's axis at
//              [--section-at MW]           MW (default: the last axis, through the base point)
//              [--select ID]               with element ID selected (shown in the properties)
//              [--export-diagram OUT]      and the feeder diagram as OUT (.png, .svg, .pdf)
//   gridcarbon --language en|zh_CN ...     this run in English or Simplified Chinese, whatever
//                                          the preference says
//
// Screenshot exit codes: 0 saved; 2 bad arguments, a case that cannot be read, or no such day
// or hour (one line on stderr); 3 saved, but a study failed or did not converge; 1 a study did
// not finish within --timeout seconds, or FILE could not be written. The screenshot options
// are parsed in ScreenshotArgs.cpp; main only wires.
#include "ScreenshotArgs.h"

#include "gui/MainWindow.h"
#include "gui/Resources.h"
#include "gui/shell/FileActions.h"
#include "gui/shell/Translations.h"
#include "gui/vtk/SurfaceFormat.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

namespace {

// The translation context of this file's strings, spelled so that lupdate finds them.
struct Main {
    Q_DECLARE_TR_FUNCTIONS(gridcarbon::main)
};

void printError(const QString& message) {
    std::fprintf(stderr, "error: %s\n", qPrintable(message.simplified()));
}

} // namespace

int main(int argc, char* argv[]) {
    gridcarbon::gui::useVtkSurfaceFormat();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GridCarbon"));
    QApplication::setApplicationName(QStringLiteral("gridcarbon"));
    QApplication::setApplicationDisplayName(QStringLiteral("GridCarbon"));
    QApplication::setApplicationVersion(QString::fromLatin1(gridcarbon::gui::version()));
    QApplication::setDesktopFileName(QStringLiteral("gridcarbon"));
    // Before any text is made, --help included; reported once the options are parsed.
    const QString language_error = gridcarbon::gui::installPreferredTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Main::tr("GridCarbon: a workbench for low-carbon distribution networks."));
    parser.addHelpOption();
    parser.addVersionOption();
    gridcarbon::app::addScreenshotOptions(parser);
    parser.addPositionalArgument(Main::tr("case"),
                                 Main::tr("A GridCarbon case (.json) or a MATPOWER file (.m)."),
                                 Main::tr("[CASE]"));
    parser.process(app);
    if (!language_error.isEmpty()) {
        printError(language_error);
        return 2;
    }

    const QStringList args = parser.positionalArguments();
    if (args.size() > 1) {
        printError(Main::tr("expected at most one CASE, got %1").arg(args.size()));
        return 2;
    }

    if (const auto shot = gridcarbon::app::readScreenshotArgs(parser, args); shot.requested) {
        if (!shot.request) {
            printError(shot.error);
            return 2;
        }
        const auto outcome = gridcarbon::gui::takeScreenshot(*shot.request);
        if (outcome.exit_code != 0)
            printError(outcome.error);
        return outcome.exit_code;
    }

    gridcarbon::gui::MainWindow window;
    window.restoreWindowState();
    window.show();
    window.files()->removeLeftovers();
    if (!args.isEmpty()) {
        const QString path = args.front();
        QTimer::singleShot(0, &window, [&window, path] { window.openCase(path); });
    } else {
        // Autosaves of sessions that died wait for a start without a CASE to open.
        QTimer::singleShot(0, &window, [&window] { window.files()->offerRecovery(); });
    }
    return app.exec();
}
