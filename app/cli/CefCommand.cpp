// gridcarbon-cli cef CASE: carbon emission flow, nodal carbon intensity (docs/carbon.md).
#include "Command.h"
#include "StderrProgress.h"

#include "carbon/CarbonStudy.h"
#include "io/CarbonJson.h"
#include "util/Error.h"

#include <cmath>
#include <cstdio>
#include <memory>

namespace gridcarbon::cli {
namespace {

struct CefArgs {
    std::string input;
    std::string json;
    std::string method = "ac";
    std::string day;
    int hour = -1; // -1: not given
    std::string dispatch = "pf";
    std::string objective = "cost";
    std::string intensities;
};

void printCarbonPeriod(const carbon::CarbonFlowResult& p) {
    const carbon::BusCarbon* low = nullptr;
    const carbon::BusCarbon* high = nullptr;
    for (const carbon::BusCarbon& b : p.buses) {
        if (std::isnan(b.intensity_t_per_mwh))
            continue;
        if (!low || b.intensity_t_per_mwh < low->intensity_t_per_mwh)
            low = &b;
        if (!high || b.intensity_t_per_mwh > high->intensity_t_per_mwh)
            high = &b;
    }
    const carbon::CarbonTotals& t = p.totals;
    std::printf("emission: generation %.6f t/h, load %.6f t/h, losses %.6f t/h",
                t.generation_t_per_h, t.load_t_per_h, t.loss_t_per_h);
    if (t.export_t_per_h > 0.0)
        std::printf(", export %.6f t/h", t.export_t_per_h);
    if (t.storage_charge_t_per_h > 0.0 || t.storage_discharge_t_per_h > 0.0)
        std::printf(", storage in %.6f / out %.6f t/h", t.storage_charge_t_per_h,
                    t.storage_discharge_t_per_h);
    std::printf(" (balance %.2g)\n", t.balance_error);
    if (low && high)
        std::printf("intensity from %.6f t/MWh at bus %s to %.6f t/MWh at bus %s\n",
                    low->intensity_t_per_mwh, low->id.c_str(), high->intensity_t_per_mwh,
                    high->id.c_str());
}

int runCef(const CefArgs& a, const std::stop_token& stop) {
    Case c = openCase(a.input);
    if (!a.intensities.empty())
        carbon::applyIntensities(c, a.intensities);
    try {
        carbon::requireCarbonData(c);
    } catch (const Error& e) {
        throw Error(e.code(), std::string(e.what()) + " (or pass --intensity ID=T_PER_MWH,...)");
    }
    carbon::CarbonStudyOptions o;
    o.method = carbon::parseCefMethod(a.method);
    o.dispatch = carbon::parseDispatch(a.dispatch);
    o.day = a.day;
    if (a.hour >= 0)
        o.hour = a.hour;
    requireDayForHour(c, o.day, o.hour);
    o.opf.objective = opf::parseObjective(a.objective);
    const carbon::CarbonStudyResult r = [&] {
        StderrProgress progress("cef");
        return carbon::runCarbonStudy(c, o, &progress, stop);
    }();
    throwIfCancelled(stop, "carbon emission flow");
    const std::string name = caseLabel(c, a.input);
    if (!a.json.empty()) {
        Outputs out;
        out.add("--json", a.json, carbonJson(name, r));
        out.write();
    }
    if (a.json == "-") {
        printDiagnostics(r);
        return 0;
    }
    const std::optional<int> hour =
        r.whole_day ? std::nullopt : std::optional<int>(r.carbon.periods.front().hour);
    std::printf("%s (%s): %s carbon emission flow", name.c_str(),
                periodLabel(r.carbon.day, hour).c_str(),
                std::string(carbon::toString(r.method)).c_str());
    if (!r.carbon.day.empty())
        std::printf(" from %s",
                    r.dispatch == carbon::Dispatch::Opf ? "an OPF" : "hourly power flows");
    std::printf("\n");
    if (r.whole_day) {
        const carbon::DayTotals& t = r.carbon.totals;
        if (!r.carbon.unsolved_hours.empty())
            std::printf("PARTIAL: %zu hour(s) not solved and left out of the totals (see below)\n",
                        r.carbon.unsolved_hours.size());
        std::printf("%zu periods; daily emission: generation %.6f t, load %.6f t, losses %.6f t",
                    r.carbon.periods.size(), t.generation_t, t.load_t, t.loss_t);
        if (t.export_t > 0.0)
            std::printf(", export %.6f t", t.export_t);
        if (t.stored_start_t > 0.0 || t.stored_end_t > 0.0)
            std::printf(", storage conversion %.6f t, stored %.6f -> %.6f t",
                        t.storage_conversion_loss_t, t.stored_start_t, t.stored_end_t);
        std::printf(" (balance %.2g)\n", t.balance_error);
    } else {
        printCarbonPeriod(r.carbon.periods.front());
    }
    std::printf("%.3f s\n", r.seconds);
    printDiagnostics(r);
    return 0;
}

} // namespace

void addCefCommand(CLI::App& app, Runner& chosen) {
    auto a = std::make_shared<CefArgs>();
    CLI::App* ec =
        app.add_subcommand("cef", "carbon emission flow: nodal carbon intensity (docs/carbon.md)");
    addCaseArgument(*ec, a->input);
    addJsonOption(*ec, a->json);
    ec->add_option("--method", a->method,
                   "ac (power flow with losses) or dc (lossless DC power flow)")
        ->check(CLI::IsMember({"ac", "dc"}));
    ec->add_option("--day", a->day,
                   "typical day: trace every hour of it (periods[] and daily totals)");
    ec->add_option("--hour,--period", a->hour,
                   "with --day: report this hour only, from 0 (--period is the older name)")
        ->check(numberWithin("--hour", {.min = 0.0, .max = 1e4}));
    ec->add_option("--dispatch", a->dispatch,
                   "where each hour's state comes from: pf (power flows of the profiles) or opf")
        ->check(CLI::IsMember({"pf", "opf"}));
    ec->add_option("--objective", a->objective,
                   "with --dispatch opf: loss, cost, carbon or weighted");
    ec->add_option("--intensity", a->intensities,
                   "set units' carbon intensities, t/MWh: ID=VALUE[,ID=VALUE...]");
    onChosen(*ec, chosen, [a](std::stop_token stop) { return runCef(*a, stop); });
}

} // namespace gridcarbon::cli
