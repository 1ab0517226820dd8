#include "carbon/CarbonStudy.h"

#include "model/Enums.h"
#include "model/Profiles.h"
#include "model/Properties.h"
#include "opf/Opf.h"
#include "powerflow/DcPowerFlow.h"
#include "powerflow/PowerFlow.h"
#include "util/Error.h"
#include "util/Text.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace gridcarbon::carbon {
namespace {

std::vector<FlowState> powerFlowStates(const Case& c, const CarbonStudyOptions& o,
                                       const std::vector<int>& hours, Progress& progress,
                                       std::stop_token stop) {
    std::vector<FlowState> states;
    for (std::size_t k = 0; k < hours.size(); ++k) {
        PowerFlowOptions pf;
        pf.day = o.day;
        pf.hour = hours[k];
        pf.tolerance = o.power_flow_tolerance;
        const PowerFlowResult solved = o.method == CefMethod::Dc
                                           ? runDcPowerFlow(c, pf, nullptr, stop)
                                           : runPowerFlow(c, pf, nullptr, stop);
        if (solved.converged) {
            states.push_back(flowStateFromPowerFlow(c, solved, o.day, hours[k]));
        } else {
            states.push_back(unsolvedFlowState(c, hours[k], whyNotConverged(solved)));
        }
        progress.report(static_cast<double>(k + 1) / static_cast<double>(hours.size()),
                        "power flow " + std::to_string(k + 1) + " of " +
                            std::to_string(hours.size()));
    }
    return states;
}

std::vector<FlowState> opfStates(const Case& c, const CarbonStudyOptions& o, Progress& progress,
                                 std::stop_token stop) {
    opf::OpfOptions options = o.opf;
    options.day = o.day;
    options.formulation =
        o.method == CefMethod::Dc ? formulations::Formulation::DC : formulations::Formulation::SOCR;
    const opf::OpfResult solved = opf::runOpf(c, options, &progress, stop);
    if (stop.stop_requested()) // runOpf reports a stop as its status, with no periods
        throw Error(ErrorCode::Cancelled, "carbon emission flow cancelled");
    if (solved.periods.empty()) // not solved: flowStateFromOpf says why, naming the status
        return {flowStateFromOpf(c, solved, 0)};
    std::vector<FlowState> states;
    for (std::size_t t = 0; t < solved.periods.size(); ++t)
        states.push_back(flowStateFromOpf(c, solved, t));
    return states;
}

} // namespace

std::string_view toString(CefMethod m) {
    return m == CefMethod::Dc ? "dc" : "ac";
}

CefMethod parseCefMethod(const std::string& text) {
    if (text == "ac")
        return CefMethod::Ac;
    if (text == "dc")
        return CefMethod::Dc;
    throw badInput("unknown carbon flow method '" + text + "' (expected ac or dc)");
}

std::string_view toString(Dispatch d) {
    return d == Dispatch::Opf ? "opf" : "pf";
}

Dispatch parseDispatch(const std::string& text) {
    if (text == "pf")
        return Dispatch::PowerFlow;
    if (text == "opf")
        return Dispatch::Opf;
    throw badInput("unknown dispatch '" + text + "' (expected pf or opf)");
}

void applyIntensities(Case& c, const std::string& assignments) {
    std::size_t start = 0;
    while (start <= assignments.size() && !assignments.empty()) {
        const std::size_t end = std::min(assignments.find(',', start), assignments.size());
        const std::string item = assignments.substr(start, end - start);
        const std::size_t eq = item.find('=');
        if (eq == std::string::npos || eq == 0)
            throw badInput("intensity '" + item + "' is not ID=T_PER_MWH");
        const std::string id = item.substr(0, eq);
        const std::string text = item.substr(eq + 1);
        double value = 0.0;
        std::size_t used = 0;
        try {
            value = std::stod(text, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used == 0 || used != text.size() || !(value >= 0.0) || !std::isfinite(value))
            throw badInput("intensity of '" + id + "' must be a non-negative number, not '" + text +
                           "'");
        auto unit = std::find_if(c.generators.begin(), c.generators.end(),
                                 [&](const Generator& g) { return g.id == id; });
        if (unit == c.generators.end())
            throw badInput("intensity given for unknown unit '" + id + "'");
        Generator given = *unit;
        given.carbon_intensity_t_per_mwh = value;
        if (const auto why = checkProperty(c, Element(given), "carbon_intensity_t_per_mwh"))
            throw badInput("--intensity: " + *why);
        *unit = given;
        start = end + 1;
    }
}

void requireCarbonData(const Case& c) {
    std::vector<std::string> emitting;
    for (const Generator& g : c.generators) {
        if (!g.in_service)
            continue;
        if (g.carbon_intensity_t_per_mwh > 0.0 || g.carbon_no_load_t_per_h > 0.0)
            return;
        const bool fossil = g.kind == GeneratorKind::Grid || g.kind == GeneratorKind::Thermal ||
                            g.kind == GeneratorKind::MT;
        if (fossil)
            emitting.push_back("'" + g.id + "'");
    }
    throw badInput(
        "case '" + c.name + "' has no carbon data: every unit's " +
        fieldLabel(ElementKind::Generator, "carbon_intensity_t_per_mwh") + " is 0" +
        (emitting.empty() ? std::string() : "; set it for " + listWithMore(emitting, kItemsShown)));
}

CarbonStudyResult runCarbonStudy(const Case& c, const CarbonStudyOptions& o, Progress* progress,
                                 std::stop_token stop) {
    const Stopwatch started;
    NullProgress silent;
    Progress& sink = progress ? *progress : silent;
    requireCarbonData(c);
    if (o.hour && o.day.empty())
        throw badInput("an hour needs a typical day (--day)");

    CarbonStudyResult r;
    r.method = o.method;
    r.dispatch = o.dispatch;
    r.whole_day = !o.day.empty() && !o.hour;
    if (o.dispatch == Dispatch::Opf && o.day.empty())
        throw badInput("an OPF dispatch needs a typical day (--day)");

    std::vector<int> hours{0};
    if (!o.day.empty()) {
        const int length = dayLength(c, o.day);
        if (o.hour && (*o.hour < 0 || *o.hour >= length))
            throw badInput("hour " + std::to_string(*o.hour) + " is outside day '" + o.day +
                           "' (0.." + std::to_string(length - 1) + ")");
        hours.resize(static_cast<std::size_t>(length));
        for (int h = 0; h < length; ++h)
            hours[static_cast<std::size_t>(h)] = h;
    }
    ProgressSlice solving(sink, 0.0, 0.8);
    const std::vector<FlowState> states = o.dispatch == Dispatch::Opf
                                              ? opfStates(c, o, solving, stop)
                                              : powerFlowStates(c, o, hours, solving, stop);
    const auto where = [&](int hour) {
        return "case '" + c.name + "'" +
               (o.day.empty() ? std::string()
                              : ", day '" + o.day + "' hour " + std::to_string(hour));
    };
    const auto failureOf = [&](int hour) -> const FlowState* {
        for (const FlowState& st : states)
            if (st.hour == hour && !st.failure.empty())
                return &st;
        return nullptr;
    };
    // Asked for one period: its failure is the study's. Asked for a day: the other hours stand.
    const int asked = o.hour.value_or(0);
    if (!r.whole_day)
        if (const FlowState* failed = failureOf(asked))
            throw Error(ErrorCode::Failed, where(asked) + ": " + failed->failure +
                                               ", so there is no operating state to trace "
                                               "carbon through");
    ProgressSlice tracing(sink, 0.8, 1.0);
    r.carbon = computeDayCarbon(c, states, o.day, 1.0, &tracing, stop);
    if (r.carbon.periods.empty())
        throw Error(ErrorCode::Failed, where(states.front().hour) + ": " + states.front().failure +
                                           "; no hour of the day could be solved");
    for (int hour : r.carbon.unsolved_hours) {
        // A day's report misses the hour; one hour's report only carries storage through it.
        if (r.whole_day)
            r.outcome = Outcome::Partial;
        // The item names the hour; the message does not repeat it ("hour 14: the power flow…").
        r.diagnostics.push_back(
            {r.whole_day ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning,
             "hour " + std::to_string(hour),
             failureOf(hour)->failure +
                 (r.whole_day ? "; the hour is left out of the carbon totals of day '" + o.day + "'"
                              : "; storage is carried through it at its stored intensity"),
             static_cast<double>(hour)});
    }
    if (o.hour) {
        // Storage ran the whole day; the report is of the one hour asked for.
        for (CarbonFlowResult& period : r.carbon.periods)
            if (period.hour == *o.hour) {
                CarbonFlowResult one = std::move(period);
                r.carbon.periods.assign(1, std::move(one));
                break;
            }
    }
    r.seconds = started.seconds();
    return r;
}

} // namespace gridcarbon::carbon
