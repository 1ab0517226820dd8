#pragma once
// The AC feasibility oracle of the region study (paper 003 eq 27, docs/region.md): with the
// observed loads fixed at p, find the dispatch of least losses on the SOC-relaxed model, rebuild
// the exact AC state of every hour by power flow, and check voltages, branch ratings, the grid
// connection's limits within 1e-5 (p.u., MW, MVA) and the daily carbon cap within 1e-5 of it. When
// the relaxation is inexact there, cap each hour's losses at the exact ones (paper 003 eq 19) and
// try again.
#include "opt/Reoptimizer.h"
#include "region/LossCaps.h"
#include "region/RegionModel.h"

#include <memory>
#include <stop_token>
#include <string>
#include <vector>

namespace gridcarbon::region {

struct AcVerdict {
    bool feasible = false;
    std::string reason; // why not: the first limit broken, naming the item and hour
    // No dispatch of the relaxed model exists at all (AcOracle::whyInfeasible says why).
    bool relaxation_infeasible = false;
    double carbon_t = 0.0;
    double relaxation_gap = 0.0; // largest (v_i/tau^2) l - P^2 - Q^2 of the dispatch, p.u.^2
    std::vector<double> loss_mw; // exact losses per hour
};

inline constexpr double kAcTolerance = 1e-5;

// The exact AC check of a dispatch solved on `model` (SOCR) with the observed loads at p.
AcVerdict checkDispatch(const RegionModel& model, const std::vector<double>& p,
                        const opt::Solution& dispatch);

class AcOracle {
public:
    // Builds its own SOC-relaxed model of the study (whatever formulation the caller uses).
    AcOracle(const Case& c, const RegionSpec& spec, const opt::SolveOptions& options);
    ~AcOracle();
    AcOracle(const AcOracle&) = delete;
    AcOracle& operator=(const AcOracle&) = delete;

    // Throws Error(Cancelled) on `stop`, Error(Failed) when a solve fails numerically.
    AcVerdict judge(const std::vector<double>& p, std::stop_token stop = {});
    // Why the relaxed model has no dispatch at p, in engineering words: "the daily carbon cap
    // of 0.1 t is below the least emission of 1.23 t at this point" when the cap alone is in
    // the way, otherwise the limits the elastic re-solve has to give ("bus '7' needs 0.93 p.u.
    // at hour 12, 0.02 p.u. below its minimum voltage of 0.95 p.u."), one per family, joined
    // by "; ". Throws Error(Cancelled) on `stop`.
    std::string whyInfeasible(const std::vector<double>& p, std::stop_token stop = {}) const;
    int calls() const { return calls_; }
    const opt::SolveStats& totals() const { return solver_->totals(); }

private:
    RegionModel model_;
    opt::SolveOptions options_;
    std::unique_ptr<opt::Reoptimizer> solver_;
    std::unique_ptr<LossCaps> loss_caps_;
    int calls_ = 0;
};

} // namespace gridcarbon::region
