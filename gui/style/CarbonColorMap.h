#pragma once
// The colour scale for nodal carbon intensity: 0 t/MWh (renewable supply) green, 0.25 lime,
// 0.5 amber (gas), 0.75 red-orange, 1.0 dark crimson (coal); values above are clamped. The
// range covers the units the bundled cases use, from wind and PV to coal at 0.875 t/MWh.
#include "gui/style/ColorScale.h"

#include <QColor>

namespace gridcarbon::gui {

class CarbonColorMap {
public:
    static constexpr double kMinTPerMwh = 0.0;
    static constexpr double kMaxTPerMwh = 1.0;

    static const ColorScale& scale();
    // A bus without an intensity (de-energised, NaN) gets style::deEnergisedFill().
    static QColor color(double t_per_mwh);
};

} // namespace gridcarbon::gui
