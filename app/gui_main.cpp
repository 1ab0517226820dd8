// gridcarbon: the desktop application.
//
//   gridcarbon [CASE]                      opens the window, and CASE if given
//   gridcarbon --screenshot FILE CASE      opens CASE, waits for its studies, saves the window
//              [--view voltage|carbon]     as a PNG to FILE and exits; the carbon view runs the
//              [--day NAME] [--hour H]     carbon emission flow of typical day NAME (default:
//              [--method ac|dc]            the case's first) and shows hour H
//   gridcarbon --screenshot FILE --view region-demo [CASE]
//                                          the same with the 3-D view tab (demo polyhedron)
//
// Screenshot exit codes: 0 saved; 2 bad arguments, a case that cannot be read, or no such day
// or hour (one line on stderr); 3 saved, but a study failed or did not converge; 1 a study did
// not finish within --timeout seconds, or FILE could not be written.
#include "carbon/CarbonStudy.h"
#include "gui/MainWindow.h"
#include "gui/Resources.h"
#include "gui/Screenshot.h"
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

QString tr(const char* text) {
    return QCoreApplication::translate("gridcarbon::main", text);
}

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

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("GridCarbon: a workbench for low-carbon distribution networks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringList{QStringLiteral("screenshot")},
        tr("Open CASE, wait for its studies, save the window as a PNG to FILE and exit "
           "(0: saved; 2: unreadable case or bad option; 3: saved, but a study failed; "
           "1: timeout)."),
        tr("FILE"));
    const QCommandLineOption size(QStringList{QStringLiteral("size")},
                                  tr("Window size for --screenshot (default 1400x900)."),
                                  tr("WIDTHxHEIGHT"), QStringLiteral("1400x900"));
    const QCommandLineOption timeout(
        QStringList{QStringLiteral("timeout")},
        tr("Seconds to wait for each study in --screenshot mode (default 300)."), tr("SECONDS"),
        QStringLiteral("300"));
    const QCommandLineOption view(
        QStringList{QStringLiteral("view")},
        tr("What --screenshot shows: voltage (default), carbon (runs the carbon emission "
           "flow) or region-demo (the 3-D view tab; CASE optional)."),
        tr("VIEW"), QStringLiteral("voltage"));
    const QCommandLineOption day(
        QStringList{QStringLiteral("day")},
        tr("With --view carbon: the typical day to study (default: the case's first; \"\" for "
           "the base values)."),
        tr("NAME"));
    const QCommandLineOption hour(QStringList{QStringLiteral("hour")},
                                  tr("With --view carbon: the hour of the day to show."), tr("H"));
    const QCommandLineOption method(
        QStringList{QStringLiteral("method")},
        tr("With --view carbon: ac (with losses, default) or dc (lossless)."), tr("METHOD"),
        QStringLiteral("ac"));
    parser.addOptions({screenshot, size, timeout, view, day, hour, method});
    parser.addPositionalArgument(
        tr("case"), tr("A GridCarbon case (.json) or a MATPOWER file (.m)."), tr("[CASE]"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.size() > 1) {
        printError(tr("expected at most one CASE, got %1").arg(args.size()));
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
            printError(
                tr("unknown --view '%1' (expected voltage, carbon or region-demo)").arg(view_name));
            return 2;
        }
        if (args.isEmpty() && shown != ScreenshotView::RegionDemo) {
            printError(tr("--screenshot FILE needs a CASE"));
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
            printError(tr("bad --size or --timeout value"));
            return 2;
        }
        request.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());

        const bool carbon_options = parser.isSet(day) || parser.isSet(hour) || parser.isSet(method);
        if (carbon_options && request.view != ScreenshotView::Carbon) {
            printError(tr("--day, --hour and --method need --view carbon"));
            return 2;
        }
        if (parser.isSet(hour)) {
            request.hour = parser.value(hour).toInt(&ok);
            if (!ok) {
                printError(tr("bad --hour value '%1'").arg(parser.value(hour)));
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
    }
    return app.exec();
}
