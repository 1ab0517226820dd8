#include "operation/PowerFlowSeed.h"

#include "operation/AcOperatingPoint.h"
#include "powerflow/PowerFlow.h"
#include "util/Error.h"

#include <memory>

namespace gridcarbon::operation {

std::vector<double> powerFlowSeed(const Case& c, const OperationProblem& op, std::stop_token stop) {
    const formulations::NetworkVariables& vars = op.vars;
    if (vars.l.empty())
        return {};
    std::unique_ptr<CompiledNetwork> network;
    try {
        network = std::make_unique<CompiledNetwork>(acCheckCase(c));
    } catch (const Error&) {
        return {}; // the OPF's AC recovery reports why; a seed is only a head start
    }
    std::vector<double> x(op.model.variables().size(), 0.0);
    const formulations::NetworkData& net = op.net;
    const double base = net.base_mva;
    for (int t = 0; t < op.horizon.periods; ++t) {
        PowerFlowResult pf;
        try {
            network->setOperatingPoint(acOperatingPoint(network->source(), op.horizon, t, {}));
            pf = network->solve({}, nullptr, stop);
        } catch (const Error& e) {
            if (e.code() == ErrorCode::Cancelled)
                throw;
            continue;
        }
        if (!pf.converged)
            continue;
        // NetworkData keeps the case's bus order.
        for (std::size_t i = 0; i < net.buses.size(); ++i) {
            const double vm = pf.buses.at(i).vm_pu;
            x[vars.v[t][i].index] = vm * vm;
        }
        for (std::size_t k = 0; k < net.branches.size(); ++k) {
            const formulations::NetworkBranch& b = net.branches[k];
            const BranchFlow& f = pf.branches.at(b.index);
            const double p = f.p_from_mw / base;
            const double q = f.q_from_mvar / base;
            const double vFrom = x[vars.v[t][b.from].index] / (b.tau * b.tau);
            x[vars.p[t][k].index] = p;
            x[vars.q[t][k].index] = q;
            if (vFrom > 0.0)
                x[vars.l[t][k].index] = (p * p + q * q) / vFrom;
        }
    }
    return x;
}

} // namespace gridcarbon::operation
