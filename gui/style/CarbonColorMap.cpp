#include "gui/style/CarbonColorMap.h"

#include "gui/style/SceneStyle.h"

#include <cmath>

namespace gridcarbon::gui {

const ColorScale& CarbonColorMap::scale() {
    static const ColorScale s({
        {kMinTPerMwh, QColor(0x2e, 0x8b, 0x57)}, // sea green
        {0.25, QColor(0x9b, 0xc5, 0x3d)},        // lime
        {0.50, QColor(0xf0, 0xb4, 0x29)},        // amber
        {0.75, QColor(0xe0, 0x61, 0x2b)},        // red-orange
        {kMaxTPerMwh, QColor(0x8c, 0x1c, 0x3a)}, // dark crimson
    });
    return s;
}

QColor CarbonColorMap::color(double t_per_mwh) {
    return std::isfinite(t_per_mwh) ? scale().color(t_per_mwh) : style::deEnergisedFill();
}

} // namespace gridcarbon::gui
