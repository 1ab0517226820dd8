#include "gui/views/VoltageColorMap.h"

#include <algorithm>
#include <cmath>

namespace gridcarbon::gui {

namespace {

struct Lab {
    double l, a, b;
};

double toLinear(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double toGamma(double c) {
    c = std::clamp(c, 0.0, 1.0);
    return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1.0 / 2.4) - 0.055;
}

// Björn Ottosson's OKLab (2020).
Lab toOkLab(const QColor& c) {
    const double r = toLinear(c.redF()), g = toLinear(c.greenF()), b = toLinear(c.blueF());
    const double l = std::cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
    const double m = std::cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
    const double s = std::cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
    return {0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s,
            1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s,
            0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s};
}

QColor fromOkLab(const Lab& c) {
    const double l = std::pow(c.l + 0.3963377774 * c.a + 0.2158037573 * c.b, 3);
    const double m = std::pow(c.l - 0.1055613458 * c.a - 0.0638541728 * c.b, 3);
    const double s = std::pow(c.l - 0.0894841775 * c.a - 1.2914855480 * c.b, 3);
    return QColor::fromRgbF(
        static_cast<float>(toGamma(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s)),
        static_cast<float>(toGamma(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s)),
        static_cast<float>(toGamma(-0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s)));
}

} // namespace

const std::vector<ColorStop>& VoltageColorMap::stops() {
    static const std::vector<ColorStop> s = {
        {0.90, QColor(0xc6, 0x28, 0x28)}, // red
        {0.95, QColor(0xf2, 0x9d, 0x12)}, // amber
        {1.00, QColor(0x2e, 0x9e, 0x4f)}, // green
        {1.05, QColor(0x2b, 0x7b, 0xc4)}, // blue
        {1.10, QColor(0x3b, 0x2f, 0x93)}, // indigo
    };
    return s;
}

QColor VoltageColorMap::color(double vm_pu) {
    const auto& s = stops();
    if (!std::isfinite(vm_pu))
        return noResultColor();
    if (vm_pu <= s.front().value)
        return s.front().color;
    if (vm_pu >= s.back().value)
        return s.back().color;
    for (std::size_t i = 1; i < s.size(); ++i) {
        if (vm_pu <= s[i].value) {
            const double t = (vm_pu - s[i - 1].value) / (s[i].value - s[i - 1].value);
            const Lab a = toOkLab(s[i - 1].color), b = toOkLab(s[i].color);
            return fromOkLab({a.l + t * (b.l - a.l), a.a + t * (b.a - a.a), a.b + t * (b.b - a.b)});
        }
    }
    return s.back().color;
}

QColor VoltageColorMap::noResultColor() {
    return QColor(0xfa, 0xfa, 0xfa);
}

QColor VoltageColorMap::deEnergisedColor() {
    return QColor(0x9e, 0x9e, 0x9e);
}

} // namespace gridcarbon::gui
