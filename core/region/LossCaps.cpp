#include "region/LossCaps.h"

namespace gridcarbon::region {

LossCaps::LossCaps(opt::Reoptimizer& solver, const RegionModel& model)
    : solver_(solver), base_mva_(model.source.base_mva) {
    if (model.spec.formulation != formulations::Formulation::SOCR)
        return;
    for (const opt::Affine& loss : model.period_loss)
        rows_.push_back(solver_.addRow(loss, -opt::kInf, opt::kInf));
}

bool LossCaps::cap(const std::vector<double>& lossMw) {
    if (rows_.empty() || lossMw.size() != rows_.size())
        return false;
    for (std::size_t t = 0; t < rows_.size(); ++t)
        solver_.setRowBounds(rows_[t], -opt::kInf, lossMw[t] / base_mva_);
    active_ = true;
    return true;
}

void LossCaps::release() {
    if (!active_)
        return;
    for (const opt::Row& r : rows_)
        solver_.setRowBounds(r, -opt::kInf, opt::kInf);
    active_ = false;
}

} // namespace gridcarbon::region
