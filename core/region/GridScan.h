#pragma once
// The `scba` and `hba` methods of paper 003 (section 3.3): fix all but one observed load on a
// grid of step `step` (a fraction of each axis range), minimise and maximise the last one
// (eqs 17-18), for every axis in turn; the region is the convex hull of the boundary points.
// In the SOC-relaxed formulation (scba) a boundary point whose relaxation gap exceeds
// `gapMax` is contracted by the loss cuts of eq 19; in the DC formulation (hba) nothing is.
#include "region/Boundary.h"

namespace gridcarbon::region {

MethodOutput gridScan(SupportSolver& solver, const AxisScale& scale, double step, double gapMax,
                      const MethodProgress& progress, std::stop_token stop);

} // namespace gridcarbon::region
