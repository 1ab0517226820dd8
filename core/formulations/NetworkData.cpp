#include "formulations/NetworkData.h"

#include "model/Validate.h"
#include "topology/Topology.h"

#include <numbers>

namespace gridcarbon::formulations {

NetworkData compileNetworkData(const Case& c) {
    requireStudyCase(c);
    requireSuppliedIslands(c, analyseTopology(c));
    NetworkData net;
    net.base_mva = c.base_mva;
    const auto index = busIndexMap(c);
    net.buses.reserve(c.buses.size());
    for (const Bus& b : c.buses)
        net.buses.push_back(NetworkBus{b.id,
                                       b.vmin_pu * b.vmin_pu,
                                       b.vmax_pu * b.vmax_pu,
                                       b.gs_mw / c.base_mva,
                                       b.bs_mvar / c.base_mva,
                                       {}});
    for (const Generator& g : c.generators)
        if (g.in_service && g.control == Control::Slack)
            net.buses[index.at(g.bus)].v2_fixed = g.vm_pu * g.vm_pu;
    for (std::size_t k = 0; k < c.branches.size(); ++k) {
        const Branch& br = c.branches[k];
        if (!br.in_service)
            continue;
        net.branches.push_back(NetworkBranch{
            k, br.id, index.at(br.from), index.at(br.to), br.r_pu, br.x_pu, br.b_pu, br.tap,
            br.shift_deg * std::numbers::pi / 180.0, br.rate_mva / c.base_mva});
    }
    return net;
}

} // namespace gridcarbon::formulations
