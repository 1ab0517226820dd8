#pragma once
// The colour scale for bus voltage magnitudes, shared by the feeder drawing and its legend.
// A fixed range so that pictures of different cases compare: 0.90 p.u. red, 0.95 amber,
// 1.00 green, 1.05 blue, 1.10 indigo; values outside are clamped. Colours between stops are
// interpolated in the OKLab space, so equal steps in p.u. look like equal steps in colour.
#include <QColor>

#include <vector>

namespace gridcarbon::gui {

struct ColorStop {
    double value;
    QColor color;
};

class VoltageColorMap {
public:
    static constexpr double kMinPu = 0.90;
    static constexpr double kMaxPu = 1.10;

    static const std::vector<ColorStop>& stops();
    static QColor color(double vm_pu);
    // Buses without a result (not energised, or no power flow yet).
    static QColor noResultColor();
    static QColor deEnergisedColor();
};

} // namespace gridcarbon::gui
