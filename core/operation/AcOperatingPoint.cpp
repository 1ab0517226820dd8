#include "operation/AcOperatingPoint.h"

#include "devices/DevicePhysics.h"

#include <unordered_map>

namespace gridcarbon::operation {

Case acCheckCase(const Case& c) {
    Case out = c;
    const auto index = busIndexMap(c);
    std::vector<bool> placed(c.buses.size(), false);
    for (Load& l : out.loads) {
        l.profile.clear();
        const std::size_t b = index.at(l.bus);
        if (placed[b])
            l.p_mw = l.q_mvar = 0.0;
        placed[b] = true;
    }
    for (Generator& g : out.generators) {
        g.profile.clear();
        if (!devices::isInstalled(g))
            g.in_service = false;
        else if (g.control == Control::Voltage)
            g.control = Control::Power;
    }
    for (Storage& s : out.storages)
        if (!devices::isInstalled(s))
            s.in_service = false;
    return out;
}

OperatingPoint acOperatingPoint(const Case& checkCase, const Horizon& h, int t,
                                const std::vector<DeviceResult>& devices) {
    std::unordered_map<std::string, const DeviceResult*> byId;
    for (const DeviceResult& d : devices)
        byId.emplace(d.id, &d);
    OperatingPoint x = operatingPointOf(checkCase, {});
    x.load_p_mw = h.load_p_mw.at(static_cast<std::size_t>(t));
    x.load_q_mvar = h.load_q_mvar.at(static_cast<std::size_t>(t));
    for (std::size_t g = 0; g < checkCase.generators.size(); ++g)
        if (const auto it = byId.find(checkCase.generators[g].id); it != byId.end()) {
            x.unit_p_mw[g] = it->second->p_mw;
            x.unit_q_mvar[g] = it->second->q_mvar;
        }
    for (std::size_t k = 0; k < checkCase.storages.size(); ++k)
        if (const auto it = byId.find(checkCase.storages[k].id); it != byId.end())
            x.storage_p_mw[k] = it->second->p_mw;
    for (std::size_t k = 0; k < checkCase.capacitors.size(); ++k)
        if (const auto it = byId.find(checkCase.capacitors[k].id);
            it != byId.end() && it->second->steps)
            x.capacitor_steps[k] = *it->second->steps;
    return x;
}

} // namespace gridcarbon::operation
