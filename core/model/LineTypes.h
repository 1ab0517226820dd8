#pragma once
// Lines described by engineering data. A line type gives series impedance, shunt capacitance
// and current rating per kilometre; with a length and the from bus's base voltage V it gives
// the per-unit pi model on the case's base S (the one rule every reader and editor uses):
//   Z_base = V² / S,  r_pu = r·ℓ / Z_base,  x_pu = x·ℓ / Z_base,  b_pu = 2π·f·C·ℓ · Z_base,
//   rate_mva = √3 · V · I_max  (0 when the type has no ampacity: unlimited).
#include "model/Case.h"
#include "model/Element.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gridcarbon {

struct LineParameters {
    double r_pu = 0.0;
    double x_pu = 0.0;
    double b_pu = 0.0;
    double rate_mva = 0.0;
    bool operator==(const LineParameters&) const = default;
};

// nullptr when `c` has no line type `id`.
const LineType* findLineType(const Case& c, std::string_view id);

// What `length_km` of `type` gives at `base_kv` on a case of `base_mva` and `frequency_hz`.
LineParameters perUnitLine(const LineType& type, double length_km, double base_kv, double base_mva,
                           double frequency_hz);

// What `br`'s line type and length give (looked up in `c`); nullopt when it has no line type, or
// when the type, a positive length or a positive base voltage is missing (validateCase says which).
std::optional<LineParameters> lineParameters(const Case& c, const Branch& br);

// True when `key` of `e` is set by a line type rather than entered: r_pu, x_pu, b_pu and
// rate_mva of a branch that has one.
bool derivedFromLineType(const Element& e, std::string_view key);

// Writes what the line types give into every branch that has one; the branches it changed.
std::vector<std::size_t> applyLineTypes(Case& c);

// What storing `edited` (elements of `c` with some properties changed) must store as one
// edit: the edited elements first, in order, with their derived values, then every other
// branch whose derived values change with them (the lines at a bus whose base voltage
// changed). An element that is not in `c` is passed through unchanged.
std::vector<Element> withDerivedLines(const Case& c, const std::vector<Element>& edited);

// Typical data of conductors and cables common on 10 kV and 20 kV feeders and on low-voltage
// networks, which a user adds to a case and adjusts to the manufacturer's figures.
std::span<const LineType> standardLineTypes();

} // namespace gridcarbon
