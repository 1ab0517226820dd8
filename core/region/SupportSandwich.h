#pragma once
// The `adaptive` method (docs/region.md): a support-function sandwich. The inner hull is the
// hull of optimal points in the directions solved so far (each one AC-feasible, contracted
// towards the base point when the exact AC state breaks a limit); the outer polytope is the
// intersection of their supporting halfspaces. Each step solves in the outward normal of the
// inner facet with the largest inner-outer gap, warm-started, until every gap is within the
// tolerance (unit coordinates: fractions of the axis ranges) or every facet's direction has
// been solved. `axisExtremes` are the optima of -e_0, +e_0, -e_1, ... already solved.
#include "region/AcOracle.h"
#include "region/Boundary.h"

namespace gridcarbon::region {

MethodOutput supportSandwich(SupportSolver& solver, AcOracle& oracle, const AxisScale& scale,
                             const std::vector<double>& baseMw,
                             const std::vector<BoundaryPoint>& axisExtremes, double tolerance,
                             const MethodProgress& progress, std::stop_token stop);

} // namespace gridcarbon::region
