#include "opt/ClpBackend.h"

#include <ClpEventHandler.hpp>
#include <ClpSimplex.hpp>
#include <CoinPackedMatrix.hpp>

#include <cmath>

namespace gridcarbon::opt {
namespace {

double toCoin(double v) {
    if (v == kInf)
        return COIN_DBL_MAX;
    if (v == -kInf)
        return -COIN_DBL_MAX;
    return v;
}

// Stops the simplex at the end of an iteration once a stop is requested; Clp then reports
// status 5 ("stopped by event handler").
class StopHandler : public ClpEventHandler {
public:
    explicit StopHandler(std::stop_token stop) : stop_(std::move(stop)) {}
    int event(Event whichEvent) override {
        if (whichEvent == endOfIteration && stop_.stop_requested())
            return 0;
        return -1;
    }
    ClpEventHandler* clone() const override { return new StopHandler(*this); }

private:
    std::stop_token stop_;
};

} // namespace

struct ClpBackend::Impl {
    ClpSimplex lp;
    int modelRows = 0;
    bool solvedOnce = false;
};

ClpBackend::ClpBackend(const Model& model) : impl_(std::make_unique<Impl>()) {
    const auto& vars = model.variables();
    const auto& rows = model.rows();
    const int n = static_cast<int>(vars.size());
    const int m = static_cast<int>(rows.size());
    std::vector<double> colLower(n), colUpper(n), objective(n), rowLower(m), rowUpper(m);
    for (int j = 0; j < n; ++j) {
        colLower[j] = toCoin(vars[j].lower);
        colUpper[j] = toCoin(vars[j].upper);
        objective[j] = vars[j].objective;
    }
    std::vector<int> rowIndex, colIndex;
    std::vector<double> element;
    for (int i = 0; i < m; ++i) {
        rowLower[i] = toCoin(rows[i].lower);
        rowUpper[i] = toCoin(rows[i].upper);
        for (const auto& [j, c] : rows[i].terms) {
            rowIndex.push_back(i);
            colIndex.push_back(j);
            element.push_back(c);
        }
    }
    CoinPackedMatrix matrix(true, rowIndex.data(), colIndex.data(), element.data(),
                            static_cast<CoinBigIndex>(element.size()));
    matrix.setDimensions(m, n);
    impl_->lp.setLogLevel(0);
    // Cone tolerances of 1e-7 relative need the LP to honour its cuts more tightly than Clp's
    // default 1e-7 primal feasibility tolerance.
    impl_->lp.setPrimalTolerance(1e-9);
    impl_->lp.setDualTolerance(1e-9);
    impl_->lp.loadProblem(matrix, colLower.data(), colUpper.data(), objective.data(),
                          rowLower.data(), rowUpper.data());
    impl_->modelRows = m;
}

ClpBackend::~ClpBackend() = default;

void ClpBackend::addCuts(const std::vector<Cut>& cuts) {
    if (cuts.empty())
        return;
    std::vector<CoinBigIndex> starts{0};
    std::vector<int> columns;
    std::vector<double> elements, lower, upper;
    for (const Cut& c : cuts) {
        for (const auto& [j, v] : c.terms) {
            columns.push_back(j);
            elements.push_back(v);
        }
        starts.push_back(static_cast<CoinBigIndex>(columns.size()));
        lower.push_back(-COIN_DBL_MAX);
        upper.push_back(c.upper);
    }
    impl_->lp.addRows(static_cast<int>(cuts.size()), lower.data(), upper.data(), starts.data(),
                      columns.data(), elements.data());
}

LpOutcome ClpBackend::solve(double secondsLeft, std::stop_token stop) {
    ClpSimplex& lp = impl_->lp;
    StopHandler handler(stop);
    lp.passInEventHandler(&handler);
    lp.setMaximumSeconds(std::isfinite(secondsLeft) ? std::max(secondsLeft, 1e-3) : -1.0);
    const int before = lp.numberIterations();
    lp.dual(impl_->solvedOnce ? 1 : 0);
    impl_->solvedOnce = true;
    // A dual simplex that gave up on a warm start gets one cold primal try before we call
    // the model numerically failed.
    if (lp.status() == 4)
        lp.primal();

    LpOutcome out;
    out.iterations = lp.numberIterations() - (lp.status() == 4 ? 0 : before);
    if (out.iterations < 0)
        out.iterations = lp.numberIterations();
    switch (lp.status()) {
    case 0:
        out.status = Status::Optimal;
        break;
    case 1:
        out.status = Status::Infeasible;
        break;
    case 2:
        out.status = Status::Unbounded;
        break;
    case 3:
        out.status = Status::TimeLimit;
        break;
    case 5:
        out.status = stop.stop_requested() ? Status::Cancelled : Status::NumericalFailure;
        break;
    default:
        out.status = Status::NumericalFailure;
        break;
    }
    if (out.status == Status::Optimal) {
        out.objective = lp.objectiveValue();
        const double* x = lp.primalColumnSolution();
        out.x.assign(x, x + lp.numberColumns());
        const double* y = lp.dualRowSolution();
        out.row_duals.assign(y, y + lp.numberRows());
    }
    // Clp clones the handler it is given and cannot take a null one: leave a plain one behind
    // so that no stop token outlives this call inside the solver.
    const ClpEventHandler plain;
    lp.passInEventHandler(&plain);
    return out;
}

} // namespace gridcarbon::opt
