#include "io/RegionJson.h"

#include "io/EngineResultJson.h"

#include <nlohmann/json.hpp>

namespace gridcarbon {
namespace {

using json = nlohmann::ordered_json;

json hullJson(const geometry::Hull& h) {
    return {{"vertices", h.vertices}, {"facets", h.facets}};
}

} // namespace

std::string regionJson(const std::string& caseName, const region::RegionResult& r) {
    const std::string unit = r.hull.dimension == 2 ? "mw2" : "mw3";
    json out;
    out["case"] = caseName;
    out["observed"] = r.observed;
    out["axes"] = r.axis_names;
    out["method"] = std::string(region::toString(r.method));
    out["day"] = r.day;
    out["hour"] = r.hour ? json(*r.hour) : json();
    out["carbon_cap_t"] = r.cap_t;
    out["volume_" + unit] = r.hull.volume;
    out["inner_volume_" + unit] = r.hull.volume;
    out["outer_volume_" + unit] = r.outer ? json(r.outer->volume) : json();
    out["certified_gap"] = r.certified_gap >= 0.0 ? json(r.certified_gap) : json();
    out["vertices"] = r.hull.vertices;
    out["facets"] = r.hull.facets;
    out["outer"] = r.outer ? hullJson(*r.outer) : json();
    out["base_point"] = r.base_point;
    out["axis_min_mw"] = r.axis_lo;
    out["axis_max_mw"] = r.axis_hi;

    const region::RegionIndices& x = r.indices;
    json sections = json::array();
    for (const region::SectionCurve& s : x.sections)
        sections.push_back({{"axis", r.axis_names[s.axis]},
                            {"min", s.min},
                            {"max", s.max},
                            {"at_max_mw", s.at_max_mw},
                            {"at_mw", s.at_mw},
                            {"area", s.area}});
    json coupling = json::array();
    for (const region::CouplingFactor& c : x.coupling)
        coupling.push_back(
            {{"axes", {r.axis_names[c.first], r.axis_names[c.second]}}, {"value", c.value}});
    json acr = json::array();
    for (std::size_t k = 0; k < x.average_change_rate_pct.size(); ++k)
        acr.push_back({{"axis", r.axis_names[k]}, {"pct", x.average_change_rate_pct[k]}});
    out["indices"] = {
        {"margin", x.margin_mw},
        {"sectional_area", sections},
        {"coupling_factor", coupling},
        {"average_change_rate", acr},
        {"equilibrium_degree", x.equilibrium_degree},
        {"inscribed_ball", {{"center", x.inscribed.center}, {"radius", x.inscribed.radius}}}};
    if (r.validation)
        out["validation"] = {{"samples", r.validation->samples},
                             {"seed", r.validation->seed},
                             {"inside_infeasible_pct", r.validation->inside_infeasible_pct},
                             {"outside_feasible_pct", r.validation->outside_feasible_pct},
                             {"inside_infeasible", r.validation->inside_infeasible},
                             {"outside_feasible", r.validation->outside_feasible}};
    else
        out["validation"] = nullptr;
    out["stats"] = {{"lp_solves", r.stats.lp_solves},
                    {"boundary_problems", r.stats.boundary_problems},
                    {"oracle_calls", r.stats.oracle_calls},
                    {"seconds", r.stats.seconds},
                    {"validation_seconds", r.stats.validation_seconds},
                    {"total_seconds", r.seconds}};
    writeEngineResult(r, out);
    return out.dump(2) + "\n";
}

} // namespace gridcarbon
