#pragma once
// The LP solver behind opt::solve: a Clp simplex kept alive across outer-approximation rounds
// so that added cuts are re-solved from the previous basis. COIN-OR types stay in the .cpp.
#include "opt/ConeCuts.h"
#include "opt/Model.h"
#include "opt/Solve.h"

#include <memory>
#include <stop_token>
#include <vector>

namespace gridcarbon::opt {

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
    // Cut rows (in the order added, after the model's rows) whose last solution left them
    // slack by more than `tolerance` with a zero dual: candidates for removal.
    std::vector<bool> slackCuts(double tolerance) const;
    // Removes cut rows by their position among the cuts; the basis of the rest is kept.
    void removeCuts(const std::vector<int>& positions);
    int cutCount() const;
    // First call: dual simplex from scratch; later calls: dual simplex from the last basis.
    LpOutcome solve(double secondsLeft, std::stop_token stop);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace gridcarbon::opt
