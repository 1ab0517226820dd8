// Infeasibility diagnosis: the elastic re-solve names the relaxable limits that clash, and by
// how much, in each limit's own units.
#include "opt/Model.h"
#include "opt/Solve.h"
#include "util/Error.h"

#include <gtest/gtest.h>

using namespace gridcarbon;
using namespace gridcarbon::opt;

TEST(OptDiagnosis, BalanceRowAndVoltageBoundConflictAreNamedWithTheirAmounts) {
    // 2v + p = 4 with p <= 1 (hard) needs v = 1.5; v's voltage band ends at 1.1 and a hard
    // limit at 1.2. Relaxing the band costs 1 per unit of v and saves 2 on the balance row, so
    // the cheapest repair takes v to 1.2 (voltage +0.1) and leaves the row 0.6 short.
    Model m;
    Var v = m.addVariable(0.9, 1.1, 0, "v_bus2", family::kVoltage);
    Var p = m.addVariable(0, 1, 1, "p_grid");
    m.addRow(Affine(v), -kInf, 1.2, "v_hard");
    m.addEquality(2.0 * Affine(v) + Affine(p), 4, "balance_bus2", family::kBalance);
    const Solution s = solve(m);
    ASSERT_EQ(s.status, Status::Infeasible);
    ASSERT_EQ(s.infeasibility.size(), 2u);
    EXPECT_EQ(s.infeasibility[0].family, family::kBalance);
    EXPECT_EQ(s.infeasibility[0].name, "balance_bus2");
    EXPECT_NEAR(s.infeasibility[0].amount, 0.6, 1e-7);
    EXPECT_EQ(s.infeasibility[1].family, family::kVoltage);
    EXPECT_EQ(s.infeasibility[1].name, "v_bus2");
    EXPECT_NEAR(s.infeasibility[1].amount, 0.1, 1e-7);

    const auto families = violatedFamilies(s);
    ASSERT_EQ(families.size(), 2u);
    EXPECT_EQ(families[0], (std::pair<std::string, int>{family::kBalance, 1}));
    EXPECT_EQ(families[1], (std::pair<std::string, int>{family::kVoltage, 1}));
}

TEST(OptDiagnosis, ConflictAmongHardConstraintsIsStructure) {
    Model m;
    Var x = m.addVariable(0, 1, 0, "x");
    m.addRow(Affine(x), 2, kInf, "x_min");
    m.addVariable(0, 1, 0, "y", family::kVoltage); // relaxable, but not part of the conflict
    const Solution s = solve(m);
    ASSERT_EQ(s.status, Status::Infeasible);
    ASSERT_EQ(s.infeasibility.size(), 1u);
    EXPECT_EQ(s.infeasibility[0].family, family::kStructure);
    EXPECT_FALSE(s.infeasibility[0].name.empty());
}

TEST(OptDiagnosis, ViolationsAreSortedByFamilyThenLargestFirst) {
    Model m;
    Var a = m.addVariable(0.9, 1.1, 0, "v_a");
    Var b = m.addVariable(0.9, 1.1, 0, "v_b");
    m.setFamily(a, family::kVoltage);
    m.setFamily(b, family::kVoltage);
    m.addEquality(Affine(a), 1.15, "a_set");
    m.addEquality(Affine(b), 1.3, "b_set");
    Var q = m.addVariable(0, 1, 0, "q");
    m.addRow(Affine(q), 1.5, kInf, "q_need", family::kDevice);
    const Solution s = solve(m);
    ASSERT_EQ(s.status, Status::Infeasible);
    ASSERT_EQ(s.infeasibility.size(), 3u);
    EXPECT_EQ(s.infeasibility[0].name, "q_need");
    EXPECT_NEAR(s.infeasibility[0].amount, 0.5, 1e-7);
    EXPECT_EQ(s.infeasibility[1].name, "v_b");
    EXPECT_NEAR(s.infeasibility[1].amount, 0.2, 1e-7);
    EXPECT_EQ(s.infeasibility[2].name, "v_a");
    EXPECT_NEAR(s.infeasibility[2].amount, 0.05, 1e-7);
    const auto families = violatedFamilies(s);
    ASSERT_EQ(families.size(), 2u);
    EXPECT_EQ(families[1], (std::pair<std::string, int>{family::kVoltage, 2}));
}

TEST(OptDiagnosis, ConeIsRelaxedByItsExcessOverTheBound) {
    // |(3, 4)| = 5 against a rating of 1: the thermal limit is 4 over.
    Model m;
    Var p = m.addVariable(-kInf, kInf), q = m.addVariable(-kInf, kInf);
    m.addEquality(Affine(p), 3, "p_set");
    m.addEquality(Affine(q), 4, "q_set");
    m.addCone({Affine(p), Affine(q)}, Affine(1.0), "line_7", family::kThermal);
    const Solution s = solve(m);
    ASSERT_EQ(s.status, Status::Infeasible);
    ASSERT_EQ(s.infeasibility.size(), 1u);
    EXPECT_EQ(s.infeasibility[0].family, family::kThermal);
    EXPECT_EQ(s.infeasibility[0].name, "line_7");
    EXPECT_NEAR(s.infeasibility[0].amount, 4.0, 1e-6);
}

TEST(OptDiagnosis, MilpDiagnosisKeepsIntegrality) {
    // n integer in [0, 2] (family device) must reach 3.5: as an integer it needs 4, so its
    // bound is 2 over, not 1.5. p <= 5u with p = 8 on the balance row leaves that row 3 short.
    Model m;
    Var n = m.addInteger(0, 2, 0, "cap_steps", family::kDevice);
    m.addRow(Affine(n), 3.5, kInf, "steps_needed");
    Var u = m.addBinary(0, "u");
    Var p = m.addVariable(0, 5, 0, "p");
    m.addRow(Affine(p) - 5.0 * Affine(u), -kInf, 0, "p_max_u");
    m.addEquality(Affine(p), 8, "balance_p", family::kBalance);
    const Solution s = solve(m);
    ASSERT_EQ(s.status, Status::Infeasible);
    ASSERT_EQ(s.infeasibility.size(), 2u);
    EXPECT_EQ(s.infeasibility[0].family, family::kBalance);
    EXPECT_NEAR(s.infeasibility[0].amount, 3.0, 1e-7);
    EXPECT_EQ(s.infeasibility[1].family, family::kDevice);
    EXPECT_EQ(s.infeasibility[1].name, "cap_steps");
    EXPECT_NEAR(s.infeasibility[1].amount, 2.0, 1e-7);
}

TEST(OptDiagnosis, IntegerOnlyConflictIsStructure) {
    Model m;
    Var x = m.addInteger(0, 5, 1, "x");
    m.addEquality(2.0 * Affine(x), 1, "odd");
    const Solution s = solve(m);
    ASSERT_EQ(s.status, Status::Infeasible);
    ASSERT_EQ(s.infeasibility.size(), 1u);
    EXPECT_EQ(s.infeasibility[0].family, family::kStructure);
}

TEST(OptDiagnosis, FeasibleModelsAndDisabledDiagnosisListNothing) {
    Model ok;
    ok.addVariable(0, 1, 1, "x", family::kVoltage);
    const Solution s = solve(ok);
    ASSERT_EQ(s.status, Status::Optimal);
    EXPECT_TRUE(s.infeasibility.empty());
    EXPECT_TRUE(violatedFamilies(s).empty());

    Model bad;
    Var x = bad.addVariable(0, 1, 0, "x", family::kVoltage);
    bad.addRow(Affine(x), 2, kInf, "x_min");
    SolveOptions o;
    o.diagnose = false;
    const Solution b = solve(bad, o);
    ASSERT_EQ(b.status, Status::Infeasible);
    EXPECT_TRUE(b.infeasibility.empty());
}

TEST(OptModel, FamiliesAreRecordedOnVariables) {
    Model m;
    Var a = m.addVariable(0, 1, 0, "a", family::kVoltage);
    Var b = m.addInteger(0, 3, 0, "b");
    EXPECT_EQ(m.variables()[a.index].family, family::kVoltage);
    EXPECT_EQ(m.variables()[b.index].family, "");
    m.setFamily(b, family::kDevice);
    EXPECT_EQ(m.variables()[b.index].family, family::kDevice);
    EXPECT_THROW(m.setFamily(Var{7}, "x"), Error);
}

TEST(OptDiagnosis, ElasticWeightsShiftTheBlameToCheaperFamilies) {
    // v + p = 3 with v in a voltage band [0.9, 1.1] and p <= 1 (hard): 0.9 short. At equal
    // prices the split is arbitrary; pricing balance violations at 1000 puts it all on the band.
    Model m;
    Var v = m.addVariable(0.9, 1.1, 0, "v", family::kVoltage);
    Var p = m.addVariable(0, 1, 0, "p");
    m.addEquality(Affine(v) + Affine(p), 3, "balance", family::kBalance);
    SolveOptions o;
    o.elastic_weights[family::kBalance] = 1e3;
    const Solution s = solve(m, o);
    ASSERT_EQ(s.status, Status::Infeasible);
    ASSERT_EQ(s.infeasibility.size(), 1u);
    EXPECT_EQ(s.infeasibility[0].family, family::kVoltage);
    EXPECT_NEAR(s.infeasibility[0].amount, 0.9, 1e-7);

    o.elastic_weights[family::kBalance] = -1.0;
    EXPECT_THROW(solve(m, o), Error);
}

TEST(OptDiagnosis, EachViolationSaysWhichBoundGaveAndItsValue) {
    Model m;
    Var x = m.addVariable(0, 1, 0, "x", family::kDevice); // needs 3: its upper bound gives
    m.addRow(Affine(x), 3, kInf, "x_need");
    Var y = m.addVariable(2, 5, 0, "y", family::kVoltage); // needs 1.5: its lower bound gives
    m.addRow(Affine(y), -kInf, 1.5, "y_cap");
    Var z = m.addVariable(4, 4, 0, "z"); // || z || <= 1 + slack: the cone's bound gives
    m.addCone({Affine(z)}, Affine(1.0), "z_cone", family::kThermal);
    const Solution s = solve(m);
    ASSERT_EQ(s.status, Status::Infeasible);
    ASSERT_EQ(s.infeasibility.size(), 3u);
    const Violation& device = s.infeasibility[0];
    EXPECT_EQ(device.name, "x");
    EXPECT_TRUE(device.upper);
    EXPECT_EQ(device.limit, 1.0);
    EXPECT_NEAR(device.amount, 2.0, 1e-7);
    const Violation& thermal = s.infeasibility[1];
    EXPECT_EQ(thermal.name, "z_cone");
    EXPECT_TRUE(thermal.upper);
    EXPECT_EQ(thermal.limit, 1.0);
    EXPECT_NEAR(thermal.amount, 3.0, 1e-6);
    const Violation& voltage = s.infeasibility[2];
    EXPECT_EQ(voltage.name, "y");
    EXPECT_FALSE(voltage.upper);
    EXPECT_EQ(voltage.limit, 2.0);
    EXPECT_NEAR(voltage.amount, 0.5, 1e-7);
}

TEST(OptDiagnosis, AKeptLowerBoundNeverGives) {
    // x + y <= -0.5 with x, y >= 0: giving x's floor would cost half of giving y's, but x is an
    // import that cannot be negative, so y's floor gives.
    Model m;
    Var x = m.addVariable(0, 1, 0, "import", family::kGrid);
    Var y = m.addVariable(0, 1, 0, "p", family::kDevice);
    m.keepLowerBound(x);
    m.addRow(Affine(x) + Affine(y), -kInf, -0.5, "sum");
    SolveOptions o;
    o.elastic_weights = {{family::kGrid, 0.5}};
    const Solution s = solve(m, o);
    ASSERT_EQ(s.status, Status::Infeasible);
    ASSERT_EQ(s.infeasibility.size(), 1u);
    EXPECT_EQ(s.infeasibility[0].name, "p");
    EXPECT_FALSE(s.infeasibility[0].upper);
    EXPECT_NEAR(s.infeasibility[0].amount, 0.5, 1e-7);
}
