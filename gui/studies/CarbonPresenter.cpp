#include "gui/studies/CarbonPresenter.h"

#include "gui/editor/FeederScene.h"
#include "gui/studies/CarbonFlowStudy.h"
#include "gui/views/ScalarLegend.h"

#include <algorithm>
#include <cmath>

namespace gridcarbon::gui {

namespace {

using gridcarbon::carbon::CarbonFlowResult;
using gridcarbon::carbon::CarbonStudyResult;

double widestFlowOf(const CarbonStudyResult& r) {
    double widest = 0.0;
    for (const auto& period : r.carbon.periods) {
        for (const auto& b : period.branches) {
            if (b.carries_flow)
                widest = std::max(widest, std::abs(b.carbon_flow_sending_t_per_h));
        }
    }
    return widest;
}

std::size_t periodIndex(const CarbonStudyResult& r, int hour) {
    if (!r.whole_day || r.carbon.periods.empty())
        return 0;
    return static_cast<std::size_t>(
        std::clamp(hour, 0, static_cast<int>(r.carbon.periods.size()) - 1));
}

} // namespace

CarbonPresenter::CarbonPresenter(CarbonFlowStudy* study, FeederScene* scene, ScalarLegend* legend,
                                 QObject* parent)
    : QObject(parent), study_(study), scene_(scene), legend_(legend) {
    connect(study, &CarbonFlowStudy::started, this, &CarbonPresenter::onStarted);
    connect(study, &CarbonFlowStudy::finished, this, &CarbonPresenter::onFinished);
    connect(study, &CarbonFlowStudy::failed, this, &CarbonPresenter::onFailed);
    connect(study, &CarbonFlowStudy::cancelled, this, &CarbonPresenter::onCancelled);
    legend_->clearExtremes(tr("No carbon emission flow result"));
}

QString CarbonPresenter::methodName(gridcarbon::carbon::CefMethod method) {
    return method == gridcarbon::carbon::CefMethod::Dc ? tr("DC, lossless") : tr("AC, with losses");
}

QString CarbonPresenter::periodName(const CarbonStudyResult& r, int hour) {
    if (!r.whole_day)
        return r.carbon.day.empty() ? tr("base values")
                                    : tr("%1, hour %2")
                                          .arg(QString::fromStdString(r.carbon.day))
                                          .arg(r.carbon.periods.front().hour);
    const int h = r.carbon.periods[periodIndex(r, hour)].hour;
    return tr("%1, %2:00–%3:00")
        .arg(QString::fromStdString(r.carbon.day))
        .arg(h, 2, 10, QLatin1Char('0'))
        .arg(h + 1, 2, 10, QLatin1Char('0'));
}

QString CarbonPresenter::studySummary(const CarbonStudyResult& r) {
    if (r.whole_day) {
        const auto& t = r.carbon.totals;
        return tr("Day <b>%1</b>, %2 hourly power flows (%3): generation %4 t, load %5 t, "
                  "losses %6 t, carbon held in storage %7 t → %8 t.")
            .arg(QString::fromStdString(r.carbon.day).toHtmlEscaped())
            .arg(r.carbon.periods.size())
            .arg(methodName(r.method))
            .arg(t.generation_t, 0, 'f', 3)
            .arg(t.load_t, 0, 'f', 3)
            .arg(t.loss_t, 0, 'f', 3)
            .arg(t.stored_start_t, 0, 'f', 3)
            .arg(t.stored_end_t, 0, 'f', 3);
    }
    if (r.carbon.periods.empty())
        return {};
    const auto& t = r.carbon.periods.front().totals;
    return tr("<b>%1</b> (%2): generation %3 t/h, load %4 t/h, losses %5 t/h.")
        .arg(periodName(r, 0), methodName(r.method))
        .arg(t.generation_t_per_h + t.storage_discharge_t_per_h, 0, 'f', 3)
        .arg(t.load_t_per_h, 0, 'f', 3)
        .arg(t.loss_t_per_h, 0, 'f', 4);
}

const CarbonFlowResult* CarbonPresenter::period() const {
    const auto& r = study_->result();
    if (!r || r->carbon.periods.empty())
        return nullptr;
    return &r->carbon.periods[periodIndex(*r, hour_)];
}

void CarbonPresenter::setHour(int hour) {
    if (hour == hour_)
        return;
    hour_ = hour;
    if (period())
        showPeriod();
}

void CarbonPresenter::clear(const QString& note) {
    scene_->clearCarbon();
    legend_->clearExtremes(note);
    emit periodCleared();
}

void CarbonPresenter::reset() {
    clear(tr("No carbon emission flow result"));
}

void CarbonPresenter::onStarted() {
    clear(tr("Running the carbon emission flow…"));
    emit status(tr("Running the carbon emission flow…"));
}

void CarbonPresenter::onFinished(const CarbonStudyResult& result) {
    widest_t_per_h_ = widestFlowOf(result);
    if (!period()) {
        clear(tr("The carbon emission flow has no period"));
        return;
    }
    showPeriod();
}

void CarbonPresenter::showPeriod() {
    const CarbonStudyResult& r = *study_->result();
    const CarbonFlowResult& p = *period();
    scene_->showCarbon(p, widest_t_per_h_);

    const auto extremes = ScalarLegend::extremesOf(
        p.buses, [](const gridcarbon::carbon::BusCarbon& b) { return b.intensity_t_per_mwh; });
    const QString when = periodName(r, hour_);
    if (!extremes) {
        legend_->clearExtremes(tr("No energised bus (%1)").arg(when));
    } else {
        legend_->setExtremes(
            *extremes,
            {tr("Line width: carbon flow, widest %1 t/h").arg(widest_t_per_h_, 0, 'f', 3),
             tr("Arrows: direction of the carbon flow"),
             tr("%1 (%2)").arg(when, methodName(r.method))});
    }
    const auto& t = p.totals;
    QString line =
        tr("Carbon emission flow (%1, %2): generation %3 t/h, load %4 t/h, losses %5 t/h")
            .arg(methodName(r.method), when)
            .arg(t.generation_t_per_h, 0, 'f', 3)
            .arg(t.load_t_per_h, 0, 'f', 3)
            .arg(t.loss_t_per_h, 0, 'f', 4);
    if (t.storage_discharge_t_per_h > 0.0 || t.storage_charge_t_per_h > 0.0)
        line += tr(", storage in %1 / out %2 t/h")
                    .arg(t.storage_charge_t_per_h, 0, 'f', 3)
                    .arg(t.storage_discharge_t_per_h, 0, 'f', 3);
    emit status(line);
    emit periodShown(p);
}

void CarbonPresenter::onFailed(const QString& message) {
    clear(tr("The carbon emission flow failed"));
    emit problem(tr("Carbon emission flow"),
                 tr("The carbon emission flow failed: %1").arg(message));
}

void CarbonPresenter::onCancelled() {
    clear(tr("The carbon emission flow was cancelled"));
    emit status(tr("The carbon emission flow was cancelled."));
}

} // namespace gridcarbon::gui
