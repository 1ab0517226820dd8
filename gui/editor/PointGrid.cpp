#include "gui/editor/PointGrid.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gridcarbon::gui {

namespace {

QRectF boundsOf(const std::vector<QPointF>& points) {
    if (points.empty())
        return {};
    double x0 = points.front().x(), x1 = x0, y0 = points.front().y(), y1 = y0;
    for (const QPointF& p : points) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

// Cells per side beyond which a grid stops paying: a degenerate cell size (points spread over
// a huge area with a tiny cell) must not allocate without bound.
constexpr double kMaxCellsPerSide = 4096;

} // namespace

double cellForOnePointEach(const std::vector<QPointF>& points) {
    const QRectF b = boundsOf(points);
    const double side = std::max(b.width(), b.height());
    if (points.size() < 2 || !(side > 0))
        return 1.0;
    const double area =
        std::max(b.width(), side / points.size()) * std::max(b.height(), side / points.size());
    return std::sqrt(area / double(points.size()));
}

PointGrid::PointGrid(const std::vector<QPointF>& points, double cell)
    : points_(points), cell_(cell > 0 && std::isfinite(cell) ? cell : 1.0) {
    const QRectF b = boundsOf(points);
    cell_ = std::max({cell_, b.width() / kMaxCellsPerSide, b.height() / kMaxCellsPerSide});
    origin_ = b.topLeft();
    columns_ = int(b.width() / cell_) + 1;
    rows_ = int(b.height() / cell_) + 1;
    cells_.resize(std::size_t(columns_) * std::size_t(rows_));
    for (std::size_t i = 0; i < points.size(); ++i)
        cells_[std::size_t(row(points[i].y())) * columns_ + std::size_t(column(points[i].x()))]
            .push_back(i);
}

int PointGrid::column(double x) const {
    return std::clamp(int(std::floor((x - origin_.x()) / cell_)), 0, columns_ - 1);
}

int PointGrid::row(double y) const {
    return std::clamp(int(std::floor((y - origin_.y()) / cell_)), 0, rows_ - 1);
}

const std::vector<std::size_t>& PointGrid::cellAt(int c, int r) const {
    return cells_[std::size_t(r) * columns_ + std::size_t(c)];
}

void PointGrid::forEachIn(const QRectF& area, const std::function<void(std::size_t)>& f) const {
    if (points_.empty())
        return;
    const QRectF a = area.normalized();
    const int c0 = column(a.left()), c1 = column(a.right());
    const int r0 = row(a.top()), r1 = row(a.bottom());
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c)
            for (std::size_t i : cellAt(c, r))
                f(i);
}

int PointGrid::countNear(QPointF p, double radius, std::size_t skip_a, std::size_t skip_b) const {
    int count = 0;
    const double r2 = radius * radius;
    forEachIn(QRectF(p - QPointF(radius, radius), p + QPointF(radius, radius)), [&](std::size_t k) {
        const QPointF d = points_[k] - p;
        if (k != skip_a && k != skip_b && QPointF::dotProduct(d, d) < r2)
            ++count;
    });
    return count;
}

double PointGrid::nearestDistance(std::size_t i, double min_distance) const {
    const QPointF p = points_[i];
    const int pc = column(p.x()), pr = row(p.y());
    const double min2 = min_distance * min_distance;
    double best2 = std::numeric_limits<double>::infinity();
    // Rings of cells around p's cell: a point outside the block of half-width k cells is at
    // least k cells away, so the search stops once the best is within that.
    for (int k = 0;; ++k) {
        for (int r = pr - k; r <= pr + k; ++r) {
            if (r < 0 || r >= rows_)
                continue;
            const bool edge_row = r == pr - k || r == pr + k;
            for (int c = pc - k; c <= pc + k; c += (edge_row || k == 0) ? 1 : 2 * k) {
                if (c < 0 || c >= columns_)
                    continue;
                for (std::size_t j : cellAt(c, r)) {
                    const QPointF d = points_[j] - p;
                    const double d2 = QPointF::dotProduct(d, d);
                    if (j != i && d2 > min2)
                        best2 = std::min(best2, d2);
                }
            }
        }
        const double reach = k * cell_;
        if (best2 <= reach * reach || (k >= columns_ && k >= rows_))
            return std::sqrt(best2);
    }
}

} // namespace gridcarbon::gui
