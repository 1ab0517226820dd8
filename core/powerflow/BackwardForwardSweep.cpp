#include "powerflow/Solvers.h"

#include "util/Error.h"

#include <cmath>

namespace gridcarbon {

std::string sweepObstacle(const NetworkModel& m, const Case& c) {
    const Topology& t = m.topology;
    if (!t.radial) {
        std::vector<bool> inTree(c.branches.size(), false);
        for (const auto& pb : t.parent_branch)
            if (pb)
                inTree[*pb] = true;
        for (const CompiledBranch& b : m.branches)
            if (!inTree[b.index])
                return "branch '" + c.branches[b.index].id +
                       "' closes a loop; the sweep needs a radial network (use Newton)";
        return "the network is not radial (use Newton)";
    }
    for (std::size_t i = 0; i < m.bus_count; ++i)
        if (m.type[i] == BusType::PV)
            return "generator '" + c.generators[m.regulating[i].front()].id +
                   "' holds the voltage of bus '" + c.buses[i].id +
                   "'; the sweep handles only slack and PQ injections (use Newton)";
    for (int k = 0; k < t.island_count; ++k)
        if (t.island_sources[k].size() > 1)
            return "bus '" + c.buses[t.island_sources[k][1]].id +
                   "' is a second slack in one island; the sweep needs one (use Newton)";
    return {};
}

void compileSweep(NetworkModel& m, const Case& c) {
    const Topology& t = m.topology;
    const std::size_t n = m.bus_count;
    m.charging_shunt = Eigen::VectorXcd::Zero(static_cast<Eigen::Index>(n));
    m.sweep_links.assign(n, std::nullopt);
    std::vector<const CompiledBranch*> byCaseIndex(c.branches.size(), nullptr);
    for (const CompiledBranch& b : m.branches) {
        byCaseIndex[b.index] = &b;
        m.charging_shunt[b.from] += Complex(0.0, b.b_half) / std::norm(b.ratio);
        m.charging_shunt[b.to] += Complex(0.0, b.b_half);
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (!t.parent_branch[i] || !byCaseIndex[*t.parent_branch[i]])
            continue;
        const CompiledBranch& b = *byCaseIndex[*t.parent_branch[i]];
        m.sweep_links[i] =
            SweepLink{i, *t.parent[i], b.z, b.ratio, b.from == *t.parent[i], b.coupler};
    }
}

SolverOutcome solveSweep(const NetworkModel& m, double tolerance, int maxIterations,
                         Progress& progress, std::stop_token stop) {
    if (!m.sweep_obstacle.empty())
        throw badInput(m.sweep_obstacle);
    const Topology& t = m.topology;
    const std::size_t n = m.bus_count;
    const std::vector<std::optional<SweepLink>>& link = m.sweep_links;
    const Eigen::VectorXcd shunt = m.y_shunt + m.charging_shunt;

    SolverOutcome out;
    out.v = m.v_start;
    out.coupler_current = Eigen::VectorXcd::Zero(static_cast<Eigen::Index>(m.couplers.size()));
    Eigen::VectorXcd draw(n); // current each bus's subtree draws from its parent link
    // Children before parents.
    const auto backward = [&] {
        for (std::size_t i = 0; i < n; ++i)
            draw[i] = m.type[i] == BusType::Dead
                          ? Complex(0.0)
                          : -std::conj(m.s_spec[i] / out.v[i]) + shunt[i] * out.v[i];
        for (auto k = t.order.rbegin(); k != t.order.rend(); ++k) {
            const auto& l = link[*k];
            if (!l)
                continue;
            const Complex fromParent =
                l->parent_is_from ? draw[*k] / std::conj(l->ratio) : std::conj(l->ratio) * draw[*k];
            draw[l->parent] += fromParent;
        }
    };
    // A coupler's series current is what its child's subtree draws, seen from the from end's
    // transformer, from the draws at the final voltages.
    const auto couplerCurrents = [&] {
        backward();
        for (std::size_t k = 0; k < n; ++k) {
            const auto& l = link[k];
            if (l && l->coupler >= 0)
                out.coupler_current[l->coupler] =
                    l->parent_is_from ? draw[k] : -std::conj(l->ratio) * draw[k];
        }
    };
    for (int it = 1; it <= maxIterations; ++it) {
        if (stop.stop_requested())
            throw Error(ErrorCode::Cancelled, "power flow cancelled");
        backward();
        // Forward: parents before children.
        double change = 0.0;
        for (std::size_t k : t.order) {
            const auto& l = link[k];
            if (!l || m.type[k] == BusType::Dead)
                continue;
            const Complex vp = out.v[l->parent];
            const Complex vNew = l->parent_is_from
                                     ? vp / l->ratio - l->z * draw[k]
                                     : l->ratio * (vp - l->z * std::conj(l->ratio) * draw[k]);
            change = std::max(change, std::abs(vNew - out.v[k]));
            out.v[k] = vNew;
        }
        out.iterations = it;
        progress.report(std::min(1.0, it / 20.0), "sweep iteration " + std::to_string(it));
        if (!std::isfinite(change)) {
            out.stopped_early = "the iterations diverged";
            return out;
        }
        if (change < tolerance) {
            out.converged = true;
            couplerCurrents();
            return out;
        }
    }
    couplerCurrents();
    return out;
}

} // namespace gridcarbon
