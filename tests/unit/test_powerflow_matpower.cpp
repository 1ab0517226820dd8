// Power flow against MATPOWER 8.1 runpf (Newton, tol 1e-10, Q limits off) on the reference
// cases, and the two solvers against each other on every radial case.
#include "io/CaseJson.h"
#include "io/Matpower.h"
#include "io/TextFile.h"
#include "powerflow/PowerFlow.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <complex>
#include <numbers>

using namespace gridcarbon;

namespace {

Case matpowerCase(const std::string& name) {
    return loadMatpower(std::string(GRIDCARBON_TEST_DATA "/matpower/") + name + ".m");
}

nlohmann::json reference(const std::string& name) {
    return nlohmann::json::parse(
        readTextFile(std::string(GRIDCARBON_TEST_DATA "/matpower-results/pf_") + name + ".json"));
}

PowerFlowResult solve(const Case& c, PowerFlowMethod m) {
    PowerFlowOptions o;
    o.method = m;
    PowerFlowResult r = runPowerFlow(c, o);
    EXPECT_TRUE(r.converged) << c.name << " with " << toString(m);
    return r;
}

void expectMatchesMatpower(const std::string& name, PowerFlowMethod method) {
    const Case c = matpowerCase(name);
    const nlohmann::json ref = reference(name);
    const PowerFlowResult r = solve(c, method);
    ASSERT_EQ(r.buses.size(), ref["buses"].size());
    double worstVm = 0.0, worstVa = 0.0;
    for (std::size_t i = 0; i < r.buses.size(); ++i) {
        ASSERT_EQ(r.buses[i].id, std::to_string(ref["buses"][i]["id"].get<int>()));
        worstVm =
            std::max(worstVm, std::abs(r.buses[i].vm_pu - ref["buses"][i]["vm_pu"].get<double>()));
        worstVa = std::max(worstVa,
                           std::abs(r.buses[i].va_deg - ref["buses"][i]["va_deg"].get<double>()));
    }
    EXPECT_LT(worstVm, 1e-6) << name;
    EXPECT_LT(worstVa, 1e-5) << name;
    const double refLoss = ref["total_loss_kw"].get<double>();
    EXPECT_NEAR(r.total_loss_kw, refLoss, 5e-4 * refLoss) << name;
    EXPECT_EQ(r.min_vm_bus, std::to_string(ref["vmin_bus"].get<int>()));
    EXPECT_NEAR(r.min_vm_pu, ref["vmin_pu"].get<double>(), 1e-6);

    ASSERT_EQ(r.branches.size(), ref["branches"].size());
    double worstFlow = 0.0;
    for (std::size_t k = 0; k < r.branches.size(); ++k) {
        const auto& rb = ref["branches"][k];
        const BranchFlow& f = r.branches[k];
        ASSERT_EQ(f.from, std::to_string(rb["from"].get<int>()));
        for (auto [mine, key] : {std::pair{f.p_from_mw, "p_from_mw"},
                                 {f.q_from_mvar, "q_from_mvar"},
                                 {f.p_to_mw, "p_to_mw"},
                                 {f.q_to_mvar, "q_to_mvar"}})
            worstFlow = std::max(worstFlow, std::abs(mine - rb[key].get<double>()));
    }
    EXPECT_LT(worstFlow, 1e-6 * c.base_mva) << name;
}

} // namespace

TEST(PowerFlowMatpower, Ieee14NewtonMatchesRunpf) {
    expectMatchesMatpower("case14", PowerFlowMethod::Newton);
}

TEST(PowerFlowMatpower, Ieee14GeneratorOutputsMatchRunpf) {
    const PowerFlowResult r = solve(matpowerCase("case14"), PowerFlowMethod::Auto);
    const nlohmann::json ref = reference("case14");
    ASSERT_EQ(r.generators.size(), ref["gens"].size());
    for (std::size_t g = 0; g < r.generators.size(); ++g) {
        EXPECT_NEAR(r.generators[g].p_mw, ref["gens"][g]["pg_mw"].get<double>(), 1e-6);
        EXPECT_NEAR(r.generators[g].q_mvar, ref["gens"][g]["qg_mvar"].get<double>(), 1e-6);
    }
}

TEST(PowerFlowMatpower, Ieee33SweepAndNewtonMatchRunpf) {
    expectMatchesMatpower("case33bw", PowerFlowMethod::BackwardForwardSweep);
    expectMatchesMatpower("case33bw", PowerFlowMethod::Newton);
}

TEST(PowerFlowMatpower, Ieee33LossesAndLowestVoltageAreBaranWus) {
    const PowerFlowResult r = solve(matpowerCase("case33bw"), PowerFlowMethod::Auto);
    EXPECT_EQ(r.method, PowerFlowMethod::BackwardForwardSweep);
    EXPECT_NEAR(r.total_loss_kw, 202.677, 0.01);
    EXPECT_EQ(r.min_vm_bus, "18");
    EXPECT_NEAR(r.min_vm_pu, 0.91309, 1e-5);
}

TEST(PowerFlowMatpower, Pge69SweepAndNewtonMatchRunpf) {
    expectMatchesMatpower("case69", PowerFlowMethod::BackwardForwardSweep);
    expectMatchesMatpower("case69", PowerFlowMethod::Newton);
    const PowerFlowResult r = solve(matpowerCase("case69"), PowerFlowMethod::Auto);
    EXPECT_NEAR(r.total_loss_kw, 224.99, 0.05);
    EXPECT_EQ(r.min_vm_bus, "65");
}

class RadialCase : public ::testing::TestWithParam<const char*> {};

TEST_P(RadialCase, SweepAndNewtonAgreeTo1e8) {
    const Case c = matpowerCase(GetParam());
    const PowerFlowResult a = solve(c, PowerFlowMethod::BackwardForwardSweep);
    const PowerFlowResult b = solve(c, PowerFlowMethod::Newton);
    double worst = 0.0;
    for (std::size_t i = 0; i < a.buses.size(); ++i)
        worst = std::max(
            worst,
            std::abs(std::polar(a.buses[i].vm_pu, a.buses[i].va_deg * std::numbers::pi / 180) -
                     std::polar(b.buses[i].vm_pu, b.buses[i].va_deg * std::numbers::pi / 180)));
    EXPECT_LT(worst, 1e-8);
    EXPECT_NEAR(a.total_loss_kw, b.total_loss_kw, 1e-6);
}

INSTANTIATE_TEST_SUITE_P(AllRadialReferenceCases, RadialCase,
                         ::testing::Values("case33bw", "case69", "case85", "case141", "case118zh",
                                           "case136ma"));

TEST(PowerFlowRoundTrip, MatpowerToJsonAndBackGivesTheSameFlowTo1e12) {
    for (const char* name : {"case14", "case33bw", "case69", "case85", "case141"}) {
        const Case original = matpowerCase(name);
        const Case reread = readCaseJson(writeCaseJson(original));
        EXPECT_EQ(original, reread) << name;
        const PowerFlowResult a = solve(original, PowerFlowMethod::Auto);
        const PowerFlowResult b = solve(reread, PowerFlowMethod::Auto);
        for (std::size_t i = 0; i < a.buses.size(); ++i) {
            EXPECT_NEAR(a.buses[i].vm_pu, b.buses[i].vm_pu, 1e-12) << name;
            EXPECT_NEAR(a.buses[i].va_deg, b.buses[i].va_deg, 1e-12) << name;
        }
        EXPECT_NEAR(a.total_loss_kw, b.total_loss_kw, 1e-9) << name;
    }
}
