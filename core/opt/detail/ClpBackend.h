#pragma once
// The LP solver behind opt::solve: a Clp simplex kept alive across outer-approximation rounds
// so that added cuts are re-solved from the previous basis. COIN-OR types stay in the .cpp.
#include "opt/Model.h"
#include "opt/Solve.h"
#include "opt/detail/ConeCuts.h"

#include <memory>
#include <stop_token>
#include <vector>

namespace gridcarbon::opt::detail {

struct LpOutcome {
    Status status = Status::NumericalFailure;
    double objective = 0.0;
    std::vector<double> x;
    std::vector<double> row_duals; // all rows, model rows first
    long long iterations = 0;
};

class ClpBackend {
public:
    explicit ClpBackend(const Model& model);
    ~ClpBackend();
    ClpBackend(const ClpBackend&) = delete;
    ClpBackend& operator=(const ClpBackend&) = delete;

    void addCuts(const std::vector<Cut>& cuts);
    // A row added after the model's, interleaved with the cuts but never removed by
    // removeCuts; returns a handle for setKeptRowBounds.
    int addKeptRow(const std::vector<std::pair<int, double>>& terms, double lower, double upper);
    void setKeptRowBounds(int handle, double lower, double upper);
    // Rows after the model's (cuts and kept rows, in the order added) whose last solution left
    // them slack by more than `tolerance` with a zero dual: candidates for removal. Kept rows
    // are never candidates.
    std::vector<bool> slackCuts(double tolerance) const;
    // Removes rows after the model's by their position among them; the basis of the rest is
    // kept.
    void removeCuts(const std::vector<int>& positions);
    int cutCount() const;

    // Objective coefficients of the model's columns, and their bounds: the next solve starts
    // from the last basis (primal simplex after an objective change, dual otherwise).
    void setObjective(const std::vector<double>& coefficients);
    void setColumnBounds(int column, double lower, double upper);

    // First call: dual simplex from scratch after Clp's presolve; later calls: from the last
    // basis (primal simplex after an objective change, dual otherwise).
    LpOutcome solve(double secondsLeft, std::stop_token stop);
    // The same with every cut of cone k tightened by shift[k] (its upper bound lowered), the
    // cuts restored afterwards: a point of the cones shrunk inwards, to project towards.
    LpOutcome solveTightened(const std::vector<double>& shift, double secondsLeft,
                             std::stop_token stop);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace gridcarbon::opt::detail
