#include "opt/Solve.h"

#include "opt/detail/Budget.h"
#include "opt/detail/ConeCuts.h"
#include "opt/detail/ContinuousConic.h"
#include "opt/detail/Diagnosis.h"
#include "opt/detail/MixedInteger.h"
#include "opt/detail/OuterApproximation.h"
#include "opt/detail/SingleTree.h"
#include "util/Error.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

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
    case Status::IterationLimit:
        return "iteration limit";
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
        out.push_back(detail::relativeViolation(c, x));
    return out;
}

double relativeGap(double lower, double upper) {
    if (!std::isfinite(lower) || !std::isfinite(upper))
        return kInf;
    const double scale = std::max(std::abs(lower), std::abs(upper));
    return scale > 0.0 ? std::max(0.0, upper - lower) / scale : 0.0;
}

double gapAllowance(double lower, double upper, const SolveOptions& options) {
    return std::max(options.absolute_gap, options.gap * std::max(std::abs(lower), std::abs(upper)));
}

bool gapClosed(double lower, double upper, const SolveOptions& options) {
    if (!std::isfinite(lower) || !std::isfinite(upper))
        return false;
    return upper - lower <= gapAllowance(lower, upper, options);
}

std::string_view toString(MisocpMethod m) {
    return m == MisocpMethod::SingleTree ? "single-tree" : "multi-tree";
}

std::string_view toString(ConicMethod m) {
    return m == ConicMethod::InteriorPoint ? "interior-point" : "outer-approximation";
}

std::vector<std::pair<std::string, int>> violatedFamilies(const Solution& solution) {
    std::map<std::string, int> count;
    for (const Violation& v : solution.infeasibility)
        ++count[v.family];
    return {count.begin(), count.end()};
}

Solution solve(const Model& model, const SolveOptions& options, std::stop_token stop) {
    if (!(options.cone_tolerance > 0.0))
        throw badInput("cone tolerance must be positive");
    if (!(options.gap >= 0.0) || !std::isfinite(options.gap))
        throw badInput("gap must be a finite number >= 0");
    if (!(options.absolute_gap >= 0.0) || !std::isfinite(options.absolute_gap))
        throw badInput("absolute gap must be a finite number >= 0");
    if (std::isnan(options.time_limit_seconds))
        throw badInput("time limit is not a number");
    if (!options.seed_point.empty() && options.seed_point.size() != model.variables().size())
        throw badInput("seed point has " + std::to_string(options.seed_point.size()) +
                       " values for " + std::to_string(model.variables().size()) + " variables");
    for (const auto& [family, weight] : options.elastic_weights)
        if (!(weight > 0.0) || !std::isfinite(weight))
            throw badInput("elastic weight of family '" + family + "' must be positive and finite");
    const detail::Budget budget(options.time_limit_seconds);

    Solution sol =
        model.hasIntegers()
            ? (options.misocp == MisocpMethod::SingleTree
                   ? detail::solveSingleTree(model, options, budget, stop)
                   : detail::solveMixedInteger(model, options, budget, stop))
            : detail::solveContinuous(model, detail::initialCutsOf(model, options.seed_point),
                                      options, budget, stop)
                  .solution;
    sol.stats.seconds = budget.elapsed();
    if (sol.status == Status::Infeasible && options.diagnose)
        sol.infeasibility = detail::diagnoseInfeasibility(model, options, budget.left(), stop);
    return sol;
}

} // namespace gridcarbon::opt
