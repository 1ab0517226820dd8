#pragma once
// A carbon emission flow study of a Case: solve the operating state (an AC or DC power flow
// per hour, or an OPF over the day), then trace carbon through it. What `gridcarbon-cli cef`
// and the GUI's carbon view run.
#include "carbon/DayCarbon.h"
#include "jobs/Progress.h"
#include "opf/OpfOptions.h"
#include "util/EngineResult.h"

#include <optional>
#include <stop_token>
#include <string>

namespace gridcarbon::carbon {

enum class CefMethod { Ac, Dc };
std::string_view toString(CefMethod m);
// "ac" or "dc"; throws Error(BadInput) otherwise.
CefMethod parseCefMethod(const std::string& text);

// Where the operating state of each hour comes from.
enum class Dispatch { PowerFlow, Opf };
std::string_view toString(Dispatch d);
// "pf" or "opf"; throws Error(BadInput) otherwise.
Dispatch parseDispatch(const std::string& text);

struct CarbonStudyOptions {
    CefMethod method = CefMethod::Ac;
    std::string day;         // empty: one period at the case's base values
    std::optional<int> hour; // with a day: report this hour only (storage still runs the day)
    Dispatch dispatch = Dispatch::PowerFlow;
    // With Dispatch::Opf: the OPF to run (its formulation follows the method: SOC relaxation
    // for AC, lossless DC for DC) and its day.
    opf::OpfOptions opf;
    double power_flow_tolerance = 1e-10;
};

// outcome: Partial when some hours of a day could not be solved: each has an Error diagnostic
// naming the hour (item "hour H"), is missing from carbon.periods and from the day's totals.
struct CarbonStudyResult : EngineResult {
    CefMethod method = CefMethod::Ac;
    Dispatch dispatch = Dispatch::PowerFlow;
    bool whole_day = false; // periods[] and daily totals; otherwise a single period
    DayCarbonResult carbon; // a single period: periods has exactly that one
};

// Sets units' carbon intensities from "ID=T_PER_MWH,ID=T_PER_MWH" (the CLI's --intensity).
// Throws Error(BadInput) naming an unknown unit or a malformed or negative value.
void applyIntensities(Case& c, const std::string& assignments);

// Throws Error(BadInput) when no in-service unit has a carbon intensity or a no-load
// emission (the case has no carbon data: every intensity would be 0), naming the units to set.
void requireCarbonData(const Case& c);

// Throws Error(BadInput) for a case without carbon data, an unknown day or hour, or bad OPF
// options; Error(Failed) when a power flow does not converge or the OPF is not solved;
// Error(Cancelled) on `stop`.
CarbonStudyResult runCarbonStudy(const Case& c, const CarbonStudyOptions& options,
                                 Progress* progress = nullptr, std::stop_token stop = {});

} // namespace gridcarbon::carbon
