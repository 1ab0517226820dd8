#pragma once
// A bar chart of the nodal carbon intensities of one period: one bar per bus, in the case's
// bus order, with the selected buses highlighted. Buses without an intensity get no bar.
#include "carbon/CarbonFlow.h"

#include <QChartView>
#include <QStringList>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

namespace gridcarbon::gui {

class CarbonIntensityChart : public QChartView {
    Q_OBJECT
public:
    explicit CarbonIntensityChart(QWidget* parent = nullptr);

    // Another period of the same case moves the bars; different buses rebuild the axis.
    void setPeriod(const gridcarbon::carbon::CarbonFlowResult& period, const QString& title);
    void clear(const QString& title);

    // Highlights the bars of these buses (ids), the buses selected on the canvas; kept for the
    // next period.
    void setHighlighted(const QStringList& bus_ids);
    // The buses whose bars are highlighted.
    QStringList highlighted() const;

    QBarSeries* series() const { return series_; }
    QBarSet* bars() const { return bars_; }
    QStringList categories() const { return categories_; }

private:
    QBarSeries* series_;
    QBarSet* bars_;
    QBarCategoryAxis* x_axis_;
    QValueAxis* y_axis_;
    QStringList categories_;
    QStringList highlighted_;
};

} // namespace gridcarbon::gui
