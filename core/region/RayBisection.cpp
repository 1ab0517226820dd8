#include "region/RayBisection.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace gridcarbon::region {
namespace {

// The search along a ray ends when the bracket is this short (unit coordinates).
constexpr double kBracket = 1e-3;
// Rays run to the edge of the axis box enlarged by this on every side: the AC region lies
// inside the relaxed one, whose box the axis extremes give.
constexpr double kBoxMargin = 0.05;

} // namespace

std::vector<geometry::PointN> spreadDirections(std::size_t dimension, int count) {
    std::vector<geometry::PointN> out;
    for (int i = 0; i < count; ++i) {
        if (dimension == 2) {
            const double a = 2.0 * std::numbers::pi * i / count;
            out.push_back({std::cos(a), std::sin(a)});
            continue;
        }
        const double z = 1.0 - (2.0 * i + 1.0) / count;
        const double r = std::sqrt(std::max(0.0, 1.0 - z * z));
        const double a = i * std::numbers::pi * (3.0 - std::sqrt(5.0)); // golden angle
        out.push_back({r * std::cos(a), r * std::sin(a), z});
    }
    return out;
}

MethodOutput rayBisection(AcOracle& oracle, const AxisScale& scale,
                          const std::vector<double>& baseMw, int rays,
                          const MethodProgress& progress, std::stop_token stop) {
    const std::size_t n = scale.lo.size();
    const geometry::PointN base = scale.toUnit(baseMw);
    MethodOutput out;
    const auto directions = spreadDirections(n, rays);
    for (std::size_t r = 0; r < directions.size(); ++r) {
        const geometry::PointN& d = directions[r];
        // The ray leaves the enlarged box at t = reach.
        double reach = 1e9;
        for (std::size_t k = 0; k < n; ++k) {
            if (d[k] > 1e-12)
                reach = std::min(reach, (1.0 + kBoxMargin - base[k]) / d[k]);
            else if (d[k] < -1e-12)
                reach = std::min(reach, (-kBoxMargin - base[k]) / d[k]);
        }
        auto at = [&](double t) {
            geometry::PointN u(n);
            for (std::size_t k = 0; k < n; ++k)
                u[k] = base[k] + t * d[k];
            return scale.toMw(u);
        };
        double lo = 0.0, hi = reach;
        if (oracle.judge(at(hi), stop).feasible)
            lo = hi;
        while (hi - lo > kBracket) {
            const double mid = 0.5 * (lo + hi);
            (oracle.judge(at(mid), stop).feasible ? lo : hi) = mid;
        }
        out.points.push_back(at(lo));
        if (progress)
            progress(static_cast<double>(r + 1) / directions.size(),
                     "ray " + std::to_string(r + 1) + " of " + std::to_string(directions.size()));
    }
    return out;
}

} // namespace gridcarbon::region
