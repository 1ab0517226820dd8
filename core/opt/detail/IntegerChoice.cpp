#include "opt/detail/IntegerChoice.h"

#include "opt/detail/OuterApproximation.h"

#include <algorithm>
#include <cmath>

namespace gridcarbon::opt::detail {

RelaxedStart startFromRelaxation(const Model& model, const SolveOptions& options,
                                 const Budget& budget, std::stop_token stop) {
    RelaxedStart start;
    start.cuts = initialCutsOf(model, options.seed_point);
    const ConicRun relaxation = solveByCuttingPlanes(model, start.cuts, options, budget, stop);
    accumulate(start.solution.stats, relaxation.solution.stats);
    if (relaxation.solution.status != Status::Optimal) {
        start.solution.status = relaxation.solution.status;
        return start;
    }
    start.cuts.insert(start.cuts.end(), relaxation.cuts.begin(), relaxation.cuts.end());
    start.lower = relaxation.solution.lower_bound;
    start.x = relaxation.solution.x;
    start.solved = true;
    return start;
}

std::optional<RoundedStart> roundedStart(const Model& model, const RelaxedStart& relaxed,
                                         const SolveOptions& options, const Budget& budget,
                                         std::stop_token stop, SolveStats& stats) {
    if (!relaxed.solved || relaxed.x.empty())
        return std::nullopt;
    const std::vector<double> integral = roundedIntegers(model, relaxed.x);
    const ConicRun run = solveByCuttingPlanes(withIntegersFixed(model, integral), relaxed.cuts,
                                              options, budget, std::move(stop));
    accumulate(stats, run.solution.stats);
    if (run.solution.status != Status::Optimal)
        return std::nullopt;
    RoundedStart start;
    start.x = roundedIntegers(model, run.solution.x);
    start.objective = std::isfinite(run.solution.upper_bound)
                          ? std::max(run.solution.upper_bound, objectiveAt(model, start.x))
                          : objectiveAt(model, start.x);
    return start;
}

void accumulate(SolveStats& total, const SolveStats& part) {
    total.lp_solves += part.lp_solves;
    total.cuts += part.cuts;
    total.simplex_iterations += part.simplex_iterations;
}

double objectiveAt(const Model& model, const std::vector<double>& x) {
    double f = model.objectiveConstant();
    for (std::size_t j = 0; j < x.size(); ++j)
        f += model.variables()[j].objective * x[j];
    return f;
}

std::vector<double> roundedIntegers(const Model& model, std::vector<double> x) {
    const auto& vars = model.variables();
    for (std::size_t j = 0; j < vars.size(); ++j)
        if (vars[j].integer)
            x[j] =
                std::clamp(std::round(x[j]), std::ceil(vars[j].lower), std::floor(vars[j].upper));
    return x;
}

Model withIntegersFixed(const Model& model, const std::vector<double>& x) {
    Model fixed = model;
    const auto& vars = model.variables();
    for (std::size_t j = 0; j < vars.size(); ++j)
        if (vars[j].integer)
            fixed.setBounds(Var{static_cast<int>(j)}, x[j], x[j]);
    return fixed;
}

double maxViolation(const Model& model, const std::vector<double>& x) {
    double worst = 0.0;
    for (double v : coneViolations(model, x))
        worst = std::max(worst, v);
    return worst;
}

} // namespace gridcarbon::opt::detail
