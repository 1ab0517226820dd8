#include "opt/Reoptimizer.h"

#include "opt/detail/Budget.h"
#include "opt/detail/ClpBackend.h"
#include "opt/detail/OuterApproximation.h"
#include "util/Error.h"

#include <cmath>
#include <vector>

namespace gridcarbon::opt {

using detail::Budget;
using detail::ClpBackend;
using detail::Cut;

struct Reoptimizer::Impl {
    const Model& model;
    SolveOptions options;
    ClpBackend lp;
    std::vector<int> idle;
    std::vector<int> rowHandles; // Row index beyond the model's -> kept-row handle
    double objectiveConstant = 0.0;
    SolveStats totals;

    Impl(const Model& m, SolveOptions o) : model(m), options(std::move(o)), lp(m) {
        const std::vector<Cut> seed = detail::initialCutsOf(m);
        lp.addCuts(seed);
        idle.assign(seed.size(), 0);
        objectiveConstant = m.objectiveConstant();
    }
};

Reoptimizer::Reoptimizer(const Model& model, SolveOptions options) {
    if (model.hasIntegers())
        throw badInput("the re-optimiser solves continuous models only");
    if (!(options.cone_tolerance > 0.0))
        throw badInput("cone tolerance must be positive");
    // The bounds change between solves, so no tightened point can be kept from one solve to
    // the next; its callers want the cones to a tolerance, not an objective to a gap.
    options.conic_stop = ConicStop::ConeTolerance;
    impl_ = std::make_unique<Impl>(model, std::move(options));
}

Reoptimizer::~Reoptimizer() = default;

void Reoptimizer::setObjective(const Affine& objective) {
    std::vector<double> c(impl_->model.variables().size(), 0.0);
    for (const auto& [v, coefficient] : objective.terms)
        c.at(v.index) += coefficient;
    impl_->lp.setObjective(c);
    impl_->objectiveConstant = objective.constant;
}

void Reoptimizer::setBounds(Var v, double lower, double upper) {
    impl_->lp.setColumnBounds(v.index, lower, upper);
}

Row Reoptimizer::addRow(const Affine& expr, double lower, double upper) {
    std::vector<std::pair<int, double>> terms;
    for (const auto& [v, coefficient] : expr.terms)
        terms.emplace_back(v.index, coefficient);
    const int handle = impl_->lp.addKeptRow(terms, lower - expr.constant, upper - expr.constant);
    impl_->idle.push_back(0);
    impl_->rowHandles.push_back(handle);
    return Row{static_cast<int>(impl_->model.rows().size() + impl_->rowHandles.size() - 1)};
}

void Reoptimizer::setRowBounds(Row row, double lower, double upper) {
    const int k = row.index - static_cast<int>(impl_->model.rows().size());
    if (k < 0 || k >= static_cast<int>(impl_->rowHandles.size()))
        throw badInput("the re-optimiser changes the bounds of rows it added only");
    impl_->lp.setKeptRowBounds(impl_->rowHandles[k], lower, upper);
}

Solution Reoptimizer::solve(std::stop_token stop) {
    const Budget budget(impl_->options.time_limit_seconds);
    Solution s =
        detail::runCuttingPlanes(impl_->lp, impl_->idle, impl_->model, impl_->objectiveConstant,
                                 impl_->options, budget, std::move(stop))
            .solution;
    s.stats.seconds = budget.elapsed();
    SolveStats& t = impl_->totals;
    t.lp_solves += s.stats.lp_solves;
    t.cuts += s.stats.cuts;
    t.simplex_iterations += s.stats.simplex_iterations;
    t.seconds += s.stats.seconds;
    return s;
}

const SolveStats& Reoptimizer::totals() const {
    return impl_->totals;
}

} // namespace gridcarbon::opt
