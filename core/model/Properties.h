#pragma once
// What can be edited on each kind of element, described once: the case-file key, an English
// label, the unit, the value type, the allowed range and typed accessors. Property editors,
// tooltips and edit checks read these descriptors instead of repeating units and limits.
//
// Translation: labels are plain English literals, marked in Properties.cpp with
// QT_TRANSLATE_NOOP(kPropertyLabelContext, ...) (defined there as the identity, so core needs
// no Qt) for lupdate; the GUI shows QCoreApplication::translate(kPropertyLabelContext, label).
//
// Throws: PropertyDescriptor::get/set throw gridcarbon::Error (BadInput) for an element of
// another kind, a value of the wrong type or an unknown choice; nothing else here throws.
#include "model/Case.h"
#include "model/Element.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace gridcarbon {

inline constexpr const char* kPropertyLabelContext = "gridcarbon::Properties";

enum class ValueType {
    Real,         // double
    OptionalReal, // std::optional<double>; empty has a meaning the label says
    Integer,      // int
    Bool,         // bool
    Text,         // std::string, free text
    Choice,       // std::string, one of PropertyDescriptor::choices (Enums.h names)
    ProfileRef,   // std::string, a profile id of an allowed quantity; empty: constant
    BusRef,       // std::string, a bus id
    LineTypeRef,  // std::string, a line type id; empty: per-unit values entered directly
};

// Choice, ProfileRef, BusRef, LineTypeRef and Text values are all held as std::string.
using PropertyValue = std::variant<double, std::optional<double>, int, bool, std::string>;

// A numeric interval; an absent bound is unbounded.
struct Range {
    std::optional<double> min;
    std::optional<double> max;
    bool min_inclusive = true;
    bool max_inclusive = true;

    bool contains(double v) const;
    bool bounded() const { return min || max; }
};

struct PropertyDescriptor {
    using Getter = PropertyValue (*)(const Element&);
    // nullopt for a value of the wrong type or an unknown choice.
    using Setter = std::optional<Element> (*)(const Element&, const PropertyValue&);

    ElementKind kind = ElementKind::Bus;
    const char* key = "";   // the case file's key, e.g. "p_mw"
    const char* label = ""; // English, see kPropertyLabelContext
    const char* unit = "";  // UTF-8, e.g. "MW", "°"; empty for pure numbers
    ValueType type = ValueType::Real;
    Range range;                                     // Real, OptionalReal and Integer only
    std::vector<std::string_view> choices;           // Choice only
    std::vector<ProfileQuantity> profile_quantities; // ProfileRef only
    bool read_only = false;                          // shown, never edited (the id)
    Getter getter = nullptr;
    Setter setter = nullptr;

    PropertyValue get(const Element& e) const;
    // A copy of `e` with this property set to `v`; `e` itself is unchanged.
    Element set(const Element& e, const PropertyValue& v) const;
    // The model's initialiser, which is also what the case-file reader takes for an absent
    // optional key.
    PropertyValue defaultValue() const;
};

// Every property of `kind`, in the order a form shows them (id first).
std::span<const PropertyDescriptor> properties(ElementKind kind);
// nullptr when `kind` has no property `key`.
const PropertyDescriptor* findProperty(ElementKind kind, std::string_view key);

// "load", "branch", ... as messages name an element's kind.
std::string_view kindWord(ElementKind kind);
// "load L3": how messages name an element.
std::string elementName(const Element& e);
// How messages name property `key` of `kind`: its label in lower case, without the note in
// parentheses ("resistance", "rating" for "Rating (0: unlimited)"); empty when `kind` has no
// property `key`.
std::string fieldLabel(ElementKind kind, std::string_view key);
// What a value outside `r` is told: "must be between 0 and 1 (got 1.5)", "must be at least 0
// (got -2)", "must be greater than 0 (got 0)".
std::string outOfRangeText(const Range& r, double v);
// The range in interval notation, e.g. "[0, 1]", "(0, 1]", "≥ 0", "> 0"; empty if unbounded.
std::string rangeText(const Range& r);

// Why `candidate` (an edit of the element with the same kind and id in `c`) must not be stored
// because of property `key`; nullopt when it may be. Checked in order: the element exists and
// `key` is an editable property of it, not one its line type sets (derivedFromLineType); a
// real is finite; the value lies in the descriptor's range; a bus, profile or line type
// reference names an existing bus, a profile of an allowed quantity or a line type; finally
// validateCase on a copy of `c` holding the candidate (and the per-unit values its line types
// then give) must report no error the case did not already have (cross-field rules such as
// p_min_mw <= p_max_mw, or a typed line at a bus whose base voltage is set to 0).
// The message is one line naming the element and the property by its label (fieldLabel), e.g.
// "storage ES1: minimum state of charge must be between 0 and 1 (got 1.5)"; a cross-field one
// is validateCase's message, after the property's label unless it names it already: "generator
// G1: minimum active power exceeds maximum active power (0.3 > 0.2 MW)".
std::optional<std::string> checkProperty(const Case& c, const Element& candidate,
                                         std::string_view key);

} // namespace gridcarbon
