#include "opt/detail/OuterApproximation.h"

#include "opt/detail/Certificate.h"
#include "opt/detail/ClpBackend.h"

#include <algorithm>
#include <optional>

namespace gridcarbon::opt::detail {

std::vector<Cut> initialCutsOf(const Model& model, const std::vector<double>& seed) {
    std::vector<Cut> cuts;
    const std::vector<ConeInfo>& cones = model.cones();
    for (std::size_t k = 0; k < cones.size(); ++k) {
        auto box = initialCuts(cones[k], static_cast<int>(k));
        cuts.insert(cuts.end(), box.begin(), box.end());
        if (!seed.empty()) {
            auto tangent = tangentCut(cones[k], static_cast<int>(k), seed);
            cuts.insert(cuts.end(), tangent.begin(), tangent.end());
        }
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
// A point this close to every cone counts as on them: below the round-off of evaluating a cone.
constexpr double kFeasibleAsIs = 1e-13;
// While the gap is open, a round cuts the cones violated by more than this share of the worst
// one: cutting all of them tripled the LP (mostly cones whose violation moves no objective)
// for the same number of rounds; 1e-3 halved the time on pge69-der's day (docs/performance.md).
constexpr double kCutShareOfWorst = 1e-3;

// Near Clp's feasibility tolerance (1e-9) the cuts stop moving the LP: its points violate the
// cuts by up to that tolerance, so the cones stay violated by about as much and the bound stops
// rising. A gap asked below what that allows would otherwise run to max_rounds.
constexpr int kStallRounds = 10;

struct Stall {
    double bound = -kInf;
    double violation = kInf;
    int rounds = 0;
    // True once, for kStallRounds, the lower bound has risen by less than a tenth of the gap
    // and the largest cone violation has not halved.
    bool update(double lower, double maxViolation, const SolveOptions& options) {
        const double step = 0.1 * gapAllowance(lower, lower, options);
        const bool progress = lower > bound + step || maxViolation < 0.5 * violation;
        bound = std::max(bound, lower);
        violation = std::min(violation, maxViolation);
        rounds = progress ? 0 : rounds + 1;
        return rounds >= kStallRounds;
    }
};

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

// Kelley's cutting planes for the cones: every round adds, for each violated cone, the tangent
// plane at the current point, which cuts that point off; the feasible set only shrinks towards
// the true one, so the LP objective, a lower bound, rises monotonically to the conic optimum.
// Under ConicStop::CertifiedGap some rounds (those that may close the gap) also turn the LP's
// point into a cone-feasible one (Certificate.h), whose objective is an upper bound; the loop
// ends when the two meet within the gap and no cone is violated beyond the tolerance. Under
// ConeTolerance only the latter counts. The round limit, time limit or a stop request end it
// early. The point returned is the last LP's: its duals price the rows, and its cones are
// tight, where the certificate's point sits slightly inside every cone (a DistFlow branch
// with a little more current than its flows need); its objective is the lower bound.
ConicRun runCuttingPlanes(ClpBackend& lp, std::vector<int>& idle, const Model& model,
                          double objectiveConstant, const SolveOptions& options,
                          const Budget& budget, std::stop_token stop) {
    ConicRun run;
    Solution& sol = run.solution;
    const bool certify = options.conic_stop == ConicStop::CertifiedGap;
    Certifier certifier(model);
    std::optional<FeasiblePoint> best;
    const std::vector<ConeInfo>& cones = model.cones();
    std::vector<double> violations(cones.size());
    Stall stalled;
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
        sol.lower_bound = sol.objective;
        sol.row_duals.assign(o.row_duals.begin(),
                             o.row_duals.begin() + static_cast<long>(model.rows().size()));
        sol.max_cone_violation = 0.0;
        for (std::size_t k = 0; k < cones.size(); ++k) {
            violations[k] = relativeViolation(cones[k], sol.x);
            sol.max_cone_violation = std::max(sol.max_cone_violation, violations[k]);
        }

        // Slackness is judged on this LP's point, before a tightened re-solve moves it.
        dropIdleCuts(lp, idle);
        // Once the gap is closed only the cone tolerance is left to meet, and the cones
        // violated beyond it are the only ones to cut.
        bool closed = false;
        const bool outOfRounds = round + 1 >= options.max_rounds ||
                                 stalled.update(sol.lower_bound, sol.max_cone_violation, options);
        const bool lastRound = outOfRounds || budget.exhausted();
        if (certify) {
            closed = best && gapClosed(sol.lower_bound, best->objective, options);
            if (sol.max_cone_violation <= kFeasibleAsIs)
                best = FeasiblePoint{sol.x, sol.objective};
            else if (!closed &&
                     (lastRound ||
                      certifier.promising(sol.max_cone_violation,
                                          gapAllowance(sol.lower_bound, sol.lower_bound, options))))
                if (auto p = certifier.tryPoint(lp, sol.x, sol.objective, violations,
                                                objectiveConstant, budget, stop, sol.stats);
                    p && (!best || p->objective < best->objective))
                    best = std::move(p);
            closed = best && gapClosed(sol.lower_bound, best->objective, options);
            if (closed && sol.max_cone_violation <= options.cone_tolerance)
                break;
            if (!certifier.possible() && sol.max_cone_violation <= options.cone_tolerance)
                break;
        } else if (sol.max_cone_violation <= options.cone_tolerance) {
            break;
        }

        const double cutAbove =
            certify && !closed ? std::max(kFeasibleAsIs, kCutShareOfWorst * sol.max_cone_violation)
                               : options.cone_tolerance;
        std::vector<Cut> cuts;
        for (std::size_t k = 0; k < cones.size(); ++k)
            if (violations[k] > cutAbove) {
                auto cut = tangentCut(cones[k], static_cast<int>(k), sol.x);
                // No tangent where the cone's vector is zero and its bound negative.
                if (cut.empty())
                    cut.push_back(boundNonNegative(cones[k], static_cast<int>(k)));
                cuts.insert(cuts.end(), cut.begin(), cut.end());
            }
        if (lastRound) {
            sol.status = outOfRounds ? Status::IterationLimit : Status::TimeLimit;
            break;
        }
        sol.stats.cuts += static_cast<int>(cuts.size());
        lp.addCuts(cuts);
        idle.resize(idle.size() + cuts.size(), 0);
        run.cuts.insert(run.cuts.end(), cuts.begin(), cuts.end());
    }
    if (best) {
        sol.upper_bound = best->objective;
        sol.gap = relativeGap(sol.lower_bound, sol.upper_bound);
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
