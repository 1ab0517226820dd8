// The bundled cases load, keep their source's power flow, and carry the profiles and
// candidate sites cases/README.md promises.
#include "io/CaseJson.h"
#include "io/TextFile.h"
#include "opf/Opf.h"
#include "powerflow/PowerFlow.h"

#include "TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

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

// The names of the typical days of a case (those of its load profile).
std::vector<std::string> dayNames(const Case& c) {
    std::vector<std::string> names;
    if (const Profile* p = findProfile(c, "load"))
        for (const TypicalDay& d : p->days)
            names.push_back(d.name);
    return names;
}

// Load, wind and PV profiles over exactly the typical days `days`, 24 hourly multipliers in
// [0, 1] each, weights adding up to a year; no sun at 02:00 and sun at noon; the price
// profiles over the same days; and a converging base power flow.
void expectTypicalDays(const std::string& name, const std::vector<std::string>& days) {
    const Case c = bundledCase(name);
    for (const char* id : {"load", "wind", "pv"}) {
        const Profile* p = findProfile(c, id);
        ASSERT_NE(p, nullptr) << name << " " << id;
        ASSERT_EQ(p->days.size(), days.size()) << name << " " << id;
        double weight = 0.0;
        for (std::size_t k = 0; k < days.size(); ++k) {
            const TypicalDay& d = p->days[k];
            EXPECT_EQ(d.name, days[k]) << name << " " << id;
            ASSERT_EQ(d.values.size(), 24u);
            weight += d.weight_days;
            for (double v : d.values) {
                EXPECT_GE(v, 0.0);
                EXPECT_LE(v, 1.0);
            }
        }
        EXPECT_DOUBLE_EQ(weight, 365.0) << name << " " << id;
    }
    const Profile* pv = findProfile(c, "pv");
    for (const TypicalDay& d : pv->days) {
        EXPECT_EQ(d.values[2], 0.0) << "no sun at 02:00";
        EXPECT_GT(d.values[12], 0.5) << "sun at noon";
    }
    for (const std::string& id :
         {c.economics.purchase_price_profile, c.economics.sale_price_profile}) {
        const Profile* p = findProfile(c, id);
        ASSERT_NE(p, nullptr) << name << " " << id;
        EXPECT_EQ(p->quantity, ProfileQuantity::Price);
        ASSERT_EQ(p->days.size(), days.size()) << name << " " << id;
        for (std::size_t k = 0; k < days.size(); ++k)
            EXPECT_EQ(p->days[k].name, days[k]) << name << " " << id;
    }
    EXPECT_TRUE(runPowerFlow(c).converged) << name;
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

TEST(BundledCases, EveryCaseButTheMicrogridsHasFourTypicalDaysOfLoadWindAndPv) {
    for (const char* name :
         {"ieee14", "ieee33", "ieee33-der", "pge69", "pge69-der", "case85", "case141"})
        expectTypicalDays(name, {"spring", "summer", "autumn", "winter"});
}

TEST(BundledCases, MicrogridsHaveOneTypicalDayOfLoadWindAndPv) {
    for (const char* name : {"microgrid-a", "microgrid-b"})
        expectTypicalDays(name, {"typical"});
}

// Paper 003, appendix table 1: daily carbon cap 50 t, grid tie 5 MW at 1.05 t/MWh,
// controllable units 0.03-0.1 MW with a 0.06 MW/h ramp at 0.49 t/MWh, 0.95-1.05 p.u.
TEST(BundledCases, MicrogridsCarryPaper003Parameters) {
    for (const char* name : {"microgrid-a", "microgrid-b"}) {
        SCOPED_TRACE(name);
        const Case c = bundledCase(name);
        for (const Bus& b : c.buses) {
            EXPECT_DOUBLE_EQ(b.vmin_pu, 0.95) << b.id;
            EXPECT_DOUBLE_EQ(b.vmax_pu, 1.05) << b.id;
        }
        const Generator& grid = unit(c, "GRID");
        EXPECT_EQ(grid.kind, GeneratorKind::Grid);
        EXPECT_EQ(grid.control, Control::Slack);
        EXPECT_DOUBLE_EQ(grid.p_max_mw, 5.0);
        EXPECT_DOUBLE_EQ(grid.p_min_mw, -5.0);
        EXPECT_DOUBLE_EQ(grid.carbon_intensity_t_per_mwh, 1.05);
        int mts = 0;
        for (const Generator& g : c.generators) {
            if (g.kind != GeneratorKind::MT)
                continue;
            ++mts;
            EXPECT_DOUBLE_EQ(g.p_min_mw, 0.03) << g.id;
            EXPECT_DOUBLE_EQ(g.p_max_mw, 0.10) << g.id;
            EXPECT_DOUBLE_EQ(g.ramp_mw_per_h, 0.06) << g.id;
            EXPECT_DOUBLE_EQ(g.carbon_intensity_t_per_mwh, 0.49) << g.id;
            EXPECT_FALSE(g.candidate) << g.id;
        }
        EXPECT_EQ(mts, 2);
        EXPECT_EQ(unit(c, "WT1").profile, "wind");
        EXPECT_EQ(unit(c, "PV1").profile, "pv");
        EXPECT_GT(c.economics.daily_carbon_cap_t, 0.0);
    }
    EXPECT_DOUBLE_EQ(bundledCase("microgrid-a").economics.daily_carbon_cap_t, 50.0);
}

TEST(BundledCases, MicrogridBIsPge69sNetworkAtAFractionOfItsLoad) {
    const Case a = bundledCase("pge69");
    const Case b = bundledCase("microgrid-b");
    EXPECT_EQ(b.branches, a.branches);
    EXPECT_EQ(b.base_mva, a.base_mva);
    ASSERT_EQ(b.buses.size(), a.buses.size());
    for (std::size_t i = 0; i < a.buses.size(); ++i)
        EXPECT_EQ(b.buses[i].id, a.buses[i].id);
    ASSERT_EQ(b.loads.size(), a.loads.size());
    const double scale = b.loads[0].p_mw / a.loads[0].p_mw;
    EXPECT_GT(scale, 0.0);
    EXPECT_LE(scale, 1.0);
    for (std::size_t i = 0; i < a.loads.size(); ++i) {
        EXPECT_EQ(b.loads[i].bus, a.loads[i].bus);
        EXPECT_NEAR(b.loads[i].p_mw, scale * a.loads[i].p_mw, 1e-6) << a.loads[i].id;
        EXPECT_NEAR(b.loads[i].q_mvar, scale * a.loads[i].q_mvar, 1e-6) << a.loads[i].id;
    }
}

// The base operating point sits comfortably inside the committed-carbon region: the day's
// least-carbon dispatch keeps every voltage within 0.95-1.05 p.u. and stays under the cap.
TEST(BundledCases, MicrogridsLeastCarbonDayIsWithinLimitsAndUnderTheCap) {
    for (const char* name : {"microgrid-a", "microgrid-b"}) {
        SCOPED_TRACE(name);
        const Case c = bundledCase(name);
        // With the units off, the grid alone carries the peak load within the voltage limits.
        const PowerFlowResult pf = runPowerFlow(c);
        ASSERT_TRUE(pf.converged);
        EXPECT_GE(pf.min_vm_pu, 0.95) << pf.min_vm_bus;
        opf::OpfOptions o;
        o.objective = opf::Objective::Carbon;
        o.day = "typical";
        const opf::OpfResult r = opf::runOpf(c, o);
        ASSERT_EQ(r.status, opt::Status::Optimal);
        ASSERT_EQ(r.periods.size(), 24u);
        for (const opf::PeriodResult& p : r.periods)
            for (const opf::BusResult& b : p.buses) {
                EXPECT_GE(b.vm_pu, 0.95 - 1e-6) << b.id << " at " << p.hour;
                EXPECT_LE(b.vm_pu, 1.05 + 1e-6) << b.id << " at " << p.hour;
            }
        for (const opf::AcCheck& ac : r.ac)
            EXPECT_TRUE(ac.converged) << ac.hour;
        EXPECT_GT(r.carbon_t, 0.0);
        EXPECT_LT(r.carbon_t, 0.8 * c.economics.daily_carbon_cap_t) << "a 20 % margin at least";
    }
}

TEST(BundledCases, EveryHourOfEveryDaySolves) {
    for (const char* name : {"ieee33", "microgrid-a", "microgrid-b"}) {
        const Case c = bundledCase(name);
        const std::vector<std::string> days = dayNames(c);
        EXPECT_FALSE(days.empty()) << name;
        for (const std::string& day : days)
            for (int h = 0; h < 24; ++h) {
                PowerFlowOptions o;
                o.day = day;
                o.hour = h;
                EXPECT_TRUE(runPowerFlow(c, o).converged) << name << " " << day << " " << h;
            }
    }
}
