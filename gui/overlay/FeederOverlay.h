#pragma once
// A result drawn over the feeder: what a presenter hands the scene (FeederScene::setOverlay),
// matched to the drawing by id. The power-flow presenter makes one of bus voltages, the carbon
// presenter one of nodal carbon intensities and carbon flows; LMP, carbon price, dispatch and
// planning results will be more of the same. The scene holds every overlay it was given and
// shows one: its colours, line widths, arrows, the values printed under the bus ids and its
// legend. The tooltips carry the rows of all of them. The scene items draw what an overlay
// gives them and know nothing of the study behind it.
#include "gui/overlay/ResultTable.h"
#include "gui/style/ColorScale.h"

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <tuple>
#include <utility>

namespace gridcarbon::gui {

// One bus.
struct OverlayBus {
    // The quantity shown (NaN when the bus has none, e.g. when it is not energised).
    double value = std::numeric_limits<double>::quiet_NaN();
    QColor fill;     // of the bus circle
    QString label;   // printed under the bus id ("0.987", "off"); empty: nothing
    QString tooltip; // rows of the bus's tooltip table (overlayRow())
};

// One branch. Open branches show no overlay: they are drawn open, whatever it says.
struct OverlayBranch {
    double value = std::numeric_limits<double>::quiet_NaN();
    std::optional<QColor> colour; // of the line; none: the drawing's ink
    std::optional<qreal> width;   // on screen, up to kMaxOverlayLineWidth; none: the plain width
    int direction = 0;            // an arrow along the line: 1 from -> to, -1 to -> from, 0 none
    QString tooltip;              // rows of the branch's tooltip table
};

// One device (a generating unit, storage or capacitor; they share one id space).
struct OverlayDevice {
    QString tooltip; // rows of a table added to the device's tooltip
};

// The lowest and highest value of an overlay, and where they are.
struct LegendExtremes {
    double min_value = 0.0;
    QString min_bus;
    double max_value = 0.0;
    QString max_bus;
};

// The lowest and highest of `value(item)` over `items` (each with a string `id`), leaving out
// items whose value is not finite; nothing when no value is. Of values equal but for rounding,
// the first item's counts, so that ties name the bus nearest the source.
template <class Items, class Value>
std::optional<LegendExtremes> extremesOf(const Items& items, Value value) {
    constexpr double kTie = 1e-9;
    std::optional<LegendExtremes> e;
    for (const auto& item : items) {
        const double v = value(item);
        if (!std::isfinite(v))
            continue;
        const QString id = QString::fromStdString(item.id);
        if (!e)
            e = LegendExtremes{v, id, v, id};
        if (v < e->min_value - kTie)
            std::tie(e->min_value, e->min_bus) = std::pair(v, id);
        if (v > e->max_value + kTie)
            std::tie(e->max_value, e->max_bus) = std::pair(v, id);
    }
    return e;
}

// The key to an overlay's colours (drawn by ScalarLegend in the corner of the feeder view).
struct OverlayLegend {
    QString title;                     // "Bus voltage magnitude (p.u.)"
    QString unit;                      // after values in the text lines: "p.u."
    const ColorScale* scale = nullptr; // must outlive the overlay (colour maps keep theirs)
    int tick_decimals = 2;             // of the labels under the bar
    int value_decimals = 4;            // of the extremes
    std::optional<LegendExtremes> extremes;
    QStringList details; // lines after the extremes
    QString note;        // without extremes: why there are none ("Running the power flow…")
};

struct FeederOverlay {
    QHash<QString, OverlayBus> buses;       // by bus id
    QHash<QString, OverlayBranch> branches; // by branch id
    QHash<QString, OverlayDevice> devices;  // by device id
    // Tooltip rows for the buses the overlay does not list ("no power-flow result").
    QString unlisted_bus_tooltip;
    OverlayLegend legend;
    // What the overlay shows, as tables (the Results dock): the caption names the study and the
    // period ("Power flow — spring, 22:00–23:00").
    QString tables_caption;
    QList<ResultTable> tables;

    // No values (the legend and the rows for unlisted buses stay).
    void clearValues() {
        buses.clear();
        branches.clear();
        devices.clear();
        tables.clear();
    }
};

// Line widths on screen (device-independent pixels): a plain line, a thin one for a branch
// that carries nothing, and the range that scaledLineWidth() maps a share onto.
inline constexpr qreal kPlainLineWidth = 1.8;
inline constexpr qreal kIdleLineWidth = 1.2;
inline constexpr qreal kMinOverlayLineWidth = 1.8;
inline constexpr qreal kMaxOverlayLineWidth = 9.0;

// The width of a line carrying `share` (0..1, clamped) of the largest quantity.
inline qreal scaledLineWidth(double share) {
    const double s = std::isfinite(share) ? std::clamp(share, 0.0, 1.0) : 0.0;
    return kMinOverlayLineWidth + (kMaxOverlayLineWidth - kMinOverlayLineWidth) * s;
}

// One row of a tooltip table: a name and a value (rich text).
inline QString overlayRow(const QString& key, const QString& value) {
    return QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>").arg(key, value);
}

} // namespace gridcarbon::gui
