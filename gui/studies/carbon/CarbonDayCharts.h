#pragma once
// A whole-day carbon study as charts over the day (gui/charts/TimeSeriesChart.h): the load,
// each unit's output, the energy in each store, the network's losses, the emissions (generated,
// brought to loads, lost) and the voltage of one bus (the one selected on the canvas; the
// lowest-voltage bus of the hour until one is). A click on any of them picks the hour.
#include "carbon/CarbonStudy.h"

#include <QString>
#include <QWidget>

namespace gridcarbon::gui {

class TimeSeriesChart;

class CarbonDayCharts : public QWidget {
    Q_OBJECT
public:
    explicit CarbonDayCharts(QWidget* parent = nullptr);

    // A whole-day result; a single period shows a note instead.
    void setResult(const gridcarbon::carbon::CarbonStudyResult& result);
    void clear(const QString& note);
    void setCurrent(int hour);
    // The bus whose voltage the last chart shows; empty: the lowest of the hour shown.
    void setBus(const QString& bus);
    QString bus() const;

    TimeSeriesChart* load() const { return load_; }
    TimeSeriesChart* units() const { return units_; }
    TimeSeriesChart* storage() const { return storage_; }
    TimeSeriesChart* losses() const { return losses_; }
    TimeSeriesChart* emissions() const { return emissions_; }
    TimeSeriesChart* voltage() const { return voltage_; }

signals:
    void hourClicked(int hour);

private:
    void updateVoltage();
    QList<TimeSeriesChart*> charts() const;

    TimeSeriesChart* load_;
    TimeSeriesChart* units_;
    TimeSeriesChart* storage_;
    TimeSeriesChart* losses_;
    TimeSeriesChart* emissions_;
    TimeSeriesChart* voltage_;
    std::optional<gridcarbon::carbon::CarbonStudyResult> result_;
    QString chosen_bus_;
    int current_ = 0;
};

} // namespace gridcarbon::gui
