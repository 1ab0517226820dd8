// Certified bounds of conic solves (opt/detail/Certificate.h): the entry step on a segment, the
// bounds bracketing known optima, the objective right to the gap where the cone tolerance alone
// leaves it wrong, the fallback for a model with no strictly feasible point, and seed points.
#include "opt/Model.h"
#include "opt/Solve.h"
#include "opt/detail/Certificate.h"
#include "util/Error.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

using namespace gridcarbon::opt;

namespace {

// Unit disc ||(x, y)|| <= 1 in a model of two variables.
struct Disc {
    Model m;
    Var x = m.addVariable(-kInf, kInf, -1, "x");
    Var y = m.addVariable(-kInf, kInf, -1, "y");
    Disc() { m.addCone({Affine(x), Affine(y)}, Affine(1.0), "disc"); }
};

// Loss-shaped: flows p_i with sum 1 over N parallel branches of resistance r_i, each with the
// current l_i >= p_i^2 (a rotated cone 2 l_i (1/2) >= p_i^2, right-hand side about 1/2), losses
// sum r_i l_i minimised. Optimum p_i proportional to 1/r_i, losses 1 / sum(1/r_i). The losses
// are small next to the cones' scale, as in a distribution feeder.
struct ParallelBranches {
    Model m;
    double optimum = 0.0;
    explicit ParallelBranches(int n) {
        Affine total;
        double conductance = 0.0;
        for (int i = 1; i <= n; ++i) {
            const double r = 0.01 * i;
            conductance += 1.0 / r;
            const Var p = m.addVariable(0.0, 1.0, 0.0, "p" + std::to_string(i));
            const Var l = m.addVariable(0.0, 10.0, r, "l" + std::to_string(i));
            m.addRotatedCone(Affine(l), Affine(0.5), {Affine(p)}, "branch" + std::to_string(i));
            total.add(p, 1.0);
        }
        m.addEquality(total, 1.0, "balance");
        optimum = 1.0 / conductance;
    }
};

} // namespace

TEST(OptCertificate, EntryStepIsWhereTheSegmentCrossesTheCone) {
    Disc d;
    const ConeInfo& cone = d.m.cones()[0];
    // From (2, 0) outside to the centre: the unit circle is crossed half way.
    EXPECT_NEAR(detail::entryStep(cone, {2.0, 0.0}, {0.0, 0.0}), 0.5, 1e-15);
    // A point already inside needs no step.
    EXPECT_EQ(detail::entryStep(cone, {0.5, 0.0}, {0.0, 0.0}), 0.0);
    // The step found lies inside the cone, not a rounding error outside.
    const double t = detail::entryStep(cone, {3.0, 4.0}, {0.1, -0.2});
    const double px = 3.0 + t * (0.1 - 3.0), py = 4.0 + t * (-0.2 - 4.0);
    EXPECT_LE(std::hypot(px, py), 1.0);
    EXPECT_NEAR(std::hypot(px, py), 1.0, 1e-15);
}

TEST(OptCertificate, EntryStepIsUndefinedTowardsAPointNotStrictlyInside) {
    Disc d;
    const ConeInfo& cone = d.m.cones()[0];
    EXPECT_TRUE(std::isnan(detail::entryStep(cone, {2.0, 0.0}, {1.0, 0.0})));
    EXPECT_TRUE(std::isnan(detail::entryStep(cone, {2.0, 0.0}, {0.0, 3.0})));
}

TEST(OptCertificate, BoundsBracketTheDiscOptimumWithinTheGap) {
    Disc d;
    const Solution s = solve(d.m);
    ASSERT_EQ(s.status, Status::Optimal);
    const double optimum = -std::sqrt(2.0);
    EXPECT_LE(s.lower_bound, optimum);
    EXPECT_GE(s.upper_bound, optimum);
    EXPECT_LE(s.gap, SolveOptions{}.gap);
    EXPECT_NEAR(s.gap, relativeGap(s.lower_bound, s.upper_bound), 1e-15);
    EXPECT_NEAR(s.objective, optimum, 1e-6 * std::sqrt(2.0));
}

TEST(OptCertificate, SmallLossesAreRightToTheGapWhereTheConeToleranceIsNot) {
    ParallelBranches b(10);
    SolveOptions byTolerance;
    byTolerance.conic = ConicMethod::OuterApproximation;
    byTolerance.conic_stop = ConicStop::ConeTolerance;
    const Solution loose = solve(b.m, byTolerance);
    ASSERT_EQ(loose.status, Status::Optimal);
    // The cones hold to 1e-7 of their scale (about 1), the losses (0.034) only to ~1e-5.
    EXPECT_GT(std::abs(loose.objective - b.optimum), 1e-6 * b.optimum);
    EXPECT_TRUE(std::isinf(loose.upper_bound));

    const Solution s = solve(b.m);
    ASSERT_EQ(s.status, Status::Optimal);
    EXPECT_NEAR(s.objective, b.optimum, 1e-6 * b.optimum);
    EXPECT_LE(s.lower_bound, b.optimum);
    EXPECT_GE(s.upper_bound, b.optimum);
    EXPECT_LE(s.gap, 1e-6);
    EXPECT_LE(s.max_cone_violation, SolveOptions{}.cone_tolerance);
}

TEST(OptCertificate, TighterGapIsHonoured) {
    ParallelBranches b(10);
    SolveOptions o;
    o.gap = 1e-7;
    o.absolute_gap = 0.0;
    const Solution s = solve(b.m, o);
    ASSERT_EQ(s.status, Status::Optimal);
    EXPECT_LE(s.gap, 1e-7);
    EXPECT_NEAR(s.objective, b.optimum, 1e-7 * b.optimum);
}

TEST(OptCertificate, GapBelowTheLpToleranceStopsEarlyWithBothBounds) {
    // Clp holds its rows to 1e-9, so the cones cannot be held much tighter and the bound stops
    // rising near 4e-8 relative here: the loop says so after a few idle rounds, not 500.
    ParallelBranches b(10);
    SolveOptions o;
    o.gap = 1e-12;
    o.absolute_gap = 0.0;
    const Solution s = solve(b.m, o);
    EXPECT_EQ(s.status, Status::IterationLimit);
    EXPECT_LT(s.stats.lp_solves, 150);
    EXPECT_LE(s.lower_bound, b.optimum);
    EXPECT_GE(s.upper_bound, b.optimum);
    EXPECT_LE(s.gap, 1e-6);
}

TEST(OptCertificate, ModelWithoutAStrictlyFeasiblePointFallsBackToTheConeTolerance) {
    // x is pinned on the disc's edge: no point is strictly inside, so no bound can be proven.
    Model m;
    Var x = m.addVariable(1.0, 1.0, 0.0, "x");
    Var y = m.addVariable(-kInf, kInf, 1.0, "y");
    m.addCone({Affine(x), Affine(y)}, Affine(1.0), "edge");
    const Solution s = solve(m);
    ASSERT_EQ(s.status, Status::Optimal);
    EXPECT_NEAR(s.value(y), 0.0, 1e-3);
    EXPECT_LE(s.max_cone_violation, SolveOptions{}.cone_tolerance);
    EXPECT_TRUE(std::isinf(s.upper_bound));
    EXPECT_TRUE(std::isinf(s.gap));
    EXPECT_LE(s.lower_bound, 0.0);
}

TEST(OptCertificate, RelativeGapIsZeroForEqualBoundsAndInfiniteWithoutOne) {
    EXPECT_EQ(relativeGap(0.0, 0.0), 0.0);
    EXPECT_DOUBLE_EQ(relativeGap(1.0, 1.5), 0.5 / 1.5);
    EXPECT_DOUBLE_EQ(relativeGap(-2.0, -1.0), 0.5);
    EXPECT_TRUE(std::isinf(relativeGap(-kInf, 1.0)));
    EXPECT_TRUE(std::isinf(relativeGap(1.0, kInf)));
    SolveOptions o;
    EXPECT_TRUE(gapClosed(1.0, 1.0 + 5e-7, o));
    EXPECT_FALSE(gapClosed(1.0, 1.0 + 2e-6, o));
    EXPECT_TRUE(gapClosed(0.0, 5e-10, o)); // the absolute gap
    EXPECT_DOUBLE_EQ(gapAllowance(-4.0, 2.0, o), 4e-6);
    EXPECT_DOUBLE_EQ(gapAllowance(0.0, 0.0, o), o.absolute_gap);
}

TEST(OptSeedPoint, PlanesAtASeedNearTheOptimumSaveRounds) {
    Disc d;
    SolveOptions o;
    o.conic = ConicMethod::OuterApproximation; // the interior point takes no seed
    const Solution cold = solve(d.m, o);
    o.seed_point = {0.7, 0.7};
    const Solution seeded = solve(d.m, o);
    ASSERT_EQ(seeded.status, Status::Optimal);
    EXPECT_NEAR(seeded.objective, -std::sqrt(2.0), 1e-6 * std::sqrt(2.0));
    EXPECT_LT(seeded.stats.lp_solves, cold.stats.lp_solves);
    // Any point gives valid planes: a seed far off changes the work, not the answer.
    o.seed_point = {-50.0, 3.0};
    const Solution far = solve(d.m, o);
    ASSERT_EQ(far.status, Status::Optimal);
    EXPECT_NEAR(far.objective, -std::sqrt(2.0), 1e-6 * std::sqrt(2.0));
}

TEST(OptSeedPoint, SeedOfTheWrongSizeIsRefused) {
    Disc d;
    SolveOptions o;
    o.seed_point = {1.0};
    EXPECT_THROW(solve(d.m, o), gridcarbon::Error);
}
