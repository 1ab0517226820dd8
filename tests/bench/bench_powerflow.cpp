// Power flow timings: whole runPowerFlow (validate, compile, solve, flows), a compiled network
// solved at new injections, and the solver alone on a compiled network, on the reference
// feeders and generated radial feeders.
#include "io/Matpower.h"
#include "model/SyntheticFeeder.h"
#include "powerflow/NetworkModel.h"
#include "powerflow/PowerFlow.h"
#include "powerflow/Solvers.h"

#include <benchmark/benchmark.h>

#include <map>

using namespace gridcarbon;

namespace {

const Case& referenceCase(const std::string& name) {
    static std::map<std::string, Case> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.emplace(name, loadMatpower(GRIDCARBON_TEST_DATA "/matpower/" + name + ".m"))
                 .first;
    return it->second;
}

const Case& generated(int buses) {
    static std::map<int, Case> cache;
    auto it = cache.find(buses);
    if (it == cache.end())
        it = cache.emplace(buses, syntheticRadialFeeder({.buses = buses, .seed = 7})).first;
    return it->second;
}

void runWhole(benchmark::State& state, const Case& c, PowerFlowMethod method) {
    PowerFlowOptions o;
    o.method = method;
    for (auto _ : state) {
        PowerFlowResult r = runPowerFlow(c, o);
        if (!r.converged)
            state.SkipWithError("did not converge");
        benchmark::DoNotOptimize(r);
    }
    state.counters["buses"] = static_cast<double>(c.buses.size());
    state.counters["us_per_bus"] = benchmark::Counter(
        static_cast<double>(c.buses.size()),
        benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void runSolverOnly(benchmark::State& state, const Case& c, PowerFlowMethod method) {
    const NetworkModel m = compileNetwork(c, {});
    NullProgress progress;
    for (auto _ : state) {
        SolverOutcome s = method == PowerFlowMethod::Newton
                              ? solveNewton(m, 1e-10, 30, progress, {})
                              : solveSweep(m, 1e-10, 200, progress, {});
        benchmark::DoNotOptimize(s);
    }
    state.counters["buses"] = static_cast<double>(c.buses.size());
}

// Compile once, then per iteration: new injections (every load scaled by a factor that
// changes each time, as the hours of a day or an agent's steps do) and a full solve with
// flows and unit outputs. Compare with BM_PowerFlow of the same case in the same run.
void runCompiled(benchmark::State& state, const Case& c, PowerFlowMethod method) {
    CompiledNetwork network(c);
    const OperatingPoint base = operatingPointOf(c, {});
    OperatingPoint x = base;
    PowerFlowOptions o;
    o.method = method;
    int step = 0;
    for (auto _ : state) {
        const double scale = 0.8 + 0.02 * (step++ % 20);
        for (std::size_t i = 0; i < x.load_p_mw.size(); ++i) {
            x.load_p_mw[i] = base.load_p_mw[i] * scale;
            x.load_q_mvar[i] = base.load_q_mvar[i] * scale;
        }
        network.setOperatingPoint(x);
        PowerFlowResult r = network.solve(o);
        if (!r.converged)
            state.SkipWithError("did not converge");
        benchmark::DoNotOptimize(r);
    }
    state.counters["buses"] = static_cast<double>(c.buses.size());
}

void BM_Compiled(benchmark::State& state, const char* name, PowerFlowMethod method) {
    runCompiled(state, referenceCase(name), method);
}

void BM_PowerFlow(benchmark::State& state, const char* name, PowerFlowMethod method) {
    runWhole(state, referenceCase(name), method);
}
void BM_Solver(benchmark::State& state, const char* name, PowerFlowMethod method) {
    runSolverOnly(state, referenceCase(name), method);
}
void BM_PowerFlowGenerated(benchmark::State& state, PowerFlowMethod method) {
    runWhole(state, generated(static_cast<int>(state.range(0))), method);
}

} // namespace

BENCHMARK_CAPTURE(BM_PowerFlow, case33bw_bfs, "case33bw", PowerFlowMethod::BackwardForwardSweep)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_PowerFlow, case33bw_newton, "case33bw", PowerFlowMethod::Newton)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_PowerFlow, case69_bfs, "case69", PowerFlowMethod::BackwardForwardSweep)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_PowerFlow, case69_newton, "case69", PowerFlowMethod::Newton)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_PowerFlow, case141_bfs, "case141", PowerFlowMethod::BackwardForwardSweep)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_PowerFlow, case141_newton, "case141", PowerFlowMethod::Newton)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Compiled, case33bw_bfs, "case33bw", PowerFlowMethod::BackwardForwardSweep)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Compiled, case33bw_newton, "case33bw", PowerFlowMethod::Newton)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Compiled, case69_bfs, "case69", PowerFlowMethod::BackwardForwardSweep)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Solver, case33bw_bfs, "case33bw", PowerFlowMethod::BackwardForwardSweep)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Solver, case33bw_newton, "case33bw", PowerFlowMethod::Newton)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_PowerFlowGenerated, bfs, PowerFlowMethod::BackwardForwardSweep)
    ->RangeMultiplier(10)
    ->Range(100, 10000)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_PowerFlowGenerated, newton, PowerFlowMethod::Newton)
    ->RangeMultiplier(10)
    ->Range(100, 10000)
    ->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
