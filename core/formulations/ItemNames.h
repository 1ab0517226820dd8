#pragma once
// How the items of the network formulations and of the operation problems built on them are
// named in an opt::Model, written once: "<what> '<id>' t=<period>" ("v '18' t=0", "import
// 'GRID' t=3"), so that the infeasibility diagnosis can be told back in engineering words
// (operation/Infeasibility.h) and exported models stay readable. The `what` of every item the
// diagnosis may relax is a constant below.
#include <optional>
#include <string>
#include <string_view>

namespace gridcarbon::formulations {

namespace item {
// Network (formulations): squared voltage magnitude |V|^2 of a bus, p.u.^2 (family voltage).
inline constexpr char kVoltage[] = "v";
// Nodal balances, p.u. power (family balance).
inline constexpr char kActiveBalance[] = "P balance";
inline constexpr char kReactiveBalance[] = "Q balance";
// Branch ratings (family thermal): apparent power cone (DistFlow), p.u. MVA; active power row
// (DC), p.u. MW.
inline constexpr char kRating[] = "rating";
inline constexpr char kActiveRating[] = "active power rating";
// Devices (operation, family device), p.u. power unless said: the grid connection's import
// and export (each >= 0, bounded by the import and the export limit), a unit's active and
// reactive output and, with on/off decisions, their rows against the limits; a ramp between
// two periods; storage charging and discharging power, stored energy (MWh), the energy left
// at the end of the day (MWh), and the rows that keep charging and discharging apart.
inline constexpr char kImport[] = "import";
inline constexpr char kExport[] = "export";
inline constexpr char kActivePower[] = "p";
inline constexpr char kActiveMax[] = "p max";
inline constexpr char kActiveMin[] = "p min";
inline constexpr char kReactivePower[] = "q";
inline constexpr char kReactiveMax[] = "q max";
inline constexpr char kReactiveMin[] = "q min";
inline constexpr char kRamp[] = "ramp";
inline constexpr char kCharge[] = "charge";
inline constexpr char kDischarge[] = "discharge";
inline constexpr char kEnergy[] = "energy";
inline constexpr char kEndOfDayEnergy[] = "end-of-day energy";
inline constexpr char kChargeIfCharging[] = "charge if charging";
inline constexpr char kDischargeIfNotCharging[] = "discharge if not charging";
// The daily carbon cap of the region study (family carbon), tCO2; named by this alone.
inline constexpr char kCarbonCap[] = "daily carbon cap";
} // namespace item

// "<what> '<id>' t=<period>".
std::string itemName(std::string_view what, std::string_view id, int period);

struct ItemNameParts {
    std::string what;
    std::string id;
    int period = 0;
};

// The parts of an itemName; nullopt for a name of another form (e.g. "daily carbon cap").
std::optional<ItemNameParts> parseItemName(std::string_view name);

} // namespace gridcarbon::formulations
