// Carbon emission flow timings on IEEE 33, the 141-bus feeder and generated feeders up to
// 10,000 buses with PV exporting in places: the sparse engine alone on a solved state, the
// whole study (power flow + tracing), and, side by side, the textbook dense route of paper 000
// eqs (5)-(6): build Au and solve it densely.
#include "carbon/CarbonFlow.h"
#include "carbon/CarbonStudy.h"
#include "io/CaseJson.h"
#include "model/SyntheticFeeder.h"
#include "powerflow/PowerFlow.h"

#include <Eigen/Dense>
#include <benchmark/benchmark.h>

#include <map>

using namespace gridcarbon;

namespace {

const Case& bundled(const std::string& name) {
    static std::map<std::string, Case> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.emplace(name, loadCaseJson(GRIDCARBON_CASES "/" + name + ".json")).first;
    return it->second;
}

// A generated feeder with a 0-carbon PV unit at every 50th bus producing three times the
// feeder's mean bus load, so some laterals export upstream.
const Case& generated(int buses) {
    static std::map<int, Case> cache;
    auto it = cache.find(buses);
    if (it == cache.end()) {
        Case c = syntheticRadialFeeder({.buses = buses, .seed = 7});
        c.generators.front().carbon_intensity_t_per_mwh = 0.58;
        const double share = 3.0 * 5.0 / buses;
        for (int b = 25; b < buses; b += 50)
            c.generators.push_back(Generator{.id = "PV" + std::to_string(b),
                                             .bus = c.buses[static_cast<std::size_t>(b)].id,
                                             .kind = GeneratorKind::PV,
                                             .p_mw = share});
        it = cache.emplace(buses, std::move(c)).first;
    }
    return it->second;
}

const carbon::FlowState& solvedState(const Case& c) {
    static std::map<const Case*, carbon::FlowState> cache;
    auto it = cache.find(&c);
    if (it == cache.end())
        it = cache.emplace(&c, carbon::flowStateFromPowerFlow(c, runPowerFlow(c), "", 0)).first;
    return it->second;
}

void engine(benchmark::State& state, const Case& c) {
    const carbon::FlowState& s = solvedState(c);
    for (auto _ : state) {
        carbon::CarbonFlowResult r = carbon::computeCarbonFlow(c, s);
        benchmark::DoNotOptimize(r);
    }
    state.counters["buses"] = static_cast<double>(c.buses.size());
}

void study(benchmark::State& state, const Case& c) {
    for (auto _ : state) {
        carbon::CarbonStudyResult r = carbon::runCarbonStudy(c, {});
        benchmark::DoNotOptimize(r);
    }
    state.counters["buses"] = static_cast<double>(c.buses.size());
}

// Paper 000 eq (5): (Au)_jj = 1, (Au)_ji = -P_ji / P_i for each i feeding j; eq (6) gives every
// node's carbon through-flow as Au^-1 diag(P_G) E_G, solved here with a dense LU.
void denseDistributionMatrix(benchmark::State& state, const Case& c) {
    const carbon::FlowState& s = solvedState(c);
    const auto n = static_cast<Eigen::Index>(s.bus_ids.size());
    for (auto _ : state) {
        Eigen::VectorXd through = Eigen::VectorXd::Zero(n), carbon = Eigen::VectorXd::Zero(n);
        for (const carbon::Exchange& x : s.exchanges)
            if (x.kind == carbon::ExchangeKind::Unit && x.p_mw > 0.0) {
                through[static_cast<Eigen::Index>(x.bus)] += x.p_mw;
                carbon[static_cast<Eigen::Index>(x.bus)] +=
                    x.p_mw * c.generators[x.device].carbon_intensity_t_per_mwh;
            }
        for (const carbon::BranchTransfer& b : s.branches) {
            if (b.p_from_mw > 0.0)
                through[static_cast<Eigen::Index>(b.to)] -= b.p_to_mw;
            else
                through[static_cast<Eigen::Index>(b.from)] -= b.p_from_mw;
        }
        Eigen::MatrixXd au = Eigen::MatrixXd::Identity(n, n);
        for (const carbon::BranchTransfer& b : s.branches) {
            const bool forward = b.p_from_mw > 0.0;
            const auto i = static_cast<Eigen::Index>(forward ? b.from : b.to);
            const auto j = static_cast<Eigen::Index>(forward ? b.to : b.from);
            const double received = forward ? -b.p_to_mw : -b.p_from_mw;
            if (through[i] > 0.0)
                au(j, i) -= received / through[i];
        }
        Eigen::VectorXd nodal = au.partialPivLu().solve(carbon);
        benchmark::DoNotOptimize(nodal);
    }
    state.counters["buses"] = static_cast<double>(c.buses.size());
}

} // namespace

BENCHMARK_CAPTURE(engine, ieee33, bundled("ieee33"))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(engine, case141, bundled("case141"))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(engine, generated_1000, generated(1000))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(engine, generated_10000, generated(10000))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(study, ieee33, bundled("ieee33"))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(study, case141, bundled("case141"))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(study, generated_10000, generated(10000))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(denseDistributionMatrix, ieee33, bundled("ieee33"))
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(denseDistributionMatrix, case141, bundled("case141"))
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(denseDistributionMatrix, generated_1000, generated(1000))
    ->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
