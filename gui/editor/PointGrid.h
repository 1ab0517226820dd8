#pragma once
// A uniform grid over a fixed set of points, so that "which points lie near here" costs the
// points in a few cells instead of all of them: what keeps drawing a 10,000-bus feeder from
// being quadratic in its bus count.
#include <QPointF>
#include <QRectF>

#include <cstddef>
#include <functional>
#include <vector>

namespace gridcarbon::gui {

class PointGrid {
public:
    // `cell` > 0: the side of a cell, in the points' units.
    PointGrid(const std::vector<QPointF>& points, double cell);

    // Calls f(index) for every point inside `area` (and possibly a few just outside it).
    void forEachIn(const QRectF& area, const std::function<void(std::size_t)>& f) const;
    // The number of points within `radius` of `p` (strictly closer), leaving out `skip_a` and
    // `skip_b`.
    int countNear(QPointF p, double radius, std::size_t skip_a, std::size_t skip_b) const;
    // Distance from point `i` to its nearest point farther than `min_distance` (coincident
    // points do not count); infinity when there is none.
    double nearestDistance(std::size_t i, double min_distance) const;

private:
    int column(double x) const;
    int row(double y) const;
    const std::vector<std::size_t>& cellAt(int c, int r) const;

    const std::vector<QPointF>& points_;
    double cell_;
    QPointF origin_;
    int columns_ = 1;
    int rows_ = 1;
    std::vector<std::vector<std::size_t>> cells_;
};

// A cell size for `points` that puts about one point in each cell of their bounding box.
double cellForOnePointEach(const std::vector<QPointF>& points);

} // namespace gridcarbon::gui
