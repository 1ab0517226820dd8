#pragma once
// A colour as three fractions (0..1): what VTK takes, and what the Qt drawings of the same
// figures turn into a QColor, so that one constant colours both.
#include <QColor>

namespace gridcarbon::gui {

struct Rgb {
    double r, g, b; // 0..1
    QColor qcolor(double alpha = 1.0) const {
        return QColor::fromRgbF(float(r), float(g), float(b), float(alpha));
    }
};

} // namespace gridcarbon::gui
