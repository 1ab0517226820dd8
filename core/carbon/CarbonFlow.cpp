#include "carbon/CarbonFlow.h"

#include "carbon/SharingEquations.h"
#include "devices/DevicePhysics.h"

#include "model/Enums.h"
#include "topology/Topology.h"
#include "util/Error.h"

#include <algorithm>
#include <cmath>

namespace gridcarbon::carbon {
namespace {

// The ends at which a branch takes power in (positive end flow) and gives it out.
struct BranchSides {
    double in_mw = 0.0;
    double out_mw = 0.0;
    bool from_sends = false;
    bool to_sends = false;
};

BranchSides sides(const BranchTransfer& b, double zero) {
    BranchSides s;
    for (const auto& [p, sends] :
         {std::pair{b.p_from_mw, &s.from_sends}, std::pair{b.p_to_mw, &s.to_sends}}) {
        if (p > zero) {
            s.in_mw += p;
            *sends = true;
        } else if (p < -zero) {
            s.out_mw -= p;
        }
    }
    return s;
}

double exchangeIntensity(const Case& c, const Exchange& x, const CarbonFlowOptions& o) {
    switch (x.kind) {
    case ExchangeKind::Unit:
        return devices::outputIntensity(c.generators[x.device], x.p_mw);
    case ExchangeKind::Storage:
        return x.device < o.storage_intensity_t_per_mwh.size()
                   ? o.storage_intensity_t_per_mwh[x.device]
                   : devices::initialStoredIntensity(c, c.storages[x.device]);
    case ExchangeKind::Load:
    case ExchangeKind::Shunt:
        // A negative load or shunt (generation entered as load) supplies carbon-free power.
        return 0.0;
    }
    return 0.0;
}

} // namespace

CarbonFlowResult computeCarbonFlow(const Case& c, const FlowState& state,
                                   const CarbonFlowOptions& options) {
    const std::size_t n = state.bus_ids.size();
    const double zero = options.zero_flow_mw;
    CarbonFlowResult r;
    r.hour = state.hour;

    std::vector<BranchSides> branchSides;
    branchSides.reserve(state.branches.size());
    std::vector<double> outflow(n, 0.0), sourceCarbon(n, 0.0);
    for (const BranchTransfer& b : state.branches) {
        branchSides.push_back(sides(b, zero));
        const BranchSides& s = branchSides.back();
        if (s.from_sends)
            outflow[b.from] += b.p_from_mw;
        if (s.to_sends)
            outflow[b.to] += b.p_to_mw;
    }
    for (const Exchange& x : state.exchanges) {
        if (x.p_mw < 0.0)
            outflow[x.bus] -= x.p_mw;
        else
            sourceCarbon[x.bus] += exchangeIntensity(c, x, options) * x.p_mw;
    }

    // One unknown intensity per bus that passes power on: outflow e_j - carbon flowing in = the
    // carbon its own sources inject.
    std::vector<long> unknown(n, -1);
    long count = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (state.energised[i] && outflow[i] > zero)
            unknown[i] = count++;
    SharingEquations eq;
    eq.outflow.reserve(static_cast<std::size_t>(count));
    for (std::size_t i = 0; i < n; ++i)
        if (unknown[i] >= 0) {
            eq.outflow.push_back(outflow[i]);
            eq.source_carbon.push_back(sourceCarbon[i]);
        }
    for (std::size_t k = 0; k < state.branches.size(); ++k) {
        const BranchTransfer& b = state.branches[k];
        const BranchSides& s = branchSides[k];
        // A branch fed from both ends delivers nothing; one fed from one end delivers out_mw
        // of its sending bus's mix to the other.
        if (!(s.in_mw > zero) || !(s.out_mw > 0.0) || s.from_sends == s.to_sends)
            continue;
        const std::size_t receiver = s.from_sends ? b.to : b.from;
        const std::size_t sender = s.from_sends ? b.from : b.to;
        if (unknown[receiver] < 0 || unknown[sender] < 0)
            continue;
        eq.inflows.push_back({static_cast<std::size_t>(unknown[receiver]),
                              static_cast<std::size_t>(unknown[sender]), s.out_mw});
    }
    const std::optional<std::vector<double>> solved = solveSharing(eq);
    if (!solved)
        throw Error(ErrorCode::Failed, "case '" + c.name + "', hour " + std::to_string(state.hour) +
                                           ": the carbon sharing equations are singular (active "
                                           "power circulates in a loop that reaches no load)");

    r.buses.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        BusCarbon& bus = r.buses[i];
        bus.id = state.bus_ids[i];
        bus.through_flow_mw = outflow[i];
        if (i < state.vm_pu.size())
            bus.vm_pu = state.vm_pu[i];
        if (!state.energised[i]) {
            bus.source = IntensitySource::Dead;
        } else if (unknown[i] >= 0) {
            bus.intensity_t_per_mwh = (*solved)[static_cast<std::size_t>(unknown[i])];
        } else {
            bus.source = IntensitySource::NoThroughFlow;
        }
    }
    // A bus that passes nothing on gets the intensity a small load there would be supplied at:
    // that of its neighbour towards the sources (parents come before children in `order`).
    const bool anyIdle = std::any_of(r.buses.begin(), r.buses.end(), [](const BusCarbon& b) {
        return b.source == IntensitySource::NoThroughFlow;
    });
    const Topology topo = anyIdle ? analyseTopology(c) : Topology{};
    for (std::size_t i : topo.order) {
        BusCarbon& bus = r.buses[i];
        if (bus.source != IntensitySource::NoThroughFlow)
            continue;
        if (topo.parent[i]) {
            bus.intensity_t_per_mwh = r.buses[*topo.parent[i]].intensity_t_per_mwh;
            continue;
        }
        for (const Generator& g : c.generators)
            if (g.in_service && g.bus == bus.id) {
                bus.intensity_t_per_mwh = g.carbon_intensity_t_per_mwh;
                break;
            }
    }

    auto intensityAt = [&](std::size_t bus) {
        const double e = r.buses[bus].intensity_t_per_mwh;
        return std::isnan(e) ? 0.0 : e;
    };
    r.branches.resize(c.branches.size());
    for (std::size_t k = 0; k < c.branches.size(); ++k)
        r.branches[k] = BranchCarbon{c.branches[k].id, c.branches[k].from, c.branches[k].to};
    for (std::size_t k = 0; k < state.branches.size(); ++k) {
        const BranchTransfer& b = state.branches[k];
        const BranchSides& s = branchSides[k];
        BranchCarbon& out = r.branches[b.branch];
        if (!(s.in_mw > zero))
            continue;
        double carbonIn = 0.0;
        if (s.from_sends)
            carbonIn += intensityAt(b.from) * b.p_from_mw;
        if (s.to_sends)
            carbonIn += intensityAt(b.to) * b.p_to_mw;
        out.carries_flow = true;
        if (s.from_sends != s.to_sends)
            out.sending_bus = s.from_sends ? out.from : out.to;
        out.p_sending_mw = s.in_mw;
        out.p_receiving_mw = s.out_mw;
        out.intensity_t_per_mwh = carbonIn / s.in_mw;
        out.carbon_flow_sending_t_per_h = carbonIn;
        out.carbon_flow_receiving_t_per_h = out.intensity_t_per_mwh * s.out_mw;
        out.loss_emission_t_per_h = out.intensity_t_per_mwh * (s.in_mw - s.out_mw);
        r.totals.loss_t_per_h += out.loss_emission_t_per_h;
    }

    for (const Exchange& x : state.exchanges) {
        BusCarbon& bus = r.buses[x.bus];
        const double e = intensityAt(x.bus);
        if (x.kind == ExchangeKind::Load || x.kind == ExchangeKind::Shunt) {
            if (x.p_mw >= 0.0)
                continue;
            const double carbon = -x.p_mw * e;
            if (x.kind == ExchangeKind::Load) {
                bus.load_mw -= x.p_mw;
                bus.load_emission_t_per_h += carbon;
                r.totals.load_t_per_h += carbon;
            } else {
                bus.shunt_loss_emission_t_per_h += carbon;
                r.totals.loss_t_per_h += carbon;
            }
            continue;
        }
        SourceCarbon src;
        src.id = x.id;
        src.bus = bus.id;
        src.p_mw = x.p_mw;
        const bool storage = x.kind == ExchangeKind::Storage;
        src.kind = storage ? "es" : std::string(toString(c.generators[x.device].kind));
        src.intensity_t_per_mwh = x.p_mw > 0.0 ? exchangeIntensity(c, x, options) : e;
        src.emission_t_per_h = std::abs(x.p_mw) * src.intensity_t_per_mwh;
        if (x.p_mw > 0.0)
            (storage ? r.totals.storage_discharge_t_per_h : r.totals.generation_t_per_h) +=
                src.emission_t_per_h;
        else
            (storage ? r.totals.storage_charge_t_per_h : r.totals.export_t_per_h) +=
                src.emission_t_per_h;
        r.sources.push_back(std::move(src));
    }
    const CarbonTotals& t = r.totals;
    const double in = t.generation_t_per_h + t.storage_discharge_t_per_h;
    const double out =
        t.load_t_per_h + t.loss_t_per_h + t.export_t_per_h + t.storage_charge_t_per_h;
    r.totals.balance_error = std::abs(in - out) / std::max(in, 1e-300);
    if (in == 0.0 && out == 0.0)
        r.totals.balance_error = 0.0;
    return r;
}

} // namespace gridcarbon::carbon
