#include "region/Validation.h"

#include "util/Error.h"

#include <algorithm>
#include <random>

namespace gridcarbon::region {
namespace {

// A uniform double in [0, 1) from the top 53 bits of one draw.
double uniform(std::mt19937_64& rng) {
    return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

// Rejection sampling needs a bound: a region this thin against its box is reported as such.
constexpr int kMaxDrawsPerSample = 100000;

} // namespace

ValidationResult validateRegion(const geometry::Hull& hull, AcOracle& oracle, int samples,
                                std::uint64_t seed,
                                const std::function<void(double, const std::string&)>& progress,
                                std::stop_token stop) {
    if (samples <= 0)
        throw badInput("validation needs a positive number of samples");
    const auto n = static_cast<std::size_t>(hull.dimension);
    std::vector<double> lo(n, INFINITY), hi(n, -INFINITY);
    for (const auto& v : hull.vertices)
        for (std::size_t k = 0; k < n; ++k) {
            lo[k] = std::min(lo[k], v[k]);
            hi[k] = std::max(hi[k], v[k]);
        }
    std::mt19937_64 rng(seed);
    auto draw = [&](double margin, bool inside) {
        for (int attempt = 0; attempt < kMaxDrawsPerSample; ++attempt) {
            std::vector<double> p(n);
            for (std::size_t k = 0; k < n; ++k) {
                const double span = hi[k] - lo[k];
                p[k] = lo[k] - margin * span + uniform(rng) * span * (1.0 + 2.0 * margin);
            }
            if ((hull.facetExcess(p) < 0.0) == inside)
                return p;
        }
        throw Error(ErrorCode::Failed, "could not draw validation points: the region is too "
                                       "thin for its bounding box");
    };

    ValidationResult r;
    r.samples = samples;
    r.seed = seed;
    for (int i = 0; i < 2 * samples; ++i) {
        const bool inside = i < samples;
        const std::vector<double> p = draw(inside ? 0.0 : kValidationBoxMargin, inside);
        const bool feasible = oracle.judge(p, stop).feasible;
        if (inside && !feasible)
            ++r.inside_infeasible;
        if (!inside && feasible)
            ++r.outside_feasible;
        if (progress && (i + 1) % 20 == 0)
            progress(static_cast<double>(i + 1) / (2.0 * samples),
                     "validation sample " + std::to_string(i + 1) + " of " +
                         std::to_string(2 * samples));
    }
    r.inside_infeasible_pct = 100.0 * r.inside_infeasible / samples;
    r.outside_feasible_pct = 100.0 * r.outside_feasible / samples;
    return r;
}

} // namespace gridcarbon::region
