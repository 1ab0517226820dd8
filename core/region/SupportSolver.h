#pragma once
// The region's boundary problems on one warm-started model (paper 003 eqs 17-18 and the
// support function of docs/region.md): maximise d . p over the region, optionally with some
// observed loads fixed, tie-broken by the smallest losses so that the SOC relaxation stays
// tight where it can. In the SOC-relaxed formulation a boundary point whose relaxation gap
// exceeds a limit is contracted by capping each hour's losses at their exact AC value
// (paper 003 eq 19) and solved again.
#include "opt/Reoptimizer.h"
#include "region/AcOracle.h"
#include "region/LossCaps.h"
#include "region/RegionModel.h"

#include <memory>
#include <optional>
#include <stop_token>
#include <vector>

namespace gridcarbon::region {

struct BoundaryPoint {
    std::vector<double> p; // MW
    double value = 0.0;    // d . p
    double relaxation_gap = 0.0;
    opt::Solution dispatch;
};

class SupportSolver {
public:
    SupportSolver(const RegionModel& model, const opt::SolveOptions& options);
    ~SupportSolver();
    SupportSolver(const SupportSolver&) = delete;
    SupportSolver& operator=(const SupportSolver&) = delete;

    // Fixes observed variable k at `value` for the next solves; release() frees them all.
    void fix(std::size_t k, double value);
    void release();

    // argmax d . p (d per MW). Empty when no point satisfies the fixed values. With
    // `contractGap` > 0 (SOCR), contracts until the relaxation gap is at most that or a few
    // rounds have passed. Throws Error(Cancelled) on stop, Error(Failed) on a numerical
    // failure or when p reaches its structural bound (the region is unbounded).
    std::optional<BoundaryPoint> maximise(const std::vector<double>& direction,
                                          std::stop_token stop, double contractGap = 0.0);

    const RegionModel& model() const { return model_; }
    int solves() const { return solves_; }
    const opt::SolveStats& totals() const { return solver_->totals(); }

private:
    const RegionModel& model_;
    std::unique_ptr<opt::Reoptimizer> solver_;
    std::unique_ptr<LossCaps> loss_caps_;
    int solves_ = 0;
};

} // namespace gridcarbon::region
