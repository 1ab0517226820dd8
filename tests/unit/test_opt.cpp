// The optimisation layer on problems whose answers are known in closed form.
#include "opt/Model.h"
#include "opt/Solve.h"
#include "util/Error.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace gridcarbon;
using namespace gridcarbon::opt;

TEST(OptLp, TextbookLpHasKnownOptimumAndDuals) {
    // min -x - y  s.t.  x + 2y <= 4,  3x + y <= 6,  x, y >= 0
    // optimum x = 1.6, y = 1.2, objective -2.8; duals (d obj / d rhs) -0.4 and -0.2.
    Model m;
    Var x = m.addVariable(0, kInf, -1, "x");
    Var y = m.addVariable(0, kInf, -1, "y");
    Row a = m.addRow(Affine(x) + 2.0 * Affine(y), -kInf, 4, "a");
    Row b = m.addRow(3.0 * Affine(x) + Affine(y), -kInf, 6, "b");
    const Solution s = solve(m);
    ASSERT_EQ(s.status, Status::Optimal);
    EXPECT_NEAR(s.value(x), 1.6, 1e-9);
    EXPECT_NEAR(s.value(y), 1.2, 1e-9);
    EXPECT_NEAR(s.objective, -2.8, 1e-9);
    EXPECT_NEAR(s.dual(a), -0.4, 1e-9);
    EXPECT_NEAR(s.dual(b), -0.2, 1e-9);
    EXPECT_EQ(s.stats.lp_solves, 1);
}

TEST(OptLp, ObjectiveConstantAndRowConstantsAreKept) {
    Model m;
    Var x = m.addVariable(-kInf, kInf);
    m.addRow(Affine(x) + 3.0, 5.0, kInf); // x + 3 >= 5
    m.setObjective(Affine(x, 2.0) + 10.0);
    const Solution s = solve(m);
    ASSERT_EQ(s.status, Status::Optimal);
    EXPECT_NEAR(s.value(x), 2.0, 1e-12);
    EXPECT_NEAR(s.objective, 14.0, 1e-12);
}

TEST(OptLp, InfeasibleAndUnboundedAreReportedAsSuch) {
    Model inf;
    Var x = inf.addVariable(0, 1);
    inf.addRow(Affine(x), 2, kInf);
    EXPECT_EQ(solve(inf).status, Status::Infeasible);

    Model unb;
    Var y = unb.addVariable(0, kInf, -1);
    unb.addRow(Affine(y), 0, kInf);
    EXPECT_EQ(solve(unb).status, Status::Unbounded);
}

TEST(OptCone, DistanceFromPointToLineMatchesGeometry) {
    // min t  s.t.  ||(x - 1, y - 2)|| <= t,  x + y = 0  ->  t = 3 / sqrt(2)
    Model m;
    Var x = m.addVariable(-kInf, kInf), y = m.addVariable(-kInf, kInf);
    Var t = m.addVariable(0, kInf, 1);
    m.addEquality(Affine(x) + Affine(y), 0);
    m.addCone({Affine(x) - 1.0, Affine(y) - 2.0}, Affine(t));
    SolveOptions byCuts; // the tangent cuts are what this test follows
    byCuts.conic = ConicMethod::OuterApproximation;
    const Solution s = solve(m, byCuts);
    ASSERT_EQ(s.status, Status::Optimal);
    const double distance = 3.0 / std::sqrt(2.0);
    EXPECT_NEAR(s.objective, distance, 1e-6 * distance);
    EXPECT_LE(s.lower_bound, distance + 1e-12);
    EXPECT_GE(s.upper_bound, distance - 1e-12);
    EXPECT_LE(s.gap, 1e-6);
    // The distance is flat at the foot of the perpendicular: an objective within 1e-6 leaves
    // the point within about sqrt(2e-6 * distance) of it.
    EXPECT_NEAR(s.value(x), -0.5, 3e-3);
    EXPECT_LE(s.max_cone_violation, 1e-7);
    EXPECT_GT(s.stats.cuts, 0);
}

TEST(OptCone, MaximisingOverTheUnitDiscReachesSqrt2) {
    Model m;
    Var x = m.addVariable(-kInf, kInf, -1), y = m.addVariable(-kInf, kInf, -1);
    m.addCone({Affine(x), Affine(y)}, Affine(1.0));
    const Solution s = solve(m);
    ASSERT_EQ(s.status, Status::Optimal);
    EXPECT_NEAR(s.objective, -std::sqrt(2.0), 1e-7);
    for (double v : coneViolations(m, s.x))
        EXPECT_LE(v, 1e-7);
}

TEST(OptCone, RotatedConeGivesTheSquareOverTwo) {
    // min u  s.t.  2 u v >= w^2,  v = 1,  w = 3  ->  u = 4.5
    Model m;
    Var u = m.addVariable(0, kInf, 1), v = m.addVariable(0, kInf), w = m.addVariable(-kInf, kInf);
    m.addEquality(Affine(v), 1);
    m.addEquality(Affine(w), 3);
    m.addRotatedCone(Affine(u), Affine(v), {Affine(w)});
    const Solution s = solve(m);
    ASSERT_EQ(s.status, Status::Optimal);
    EXPECT_NEAR(s.value(u), 4.5, 4.5e-7);
}

TEST(OptCone, InfeasibleConeIsInfeasible) {
    Model m;
    Var x = m.addVariable(2, 3);
    m.addCone({Affine(x)}, Affine(1.0)); // |x| <= 1 with x >= 2
    EXPECT_EQ(solve(m).status, Status::Infeasible);
}

TEST(OptSolve, RoundLimitBeforeTheConeToleranceIsAnIterationLimit) {
    // Three tangent rounds cannot bring the unit disc's maximum of x + y to 1e-9.
    Model m;
    Var x = m.addVariable(-kInf, kInf, -1), y = m.addVariable(-kInf, kInf, -1);
    m.addCone({Affine(x), Affine(y)}, Affine(1.0), "disc");
    SolveOptions o;
    o.conic = ConicMethod::OuterApproximation;
    o.cone_tolerance = 1e-9;
    o.max_rounds = 3;
    const Solution s = solve(m, o);
    EXPECT_EQ(s.status, Status::IterationLimit);
    EXPECT_EQ(toString(s.status), "iteration limit");
    // Three rounds, and at the last one the tightened LP of the certificate.
    EXPECT_EQ(s.stats.lp_solves, 4);
    EXPECT_GT(s.max_cone_violation, o.cone_tolerance);
    ASSERT_EQ(s.x.size(), 2u);                       // the last LP point, outside the disc
    EXPECT_LE(s.objective, -std::sqrt(2.0) + 1e-12); // a relaxation of the disc
    // Both bounds of the stopped solve bracket the optimum.
    EXPECT_EQ(s.lower_bound, s.objective);
    EXPECT_GE(s.upper_bound, -std::sqrt(2.0));
    EXPECT_LT(s.upper_bound, 0.0);
    EXPECT_TRUE(s.infeasibility.empty());
}

TEST(OptSolve, StopRequestIsCancelled) {
    Model m;
    Var x = m.addVariable(-kInf, kInf, -1), y = m.addVariable(-kInf, kInf, -1);
    m.addCone({Affine(x), Affine(y)}, Affine(1.0));
    std::stop_source stop;
    stop.request_stop();
    EXPECT_EQ(solve(m, {}, stop.get_token()).status, Status::Cancelled);
}

TEST(OptSolve, BadOptionsAreRefused) {
    Model m;
    m.addVariable(0, 1, 1);
    SolveOptions o;
    o.gap = -1e-3;
    EXPECT_THROW(solve(m, o), Error);
    o = {};
    o.cone_tolerance = 0.0;
    EXPECT_THROW(solve(m, o), Error);
}

TEST(OptModel, BadBoundsAndForeignVariablesAreRefused) {
    Model m;
    EXPECT_THROW(m.addVariable(1, 0), Error);
    m.addVariable(0, 1);
    const Var notInModel{1}; // a handle from a model with two variables
    EXPECT_THROW(m.addRow(Affine(notInModel), 0, 1), Error);
    EXPECT_THROW(m.addRow(Affine(Var{0}, std::nan("")), 0, 1), Error);
}
