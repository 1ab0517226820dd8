#pragma once
// The carbon dock: the study's controls and a summary line on top (the period is the window's,
// on its toolbar), then two pages: "Hour", a bar chart of the nodal carbon intensities of the
// hour shown (the buses selected on the canvas highlighted), and "Day", the whole day as charts
// (CarbonDayCharts). The numbers themselves are in the Results dock.
#include "carbon/CarbonStudy.h"

#include <QString>
#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTabWidget;

namespace gridcarbon::gui {

class CarbonDayCharts;
class CarbonIntensityChart;

class CarbonPanel : public QWidget {
    Q_OBJECT
public:
    explicit CarbonPanel(QWidget* parent = nullptr);

    // Puts `control` at the end of the top row (the panel takes it over).
    void addControl(QWidget* control);

    void showPeriod(const gridcarbon::carbon::CarbonFlowResult& period, const QString& title);
    // No period to show; `note` says why.
    void clear(const QString& note);
    void setSummary(const QString& text);
    // The buses selected on the canvas: their bars stand out, the first one's voltage is
    // charted over the day.
    void setSelectedBuses(const QStringList& ids);

    QTabWidget* pages() const { return pages_; }
    CarbonIntensityChart* chart() const { return chart_; }
    CarbonDayCharts* day() const { return day_; }
    QString summary() const;

signals:
    // A link in the summary was clicked ("intensities": set the units' carbon intensities).
    void linkActivated(const QString& link);

private:
    QLabel* summary_;
    QTabWidget* pages_;
    CarbonIntensityChart* chart_;
    CarbonDayCharts* day_;
    QHBoxLayout* controls_;
};

} // namespace gridcarbon::gui
