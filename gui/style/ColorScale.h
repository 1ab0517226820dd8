#pragma once
// A colour scale over a fixed value range, shared by a drawing and its legend: colours at
// stops, interpolated in the OKLab space between them (so equal steps in value look like equal
// steps in colour), clamped outside the range. Fixed ranges keep pictures of different cases
// comparable.
#include <QColor>
#include <QIcon>
#include <QLinearGradient>

#include <vector>

namespace gridcarbon::gui {

struct ColorStop {
    double value;
    QColor color;
};

class ColorScale {
public:
    // `stops`: at least two, in ascending order of value.
    explicit ColorScale(std::vector<ColorStop> stops);

    const std::vector<ColorStop>& stops() const { return stops_; }
    double minimum() const { return stops_.front().value; }
    double maximum() const { return stops_.back().value; }

    // `value` must be finite: callers decide what a missing value looks like.
    QColor color(double value) const;

    // The scale along the line from `from` (minimum) to `to` (maximum), sampled finely enough
    // that the OKLab interpolation survives the gradient's sRGB interpolation.
    QLinearGradient gradient(QPointF from, QPointF to) const;

    // A small swatch of the whole scale, for actions that switch to a view coloured by it.
    QIcon icon() const;

private:
    std::vector<ColorStop> stops_;
};

} // namespace gridcarbon::gui
