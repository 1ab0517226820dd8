#pragma once
// A proven upper bound for a conic model solved by outer approximation. The LP's point x
// satisfies every row and violates some cones a little. The same LP with each cone's cuts
// tightened (moved inwards by a few times that cone's violation) gives a point x0 on every row
// and, if the cuts approximate the cones well enough there, strictly inside every cone. On the
// segment from x to x0 the rows hold (both ends satisfy them), and each cone, convex along the
// segment, holds from some step on; past the largest of those steps every cone holds. That
// point is feasible, and its objective, between the LP's bound and x0's, is an upper bound.
// With shifts proportional to the violations, the bound it certifies is about twice the LP's
// own error, so the gap closes as fast as the cuts converge.
#include "opt/Model.h"
#include "opt/Solve.h"
#include "opt/detail/Budget.h"
#include "opt/detail/ClpBackend.h"

#include <optional>
#include <stop_token>
#include <vector>

namespace gridcarbon::opt::detail {

// Smallest t in [0, 1] with x + t (x0 - x) inside the cone (0 when x is inside); NaN when x0
// is not strictly inside, where no such t is guaranteed.
double entryStep(const ConeInfo& cone, const std::vector<double>& x, const std::vector<double>& x0);

struct FeasiblePoint {
    std::vector<double> x;
    double objective = kInf;
};

// Keeps, across the rounds of one cutting-plane loop, how far each cone's cuts are tightened.
class Certifier {
public:
    explicit Certifier(const Model& model);

    // A feasible point from the LP's point `x` (objective `objective`, cone violations
    // `violations` as relativeViolation) and a re-solve of `lp` with its cuts tightened; none
    // when the tightened LP found no point strictly inside every cone. `lp` keeps its cuts.
    std::optional<FeasiblePoint> tryPoint(ClpBackend& lp, const std::vector<double>& x,
                                          double objective, const std::vector<double>& violations,
                                          double objectiveConstant, const Budget& budget,
                                          std::stop_token stop, SolveStats& stats);

    // Whether a try at this largest violation may certify `allowedGap` (objective units): the
    // gap a try leaves grows about linearly with the violation, so the last try's ratio says
    // when the next one can succeed; until a try has been made, any violation below
    // kCertifyBelow qualifies. Saves the tightened LP in rounds that cannot close the gap.
    bool promising(double maxViolation, double allowedGap) const;

    // False once tightened LPs keep coming back infeasible: the model has no strictly feasible
    // point near its optimum (a cone pinned by fixed variables), and no bound can be proven.
    bool possible() const { return infeasible_ < kInfeasibleTries; }

private:
    static constexpr int kInfeasibleTries = 3;
    static constexpr double kCertifyBelow = 1e-4;
    double gapPerViolation_ = -1.0; // of the last successful try; -1 before one
    const Model& model_;
    std::vector<double> boost_; // per cone: grows when x0 ends up outside that cone
    double scale_ = 1.0;        // all shifts: shrinks when the tightened LP is infeasible
    int infeasible_ = 0;
};

} // namespace gridcarbon::opt::detail
