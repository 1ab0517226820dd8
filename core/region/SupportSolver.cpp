#include "region/SupportSolver.h"

#include "util/Error.h"

#include <algorithm>
#include <cmath>

namespace gridcarbon::region {
namespace {

// Weight of the day's losses (per MWh) against d . p (per MW, |d| about 1): picks the
// physical point among equal optima without moving the support value measurably.
constexpr double kLossTieBreak = 1e-3;
constexpr int kContractionRounds = 4;

} // namespace

SupportSolver::SupportSolver(const RegionModel& model, const opt::SolveOptions& options)
    : model_(model), solver_(std::make_unique<opt::Reoptimizer>(model.model, options)),
      loss_caps_(std::make_unique<LossCaps>(*solver_, model)) {}

SupportSolver::~SupportSolver() = default;

void SupportSolver::fix(std::size_t k, double value) {
    solver_->setBounds(model_.p.at(k), value, value);
}

void SupportSolver::release() {
    for (const opt::Var& v : model_.p)
        solver_->setBounds(v, 0.0, model_.p_limit_mw);
}

std::optional<BoundaryPoint> SupportSolver::maximise(const std::vector<double>& d,
                                                     std::stop_token stop, double contractGap) {
    opt::Affine objective = kLossTieBreak * model_.loss;
    for (std::size_t k = 0; k < d.size(); ++k)
        objective.add(model_.p[k], -d[k]);
    solver_->setObjective(objective);

    std::optional<BoundaryPoint> point;
    for (int round = 0;; ++round) {
        ++solves_;
        opt::Solution s = solver_->solve(stop);
        if (s.status == opt::Status::Cancelled)
            throw Error(ErrorCode::Cancelled, "region study cancelled");
        if (s.status == opt::Status::Infeasible)
            break; // after a contraction: keep the last point found
        if (s.status != opt::Status::Optimal)
            throw Error(ErrorCode::Failed, "a boundary problem of the region ended with status '" +
                                               std::string(opt::toString(s.status)) + "'");
        BoundaryPoint b;
        for (std::size_t k = 0; k < d.size(); ++k) {
            b.p.push_back(s.value(model_.p[k]));
            b.value += d[k] * b.p.back();
            if (b.p.back() >= model_.p_limit_mw * (1.0 - 1e-9))
                throw Error(ErrorCode::Failed, "the region is unbounded along " +
                                                   model_.axis_names[k] +
                                                   ": no limit of the case stops that load below " +
                                                   std::to_string(model_.p_limit_mw) + " MW");
        }
        for (const auto& period : formulations::relaxationGaps(model_.net, model_.vars, s))
            for (double gap : period)
                b.relaxation_gap = std::max(b.relaxation_gap, std::abs(gap));
        b.dispatch = std::move(s);
        point = std::move(b);
        if (!(contractGap > 0.0) || !loss_caps_->available() ||
            point->relaxation_gap <= contractGap || round + 1 >= kContractionRounds ||
            !loss_caps_->cap(checkDispatch(model_, point->p, point->dispatch).loss_mw))
            break;
    }
    loss_caps_->release();
    return point;
}

} // namespace gridcarbon::region
