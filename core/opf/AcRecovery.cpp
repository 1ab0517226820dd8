#include "opf/AcRecovery.h"

#include "powerflow/PowerFlow.h"
#include "util/Error.h"

#include <cmath>
#include <unordered_map>

namespace gridcarbon::opf {

Case caseAtOptimum(const Case& c, const Horizon& h, int t, const PeriodResult& period) {
    std::unordered_map<std::string, const DeviceResult*> byId;
    for (const DeviceResult& d : period.devices)
        byId.emplace(d.id, &d);
    Case out = c;
    const auto index = busIndexMap(c);
    // One load per bus carries the horizon's value; the others are zeroed, so the bus total
    // is exact whatever the profiles were.
    std::vector<bool> placed(c.buses.size(), false);
    for (Load& l : out.loads) {
        const std::size_t b = index.at(l.bus);
        l.profile.clear();
        l.p_mw = placed[b] ? 0.0 : h.load_p_mw[t][b];
        l.q_mvar = placed[b] ? 0.0 : h.load_q_mvar[t][b];
        placed[b] = true;
    }
    for (Generator& g : out.generators) {
        g.profile.clear();
        const auto it = byId.find(g.id);
        if (it == byId.end()) {
            g.in_service = false;
            continue;
        }
        g.p_mw = it->second->p_mw;
        g.q_mvar = it->second->q_mvar;
        if (g.control == Control::Voltage)
            g.control = Control::Power;
    }
    for (Storage& s : out.storages) {
        const auto it = byId.find(s.id);
        if (it == byId.end())
            s.in_service = false;
        else
            s.p_mw = it->second->p_mw;
    }
    for (Capacitor& cap : out.capacitors) {
        const auto it = byId.find(cap.id);
        if (it != byId.end() && it->second->steps)
            cap.steps_on = *it->second->steps;
    }
    return out;
}

AcCheck recoverAc(const Case& c, const Horizon& h, int t, const PeriodResult& period) {
    AcCheck check;
    check.hour = period.hour;
    check.opf_loss_mw = period.loss_mw;
    try {
        const PowerFlowResult pf = runPowerFlow(caseAtOptimum(c, h, t, period));
        check.converged = pf.converged;
        check.pf_loss_mw = pf.total_loss_kw / 1000.0;
        for (std::size_t i = 0; i < pf.buses.size(); ++i)
            check.vm_max_difference_pu = std::max(
                check.vm_max_difference_pu, std::abs(pf.buses[i].vm_pu - period.buses[i].vm_pu));
        if (!pf.converged)
            check.message = "power flow did not converge";
    } catch (const Error& e) {
        check.message = e.what();
    }
    return check;
}

} // namespace gridcarbon::opf
