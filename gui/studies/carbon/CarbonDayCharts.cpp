#include "gui/studies/carbon/CarbonDayCharts.h"

#include "gui/charts/TimeSeriesChart.h"

#include <QGridLayout>

#include <cmath>
#include <map>

namespace gridcarbon::gui {

using gridcarbon::carbon::CarbonFlowResult;

CarbonDayCharts::CarbonDayCharts(QWidget* parent)
    : QWidget(parent), load_(new TimeSeriesChart(tr("Load"), tr("MW"), this)),
      units_(new TimeSeriesChart(tr("Unit outputs"), tr("MW"), this)),
      storage_(new TimeSeriesChart(tr("Stored energy"), tr("MWh"), this)),
      losses_(new TimeSeriesChart(tr("Losses"), tr("MW"), this)),
      emissions_(new TimeSeriesChart(tr("Emissions"), tr("t/h"), this)),
      voltage_(new TimeSeriesChart(tr("Voltage"), tr("p.u."), this)) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(2);
    const QList<TimeSeriesChart*> all = charts();
    for (int i = 0; i < all.size(); ++i) {
        grid->addWidget(all[i], i / 3, i % 3);
        connect(all[i], &TimeSeriesChart::hourClicked, this, &CarbonDayCharts::hourClicked);
    }
    clear(tr("choose a typical day on the toolbar"));
}

QList<TimeSeriesChart*> CarbonDayCharts::charts() const {
    return {load_, units_, storage_, losses_, emissions_, voltage_};
}

void CarbonDayCharts::clear(const QString& note) {
    result_.reset();
    for (TimeSeriesChart* chart : charts())
        chart->clear(note);
}

void CarbonDayCharts::setResult(const gridcarbon::carbon::CarbonStudyResult& result) {
    if (!result.whole_day) {
        clear(tr("a single period; choose a typical day on the toolbar"));
        return;
    }
    result_ = result;
    const auto& periods = result.carbon.periods;
    const int length = int(periods.size() + result.carbon.unsolved_hours.size());

    TimeSeries load{tr("Load"), {}}, loss{tr("Losses"), {}};
    TimeSeries generated{tr("Generated"), {}}, to_loads{tr("Brought to loads"), {}},
        lost{tr("Lost"), {}};
    std::map<std::string, TimeSeries> outputs; // by unit, in id order
    for (const CarbonFlowResult& p : periods) {
        double mw = 0.0, loss_mw = 0.0;
        for (const auto& b : p.buses)
            mw += b.load_mw;
        for (const auto& b : p.branches)
            loss_mw += b.p_sending_mw - b.p_receiving_mw;
        load.points.emplace_back(p.hour, mw);
        loss.points.emplace_back(p.hour, loss_mw);
        generated.points.emplace_back(p.hour, p.totals.generation_t_per_h);
        to_loads.points.emplace_back(p.hour, p.totals.load_t_per_h);
        lost.points.emplace_back(p.hour, p.totals.loss_t_per_h);
        for (const auto& s : p.sources) {
            if (s.kind == "es")
                continue; // storage has its own chart
            TimeSeries& series = outputs[s.id];
            series.name = QString::fromStdString(s.id);
            series.points.emplace_back(p.hour, s.p_mw);
        }
    }
    load_->setSeries({load}, length);
    losses_->setSeries({loss}, length);
    emissions_->setSeries({generated, to_loads, lost}, length);
    QList<TimeSeries> units;
    for (auto& [id, series] : outputs)
        units << series;
    units_->setSeries(units, length);

    QList<TimeSeries> stores;
    for (const auto& s : result.carbon.storages) {
        TimeSeries series{QString::fromStdString(s.id), {}};
        for (const auto& h : s.hours)
            series.points.emplace_back(h.hour, h.energy_mwh);
        stores << series;
    }
    if (stores.isEmpty())
        storage_->clear(tr("no storage"));
    else
        storage_->setSeries(stores, length);
    updateVoltage();
    setCurrent(current_);
}

void CarbonDayCharts::setCurrent(int hour) {
    current_ = hour;
    for (TimeSeriesChart* chart : charts())
        chart->setCurrent(hour);
    if (chosen_bus_.isEmpty())
        updateVoltage(); // the lowest bus may be another one
}

void CarbonDayCharts::setBus(const QString& bus) {
    if (bus == chosen_bus_)
        return;
    chosen_bus_ = bus;
    updateVoltage();
}

QString CarbonDayCharts::bus() const {
    if (!chosen_bus_.isEmpty() || !result_)
        return chosen_bus_;
    // The lowest voltage of the hour shown.
    for (const CarbonFlowResult& p : result_->carbon.periods) {
        if (p.hour != current_)
            continue;
        const gridcarbon::carbon::BusCarbon* lowest = nullptr;
        for (const auto& b : p.buses)
            if (std::isfinite(b.vm_pu) && (!lowest || b.vm_pu < lowest->vm_pu))
                lowest = &b;
        return lowest ? QString::fromStdString(lowest->id) : QString();
    }
    return {};
}

void CarbonDayCharts::updateVoltage() {
    if (!result_)
        return;
    const QString id = bus();
    TimeSeries series{tr("Bus %1").arg(id), {}};
    for (const CarbonFlowResult& p : result_->carbon.periods)
        for (const auto& b : p.buses)
            if (QString::fromStdString(b.id) == id)
                series.points.emplace_back(p.hour, b.vm_pu);
    const int length = int(result_->carbon.periods.size() + result_->carbon.unsolved_hours.size());
    voltage_->setTitle(chosen_bus_.isEmpty() ? tr("Voltage at bus %1, lowest now (p.u.)").arg(id)
                                             : tr("Voltage at bus %1 (p.u.)").arg(id));
    voltage_->setSeries({series}, length);
    voltage_->setCurrent(current_);
}

} // namespace gridcarbon::gui
