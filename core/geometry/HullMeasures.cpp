#include "geometry/HullMeasures.h"

#include "opt/Model.h"
#include "opt/Solve.h"
#include "util/Error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <string>

namespace gridcarbon::geometry {
namespace {

PointN minus(const PointN& a, const PointN& b) {
    PointN d(a);
    for (std::size_t i = 0; i < d.size(); ++i)
        d[i] -= b[i];
    return d;
}

// a + s u + t v
PointN along(const PointN& a, double s, const PointN& u, double t = 0.0, const PointN& v = {}) {
    PointN q(a);
    for (std::size_t i = 0; i < q.size(); ++i)
        q[i] += s * u[i] + (v.empty() ? 0.0 : t * v[i]);
    return q;
}

double distance2(const PointN& a, const PointN& b) {
    const PointN d = minus(a, b);
    return dot(d, d);
}

double pointSegmentDistance2(const PointN& p, const PointN& a, const PointN& b) {
    const PointN ab = minus(b, a);
    const double len2 = dot(ab, ab);
    if (len2 == 0.0)
        return distance2(p, a);
    const double t = std::clamp(dot(minus(p, a), ab) / len2, 0.0, 1.0);
    return distance2(p, along(a, t, ab));
}

// Squared distance from p to the triangle abc by the Voronoi regions of its vertices, edges and
// face (Ericson, Real-Time Collision Detection, 5.1.5).
double pointTriangleDistance2(const PointN& p, const PointN& a, const PointN& b, const PointN& c) {
    const PointN ab = minus(b, a), ac = minus(c, a), ap = minus(p, a);
    const double d1 = dot(ab, ap), d2 = dot(ac, ap);
    if (d1 <= 0.0 && d2 <= 0.0)
        return distance2(p, a);
    const PointN bp = minus(p, b);
    const double d3 = dot(ab, bp), d4 = dot(ac, bp);
    if (d3 >= 0.0 && d4 <= d3)
        return distance2(p, b);
    const double vc = d1 * d4 - d3 * d2;
    if (vc <= 0.0 && d1 >= 0.0 && d3 <= 0.0)
        return distance2(p, along(a, d1 / (d1 - d3), ab));
    const PointN cp = minus(p, c);
    const double d5 = dot(ab, cp), d6 = dot(ac, cp);
    if (d6 >= 0.0 && d5 <= d6)
        return distance2(p, c);
    const double vb = d5 * d2 - d1 * d6;
    if (vb <= 0.0 && d2 >= 0.0 && d6 <= 0.0)
        return distance2(p, along(a, d2 / (d2 - d6), ac));
    const double va = d3 * d6 - d5 * d4;
    if (va <= 0.0 && d4 - d3 >= 0.0 && d5 - d6 >= 0.0)
        return distance2(p, along(b, (d4 - d3) / ((d4 - d3) + (d5 - d6)), minus(c, b)));
    const double sum = va + vb + vc;
    if (!(sum > 0.0)) // a triangle of zero area: its edges are all there is
        return std::min({pointSegmentDistance2(p, a, b), pointSegmentDistance2(p, b, c),
                         pointSegmentDistance2(p, c, a)});
    return distance2(p, along(a, vb / sum, ab, vc / sum, ac));
}

void requireFacets(const Hull& hull, const std::string& what) {
    if (hull.planes.empty() || hull.facets.size() != hull.planes.size())
        throw badInput(what + ": the hull is empty");
}

} // namespace

double signedBoundaryDistance(const Hull& hull, const PointN& p) {
    requireFacets(hull, "signed boundary distance");
    const double excess = hull.facetExcess(p);
    if (excess <= 0.0)
        return -excess;
    double nearest2 = std::numeric_limits<double>::infinity();
    for (const std::vector<int>& f : hull.facets) {
        const PointN& a = hull.vertices.at(f.at(0));
        const PointN& b = hull.vertices.at(f.at(1));
        nearest2 =
            std::min(nearest2, hull.dimension == 2
                                   ? pointSegmentDistance2(p, a, b)
                                   : pointTriangleDistance2(p, a, b, hull.vertices.at(f.at(2))));
    }
    return -std::sqrt(nearest2);
}

Ball largestInscribedBall(const Hull& hull) {
    requireFacets(hull, "largest inscribed ball");
    opt::Model m;
    std::vector<opt::Var> centre;
    for (int i = 0; i < hull.dimension; ++i)
        centre.push_back(m.addVariable(-opt::kInf, opt::kInf, 0.0, "c" + std::to_string(i)));
    const opt::Var radius = m.addVariable(0.0, opt::kInf, -1.0, "r"); // maximise r
    for (std::size_t f = 0; f < hull.planes.size(); ++f) {
        const Halfspace& h = hull.planes[f];
        const double norm = std::sqrt(dot(h.normal, h.normal));
        opt::Affine row(radius);
        for (int i = 0; i < hull.dimension; ++i)
            row.add(centre[i], h.normal[i] / norm);
        m.addRow(row, -opt::kInf, h.offset / norm, "facet" + std::to_string(f));
    }
    const opt::Solution s = opt::solve(m);
    if (s.status != opt::Status::Optimal)
        throw Error(ErrorCode::Failed,
                    "largest inscribed ball: the LP ended " + std::string(opt::toString(s.status)));
    Ball ball;
    for (const opt::Var& c : centre)
        ball.center.push_back(s.value(c));
    ball.radius = s.value(radius);
    return ball;
}

std::vector<PointN> section(const Hull& hull, int axis, double value) {
    if (hull.dimension != 3)
        throw badInput("section: needs a 3-D hull, got " + std::to_string(hull.dimension) + "-D");
    if (axis < 0 || axis > 2)
        throw badInput("section: axis " + std::to_string(axis) + " is not 0, 1 or 2");
    const int u = axis == 0 ? 1 : 0;
    const int v = axis == 2 ? 1 : 2;
    std::vector<PointN> cut; // in the plane's coordinates (x[u], x[v])
    for (const std::vector<int>& f : hull.facets) {
        for (std::size_t k = 0; k < f.size(); ++k) {
            const PointN& a = hull.vertices.at(f[k]);
            const PointN& b = hull.vertices.at(f[(k + 1) % f.size()]);
            const double da = a[axis] - value, db = b[axis] - value;
            if (da == 0.0)
                cut.push_back({a[u], a[v]});
            else if ((da < 0.0 && db > 0.0) || (da > 0.0 && db < 0.0)) {
                const double t = da / (da - db);
                cut.push_back({a[u] + t * (b[u] - a[u]), a[v] + t * (b[v] - a[v])});
            }
        }
    }
    if (cut.size() < 3)
        return {};
    Hull polygon;
    try {
        polygon = convexHull(cut);
    } catch (const Error&) {
        return {}; // the plane touches the hull in a point or a segment
    }
    std::vector<PointN> ordered;
    for (const std::vector<int>& edge : polygon.facets)
        ordered.push_back(polygon.vertices[edge[0]]);
    return ordered;
}

double ballVolume(int dimension, double radius) {
    if (dimension < 1)
        throw badInput("ball volume: dimension " + std::to_string(dimension));
    if (!(radius >= 0.0) || !std::isfinite(radius))
        throw badInput("ball volume: radius " + std::to_string(radius));
    const double n = dimension;
    return std::pow(std::numbers::pi, n / 2.0) / std::tgamma(n / 2.0 + 1.0) * std::pow(radius, n);
}

} // namespace gridcarbon::geometry
