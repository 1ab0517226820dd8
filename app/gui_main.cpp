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
// not finish within --timeout seconds, or FILE could not be written.
#include "carbon/CarbonStudy.h"
#include "gui/MainWindow.h"
#include "gui/Resources.h"
#include "gui/Screenshot.h"
#include "gui/shell/FileActions.h"
#include "gui/shell/Translations.h"
#include "gui/vtk/SurfaceFormat.h"
#include "region/RegionStudy.h"

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
                 "flow), region (runs the operating-region study: 3-D view and section) or "
                 "region-section (the section alone)."),
        Main::tr("VIEW"), QStringLiteral("voltage"));
    const QCommandLineOption day(
        QStringList{QStringLiteral("day")},
        Main::tr("With --view carbon or region: the typical day to study (default: the case's "
                 "first; \"\" for the base values of the carbon view)."),
        Main::tr("NAME"));
    const QCommandLineOption hour(QStringList{QStringLiteral("hour")},
                                  Main::tr("With --view carbon: the hour of the day to show."),
                                  Main::tr("H"));
    const QCommandLineOption method(
        QStringList{QStringLiteral("method")},
        Main::tr("With --view carbon: ac (with losses, default) or dc (lossless); with a region "
                 "view: adaptive (default), scba, hba or chba."),
        Main::tr("METHOD"));
    const QCommandLineOption observe(
        QStringList{QStringLiteral("observe")},
        Main::tr("With a region view: the observed load buses, B1,B2[,B3], or auto:N for the N "
                 "that carry the most carbon emission flow."),
        Main::tr("BUSES"));
    const QCommandLineOption cap(
        QStringList{QStringLiteral("cap")},
        Main::tr("With a region view: the daily carbon cap in tonnes (default: the case's)."),
        Main::tr("T"));
    const QCommandLineOption section_axis(
        QStringList{QStringLiteral("section-axis")},
        Main::tr("With a region view: the observed bus whose axis the cut plane crosses."),
        Main::tr("BUS"));
    const QCommandLineOption section_at(
        QStringList{QStringLiteral("section-at")},
        Main::tr("With a region view: where the cut plane crosses its axis, in MW."),
        Main::tr("MW"));
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
    parser.addOptions({screenshot, size, timeout, view, day, hour, method, observe, cap,
                       section_axis, section_at, language, select, diagram});
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
            view_name == QStringLiteral("voltage")          ? ScreenshotView::Voltage
            : view_name == QStringLiteral("carbon")         ? ScreenshotView::Carbon
            : view_name == QStringLiteral("region")         ? ScreenshotView::Region
            : view_name == QStringLiteral("region-section") ? ScreenshotView::RegionSection
                                                            : std::optional<ScreenshotView>();
        if (!shown) {
            printError(Main::tr("unknown --view '%1' (expected voltage, carbon, region or "
                                "region-section)")
                           .arg(view_name));
            return 2;
        }
        const bool region_view =
            shown == ScreenshotView::Region || shown == ScreenshotView::RegionSection;
        if (args.isEmpty()) {
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

        const bool carbon_view = request.view == ScreenshotView::Carbon;
        if ((parser.isSet(day) || parser.isSet(method)) && !carbon_view && !region_view) {
            printError(Main::tr("--day and --method need --view carbon, region or region-section"));
            return 2;
        }
        if (parser.isSet(hour) && !carbon_view) {
            printError(Main::tr("--hour needs --view carbon"));
            return 2;
        }
        const bool region_options = parser.isSet(observe) || parser.isSet(cap) ||
                                    parser.isSet(section_axis) || parser.isSet(section_at);
        if (region_options && !region_view) {
            printError(Main::tr("--observe, --cap, --section-axis and --section-at need --view "
                                "region or region-section"));
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
            if (region_view && parser.isSet(method))
                request.region_method =
                    gridcarbon::region::parseMethod(parser.value(method).toStdString());
            else if (carbon_view && parser.isSet(method))
                request.method =
                    gridcarbon::carbon::parseCefMethod(parser.value(method).toStdString());
        } catch (const std::exception& e) {
            printError(QString::fromUtf8(e.what()));
            return 2;
        }
        request.observe = parser.value(observe);
        request.section_axis = parser.value(section_axis);
        for (const auto& [option, target] :
             {std::pair{&cap, &request.cap_t}, std::pair{&section_at, &request.section_at}}) {
            if (!parser.isSet(*option))
                continue;
            const double value = parser.value(*option).toDouble(&ok);
            if (!ok) {
                printError(Main::tr("bad --%1 value '%2'")
                               .arg(option->names().constFirst(), parser.value(*option)));
                return 2;
            }
            *target = value;
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
