#pragma once
// Monte-Carlo accuracy of a reported region (paper 003 eqs 27-28): N points drawn uniformly
// inside it and N drawn uniformly from its bounding box enlarged by 10 % of each axis range on
// every side, minus the region, each judged by the AC oracle.
#include "geometry/ConvexHull.h"
#include "region/AcOracle.h"

#include <cstdint>
#include <functional>
#include <string>

namespace gridcarbon::region {

struct ValidationResult {
    int samples = 0; // per side
    std::uint64_t seed = 0;
    int inside_infeasible = 0;
    int outside_feasible = 0;
    double inside_infeasible_pct = 0.0;
    double outside_feasible_pct = 0.0;
};

inline constexpr double kValidationBoxMargin = 0.10;

// Deterministic for a seed on every platform (the draws do not go through std distributions).
ValidationResult validateRegion(const geometry::Hull& hull, AcOracle& oracle, int samples,
                                std::uint64_t seed,
                                const std::function<void(double, const std::string&)>& progress,
                                std::stop_token stop);

} // namespace gridcarbon::region
