// Mixed-integer models with second-order cones by outer approximation (Duran-Grossmann,
// Fletcher-Leyffer), with Kelley's tangent cuts as the linearisation.
//
// The loop
//   0. Solve the continuous relaxation (integers relaxed) by the cutting-plane loop and keep all
//      its cuts. A tangent cut supports a cone, so it is valid for the mixed-integer model too;
//      the relaxation's bound is the first lower bound LB. Its integers rounded, with the SOCP
//      for them (b below) feasible, give the first incumbent.
//   k. Master: Cbc solves the MILP of the linear rows and all cuts so far, restricted to
//      objective < UB - half the allowed gap once there is an incumbent. It relaxes the model,
//      so its best possible objective raises LB; if it is infeasible, no point beats the
//      incumbent by half the gap: stop. Otherwise it gives a point x_k.
//      (a) Add the tangent cut at x_k of every cone violated there beyond the tolerance.
//      (b) Fix the integers at x_k's values (rounded) and solve that SOCP by the cutting-plane
//          loop, seeded with all cuts so far. If it is feasible its solution is an incumbent
//          candidate (UB = the least objective found) and the tangents of its active cones
//          join the master (the outer-approximation linearisation at that integer choice).
//      Stop when no cone was violated at x_k (x_k is then feasible to the tolerance and optimal
//      to Cbc's gap, and (b) turned it into the incumbent), or when
//      the gap closes (SolveOptions::gap, absolute_gap). The answer is the incumbent.
//
// Why it ends. At a non-final iteration some cone i is violated at x_k by more than
// tol * max(1, |rhs|) >= tol, and (a) adds  h(x) = g'lhs_i(x) - rhs_i(x) <= 0  with ||g|| = 1, so
// h(x_k) > tol. h is affine with gradient norm at most L_i = ||A_i|| + ||c_i|| (the cone's
// coefficients; g is a unit vector), and every later master point x_j satisfies h(x_j) <= 0
// (the master keeps all cuts, and the cutoff only removes points), so ||x_j - x_k|| > tol / L
// with L the largest L_i. The master points are therefore pairwise separated by a fixed
// distance. If every variable is bounded they lie in one bounded box, which holds only finitely
// many such points, so after finitely many iterations a master point is cone-feasible or the
// master is infeasible (Kelley's argument; the integers only make the set smaller). The margin
// needs the master to honour its rows more tightly than the cone tolerance: CbcBackend asks Clp
// for 1e-9. Without bounds the points may run off to infinity instead; then Cbc reports the
// master unbounded, or SolveOptions::max_rounds ends the loop with IterationLimit.
//
// The point returned is a fixed-integer SOCP's solution: integers exact, rows to Clp's 1e-9,
// cones to the tolerance. Row duals are not given (see Solution::row_duals).
#include "opt/detail/MixedInteger.h"

#include "opt/detail/CbcBackend.h"
#include "opt/detail/ConeCuts.h"
#include "opt/detail/ContinuousConic.h"
#include "opt/detail/IntegerChoice.h"

#include <algorithm>
#include <cmath>

namespace gridcarbon::opt::detail {
Solution solveMixedInteger(const Model& model, const SolveOptions& options, const Budget& budget,
                           std::stop_token stop) {
    RelaxedStart start = startFromRelaxation(model, options, budget, stop);
    if (!start.solved)
        return start.solution;
    Solution& sol = start.solution;
    std::vector<Cut>& cuts = start.cuts;
    double lower = start.lower;

    CbcBackend master(model);
    master.addCuts(cuts);
    Incumbent incumbent;
    // The rounded relaxation as the first incumbent: the first master already has a cutoff.
    if (auto first = roundedStart(model, start, options, budget, stop, sol.stats))
        incumbent.offer(model, std::move(first->x), first->objective);
    // The master looks only for points that beat the incumbent by half the gap; if none is
    // left, the incumbent is optimal to within that half.
    const auto cutoff = [&] {
        if (!incumbent.exists())
            return kInf;
        return incumbent.objective -
               0.5 * gapAllowance(incumbent.objective, incumbent.objective, options);
    };
    const auto closed = [&] {
        return incumbent.exists() && gapClosed(lower, incumbent.objective, options);
    };

    for (;;) {
        if (stop.stop_requested()) {
            sol.status = Status::Cancelled;
            break;
        }
        if (budget.exhausted()) {
            sol.status = Status::TimeLimit;
            break;
        }
        if (sol.stats.milp_solves >= options.max_rounds) {
            sol.status = Status::IterationLimit;
            break;
        }
        const MilpOutcome m =
            master.solve(budget.left(), options.gap, options.absolute_gap, cutoff(), stop);
        ++sol.stats.milp_solves;
        sol.stats.nodes += m.nodes;
        sol.stats.simplex_iterations += m.iterations;
        // Cbc's bound is only trusted from a finished search: a stopped one may not have
        // bounded its root yet.
        if (m.status == Status::Optimal)
            lower = std::max(lower, m.bound);
        if (m.status == Status::Infeasible) {
            // The cuts are valid, so no point of the model beats the cutoff.
            if (incumbent.exists()) {
                sol.status = Status::Optimal;
                lower = std::max(lower, cutoff());
            } else {
                sol.status = Status::Infeasible;
            }
            break;
        }
        if (m.status != Status::Optimal || !m.has_solution) {
            sol.status = m.status == Status::Optimal ? Status::NumericalFailure : m.status;
            break;
        }

        std::vector<Cut> added;
        bool coneFeasible = true;
        const std::vector<ConeInfo>& cones = model.cones();
        for (std::size_t k = 0; k < cones.size(); ++k)
            if (relativeViolation(cones[k], m.x) > options.cone_tolerance) {
                coneFeasible = false;
                auto cut = tangentCut(cones[k], static_cast<int>(k), m.x);
                added.insert(added.end(), cut.begin(), cut.end());
            }

        const std::vector<double> integral = roundedIntegers(model, m.x);
        const ConicRun sub =
            solveContinuous(withIntegersFixed(model, integral), cuts, options, budget, stop);
        accumulate(sol.stats, sub.solution.stats);
        if (sub.solution.status == Status::Optimal) {
            const std::vector<double>& xs = sub.solution.x;
            const std::vector<Cut> active = tangentsAt(model, xs, kActive);
            added.insert(added.end(), active.begin(), active.end());
            incumbent.offer(model, roundedIntegers(model, xs), sub.solution.upper_bound);
        } else if (sub.solution.status == Status::Cancelled ||
                   sub.solution.status == Status::TimeLimit) {
            sol.status = sub.solution.status;
            break;
        } else if (coneFeasible) {
            // The master point itself is feasible to the tolerances; its integers rounded are
            // the best we have for this choice.
            incumbent.offer(model, integral);
        }

        if (coneFeasible || closed()) {
            sol.status = incumbent.exists() ? Status::Optimal : Status::NumericalFailure;
            break;
        }
        if (added.empty()) {
            // A violated cone whose left side vanishes at x_k has no tangent; only a master
            // tolerance coarser than the cone tolerance gets here.
            sol.status = Status::NumericalFailure;
            break;
        }
        sol.stats.cuts += static_cast<int>(added.size());
        master.addCuts(added);
        cuts.insert(cuts.end(), added.begin(), added.end());
    }

    if (incumbent.exists()) {
        sol.x = incumbent.x;
        sol.objective = objectiveAt(model, sol.x);
        sol.max_cone_violation = maxViolation(model, sol.x);
        sol.lower_bound = std::min(lower, incumbent.objective);
        sol.upper_bound = incumbent.objective;
        sol.gap = relativeGap(sol.lower_bound, sol.upper_bound);
    } else if (sol.status != Status::Infeasible) {
        sol.lower_bound = lower;
    }
    return sol;
}

} // namespace gridcarbon::opt::detail
