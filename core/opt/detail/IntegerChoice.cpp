#include "opt/detail/IntegerChoice.h"

#include "opt/detail/ContinuousConic.h"

#include <algorithm>
#include <cmath>

namespace gridcarbon::opt::detail {

namespace {

// The cuts binding at (or violated by) an LP's optimum x: the LP with only these keeps the same
// optimum, since its dual uses no other row, so the bound of every LP below it in a branch and
// bound is no weaker; the others are boxes and planes of earlier rounds that only slow the LPs
// down, and the separator adds back whatever a node needs.
std::vector<Cut> tightAt(std::vector<Cut> cuts, const std::vector<double>& x) {
    std::erase_if(cuts, [&](const Cut& cut) {
        double activity = 0.0;
        for (const auto& [j, a] : cut.terms)
            activity += a * x[j];
        return activity < cut.upper - 1e-7 * std::max(1.0, std::abs(cut.upper));
    });
    return cuts;
}

} // namespace

RelaxedStart startFromRelaxation(const Model& model, const SolveOptions& options,
                                 const Budget& budget, std::stop_token stop) {
    RelaxedStart start;
    start.cuts = initialCutsOf(model, options.seed_point);
    const ConicRun relaxation = solveContinuous(model, start.cuts, options, budget, stop);
    accumulate(start.solution.stats, relaxation.solution.stats);
    if (relaxation.solution.status != Status::Optimal) {
        start.solution.status = relaxation.solution.status;
        return start;
    }
    start.lower = relaxation.solution.lower_bound;
    // The LP of the rows and the cuts at the end of a cutting-plane loop: its point.
    std::vector<double> lastLp;
    if (relaxation.by_interior_point) {
        // The tangents at the interior point's optimum make the LP nearly exact there, but only
        // along one plane per cone; a cutting-plane loop from them adds the planes an LP vertex
        // needs nearby, which the branch and bound's LPs then have from the start.
        const std::vector<Cut> tangents = tangentsAt(model, relaxation.solution.x);
        start.cuts.insert(start.cuts.end(), tangents.begin(), tangents.end());
        const ConicRun refined = solveByCuttingPlanes(model, start.cuts, options, budget, stop);
        accumulate(start.solution.stats, refined.solution.stats);
        start.cuts.insert(start.cuts.end(), refined.cuts.begin(), refined.cuts.end());
        if (refined.solution.status == Status::Optimal)
            lastLp = refined.solution.x;
    } else {
        start.cuts.insert(start.cuts.end(), relaxation.cuts.begin(), relaxation.cuts.end());
        lastLp = relaxation.solution.x;
    }
    if (!lastLp.empty())
        start.cuts = tightAt(std::move(start.cuts), lastLp);
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
    const ConicRun run = solveContinuous(withIntegersFixed(model, integral), relaxed.cuts, options,
                                         budget, std::move(stop));
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

void Incumbent::offer(const Model& model, std::vector<double> candidate, double upper) {
    const double own = objectiveAt(model, candidate);
    const double f = std::isfinite(upper) ? std::max(own, upper) : own;
    if (f < objective) {
        objective = f;
        x = std::move(candidate);
    }
}

void accumulate(SolveStats& total, const SolveStats& part) {
    total.lp_solves += part.lp_solves;
    total.cuts += part.cuts;
    total.simplex_iterations += part.simplex_iterations;
    total.interior_point_iterations += part.interior_point_iterations;
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

namespace {

bool isFixed(const VarInfo& v) {
    return v.lower == v.upper;
}

// One pass over the rows: a row with one variable left that is not fixed bounds that variable,
// and one with none left is switched off when it holds. True when a bound changed.
bool propagateFixings(Model& model) {
    bool changed = false;
    const std::vector<RowInfo>& rows = model.rows();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const RowInfo& r = rows[i];
        if (!std::isfinite(r.lower) && !std::isfinite(r.upper))
            continue;
        double fixedPart = 0.0;
        int open = -1;
        double coefficient = 0.0;
        bool several = false;
        for (const auto& [j, a] : r.terms) {
            const VarInfo& v = model.variables()[j];
            if (isFixed(v)) {
                fixedPart += a * v.lower;
            } else if (open < 0 || open == j) {
                open = j;
                coefficient += a;
            } else {
                several = true;
            }
        }
        if (several)
            continue;
        double scale = 1.0;
        for (double bound : {r.lower, r.upper})
            if (std::isfinite(bound))
                scale = std::max(scale, std::abs(bound));
        if (open < 0 || coefficient == 0.0) {
            if (fixedPart >= r.lower - 1e-12 * scale && fixedPart <= r.upper + 1e-12 * scale) {
                model.setRowBounds(Row{static_cast<int>(i)}, -kInf, kInf);
                changed = true;
            }
            continue;
        }
        const VarInfo& v = model.variables()[open];
        double lo = (r.lower - fixedPart) / coefficient;
        double hi = (r.upper - fixedPart) / coefficient;
        if (coefficient < 0.0)
            std::swap(lo, hi);
        lo = std::max(lo, v.lower);
        hi = std::min(hi, v.upper);
        if (lo > hi + 1e-12 * std::max(1.0, std::abs(lo)))
            continue; // an infeasible choice: left for the solver to report
        if (hi - lo <= 1e-12 * std::max(1.0, std::abs(lo)))
            hi = lo = std::clamp(lo, v.lower, v.upper);
        if (lo > v.lower || hi < v.upper) {
            model.setBounds(Var{open}, lo, hi);
            changed = true;
        }
    }
    return changed;
}

} // namespace

Model withIntegersFixed(const Model& model, const std::vector<double>& x) {
    Model fixed = model;
    const auto& vars = model.variables();
    for (std::size_t j = 0; j < vars.size(); ++j)
        if (vars[j].integer)
            fixed.setBounds(Var{static_cast<int>(j)}, x[j], x[j]);
    // A few passes catch the chains a fixing starts (an MT switched off fixes its output, which
    // fixes its ramp rows' partner, ...); each pass is linear in the model.
    for (int pass = 0; pass < 5 && propagateFixings(fixed); ++pass) {
    }
    return fixed;
}

double maxViolation(const Model& model, const std::vector<double>& x) {
    double worst = 0.0;
    for (double v : coneViolations(model, x))
        worst = std::max(worst, v);
    return worst;
}

} // namespace gridcarbon::opt::detail
