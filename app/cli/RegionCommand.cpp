// gridcarbon-cli region CASE --observe ...: the committed-carbon-emission operating region of
// observed loads (docs/region.md), as JSON and as hull files.
#include "Command.h"
#include "StderrProgress.h"

#include "io/HullFiles.h"
#include "io/RegionJson.h"
#include "region/RegionStudy.h"
#include "util/Error.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <memory>

namespace gridcarbon::cli {
namespace {

struct RegionArgs {
    std::string input;
    std::string observe;
    std::string method = "adaptive";
    region::RegionOptions options; // the numeric settings, from regionNumberOptions()
    double cap = 0.0;
    std::string day;
    int hour = -1;
    std::string json;
    std::string vtp;
    std::string stl;
    std::string csv;
    bool force = false;
};

[[noreturn]] void refuseStl(const std::string& path) {
    throw badInput(path + ": STL needs a 3-D region; observe 3 buses or use --vtp or --csv");
}

// "3,5,7" or "auto:N".
void parseObserve(const std::string& text, region::RegionOptions& o) {
    if (text.rfind("auto:", 0) == 0) {
        const std::string count = text.substr(5);
        if (count != "2" && count != "3") // a region has two or three axes
            throw badInput("--observe auto:N needs N of 2 or 3, got '" + text + "'");
        o.auto_count = count[0] - '0';
        return;
    }
    o.observed = splitList(text, "--observe", "bus id");
}

int runRegionCommand(const RegionArgs& a, const std::stop_token& stop) {
    Outputs::requireDistinct(
        {{"--vtp", a.vtp}, {"--stl", a.stl}, {"--csv", a.csv}, {"--json", a.json}});
    const Case c = openCase(a.input);
    region::RegionOptions o = a.options;
    parseObserve(a.observe, o);
    // A 2-D request cannot give an STL: said before the solve, unless a bus is unknown, which
    // the study names first.
    const auto known = [&](const std::string& id) {
        return std::any_of(c.buses.begin(), c.buses.end(),
                           [&](const Bus& b) { return b.id == id; });
    };
    const bool twoAxes =
        o.auto_count == 2 ||
        (o.observed.size() == 2 && std::all_of(o.observed.begin(), o.observed.end(), known));
    if (!a.stl.empty() && twoAxes)
        refuseStl(a.stl);
    o.method = region::parseMethod(a.method);
    if (a.cap > 0.0)
        o.cap_t = a.cap;
    o.day = a.day;
    if (a.hour >= 0)
        o.hour = a.hour;
    o.force = a.force;
    const region::RegionResult r = [&] {
        StderrProgress progress("region");
        return region::runRegion(c, o, &progress, stop);
    }();
    // Before any file is written: a 2-D region has no STL, and a cancelled run writes nothing.
    if (!a.stl.empty() && r.hull.dimension != 3)
        refuseStl(a.stl);
    throwIfCancelled(stop, "region study");
    const std::string name = caseLabel(c, a.input);
    Outputs out;
    if (!a.vtp.empty())
        out.add("--vtp", a.vtp, hullVtpText(a.vtp, r.hull, r.axis_names));
    if (!a.stl.empty())
        out.add("--stl", a.stl, hullStlText(a.stl, r.hull, name + " region"));
    if (!a.csv.empty())
        out.add("--csv", a.csv, hullCsvText(a.csv, r.hull, r.axis_names));
    if (!a.json.empty())
        out.add("--json", a.json, regionJson(name, r));
    out.write();
    if (a.json == "-")
        return 0;
    const char* unit = r.hull.dimension == 2 ? "MW^2" : "MW^3";
    std::printf("%s: %s region of", name.c_str(), std::string(region::toString(r.method)).c_str());
    for (const std::string& id : r.observed)
        std::printf(" %s", id.c_str());
    std::printf(" (%s, cap %.4g t)\n", periodLabel(r.day, r.hour).c_str(), r.cap_t);
    std::printf("volume %.6g %s, %zu vertices, %zu facets", r.hull.volume, unit,
                r.hull.vertices.size(), r.hull.facets.size());
    if (r.outer)
        std::printf("; outer %.6g %s, certified gap %.3g %% of the axis ranges", r.outer->volume,
                    unit, r.certified_gap * 100.0);
    std::printf("\nbase point margin %.6g MW, equilibrium degree %.4g\n", r.indices.margin_mw,
                r.indices.equilibrium_degree);
    if (r.validation)
        std::printf("validation (%d + %d samples, seed %llu): %.2f %% inside infeasible, %.2f %% "
                    "outside feasible, %.3f s\n",
                    r.validation->samples, r.validation->samples,
                    static_cast<unsigned long long>(r.validation->seed),
                    r.validation->inside_infeasible_pct, r.validation->outside_feasible_pct,
                    r.stats.validation_seconds);
    std::printf("%d boundary problems, %d oracle calls, %d LP solves, %.3f s",
                r.stats.boundary_problems, r.stats.oracle_calls, r.stats.lp_solves,
                r.stats.seconds);
    if (r.validation)
        std::printf(" (%.3f s with indices and validation)", r.seconds);
    std::printf("\n");
    return 0;
}

} // namespace

void addRegionCommand(CLI::App& app, Runner& chosen) {
    auto a = std::make_shared<RegionArgs>();
    CLI::App* rc = app.add_subcommand(
        "region", "committed-carbon-emission operating region of observed loads (docs/region.md)");
    addCaseArgument(*rc, a->input);
    rc->add_option("--observe", a->observe,
                   "observed buses B1,B2[,B3], or auto:N to choose N by carbon emission flow")
        ->required();
    rc->add_option("--method", a->method, "adaptive, scba, hba or chba")
        ->check(CLI::IsMember({"adaptive", "scba", "hba", "chba"}));
    addNumberOptions<region::RegionOptions>(*rc, region::regionNumberOptions(),
                                            [a]() -> region::RegionOptions& { return a->options; });
    rc->add_option("--cap", a->cap,
                   "daily carbon cap, t (default: the case's economics.daily_carbon_cap_t)")
        ->check(numberWithin("--cap", {.min = 0.0, .max = 1e9, .min_inclusive = false}));
    rc->add_option("--day", a->day, "typical day (default: the case's first)");
    rc->add_option("--hour", a->hour,
                   "observe the load of this hour instead of each bus's daily peak")
        ->check(numberWithin("--hour", {.min = 0.0, .max = 1e4}));
    rc->add_flag("--force", a->force,
                 "run a request estimated above 100,000 solves (refused otherwise, with the "
                 "estimate)");
    addJsonOption(*rc, a->json);
    rc->add_option("--vtp", a->vtp, "write the region as VTK PolyData (.vtp)");
    rc->add_option("--stl", a->stl, "write the region as ASCII STL (3 axes)");
    rc->add_option("--csv", a->csv, "write the region's vertices as CSV");
    onChosen(*rc, chosen, [a](std::stop_token stop) { return runRegionCommand(*a, stop); });
}

} // namespace gridcarbon::cli
