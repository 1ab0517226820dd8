#include "opf/Opf.h"

#include "formulations/NetworkFormulation.h"
#include "model/Enums.h"
#include "opf/AcRecovery.h"
#include "opf/Devices.h"
#include "opf/Horizon.h"
#include "util/Error.h"

#include <chrono>
#include <cmath>

namespace gridcarbon::opf {
namespace {

using formulations::Formulation;
using opt::Affine;

struct Built {
    opt::Model model;
    formulations::NetworkData net;
    formulations::NetworkVariables vars;
    formulations::BalanceRows balance;
    DeviceVariables devices;
    Affine loss, cost, carbon; // in MWh, currency, tCO2
    Affine objective;          // as reported, without the tie-break
};

Affine objectiveOf(const Case& c, const OpfOptions& o, const Built& b) {
    switch (o.objective) {
    case Objective::Loss:
        return b.loss;
    case Objective::Cost:
        return b.cost;
    case Objective::Carbon:
        return b.carbon;
    case Objective::Weighted: {
        Affine sum = o.weights.cost.value_or(1.0) * b.cost;
        sum += o.weights.carbon.value_or(c.economics.carbon_price_per_t) * b.carbon;
        if (o.formulation == Formulation::SOCR)
            sum += o.weights.loss.value_or(c.economics.loss_price_per_mwh) * b.loss;
        return sum;
    }
    }
    return {};
}

std::string unitOf(const Case& c, const OpfOptions& o, int periods) {
    switch (o.objective) {
    case Objective::Loss:
        return periods == 1 ? "MW" : "MWh";
    case Objective::Carbon:
        return "tCO2";
    case Objective::Cost:
    case Objective::Weighted:
        return c.economics.currency;
    }
    return {};
}

// Objectives that do not price losses leave the SOC relaxation free to overstate them when
// free energy can be curtailed (the optimum is then not unique and the cones need not be
// tight). A loss term this small picks the physical point among the optima without moving
// the objective measurably (docs/opf.md).
constexpr double kLossTieBreakPerMwh = 1e-6;

Built build(const Case& c, const OpfOptions& o, const Horizon& h) {
    Built b;
    b.net = formulations::compileNetworkData(c);
    b.vars = formulations::addNetwork(b.model, b.net, o.formulation, h.periods, flowBound(c, h));
    formulations::Injections inj(h.periods, c.buses.size());
    const bool usesCost = o.objective == Objective::Cost || o.objective == Objective::Weighted;
    b.devices = addDevices(b.model, c, h, b.net, b.vars, o.binaries, usesCost, inj);
    b.balance = formulations::addBalance(b.model, b.net, b.vars, inj);
    for (int t = 0; t < h.periods; ++t)
        b.loss += (c.base_mva * h.hours) * formulations::seriesLosses(b.net, b.vars, t);
    b.cost = costExpression(c, h, b.devices);
    b.carbon = carbonExpression(c, h, b.devices);
    b.objective = objectiveOf(c, o, b);
    if (o.formulation == Formulation::SOCR && o.objective != Objective::Loss)
        b.model.setObjective(b.objective + kLossTieBreakPerMwh * b.loss);
    else
        b.model.setObjective(b.objective);
    return b;
}

PeriodResult periodResult(const Case& c, const Horizon& h, const Built& b, const OpfOptions& o,
                          const opt::Solution& s, int t) {
    const double base = c.base_mva;
    const bool dc = o.formulation == Formulation::DC;
    const bool duals = !s.row_duals.empty();
    PeriodResult r;
    r.hour = t;
    for (std::size_t n = 0; n < c.buses.size(); ++n) {
        BusResult bus;
        bus.id = c.buses[n].id;
        bus.vm_pu = dc ? 1.0 : std::sqrt(std::max(0.0, s.value(b.vars.v[t][n])));
        if (duals) {
            bus.p_price_per_mwh = s.dual(b.balance.p[t][n]) / (base * h.hours);
            if (!dc)
                bus.q_price_per_mvarh = s.dual(b.balance.q[t][n]) / (base * h.hours);
        }
        r.buses.push_back(bus);
    }
    const auto gaps = formulations::relaxationGaps(b.net, b.vars, s);
    for (std::size_t k = 0; k < b.net.branches.size(); ++k) {
        BranchResult br;
        br.id = b.net.branches[k].id;
        br.p_mw = s.value(b.vars.p[t][k]) * base;
        br.q_mvar = dc ? 0.0 : s.value(b.vars.q[t][k]) * base;
        if (o.formulation == Formulation::SOCR) {
            br.loss_mw = b.net.branches[k].r * s.value(b.vars.l[t][k]) * base;
            br.relaxation_gap = gaps[t][k];
        }
        r.loss_mw += br.loss_mw;
        r.branches.push_back(br);
    }
    std::vector<double> vm;
    for (const BusResult& bus : r.buses)
        vm.push_back(bus.vm_pu);
    r.devices = deviceResults(c, b.devices, s, t, vm);
    return r;
}

} // namespace

OpfResult runOpf(const Case& c, const OpfOptions& o, Progress* progress, std::stop_token stop) {
    const auto started = std::chrono::steady_clock::now();
    NullProgress silent;
    Progress& report = progress ? *progress : silent;
    if (o.objective == Objective::Loss && o.formulation != Formulation::SOCR)
        throw badInput("the loss objective needs the socr formulation: " +
                       std::string(formulations::toString(o.formulation)) + " is lossless");

    report.report(0.0, "building the model");
    const Horizon h = makeHorizon(c, o.day);
    const Built b = build(c, o, h);
    if (stop.stop_requested())
        throw Error(ErrorCode::Cancelled, "OPF cancelled");

    report.report(0.05, "solving");
    opt::SolveOptions solveOptions = o.solve;
    // Unserved load is the last thing to suggest: relax limits first, so that the diagnosis
    // names the voltage, thermal or device limits that make the case impossible.
    solveOptions.elastic_weights.try_emplace("balance", 1e3);
    const opt::Solution s = opt::solve(b.model, solveOptions, stop);

    OpfResult r;
    r.status = s.status;
    r.formulation = std::string(formulations::toString(o.formulation));
    r.objective_name = std::string(toString(o.objective));
    r.objective_unit = unitOf(c, o, h.periods);
    r.day = o.day;
    r.stats = s.stats;
    r.mip_gap = s.mip_gap;
    r.max_cone_violation = s.max_cone_violation;
    r.infeasibility = s.infeasibility;
    if (s.status == opt::Status::Optimal || (!s.x.empty() && s.status == opt::Status::TimeLimit)) {
        r.objective = opt::Model::value(b.objective, s.x);
        r.loss_mwh = opt::Model::value(b.loss, s.x);
        r.cost = opt::Model::value(b.cost, s.x);
        r.carbon_t = opt::Model::value(b.carbon, s.x);
        for (int t = 0; t < h.periods; ++t) {
            r.periods.push_back(periodResult(c, h, b, o, s, t));
            for (const BranchResult& br : r.periods.back().branches)
                r.relaxation_gap_max = std::max(r.relaxation_gap_max, std::abs(br.relaxation_gap));
        }
        if (o.recover_ac)
            for (int t = 0; t < h.periods; ++t) {
                if (stop.stop_requested())
                    throw Error(ErrorCode::Cancelled, "OPF cancelled");
                report.report(0.9 + 0.1 * t / h.periods,
                              "AC power flow of hour " + std::to_string(t));
                r.ac.push_back(recoverAc(c, h, t, r.periods[t]));
            }
    }
    report.report(1.0, "done");
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return r;
}

} // namespace gridcarbon::opf
