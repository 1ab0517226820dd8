// gridcarbon: the desktop application.
//
//   gridcarbon [CASE]                      opens the window, and CASE if given; without CASE,
//                                          offers to recover autosaves of sessions that died
//   gridcarbon --screenshot FILE CASE      opens CASE, waits for its studies, saves the window
//              [--view voltage|carbon]     as a PNG to FILE and exits; the carbon view runs the
//              [--day NAME] [--hour H]     carbon emission flow of typical day NAME (default:
//              [--method ac|dc]            the case's first) and shows hour H
//   gridcarbon --screenshot FILE --view region-demo [CASE]
//                                          the same with the 3-D view tab (demo polyhedron)
//              [--select ID]               with element ID selected (shown in the properties)
//              [--export-diagram OUT]      and the feeder diagram as OUT (.png, .svg, .pdf)
//   gridcarbon --language en|zh_CN ...     this run in English or Simplified Chinese, whatever
//                                          the preference says
//
// Screenshot exit codes: 0 saved; 2 bad arguments, a case that cannot be read, or no such day
// or hour (one line on stderr); 3 saved, but a study failed or did not converge; 1 a study did
// not finish within --timeout seconds, or FILE could not be written.
#include "carbon/CarbonStudy.h"
#include "gui/MainWindow.h"
#include "gui/Resources.h"
#include "gui/Screenshot.h"
#include "gui/shell/FileActions.h"
#include "gui/shell/Translations.h"
#include "gui/vtk/SurfaceFormat.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>
#include <exception>
#include <optional>

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
    const QCommandLineOption screenshot(
        QStringList{QStringLiteral("screenshot")},
        Main::tr("Open CASE, wait for its studies, save the window as a PNG to FILE and exit "
                 "(0: saved; 2: unreadable case or bad option; 3: saved, but a study failed; "
                 "1: timeout)."),
        Main::tr("FILE"));
    const QCommandLineOption size(QStringList{QStringLiteral("size")},
                                  Main::tr("Window size for --screenshot (default 1400x900)."),
                                  Main::tr("WIDTHxHEIGHT"), QStringLiteral("1400x900"));
    const QCommandLineOption timeout(
        QStringList{QStringLiteral("timeout")},
        Main::tr("Seconds to wait for each study in --screenshot mode (default 300)."),
        Main::tr("SECONDS"), QStringLiteral("300"));
    const QCommandLineOption view(
        QStringList{QStringLiteral("view")},
        Main::tr("What --screenshot shows: voltage (default), carbon (runs the carbon emission "
                 "flow) or region-demo (the 3-D view tab; CASE optional)."),
        Main::tr("VIEW"), QStringLiteral("voltage"));
    const QCommandLineOption day(
        QStringList{QStringLiteral("day")},
        Main::tr(
            "With --view carbon: the typical day to study (default: the case's first; \"\" for "
            "the base values)."),
        Main::tr("NAME"));
    const QCommandLineOption hour(QStringList{QStringLiteral("hour")},
                                  Main::tr("With --view carbon: the hour of the day to show."),
                                  Main::tr("H"));
    const QCommandLineOption method(
        QStringList{QStringLiteral("method")},
        Main::tr("With --view carbon: ac (with losses, default) or dc (lossless)."),
        Main::tr("METHOD"), QStringLiteral("ac"));
    const QCommandLineOption language(
        QStringList{QStringLiteral("language")},
        Main::tr("The interface language for this run: en or zh_CN (default: the preference)."),
        Main::tr("LANG"));
    const QCommandLineOption select(
        QStringList{QStringLiteral("select")},
        Main::tr("With --screenshot: select the element with this id (a bus, branch, load or "
                 "device), so that the property editor shows it."),
        Main::tr("ID"));
    const QCommandLineOption diagram(
        QStringList{QStringLiteral("export-diagram")},
        Main::tr("With --screenshot: also write the feeder diagram to FILE (.png, .svg or .pdf), "
                 "as File ▸ Export Diagram does."),
        Main::tr("FILE"));
    parser.addOptions(
        {screenshot, size, timeout, view, day, hour, method, language, select, diagram});
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

    if (parser.isSet(screenshot)) {
        using gridcarbon::gui::ScreenshotView;
        const QString view_name = parser.value(view);
        const std::optional<ScreenshotView> shown =
            view_name == QStringLiteral("voltage")       ? ScreenshotView::Voltage
            : view_name == QStringLiteral("carbon")      ? ScreenshotView::Carbon
            : view_name == QStringLiteral("region-demo") ? ScreenshotView::RegionDemo
                                                         : std::optional<ScreenshotView>();
        if (!shown) {
            printError(Main::tr("unknown --view '%1' (expected voltage, carbon or region-demo)")
                           .arg(view_name));
            return 2;
        }
        if (args.isEmpty() && shown != ScreenshotView::RegionDemo) {
            printError(Main::tr("--screenshot FILE needs a CASE"));
            return 2;
        }
        gridcarbon::gui::ScreenshotRequest request;
        request.file = parser.value(screenshot);
        request.case_path = args.value(0);
        request.view = *shown;
        const auto m =
            QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(size));
        bool ok = false;
        request.timeout_s = parser.value(timeout).toInt(&ok);
        if (!m.hasMatch() || !ok || request.timeout_s <= 0) {
            printError(Main::tr("bad --size or --timeout value"));
            return 2;
        }
        request.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());

        const bool carbon_options = parser.isSet(day) || parser.isSet(hour) || parser.isSet(method);
        if (carbon_options && request.view != ScreenshotView::Carbon) {
            printError(Main::tr("--day, --hour and --method need --view carbon"));
            return 2;
        }
        if (parser.isSet(hour)) {
            request.hour = parser.value(hour).toInt(&ok);
            if (!ok) {
                printError(Main::tr("bad --hour value '%1'").arg(parser.value(hour)));
                return 2;
            }
        }
        try {
            request.method = gridcarbon::carbon::parseCefMethod(parser.value(method).toStdString());
        } catch (const std::exception& e) {
            printError(QString::fromUtf8(e.what()));
            return 2;
        }
        if (parser.isSet(day))
            request.day = parser.value(day);
        request.select = parser.value(select);
        request.diagram = parser.value(diagram);

        const auto outcome = gridcarbon::gui::takeScreenshot(request);
        if (outcome.exit_code != 0)
            printError(outcome.error);
        return outcome.exit_code;
    }

    gridcarbon::gui::MainWindow window;
    window.restoreWindowState();
    window.show();
    if (!args.isEmpty()) {
        const QString path = args.front();
        QTimer::singleShot(0, &window, [&window, path] { window.openCase(path); });
    } else {
        // Autosaves of sessions that died wait for a start without a CASE to open.
        QTimer::singleShot(0, &window, [&window] { window.files()->offerRecovery(); });
    }
    return app.exec();
}
