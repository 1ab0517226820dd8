#include "opt/detail/ClpBackend.h"

#include "opt/detail/ClpStop.h"
#include "opt/detail/CoinArrays.h"

#include <ClpSimplex.hpp>
#include <ClpSolve.hpp>
#include <CoinPackedMatrix.hpp>

#include <cmath>

namespace gridcarbon::opt::detail {

struct ClpBackend::Impl {
    ClpSimplex lp;
    int modelRows = 0;
    bool solvedOnce = false;
    bool objectiveChanged = false;
    // Per row after the model's: -1 for a cut, the handle of a kept row otherwise; and the
    // cone a cut supports (-1 for a kept row).
    std::vector<int> extraHandles;
    std::vector<int> extraCones;
    int nextHandle = 0;

    int positionOf(int handle) const {
        for (std::size_t i = 0; i < extraHandles.size(); ++i)
            if (extraHandles[i] == handle)
                return modelRows + static_cast<int>(i);
        return -1;
    }
};

ClpBackend::ClpBackend(const Model& model) : impl_(std::make_unique<Impl>()) {
    const CoinProblem p = coinProblem(model);
    impl_->lp.setLogLevel(0);
    // Cone tolerances of 1e-7 relative need the LP to honour its cuts more tightly than Clp's
    // default 1e-7 primal feasibility tolerance.
    impl_->lp.setPrimalTolerance(1e-9);
    impl_->lp.setDualTolerance(1e-9);
    impl_->lp.scaling(0);
    impl_->lp.loadProblem(p.matrix, p.col_lower.data(), p.col_upper.data(), p.objective.data(),
                          p.row_lower.data(), p.row_upper.data());
    impl_->modelRows = static_cast<int>(model.rows().size());
}

ClpBackend::~ClpBackend() = default;

void ClpBackend::addCuts(const std::vector<Cut>& cuts) {
    if (cuts.empty())
        return;
    const CoinRows r = coinRows(cuts);
    impl_->lp.addRows(r.count(), r.lower.data(), r.upper.data(), r.starts.data(), r.columns.data(),
                      r.elements.data());
    impl_->extraHandles.insert(impl_->extraHandles.end(), cuts.size(), -1);
    for (const Cut& cut : cuts)
        impl_->extraCones.push_back(cut.cone);
}

int ClpBackend::addKeptRow(const std::vector<std::pair<int, double>>& terms, double lower,
                           double upper) {
    std::vector<int> columns;
    std::vector<double> elements;
    for (const auto& [column, coefficient] : terms) {
        columns.push_back(column);
        elements.push_back(coefficient);
    }
    impl_->lp.addRow(static_cast<int>(columns.size()), columns.data(), elements.data(),
                     toCoin(lower), toCoin(upper));
    impl_->extraHandles.push_back(impl_->nextHandle);
    impl_->extraCones.push_back(-1);
    return impl_->nextHandle++;
}

void ClpBackend::setKeptRowBounds(int handle, double lower, double upper) {
    const int row = impl_->positionOf(handle);
    if (row < 0)
        return;
    impl_->lp.setRowLower(row, toCoin(lower));
    impl_->lp.setRowUpper(row, toCoin(upper));
}

void ClpBackend::setObjective(const std::vector<double>& coefficients) {
    for (std::size_t j = 0; j < coefficients.size(); ++j)
        impl_->lp.setObjectiveCoefficient(static_cast<int>(j), coefficients[j]);
    impl_->objectiveChanged = true;
}

void ClpBackend::setColumnBounds(int column, double lower, double upper) {
    impl_->lp.setColumnBounds(column, toCoin(lower), toCoin(upper));
}

int ClpBackend::cutCount() const {
    return impl_->lp.numberRows() - impl_->modelRows;
}

std::vector<bool> ClpBackend::slackCuts(double tolerance) const {
    const ClpSimplex& lp = impl_->lp;
    const double* activity = lp.getRowActivity();
    const double* upper = lp.getRowUpper();
    const double* dual = lp.getRowPrice();
    std::vector<bool> slack(cutCount());
    for (int i = 0; i < cutCount(); ++i) {
        const int row = impl_->modelRows + i;
        slack[i] = impl_->extraHandles[i] < 0 && upper[row] - activity[row] > tolerance &&
                   dual[row] == 0.0;
    }
    return slack;
}

void ClpBackend::removeCuts(const std::vector<int>& positions) {
    if (positions.empty())
        return;
    std::vector<int> rows;
    rows.reserve(positions.size());
    std::vector<bool> removed(impl_->extraHandles.size(), false);
    for (int p : positions) {
        rows.push_back(impl_->modelRows + p);
        removed[p] = true;
    }
    impl_->lp.deleteRows(static_cast<int>(rows.size()), rows.data());
    std::vector<int> keptHandles;
    std::vector<int> keptCones;
    for (std::size_t i = 0; i < removed.size(); ++i)
        if (!removed[i]) {
            keptHandles.push_back(impl_->extraHandles[i]);
            keptCones.push_back(impl_->extraCones[i]);
        }
    impl_->extraHandles = std::move(keptHandles);
    impl_->extraCones = std::move(keptCones);
}

LpOutcome ClpBackend::solveTightened(const std::vector<double>& shift, double secondsLeft,
                                     std::stop_token stop) {
    ClpSimplex& lp = impl_->lp;
    std::vector<double> upper(impl_->extraCones.size());
    for (std::size_t i = 0; i < upper.size(); ++i) {
        const int row = impl_->modelRows + static_cast<int>(i);
        upper[i] = lp.getRowUpper()[row];
        const int cone = impl_->extraCones[i];
        if (cone >= 0 && cone < static_cast<int>(shift.size()))
            lp.setRowUpper(row, upper[i] - shift[cone]);
    }
    LpOutcome out = solve(secondsLeft, std::move(stop));
    for (std::size_t i = 0; i < upper.size(); ++i)
        lp.setRowUpper(impl_->modelRows + static_cast<int>(i), upper[i]);
    return out;
}

LpOutcome ClpBackend::solve(double secondsLeft, std::stop_token stop) {
    ClpSimplex& lp = impl_->lp;
    ClpStopHandler handler(stop);
    lp.passInEventHandler(&handler);
    lp.setMaximumSeconds(std::isfinite(secondsLeft) ? std::max(secondsLeft, 1e-3) : -1.0);
    const int before = lp.numberIterations();
    if (!impl_->solvedOnce) {
        // From scratch, Clp's presolve first folds the network's chains of equalities away:
        // a fifth less time on pge69-der's day, 57 -> 33 s on a 10,000-bus feeder
        // (docs/performance.md). It hands back a basis of the full LP for the warm starts.
        ClpSolve how;
        how.setSolveType(ClpSolve::useDual);
        how.setPresolveType(ClpSolve::presolveOn);
        lp.initialSolve(how);
    } else if (impl_->objectiveChanged) {
        // A new objective leaves the last basis primal feasible but not dual feasible.
        lp.primal(1);
    } else {
        // startFinishOptions 1 keeps the work areas for the next re-solve: allocating them
        // afresh cost a tenth of the time in page faults (docs/performance.md).
        lp.dual(1, 1);
    }
    impl_->solvedOnce = true;
    impl_->objectiveChanged = false;
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
        // Stopped on Clp's iteration limit or on time.
        out.status = lp.numberIterations() >= lp.maximumIterations() ? Status::IterationLimit
                                                                     : Status::TimeLimit;
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

} // namespace gridcarbon::opt::detail
