#include "gui/studies/carbon/CarbonPresenter.h"

#include "gui/editor/FeederScene.h"
#include "gui/studies/carbon/CarbonFlowStudy.h"
#include "gui/style/CarbonColorMap.h"
#include "gui/style/SceneStyle.h"

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

CarbonPresenter::CarbonPresenter(CarbonFlowStudy* study, FeederScene* scene, QObject* parent)
    : QObject(parent), study_(study), scene_(scene) {
    connect(study, &CarbonFlowStudy::started, this, &CarbonPresenter::onStarted);
    connect(study, &CarbonFlowStudy::finished, this, &CarbonPresenter::onFinished);
    connect(study, &CarbonFlowStudy::failed, this, &CarbonPresenter::onFailed);
    connect(study, &CarbonFlowStudy::cancelled, this, &CarbonPresenter::onCancelled);
    clear(tr("No carbon emission flow result"));
}

FeederOverlay CarbonPresenter::emptyOverlay(const QString& note) {
    FeederOverlay o;
    o.legend = {tr("Nodal carbon intensity (t/MWh)"), tr("t/MWh"), &CarbonColorMap::scale(), 2, 3};
    o.legend.note = note;
    return o;
}

FeederOverlay CarbonPresenter::overlayOf(const CarbonFlowResult& p, double widest_t_per_h) {
    FeederOverlay o = emptyOverlay(QString());
    for (const auto& b : p.buses) {
        OverlayBus v;
        v.value = b.intensity_t_per_mwh;
        v.fill = CarbonColorMap::color(b.intensity_t_per_mwh);
        const bool energised = std::isfinite(b.intensity_t_per_mwh);
        v.label = energised ? QString::number(b.intensity_t_per_mwh, 'f', 3) : tr("off");
        v.tooltip = overlayRow(tr("Carbon intensity"),
                               energised ? tr("%1 t/MWh").arg(b.intensity_t_per_mwh, 0, 'f', 4)
                                         : tr("none (not energised)"));
        if (b.source == gridcarbon::carbon::IntensitySource::NoThroughFlow)
            v.tooltip += overlayRow(QString(), tr("(no through-flow: that of its feeding bus)"));
        v.tooltip +=
            overlayRow(tr("Load"), tr("%1 MW").arg(b.load_mw, 0, 'f', 4)) +
            overlayRow(tr("Load emission"), tr("%1 t/h").arg(b.load_emission_t_per_h, 0, 'f', 4)) +
            overlayRow(tr("Through-flow"), tr("%1 MW").arg(b.through_flow_mw, 0, 'f', 4));
        o.buses.insert(QString::fromStdString(b.id), v);
    }
    for (const auto& b : p.branches) {
        OverlayBranch v;
        v.value = b.carbon_flow_sending_t_per_h;
        if (!b.carries_flow) {
            v.colour = style::mutedInk();
            v.width = kIdleLineWidth;
            v.tooltip = overlayRow(tr("Carbon flow"), tr("none"));
            o.branches.insert(QString::fromStdString(b.id), v);
            continue;
        }
        v.colour = CarbonColorMap::color(b.intensity_t_per_mwh);
        v.width = scaledLineWidth(
            widest_t_per_h > 0 ? std::abs(b.carbon_flow_sending_t_per_h) / widest_t_per_h : 0.0);
        v.direction = b.sending_bus == b.from ? 1 : b.sending_bus == b.to ? -1 : 0;
        const bool forward = v.direction >= 0;
        const QString from = QString::fromStdString(b.from), to = QString::fromStdString(b.to);
        const QString sending = forward ? from : to;
        const QString receiving = forward ? to : from;
        v.tooltip =
            overlayRow(tr("Carbon flows"),
                       QStringLiteral("%1 &rarr; %2")
                           .arg(sending.toHtmlEscaped(), receiving.toHtmlEscaped())) +
            overlayRow(tr("Carbon flow density"),
                       tr("%1 t/MWh").arg(b.intensity_t_per_mwh, 0, 'f', 4)) +
            overlayRow(tr("Carbon flow at %1").arg(sending.toHtmlEscaped()),
                       tr("%1 t/h").arg(b.carbon_flow_sending_t_per_h, 0, 'f', 4)) +
            overlayRow(tr("Carbon flow at %1").arg(receiving.toHtmlEscaped()),
                       tr("%1 t/h").arg(b.carbon_flow_receiving_t_per_h, 0, 'f', 4)) +
            overlayRow(tr("Loss emission"), tr("%1 t/h").arg(b.loss_emission_t_per_h, 0, 'f', 5));
        o.branches.insert(QString::fromStdString(b.id), v);
    }
    return o;
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
    scene_->setOverlay(kOverlay, emptyOverlay(note));
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
    FeederOverlay overlay = overlayOf(p, widest_t_per_h_);
    const auto extremes = extremesOf(
        p.buses, [](const gridcarbon::carbon::BusCarbon& b) { return b.intensity_t_per_mwh; });
    const QString when = periodName(r, hour_);
    if (!extremes) {
        overlay.legend.note = tr("No energised bus (%1)").arg(when);
    } else {
        overlay.legend.extremes = extremes;
        overlay.legend.details = {
            tr("Line width: carbon flow, widest %1 t/h").arg(widest_t_per_h_, 0, 'f', 3),
            tr("Arrows: direction of the carbon flow"),
            tr("%1 (%2)").arg(when, methodName(r.method))};
    }
    scene_->setOverlay(kOverlay, std::move(overlay));
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
