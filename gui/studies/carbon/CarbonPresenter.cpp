#include "gui/studies/carbon/CarbonPresenter.h"

#include "gui/editor/FeederScene.h"
#include "gui/studies/carbon/CarbonFlowStudy.h"
#include "gui/studies/carbon/CarbonTables.h"
#include "gui/style/CarbonColorMap.h"
#include "gui/style/SceneStyle.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

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

// "14, 15" (the unsolved hours of a day).
QString hourList(const std::vector<int>& hours) {
    QStringList text;
    for (int h : hours)
        text << QString::number(h);
    return text.join(QStringLiteral(", "));
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

const CarbonFlowResult* CarbonPresenter::periodAt(const CarbonStudyResult& r, int hour) {
    if (!r.whole_day)
        return r.carbon.periods.empty() ? nullptr : &r.carbon.periods.front();
    // A partial day misses the hours that were not solved: positions are not hours.
    const auto it = std::find_if(r.carbon.periods.begin(), r.carbon.periods.end(),
                                 [hour](const CarbonFlowResult& p) { return p.hour == hour; });
    return it == r.carbon.periods.end() ? nullptr : &*it;
}

std::optional<QString> CarbonPresenter::unsolvedReason(const CarbonStudyResult& r, int hour) {
    const auto& unsolved = r.carbon.unsolved_hours;
    if (!r.whole_day || std::find(unsolved.begin(), unsolved.end(), hour) == unsolved.end())
        return std::nullopt;
    // The engine names the hour of each unsolved one as the item of its diagnostic.
    const std::string item = "hour " + std::to_string(hour);
    for (const auto& d : r.diagnostics)
        if (d.item_id == item)
            return QString::fromStdString(d.message).simplified();
    return tr("hour %1 was not solved").arg(hour);
}

QString CarbonPresenter::periodName(const CarbonStudyResult& r, int hour) {
    if (!r.whole_day)
        return r.carbon.day.empty() || r.carbon.periods.empty()
                   ? tr("base values")
                   : tr("%1, hour %2")
                         .arg(QString::fromStdString(r.carbon.day))
                         .arg(r.carbon.periods.front().hour);
    return tr("%1, %2:00–%3:00")
        .arg(QString::fromStdString(r.carbon.day))
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(hour + 1, 2, 10, QLatin1Char('0'));
}

QString CarbonPresenter::studySummary(const CarbonStudyResult& r) {
    if (r.whole_day) {
        const auto& t = r.carbon.totals;
        QString text = tr("Day <b>%1</b>, %2 hourly power flows (%3): generation %4 t, load %5 t, "
                          "losses %6 t, carbon held in storage %7 t → %8 t.")
                           .arg(QString::fromStdString(r.carbon.day).toHtmlEscaped())
                           .arg(r.carbon.periods.size())
                           .arg(methodName(r.method))
                           .arg(t.generation_t, 0, 'f', 3)
                           .arg(t.load_t, 0, 'f', 3)
                           .arg(t.loss_t, 0, 'f', 3)
                           .arg(t.stored_start_t, 0, 'f', 3)
                           .arg(t.stored_end_t, 0, 'f', 3);
        const auto& unsolved = r.carbon.unsolved_hours;
        if (unsolved.size() == 1)
            text += QLatin1Char(' ') +
                    tr("<b>Hour %1 was not solved</b>; the totals leave it out (see the Log).")
                        .arg(unsolved.front());
        else if (!unsolved.empty())
            text += QLatin1Char(' ') +
                    tr("<b>Hours %1 were not solved</b>; the totals leave them out (see the Log).")
                        .arg(hourList(unsolved));
        return text;
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
    return r ? periodAt(*r, hour_) : nullptr;
}

void CarbonPresenter::setHour(int hour) {
    if (hour == hour_)
        return;
    hour_ = hour;
    show();
}

void CarbonPresenter::clear(const QString& note) {
    scene_->setOverlay(kOverlay, emptyOverlay(note));
    emit periodCleared();
}

void CarbonPresenter::reset() {
    reset(tr("No carbon emission flow result"));
}

void CarbonPresenter::reset(const QString& note) {
    clear(note);
}

void CarbonPresenter::onStarted() {
    clear(tr("Running the carbon emission flow…"));
    emit status(tr("Running the carbon emission flow…"));
}

void CarbonPresenter::onFinished(const CarbonStudyResult& result) {
    widest_t_per_h_ = widestFlowOf(result);
    show();
}

void CarbonPresenter::show() {
    const auto& r = study_->result();
    if (!r)
        return;
    if (const CarbonFlowResult* p = period()) {
        showPeriod(*r, *p);
        return;
    }
    if (const auto why = unsolvedReason(*r, hour_)) {
        // No colours of another hour: the hour chosen has none, and the legend says why.
        const QString text =
            tr("No carbon emission flow for %1: %2").arg(periodName(*r, hour_), *why);
        clear(text);
        emit status(text);
        return;
    }
    clear(tr("The carbon emission flow has no period"));
}

void CarbonPresenter::showPeriod(const CarbonStudyResult& r, const CarbonFlowResult& p) {
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
    overlay.tables_caption = tr("Carbon emission flow at %1 (%2)").arg(when, methodName(r.method));
    overlay.tables = carbonTables(p);
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
