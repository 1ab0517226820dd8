#pragma once
// Elements as the feeder editor creates them: free ids and engineering defaults that solve
// out of the box on a 10 kV feeder, so that a user who draws a feeder and presses Run gets a
// power flow before typing a single value. Defaults are documented here because they end up
// in users' files.
#include "model/Case.h"
#include "model/Element.h"

#include <string>

namespace gridcarbon {

// What the device palette offers. Capacitors come once per compensation layer.
enum class NewDevice {
    Grid,
    Load,
    PV,
    WT,
    HT,
    MT,
    Storage,
    CapacitorUser,
    CapacitorStationArea,
    CapacitorLine,
    CapacitorSubstation
};

// Ids: buses are numbered "1", "2", ... like MATPOWER's feeders.
// base_kv: that of the case's first bus, or 10 kV in an empty case.
Bus newBus(const Case& c, Point position);

// 1 km of 10 kV overhead line (0.27 + j0.35 ohm/km, 3 uS/km), in p.u. on the case's base at
// the from bus's voltage. Ids "BR1", "BR2", ...
Branch newBranch(const Case& c, const std::string& from, const std::string& to);

// Grid: slack at 1.0 p.u., import and export up to 10 MW, 0.5703 t/MWh (China's 2022 average
// grid emission factor). Load: 0.1 MW + 0.05 MVAr. PV and WT: 0.5 MW rated, following the
// case's first solar or wind profile if there is one. HT: 0.5 MW. MT: 0.2 MW on gas at
// 0.55 t/MWh. Storage: 1 MWh / 0.25 MW. Capacitors: 4 steps of 0.05 MVAr.
// Ids: "GRID1", "LD1", "PV1", "WT1", "HT1", "MT1", "ES1", "C1", ...
Element newDevice(const Case& c, NewDevice kind, const std::string& bus);

} // namespace gridcarbon
