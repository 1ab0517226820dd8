// Mixed-integer models through Cbc, with cones by outer approximation, on problems whose
// answers are known by enumeration or by hand; each under both MISOCP methods (one branch and
// bound with lazy cone cuts, and the multi-tree loop kept to compare), every point re-checked by
// verifySolution.
#include "opt/Model.h"
#include "opt/Solve.h"
#include "opt/Verify.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <thread>

using namespace gridcarbon;
using namespace gridcarbon::opt;

namespace {

void expectIntegral(const Model& m, const Solution& s) {
    ASSERT_EQ(s.x.size(), m.variables().size());
    for (std::size_t j = 0; j < s.x.size(); ++j) {
        if (m.variables()[j].integer) {
            EXPECT_EQ(s.x[j], std::round(s.x[j])) << "variable " << j;
        }
    }
}

void expectRowsHold(const Model& m, const Solution& s, double tolerance = 1e-7) {
    for (const RowInfo& r : m.rows()) {
        double v = 0.0;
        for (const auto& [j, c] : r.terms)
            v += c * s.x[j];
        EXPECT_GE(v, r.lower - tolerance) << r.name;
        EXPECT_LE(v, r.upper + tolerance) << r.name;
    }
}

void expectConesHold(const Model& m, const Solution& s, double tolerance) {
    EXPECT_LE(s.max_cone_violation, tolerance);
    for (double v : coneViolations(m, s.x))
        EXPECT_LE(v, tolerance);
}

// min t  s.t.  ||(x - 2.6, y - 1.3)|| <= t,  x, y in [0, 5], integral when asked, plus
// 3y - x >= 3 when `constrained`.
struct NearestPoint {
    Model m;
    Var x, y, t;
    NearestPoint(bool integral, bool constrained) {
        x = integral ? m.addInteger(0, 5, 0, "x") : m.addVariable(0, 5, 0, "x");
        y = integral ? m.addInteger(0, 5, 0, "y") : m.addVariable(0, 5, 0, "y");
        t = m.addVariable(0, 10, 1, "t");
        m.addCone({Affine(x) - 2.6, Affine(y) - 1.3}, Affine(t), "distance");
        if (constrained)
            m.addRow(3.0 * Affine(y) - Affine(x), 3, kInf, "wedge");
    }
};

// Cornuejols-Dawande market split: rows of binaries with coefficients in [0, 99] summing to
// half their total. Tiny, and hopeless for branch and bound: the time and stop tests need a
// search that is still running when they interrupt it.
Model marketSplit(int rows, int columns) {
    Model m;
    std::uint32_t state = 12345;
    const auto next = [&] {
        state = state * 1664525u + 1013904223u;
        return static_cast<int>((state >> 16) % 100);
    };
    std::vector<Var> x;
    for (int j = 0; j < columns; ++j)
        x.push_back(m.addBinary(0.0));
    for (int i = 0; i < rows; ++i) {
        Affine a;
        int total = 0;
        for (int j = 0; j < columns; ++j) {
            const int c = next();
            a.add(x[j], c);
            total += c;
        }
        const Var slackUp = m.addVariable(0, kInf, 1), slackDown = m.addVariable(0, kInf, 1);
        a.add(slackUp, 1.0).add(slackDown, -1.0);
        m.addEquality(a, total / 2);
    }
    return m;
}

// A solution holds its model's rows, bounds, integrality and cones, checked independently.
void expectVerified(const Model& m, const Solution& s) {
    const auto violations = verifySolution(m, s, 1e-6);
    EXPECT_TRUE(violations.empty())
        << violations.front().name << " by " << violations.front().amount;
}

double secondsSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

class OptMilp : public ::testing::TestWithParam<MisocpMethod> {
protected:
    static SolveOptions options() {
        SolveOptions o;
        o.misocp = GetParam();
        return o;
    }
};

} // namespace

TEST_P(OptMilp, KnapsackReachesTheEnumeratedOptimumWithExactIntegers) {
    // values 8, 11, 6, 4; weights 5, 7, 4, 3; capacity 14: items 2, 3, 4 give 21, which no
    // other subset within the capacity reaches. The relaxation is fractional (about 22.1).
    Model m;
    const double value[] = {8, 11, 6, 4}, weight[] = {5, 7, 4, 3};
    std::vector<Var> take;
    Affine load;
    for (int i = 0; i < 4; ++i) {
        take.push_back(m.addBinary(-value[i], "take" + std::to_string(i)));
        load.add(take.back(), weight[i]);
    }
    m.addRow(load, -kInf, 14, "capacity");
    const Solution s = solve(m, options());
    ASSERT_EQ(s.status, Status::Optimal);
    EXPECT_NEAR(s.objective, -21.0, 1e-9);
    EXPECT_EQ(s.value(take[0]), 0.0);
    EXPECT_EQ(s.value(take[1]), 1.0);
    EXPECT_EQ(s.value(take[2]), 1.0);
    EXPECT_EQ(s.value(take[3]), 1.0);
    expectIntegral(m, s);
    expectRowsHold(m, s);
    expectVerified(m, s);
    EXPECT_LE(s.gap, SolveOptions{}.gap);
    EXPECT_LE(s.lower_bound, s.objective);
    EXPECT_TRUE(s.row_duals.empty());
    EXPECT_GE(s.stats.milp_solves, 1);
}

TEST_P(OptMilp, GeneralIntegersWithAConeFindTheNearestLatticePoint) {
    // The nearest integer point to (2.6, 1.3) is (3, 1), at distance 0.5.
    NearestPoint p(true, false);
    SolveOptions o = options();
    const Solution s = solve(p.m, o);
    ASSERT_EQ(s.status, Status::Optimal);
    EXPECT_EQ(s.value(p.x), 3.0);
    EXPECT_EQ(s.value(p.y), 1.0);
    EXPECT_NEAR(s.objective, 0.5, 1e-6);
    expectConesHold(p.m, s, o.cone_tolerance);
    expectRowsHold(p.m, s);
    expectVerified(p.m, s);
    EXPECT_LE(s.gap, o.gap);
    EXPECT_LE(s.lower_bound, s.objective + 1e-12);
}

TEST_P(OptMilp, ConeOptimumIsNotTheRoundedRelaxation) {
    // With 3y - x >= 3 the relaxation sits at (2.43, 1.81); rounded, (2, 2) is feasible but at
    // distance 0.922, while (3, 2) is at sqrt(0.65) = 0.806, the best of the 36 lattice points.
    NearestPoint relaxed(false, true);
    const Solution r = solve(relaxed.m, options());
    ASSERT_EQ(r.status, Status::Optimal);
    const double rx = std::round(r.value(relaxed.x)), ry = std::round(r.value(relaxed.y));
    EXPECT_EQ(rx, 2.0);
    EXPECT_EQ(ry, 2.0);

    double best = kInf;
    for (int x = 0; x <= 5; ++x)
        for (int y = 0; y <= 5; ++y)
            if (3 * y - x >= 3)
                best = std::min(best, std::hypot(x - 2.6, y - 1.3));
    EXPECT_GT(std::hypot(rx - 2.6, ry - 1.3), best + 0.1);

    NearestPoint p(true, true);
    SolveOptions o = options();
    const Solution s = solve(p.m, o);
    ASSERT_EQ(s.status, Status::Optimal);
    EXPECT_EQ(s.value(p.x), 3.0);
    EXPECT_EQ(s.value(p.y), 2.0);
    EXPECT_NEAR(s.objective, best, 1e-6);
    EXPECT_NEAR(s.objective, std::sqrt(0.65), 1e-6);
    expectConesHold(p.m, s, o.cone_tolerance);
    expectRowsHold(p.m, s);
    expectVerified(p.m, s);
    EXPECT_LE(s.gap, o.gap);
}

TEST_P(OptMilp, OnOffUnitsWithQuadraticCostsCommitBothUnits) {
    // Units 1 and 2: cost p1^2 + 1 u1 and 2 p2^2 + 0.1 u2, 0.5 u <= p <= 3 u, p1 + p2 = 2.
    // Alone: 4 + 1 = 5 or 8 + 0.1 = 8.1; together p = (4/3, 2/3): 24/9 + 1.1 = 113/30.
    Model m;
    Var u1 = m.addBinary(1.0, "u1"), u2 = m.addBinary(0.1, "u2");
    Var p1 = m.addVariable(0, 3, 0, "p1"), p2 = m.addVariable(0, 3, 0, "p2");
    Var z1 = m.addVariable(0, 100, 1, "z1"), z2 = m.addVariable(0, 100, 2, "z2");
    for (auto [u, p] : {std::pair{u1, p1}, std::pair{u2, p2}}) {
        m.addRow(Affine(p) - 0.5 * Affine(u), 0, kInf);
        m.addRow(Affine(p) - 3.0 * Affine(u), -kInf, 0);
    }
    m.addEquality(Affine(p1) + Affine(p2), 2, "demand");
    m.addRotatedCone(Affine(z1), Affine(0.5), {Affine(p1)}, "z1>=p1^2");
    m.addRotatedCone(Affine(z2), Affine(0.5), {Affine(p2)}, "z2>=p2^2");
    SolveOptions o = options();
    const Solution s = solve(m, o);
    ASSERT_EQ(s.status, Status::Optimal);
    EXPECT_EQ(s.value(u1), 1.0);
    EXPECT_EQ(s.value(u2), 1.0);
    // The cost is flat near its minimum: an objective within 1e-7 leaves p within ~1e-3.
    EXPECT_NEAR(s.value(p1), 4.0 / 3.0, 1e-3);
    EXPECT_NEAR(s.objective, 113.0 / 30.0, 1e-6 * 113.0 / 30.0);
    expectConesHold(m, s, o.cone_tolerance);
    expectRowsHold(m, s);
    expectVerified(m, s);
    EXPECT_LE(s.gap, o.gap);
}

TEST_P(OptMilp, IntegerInfeasibilityWithAFeasibleRelaxationIsInfeasible) {
    Model m;
    Var x = m.addInteger(0, 5, 1, "x");
    m.addEquality(2.0 * Affine(x), 1, "odd"); // x = 0.5
    SolveOptions o = options();
    o.diagnose = false;
    const Solution s = solve(m, o);
    EXPECT_EQ(s.status, Status::Infeasible);
    EXPECT_TRUE(s.x.empty());
    EXPECT_TRUE(s.infeasibility.empty());
}

TEST_P(OptMilp, ConeThatHoldsNoLatticePointIsInfeasible) {
    // The disc of radius 0.6 around (0.5, 0.5) misses all four corners (distance 0.707): the
    // relaxation is feasible, and only cuts can prove the integer model is not.
    Model m;
    Var x = m.addInteger(-3, 3, 0, "x"), y = m.addInteger(-3, 3, 0, "y");
    m.addCone({Affine(x) - 0.5, Affine(y) - 0.5}, Affine(0.6), "disc");
    SolveOptions o = options();
    o.diagnose = false;
    const Solution s = solve(m, o);
    EXPECT_EQ(s.status, Status::Infeasible);
    EXPECT_GE(s.stats.milp_solves, 1);
}

TEST_P(OptMilp, ObjectiveFallingWithoutBoundIsUnbounded) {
    // max x over the integers x >= 0 with a cone on y that x only widens: nothing bounds x.
    Model m;
    Var x = m.addInteger(0, kInf, -1, "x");
    Var y = m.addVariable(-kInf, kInf, 0, "y");
    m.addCone({Affine(y) - 1.0}, Affine(x) + 1.0, "widening");
    SolveOptions o = options();
    o.diagnose = false;
    const Solution s = solve(m, o);
    EXPECT_EQ(s.status, Status::Unbounded);
    EXPECT_TRUE(s.x.empty());
    EXPECT_TRUE(std::isinf(s.upper_bound));
}

TEST_P(OptMilp, LooseGapIsReportedAndHonoured) {
    NearestPoint p(true, true);
    SolveOptions o = options();
    o.gap = 0.05;
    const Solution s = solve(p.m, o);
    ASSERT_EQ(s.status, Status::Optimal);
    EXPECT_LE(s.gap, o.gap);
    EXPECT_LE(s.objective, std::sqrt(0.65) * (1.0 + o.gap) + 1e-9);
    EXPECT_EQ(s.upper_bound, s.objective);
    EXPECT_NEAR(s.objective - s.lower_bound, s.gap * std::abs(s.objective), 1e-12);
}

TEST_P(OptMilp, ExhaustedTimeLimitStopsBeforeTheMaster) {
    NearestPoint p(true, false);
    SolveOptions o = options();
    o.time_limit_seconds = 0.0;
    const Solution s = solve(p.m, o);
    EXPECT_EQ(s.status, Status::TimeLimit);
    EXPECT_EQ(s.stats.milp_solves, 0);
}

TEST_P(OptMilp, TimeLimitInterruptsBranchAndBound) {
    const Model m = marketSplit(4, 30);
    SolveOptions o = options();
    o.time_limit_seconds = 0.5;
    const auto t0 = std::chrono::steady_clock::now();
    const Solution s = solve(m, o);
    EXPECT_EQ(s.status, Status::TimeLimit);
    EXPECT_LT(secondsSince(t0), 3.0);
    EXPECT_GE(s.stats.nodes, 1);
    if (!s.x.empty()) { // an incumbent: both bounds, an honest gap and exact integers
        expectIntegral(m, s);
        expectRowsHold(m, s);
        expectVerified(m, s);
        EXPECT_LE(s.lower_bound, s.objective);
        EXPECT_GE(s.upper_bound, s.objective);
        EXPECT_TRUE(std::isfinite(s.gap));
        EXPECT_DOUBLE_EQ(s.gap, relativeGap(s.lower_bound, s.upper_bound));
    } else { // none: the bound alone, and no upper bound claimed
        EXPECT_TRUE(std::isinf(s.upper_bound));
        EXPECT_TRUE(std::isinf(s.gap));
    }
}

TEST(OptMilpMultiTree, MasterRoundLimitIsAnIterationLimit) {
    // The first master point (3, 1) violates the cone, so one master MILP cannot finish.
    NearestPoint p(true, false);
    SolveOptions o;
    o.misocp = MisocpMethod::MultiTree;
    o.max_rounds = 1;
    const Solution s = solve(p.m, o);
    EXPECT_EQ(s.status, Status::IterationLimit);
    EXPECT_EQ(s.stats.milp_solves, 1);
    if (!s.x.empty()) // an incumbent is exact in its integers
        expectIntegral(p.m, s);
}

TEST_P(OptMilp, PreStoppedTokenIsCancelled) {
    NearestPoint p(true, false);
    std::stop_source stop;
    stop.request_stop();
    const Solution s = solve(p.m, options(), stop.get_token());
    EXPECT_EQ(s.status, Status::Cancelled);
    EXPECT_EQ(s.stats.milp_solves, 0);
}

TEST_P(OptMilp, StopRequestDuringBranchAndBoundIsCancelled) {
    const Model m = marketSplit(4, 30);
    std::stop_source stop;
    const auto t0 = std::chrono::steady_clock::now();
    std::jthread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        stop.request_stop();
    });
    const Solution s = solve(m, options(), stop.get_token());
    EXPECT_EQ(s.status, Status::Cancelled);
    EXPECT_LT(secondsSince(t0), 3.0);
    EXPECT_GE(s.stats.milp_solves, 1);
}

INSTANTIATE_TEST_SUITE_P(Methods, OptMilp,
                         ::testing::Values(MisocpMethod::SingleTree, MisocpMethod::MultiTree),
                         [](const ::testing::TestParamInfo<MisocpMethod>& info) {
                             return info.param == MisocpMethod::SingleTree ? "SingleTree"
                                                                           : "MultiTree";
                         });
