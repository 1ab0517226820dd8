#include "opt/detail/ContinuousConic.h"

#include "opt/detail/InteriorPoint.h"

namespace gridcarbon::opt::detail {

ConicRun solveContinuous(const Model& model, const std::vector<Cut>& seed,
                         const SolveOptions& options, const Budget& budget, std::stop_token stop,
                         bool fallback) {
    int iterations = 0;
    if (options.conic == ConicMethod::InteriorPoint && !model.cones().empty()) {
        const InteriorPointOutcome ipm = solveByInteriorPoint(model, options, budget, stop);
        if (ipm.status != Status::NumericalFailure) {
            ConicRun run;
            run.solution = solutionOf(model, ipm);
            run.by_interior_point = true;
            return run;
        }
        iterations = ipm.iterations;
        if (!fallback) {
            ConicRun run;
            run.solution.stats.interior_point_iterations = iterations;
            return run;
        }
    }
    ConicRun run = solveByCuttingPlanes(model, seed, options, budget, std::move(stop));
    run.solution.stats.interior_point_iterations += iterations;
    return run;
}

std::vector<Cut> tangentsAt(const Model& model, const std::vector<double>& x, double slack) {
    std::vector<Cut> cuts;
    const std::vector<ConeInfo>& cones = model.cones();
    for (std::size_t k = 0; k < cones.size(); ++k) {
        if (relativeViolation(cones[k], x) < -slack)
            continue;
        std::vector<Cut> cut = tangentCut(cones[k], static_cast<int>(k), x);
        cuts.insert(cuts.end(), cut.begin(), cut.end());
    }
    return cuts;
}

} // namespace gridcarbon::opt::detail
