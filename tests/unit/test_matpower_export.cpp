// MATPOWER v2 export (io/MatpowerWriter.h, issue 14 item 2): what the importer reads back is
// the same network with the same power flow, carbon data and costs; what MATPOWER cannot hold
// is written as the power flow sees it and named in the notes.
#include "TestSupport.h"
#include "io/Matpower.h"
#include "io/MatpowerWriter.h"
#include "io/TextFile.h"
#include "model/LineTypes.h"
#include "powerflow/PowerFlow.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

using namespace gridcarbon;

namespace {

Case roundTrip(const Case& c, std::vector<std::string>* notes = nullptr) {
    const MatpowerText m = matpowerText(c, "exported");
    if (notes)
        *notes = m.notes;
    return importMatpower(m.text, "exported.m");
}

void expectSamePowerFlow(const Case& a, const Case& b, const std::string& name) {
    const PowerFlowResult ra = runPowerFlow(a, {}), rb = runPowerFlow(b, {});
    ASSERT_TRUE(ra.converged && rb.converged) << name;
    ASSERT_EQ(ra.buses.size(), rb.buses.size()) << name;
    for (std::size_t k = 0; k < ra.buses.size(); ++k) {
        EXPECT_EQ(rb.buses[k].id, ra.buses[k].id) << name;
        EXPECT_NEAR(rb.buses[k].vm_pu, ra.buses[k].vm_pu, 1e-9)
            << name << ": MATPOWER round trip, |V| of bus " << ra.buses[k].id;
        EXPECT_NEAR(rb.buses[k].va_deg, ra.buses[k].va_deg, 1e-9)
            << name << ": MATPOWER round trip, angle of bus " << ra.buses[k].id;
    }
    EXPECT_NEAR(rb.total_loss_kw, ra.total_loss_kw, 1e-6) << name;
}

bool mentions(const std::vector<std::string>& notes, const std::string& what) {
    return std::any_of(notes.begin(), notes.end(),
                       [&](const std::string& n) { return n.find(what) != std::string::npos; });
}

} // namespace

TEST(MatpowerExport, BundledCasesComeBackWithTheSamePowerFlow) {
    for (const char* name :
         {"ieee33", "ieee14", "ieee33-der", "pge69-der", "microgrid-a", "case85", "case141"}) {
        const Case c = test::bundledCase(name);
        expectSamePowerFlow(c, roundTrip(c), name);
    }
}

TEST(MatpowerExport, TheNetworkComesBackExactly) {
    const Case c = test::bundledCase("ieee14");
    const Case b = roundTrip(c);
    EXPECT_EQ(b.name, "exported");
    EXPECT_EQ(b.base_mva, c.base_mva);
    ASSERT_EQ(b.buses.size(), c.buses.size());
    for (std::size_t i = 0; i < c.buses.size(); ++i) {
        Bus expected = c.buses[i];
        expected.position.reset();
        EXPECT_EQ(b.buses[i], expected) << "MATPOWER round trip: bus " << expected.id;
    }
    ASSERT_EQ(b.branches.size(), c.branches.size());
    for (std::size_t i = 0; i < c.branches.size(); ++i) {
        Branch expected = c.branches[i];
        expected.id = "L" + std::to_string(i + 1);
        EXPECT_EQ(b.branches[i], expected) << "MATPOWER round trip: branch " << c.branches[i].id;
    }
    ASSERT_EQ(b.loads.size(), c.loads.size());
    for (std::size_t i = 0; i < c.loads.size(); ++i) {
        EXPECT_EQ(b.loads[i].bus, c.loads[i].bus);
        EXPECT_EQ(b.loads[i].p_mw, c.loads[i].p_mw);
        EXPECT_EQ(b.loads[i].q_mvar, c.loads[i].q_mvar);
    }
}

TEST(MatpowerExport, UnitsKeepKindFuelControlCarbonCostsAndLimits) {
    const Case c = test::bundledCase("ieee14");
    const Case b = roundTrip(c);
    ASSERT_EQ(b.generators.size(), c.generators.size());
    for (std::size_t i = 0; i < c.generators.size(); ++i) {
        const Generator &x = c.generators[i], &y = b.generators[i];
        EXPECT_EQ(y.kind, x.kind) << "MATPOWER round trip: kind of " << x.id;
        EXPECT_EQ(y.fuel, x.fuel) << x.id;
        EXPECT_EQ(y.control, x.control) << x.id;
        EXPECT_EQ(y.bus, x.bus) << x.id;
        EXPECT_EQ(y.carbon_intensity_t_per_mwh, x.carbon_intensity_t_per_mwh) << x.id;
        EXPECT_EQ(y.cost_per_mwh, x.cost_per_mwh) << x.id;
        EXPECT_EQ(y.cost_per_mw2h, x.cost_per_mw2h) << x.id;
        EXPECT_EQ(y.p_mw, x.p_mw) << x.id;
        EXPECT_EQ(y.q_mvar, x.q_mvar) << x.id;
        EXPECT_EQ(y.p_min_mw, x.p_min_mw) << x.id;
        EXPECT_EQ(y.p_max_mw, x.p_max_mw) << x.id;
        EXPECT_EQ(y.q_min_mvar, x.q_min_mvar) << x.id;
        EXPECT_EQ(y.q_max_mvar, x.q_max_mvar) << x.id;
        EXPECT_EQ(y.vm_pu, x.vm_pu) << x.id;
        EXPECT_EQ(y.in_service, x.in_service) << x.id;
    }
    // The grid supply of a distribution case is a grid unit again, not a thermal one.
    const Case feeder = roundTrip(test::bundledCase("ieee33"));
    ASSERT_EQ(feeder.generators.size(), 1u);
    EXPECT_EQ(feeder.generators[0].kind, GeneratorKind::Grid);
    EXPECT_EQ(feeder.generators[0].carbon_intensity_t_per_mwh, 0.58);
}

TEST(MatpowerExport, WhatMatpowerCannotHoldIsWrittenAsThePowerFlowSeesItAndNoted) {
    Case c = test::bundledCase("ieee33-der");
    c.storages[0].p_mw = 0.2; // discharging in the snapshot
    c.capacitors[0].steps_on = 2;
    std::vector<std::string> notes;
    const Case b = roundTrip(c, &notes);
    expectSamePowerFlow(c, b, "ieee33-der with storage and capacitor steps");
    for (const std::string& n : notes)
        EXPECT_EQ(n.rfind("not exported: ", 0), 0u) << n;
    for (const char* what : {"storage as stores", "ES5, ES16, ES25, ES33", "capacitor banks",
                             "C30 (2 of 3 steps on, 0.4 MVAr added to the Bs of bus 30)",
                             "profiles load, wind, pv", "economics", "ramp limits of MT2"})
        EXPECT_TRUE(mentions(notes, what)) << "MATPOWER export: no note on " << what;
    EXPECT_TRUE(b.storages.empty());
    EXPECT_TRUE(b.capacitors.empty());
    EXPECT_NEAR(b.buses[29].bs_mvar, c.buses[29].bs_mvar + 0.4, 1e-15);
    const auto store = std::find_if(b.generators.begin(), b.generators.end(),
                                    [](const Generator& g) { return g.fuel == "storage"; });
    ASSERT_NE(store, b.generators.end());
    EXPECT_EQ(store->p_mw, 0.2);
    EXPECT_EQ(store->p_min_mw, 0.2) << "a store is held at its output, not free energy";
    EXPECT_EQ(store->p_max_mw, 0.2);

    std::vector<std::string> candidates;
    roundTrip(test::bundledCase("ieee33"), &candidates);
    EXPECT_TRUE(mentions(candidates, "planning candidates (no installed capacity): WT3, WT17"));
}

TEST(MatpowerExport, TypedLinesAreWrittenAsTheirPerUnitValuesAndNoted) {
    Case c = test::bundledCase("ieee33");
    c.line_types.push_back(LineType{"LGJ-120", 0.2496, 0.365, 10.7, 380.0});
    c.branches[4].line_type = "LGJ-120";
    c.branches[4].length_km = 1.5;
    applyLineTypes(c);
    std::vector<std::string> notes;
    const Case b = roundTrip(c, &notes);
    expectSamePowerFlow(c, b, "ieee33 with a typed line");
    EXPECT_EQ(b.branches[4].r_pu, c.branches[4].r_pu);
    EXPECT_EQ(b.branches[4].rate_mva, c.branches[4].rate_mva);
    EXPECT_TRUE(mentions(notes, "line types and lengths (written as the per-unit values they "
                                "give): L5"));
}

TEST(MatpowerExport, BusIdsThatAreNotNumbersAreNumberedAndKeptAsBusNames) {
    Case c = test::bundledCase("ieee14");
    const auto rename = [&](const std::string& from, const std::string& to) {
        for (Bus& b : c.buses)
            if (b.id == from)
                b.id = to;
        for (Branch& br : c.branches) {
            if (br.from == from)
                br.from = to;
            if (br.to == from)
                br.to = to;
        }
        for (Load& l : c.loads)
            if (l.bus == from)
                l.bus = to;
        for (Generator& g : c.generators)
            if (g.bus == from)
                g.bus = to;
    };
    rename("1", "Sub 'A'");
    rename("14", "014");
    std::vector<std::string> notes;
    const Case b = roundTrip(c, &notes);
    EXPECT_TRUE(mentions(notes, "bus ids, which are not MATPOWER bus numbers")) << notes.size();
    ASSERT_EQ(b.buses.size(), 14u);
    EXPECT_EQ(b.buses[0].id, "1");
    EXPECT_EQ(b.buses[0].name, "Sub 'A'");
    EXPECT_EQ(b.buses[13].name, "014");
    const PowerFlowResult ra = runPowerFlow(c, {}), rb = runPowerFlow(b, {});
    for (std::size_t k = 0; k < ra.buses.size(); ++k)
        EXPECT_NEAR(rb.buses[k].vm_pu, ra.buses[k].vm_pu, 1e-9) << "renumbered bus " << k + 1;
}

TEST(MatpowerExport, TheFileIsAMatpowerV2FunctionWithSeventeenDigitNumbers) {
    Case c = test::bundledCase("ieee14");
    c.description = "First line\nsecond line";
    const std::string t = matpowerText(c, "ieee14").text;
    EXPECT_EQ(t.rfind("function mpc = ieee14\n%First line\n%second line\n\n", 0), 0u) << t;
    EXPECT_NE(t.find("mpc.version = '2';"), std::string::npos);
    EXPECT_NE(t.find("mpc.baseMVA = 100;"), std::string::npos);
    EXPECT_NE(t.find("0.97799999999999998"), std::string::npos) << "17 significant digits";
    EXPECT_EQ(roundTrip(c).description, c.description);
}

TEST(MatpowerExport, FunctionNamesAreMatlabNamesAndTheFileIsWrittenAtomically) {
    EXPECT_EQ(matpowerFunctionName("out/case33.m"), "case33");
    EXPECT_EQ(matpowerFunctionName("ieee33-der.m"), "ieee33_der");
    EXPECT_EQ(matpowerFunctionName("33bus.m"), "case_33bus");
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / "gridcarbon-matpower-export-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::vector<std::string> notes =
        saveMatpower(dir / "my-case.m", test::bundledCase("ieee14"));
    EXPECT_TRUE(mentions(notes, "rename the file my_case.m"));
    EXPECT_EQ(loadMatpower(dir / "my-case.m").name, "my_case");
    EXPECT_EQ(
        test::errorOf([&] { saveMatpower(dir / "missing" / "x.m", test::bundledCase("ieee14")); }),
        ErrorCode::BadInput);
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), {}), 1);
    std::filesystem::remove_all(dir);
}
