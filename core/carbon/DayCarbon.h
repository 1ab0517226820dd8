#pragma once
// Carbon emission flow over the periods of a day, with storage carrying carbon from one period
// to the next (paper 001 section 3): charging takes energy in at its bus's intensity, the
// stored energy holds the energy-weighted mean intensity of what went in, and discharging
// supplies at that intensity. Conversion losses emit at the intensity of the energy lost.
#include "carbon/CarbonFlow.h"
#include "jobs/Progress.h"

#include <stop_token>
#include <string>
#include <vector>

namespace gridcarbon::carbon {

struct StorageHour {
    int hour = 0;
    double p_mw = 0.0;                // positive discharging
    double energy_mwh = 0.0;          // at the end of the period
    double intensity_t_per_mwh = 0.0; // of the stored energy at the end of the period
};

struct StorageDay {
    std::string id;
    std::string bus;
    double start_energy_mwh = 0.0;
    double start_intensity_t_per_mwh = 0.0;
    double end_energy_mwh = 0.0;
    double end_intensity_t_per_mwh = 0.0;
    double charged_mwh = 0.0;          // drawn from the bus
    double discharged_mwh = 0.0;       // delivered to the bus
    double charge_emission_t = 0.0;    // carbon taken in with the charging energy
    double discharge_emission_t = 0.0; // carbon delivered with the discharged energy
    double conversion_loss_emission_t = 0.0;
    std::vector<StorageHour> hours;
};

struct BusDay {
    std::string id;
    double load_mwh = 0.0;
    double load_emission_t = 0.0;
    double mean_intensity_t_per_mwh = kNoIntensity; // load emission / load energy
};

struct SourceDay {
    std::string id;
    std::string kind;
    std::string bus;
    double supplied_mwh = 0.0;
    double drawn_mwh = 0.0;
    double emission_t = 0.0; // with the energy supplied
    double taken_in_t = 0.0; // with the energy drawn
};

struct DayTotals {
    double generation_t = 0.0;
    double load_t = 0.0;
    double loss_t = 0.0;
    double export_t = 0.0;
    double storage_conversion_loss_t = 0.0;
    double stored_start_t = 0.0; // carbon held in storage at the start of the day
    double stored_end_t = 0.0;
    // generation + stored_start = load + loss + export + conversion loss + stored_end, relative.
    double balance_error = 0.0;
};

struct DayCarbonResult {
    std::string day;
    std::vector<int> unsolved_hours; // hours left out: their states were not solved
    double hours_per_period = 1.0;
    std::vector<CarbonFlowResult> periods;
    std::vector<BusDay> buses;
    std::vector<SourceDay> sources; // every unit or storage that exchanged power
    std::vector<StorageDay> storages;
    DayTotals totals;
};

// Traces `states` in order. An unsolved state (FlowState::failure) adds no period and nothing
// to the totals; its stores still move by their schedule, at the intensity they hold. Throws
// Error(BadInput) when a storage schedule takes its energy outside 0..energy_mwh,
// Error(Cancelled) on `stop`.
DayCarbonResult computeDayCarbon(const Case& c, const std::vector<FlowState>& states,
                                 const std::string& day, double hoursPerPeriod = 1.0,
                                 Progress* progress = nullptr, std::stop_token stop = {});

} // namespace gridcarbon::carbon
