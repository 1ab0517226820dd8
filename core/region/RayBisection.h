#pragma once
// The `chba` method (paper 003's AC convex-hull baseline): along rays from the base point in
// directions spread evenly over the circle or sphere (unit coordinates), bisect with the exact
// AC oracle for the farthest feasible point; the region is the hull of those points. Every
// vertex is AC-feasible, so the region is conservative, and slow: each ray costs a dozen
// oracle calls.
#include "region/AcOracle.h"
#include "region/Boundary.h"

namespace gridcarbon::region {

MethodOutput rayBisection(AcOracle& oracle, const AxisScale& scale,
                          const std::vector<double>& baseMw, int rays,
                          const MethodProgress& progress, std::stop_token stop);

// `count` unit vectors spread evenly: equal angles in 2-D, a Fibonacci lattice in 3-D.
std::vector<geometry::PointN> spreadDirections(std::size_t dimension, int count);

} // namespace gridcarbon::region
