#include "opt/Solve.h"

#include "opt/ClpBackend.h"
#include "opt/ConeCuts.h"
#include "util/Error.h"

#include <chrono>

namespace gridcarbon::opt {

std::string_view toString(Status s) {
    switch (s) {
    case Status::Optimal:
        return "optimal";
    case Status::Infeasible:
        return "infeasible";
    case Status::Unbounded:
        return "unbounded";
    case Status::TimeLimit:
        return "time limit";
    case Status::Cancelled:
        return "cancelled";
    case Status::NumericalFailure:
        return "numerical failure";
    }
    return "?";
}

std::vector<double> coneViolations(const Model& model, const std::vector<double>& x) {
    std::vector<double> out;
    out.reserve(model.cones().size());
    for (const ConeInfo& c : model.cones())
        out.push_back(relativeViolation(c, x));
    return out;
}

// Kelley's cutting planes for the cones: every round adds, for each cone violated beyond the
// tolerance, the tangent plane at the current point, which cuts that point off; the feasible
// set only shrinks towards the true one, so the LP objective rises monotonically to the conic
// optimum. The loop ends when no cone is violated beyond the tolerance (optimal), or at the
// round limit, time limit or a stop request.
Solution solve(const Model& model, const SolveOptions& options, std::stop_token stop) {
    if (model.hasIntegers())
        throw badInput("the model has integer variables: the LP/SOCP solver cannot take them");
    if (!(options.cone_tolerance > 0.0))
        throw badInput("cone tolerance must be positive");
    const auto started = std::chrono::steady_clock::now();
    const auto elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    };

    ClpBackend lp(model);
    for (const ConeInfo& c : model.cones())
        lp.addCuts(initialCuts(c));

    Solution sol;
    for (int round = 0;; ++round) {
        if (stop.stop_requested()) {
            sol.status = Status::Cancelled;
            break;
        }
        const LpOutcome o = lp.solve(options.time_limit_seconds - elapsed(), stop);
        ++sol.stats.lp_solves;
        sol.stats.simplex_iterations += o.iterations;
        sol.status = o.status;
        if (o.status != Status::Optimal)
            break;
        sol.x = o.x;
        sol.objective = o.objective + model.objectiveConstant();
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
            sol.status = Status::NumericalFailure;
            break;
        }
        if (elapsed() >= options.time_limit_seconds) {
            sol.status = Status::TimeLimit;
            break;
        }
        sol.stats.cuts += static_cast<int>(cuts.size());
        lp.addCuts(cuts);
    }
    sol.stats.seconds = elapsed();
    return sol;
}

} // namespace gridcarbon::opt
