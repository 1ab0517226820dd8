#pragma once
// The master MILP of the outer-approximation loop: the model's linear rows, its integrality and
// the tangent cuts collected so far, solved by Cbc's branch and cut. The solver interface is
// kept across rounds (cuts are appended); each solve runs a fresh CbcModel on a copy of it.
// COIN-OR types stay in the .cpp.
#include "opt/Model.h"
#include "opt/Solve.h"
#include "opt/detail/ConeCuts.h"

#include <functional>
#include <memory>
#include <stop_token>
#include <vector>

namespace gridcarbon::opt::detail {

struct MilpOutcome {
    Status status = Status::NumericalFailure;
    bool has_solution = false;
    double objective = 0.0; // of x, with the model's objective constant
    double bound = -kInf;   // Cbc's best possible objective, with the constant
    std::vector<double> x;  // one value per model variable, integers within Cbc's tolerance
    long long nodes = 0;
    long long iterations = 0;
};

// What the cone separator of a single-tree search did.
struct ConeTreeStats {
    long cuts = 0;
    long killed = 0;         // candidates refused as cone-infeasible
    bool unresolved = false; // an integral point violated a cone and gave no cut
};

// What a single-tree search asks its owner (Quesada and Grossmann's LP/NLP branch and bound,
// Bonmin's B-QG): `at_integral` gets every integral LP point the cone separator checks and
// returns more valid cuts to add there (the linearisation at that integer choice's SOCP
// optimum, which the owner keeps as an incumbent). Cbc 2.10 takes no incumbent from a
// generator with solver type 4 (only type 3 asks the solver's characteristics for one, in
// CbcModel::checkSolution), and a cutoff from such an incumbent made it miss the optimum of a
// test and, on a larger model, corrupt the heap (docs/notes/cbc-single-tree.md): the tree runs
// without one.
struct IntegralHook {
    std::function<std::vector<Cut>(const std::vector<double>& x)> at_integral;
};

class CbcBackend {
public:
    explicit CbcBackend(const Model& model);
    ~CbcBackend();
    CbcBackend(const CbcBackend&) = delete;
    CbcBackend& operator=(const CbcBackend&) = delete;

    void addCuts(const std::vector<Cut>& cuts);
    // Looks only for points with objective below `cutoff` (Infeasible when there is none).
    // Stops once (incumbent - bound) is within half of `gap` relative to the larger of their
    // magnitudes or half of `absoluteGap`, at `secondsLeft` or at the next node after a stop
    // request.
    MilpOutcome solve(double secondsLeft, double gap, double absoluteGap, double cutoff,
                      std::stop_token stop);

    // One branch and bound of the rows so far with `model`'s cones as lazy constraints
    // (ConeSeparator.h): a point it returns satisfies every cone to `coneTolerance`.
    MilpOutcome solveWithCones(const Model& model, double coneTolerance, double secondsLeft,
                               double gap, double absoluteGap, const IntegralHook& hook,
                               std::stop_token stop, ConeTreeStats& stats);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace gridcarbon::opt::detail
