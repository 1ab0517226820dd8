// The bundled cases load, keep their source's power flow, and carry the profiles and
// candidate sites cases/README.md promises.
#include "io/CaseJson.h"
#include "io/TextFile.h"
#include "powerflow/PowerFlow.h"

#include "TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace gridcarbon;

namespace {

using test::bundledCase;

void expectSameVoltagesAsMatpower(const std::string& caseName, const std::string& refName) {
    const auto ref = nlohmann::json::parse(readTextFile(
        std::string(GRIDCARBON_TEST_DATA "/matpower-results/pf_") + refName + ".json"));
    const PowerFlowResult r = runPowerFlow(bundledCase(caseName));
    ASSERT_TRUE(r.converged);
    for (std::size_t i = 0; i < r.buses.size(); ++i)
        EXPECT_NEAR(r.buses[i].vm_pu, ref["buses"][i]["vm_pu"].get<double>(), 1e-6);
    EXPECT_NEAR(r.total_loss_kw, ref["total_loss_kw"].get<double>(),
                5e-4 * ref["total_loss_kw"].get<double>());
}

const Generator& unit(const Case& c, const std::string& id) {
    auto it = std::find_if(c.generators.begin(), c.generators.end(),
                           [&](const Generator& g) { return g.id == id; });
    EXPECT_NE(it, c.generators.end()) << id;
    return *it;
}

} // namespace

TEST(BundledCases, Ieee33AndPge69AndIeee14KeepMatpowersPowerFlow) {
    expectSameVoltagesAsMatpower("ieee33", "case33bw");
    expectSameVoltagesAsMatpower("pge69", "case69");
    expectSameVoltagesAsMatpower("ieee14", "case14");
}

TEST(BundledCases, Ieee14CarriesPaper000CarbonIntensities) {
    const Case c = bundledCase("ieee14");
    EXPECT_DOUBLE_EQ(unit(c, "G1").carbon_intensity_t_per_mwh, 0.875);
    EXPECT_EQ(unit(c, "G1").fuel, "coal");
    EXPECT_DOUBLE_EQ(unit(c, "G2").carbon_intensity_t_per_mwh, 0.525);
    EXPECT_EQ(unit(c, "G3").kind, GeneratorKind::WT);
    EXPECT_DOUBLE_EQ(unit(c, "G4").carbon_intensity_t_per_mwh, 0.520);
    EXPECT_EQ(unit(c, "G5").kind, GeneratorKind::HT);
    EXPECT_DOUBLE_EQ(c.economics.free_carbon_quota_t, 130.0);
}

TEST(BundledCases, Ieee33CandidateSitesArePaper002sWithoutCapacity) {
    const Case c = bundledCase("ieee33");
    const std::vector<std::pair<std::string, std::string>> sites{
        {"WT3", "3"},   {"WT17", "17"}, {"WT21", "21"}, {"PV10", "10"},
        {"PV24", "24"}, {"PV31", "31"}, {"HT6", "6"},   {"MT2", "2"}};
    for (const auto& [id, bus] : sites) {
        const Generator& g = unit(c, id);
        EXPECT_EQ(g.bus, bus);
        EXPECT_TRUE(g.candidate);
        EXPECT_EQ(g.p_max_mw, 0.0);
        EXPECT_GT(g.candidate_max_mw, 0.0);
    }
    std::vector<std::string> esBuses;
    for (const Storage& s : c.storages)
        esBuses.push_back(s.bus);
    EXPECT_EQ(esBuses, (std::vector<std::string>{"5", "16", "25", "33"}));
    EXPECT_EQ(std::count_if(c.branches.begin(), c.branches.end(),
                            [](const Branch& b) { return !b.in_service; }),
              5);
}

TEST(BundledCases, Pge69CandidateSitesFollowPaper002Table5) {
    const Case c = bundledCase("pge69");
    EXPECT_EQ(unit(c, "HT9").candidate_max_mw, 15.0);
    EXPECT_EQ(unit(c, "MT47").bus, "47");
    EXPECT_EQ(unit(c, "PV65").bus, "65");
    EXPECT_EQ(c.storages.size(), 7u);
}

TEST(BundledCases, EveryCaseHasFourTypicalDaysOfLoadWindAndPv) {
    for (const char* name : {"ieee14", "ieee33", "pge69", "case85", "case141"}) {
        const Case c = bundledCase(name);
        for (const char* id : {"load", "wind", "pv"}) {
            const Profile* p = findProfile(c, id);
            ASSERT_NE(p, nullptr) << name << " " << id;
            ASSERT_EQ(p->days.size(), 4u);
            double weight = 0.0;
            for (const TypicalDay& d : p->days) {
                ASSERT_EQ(d.values.size(), 24u);
                weight += d.weight_days;
                for (double v : d.values) {
                    EXPECT_GE(v, 0.0);
                    EXPECT_LE(v, 1.0);
                }
            }
            EXPECT_DOUBLE_EQ(weight, 365.0);
        }
        const Profile* pv = findProfile(c, "pv");
        for (const TypicalDay& d : pv->days) {
            EXPECT_EQ(d.values[2], 0.0) << "no sun at 02:00";
            EXPECT_GT(d.values[12], 0.5) << "sun at noon";
        }
        EXPECT_TRUE(runPowerFlow(c).converged) << name;
    }
}

TEST(BundledCases, EveryHourOfEveryDaySolves) {
    const Case c = bundledCase("ieee33");
    for (const char* day : {"spring", "summer", "autumn", "winter"})
        for (int h = 0; h < 24; ++h) {
            PowerFlowOptions o;
            o.day = day;
            o.hour = h;
            EXPECT_TRUE(runPowerFlow(c, o).converged) << day << " " << h;
        }
}
