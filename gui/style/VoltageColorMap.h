#pragma once
// The colour scale for bus voltage magnitudes: 0.90 p.u. red, 0.95 amber, 1.00 green, 1.05
// blue, 1.10 indigo; values outside are clamped.
#include "gui/style/ColorScale.h"

#include <QColor>

#include <vector>

namespace gridcarbon::gui {

class VoltageColorMap {
public:
    static constexpr double kMinPu = 0.90;
    static constexpr double kMaxPu = 1.10;

    static const ColorScale& scale();
    static const std::vector<ColorStop>& stops() { return scale().stops(); }
    // A non-finite value gets style::noResultFill().
    static QColor color(double vm_pu);
};

} // namespace gridcarbon::gui
