#include "powerflow/DcPowerFlow.h"

#include "powerflow/NetworkModel.h"
#include "util/Error.h"

#include <Eigen/SparseLU>

#include <chrono>
#include <cmath>
#include <numbers>

namespace gridcarbon {

PowerFlowResult runDcPowerFlow(const Case& c, const PowerFlowOptions& options, Progress* progress,
                               std::stop_token stop) {
    const Stopwatch started;
    NullProgress silent;
    Progress& sink = progress ? *progress : silent;
    sink.report(0.0, "compiling network");
    const NetworkModel m = compileNetwork(c, Snapshot{options.day, options.hour});
    const std::size_t n = m.bus_count;
    const double base = m.base_mva;
    constexpr double kDegree = std::numbers::pi / 180.0;

    // Unknown angles: every energised bus but the slacks (PV buses are PQ in a DC flow).
    std::vector<long> unknown(n, -1);
    long count = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (m.type[i] == BusType::PQ || m.type[i] == BusType::PV)
            unknown[i] = count++;

    Eigen::VectorXd theta = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(n));
    for (std::size_t i = 0; i < n; ++i)
        if (m.type[i] == BusType::Slack)
            theta[static_cast<Eigen::Index>(i)] = std::arg(m.v_start[i]);

    // P = Bbus theta + Pbusinj; the injection specified at bus i is Re(s_spec) - gs. A coupler
    // (NetworkModel.h) adds its flow F as an unknown, with the row theta_f - theta_t - x t F =
    // shift, so that a near-zero reactance never enters the matrix as 1/x.
    std::vector<long> couplerColumn(m.couplers.size(), -1);
    long size = count;
    for (std::size_t k = 0; k < m.couplers.size(); ++k)
        if (m.type[m.branches[m.couplers[k]].from] != BusType::Dead)
            couplerColumn[k] = size++;
    Eigen::VectorXd rhs = Eigen::VectorXd::Zero(size);
    for (std::size_t i = 0; i < n; ++i)
        if (unknown[i] >= 0)
            rhs[unknown[i]] = m.s_spec[i].real() - m.y_shunt[i].real();
    std::vector<double> susceptance(c.branches.size(), 0.0);
    std::vector<Eigen::Triplet<double>> entries;
    entries.reserve(4 * m.branches.size() + 5 * m.couplers.size());
    for (const CompiledBranch& b : m.branches) {
        const Branch& br = c.branches[b.index];
        const long f = unknown[b.from], t = unknown[b.to];
        const double thetaF = f < 0 ? theta[static_cast<Eigen::Index>(b.from)] : 0.0;
        const double thetaT = t < 0 ? theta[static_cast<Eigen::Index>(b.to)] : 0.0;
        if (b.coupler >= 0) {
            const long col = couplerColumn[b.coupler];
            if (col < 0)
                continue;
            if (f >= 0) {
                entries.emplace_back(f, col, 1.0);
                entries.emplace_back(col, f, 1.0);
            }
            if (t >= 0) {
                entries.emplace_back(t, col, -1.0);
                entries.emplace_back(col, t, -1.0);
            }
            entries.emplace_back(col, col, -br.x_pu * br.tap);
            rhs[col] = br.shift_deg * kDegree - thetaF + thetaT;
            continue;
        }
        if (br.x_pu == 0.0)
            throw badInput("branch '" + br.id + "' has zero reactance: no DC power flow");
        const double bk = 1.0 / (br.x_pu * br.tap);
        susceptance[b.index] = bk;
        const double shiftInjection = -bk * br.shift_deg * kDegree;
        if (f >= 0) {
            rhs[f] -= shiftInjection + bk * (-thetaT);
            entries.emplace_back(f, f, bk);
            if (t >= 0)
                entries.emplace_back(f, t, -bk);
        }
        if (t >= 0) {
            rhs[t] -= -shiftInjection + bk * (-thetaF);
            entries.emplace_back(t, t, bk);
            if (f >= 0)
                entries.emplace_back(t, f, -bk);
        }
    }
    if (stop.stop_requested())
        throw Error(ErrorCode::Cancelled, "DC power flow cancelled");
    sink.report(0.3, "solving the DC power flow");
    Eigen::VectorXd couplerFlow =
        Eigen::VectorXd::Zero(static_cast<Eigen::Index>(m.couplers.size()));
    if (size > 0) {
        Eigen::SparseMatrix<double> bMatrix(size, size);
        bMatrix.setFromTriplets(entries.begin(), entries.end());
        Eigen::SparseLU<Eigen::SparseMatrix<double>> lu;
        lu.compute(bMatrix);
        if (lu.info() != Eigen::Success)
            throw Error(ErrorCode::Failed, "DC power flow of case '" + c.name +
                                               "': the susceptance matrix is singular");
        const Eigen::VectorXd solved = lu.solve(rhs);
        for (std::size_t i = 0; i < n; ++i)
            if (unknown[i] >= 0)
                theta[static_cast<Eigen::Index>(i)] = solved[unknown[i]];
        for (std::size_t k = 0; k < m.couplers.size(); ++k)
            if (couplerColumn[k] >= 0)
                couplerFlow[static_cast<Eigen::Index>(k)] = solved[couplerColumn[k]];
    }

    PowerFlowResult r;
    r.converged = true;
    r.iterations = 1;
    r.method = PowerFlowMethod::Auto;
    r.diagnostics = m.diagnostics;
    r.buses.resize(n);
    r.min_vm_pu = r.max_vm_pu = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        BusState& b = r.buses[i];
        b.id = c.buses[i].id;
        b.energised = m.type[i] != BusType::Dead;
        b.vm_pu = b.energised ? 1.0 : 0.0;
        b.va_deg = b.energised ? theta[static_cast<Eigen::Index>(i)] / kDegree : 0.0;
        if (b.energised && r.min_vm_bus.empty()) {
            r.min_vm_pu = r.max_vm_pu = 1.0;
            r.min_vm_bus = r.max_vm_bus = b.id;
        }
    }
    r.branches.resize(c.branches.size());
    Eigen::VectorXd injected = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(n));
    for (std::size_t k = 0; k < c.branches.size(); ++k) {
        const Branch& br = c.branches[k];
        r.branches[k] = BranchFlow{br.id, br.from, br.to, br.in_service};
    }
    for (const CompiledBranch& b : m.branches) {
        const Branch& br = c.branches[b.index];
        const double pf = b.coupler >= 0
                              ? couplerFlow[b.coupler]
                              : susceptance[b.index] * (theta[static_cast<Eigen::Index>(b.from)] -
                                                        theta[static_cast<Eigen::Index>(b.to)] -
                                                        br.shift_deg * kDegree);
        r.branches[b.index].p_from_mw = pf * base;
        r.branches[b.index].p_to_mw = -pf * base;
        injected[static_cast<Eigen::Index>(b.from)] += pf;
        injected[static_cast<Eigen::Index>(b.to)] -= pf;
    }
    r.generators.resize(c.generators.size());
    for (std::size_t g = 0; g < c.generators.size(); ++g)
        r.generators[g] = GeneratorOutput{c.generators[g].id, m.unit_p_mw[g], 0.0};
    for (std::size_t i = 0; i < n; ++i) {
        if (m.type[i] != BusType::Slack)
            continue;
        const double extra =
            (injected[static_cast<Eigen::Index>(i)] + m.y_shunt[i].real() - m.s_spec[i].real()) *
            base;
        for (std::size_t g : m.regulating[i])
            if (m.balancing[g])
                r.generators[g].p_mw = extra;
    }
    sink.report(1.0, "DC power flow solved");
    r.seconds = started.seconds();
    return r;
}

} // namespace gridcarbon
