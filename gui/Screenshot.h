#pragma once
// `gridcarbon --screenshot`: opens a case in a window that is never shown on screen, waits for
// its studies, saves the window as a PNG. The power flow always runs; the carbon view also
// runs the carbon emission flow (of a typical day when one is given) and shows one hour. The
// region views run the operating-region study and show its tab: the 3-D view and the section
// side by side, or the section alone.
#include "carbon/CarbonStudy.h"
#include "region/RegionStudy.h"

#include <QSize>
#include <QString>

#include <optional>

namespace gridcarbon::gui {

enum class ScreenshotView { Voltage, Carbon, Region, RegionSection };

struct ScreenshotRequest {
    QString file;
    QString case_path;
    QSize size{1400, 900};
    int timeout_s = 300; // for each study
    ScreenshotView view = ScreenshotView::Voltage;
    // Carbon view only: the typical day (empty: base values; none: the case's first), the hour
    // shown and the method. The region views take the day too.
    std::optional<QString> day;
    std::optional<int> hour;
    gridcarbon::carbon::CefMethod method = gridcarbon::carbon::CefMethod::Ac;
    // Region views only: the observed buses ("3,5,7", or "auto:N" for the N chosen by carbon
    // emission flow; empty: the options panel's default), the method, the daily carbon cap
    // (none: the case's), and the cut plane: the observed bus whose axis it crosses and where
    // (none: the last axis, through the base point).
    QString observe;
    gridcarbon::region::Method region_method = gridcarbon::region::Method::Adaptive;
    std::optional<double> cap_t;
    QString section_axis;
    std::optional<double> section_at;
    // An element (bus, branch, load or device id) to select, so that the property editor
    // shows it.
    QString select;
    // Also writes the feeder diagram (PNG, SVG or PDF by suffix) as File ▸ Export Diagram does.
    QString diagram;
};

struct ScreenshotOutcome {
    // 0 saved; 2 the case cannot be read or has no such day or hour; 3 saved, but a study
    // failed or did not converge; 1 a study did not finish in time, or the file cannot be
    // written.
    int exit_code = 0;
    QString error; // one line, when exit_code != 0
};

// Needs a QApplication.
ScreenshotOutcome takeScreenshot(const ScreenshotRequest& request);

} // namespace gridcarbon::gui
