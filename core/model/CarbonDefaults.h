#pragma once
// Typical carbon intensities of generating units, by kind and fuel, for cases that have none
// (an imported MATPOWER case): what the GUI's Carbon Intensities dialog offers as defaults.
// Direct (stack) emissions per MWh delivered, tCO2/MWh; renewable, hydro, nuclear and biogenic
// fuels emit none in operation (the convention of the carbon emission flow papers).
#include "model/Case.h"

#include <optional>

namespace gridcarbon {

// The typical intensity of `unit`, from its fuel when it names one (coal, lignite, oil,
// diesel, gas, biomass, biogas, nuclear, hydro, wind, solar; any case), else from its kind (the
// grid connection: a national grid average; a thermal unit: coal; a micro-turbine: gas; WT, PV,
// HT: none). Nothing for a fuel it does not know.
std::optional<double> typicalCarbonIntensity(const Generator& unit);

// Whether any in-service unit carries carbon data (an intensity or a no-load emission above
// 0): without it every intensity of a carbon emission flow would be 0.
bool hasCarbonData(const Case& c);

} // namespace gridcarbon
