#pragma once
// One conic model solved many times with a changing objective, changing variable bounds and
// rows added on the way: the LP with its tangent cuts stays loaded in Clp, so every solve
// starts from the last basis and from every cut found so far (tangent cuts support the
// model's cones, so they stay valid whatever the objective and bounds). What the operating-
// region engine's hundreds of support and feasibility problems run on. Continuous models only;
// they stop on the cone tolerance (ConicStop::ConeTolerance), whatever the options say.
#include "opt/Model.h"
#include "opt/Solve.h"

#include <memory>
#include <stop_token>

namespace gridcarbon::opt {

class Reoptimizer {
public:
    // Throws Error(BadInput) for a model with integer variables or bad options.
    explicit Reoptimizer(const Model& model, SolveOptions options = {});
    ~Reoptimizer();
    Reoptimizer(const Reoptimizer&) = delete;
    Reoptimizer& operator=(const Reoptimizer&) = delete;

    // Replaces the objective (minimised) for the next solves.
    void setObjective(const Affine& objective);
    void setBounds(Var v, double lower, double upper);
    // lower <= expr <= upper from now on; its bounds can be changed later (infinite bounds
    // switch it off).
    Row addRow(const Affine& expr, double lower, double upper);
    void setRowBounds(Row row, double lower, double upper);

    // Solution::row_duals cover the model's rows only; no infeasibility diagnosis is run.
    Solution solve(std::stop_token stop = {});

    // Every solve so far, summed.
    const SolveStats& totals() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace gridcarbon::opt
