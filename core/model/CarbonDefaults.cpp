#include "model/CarbonDefaults.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>

namespace gridcarbon {

namespace {

// tCO2/MWh. Grid: China's national grid average emission factor, 0.5810 (Ministry of Ecology
// and Environment, 2021), as the bundled cases use; coal and gas: typical Chinese coal-fired
// and gas-fired units (the values of the bundled IEEE 14-bus case); oil and diesel: a diesel
// generating set; micro-turbine: a small gas turbine (the bundled feeders' MT).
constexpr double kGrid = 0.58;
constexpr double kCoal = 0.875;
constexpr double kLignite = 1.0;
constexpr double kOil = 0.75;
constexpr double kGas = 0.52;
constexpr double kMicroTurbine = 0.55;

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    return s;
}

} // namespace

std::optional<double> typicalCarbonIntensity(const Generator& unit) {
    static const std::map<std::string, double> by_fuel{
        {"coal", kCoal}, {"lignite", kLignite}, {"oil", kOil},   {"diesel", kOil}, {"gas", kGas},
        {"grid", kGrid}, {"biomass", 0.0},      {"biogas", 0.0}, {"nuclear", 0.0}, {"hydro", 0.0},
        {"wind", 0.0},   {"solar", 0.0},        {"storage", 0.0}};
    const std::string fuel = lower(unit.fuel);
    if (!fuel.empty()) {
        const auto it = by_fuel.find(fuel);
        if (it == by_fuel.end())
            return std::nullopt;
        return unit.kind == GeneratorKind::MT && fuel == "gas" ? kMicroTurbine : it->second;
    }
    switch (unit.kind) {
    case GeneratorKind::Grid:
        return kGrid;
    case GeneratorKind::Thermal:
        return kCoal;
    case GeneratorKind::MT:
        return kMicroTurbine;
    case GeneratorKind::WT:
    case GeneratorKind::PV:
    case GeneratorKind::HT:
        return 0.0;
    }
    return std::nullopt;
}

bool hasCarbonData(const Case& c) {
    return std::any_of(c.generators.begin(), c.generators.end(), [](const Generator& g) {
        return g.in_service &&
               (g.carbon_intensity_t_per_mwh > 0.0 || g.carbon_no_load_t_per_h > 0.0);
    });
}

} // namespace gridcarbon
