#pragma once
// A domain finding inside a result (a low voltage, non-convergence, a de-energised bus, one
// hour of a day that failed): findings travel with results; exceptions are only for broken
// input, for a run that produced nothing, and for cancellation.
#include <optional>
#include <string>

namespace gridcarbon {

struct Diagnostic {
    enum class Severity { Info, Warning, Error } severity = Severity::Info;
    std::string item_id; // the bus, branch, device, hour or point the finding is about
    std::string message;
    std::optional<double> value; // the quantity found, in the unit the message names
    std::optional<double> limit; // the limit it is measured against
};

std::string_view toString(Diagnostic::Severity s);

} // namespace gridcarbon
