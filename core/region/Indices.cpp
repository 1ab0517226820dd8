#include "region/Indices.h"

#include <algorithm>
#include <cmath>

namespace gridcarbon::region {
namespace {

using geometry::Hull;
using geometry::PointN;

std::pair<double, double> extent(const Hull& hull, std::size_t axis) {
    double lo = hull.vertices.front()[axis], hi = lo;
    for (const PointN& v : hull.vertices) {
        lo = std::min(lo, v[axis]);
        hi = std::max(hi, v[axis]);
    }
    return {lo, hi};
}

// The chord of a polygon along the line x[axis] = value: its length.
double chord(const Hull& hull, std::size_t axis, double value) {
    const std::size_t other = 1 - axis;
    double lo = INFINITY, hi = -INFINITY;
    for (const auto& edge : hull.facets) {
        const PointN& a = hull.vertices[edge[0]];
        const PointN& b = hull.vertices[edge[1]];
        const double da = a[axis] - value, db = b[axis] - value;
        if ((da > 0.0 && db > 0.0) || (da < 0.0 && db < 0.0))
            continue;
        const double t = da == db ? 0.0 : da / (da - db);
        const double y = a[other] + t * (b[other] - a[other]);
        lo = std::min(lo, y);
        hi = std::max(hi, y);
        if (da == db) { // the edge lies on the line
            lo = std::min(lo, b[other]);
            hi = std::max(hi, b[other]);
        }
    }
    return hi > lo ? hi - lo : 0.0;
}

std::vector<double> slabMidpoints(const Hull& hull, std::size_t axis, int slabs) {
    const auto [lo, hi] = extent(hull, axis);
    std::vector<double> out;
    for (int j = 0; j < slabs; ++j)
        out.push_back(lo + (j + 0.5) * (hi - lo) / slabs);
    return out;
}

double boundingArea(const std::vector<PointN>& polygon) {
    double area = 1.0;
    for (std::size_t k = 0; k < 2; ++k) {
        double lo = INFINITY, hi = -INFINITY;
        for (const PointN& p : polygon) {
            lo = std::min(lo, p[k]);
            hi = std::max(hi, p[k]);
        }
        area *= hi - lo;
    }
    return area;
}

// CF of two axes: the largest section across them (3-D), or the region itself (2-D), over its
// bounding rectangle.
CouplingFactor coupling(const Hull& hull, std::size_t a, std::size_t b) {
    CouplingFactor cf{a, b, 0.0};
    if (hull.dimension == 2) {
        cf.value = hull.volume / boundingArea(hull.vertices);
        return cf;
    }
    const std::size_t across = 3 - a - b;
    double best = -1.0;
    for (double c : slabMidpoints(hull, across, kSectionSlabs)) {
        const std::vector<PointN> polygon = geometry::section(hull, static_cast<int>(across), c);
        if (polygon.size() < 3)
            continue;
        const double area = geometry::polygonArea(polygon);
        if (area > best) {
            best = area;
            cf.value = area / boundingArea(polygon);
        }
    }
    return cf;
}

double averageChangeRate(const Hull& hull, std::size_t axis) {
    std::vector<double> areas;
    for (double c : slabMidpoints(hull, axis, kChangeRateSlabs))
        areas.push_back(sectionMeasure(hull, axis, c));
    double sum = 0.0;
    for (std::size_t j = 0; j + 1 < areas.size(); ++j) {
        const double larger = std::max(areas[j], areas[j + 1]);
        if (larger > 0.0)
            sum += std::abs(areas[j + 1] - areas[j]) / larger;
    }
    return 100.0 * sum / static_cast<double>(areas.size() - 1);
}

} // namespace

double sectionMeasure(const Hull& hull, std::size_t axis, double value) {
    if (hull.dimension == 2)
        return chord(hull, axis, value);
    const std::vector<PointN> polygon = geometry::section(hull, static_cast<int>(axis), value);
    return polygon.size() < 3 ? 0.0 : geometry::polygonArea(polygon);
}

RegionIndices computeIndices(const Hull& hull, const std::vector<double>& base) {
    RegionIndices r;
    const auto n = static_cast<std::size_t>(hull.dimension);
    r.margin_mw = geometry::signedBoundaryDistance(hull, base);
    r.volume = hull.volume;
    for (std::size_t axis = 0; axis < n; ++axis) {
        SectionCurve curve;
        curve.axis = axis;
        curve.at_mw = slabMidpoints(hull, axis, kSectionSlabs);
        for (double c : curve.at_mw)
            curve.area.push_back(sectionMeasure(hull, axis, c));
        const auto [lo, hi] = std::minmax_element(curve.area.begin(), curve.area.end());
        curve.min = *lo;
        curve.max = *hi;
        curve.at_max_mw = curve.at_mw[static_cast<std::size_t>(hi - curve.area.begin())];
        r.sections.push_back(std::move(curve));
        r.average_change_rate_pct.push_back(averageChangeRate(hull, axis));
    }
    for (std::size_t a = 0; a < n; ++a)
        for (std::size_t b = a + 1; b < n; ++b)
            r.coupling.push_back(coupling(hull, a, b));
    r.inscribed = geometry::largestInscribedBall(hull);
    r.equilibrium_degree =
        hull.volume > 0.0 ? geometry::ballVolume(hull.dimension, r.inscribed.radius) / hull.volume
                          : 0.0;
    return r;
}

} // namespace gridcarbon::region
