#pragma once
// Consistency checks of a Case that do not need a solver: ids, references, value ranges.
// Each problem names the item by a path into the case (the same paths the JSON file uses).
#include "model/Case.h"
#include "model/Element.h"

#include <optional>

#include <string>
#include <vector>

namespace gridcarbon {

enum class Severity { Error, Warning };

struct Problem {
    Severity severity = Severity::Error;
    std::string path;    // e.g. "branches[4].to"
    std::string item_id; // id of the offending element, when it has one
    std::string message; // e.g. "unknown bus '99'"
};

std::vector<Problem> validateCase(const Case& c);

// The element a problem is about: the collection named at the start of its path
// ("branches[4].to" -> Branch) with its item_id; nullopt when the path names no element
// collection ("economics.sale_price_profile", "profiles[0]...") or the id is empty.
std::optional<ElementRef> problemElement(const Problem& p);

// The message after the element it is about: "branch L3: line type 'X' is not among the
// case's line types"; the message alone when it is about no element.
std::string problemText(const Problem& p);

// Throws gridcarbon::Error (BadInput) with the first error-severity problem, prefixed by
// `where` (a file name or "$" for a JSON document).
void requireValid(const Case& c, const std::string& where);
// What every study asks of its case: requireValid, and at least one bus (an empty case may be
// saved and opened, but there is nothing to solve in it).
void requireStudyCase(const Case& c);

} // namespace gridcarbon
