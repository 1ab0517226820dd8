// The fixed-integer subproblem both mixed-integer solvers hand to the continuous solver: its
// integers fixed, and what that fixes through rows of one open variable.
#include "opt/Model.h"
#include "opt/Solve.h"
#include "opt/detail/IntegerChoice.h"

#include <gtest/gtest.h>

using namespace gridcarbon::opt;

namespace {

// A unit with on/off: 1 on <= p <= 5 on, p in [0, 10]; a second unit q in [0, 3] sharing a
// row p + q <= 4 with it.
struct OnOffUnit {
    Model m;
    Var on = m.addBinary(1.0, "on");
    Var p = m.addVariable(0.0, 10.0, -1.0, "p");
    Var q = m.addVariable(0.0, 3.0, -0.5, "q");
    Row most = m.addRow(Affine(p) - Affine(on, 5.0), -kInf, 0.0, "most");
    Row least = m.addRow(Affine(p) - Affine(on, 1.0), 0.0, kInf, "least");
    Row shared = m.addRow(Affine(p) + Affine(q), -kInf, 4.0, "shared");
};

void expectBounds(const Model& m, Var v, double lower, double upper) {
    EXPECT_EQ(m.variables()[v.index].lower, lower) << m.variables()[v.index].name;
    EXPECT_EQ(m.variables()[v.index].upper, upper) << m.variables()[v.index].name;
}

} // namespace

TEST(IntegerChoice, AnOffUnitFixesItsOutputAndSwitchesItsRowsOff) {
    // With on = 0 the pair of rows leaves p = 0 and no strictly feasible point, which an
    // interior-point method needs; propagated, p is fixed and the rows are gone.
    OnOffUnit u;
    const Model fixed = gridcarbon::opt::detail::withIntegersFixed(u.m, {0.0, 2.0, 1.0});
    expectBounds(fixed, u.on, 0.0, 0.0);
    expectBounds(fixed, u.p, 0.0, 0.0);
    const auto& r = fixed.rows();
    EXPECT_EQ(r[u.most.index].upper, kInf);
    EXPECT_EQ(r[u.least.index].lower, -kInf);
    // p fixed at 0 leaves q alone in the shared row: q <= 4, looser than its own bound 3.
    expectBounds(fixed, u.q, 0.0, 3.0);
}

TEST(IntegerChoice, AnOnUnitOnlyNarrowsItsOutput) {
    OnOffUnit u;
    const Model fixed = gridcarbon::opt::detail::withIntegersFixed(u.m, {1.0, 2.0, 1.0});
    expectBounds(fixed, u.p, 1.0, 5.0);
    EXPECT_EQ(fixed.rows()[u.shared.index].upper, 4.0);
}

TEST(IntegerChoice, AViolatedRowWithEveryVariableFixedStaysForTheSolverToReport) {
    // An infinite side must not widen the test of the finite one: 5 + 7 + 4 > 14.
    Model m;
    const double weight[] = {5, 7, 4, 3};
    Affine load;
    for (double w : weight)
        load.add(m.addBinary(-w), w);
    const Row capacity = m.addRow(load, -kInf, 14.0, "capacity");
    const Model fixed = gridcarbon::opt::detail::withIntegersFixed(m, {1.0, 1.0, 1.0, 0.0});
    EXPECT_EQ(fixed.rows()[capacity.index].upper, 14.0);
    const Solution s = solve(fixed);
    EXPECT_EQ(s.status, Status::Infeasible);
}

TEST(IntegerChoice, AHeldRowWithEveryVariableFixedIsSwitchedOff) {
    Model m;
    const Var a = m.addBinary(0.0, "a");
    const Var b = m.addBinary(0.0, "b");
    const Row both = m.addRow(Affine(a) + Affine(b), -kInf, 1.0, "at most one");
    const Model fixed = gridcarbon::opt::detail::withIntegersFixed(m, {1.0, 0.0});
    EXPECT_EQ(fixed.rows()[both.index].upper, kInf);
}
