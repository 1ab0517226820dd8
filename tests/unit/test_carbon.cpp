// Carbon emission flow: hand-derivable feeders, the IEEE 14-bus system of paper 000 with fixed
// unit outputs, storage carrying carbon between hours, and refusals of bad input.
#include "TestSupport.h"

#include "carbon/CarbonStudy.h"
#include "devices/DevicePhysics.h"
#include "powerflow/DcPowerFlow.h"
#include "powerflow/PowerFlow.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace gridcarbon;
using namespace gridcarbon::carbon;
using test::bundledCase;
using test::errorOf;

namespace {

// AC results hold to the power flow's mismatch (1e-10 p.u.): a bus passes on what flows in
// to that accuracy, which is how far an intensity can stray from its exact value.
constexpr double kAcTolerance = 1e-9;

// Every test checks conservation: what units emit (and storage releases) reaches loads,
// losses, exports and storage.
void expectBalanced(const CarbonFlowResult& r) {
    const CarbonTotals& t = r.totals;
    const double in = t.generation_t_per_h + t.storage_discharge_t_per_h;
    const double out =
        t.load_t_per_h + t.loss_t_per_h + t.export_t_per_h + t.storage_charge_t_per_h;
    EXPECT_NEAR(in, out, 1e-9 * std::max(1.0, in));
    EXPECT_LT(t.balance_error, 1e-9);
    double loads = 0.0, losses = 0.0;
    for (const BusCarbon& b : r.buses) {
        loads += b.load_emission_t_per_h;
        losses += b.shunt_loss_emission_t_per_h;
    }
    for (const BranchCarbon& b : r.branches) {
        losses += b.loss_emission_t_per_h;
        EXPECT_NEAR(b.carbon_flow_sending_t_per_h,
                    b.carbon_flow_receiving_t_per_h + b.loss_emission_t_per_h, 1e-12)
            << b.id;
    }
    EXPECT_NEAR(loads, t.load_t_per_h, 1e-9 * std::max(1.0, in));
    EXPECT_NEAR(losses, t.loss_t_per_h, 1e-9 * std::max(1.0, in));
}

void expectBalanced(const DayCarbonResult& d) {
    for (const CarbonFlowResult& p : d.periods)
        expectBalanced(p);
    const DayTotals& t = d.totals;
    const double in = t.generation_t + t.stored_start_t;
    const double out =
        t.load_t + t.loss_t + t.export_t + t.storage_conversion_loss_t + t.stored_end_t;
    EXPECT_NEAR(in, out, 1e-9 * std::max(1.0, in));
    EXPECT_LT(t.balance_error, 1e-9);
}

const BusCarbon& bus(const CarbonFlowResult& r, const std::string& id) {
    for (const BusCarbon& b : r.buses)
        if (b.id == id)
            return b;
    throw std::runtime_error("no bus " + id);
}

const BranchCarbon& branch(const CarbonFlowResult& r, const std::string& id) {
    for (const BranchCarbon& b : r.branches)
        if (b.id == id)
            return b;
    throw std::runtime_error("no branch " + id);
}

const SourceCarbon& source(const CarbonFlowResult& r, const std::string& id) {
    for (const SourceCarbon& s : r.sources)
        if (s.id == id)
            return s;
    throw std::runtime_error("no source " + id);
}

Generator grid(const std::string& bus, double intensity) {
    return Generator{.id = "GRID",
                     .bus = bus,
                     .kind = GeneratorKind::Grid,
                     .control = Control::Slack,
                     .vm_pu = 1.0,
                     .carbon_intensity_t_per_mwh = intensity};
}

Generator unit(const std::string& id, const std::string& bus, GeneratorKind kind, double p,
               double intensity) {
    return Generator{.id = id,
                     .bus = bus,
                     .kind = kind,
                     .control = Control::Power,
                     .p_mw = p,
                     .carbon_intensity_t_per_mwh = intensity};
}

// A 10 kV chain 1-2-3-4 fed by the grid (0.6 t/MWh) at bus 1, 1 MW of load at 2, 3 and 4.
Case chain() {
    Case c;
    c.name = "chain";
    c.base_mva = 10.0;
    for (const char* id : {"1", "2", "3", "4"})
        c.buses.push_back(Bus{.id = id, .base_kv = 10.0});
    c.branches = {Branch{.id = "L12", .from = "1", .to = "2", .r_pu = 0.01, .x_pu = 0.02},
                  Branch{.id = "L23", .from = "2", .to = "3", .r_pu = 0.01, .x_pu = 0.02},
                  Branch{.id = "L34", .from = "3", .to = "4", .r_pu = 0.01, .x_pu = 0.02}};
    for (const char* id : {"2", "3", "4"})
        c.loads.push_back(Load{.id = std::string("D") + id, .bus = id, .p_mw = 1.0, .q_mvar = 0.3});
    c.generators = {grid("1", 0.6)};
    return c;
}

CarbonFlowResult traceAc(const Case& c) {
    const PowerFlowResult pf = runPowerFlow(c);
    return computeCarbonFlow(c, flowStateFromPowerFlow(c, pf, "", 0));
}

CarbonFlowResult traceDc(const Case& c) {
    const PowerFlowResult pf = runDcPowerFlow(c);
    return computeCarbonFlow(c, flowStateFromPowerFlow(c, pf, "", 0));
}

} // namespace

// Kang et al.'s DC model by hand: one source, so every bus has its intensity and every
// branch carries intensity x flow; the flows are the loads downstream.
TEST(CarbonFlowDc, SingleSourceFeederCarriesTheSourceIntensityEverywhere) {
    const CarbonFlowResult r = traceDc(chain());
    for (const char* id : {"1", "2", "3", "4"})
        EXPECT_NEAR(bus(r, id).intensity_t_per_mwh, 0.6, 1e-12) << id;
    EXPECT_NEAR(branch(r, "L12").carbon_flow_sending_t_per_h, 1.8, 1e-12);
    EXPECT_NEAR(branch(r, "L23").carbon_flow_sending_t_per_h, 1.2, 1e-12);
    EXPECT_NEAR(branch(r, "L34").carbon_flow_sending_t_per_h, 0.6, 1e-12);
    EXPECT_EQ(branch(r, "L12").sending_bus, "1");
    EXPECT_NEAR(r.totals.generation_t_per_h, 1.8, 1e-12);
    EXPECT_DOUBLE_EQ(r.totals.loss_t_per_h, 0.0);
    expectBalanced(r);
}

// With losses the source covers load + losses; losses emit at their sending bus's intensity.
TEST(CarbonFlowAc, LossesEmitAtTheSendingIntensityAndTheSourcePaysForThem) {
    const Case c = chain();
    const PowerFlowResult pf = runPowerFlow(c);
    const CarbonFlowResult r = traceAc(c);
    EXPECT_NEAR(r.totals.loss_t_per_h, 0.6 * pf.total_loss_kw / 1e3, kAcTolerance);
    EXPECT_NEAR(r.totals.load_t_per_h, 0.6 * 3.0, kAcTolerance);
    EXPECT_NEAR(r.totals.generation_t_per_h, 0.6 * (3.0 + pf.total_loss_kw / 1e3), 1e-9);
    for (const char* id : {"1", "2", "3", "4"})
        EXPECT_NEAR(bus(r, id).intensity_t_per_mwh, 0.6, kAcTolerance) << id;
    const BranchCarbon& l12 = branch(r, "L12");
    EXPECT_NEAR(l12.loss_emission_t_per_h, 0.6 * pf.branches[0].loss_kw / 1e3, kAcTolerance);
    expectBalanced(r);
}

// PV at bus 3 produces 2.5 MW against 1 MW of load at 3 and at 4: 1 MW goes on to bus 4 and
// 0.5 MW back up to bus 2, where it meets 0.5 MW from the grid.
// DC by hand: e3 = e4 = 0 (only PV feeds them), e2 = (0.5 x 0.6 + 0.5 x 0) / 1 = 0.3, e1 = 0.6.
TEST(CarbonFlowDc, PvExportingAtMiddayCleansDownstreamAndLeavesTheGridBusAlone) {
    Case c = chain();
    c.generators.push_back(unit("PV3", "3", GeneratorKind::PV, 2.5, 0.0));
    const CarbonFlowResult r = traceDc(c);
    EXPECT_NEAR(bus(r, "1").intensity_t_per_mwh, 0.6, 1e-12);
    EXPECT_NEAR(bus(r, "2").intensity_t_per_mwh, 0.3, 1e-12);
    EXPECT_NEAR(bus(r, "3").intensity_t_per_mwh, 0.0, 1e-12);
    EXPECT_NEAR(bus(r, "4").intensity_t_per_mwh, 0.0, 1e-12);
    EXPECT_EQ(branch(r, "L23").sending_bus, "3"); // reverse flow
    EXPECT_NEAR(branch(r, "L23").p_sending_mw, 0.5, 1e-9);
    EXPECT_NEAR(branch(r, "L12").carbon_flow_sending_t_per_h, 0.3, 1e-12);
    EXPECT_NEAR(r.totals.generation_t_per_h, 0.3, 1e-12);
    expectBalanced(r);
}

// The same with losses: e3 = e4 = 0 still; bus 2 mixes what arrives over L12 (at 0.6) and
// over L23 (at 0), each at its receiving-end power: e2 = 0.6 a / (a + b), a bit above 0.3
// because the grid also covers the losses of the 0.5 MW coming up from bus 3.
TEST(CarbonFlowAc, PvExportingAtMiddayCleansDownstreamAndLeavesTheGridBusAlone) {
    Case c = chain();
    c.generators.push_back(unit("PV3", "3", GeneratorKind::PV, 2.5, 0.0));
    const CarbonFlowResult r = traceAc(c);
    const double a = branch(r, "L12").p_receiving_mw, b = branch(r, "L23").p_receiving_mw;
    EXPECT_NEAR(bus(r, "1").intensity_t_per_mwh, 0.6, kAcTolerance);
    EXPECT_NEAR(bus(r, "2").intensity_t_per_mwh, 0.6 * a / (a + b), kAcTolerance);
    EXPECT_NEAR(bus(r, "2").intensity_t_per_mwh, 0.3, 0.01);
    EXPECT_GT(bus(r, "2").intensity_t_per_mwh, 0.3);
    EXPECT_NEAR(bus(r, "3").intensity_t_per_mwh, 0.0, kAcTolerance);
    EXPECT_NEAR(bus(r, "4").intensity_t_per_mwh, 0.0, kAcTolerance);
    EXPECT_EQ(branch(r, "L23").sending_bus, "3");
    expectBalanced(r);
}

// Two sources meeting at a load bus: 60 MW at 1.0 t/MWh and 40 MW at 0 give 0.6 there.
TEST(CarbonFlowDc, TwoSourcesMixInProportionToWhatTheyDeliver) {
    Case c;
    c.name = "two-sources";
    c.buses = {Bus{.id = "A"}, Bus{.id = "B"}, Bus{.id = "C"}};
    c.branches = {Branch{.id = "AC", .from = "A", .to = "C", .x_pu = 0.1},
                  Branch{.id = "BC", .from = "B", .to = "C", .x_pu = 0.1}};
    c.loads = {Load{.id = "DC", .bus = "C", .p_mw = 100.0}};
    c.generators = {grid("A", 1.0), unit("WT", "B", GeneratorKind::WT, 40.0, 0.0)};
    const CarbonFlowResult r = traceDc(c);
    EXPECT_NEAR(bus(r, "C").intensity_t_per_mwh, 0.6, 1e-12);
    EXPECT_NEAR(bus(r, "C").load_emission_t_per_h, 60.0, 1e-9);
    EXPECT_NEAR(bus(r, "B").intensity_t_per_mwh, 0.0, 1e-12);
    expectBalanced(r);
}

// A gas unit's no-load emission makes its intensity rise at part load (paper 001 section 3).
TEST(CarbonFlowDc, GasUnitIntensityRisesAtPartLoad) {
    Generator mt = unit("MT", "2", GeneratorKind::MT, 0.5, 0.5);
    mt.carbon_no_load_t_per_h = 0.1;
    EXPECT_NEAR(devices::outputIntensity(mt, 0.5), 0.7, 1e-12);
    EXPECT_NEAR(devices::outputIntensity(mt, 1.0), 0.6, 1e-12);
    EXPECT_DOUBLE_EQ(devices::outputIntensity(mt, 0.0), 0.0);
    Case c = chain();
    c.generators.push_back(mt);
    const CarbonFlowResult r = traceDc(c);
    EXPECT_NEAR(source(r, "MT").emission_t_per_h, 0.35, 1e-12);
    // Bus 2 passes on 3 MW (its own 1 MW and 2 MW downstream): 2.5 MW from the grid at 0.6
    // and 0.5 MW from the unit at 0.7.
    EXPECT_NEAR(bus(r, "2").intensity_t_per_mwh, (2.5 * 0.6 + 0.5 * 0.7) / 3.0, 1e-12);
    expectBalanced(r);
}

namespace {

// Bus 2 of a two-bus feeder holds 1 MW of load, PV and a 2 MWh store that starts empty.
Case storageFeeder() {
    Case c;
    c.name = "storage-feeder";
    c.buses = {Bus{.id = "1"}, Bus{.id = "2"}};
    c.branches = {Branch{.id = "L12", .from = "1", .to = "2", .r_pu = 0.001, .x_pu = 0.002}};
    c.loads = {Load{.id = "D2", .bus = "2", .p_mw = 1.0}};
    c.generators = {grid("1", 0.6), unit("PV2", "2", GeneratorKind::PV, 0.0, 0.0)};
    c.storages = {Storage{.id = "ES2",
                          .bus = "2",
                          .energy_mwh = 2.0,
                          .p_max_mw = 1.0,
                          .soc_min = 0.0,
                          .soc_max = 1.0,
                          .soc_initial = 0.0,
                          .eta_charge = 0.9,
                          .eta_discharge = 0.95}};
    return c;
}

// One DC-traced hour per (PV output, storage output) pair.
DayCarbonResult traceHours(const std::vector<std::pair<double, double>>& hours) {
    Case c = storageFeeder();
    std::vector<FlowState> states;
    for (std::size_t h = 0; h < hours.size(); ++h) {
        c.generators[1].p_mw = hours[h].first;
        c.storages[0].p_mw = hours[h].second;
        states.push_back(flowStateFromPowerFlow(c, runDcPowerFlow(c), "", static_cast<int>(h)));
    }
    return computeDayCarbon(c, states, "");
}

} // namespace

// Midday: PV 1.5 MW covers the load and half the 1 MW charge, the grid the rest, so bus 2 is
// at (0.5 x 0.6) / 2 = 0.15 and the store takes 0.9 MWh at 0.15. Evening: the store
// discharges 0.5 MW at 0.15 beside 0.5 MW from the grid: bus 2 at (0.075 + 0.3) / 1 = 0.375.
TEST(CarbonFlowStorage, DischargedEnergyCarriesTheChargeTimeIntensity) {
    const DayCarbonResult d = traceHours({{1.5, -1.0}, {0.0, 0.5}, {0.0, 0.3}});
    EXPECT_NEAR(bus(d.periods[0], "2").intensity_t_per_mwh, 0.15, 1e-12);
    EXPECT_NEAR(source(d.periods[0], "ES2").intensity_t_per_mwh, 0.15, 1e-12);
    EXPECT_NEAR(source(d.periods[1], "ES2").intensity_t_per_mwh, 0.15, 1e-12);
    EXPECT_NEAR(source(d.periods[2], "ES2").intensity_t_per_mwh, 0.15, 1e-12);
    EXPECT_NEAR(bus(d.periods[1], "2").intensity_t_per_mwh, 0.375, 1e-12);
    const StorageDay& es = d.storages[0];
    EXPECT_NEAR(es.hours[0].energy_mwh, 0.9, 1e-12);
    EXPECT_NEAR(es.end_energy_mwh, 0.9 - 0.8 / 0.95, 1e-12);
    EXPECT_NEAR(es.end_intensity_t_per_mwh, 0.15, 1e-12);
    EXPECT_NEAR(es.charge_emission_t, 0.15, 1e-12);
    EXPECT_NEAR(es.discharge_emission_t, 0.15 * 0.8, 1e-12);
    // 10 % of the charge and 1/0.95 - 1 of the discharge are lost, at the stored intensity.
    EXPECT_NEAR(es.conversion_loss_emission_t, 0.15 * (0.1 + 0.8 * (1 / 0.95 - 1)), 1e-12);
    expectBalanced(d);
}

// Charged at 0.15 (0.9 MWh) and then at 0.6 (0.45 MWh): the store holds their energy-weighted
// mean, (0.9 x 0.15 + 0.45 x 0.6) / 1.35 = 0.3, and discharges at it.
TEST(CarbonFlowStorage, StoredEnergyHoldsTheEnergyWeightedMeanIntensity) {
    const DayCarbonResult d = traceHours({{1.5, -1.0}, {0.0, -0.5}, {0.0, 0.5}});
    EXPECT_NEAR(bus(d.periods[1], "2").intensity_t_per_mwh, 0.6, 1e-12);
    EXPECT_NEAR(d.storages[0].hours[1].intensity_t_per_mwh, 0.3, 1e-12);
    EXPECT_NEAR(source(d.periods[2], "ES2").intensity_t_per_mwh, 0.3, 1e-12);
    EXPECT_NEAR(bus(d.periods[2], "2").intensity_t_per_mwh, 0.45, 1e-12);
    expectBalanced(d);
}

TEST(CarbonFlowStorage, ScheduleThatEmptiesTheStoreIsRefused) {
    std::string message;
    EXPECT_EQ(errorOf([] { traceHours({{0.0, 0.5}}); }, &message), ErrorCode::BadInput);
    EXPECT_NE(message.find("ES2"), std::string::npos) << message;
}

// The store's energy at the start of the day is at the intensity the case gives it, or else
// at that of the grid supply.
TEST(CarbonFlowStorage, InitialStoredIntensityDefaultsToTheGridSupply) {
    Case c = storageFeeder();
    EXPECT_DOUBLE_EQ(devices::initialStoredIntensity(c, c.storages[0]), 0.6);
    c.storages[0].carbon_intensity_t_per_mwh = 0.2;
    EXPECT_DOUBLE_EQ(devices::initialStoredIntensity(c, c.storages[0]), 0.2);
}

// Over a day optimised by the OPF, every discharge carries what the store held at the end of
// the hour before.
TEST(CarbonFlowStorage, OpfDayDischargesAtTheIntensityStoredTheHourBefore) {
    const Case c = bundledCase("ieee33-der");
    CarbonStudyOptions o;
    o.day = "summer";
    o.dispatch = Dispatch::Opf;
    o.opf.objective = opf::Objective::Cost;
    const CarbonStudyResult r = runCarbonStudy(c, o);
    ASSERT_EQ(r.carbon.periods.size(), 24u);
    int discharges = 0, charges = 0;
    for (std::size_t k = 0; k < c.storages.size(); ++k) {
        const StorageDay& es = r.carbon.storages[k];
        for (std::size_t h = 0; h < es.hours.size(); ++h) {
            const double before =
                h == 0 ? es.start_intensity_t_per_mwh : es.hours[h - 1].intensity_t_per_mwh;
            const CarbonFlowResult& p = r.carbon.periods[h];
            if (es.hours[h].p_mw > 1e-6) {
                ++discharges;
                EXPECT_NEAR(source(p, es.id).intensity_t_per_mwh, before, 1e-12);
            } else if (es.hours[h].p_mw < -1e-6) {
                ++charges;
                EXPECT_NEAR(source(p, es.id).intensity_t_per_mwh,
                            bus(p, es.bus).intensity_t_per_mwh, 1e-12);
            }
        }
    }
    EXPECT_GT(discharges, 0);
    EXPECT_GT(charges, 0);
    expectBalanced(r.carbon);
}

// An open branch carries nothing; the bus behind it is de-energised and has no intensity; a
// bus that passes nothing on takes the intensity a small load there would get: its
// neighbour's towards the source.
TEST(CarbonFlowDc, OpenBranchesDeadBusesAndBusesWithoutThroughFlow) {
    Case c = chain();
    c.generators.push_back(unit("PV3", "3", GeneratorKind::PV, 2.5, 0.0));
    c.buses.push_back(Bus{.id = "5", .base_kv = 10.0});
    c.buses.push_back(Bus{.id = "6", .base_kv = 10.0});
    c.branches.push_back(
        Branch{.id = "L45", .from = "4", .to = "5", .x_pu = 0.02, .in_service = false});
    c.branches.push_back(Branch{.id = "L26", .from = "2", .to = "6", .r_pu = 0.01, .x_pu = 0.02});
    for (const CarbonFlowResult& r : {traceDc(c), traceAc(c)}) {
        EXPECT_EQ(bus(r, "5").source, IntensitySource::Dead);
        EXPECT_TRUE(std::isnan(bus(r, "5").intensity_t_per_mwh));
        EXPECT_FALSE(branch(r, "L45").carries_flow);
        EXPECT_EQ(bus(r, "6").source, IntensitySource::NoThroughFlow);
        EXPECT_DOUBLE_EQ(bus(r, "6").intensity_t_per_mwh, bus(r, "2").intensity_t_per_mwh);
        EXPECT_FALSE(branch(r, "L26").carries_flow);
        expectBalanced(r);
    }
    EXPECT_NEAR(bus(traceDc(c), "6").intensity_t_per_mwh, 0.3, 1e-12);
}

// Power going round a loop without reaching any outflow makes the sharing equations singular.
TEST(CarbonFlowDc, CirculationWithoutOutflowIsRefused) {
    const Case c = chain();
    FlowState s;
    s.bus_ids = {"1", "2", "3", "4"};
    s.energised.assign(4, true);
    s.branches = {{0, 1, 2, 1.0, -1.0}, {1, 2, 3, 1.0, -1.0}, {2, 3, 1, 1.0, -1.0}};
    EXPECT_EQ(errorOf([&] { computeCarbonFlow(c, s); }), ErrorCode::Failed);
}

// Active power going round the loop A -> B -> C -> A (as a phase shifter can force) has no
// upstream-first order, so the sparse LU solves it. By hand: A gets 1 MW at 1.0 from its unit
// and 1 MW from C; B mixes 2 MW from A with 1 MW at 0 from its unit; C passes B's mix on:
// eA = (1 + eC) / 2, eB = 2 eA / 3, eC = eB, so eA = 3/4 and eB = eC = 1/2.
TEST(CarbonFlowDc, LoopOfActivePowerIsSharedExactly) {
    Case c;
    c.name = "loop";
    c.buses = {Bus{.id = "A"}, Bus{.id = "B"}, Bus{.id = "C"}};
    c.branches = {Branch{.id = "AB", .from = "A", .to = "B", .x_pu = 0.1},
                  Branch{.id = "BC", .from = "B", .to = "C", .x_pu = 0.1},
                  Branch{.id = "CA", .from = "C", .to = "A", .x_pu = 0.1}};
    c.generators = {unit("GA", "A", GeneratorKind::Thermal, 1.0, 1.0),
                    unit("GB", "B", GeneratorKind::WT, 1.0, 0.0)};
    FlowState s;
    s.bus_ids = {"A", "B", "C"};
    s.energised.assign(3, true);
    s.branches = {{0, 0, 1, 2.0, -2.0}, {1, 1, 2, 3.0, -3.0}, {2, 2, 0, 1.0, -1.0}};
    s.exchanges = {{"GA", ExchangeKind::Unit, 0, 0, 1.0},
                   {"GB", ExchangeKind::Unit, 1, 1, 1.0},
                   {"DC", ExchangeKind::Load, 2, 0, -2.0}};
    const CarbonFlowResult r = computeCarbonFlow(c, s);
    EXPECT_NEAR(bus(r, "A").intensity_t_per_mwh, 0.75, 1e-12);
    EXPECT_NEAR(bus(r, "B").intensity_t_per_mwh, 0.5, 1e-12);
    EXPECT_NEAR(bus(r, "C").intensity_t_per_mwh, 0.5, 1e-12);
    EXPECT_NEAR(r.totals.load_t_per_h, 1.0, 1e-12);
    expectBalanced(r);
}

TEST(CarbonStudy, CaseWithoutCarbonDataIsRefusedNamingTheUnits) {
    Case c = chain();
    c.generators[0].carbon_intensity_t_per_mwh = 0.0;
    std::string message;
    EXPECT_EQ(errorOf([&] { runCarbonStudy(c, {}); }, &message), ErrorCode::BadInput);
    EXPECT_NE(message.find("no carbon data"), std::string::npos) << message;
    EXPECT_NE(message.find("'GRID'"), std::string::npos) << message;
    applyIntensities(c, "GRID=0.7");
    EXPECT_NEAR(runCarbonStudy(c, {}).carbon.periods[0].buses[3].intensity_t_per_mwh, 0.7,
                kAcTolerance);
}

TEST(CarbonStudy, MalformedIntensityAssignmentsNameTheItem) {
    Case c = chain();
    std::string message;
    for (const char* bad : {"GRID", "GRID=", "GRID=-1", "GRID=0.5x", "=0.5", "NOPE=0.5"}) {
        EXPECT_EQ(errorOf([&] { applyIntensities(c, bad); }, &message), ErrorCode::BadInput) << bad;
    }
    EXPECT_NE(message.find("NOPE"), std::string::npos) << message;
}

TEST(CarbonStudy, NonConvergedPowerFlowIsRefused) {
    Case c = chain();
    const PowerFlowResult pf = runPowerFlow(c);
    PowerFlowResult failed = pf;
    failed.converged = false;
    std::string message;
    EXPECT_EQ(errorOf([&] { flowStateFromPowerFlow(c, failed, "", 0); }, &message),
              ErrorCode::Failed);
    EXPECT_NE(message.find("did not converge"), std::string::npos) << message;
    for (Load& l : c.loads)
        l.p_mw *= 200.0; // far beyond the feeder's loadability
    EXPECT_EQ(errorOf([&] { runCarbonStudy(c, {}); }), ErrorCode::Failed);
}

TEST(CarbonStudy, HourWithoutDayAndUnknownHourAreRefused) {
    const Case c = bundledCase("ieee33-der");
    CarbonStudyOptions o;
    o.hour = 3;
    EXPECT_EQ(errorOf([&] { runCarbonStudy(c, o); }), ErrorCode::BadInput);
    o.day = "summer";
    o.hour = 24;
    EXPECT_EQ(errorOf([&] { runCarbonStudy(c, o); }), ErrorCode::BadInput);
    o.day = "monsoon";
    o.hour = 3;
    EXPECT_EQ(errorOf([&] { runCarbonStudy(c, o); }), ErrorCode::BadInput);
}

// A day of hourly power flows: 24 periods, each balanced, and daily totals that add them up.
TEST(CarbonStudy, DayOfHourlyPowerFlowsAddsUpToDailyTotals) {
    const Case c = bundledCase("ieee33-der");
    CarbonStudyOptions o;
    o.day = "summer";
    const CarbonStudyResult r = runCarbonStudy(c, o);
    ASSERT_TRUE(r.whole_day);
    ASSERT_EQ(r.carbon.periods.size(), 24u);
    double load = 0.0;
    for (const CarbonFlowResult& p : r.carbon.periods)
        load += p.totals.load_t_per_h;
    EXPECT_NEAR(r.carbon.totals.load_t, load, 1e-9);
    double perBus = 0.0;
    for (const BusDay& b : r.carbon.buses)
        perBus += b.load_emission_t;
    EXPECT_NEAR(perBus, load, 1e-9);
    expectBalanced(r.carbon);
    o.hour = 12;
    const CarbonStudyResult noon = runCarbonStudy(c, o);
    ASSERT_EQ(noon.carbon.periods.size(), 1u);
    EXPECT_EQ(noon.carbon.periods[0].hour, 12);
    EXPECT_DOUBLE_EQ(noon.carbon.periods[0].totals.load_t_per_h,
                     r.carbon.periods[12].totals.load_t_per_h);
}

namespace {

// Paper 000's modified IEEE 14-bus system with G2..G5 fixed at 40, 30, 20 and 20 MW and the
// slack G1 (coal, 0.875 t/MWh) taking the rest; G2 and G4 are gas (0.525, 0.520), G3 wind
// and G5 hydro (0).
Case ieee14Fixed() {
    Case c = bundledCase("ieee14");
    for (Generator& g : c.generators) {
        if (g.id == "G2")
            g.p_mw = 40.0;
        else if (g.id == "G3")
            g.p_mw = 30.0;
        else if (g.id == "G4" || g.id == "G5")
            g.p_mw = 20.0;
    }
    return c;
}

// Nodal intensities from tests/crosscheck/cef_numpy.py, an independent NumPy implementation
// of paper 000's equations (3) and (5)-(8) with its own DC and Newton power flows.
struct Expected {
    const char* bus;
    double dc;
    double ac;
};
constexpr Expected kIeee14[] = {
    {"1", 0.875, 0.875},        {"2", 0.774796, 0.776449},
    {"3", 0.533548, 0.534567},  {"4", 0.808507, 0.809976},
    {"5", 0.837650, 0.838847},  {"6", 0.695883, 0.699129},
    {"7", 0.301201, 0.301840},  {"8", 0.0, 0.0},
    {"9", 0.431467, 0.429887},  {"10", 0.562156, 0.571779},
    {"11", 0.695883, 0.699129}, {"12", 0.695883, 0.699129},
    {"13", 0.695883, 0.699129}, {"14", 0.539090, 0.541172},
};

} // namespace

// DC by hand: G1 supplies 259 - 110 = 149 MW, so units emit 149 x 0.875 + 40 x 0.525 +
// 20 x 0.520 = 161.775 t/h, all of it reaching the loads.
TEST(CarbonFlowIeee14, DcIntensitiesMatchTheIndependentScriptAndTheHandTotals) {
    const CarbonFlowResult r = traceDc(ieee14Fixed());
    EXPECT_NEAR(source(r, "G1").p_mw, 149.0, 1e-9);
    EXPECT_NEAR(r.totals.generation_t_per_h, 161.775, 1e-9);
    EXPECT_NEAR(r.totals.load_t_per_h, 161.775, 1e-9);
    for (const Expected& e : kIeee14)
        EXPECT_NEAR(bus(r, e.bus).intensity_t_per_mwh, e.dc, 1e-6) << "bus " << e.bus;
    expectBalanced(r);
}

TEST(CarbonFlowIeee14, AcIntensitiesMatchTheIndependentScriptWithLossesPaidBySources) {
    const CarbonFlowResult r = traceAc(ieee14Fixed());
    EXPECT_NEAR(source(r, "G1").p_mw, 155.621, 1e-3);
    EXPECT_NEAR(r.totals.generation_t_per_h, 167.569, 1e-3);
    EXPECT_NEAR(r.totals.load_t_per_h, 162.169, 1e-3);
    EXPECT_NEAR(r.totals.loss_t_per_h, 5.40021, 1e-5);
    for (const Expected& e : kIeee14)
        EXPECT_NEAR(bus(r, e.bus).intensity_t_per_mwh, e.ac, 1e-6) << "bus " << e.bus;
    // Meshed: bus 4 is fed from 2, 3 and 5 at once; wind at 3 lowers bus 3 below bus 2.
    EXPECT_LT(bus(r, "3").intensity_t_per_mwh, bus(r, "2").intensity_t_per_mwh);
    expectBalanced(r);
}
