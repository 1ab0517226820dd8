// The warm-started re-optimiser of the region engine (core/opt/Reoptimizer.h) on a conic model
// solved by hand: after every change of objective, bounds or added rows its next solve must equal
// a fresh opt::solve of the model changed the same way.
#include "opt/Model.h"
#include "opt/Reoptimizer.h"
#include "opt/Solve.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace gridcarbon;
using namespace gridcarbon::opt;

namespace {

// min x + y  s.t.  2 x y >= 1, x, y >= 0: x = y = 1/sqrt2, objective sqrt2.
struct RotatedConeModel {
    Model m;
    Var x, y;
    RotatedConeModel() {
        x = m.addVariable(0.0, kInf, 1.0, "x");
        y = m.addVariable(0.0, kInf, 1.0, "y");
        m.addRotatedCone(Affine(x), Affine(y), {Affine(1.0)}, "2xy >= 1");
    }
};

// The optimum of the fresh solve of `changed`, which must be optimal.
double freshOptimum(const Model& changed) {
    const Solution s = solve(changed);
    EXPECT_EQ(s.status, Status::Optimal);
    return s.objective;
}

} // namespace

TEST(RegionReoptimizer, FirstSolveOfARotatedConeEqualsSolveAndTheHandOptimum) {
    RotatedConeModel c;
    Reoptimizer r(c.m);
    const Solution s = r.solve();
    ASSERT_EQ(s.status, Status::Optimal);
    EXPECT_NEAR(s.objective, std::sqrt(2.0), 1e-6);
    EXPECT_NEAR(s.objective, freshOptimum(c.m), 1e-6);
    EXPECT_NEAR(s.value(c.x), 1.0 / std::sqrt(2.0), 1e-3);
    EXPECT_NEAR(s.value(c.y), 1.0 / std::sqrt(2.0), 1e-3);
}

TEST(RegionReoptimizer, EveryChangeGivesTheOptimumOfAFreshSolveOfTheChangedModel) {
    RotatedConeModel c;
    const Var x = c.x, y = c.y;
    Reoptimizer r(c.m); // keeps a reference to c.m: the fresh models are copies
    ASSERT_EQ(r.solve().status, Status::Optimal);

    // Objective x + 2 y + 1: x = 1, y = 1/2, objective 3.
    const Affine objective = Affine(x) + 2.0 * Affine(y) + 1.0;
    r.setObjective(objective);
    Model fresh = c.m;
    fresh.setObjective(objective);
    Solution s = r.solve();
    ASSERT_EQ(s.status, Status::Optimal);
    EXPECT_NEAR(s.objective, 3.0, 1e-6);
    EXPECT_NEAR(s.objective, freshOptimum(fresh), 1e-6);

    // x <= 1/2: y = 1, objective 3.5.
    r.setBounds(x, 0.0, 0.5);
    fresh.setBounds(x, 0.0, 0.5);
    s = r.solve();
    ASSERT_EQ(s.status, Status::Optimal);
    EXPECT_NEAR(s.objective, 3.5, 1e-6);
    EXPECT_NEAR(s.objective, freshOptimum(fresh), 1e-6);

    // x + y >= 2 binds: x = 1/2, y = 3/2, objective 4.5.
    const Row sum = r.addRow(Affine(x) + Affine(y), 2.0, kInf);
    Model withRow = fresh;
    withRow.addRow(Affine(x) + Affine(y), 2.0, kInf);
    s = r.solve();
    ASSERT_EQ(s.status, Status::Optimal);
    EXPECT_NEAR(s.objective, 4.5, 1e-6);
    EXPECT_NEAR(s.objective, freshOptimum(withRow), 1e-6);

    // x + y = 1.8: x = 1/2, y = 1.3, objective 4.1.
    r.setRowBounds(sum, 1.8, 1.8);
    Model fixedSum = fresh;
    fixedSum.addRow(Affine(x) + Affine(y), 1.8, 1.8);
    s = r.solve();
    ASSERT_EQ(s.status, Status::Optimal);
    EXPECT_NEAR(s.objective, 4.1, 1e-6);
    EXPECT_NEAR(s.objective, freshOptimum(fixedSum), 1e-6);

    // Infinite bounds switch the row off: back to 3.5.
    r.setRowBounds(sum, -kInf, kInf);
    s = r.solve();
    ASSERT_EQ(s.status, Status::Optimal);
    EXPECT_NEAR(s.objective, freshOptimum(fresh), 1e-6);

    // Released bounds and the original objective: back to sqrt2, with every cut kept.
    r.setBounds(x, 0.0, kInf);
    r.setObjective(Affine(x) + Affine(y));
    s = r.solve();
    ASSERT_EQ(s.status, Status::Optimal);
    EXPECT_NEAR(s.objective, std::sqrt(2.0), 1e-6);
    EXPECT_NEAR(s.objective, freshOptimum(c.m), 1e-6);

    // An infeasible change is reported as such and leaves the model usable.
    r.setRowBounds(sum, -kInf, 1.0); // x + y <= 1 < sqrt2
    EXPECT_EQ(r.solve().status, Status::Infeasible);
    r.setRowBounds(sum, -kInf, kInf);
    s = r.solve();
    ASSERT_EQ(s.status, Status::Optimal);
    EXPECT_NEAR(s.objective, std::sqrt(2.0), 1e-6);
}

TEST(RegionReoptimizer, TotalsAccumulateTheStatsOfEverySolve) {
    RotatedConeModel c;
    Reoptimizer r(c.m);
    EXPECT_EQ(r.totals().lp_solves, 0);
    SolveStats sum;
    auto add = [&](const Solution& s) {
        ASSERT_EQ(s.status, Status::Optimal);
        sum.lp_solves += s.stats.lp_solves;
        sum.cuts += s.stats.cuts;
        sum.simplex_iterations += s.stats.simplex_iterations;
        sum.seconds += s.stats.seconds;
    };
    add(r.solve());
    const int afterFirst = r.totals().lp_solves;
    EXPECT_GT(afterFirst, 1); // the cone needs cutting-plane rounds
    r.setObjective(Affine(c.x) + 3.0 * Affine(c.y));
    add(r.solve());
    r.setBounds(c.y, 0.25, 0.25);
    add(r.solve());
    EXPECT_GT(r.totals().lp_solves, afterFirst);
    EXPECT_EQ(r.totals().lp_solves, sum.lp_solves);
    EXPECT_EQ(r.totals().cuts, sum.cuts);
    EXPECT_EQ(r.totals().simplex_iterations, sum.simplex_iterations);
    EXPECT_NEAR(r.totals().seconds, sum.seconds, 1e-9);
}
