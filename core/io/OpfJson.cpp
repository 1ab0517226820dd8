#include "io/OpfJson.h"

#include "io/EngineResultJson.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace gridcarbon {

std::string opfJson(const opf::OpfResult& r) {
    using json = nlohmann::ordered_json;
    json out;
    out["status"] = std::string(opt::toString(r.status));
    out["formulation"] = r.formulation;
    out["objective_name"] = r.objective_name;
    out["objective"] = r.objective;
    out["objective_unit"] = r.objective_unit;
    out["day"] = r.day;
    out["relaxation_gap_max"] = r.relaxation_gap_max;
    // Unproven bounds are null (JSON has no infinity).
    const auto proven = [](double v) {
        return std::isfinite(v) ? json(v) : json(nullptr);
    };
    out["lower_bound"] = proven(r.lower_bound);
    out["upper_bound"] = proven(r.upper_bound);
    out["gap"] = proven(r.gap);
    out["max_cone_violation"] = r.max_cone_violation;
    out["totals"] = {{"loss_mwh", r.loss_mwh}, {"carbon_t", r.carbon_t}, {"cost", r.cost}};
    json periods = json::array();
    for (const opf::PeriodResult& p : r.periods) {
        json buses = json::array();
        for (const opf::BusResult& b : p.buses)
            buses.push_back({{"id", b.id},
                             {"vm_pu", b.vm_pu},
                             {"p_price_per_mwh", b.p_price_per_mwh},
                             {"q_price_per_mvarh", b.q_price_per_mvarh}});
        json branches = json::array();
        for (const opf::BranchResult& b : p.branches)
            branches.push_back({{"id", b.id},
                                {"p_mw", b.p_mw},
                                {"q_mvar", b.q_mvar},
                                {"loss_mw", b.loss_mw},
                                {"relaxation_gap", b.relaxation_gap}});
        json devices = json::array();
        for (const opf::DeviceResult& d : p.devices) {
            json dev = {{"id", d.id}, {"kind", d.kind}, {"p_mw", d.p_mw}, {"q_mvar", d.q_mvar}};
            dev["energy_mwh"] = d.energy_mwh ? json(*d.energy_mwh) : json();
            if (d.steps)
                dev["steps"] = *d.steps;
            if (d.on)
                dev["on"] = *d.on;
            devices.push_back(dev);
        }
        periods.push_back({{"hour", p.hour},
                           {"loss_mw", p.loss_mw},
                           {"buses", buses},
                           {"branches", branches},
                           {"devices", devices}});
    }
    out["periods"] = periods;
    json ac = json::array();
    for (const opf::AcCheck& a : r.ac) {
        json item = {{"hour", a.hour},
                     {"converged", a.converged},
                     {"opf_loss_mw", a.opf_loss_mw},
                     {"pf_loss_mw", a.pf_loss_mw},
                     {"vm_max_difference_pu", a.vm_max_difference_pu}};
        if (!a.message.empty())
            item["message"] = a.message;
        ac.push_back(item);
    }
    out["ac_recovery"] = ac;
    json violations = json::array();
    for (const opt::Violation& v : r.infeasibility) {
        json item = {{"family", v.family},
                     {"name", v.name},
                     {"amount", v.amount},
                     {"side", v.upper ? "upper" : "lower"}};
        if (std::isfinite(v.limit))
            item["limit"] = v.limit;
        violations.push_back(item);
    }
    out["infeasibility"] = violations;
    out["stats"] = {{"interior_point_iterations", r.stats.interior_point_iterations},
                    {"lp_solves", r.stats.lp_solves},
                    {"cuts", r.stats.cuts},
                    {"simplex_iterations", r.stats.simplex_iterations},
                    {"milp_solves", r.stats.milp_solves},
                    {"nodes", r.stats.nodes},
                    {"seconds", r.stats.seconds},
                    {"total_seconds", r.seconds}};
    writeEngineResult(r, out);
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace gridcarbon
