// The committed-carbon-emission operating region of microgrid-a, observed loads 3, 5, 7
// (docs/region.md): every method builds the region in the same run, timed without indices and
// validation; each region is then validated once, outside the timing, with 1,000 points inside
// and 1,000 outside judged by the AC oracle (paper 003 eqs 27-28). Counters: volume, accuracy,
// solver work. docs/performance.md records a run.
#include "io/CaseJson.h"
#include "region/RegionStudy.h"

#include <benchmark/benchmark.h>

using namespace gridcarbon;

namespace {

constexpr int kValidationSamples = 1000;

void buildRegion(benchmark::State& state, region::Method method, double tolerance) {
    const Case c = loadCaseJson(GRIDCARBON_CASES "/microgrid-a.json");
    region::RegionOptions o;
    o.observed = {"3", "5", "7"};
    o.method = method;
    o.tolerance = tolerance;
    region::RegionResult r;
    for (auto _ : state)
        r = region::runRegion(c, o);
    region::RegionOptions validated = o;
    validated.validate = kValidationSamples;
    validated.seed = 2026;
    const region::RegionResult v = region::runRegion(c, validated);
    state.counters["volume_mw3"] = r.hull.volume;
    state.counters["vertices"] = static_cast<double>(r.hull.vertices.size());
    state.counters["boundary_problems"] = r.stats.boundary_problems;
    state.counters["oracle_calls"] = r.stats.oracle_calls;
    state.counters["lp_solves"] = r.stats.lp_solves;
    state.counters["inside_infeasible_pct"] = v.validation->inside_infeasible_pct;
    state.counters["outside_feasible_pct"] = v.validation->outside_feasible_pct;
    if (r.outer) {
        state.counters["outer_volume_mw3"] = r.outer->volume;
        state.counters["certified_gap_pct"] = 100.0 * r.certified_gap;
    }
}

} // namespace

// adaptive at the 1 % and at 0.1 % of the axis ranges; the others at their defaults
// (scba and hba: 5 % grid step; chba: 160 rays).
BENCHMARK_CAPTURE(buildRegion, adaptive_1pct, region::Method::Adaptive, 0.01)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);
BENCHMARK_CAPTURE(buildRegion, adaptive_0_1pct, region::Method::Adaptive, 0.001)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);
BENCHMARK_CAPTURE(buildRegion, scba, region::Method::Scba, 0.01)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
BENCHMARK_CAPTURE(buildRegion, hba, region::Method::Hba, 0.01)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
BENCHMARK_CAPTURE(buildRegion, chba, region::Method::Chba, 0.01)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

BENCHMARK_MAIN();
