#include "gui/style/VoltageColorMap.h"

#include "gui/style/SceneStyle.h"

#include <cmath>

namespace gridcarbon::gui {

const ColorScale& VoltageColorMap::scale() {
    static const ColorScale s({
        {kMinPu, QColor(0xc6, 0x28, 0x28)}, // red
        {0.95, QColor(0xf2, 0x9d, 0x12)},   // amber
        {1.00, QColor(0x2e, 0x9e, 0x4f)},   // green
        {1.05, QColor(0x2b, 0x7b, 0xc4)},   // blue
        {kMaxPu, QColor(0x3b, 0x2f, 0x93)}, // indigo
    });
    return s;
}

QColor VoltageColorMap::color(double vm_pu) {
    return std::isfinite(vm_pu) ? scale().color(vm_pu) : style::noResultFill();
}

} // namespace gridcarbon::gui
