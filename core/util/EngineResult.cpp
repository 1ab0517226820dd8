#include "util/EngineResult.h"

namespace gridcarbon {

std::string_view toString(Outcome o) {
    switch (o) {
    case Outcome::Complete:
        return "complete";
    case Outcome::Partial:
        return "partial";
    case Outcome::Failed:
        return "failed";
    }
    return "?";
}

std::string_view toString(Diagnostic::Severity s) {
    switch (s) {
    case Diagnostic::Severity::Info:
        return "info";
    case Diagnostic::Severity::Warning:
        return "warning";
    case Diagnostic::Severity::Error:
        return "error";
    }
    return "?";
}

} // namespace gridcarbon
