#include "region/SupportSandwich.h"

#include "util/Error.h"

#include <algorithm>
#include <cmath>

namespace gridcarbon::region {
namespace {

using geometry::Halfspace;
using geometry::PointN;

// Bisection towards the base point stops when the bracket is this short (unit coordinates).
constexpr double kBisectionLength = 1e-3;
// Two directions closer than this (1 - cosine) are the same support problem.
constexpr double kSameDirection = 1e-9;
// A guard against a tolerance the geometry cannot reach (e.g. below the solver's accuracy).
constexpr int kMaxDirections = 5000;

double dot(const PointN& a, const PointN& b) {
    double s = 0.0;
    for (std::size_t k = 0; k < a.size(); ++k)
        s += a[k] * b[k];
    return s;
}

PointN normalised(PointN d) {
    const double n = std::sqrt(dot(d, d));
    for (double& x : d)
        x /= n;
    return d;
}

PointN axisDirection(std::size_t n, std::size_t k, double sign) {
    PointN d(n, 0.0);
    d[k] = sign;
    return d;
}

// The diagonals (+-1, ..., +-1) / sqrt(n): with the axes, a full-dimensional first hull.
std::vector<PointN> diagonalDirections(std::size_t n) {
    std::vector<PointN> out;
    for (std::size_t mask = 0; mask < (std::size_t{1} << n); ++mask) {
        PointN d(n);
        for (std::size_t k = 0; k < n; ++k)
            d[k] = (mask >> k) & 1U ? 1.0 : -1.0;
        out.push_back(normalised(d));
    }
    return out;
}

class Sandwich {
public:
    Sandwich(SupportSolver& solver, AcOracle& oracle, const AxisScale& scale,
             const std::vector<double>& baseMw, std::stop_token stop)
        : solver_(solver), oracle_(oracle), scale_(scale), base_(scale.toUnit(baseMw)),
          stop_(std::move(stop)) {}

    // Solves direction d (unit space) and records its point and halfspace.
    void solve(const PointN& d) {
        const auto b = solver_.maximise(scale_.directionMw(d), stop_);
        if (!b)
            throw Error(ErrorCode::Failed,
                        "no operating point satisfies the case's limits and the carbon cap");
        record(d, *b);
    }

    void record(const PointN& d, const BoundaryPoint& b) {
        solved_.push_back(d);
        const PointN u = scale_.toUnit(b.p);
        halfspaces_.push_back(Halfspace{d, dot(d, u)});
        points_.push_back(feasiblePoint(b, u));
    }

    bool isSolved(const PointN& d) const {
        return std::any_of(solved_.begin(), solved_.end(),
                           [&](const PointN& s) { return 1.0 - dot(s, d) < kSameDirection; });
    }

    const std::vector<PointN>& points() const { return points_; }
    const std::vector<Halfspace>& halfspaces() const { return halfspaces_; }
    std::size_t directions() const { return solved_.size(); }

private:
    // The optimum itself when its exact AC state is feasible; otherwise the oracle's verdict
    // on it (another dispatch may do), and failing that the farthest feasible point on the
    // segment from the base point (bisection with the oracle).
    PointN feasiblePoint(const BoundaryPoint& b, const PointN& u) {
        if (checkDispatch(solver_.model(), b.p, b.dispatch).feasible)
            return u;
        if (oracle_.judge(b.p, stop_).feasible)
            return u;
        PointN step(u.size());
        for (std::size_t k = 0; k < u.size(); ++k)
            step[k] = u[k] - base_[k];
        const double length = std::sqrt(dot(step, step));
        double lo = 0.0, hi = 1.0;
        while ((hi - lo) * length > kBisectionLength) {
            const double mid = 0.5 * (lo + hi);
            PointN m(u.size());
            for (std::size_t k = 0; k < u.size(); ++k)
                m[k] = base_[k] + mid * step[k];
            (oracle_.judge(scale_.toMw(m), stop_).feasible ? lo : hi) = mid;
        }
        PointN out(u.size());
        for (std::size_t k = 0; k < u.size(); ++k)
            out[k] = base_[k] + lo * step[k];
        return out;
    }

    SupportSolver& solver_;
    AcOracle& oracle_;
    const AxisScale& scale_;
    PointN base_;
    std::stop_token stop_;
    std::vector<PointN> solved_;
    std::vector<PointN> points_;
    std::vector<Halfspace> halfspaces_;
};

PointN centroid(const std::vector<PointN>& points) {
    PointN c(points.front().size(), 0.0);
    for (const PointN& p : points)
        for (std::size_t k = 0; k < c.size(); ++k)
            c[k] += p[k] / static_cast<double>(points.size());
    return c;
}

} // namespace

MethodOutput supportSandwich(SupportSolver& solver, AcOracle& oracle, const AxisScale& scale,
                             const std::vector<double>& baseMw,
                             const std::vector<BoundaryPoint>& axisExtremes, double tolerance,
                             const MethodProgress& progress, std::stop_token stop) {
    const std::size_t n = scale.lo.size();
    Sandwich s(solver, oracle, scale, baseMw, stop);
    for (std::size_t k = 0; k < n; ++k)
        for (int side = 0; side < 2; ++side)
            s.record(axisDirection(n, k, side == 0 ? -1.0 : 1.0), axisExtremes.at(2 * k + side));
    for (const PointN& d : diagonalDirections(n))
        s.solve(d);

    double firstGap = -1.0;
    double certified = 0.0;
    std::vector<PointN> outerVertices;
    for (;;) {
        const geometry::Hull inner = geometry::convexHull(s.points());
        outerVertices = geometry::halfspaceIntersection(s.halfspaces(), centroid(inner.vertices));
        certified = 0.0;
        double worst = -1.0;
        PointN next;
        for (const Halfspace& f : inner.planes) {
            double gap = 0.0;
            for (const PointN& v : outerVertices)
                gap = std::max(gap, dot(f.normal, v) - f.offset);
            certified = std::max(certified, gap);
            if (gap > worst && !s.isSolved(f.normal)) {
                worst = gap;
                next = f.normal;
            }
        }
        if (firstGap < 0.0)
            firstGap = std::max(certified, tolerance);
        if (progress && certified > 0.0)
            progress(std::clamp(std::log(firstGap / std::max(certified, tolerance)) /
                                    std::log(firstGap / tolerance + 1e-12),
                                0.0, 1.0),
                     "direction " + std::to_string(s.directions()) + ", gap " +
                         std::to_string(certified * 100.0) + " %");
        if (worst <= tolerance || s.directions() >= kMaxDirections)
            break;
        s.solve(next);
    }

    MethodOutput out;
    for (const PointN& u : s.points())
        out.points.push_back(scale.toMw(u));
    for (const Halfspace& h : s.halfspaces()) {
        // d . (p - lo) / range <= h  <=>  (d / range) . p <= h + sum d lo / range
        Halfspace mw{scale.directionMw(h.normal), h.offset};
        for (std::size_t k = 0; k < n; ++k)
            mw.offset += h.normal[k] * scale.lo[k] / scale.range[k];
        const double norm = std::sqrt(dot(mw.normal, mw.normal));
        for (double& x : mw.normal)
            x /= norm;
        mw.offset /= norm;
        out.outer.push_back(mw);
    }
    for (const PointN& v : outerVertices)
        out.outer_vertices.push_back(scale.toMw(v));
    out.certified_gap = certified;
    return out;
}

} // namespace gridcarbon::region
