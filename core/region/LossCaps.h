#pragma once
// The contraction of paper 003 eq 19 on a re-optimiser: one row per hour bounding the relaxed
// losses, off until a point's exact AC losses are known, then capping each hour at them so
// that the relaxation cannot overstate losses there; released before the next problem.
#include "opt/Reoptimizer.h"
#include "region/RegionModel.h"

#include <vector>

namespace gridcarbon::region {

class LossCaps {
public:
    // Adds the (inactive) rows; none in a lossless formulation.
    LossCaps(opt::Reoptimizer& solver, const RegionModel& model);

    bool available() const { return !rows_.empty(); }
    // Caps hour t's losses at lossMw[t]; false (nothing changed) when lossMw does not cover
    // every hour (the exact state of some hour was not found).
    bool cap(const std::vector<double>& lossMw);
    void release();

private:
    opt::Reoptimizer& solver_;
    double base_mva_;
    std::vector<opt::Row> rows_;
    bool active_ = false;
};

} // namespace gridcarbon::region
