// 24-period SOC OPF on the bundled feeders with DERs and storage (docs/opf.md): the whole
// runOpf call (model building and solving; no AC check), with the solver's counters.
// tests/bench/compare_opf_cvxopt.sh runs the same models through cvxopt side by side.
#include "io/CaseJson.h"
#include "opf/Opf.h"

#include <benchmark/benchmark.h>

using namespace gridcarbon;

namespace {

void runDay(benchmark::State& state, const std::string& name, opf::Objective objective) {
    const Case c = loadCaseJson(std::string(GRIDCARBON_CASES "/") + name + ".json");
    opf::OpfOptions o;
    o.day = "summer";
    o.objective = objective;
    o.recover_ac = false;
    opf::OpfResult r;
    for (auto _ : state) {
        r = opf::runOpf(c, o);
        if (r.status != opt::Status::Optimal)
            state.SkipWithError("not optimal");
    }
    state.counters["objective"] = r.objective;
    state.counters["lp_solves"] = r.stats.lp_solves;
    state.counters["cuts"] = r.stats.cuts;
    state.counters["simplex_iterations"] = static_cast<double>(r.stats.simplex_iterations);
    state.counters["solve_s"] = r.stats.seconds;
}

} // namespace

BENCHMARK_CAPTURE(runDay, ieee33_der_loss, "ieee33-der", opf::Objective::Loss)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(runDay, ieee33_der_cost, "ieee33-der", opf::Objective::Cost)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(runDay, pge69_der_loss, "pge69-der", opf::Objective::Loss)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(runDay, pge69_der_cost, "pge69-der", opf::Objective::Cost)
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
