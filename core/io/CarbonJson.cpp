#include "io/CarbonJson.h"

#include "io/EngineResultJson.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace gridcarbon {
namespace {

using json = nlohmann::ordered_json;

// NaN (no intensity: a de-energised bus or an idle branch) is written as null.
json number(double v) {
    return std::isnan(v) ? json() : json(v);
}

std::string_view toString(carbon::IntensitySource s) {
    switch (s) {
    case carbon::IntensitySource::Mixed:
        return "mixed";
    case carbon::IntensitySource::NoThroughFlow:
        return "no_through_flow";
    case carbon::IntensitySource::Dead:
        return "dead";
    }
    return "?";
}

void writePeriod(const carbon::CarbonFlowResult& p, json& out) {
    json buses = json::array();
    for (const carbon::BusCarbon& b : p.buses)
        buses.push_back({{"id", b.id},
                         {"carbon_intensity_t_per_mwh", number(b.intensity_t_per_mwh)},
                         {"intensity_source", toString(b.source)},
                         {"through_flow_mw", b.through_flow_mw},
                         {"load_mw", b.load_mw},
                         {"load_emission_t_per_h", b.load_emission_t_per_h},
                         {"shunt_loss_emission_t_per_h", b.shunt_loss_emission_t_per_h}});
    json branches = json::array();
    for (const carbon::BranchCarbon& b : p.branches)
        branches.push_back({{"id", b.id},
                            {"from", b.from},
                            {"to", b.to},
                            {"carries_flow", b.carries_flow},
                            {"sending_bus", b.sending_bus},
                            {"p_sending_mw", b.p_sending_mw},
                            {"p_receiving_mw", b.p_receiving_mw},
                            {"carbon_intensity_t_per_mwh", number(b.intensity_t_per_mwh)},
                            {"carbon_flow_t_per_h", b.carbon_flow_sending_t_per_h},
                            {"carbon_flow_receiving_t_per_h", b.carbon_flow_receiving_t_per_h},
                            {"loss_emission_t_per_h", b.loss_emission_t_per_h}});
    json sources = json::array();
    for (const carbon::SourceCarbon& s : p.sources)
        sources.push_back({{"id", s.id},
                           {"kind", s.kind},
                           {"bus", s.bus},
                           {"p_mw", s.p_mw},
                           {"carbon_intensity_t_per_mwh", s.intensity_t_per_mwh},
                           {"emission_t_per_h", s.emission_t_per_h}});
    out["buses"] = std::move(buses);
    out["branches"] = std::move(branches);
    out["sources"] = std::move(sources);
    const carbon::CarbonTotals& t = p.totals;
    out["total_generation_emission_t_per_h"] = t.generation_t_per_h;
    out["total_load_emission_t_per_h"] = t.load_t_per_h;
    out["total_loss_emission_t_per_h"] = t.loss_t_per_h;
    out["total_export_emission_t_per_h"] = t.export_t_per_h;
    out["total_storage_charge_emission_t_per_h"] = t.storage_charge_t_per_h;
    out["total_storage_discharge_emission_t_per_h"] = t.storage_discharge_t_per_h;
    out["balance_error_relative"] = t.balance_error;
}

json daily(const carbon::DayCarbonResult& d) {
    json buses = json::array();
    for (const carbon::BusDay& b : d.buses)
        buses.push_back({{"id", b.id},
                         {"load_mwh", b.load_mwh},
                         {"load_emission_t", b.load_emission_t},
                         {"mean_carbon_intensity_t_per_mwh", number(b.mean_intensity_t_per_mwh)}});
    json sources = json::array();
    for (const carbon::SourceDay& s : d.sources)
        sources.push_back({{"id", s.id},
                           {"kind", s.kind},
                           {"bus", s.bus},
                           {"supplied_mwh", s.supplied_mwh},
                           {"drawn_mwh", s.drawn_mwh},
                           {"emission_t", s.emission_t},
                           {"taken_in_t", s.taken_in_t}});
    json storages = json::array();
    for (const carbon::StorageDay& s : d.storages) {
        json hours = json::array();
        for (const carbon::StorageHour& h : s.hours)
            hours.push_back({{"hour", h.hour},
                             {"p_mw", h.p_mw},
                             {"energy_mwh", h.energy_mwh},
                             {"carbon_intensity_t_per_mwh", h.intensity_t_per_mwh}});
        storages.push_back({{"id", s.id},
                            {"bus", s.bus},
                            {"start_energy_mwh", s.start_energy_mwh},
                            {"start_carbon_intensity_t_per_mwh", s.start_intensity_t_per_mwh},
                            {"end_energy_mwh", s.end_energy_mwh},
                            {"end_carbon_intensity_t_per_mwh", s.end_intensity_t_per_mwh},
                            {"charged_mwh", s.charged_mwh},
                            {"discharged_mwh", s.discharged_mwh},
                            {"charge_emission_t", s.charge_emission_t},
                            {"discharge_emission_t", s.discharge_emission_t},
                            {"conversion_loss_emission_t", s.conversion_loss_emission_t},
                            {"hours", std::move(hours)}});
    }
    const carbon::DayTotals& t = d.totals;
    return {{"buses", std::move(buses)},
            {"sources", std::move(sources)},
            {"storages", std::move(storages)},
            {"total_generation_emission_t", t.generation_t},
            {"total_load_emission_t", t.load_t},
            {"total_loss_emission_t", t.loss_t},
            {"total_export_emission_t", t.export_t},
            {"total_storage_conversion_loss_emission_t", t.storage_conversion_loss_t},
            {"stored_carbon_start_t", t.stored_start_t},
            {"stored_carbon_end_t", t.stored_end_t},
            {"balance_error_relative", t.balance_error}};
}

} // namespace

std::string carbonJson(const std::string& caseName, const carbon::CarbonStudyResult& r) {
    json out;
    out["case"] = caseName;
    out["method"] = std::string(carbon::toString(r.method));
    out["dispatch"] = std::string(carbon::toString(r.dispatch));
    out["day"] = r.carbon.day;
    if (r.whole_day) {
        out["hours_per_period"] = r.carbon.hours_per_period;
        json periods = json::array();
        for (const carbon::CarbonFlowResult& p : r.carbon.periods) {
            json period{{"hour", p.hour}};
            writePeriod(p, period);
            periods.push_back(std::move(period));
        }
        out["periods"] = std::move(periods);
        out["daily"] = daily(r.carbon);
    } else if (!r.carbon.periods.empty()) {
        out["hour"] = r.carbon.periods.front().hour;
        writePeriod(r.carbon.periods.front(), out);
    }
    out["seconds"] = r.seconds;
    writeEngineResult(r, out);
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace gridcarbon
