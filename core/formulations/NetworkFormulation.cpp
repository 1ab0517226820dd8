#include "formulations/NetworkFormulation.h"

#include "formulations/ItemNames.h"

#include <algorithm>
#include <numbers>
#include <string>
#include <string_view>

namespace gridcarbon::formulations {
namespace {

using opt::Affine;
using opt::kInf;
using opt::Var;

std::string at(std::string_view what, const std::string& id, int t) {
    return itemName(what, id, t);
}

void addVoltages(opt::Model& m, const NetworkData& net, NetworkVariables& vars, int t) {
    auto& v = vars.v[t];
    for (const NetworkBus& b : net.buses) {
        if (b.v2_fixed)
            v.push_back(m.addVariable(*b.v2_fixed, *b.v2_fixed, 0.0, at(item::kVoltage, b.id, t)));
        else
            v.push_back(m.addVariable(b.v2_min, b.v2_max, 0.0, at(item::kVoltage, b.id, t),
                                      opt::family::kVoltage));
    }
}

void addAngles(opt::Model& m, const NetworkData& net, NetworkVariables& vars, int t) {
    for (const NetworkBus& b : net.buses) {
        // Slack buses are the angle reference; a DC angle beyond 2 pi means nothing.
        const double bound = b.v2_fixed ? 0.0 : 2.0 * std::numbers::pi;
        vars.theta[t].push_back(m.addVariable(-bound, bound, 0.0, at("theta", b.id, t)));
    }
}

void addDcBranches(opt::Model& m, const NetworkData& net, NetworkVariables& vars, int t,
                   double limit) {
    for (const NetworkBranch& k : net.branches) {
        const Var p = m.addVariable(-limit, limit, 0.0, at("P", k.id, t));
        vars.p[t].push_back(p);
        // x tau P = theta_i - theta_j - shift
        m.addEquality(Affine(p, k.x * k.tau) - Affine(vars.theta[t][k.from]) +
                          Affine(vars.theta[t][k.to]),
                      -k.shift_rad, at("angle difference", k.id, t));
        if (k.rate > 0.0)
            m.addRow(Affine(p), -k.rate, k.rate, at(item::kActiveRating, k.id, t),
                     opt::family::kThermal);
    }
}

void addDistFlowBranches(opt::Model& m, const NetworkData& net, NetworkVariables& vars, int t,
                         bool withLosses, double limit) {
    for (const NetworkBranch& k : net.branches) {
        const Var p = m.addVariable(-limit, limit, 0.0, at("P", k.id, t));
        const Var q = m.addVariable(-limit, limit, 0.0, at("Q", k.id, t));
        vars.p[t].push_back(p);
        vars.q[t].push_back(q);
        const double tau2 = k.tau * k.tau;
        const Affine vFrom(vars.v[t][k.from], 1.0 / tau2);
        // v_j = v_i / tau^2 - 2 (r P + x Q) + |z|^2 l
        Affine drop = Affine(vars.v[t][k.to]) - vFrom + Affine(p, 2.0 * k.r) + Affine(q, 2.0 * k.x);
        if (withLosses) {
            const double vLow = net.buses[k.from].v2_fixed.value_or(net.buses[k.from].v2_min);
            const double lMax = 2.0 * limit * limit * tau2 / std::max(vLow, 1e-4);
            const Var l = m.addVariable(0.0, lMax, 0.0, at("l", k.id, t));
            vars.l[t].push_back(l);
            drop.add(l, -(k.r * k.r + k.x * k.x));
            // 2 (v_i / tau^2) (l / 2) >= P^2 + Q^2
            m.addRotatedCone(vFrom, Affine(l, 0.5), {Affine(p), Affine(q)},
                             at("branch flow cone", k.id, t));
        }
        m.addEquality(drop, 0.0, at("voltage drop", k.id, t));
        if (k.rate > 0.0)
            m.addCone({Affine(p), Affine(q)}, Affine(k.rate), at(item::kRating, k.id, t),
                      opt::family::kThermal);
    }
}

} // namespace

NetworkVariables addNetwork(opt::Model& m, const NetworkData& net, Formulation f, int periods,
                            double flowLimit) {
    NetworkVariables vars;
    vars.formulation = f;
    vars.periods = periods;
    vars.v.resize(f == Formulation::DC ? 0 : periods);
    vars.theta.resize(f == Formulation::DC ? periods : 0);
    vars.p.resize(periods);
    vars.q.resize(f == Formulation::DC ? 0 : periods);
    vars.l.resize(f == Formulation::SOCR ? periods : 0);
    for (int t = 0; t < periods; ++t) {
        if (f == Formulation::DC) {
            addAngles(m, net, vars, t);
            addDcBranches(m, net, vars, t, flowLimit);
        } else {
            addVoltages(m, net, vars, t);
            addDistFlowBranches(m, net, vars, t, f == Formulation::SOCR, flowLimit);
        }
    }
    return vars;
}

Affine voltageSquared(const NetworkVariables& vars, int period, std::size_t bus) {
    if (vars.formulation == Formulation::DC)
        return Affine(1.0);
    return Affine(vars.v[period][bus]);
}

Affine seriesLosses(const NetworkData& net, const NetworkVariables& vars, int period) {
    Affine losses;
    if (vars.formulation != Formulation::SOCR)
        return losses;
    for (std::size_t k = 0; k < net.branches.size(); ++k)
        losses.add(vars.l[period][k], net.branches[k].r);
    return losses;
}

BalanceRows addBalance(opt::Model& m, const NetworkData& net, const NetworkVariables& vars,
                       const Injections& inj) {
    const bool dc = vars.formulation == Formulation::DC;
    const bool lossy = vars.formulation == Formulation::SOCR;
    BalanceRows rows;
    rows.p.resize(vars.periods);
    rows.q.resize(dc ? 0 : vars.periods);
    for (int t = 0; t < vars.periods; ++t) {
        // injection - shunt - (flows leaving) + (flows arriving) = 0
        std::vector<Affine> p = inj.p[t];
        std::vector<Affine> q = inj.q[t];
        for (std::size_t n = 0; n < net.buses.size(); ++n) {
            p[n] += -net.buses[n].gs * voltageSquared(vars, t, n);
            if (!dc)
                q[n] += net.buses[n].bs * voltageSquared(vars, t, n);
        }
        for (std::size_t k = 0; k < net.branches.size(); ++k) {
            const NetworkBranch& br = net.branches[k];
            p[br.from].add(vars.p[t][k], -1.0);
            p[br.to].add(vars.p[t][k], 1.0);
            if (lossy)
                p[br.to].add(vars.l[t][k], -br.r);
            if (dc)
                continue;
            q[br.from].add(vars.q[t][k], -1.0);
            q[br.to].add(vars.q[t][k], 1.0);
            if (lossy)
                q[br.to].add(vars.l[t][k], -br.x);
            // Line charging: b/2 at each end, the from end behind the ideal transformer.
            q[br.from].add(vars.v[t][br.from], br.b / 2.0 / (br.tau * br.tau));
            q[br.to].add(vars.v[t][br.to], br.b / 2.0);
        }
        std::vector<opt::Row> pRows, qRows;
        for (std::size_t n = 0; n < net.buses.size(); ++n) {
            pRows.push_back(m.addEquality(p[n], 0.0, at(item::kActiveBalance, net.buses[n].id, t),
                                          opt::family::kBalance));
            if (!dc)
                qRows.push_back(m.addEquality(q[n], 0.0,
                                              at(item::kReactiveBalance, net.buses[n].id, t),
                                              opt::family::kBalance));
        }
        rows.p[t] = std::move(pRows);
        if (!dc)
            rows.q[t] = std::move(qRows);
    }
    return rows;
}

std::vector<std::vector<double>>
relaxationGaps(const NetworkData& net, const NetworkVariables& vars, const opt::Solution& s) {
    std::vector<std::vector<double>> gaps(vars.periods,
                                          std::vector<double>(net.branches.size(), 0.0));
    if (vars.formulation != Formulation::SOCR)
        return gaps;
    for (int t = 0; t < vars.periods; ++t)
        for (std::size_t k = 0; k < net.branches.size(); ++k) {
            const NetworkBranch& br = net.branches[k];
            const double p = s.value(vars.p[t][k]);
            const double q = s.value(vars.q[t][k]);
            const double vFrom = s.value(vars.v[t][br.from]) / (br.tau * br.tau);
            gaps[t][k] = vFrom * s.value(vars.l[t][k]) - p * p - q * q;
        }
    return gaps;
}

} // namespace gridcarbon::formulations
