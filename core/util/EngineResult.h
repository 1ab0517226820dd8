#pragma once
// What every engine result carries besides its own values: how the run ended, the findings
// made on the way, and how long it took. One failed hour of a day or one failed point of a
// sweep makes the result Partial with a diagnostic naming it; the rest is kept.
#include "util/Diagnostic.h"

#include <chrono>
#include <string_view>
#include <vector>

namespace gridcarbon {

enum class Outcome {
    Complete, // every part solved
    Partial,  // some parts failed; each has an Error diagnostic, the others are valid
    Failed,   // the run ended without a usable result (e.g. not converged, infeasible)
};

std::string_view toString(Outcome o);

// Wall time since construction, for EngineResult::seconds and the stages engines time.
class Stopwatch {
public:
    double seconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    }

private:
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

struct EngineResult {
    Outcome outcome = Outcome::Complete;
    std::vector<Diagnostic> diagnostics;
    double seconds = 0.0; // wall time of the whole run
};

} // namespace gridcarbon
