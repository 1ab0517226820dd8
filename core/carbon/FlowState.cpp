#include "carbon/FlowState.h"

#include "devices/DevicePhysics.h"
#include "util/Error.h"

#include <unordered_map>
#include <utility>

namespace gridcarbon::carbon {
namespace {

FlowState busFrame(const Case& c, int hour) {
    FlowState s;
    s.hour = hour;
    s.bus_ids.reserve(c.buses.size());
    for (const Bus& b : c.buses)
        s.bus_ids.push_back(b.id);
    s.energised.assign(c.buses.size(), true);
    return s;
}

// Loads at their profile's value, and bus shunt conductance at the squared voltage.
void addLoadsAndShunts(const Case& c, const std::unordered_map<std::string, std::size_t>& index,
                       const std::string& day, int hour, const std::vector<double>& vmSquared,
                       FlowState& s) {
    for (const Load& l : c.loads) {
        const double k = devices::loadFactor(c, l, day, hour);
        const std::size_t b = index.at(l.bus);
        if (s.energised[b] && l.p_mw * k != 0.0)
            s.exchanges.push_back({l.id, ExchangeKind::Load, b, 0, -l.p_mw * k});
    }
    for (std::size_t i = 0; i < c.buses.size(); ++i)
        if (s.energised[i] && c.buses[i].gs_mw != 0.0)
            s.exchanges.push_back(
                {c.buses[i].id, ExchangeKind::Shunt, i, 0, -c.buses[i].gs_mw * vmSquared[i]});
}

} // namespace

FlowState unsolvedFlowState(const Case& c, int hour, std::string why) {
    const auto index = busIndexMap(c);
    FlowState s = busFrame(c, hour);
    s.failure = std::move(why);
    for (std::size_t k = 0; k < c.storages.size(); ++k) {
        const Storage& st = c.storages[k];
        if (st.in_service && st.p_mw != 0.0)
            s.exchanges.push_back({st.id, ExchangeKind::Storage, index.at(st.bus), k, st.p_mw});
    }
    return s;
}

FlowState flowStateFromPowerFlow(const Case& c, const PowerFlowResult& pf, const std::string& day,
                                 int hour) {
    if (!pf.converged)
        throw Error(ErrorCode::Failed, "case '" + c.name + "': " + whyNotConverged(pf) +
                                           ", so there is no operating state to trace carbon "
                                           "through");
    const auto index = busIndexMap(c);
    FlowState s = busFrame(c, hour);
    std::vector<double> vmSquared(c.buses.size(), 0.0);
    s.vm_pu.resize(c.buses.size());
    for (std::size_t i = 0; i < c.buses.size(); ++i) {
        s.energised[i] = pf.buses[i].energised;
        s.vm_pu[i] = pf.buses[i].vm_pu;
        vmSquared[i] = pf.buses[i].vm_pu * pf.buses[i].vm_pu;
    }
    for (std::size_t k = 0; k < c.branches.size(); ++k) {
        const Branch& br = c.branches[k];
        const BranchFlow& f = pf.branches[k];
        const std::size_t from = index.at(br.from), to = index.at(br.to);
        if (br.in_service && s.energised[from] && s.energised[to])
            s.branches.push_back({k, from, to, f.p_from_mw, f.p_to_mw});
    }
    for (std::size_t g = 0; g < c.generators.size(); ++g) {
        const Generator& gen = c.generators[g];
        const std::size_t b = index.at(gen.bus);
        if (gen.in_service && s.energised[b] && pf.generators[g].p_mw != 0.0)
            s.exchanges.push_back({gen.id, ExchangeKind::Unit, b, g, pf.generators[g].p_mw});
    }
    for (std::size_t k = 0; k < c.storages.size(); ++k) {
        const Storage& st = c.storages[k];
        const std::size_t b = index.at(st.bus);
        if (st.in_service && s.energised[b] && st.p_mw != 0.0)
            s.exchanges.push_back({st.id, ExchangeKind::Storage, b, k, st.p_mw});
    }
    addLoadsAndShunts(c, index, day, hour, vmSquared, s);
    return s;
}

FlowState flowStateFromOpf(const Case& c, const opf::OpfResult& r, std::size_t period) {
    const bool usable = r.status == opt::Status::Optimal ||
                        (r.status == opt::Status::TimeLimit && !r.periods.empty());
    if (!usable)
        throw Error(ErrorCode::Failed,
                    "case '" + c.name + "': the OPF ended " + std::string(opt::toString(r.status)) +
                        ", so there is no operating state to trace carbon through");
    if (period >= r.periods.size())
        throw badInput("OPF result has no period " + std::to_string(period));
    const opf::PeriodResult& p = r.periods[period];
    const auto index = busIndexMap(c);
    FlowState s = busFrame(c, p.hour);
    std::vector<double> vmSquared(c.buses.size(), 1.0);
    s.vm_pu.assign(c.buses.size(), 1.0);
    for (std::size_t i = 0; i < p.buses.size() && i < c.buses.size(); ++i) {
        s.vm_pu[i] = p.buses[i].vm_pu;
        vmSquared[i] = p.buses[i].vm_pu * p.buses[i].vm_pu;
    }

    std::unordered_map<std::string, std::size_t> branchIndex;
    for (std::size_t k = 0; k < c.branches.size(); ++k)
        branchIndex.emplace(c.branches[k].id, k);
    for (const opf::BranchResult& b : p.branches) {
        const std::size_t k = branchIndex.at(b.id);
        const Branch& br = c.branches[k];
        // The series element loses loss_mw; the ideal transformer and the charging are
        // lossless, so what enters at the from terminal leaves at the to terminal less the loss.
        s.branches.push_back(
            {k, index.at(br.from), index.at(br.to), b.p_mw, -(b.p_mw - b.loss_mw)});
    }
    std::unordered_map<std::string, std::size_t> unitIndex, storageIndex;
    for (std::size_t g = 0; g < c.generators.size(); ++g)
        unitIndex.emplace(c.generators[g].id, g);
    for (std::size_t k = 0; k < c.storages.size(); ++k)
        storageIndex.emplace(c.storages[k].id, k);
    for (const opf::DeviceResult& d : p.devices) {
        if (d.p_mw == 0.0)
            continue;
        if (auto u = unitIndex.find(d.id); u != unitIndex.end())
            s.exchanges.push_back({d.id, ExchangeKind::Unit, index.at(c.generators[u->second].bus),
                                   u->second, d.p_mw});
        else if (auto e = storageIndex.find(d.id); e != storageIndex.end())
            s.exchanges.push_back({d.id, ExchangeKind::Storage, index.at(c.storages[e->second].bus),
                                   e->second, d.p_mw});
    }
    addLoadsAndShunts(c, index, r.day, p.hour, vmSquared, s);
    return s;
}

} // namespace gridcarbon::carbon
