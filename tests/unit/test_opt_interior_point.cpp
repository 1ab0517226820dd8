// The interior-point method of continuous conic models (opt/detail/InteriorPoint.h): the cone
// algebra and the Nesterov-Todd scaling against their definitions, the quasi-definite LDL'
// against a dense solve, hand-derivable optima with their duals against finite differences,
// the day OPF against the outer approximation, and the stops (cancel, time limit, fallback).
#include "opf/Opf.h"
#include "opt/Model.h"
#include "opt/Solve.h"
#include "opt/detail/ProductCone.h"
#include "opt/detail/QuasiDefiniteLdl.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stop_token>

using namespace gridcarbon;
using namespace gridcarbon::opt;
using detail::NtScaling;
using detail::ProductCone;

namespace {

// min x + y over ||(x, y)|| <= t with t fixed by an equality row to r: optimum -sqrt(2) r,
// d objective / d r = -sqrt(2).
struct ScaledDisc {
    Model m;
    Var x = m.addVariable(-kInf, kInf, 1, "x");
    Var y = m.addVariable(-kInf, kInf, 1, "y");
    Var t = m.addVariable(-kInf, kInf, 0, "t");
    Row radius;
    explicit ScaledDisc(double r) {
        radius = m.addEquality(Affine(t), r, "radius");
        m.addCone({Affine(x), Affine(y)}, Affine(t), "disc");
    }
};

} // namespace

TEST(InteriorPointAlgebra, NtScalingMapsZAndSToTheSameLambda) {
    const ProductCone k(2, {4, 3});
    Eigen::VectorXd s(9), z(9);
    s << 0.5, 3.0, 2.0, 0.5, -1.0, 0.7, 1.0, 0.2, -0.3;
    z << 2.0, 1e-3, 2.5, 0.3, 1.0, 0.3, 2.0, -1.5, 0.1;
    const NtScaling w(k, s, z);
    EXPECT_LT((w.apply(z) - w.applyInverse(s)).norm(), 1e-12);
    EXPECT_LT((w.lambda() - w.apply(z)).norm(), 1e-12);
    EXPECT_LT((w.applyInverse(w.apply(s)) - s).norm(), 1e-12);
    Eigen::VectorXd d(9);
    d << 1, 2, 3, 4, 5, 6, 7, 8, 9;
    EXPECT_LT((k.product(w.lambda(), k.divide(w.lambda(), d)) - d).norm(), 1e-10);
    EXPECT_EQ(k.degree(), 4);
}

TEST(InteriorPointAlgebra, MaxStepEndsOnTheConesBoundary) {
    const ProductCone k(1, {3});
    Eigen::VectorXd u(4), du(4);
    u << 1.0, 2.0, 0.0, 0.0;
    du << 0.0, -1.0, 1.0, 0.0;
    // Linear entry never leaves; the cone (2 - t) >= |t| until t = 1.
    EXPECT_NEAR(k.maxStep(u, du), 1.0, 1e-12);
    du << -0.25, 0.0, 0.0, 0.0;
    EXPECT_NEAR(k.maxStep(u, du), 4.0, 1e-12);
    du << 1.0, 1.0, 0.5, 0.5;
    EXPECT_TRUE(std::isinf(k.maxStep(u, du)));
    EXPECT_NEAR(k.outside(u), -1.0, 1e-12);
}

TEST(InteriorPointAlgebra, QuasiDefiniteLdlSolvesLikeADenseSolve) {
    // [D1 A'; A -D2] with D1, D2 positive: quasi-definite, indefinite.
    Eigen::MatrixXd k(5, 5);
    k << 2, 0, 0, 1, 3, //
        0, 1, 0, 0, -2, //
        0, 0, 4, 5, 1,  //
        1, 0, 5, -1, 0, //
        3, -2, 1, 0, -3;
    const Eigen::MatrixXd lowerDense = k.triangularView<Eigen::Lower>();
    const Eigen::SparseMatrix<double> lower = lowerDense.sparseView();
    detail::QuasiDefiniteLdl ldl;
    ldl.analyze(lower, {true, true, true, false, false});
    ldl.factorize(lower);
    Eigen::VectorXd b(5);
    b << 1, -2, 3, 0.5, 4;
    EXPECT_LT((ldl.solve(b) - k.fullPivLu().solve(b)).norm(), 1e-12);
    EXPECT_EQ(ldl.regularisedPivots(), 0);
}

TEST(InteriorPoint, DiscOptimumAndItsRowDualMatchTheHandDerivation) {
    ScaledDisc d(2.0);
    const Solution s = solve(d.m);
    ASSERT_EQ(s.status, Status::Optimal);
    EXPECT_GT(s.stats.interior_point_iterations, 0);
    EXPECT_EQ(s.stats.lp_solves, 0);
    const double optimum = -2.0 * std::sqrt(2.0);
    EXPECT_NEAR(s.objective, optimum, 1e-8);
    EXPECT_LE(s.lower_bound, optimum + 1e-9);
    EXPECT_GE(s.upper_bound, optimum - 1e-9);
    EXPECT_LE(s.gap, 1e-6);
    EXPECT_LE(s.max_cone_violation, 1e-9);
    EXPECT_NEAR(s.value(d.x), -std::sqrt(2.0), 1e-4);
    EXPECT_NEAR(s.dual(d.radius), -std::sqrt(2.0), 1e-6);
}

TEST(InteriorPoint, InequalityDualsMatchFiniteDifferences) {
    // min (x + y) over the unit disc with x >= -0.5 (active) and y <= 10 (slack).
    auto build = [](double xmin, Model& m) {
        const Var x = m.addVariable(-kInf, kInf, 1, "x");
        const Var y = m.addVariable(-kInf, kInf, 1, "y");
        m.addCone({Affine(x), Affine(y)}, Affine(1.0), "disc");
        const Row low = m.addRow(Affine(x), xmin, kInf, "xmin");
        const Row high = m.addRow(Affine(y), -kInf, 10.0, "ymax");
        return std::pair{low, high};
    };
    Model m;
    const auto [low, high] = build(-0.5, m);
    SolveOptions tight; // the differences below need objectives right to far below h
    tight.gap = 1e-11;
    tight.absolute_gap = 1e-12;
    const Solution s = solve(m, tight);
    ASSERT_EQ(s.status, Status::Optimal);
    // On the boundary x = -0.5, y = -sqrt(0.75): objective -0.5 - sqrt(1 - xmin^2).
    EXPECT_NEAR(s.objective, -0.5 - std::sqrt(0.75), 1e-9);
    EXPECT_NEAR(solve(m).objective, -0.5 - std::sqrt(0.75), 1e-6); // the default gap
    const double h = 1e-4;
    Model up, down;
    build(-0.5 + h, up);
    build(-0.5 - h, down);
    const double fd = (solve(up, tight).objective - solve(down, tight).objective) / (2 * h);
    EXPECT_NEAR(s.dual(low), fd, 1e-5);
    EXPECT_NEAR(s.dual(low), 1.0 - 0.5 / std::sqrt(0.75), 1e-6);
    EXPECT_NEAR(s.dual(high), 0.0, 1e-7);
}

TEST(InteriorPoint, DayOpfAgreesWithTheOuterApproximation) {
    const Case c = test::bundledCase("ieee33-der");
    opf::OpfOptions o;
    o.day = "summer";
    o.recover_ac = false;
    const opf::OpfResult ipm = opf::runOpf(c, o);
    o.solve.conic = ConicMethod::OuterApproximation;
    const opf::OpfResult oa = opf::runOpf(c, o);
    ASSERT_EQ(ipm.status, Status::Optimal);
    ASSERT_EQ(oa.status, Status::Optimal);
    EXPECT_GT(ipm.stats.interior_point_iterations, 0);
    EXPECT_GT(oa.stats.lp_solves, 0);
    EXPECT_NEAR(ipm.objective, oa.objective, 1e-6 * oa.objective);
    // Each method's bounds hold the other's optimum, to the gap.
    EXPECT_LE(ipm.lower_bound, oa.upper_bound);
    EXPECT_LE(oa.lower_bound, ipm.upper_bound);
    // Prices of the same optimum: the LP's duals approximate the cones by planes.
    ASSERT_EQ(ipm.periods.size(), oa.periods.size());
    for (std::size_t t = 0; t < ipm.periods.size(); t += 6)
        for (std::size_t b = 0; b < ipm.periods[t].buses.size(); b += 8)
            EXPECT_NEAR(ipm.periods[t].buses[b].p_price_per_mwh,
                        oa.periods[t].buses[b].p_price_per_mwh,
                        1e-3 * (1.0 + std::abs(oa.periods[t].buses[b].p_price_per_mwh)))
                << "hour " << t << " bus " << b;
}

TEST(InteriorPoint, PreStoppedTokenIsCancelled) {
    ScaledDisc d(1.0);
    std::stop_source source;
    source.request_stop();
    EXPECT_EQ(solve(d.m, {}, source.get_token()).status, Status::Cancelled);
}

TEST(InteriorPoint, ZeroTimeLimitIsATimeLimit) {
    ScaledDisc d(1.0);
    SolveOptions o;
    o.time_limit_seconds = 0.0;
    const Solution s = solve(d.m, o);
    EXPECT_EQ(s.status, Status::TimeLimit);
    EXPECT_TRUE(std::isinf(s.upper_bound));
}

TEST(InteriorPoint, InfeasibleAndUnboundedModelsFallBackToTheOuterApproximation) {
    Model bad;
    const Var x = bad.addVariable(2, 3, 0, "x", "limit");
    bad.addCone({Affine(x)}, Affine(1.0), "disc");
    const Solution s = solve(bad);
    EXPECT_EQ(s.status, Status::Infeasible);
    EXPECT_FALSE(s.infeasibility.empty());

    Model open;
    const Var t = open.addVariable(-kInf, kInf, -1, "t");
    const Var u = open.addVariable(-kInf, kInf, 0, "u");
    open.addCone({Affine(u)}, Affine(t), "cone"); // maximise t with |u| <= t: unbounded
    EXPECT_EQ(solve(open).status, Status::Unbounded);
}

TEST(InteriorPoint, ObjectiveInTheMillionsConvergesWithoutTheFallback) {
    // A year of typical days in currency puts objective entries near 1e6-1e7 against rows in
    // per unit; the method scales the objective and reports in the model's units.
    ScaledDisc d(2.0);
    d.m.setObjectiveCoefficient(d.x, 3.0e7);
    d.m.setObjectiveCoefficient(d.y, 3.0e7);
    const Solution s = solve(d.m);
    ASSERT_EQ(s.status, Status::Optimal);
    EXPECT_EQ(s.stats.lp_solves, 0);
    const double optimum = -3.0e7 * 2.0 * std::sqrt(2.0);
    EXPECT_NEAR(s.objective / optimum, 1.0, 1e-8);
    EXPECT_LE(s.lower_bound, optimum * (1.0 - 1e-12));
    EXPECT_LE(s.gap, 1e-6);
    EXPECT_NEAR(s.dual(d.radius) / (-3.0e7 * std::sqrt(2.0)), 1.0, 1e-6);
}
