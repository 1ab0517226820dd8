#pragma once
// The continuous conic solve every path shares (a model without integers, the relaxation of
// one with integers, a model with its integers fixed): the interior point where the options ask
// for it and the model has cones, the cutting-plane loop where it does not converge (it proves
// no infeasibility, and the loop's elastic diagnosis names the clash) or was not asked for.
#include "opt/Model.h"
#include "opt/Solve.h"
#include "opt/detail/Budget.h"
#include "opt/detail/ConeCuts.h"
#include "opt/detail/OuterApproximation.h"

#include <stop_token>
#include <vector>

namespace gridcarbon::opt::detail {

// Integers are relaxed. `seed` (valid cuts) starts the cutting-plane loop if it runs; the
// interior point's iterations are counted in the solution's stats either way. Without
// `fallback`, an interior point that does not converge leaves the run NumericalFailure: for
// a caller to whom the solve is only worth its speed.
ConicRun solveContinuous(const Model& model, const std::vector<Cut>& seed,
                         const SolveOptions& options, const Budget& budget, std::stop_token stop,
                         bool fallback = true);

// The tangent at x of every cone within `slack` (relative, as relativeViolation) of its bound
// there, or beyond it, whose vector is not zero: at a conic optimum they make the LP of the
// rows and these cuts exact to first order at that point.
std::vector<Cut> tangentsAt(const Model& model, const std::vector<double>& x, double slack = kInf);

} // namespace gridcarbon::opt::detail
