#include "gui/style/ColorScale.h"

#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <cmath>
#include <utility>

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

ColorScale::ColorScale(std::vector<ColorStop> stops) : stops_(std::move(stops)) {}

QColor ColorScale::color(double value) const {
    if (value <= stops_.front().value)
        return stops_.front().color;
    for (std::size_t i = 1; i < stops_.size(); ++i) {
        if (value <= stops_[i].value) {
            const double t =
                (value - stops_[i - 1].value) / (stops_[i].value - stops_[i - 1].value);
            const Lab a = toOkLab(stops_[i - 1].color), b = toOkLab(stops_[i].color);
            return fromOkLab({a.l + t * (b.l - a.l), a.a + t * (b.a - a.a), a.b + t * (b.b - a.b)});
        }
    }
    return stops_.back().color;
}

QLinearGradient ColorScale::gradient(QPointF from, QPointF to) const {
    QLinearGradient g(from, to);
    constexpr int kSamples = 64;
    for (int i = 0; i <= kSamples; ++i) {
        const double t = double(i) / kSamples;
        g.setColorAt(t, color(minimum() + t * (maximum() - minimum())));
    }
    return g;
}

QIcon ColorScale::icon() const {
    constexpr int kSize = 32;
    QPixmap pixmap(kSize, kSize);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x26, 0x32, 0x38), 1.5));
    p.setBrush(gradient(QPointF(0, kSize), QPointF(kSize, 0)));
    p.drawEllipse(QRectF(3, 3, kSize - 6, kSize - 6));
    return QIcon(pixmap);
}

} // namespace gridcarbon::gui
