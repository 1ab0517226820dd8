#include "ScreenshotArgs.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <utility>

namespace gridcarbon::app {
namespace {

// The translation context of gridcarbon's command-line text (gui_main.cpp uses it too),
// spelled so that lupdate finds the strings.
struct Main {
    Q_DECLARE_TR_FUNCTIONS(gridcarbon::main)
};

// Option names, each spelled once.
const QString kScreenshot = QStringLiteral("screenshot");
const QString kSize = QStringLiteral("size");
const QString kTimeout = QStringLiteral("timeout");
const QString kView = QStringLiteral("view");
const QString kDay = QStringLiteral("day");
const QString kHour = QStringLiteral("hour");
const QString kMethod = QStringLiteral("method");
const QString kObserve = QStringLiteral("observe");
const QString kCap = QStringLiteral("cap");
const QString kSectionAxis = QStringLiteral("section-axis");
const QString kSectionAt = QStringLiteral("section-at");
const QString kLanguage = QStringLiteral("language");
const QString kSelect = QStringLiteral("select");
const QString kDiagram = QStringLiteral("export-diagram");

ScreenshotArgs failed(const QString& error) {
    ScreenshotArgs out;
    out.requested = true;
    out.error = error;
    return out;
}

} // namespace

void addScreenshotOptions(QCommandLineParser& parser) {
    const QCommandLineOption screenshot(
        QStringList{kScreenshot},
        Main::tr("Open CASE, wait for its studies, save the window as a PNG to FILE and exit "
                 "(0: saved; 2: unreadable case or bad option; 3: saved, but a study failed; "
                 "1: timeout)."),
        Main::tr("FILE"));
    const QCommandLineOption size(QStringList{kSize},
                                  Main::tr("Window size for --screenshot (default 1400x900)."),
                                  Main::tr("WIDTHxHEIGHT"), QStringLiteral("1400x900"));
    const QCommandLineOption timeout(
        QStringList{kTimeout},
        Main::tr("Seconds to wait for each study in --screenshot mode (default 300)."),
        Main::tr("SECONDS"), QStringLiteral("300"));
    // The views are those the studies declare; the screenshot refuses another, listing them.
    const QCommandLineOption view(
        QStringList{kView},
        Main::tr("What --screenshot shows, a view one of the studies offers: voltage (the "
                 "default), carbon (runs the carbon emission flow), carbon-day (the same with the "
                 "day's charts), region (runs the "
                 "operating-region study: 3-D view and section) or region-section (the section "
                 "alone)."),
        Main::tr("VIEW"));
    const QCommandLineOption day(
        QStringList{kDay},
        Main::tr("Any view: the typical day every study shows (default: the case's first; \"\" "
                 "for its base values; a region is built for the case's first day then)."),
        Main::tr("NAME"));
    const QCommandLineOption hour(
        QStringList{kHour},
        Main::tr("Any view: the hour of the day the power flow solves and the views show "
                 "(default 12)."),
        Main::tr("H"));
    const QCommandLineOption method(
        QStringList{kMethod},
        Main::tr("With --view carbon: ac (with losses, default) or dc (lossless); with a region "
                 "view: adaptive (default), scba, hba or chba."),
        Main::tr("METHOD"));
    const QCommandLineOption observe(
        QStringList{kObserve},
        Main::tr("With a region view: the observed load buses, B1,B2[,B3], or auto:N for the N "
                 "that carry the most carbon emission flow."),
        Main::tr("BUSES"));
    const QCommandLineOption cap(
        QStringList{kCap},
        Main::tr("With a region view: the daily carbon cap in tonnes (default: the case's)."),
        Main::tr("T"));
    const QCommandLineOption section_axis(
        QStringList{kSectionAxis},
        Main::tr("With a region view: the observed bus whose axis the cut plane crosses."),
        Main::tr("BUS"));
    const QCommandLineOption section_at(
        QStringList{kSectionAt},
        Main::tr("With a region view: where the cut plane crosses its axis, in MW."),
        Main::tr("MW"));
    const QCommandLineOption language(
        QStringList{kLanguage},
        Main::tr("The interface language for this run: en or zh_CN (default: the preference)."),
        Main::tr("LANG"));
    const QCommandLineOption select(
        QStringList{kSelect},
        Main::tr("With --screenshot: select the element with this id (a bus, branch, load or "
                 "device), so that the property editor shows it."),
        Main::tr("ID"));
    const QCommandLineOption diagram(
        QStringList{kDiagram},
        Main::tr("With --screenshot: also write the feeder diagram to FILE (.png, .svg or .pdf), "
                 "as File ▸ Export Diagram does."),
        Main::tr("FILE"));
    parser.addOptions({screenshot, size, timeout, view, day, hour, method, observe, cap,
                       section_axis, section_at, language, select, diagram});
}

ScreenshotArgs readScreenshotArgs(const QCommandLineParser& parser, const QStringList& positional) {
    if (!parser.isSet(kScreenshot))
        return {};
    if (positional.isEmpty())
        return failed(Main::tr("--screenshot FILE needs a CASE"));
    gridcarbon::gui::ScreenshotRequest request;
    request.file = parser.value(kScreenshot);
    request.case_path = positional.value(0);
    // Checked against the views the studies declare, and the options each takes, by
    // gui::takeScreenshot.
    request.view_name = parser.value(kView);
    for (const QString* option :
         {&kDay, &kHour, &kMethod, &kObserve, &kCap, &kSectionAxis, &kSectionAt})
        if (parser.isSet(*option))
            request.view_options << *option;
    const auto m = QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(kSize));
    bool ok = false;
    request.timeout_s = parser.value(kTimeout).toInt(&ok);
    if (!m.hasMatch() || !ok || request.timeout_s <= 0)
        return failed(Main::tr("bad --size or --timeout value"));
    request.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());

    if (parser.isSet(kHour)) {
        request.hour = parser.value(kHour).toInt(&ok);
        if (!ok)
            return failed(Main::tr("bad --hour value '%1'").arg(parser.value(kHour)));
    }
    request.method = parser.value(kMethod);
    request.observe = parser.value(kObserve);
    request.section_axis = parser.value(kSectionAxis);
    for (const auto& [name, target] :
         {std::pair{&kCap, &request.cap_t}, std::pair{&kSectionAt, &request.section_at}}) {
        if (!parser.isSet(*name))
            continue;
        const double value = parser.value(*name).toDouble(&ok);
        if (!ok)
            return failed(Main::tr("bad --%1 value '%2'").arg(*name, parser.value(*name)));
        *target = value;
    }
    if (parser.isSet(kDay))
        request.day = parser.value(kDay);
    request.select = parser.value(kSelect);
    request.diagram = parser.value(kDiagram);

    ScreenshotArgs out;
    out.requested = true;
    out.request = std::move(request);
    return out;
}

} // namespace gridcarbon::app
