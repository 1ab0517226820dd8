// verifySolution: a solver's answer re-checked against the model's rows, bounds, integrality and
// cones, and a hand-made wrong answer named item by item.
#include "opt/Families.h"
#include "opt/Model.h"
#include "opt/Solve.h"
#include "opt/Verify.h"
#include "util/Error.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace gridcarbon;
using namespace gridcarbon::opt;

namespace {

// min t + n  s.t.  ||(x - 2.6, y - 1.3)|| <= t,  x + y <= 3.5,  n integer in [0, 4] with
// n >= x: a row, bounds, an integer and a cone, each with a name and a family.
struct Small {
    Model m;
    Var x, y, t, n;
    Small() {
        x = m.addVariable(0, 5, 0, "x", family::kVoltage);
        y = m.addVariable(0, 5, 0, "y");
        t = m.addVariable(0, 10, 1, "t");
        n = m.addInteger(0, 4, 1, "n", family::kDevice);
        m.addRow(Affine(x) + Affine(y), -kInf, 3.5, "sum", family::kThermal);
        m.addRow(Affine(n) - Affine(x), 0, kInf, "n covers x", family::kDevice);
        m.addCone({Affine(x) - 2.6, Affine(y) - 1.3}, Affine(t), "distance", family::kBalance);
    }
    Solution at(double xv, double yv, double tv, double nv) const {
        Solution s;
        s.x = {xv, yv, tv, nv};
        return s;
    }
};

} // namespace

TEST(OptVerify, SolverAnswerOfAConicMilpVerifiesClean) {
    Small p;
    const Solution s = solve(p.m);
    ASSERT_EQ(s.status, Status::Optimal);
    const auto violations = verifySolution(p.m, s, 1e-6);
    EXPECT_TRUE(violations.empty()) << violations.front().name;
}

TEST(OptVerify, PerturbedPointNamesEveryViolatedItem) {
    Small p;
    // x + y = 2.7 holds; n - x = -0.7 breaks "n covers x" by 0.7; y = -0.5 is below its bound
    // by 0.5; n = 2.5 is 0.5 from an integer; ||(0.6, -1.8)|| = 1.897 exceeds t = 1 by 0.897,
    // relative to max(1, |t|) = 1.
    const Solution s = p.at(3.2, -0.5, 1.0, 2.5);
    const auto v = verifySolution(p.m, s, 1e-6);
    ASSERT_EQ(v.size(), 4u);

    EXPECT_EQ(v[0].kind, ItemKind::Row);
    EXPECT_EQ(v[0].name, "n covers x");
    EXPECT_EQ(v[0].family, family::kDevice);
    EXPECT_EQ(v[0].index, 1);
    EXPECT_NEAR(v[0].amount, 0.7, 1e-12);

    EXPECT_EQ(v[1].kind, ItemKind::Bound);
    EXPECT_EQ(v[1].name, "y");
    EXPECT_EQ(v[1].family, "");
    EXPECT_NEAR(v[1].amount, 0.5, 1e-12);

    EXPECT_EQ(v[2].kind, ItemKind::Integrality);
    EXPECT_EQ(v[2].name, "n");
    EXPECT_EQ(v[2].family, family::kDevice);
    EXPECT_NEAR(v[2].amount, 0.5, 1e-12);

    EXPECT_EQ(v[3].kind, ItemKind::Cone);
    EXPECT_EQ(v[3].name, "distance");
    EXPECT_EQ(v[3].family, family::kBalance);
    EXPECT_NEAR(v[3].amount, std::hypot(0.6, 1.8) - 1.0, 1e-12);
    EXPECT_EQ(toString(v[3].kind), "cone");
}

TEST(OptVerify, RowAboveItsUpperBoundAndToleranceAreMeasured) {
    Small p;
    const Solution s = p.at(3.0, 0.7, 1.0, 3.0); // sum 3.7: 0.2 over; cone holds (0.72 <= 1)
    auto v = verifySolution(p.m, s, 1e-6);
    ASSERT_EQ(v.size(), 1u);
    EXPECT_EQ(v[0].name, "sum");
    EXPECT_EQ(v[0].family, family::kThermal);
    EXPECT_NEAR(v[0].amount, 0.2, 1e-12);
    EXPECT_TRUE(verifySolution(p.m, s, 0.25).empty());
}

TEST(OptVerify, UnnamedItemsAreNamedByKindAndIndexAndNanIsAViolation) {
    Model m;
    m.addVariable(0, 1);
    Var b = m.addVariable(0, 1);
    m.addRow(Affine(b), 0.5, kInf);
    Solution s;
    s.x = {0.0, std::numeric_limits<double>::quiet_NaN()};
    const auto v = verifySolution(m, s);
    ASSERT_EQ(v.size(), 2u);
    EXPECT_EQ(v[0].name, "row #0");
    EXPECT_EQ(v[1].name, "variable #1");
    EXPECT_TRUE(std::isinf(v[0].amount));
    EXPECT_TRUE(std::isinf(v[1].amount));
}

TEST(OptVerify, ASolutionWithoutOneValuePerVariableIsRefused) {
    Small p;
    Solution s; // e.g. an infeasible outcome: no point
    EXPECT_THROW(verifySolution(p.m, s), Error);
    EXPECT_THROW(verifySolution(p.m, p.at(1, 1, 1, 1), -1.0), Error);
}
