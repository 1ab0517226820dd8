#include "ScreenshotArgs.h"

#include "carbon/CarbonStudy.h"
#include "region/RegionStudy.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <exception>
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
    const QCommandLineOption view(
        QStringList{kView},
        Main::tr("What --screenshot shows: voltage (default), carbon (runs the carbon emission "
                 "flow), region (runs the operating-region study: 3-D view and section) or "
                 "region-section (the section alone)."),
        Main::tr("VIEW"), QStringLiteral("voltage"));
    const QCommandLineOption day(
        QStringList{kDay},
        Main::tr("With --view carbon or region: the typical day to study (default: the case's "
                 "first; \"\" for the base values of the carbon view)."),
        Main::tr("NAME"));
    const QCommandLineOption hour(QStringList{kHour},
                                  Main::tr("With --view carbon: the hour of the day to show."),
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
    using gridcarbon::gui::ScreenshotView;
    const QString view_name = parser.value(kView);
    const std::optional<ScreenshotView> shown =
        view_name == QStringLiteral("voltage")          ? ScreenshotView::Voltage
        : view_name == QStringLiteral("carbon")         ? ScreenshotView::Carbon
        : view_name == QStringLiteral("region")         ? ScreenshotView::Region
        : view_name == QStringLiteral("region-section") ? ScreenshotView::RegionSection
                                                        : std::optional<ScreenshotView>();
    if (!shown)
        return failed(Main::tr("unknown --view '%1' (expected voltage, carbon, region or "
                               "region-section)")
                          .arg(view_name));
    const bool region_view =
        shown == ScreenshotView::Region || shown == ScreenshotView::RegionSection;
    if (positional.isEmpty())
        return failed(Main::tr("--screenshot FILE needs a CASE"));
    gridcarbon::gui::ScreenshotRequest request;
    request.file = parser.value(kScreenshot);
    request.case_path = positional.value(0);
    request.view = *shown;
    const auto m = QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(kSize));
    bool ok = false;
    request.timeout_s = parser.value(kTimeout).toInt(&ok);
    if (!m.hasMatch() || !ok || request.timeout_s <= 0)
        return failed(Main::tr("bad --size or --timeout value"));
    request.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());

    const bool carbon_view = request.view == ScreenshotView::Carbon;
    if ((parser.isSet(kDay) || parser.isSet(kMethod)) && !carbon_view && !region_view)
        return failed(Main::tr("--day and --method need --view carbon, region or region-section"));
    if (parser.isSet(kHour) && !carbon_view)
        return failed(Main::tr("--hour needs --view carbon"));
    const bool region_options = parser.isSet(kObserve) || parser.isSet(kCap) ||
                                parser.isSet(kSectionAxis) || parser.isSet(kSectionAt);
    if (region_options && !region_view)
        return failed(Main::tr("--observe, --cap, --section-axis and --section-at need --view "
                               "region or region-section"));
    if (parser.isSet(kHour)) {
        request.hour = parser.value(kHour).toInt(&ok);
        if (!ok)
            return failed(Main::tr("bad --hour value '%1'").arg(parser.value(kHour)));
    }
    try {
        if (region_view && parser.isSet(kMethod))
            request.region_method =
                gridcarbon::region::parseMethod(parser.value(kMethod).toStdString());
        else if (carbon_view && parser.isSet(kMethod))
            request.method =
                gridcarbon::carbon::parseCefMethod(parser.value(kMethod).toStdString());
    } catch (const std::exception& e) {
        return failed(QString::fromUtf8(e.what()));
    }
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
