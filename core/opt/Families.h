#pragma once
// The constraint families, defined once. A family groups rows, cones and variable bounds for
// the infeasibility diagnosis (Solution::infeasibility, SolveOptions::elastic_weights); the
// names reach the user through the CLI and the OPF JSON, so every module writes them through
// these constants, never as literals. opt itself knows only kStructure; the others are the
// vocabulary the network formulations and the problems built on them share.
namespace gridcarbon::opt::family {

// Nodal active and reactive power balance (formulations).
inline constexpr char kBalance[] = "balance";
// Squared voltage magnitude limits of buses (formulations).
inline constexpr char kVoltage[] = "voltage";
// Branch ratings, linear or conic (formulations).
inline constexpr char kThermal[] = "thermal";
// Device limits: outputs, ramps, storage energy and charging (operation/opf devices).
inline constexpr char kDevice[] = "device";
// The grid connection's import and export limits (operation devices): kept apart from the
// other device limits so that the diagnosis can prefer them, buying more from upstream being
// an operator's first remedy for a shortage.
inline constexpr char kGrid[] = "grid";
// The daily carbon emission cap (region).
inline constexpr char kCarbon[] = "carbon";
// Not a family of any item: the one diagnosis entry saying that constraints without a family
// already contradict each other.
inline constexpr char kStructure[] = "structure";

} // namespace gridcarbon::opt::family
