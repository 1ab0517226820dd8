#include "topology/NetworkProblems.h"

#include "io/MatlabScript.h"
#include "model/Properties.h"
#include "topology/Topology.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

namespace gridcarbon {
namespace {

// Voltage limits beyond these are almost always a typing or unit slip (kV for p.u.), not a
// design: distribution codes allow some +-10 %, emergency ratings rarely more than +-20 %.
constexpr double kLowestPlausibleVmin = 0.8;
constexpr double kHighestPlausibleVmax = 1.2;

using matlab::formatNumber;

std::string quoted(const std::string& s) {
    return "'" + s + "'";
}

std::string path(std::string_view collection, std::size_t index, std::string_view field = {}) {
    std::string p = std::string(collection) + "[" + std::to_string(index) + "]";
    if (!field.empty())
        p += "." + std::string(field);
    return p;
}

bool allFinite(std::initializer_list<double> values) {
    return std::all_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); });
}

// The limits validateCase accepts; anything else it has reported already.
bool hasValidLimits(const Bus& b) {
    return b.vmin_pu > 0.0 && b.vmin_pu <= b.vmax_pu && std::isfinite(b.vmax_pu);
}

class Finder {
public:
    explicit Finder(const Case& c) : case_(c), busIndex_(busIndexMap(c)) {}

    void islands();
    void buses();
    void loads();
    void generators();
    void storages();
    void capacitors();

    std::vector<Problem> problems;

private:
    void add(Severity s, std::string p, std::string id, std::string message) {
        problems.push_back({s, std::move(p), std::move(id), std::move(message)});
    }
    void warn(std::string p, std::string id, std::string message) {
        add(Severity::Warning, std::move(p), std::move(id), std::move(message));
    }
    bool knownBus(const std::string& id) const { return busIndex_.contains(id); }
    // The case as analyseTopology can take it: without the branches and generators on unknown
    // buses, which it would throw on. Buses keep their indices.
    Case graph() const;
    void islandProblem(Severity s, const Topology& t, int island, const std::string& what);

    const Case& case_;
    std::unordered_map<std::string, std::size_t> busIndex_;
};

Case Finder::graph() const {
    Case g;
    g.buses = case_.buses;
    g.loads = case_.loads;
    g.storages = case_.storages;
    for (const Branch& br : case_.branches)
        if (knownBus(br.from) && knownBus(br.to))
            g.branches.push_back(br);
    for (const Generator& gen : case_.generators)
        if (knownBus(gen.bus))
            g.generators.push_back(gen);
    return g;
}

void Finder::islandProblem(Severity s, const Topology& t, int island, const std::string& what) {
    const auto first = std::find(t.island.begin(), t.island.end(), island) - t.island.begin();
    const auto i = static_cast<std::size_t>(first);
    add(s, path("buses", i), case_.buses[i].id, islandName(case_, t, island) + " " + what);
}

void Finder::islands() {
    if (case_.buses.empty())
        return;
    const Case g = graph();
    const Topology t = analyseTopology(g);
    const std::vector<int> unsupplied = unsuppliedIslands(g, t);
    const bool anySource = std::any_of(t.island_sources.begin(), t.island_sources.end(),
                                       [](const auto& sources) { return !sources.empty(); });
    if (!anySource) {
        if (unsupplied.empty())
            warn("generators", "",
                 "no in-service slack generator (grid connection): the network is de-energised");
        else
            add(Severity::Error, "generators", "",
                "no in-service slack generator (grid connection): nothing supplies the load");
        return;
    }
    for (int k = 0; k < t.island_count; ++k) {
        if (!t.island_sources[k].empty())
            continue;
        if (std::find(unsupplied.begin(), unsupplied.end(), k) != unsupplied.end())
            islandProblem(Severity::Error, t, k,
                          "has load or generation but no slack source (grid connection)");
        else
            islandProblem(Severity::Warning, t, k, "has no source: de-energised");
    }
}

void Finder::buses() {
    for (std::size_t i = 0; i < case_.buses.size(); ++i) {
        const Bus& b = case_.buses[i];
        if (!hasValidLimits(b))
            continue;
        const std::string limits = "bus " + quoted(b.id) + " voltage limits " +
                                   formatNumber(b.vmin_pu) + "-" + formatNumber(b.vmax_pu) +
                                   " p.u. ";
        if (b.vmin_pu > 1.0 || b.vmax_pu < 1.0)
            warn(path("buses", i, b.vmin_pu > 1.0 ? "vmin_pu" : "vmax_pu"), b.id,
                 limits + "exclude the nominal 1.0 p.u.");
        else if (b.vmin_pu < kLowestPlausibleVmin || b.vmax_pu > kHighestPlausibleVmax)
            warn(path("buses", i, b.vmin_pu < kLowestPlausibleVmin ? "vmin_pu" : "vmax_pu"), b.id,
                 limits + "reach beyond " + formatNumber(kLowestPlausibleVmin) + "-" +
                     formatNumber(kHighestPlausibleVmax) + " p.u.");
    }
}

void Finder::loads() {
    for (std::size_t i = 0; i < case_.loads.size(); ++i) {
        const Load& l = case_.loads[i];
        if (l.p_mw < 0.0)
            warn(path("loads", i, "p_mw"), l.id,
                 "load " + quoted(l.id) + " has a negative " +
                     fieldLabel(ElementKind::Load, "p_mw") + " of " + formatNumber(l.p_mw) +
                     " MW: it injects power like a generator");
    }
}

void Finder::generators() {
    for (std::size_t i = 0; i < case_.generators.size(); ++i) {
        const Generator& g = case_.generators[i];
        const std::string name = "generator " + quoted(g.id);
        // A slack unit's p_mw is the balance the power flow finds, not a set point.
        if (g.control != Control::Slack && allFinite({g.p_mw, g.p_min_mw, g.p_max_mw}) &&
            g.p_min_mw <= g.p_max_mw) {
            if (g.p_mw > g.p_max_mw)
                warn(path("generators", i, "p_mw"), g.id,
                     name + " " + fieldLabel(ElementKind::Generator, "p_mw") + " " +
                         formatNumber(g.p_mw) + " MW exceeds its " +
                         fieldLabel(ElementKind::Generator, "p_max_mw") + " " +
                         formatNumber(g.p_max_mw) + " MW");
            // 0 is a unit switched off, which a minimum stable output does not forbid.
            else if (g.p_mw != 0.0 && g.p_mw < g.p_min_mw)
                warn(path("generators", i, "p_mw"), g.id,
                     name + " " + fieldLabel(ElementKind::Generator, "p_mw") + " " +
                         formatNumber(g.p_mw) + " MW is below its " +
                         fieldLabel(ElementKind::Generator, "p_min_mw") + " " +
                         formatNumber(g.p_min_mw) + " MW");
        }
        const auto bus = busIndex_.find(g.bus);
        if (g.control != Control::Power && bus != busIndex_.end() && std::isfinite(g.vm_pu) &&
            g.vm_pu > 0.0) {
            const Bus& b = case_.buses[bus->second];
            if (hasValidLimits(b) && (g.vm_pu < b.vmin_pu || g.vm_pu > b.vmax_pu))
                warn(path("generators", i, "vm_pu"), g.id,
                     name + " voltage set point " + formatNumber(g.vm_pu) +
                         " p.u. is outside bus " + quoted(b.id) + " limits " +
                         formatNumber(b.vmin_pu) + "-" + formatNumber(b.vmax_pu) + " p.u.");
        }
        if (g.candidate && g.candidate_max_mw == 0.0)
            warn(path("generators", i, "candidate_max_mw"), g.id,
                 "candidate " + name + " has a " +
                     fieldLabel(ElementKind::Generator, "candidate_max_mw") +
                     " of 0 MW: nothing can be installed");
    }
}

void Finder::storages() {
    for (std::size_t i = 0; i < case_.storages.size(); ++i) {
        const Storage& s = case_.storages[i];
        const std::string name = "storage " + quoted(s.id);
        const bool ratingsValid =
            allFinite({s.energy_mwh, s.p_max_mw}) && s.energy_mwh >= 0.0 && s.p_max_mw >= 0.0;
        if (s.candidate) {
            if (s.candidate_max_mw == 0.0 || s.candidate_hours == 0.0)
                warn(path("storages", i,
                          s.candidate_max_mw == 0.0 ? "candidate_max_mw" : "candidate_hours"),
                     s.id,
                     "candidate " + name + " has a " +
                         fieldLabel(ElementKind::Storage, "candidate_max_mw") + " of " +
                         formatNumber(s.candidate_max_mw) + " MW and a " +
                         fieldLabel(ElementKind::Storage, "candidate_hours") + " of " +
                         formatNumber(s.candidate_hours) + " h: nothing can be installed");
        } else if (ratingsValid && (s.energy_mwh == 0.0 || s.p_max_mw == 0.0)) {
            warn(path("storages", i, s.energy_mwh == 0.0 ? "energy_mwh" : "p_max_mw"), s.id,
                 name + " is rated " + formatNumber(s.energy_mwh) + " MWh, " +
                     formatNumber(s.p_max_mw) + " MW: it cannot store energy");
        }
        // The ordering is validateCase's to report; equal bounds pass it but leave no energy
        // to use.
        const bool socValid = 0.0 <= s.soc_min && s.soc_min <= s.soc_initial &&
                              s.soc_initial <= s.soc_max && s.soc_max <= 1.0;
        if (socValid && s.soc_min == s.soc_max && s.energy_mwh > 0.0)
            warn(path("storages", i, "soc_max"), s.id,
                 name + " has its " + fieldLabel(ElementKind::Storage, "soc_min") +
                     " equal to its " + fieldLabel(ElementKind::Storage, "soc_max") + " (" +
                     formatNumber(s.soc_min) + "): no usable energy");
        if (ratingsValid && std::isfinite(s.p_mw) && std::abs(s.p_mw) > s.p_max_mw)
            warn(path("storages", i, "p_mw"), s.id,
                 name + " " + fieldLabel(ElementKind::Storage, "p_mw") + " " +
                     formatNumber(s.p_mw) + " MW exceeds its " +
                     fieldLabel(ElementKind::Storage, "p_max_mw") + " " + formatNumber(s.p_max_mw) +
                     " MW");
    }
}

void Finder::capacitors() {
    for (std::size_t i = 0; i < case_.capacitors.size(); ++i) {
        const Capacitor& cap = case_.capacitors[i];
        if (cap.q_step_mvar == 0.0)
            warn(path("capacitors", i, "q_step_mvar"), cap.id,
                 "capacitor " + quoted(cap.id) + " has a " +
                     fieldLabel(ElementKind::Capacitor, "q_step_mvar") +
                     " of 0 MVAr: it compensates nothing");
    }
}

} // namespace

std::vector<Problem> findNetworkProblems(const Case& c) {
    Finder f(c);
    f.problems = validateCase(c);
    f.islands();
    f.buses();
    f.loads();
    f.generators();
    f.storages();
    f.capacitors();
    std::stable_sort(f.problems.begin(), f.problems.end(), [](const Problem& a, const Problem& b) {
        return a.severity == Severity::Error && b.severity != Severity::Error;
    });
    return std::move(f.problems);
}

} // namespace gridcarbon
