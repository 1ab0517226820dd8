#include "operation/OperationBuilder.h"

#include "util/Error.h"

#include <utility>

namespace gridcarbon::operation {

OperationBuilder::OperationBuilder(const Case& c, Horizon horizon, const OperationSpec& spec)
    : case_(c) {
    OperationProblem& p = problem_;
    p.horizon = std::move(horizon);
    const Horizon& h = p.horizon;
    p.net = formulations::compileNetworkData(c);
    p.vars = formulations::addNetwork(p.model, p.net, spec.formulation, h.periods,
                                      flowBound(c, h) + spec.extra_flow_bound_pu);
    injections_.emplace(h.periods, c.buses.size());
    p.devices =
        addDevices(p.model, c, h, p.net, p.vars, spec.binaries, spec.quadratic_cost, *injections_);
}

OperationProblem OperationBuilder::close() {
    if (!injections_)
        throw Error(ErrorCode::Failed, "operation problem closed twice");
    OperationProblem& p = problem_;
    const Horizon& h = p.horizon;
    p.balance = formulations::addBalance(p.model, p.net, p.vars, *injections_);
    injections_.reset();
    for (int t = 0; t < h.periods; ++t) {
        p.period_loss.push_back(formulations::seriesLosses(p.net, p.vars, t));
        p.loss += (case_.base_mva * h.hours) * p.period_loss.back();
    }
    p.cost = costExpression(case_, h, p.devices);
    p.carbon = carbonExpression(case_, h, p.devices);
    return std::move(problem_);
}

} // namespace gridcarbon::operation
