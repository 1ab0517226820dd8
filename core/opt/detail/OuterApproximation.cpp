#include "opt/detail/OuterApproximation.h"

#include "opt/detail/ClpBackend.h"

#include <algorithm>

namespace gridcarbon::opt::detail {

std::vector<Cut> initialCutsOf(const Model& model) {
    std::vector<Cut> cuts;
    for (const ConeInfo& c : model.cones()) {
        auto box = initialCuts(c);
        cuts.insert(cuts.end(), box.begin(), box.end());
    }
    return cuts;
}

namespace {

// A cut slack for this many consecutive solutions is removed from the LP (it stays in
// ConicRun::cuts). Removing a slack row leaves the current solution optimal, so the LP
// objective still never decreases; the LP stays small (about the cuts in use) and each
// warm-started re-solve fast. A removed cut that is needed again is simply re-generated.
constexpr int kIdleRoundsBeforeRemoval = 2;
// Only cuts this far from binding go: near the optimum the useful cuts are nearly parallel and
// slightly slack, and removing them would make the loop regenerate them forever.
constexpr double kRemovableSlack = 1e-4;

void dropIdleCuts(ClpBackend& lp, std::vector<int>& idle) {
    const std::vector<bool> slack = lp.slackCuts(kRemovableSlack);
    std::vector<int> remove;
    std::vector<int> kept;
    for (std::size_t i = 0; i < idle.size(); ++i) {
        idle[i] = slack[i] ? idle[i] + 1 : 0;
        if (idle[i] >= kIdleRoundsBeforeRemoval)
            remove.push_back(static_cast<int>(i));
        else
            kept.push_back(idle[i]);
    }
    lp.removeCuts(remove);
    idle = std::move(kept);
}

} // namespace

// Kelley's cutting planes for the cones: every round adds, for each cone violated beyond the
// tolerance, the tangent plane at the current point, which cuts that point off; the feasible
// set only shrinks towards the true one, so the LP objective rises monotonically to the conic
// optimum. The loop ends when no cone is violated beyond the tolerance (optimal), or at the
// round limit (IterationLimit), time limit or a stop request.
ConicRun runCuttingPlanes(ClpBackend& lp, std::vector<int>& idle, const Model& model,
                          double objectiveConstant, const SolveOptions& options,
                          const Budget& budget, std::stop_token stop) {
    ConicRun run;
    Solution& sol = run.solution;
    for (int round = 0;; ++round) {
        if (stop.stop_requested()) {
            sol.status = Status::Cancelled;
            break;
        }
        const LpOutcome o = lp.solve(budget.left(), stop);
        ++sol.stats.lp_solves;
        sol.stats.simplex_iterations += o.iterations;
        sol.status = o.status;
        if (o.status != Status::Optimal)
            break;
        sol.x = o.x;
        sol.objective = o.objective + objectiveConstant;
        sol.row_duals.assign(o.row_duals.begin(),
                             o.row_duals.begin() + static_cast<long>(model.rows().size()));

        std::vector<Cut> cuts;
        sol.max_cone_violation = 0.0;
        for (const ConeInfo& c : model.cones()) {
            const double v = relativeViolation(c, sol.x);
            sol.max_cone_violation = std::max(sol.max_cone_violation, v);
            if (v > options.cone_tolerance) {
                auto cut = tangentCut(c, sol.x);
                cuts.insert(cuts.end(), cut.begin(), cut.end());
            }
        }
        if (cuts.empty())
            break; // every cone holds: optimal
        if (round + 1 >= options.max_rounds) {
            sol.status = Status::IterationLimit;
            break;
        }
        if (budget.exhausted()) {
            sol.status = Status::TimeLimit;
            break;
        }
        sol.stats.cuts += static_cast<int>(cuts.size());
        dropIdleCuts(lp, idle);
        lp.addCuts(cuts);
        idle.resize(idle.size() + cuts.size(), 0);
        run.cuts.insert(run.cuts.end(), cuts.begin(), cuts.end());
    }
    return run;
}

ConicRun solveByCuttingPlanes(const Model& model, const std::vector<Cut>& seed,
                              const SolveOptions& options, const Budget& budget,
                              std::stop_token stop) {
    ClpBackend lp(model);
    lp.addCuts(seed);
    std::vector<int> idle(seed.size(), 0); // per cut row: rounds it has been slack in a row
    return runCuttingPlanes(lp, idle, model, model.objectiveConstant(), options, budget,
                            std::move(stop));
}

} // namespace gridcarbon::opt::detail
