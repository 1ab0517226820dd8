#pragma once
// The wall-clock allowance of one opt::solve call, shared by every stage of it (relaxation,
// master MILPs, fixed-integer subproblems, the infeasibility diagnosis) so that the stages
// together, not each of them, stay within SolveOptions::time_limit_seconds.
#include <chrono>

namespace gridcarbon::opt::detail {

class Budget {
public:
    explicit Budget(double limitSeconds)
        : limit_(limitSeconds), started_(std::chrono::steady_clock::now()) {}

    double elapsed() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    }
    double left() const { return limit_ - elapsed(); }
    bool exhausted() const { return elapsed() >= limit_; }

private:
    double limit_;
    std::chrono::steady_clock::time_point started_;
};

} // namespace gridcarbon::opt::detail
