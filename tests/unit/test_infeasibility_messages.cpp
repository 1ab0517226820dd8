// An infeasible OPF or region told in engineering words: the bus, branch or device, the hour,
// and the amount in MW, MVA or p.u. voltage; the grid connection's import and export limits
// by those names; the region's carbon cap against the least emission at its base point.
#include "formulations/ItemNames.h"
#include "operation/Horizon.h"
#include "operation/Infeasibility.h"
#include "opf/Opf.h"
#include "opt/Families.h"
#include "region/RegionStudy.h"
#include "util/Text.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace gridcarbon;

namespace {

using test::bundledCase;

// The one error diagnostic of an infeasible OPF (one violated family).
Diagnostic onlyError(const opf::OpfResult& r) {
    EXPECT_EQ(r.status, opt::Status::Infeasible);
    std::vector<Diagnostic> errors;
    for (const Diagnostic& d : r.diagnostics)
        if (d.severity == Diagnostic::Severity::Error)
            errors.push_back(d);
    EXPECT_EQ(errors.size(), 1u);
    return errors.empty() ? Diagnostic{} : errors.front();
}

// The raw violation the diagnostic was made from: the largest of `family`.
opt::Violation largest(const opf::OpfResult& r, const std::string& family) {
    opt::Violation worst;
    for (const opt::Violation& v : r.infeasibility)
        if (v.family == family && v.amount > worst.amount)
            worst = v;
    return worst;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST(ItemNames, NamesReadBackIntoWhatIdAndPeriod) {
    const auto parts = formulations::parseItemName(
        formulations::itemName(formulations::item::kImport, "it's 'GRID'", 17));
    ASSERT_TRUE(parts);
    EXPECT_EQ(parts->what, "import");
    EXPECT_EQ(parts->id, "it's 'GRID'");
    EXPECT_EQ(parts->period, 17);
    EXPECT_FALSE(formulations::parseItemName(formulations::item::kCarbonCap));
    EXPECT_FALSE(formulations::parseItemName("v 'x' t=1a"));
}

TEST(InfeasibilityMessages, TooTightVoltageLimitsNameTheBusInPerUnitVoltage) {
    Case c = bundledCase("ieee33");
    for (std::size_t i = 1; i < c.buses.size(); ++i)
        c.buses[i].vmin_pu = 0.97; // the feeder's end sits near 0.91 p.u.
    const opf::OpfResult r = opf::runOpf(c, {});
    const Diagnostic d = onlyError(r);
    // The elastic re-solve's |V|^2 amount, told as the voltage the bus needs.
    const opt::Violation v = largest(r, opt::family::kVoltage);
    ASSERT_FALSE(v.upper);
    EXPECT_NEAR(v.limit, 0.97 * 0.97, 1e-12);
    const double needed = std::sqrt(v.limit - v.amount);
    const auto count = std::count_if(r.infeasibility.begin(), r.infeasibility.end(),
                                     [](const opt::Violation& x) { return x.family == "voltage"; });
    EXPECT_GT(count, 1);
    EXPECT_EQ(d.item_id, "18");
    EXPECT_EQ(d.message, "the OPF is infeasible: bus '18' needs " + roundedNumber(needed) +
                             " p.u., " + roundedNumber(0.97 - needed) +
                             " p.u. below its minimum voltage of 0.97 p.u. (the largest of " +
                             std::to_string(count) + " voltage limits that give)");
    ASSERT_TRUE(d.value && d.limit);
    EXPECT_NEAR(*d.value, 0.97 - needed, 1e-12);
    EXPECT_NEAR(*d.limit, 0.97, 1e-12);
    EXPECT_GT(*d.value, 0.05); // 0.91 p.u. against 0.97
}

TEST(InfeasibilityMessages, TooSmallImportLimitNamesTheGridConnectionInMegawatts) {
    Case c = bundledCase("ieee33");
    c.generators.front().p_max_mw = 2.0; // GRID; the feeder draws 3.7 MW and its losses
    ASSERT_EQ(c.generators.front().kind, GeneratorKind::Grid);
    opf::OpfOptions o;
    o.formulation = formulations::Formulation::DC;
    o.objective = opf::Objective::Cost;
    const opf::OpfResult r = opf::runOpf(c, o);
    const Diagnostic d = onlyError(r);
    const opt::Violation v = largest(r, opt::family::kGrid);
    EXPECT_EQ(v.name, "import 'GRID' t=0");
    EXPECT_TRUE(v.upper);
    const double excess = v.amount * c.base_mva; // MW
    EXPECT_NEAR(excess, 3.715 - 2.0, 1e-9);      // lossless: the loads alone
    EXPECT_EQ(d.item_id, "GRID");
    EXPECT_EQ(d.message, "the OPF is infeasible: grid connection 'GRID' needs to import 3.71 MW, "
                         "1.71 MW above its import limit of 2 MW");
    EXPECT_NEAR(*d.value, excess, 1e-9);
    EXPECT_NEAR(*d.limit, 2.0, 1e-12);
}

TEST(InfeasibilityMessages, TooSmallExportLimitIsCalledTheExportLimit) {
    Case c = bundledCase("ieee33");
    c.generators.front().p_min_mw = -0.5; // GRID may export 0.5 MW
    for (Load& l : c.loads) {             // every load generates instead
        l.p_mw = -l.p_mw;
        l.q_mvar = -l.q_mvar;
    }
    opf::OpfOptions o;
    o.formulation = formulations::Formulation::DC;
    o.objective = opf::Objective::Cost;
    const Diagnostic d = onlyError(opf::runOpf(c, o));
    EXPECT_EQ(d.item_id, "GRID");
    EXPECT_EQ(d.message, "the OPF is infeasible: grid connection 'GRID' needs to export 3.71 MW, "
                         "3.21 MW above its export limit of 0.5 MW");
}

TEST(InfeasibilityMessages, ABranchRatingIsToldInMvaAndTheHourOfADayIsNamed) {
    Case c = bundledCase("ieee33");
    c.branches.front().rate_mva = 1.0;
    opf::OpfOptions o;
    o.day = "summer";
    const opf::OpfResult r = opf::runOpf(c, o);
    const Diagnostic d = onlyError(r);
    EXPECT_EQ(d.item_id, c.branches.front().id);
    EXPECT_TRUE(contains(d.message, "the OPF is infeasible: branch '" + c.branches.front().id +
                                        "' needs to carry "))
        << d.message;
    EXPECT_TRUE(contains(d.message, " MVA at hour ")) << d.message;
    EXPECT_TRUE(contains(d.message, " MVA above its rating of 1 MVA (the largest of "))
        << d.message;
}

TEST(InfeasibilityMessages, UnservedLoadIsToldPerBusInMegawatts) {
    // describeViolation on a balance row: below its zero the bus lacks supply.
    const Case c = bundledCase("ieee33");
    const operation::Horizon h = operation::makeHorizon(c, "");
    const operation::ViolationText t = operation::describeViolation(
        c, h, {opt::family::kBalance, "P balance '18' t=0", 0.02, false, 0.0});
    EXPECT_EQ(t.item_id, "18");
    EXPECT_EQ(t.message,
              "bus '18' lacks " + roundedNumber(0.02 * c.base_mva) + " MW of active power supply");
}

TEST(InfeasibilityMessages, RegionCapBelowTheLeastEmissionSaysBoth) {
    region::RegionOptions o;
    o.observed = {"3", "5", "7"};
    o.cap_t = 0.1;
    const Case c = bundledCase("microgrid-a");
    std::string message;
    EXPECT_EQ(test::errorOf([&] { region::runRegion(c, o); }, &message), ErrorCode::Failed);
    // The least emission at the base point is the carbon-optimal dispatch of the day.
    opf::OpfOptions least;
    least.day = "typical";
    least.objective = opf::Objective::Carbon;
    const opf::OpfResult best = opf::runOpf(c, least);
    ASSERT_EQ(best.status, opt::Status::Optimal);
    EXPECT_EQ(message, "the base operating point (p_3_mw = 0.3, p_5_mw = 0.25, p_7_mw = 0.3 MW) "
                       "is infeasible: the daily carbon cap of 0.1 t is below the least emission "
                       "of " +
                           roundedNumber(best.objective) + " t at this point");
}

TEST(InfeasibilityMessages, RegionImportLimitIsNamedWithTheHour) {
    region::RegionOptions o;
    o.observed = {"3", "5", "7"};
    Case c = bundledCase("microgrid-a");
    c.generators.front().p_max_mw = 0.5; // GRID
    std::string message;
    EXPECT_EQ(test::errorOf([&] { region::runRegion(c, o); }, &message), ErrorCode::Failed);
    EXPECT_TRUE(contains(message, "is infeasible: grid connection 'GRID' needs to import "))
        << message;
    EXPECT_TRUE(contains(message, " MW above its import limit of 0.5 MW")) << message;
    EXPECT_TRUE(contains(message, " MW at hour ")) << message;
}
