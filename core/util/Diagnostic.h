#pragma once
// A domain finding inside a result (a low voltage, non-convergence, a de-energised bus):
// findings travel with results; exceptions are only for broken input.
#include <string>

namespace gridcarbon {

struct Diagnostic {
    enum class Severity { Info, Warning, Error } severity = Severity::Info;
    std::string item_id;
    std::string message;
};

} // namespace gridcarbon
