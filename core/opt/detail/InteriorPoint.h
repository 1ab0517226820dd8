#pragma once
// A primal-dual interior-point method for the continuous conic models of opt::solve:
// infeasible-start path following with Nesterov-Todd scaling and Mehrotra's predictor-corrector
// (the method of CVXOPT's conelp and of ECOS, without the homogeneous embedding), each Newton
// step one sparse LDL' factorisation of the regularised KKT system
//   [ dI  A'   G'        ]
//   [ A   -dI  0         ]
//   [ G   0    -W'W - dI ]
// (AMD ordering, a fixed pattern analysed once) with iterative refinement against the
// unregularised system. On a radial feeder the factor has almost no fill, so an iteration costs
// time linear in the buses, where a simplex from scratch costs the square (docs/performance.md).
//
// It proves no infeasibility or unboundedness: a model on which it does not converge is handed
// back (Outcome::converged false) for the outer approximation to solve and diagnose.
#include "opt/Model.h"
#include "opt/Solve.h"
#include "opt/detail/Budget.h"

#include <stop_token>
#include <vector>

namespace gridcarbon::opt::detail {

struct InteriorPointOutcome {
    // Optimal (x, duals and objectives filled), Cancelled or TimeLimit (empty); NumericalFailure
    // when it did not converge.
    Status status = Status::NumericalFailure;
    std::vector<double> x;
    std::vector<double> row_duals;
    double primal_objective = 0.0; // c'x + k
    double dual_objective = 0.0;   // -b'y - h'z + k
    int iterations = 0;
};

// Optimal once the residuals of the rows and of the dual are below `feasibility` (relative to
// the data's norms) and the duality gap s'z, which bounds primal - dual objective, is within
// the options' gap allowance; it then goes on while the gap shrinks, to a hundredth of that.
InteriorPointOutcome solveByInteriorPoint(const Model& model, const SolveOptions& options,
                                          const Budget& budget, std::stop_token stop,
                                          double feasibility = 1e-9);

// The outcome as a Solution: its bounds are the dual and primal objectives, whose difference
// the duality gap s'z bounds; x satisfies the rows to the method's feasibility tolerance and
// the cones to rounding (s stays inside them). Only the status where it is not optimal.
Solution solutionOf(const Model& model, const InteriorPointOutcome& outcome);

} // namespace gridcarbon::opt::detail
