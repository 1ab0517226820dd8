#pragma once
// One quantity over a typical day (load, unit outputs, stored energy, losses, emissions, a
// bus's voltage): a line per series against the period of the day, a marker at the period the
// window shows, and a click that picks a period (hourClicked). Any whole-day study draws its
// charts with it.
#include <QChartView>
#include <QList>
#include <QString>

#include <vector>

class QLineSeries;
class QValueAxis;

namespace gridcarbon::gui {

struct TimeSeries {
    QString name;
    // (period, value) points in period order; a period without a value is left out.
    std::vector<std::pair<int, double>> points;
};

class TimeSeriesChart : public QChartView {
    Q_OBJECT
public:
    // Titled "Load (MW)": the unit of the values after the title.
    TimeSeriesChart(const QString& title, const QString& unit, QWidget* parent = nullptr);

    // The series over a day of `periods` periods; a legend when there is more than one.
    void setSeries(const QList<TimeSeries>& series, int periods);
    // No series; `note` says why (in the title).
    void clear(const QString& note);
    // Moves the marker.
    void setCurrent(int period);
    void setTitle(const QString& title);

    int seriesCount() const { return int(lines_.size()); }
    // The values of series `index` as drawn (y of each point).
    QList<double> values(int index) const;
    int current() const { return current_; }
    // The period under x position `x` of the view (for clicks), clamped to the day.
    int periodAt(int x) const;

signals:
    void hourClicked(int period);

protected:
    void mousePressEvent(QMouseEvent* event) override;

private:
    void updateMarker();

    QString title_;
    QList<QLineSeries*> lines_;
    QLineSeries* marker_;
    QValueAxis* x_axis_;
    QValueAxis* y_axis_;
    int periods_ = 24;
    int current_ = 0;
};

} // namespace gridcarbon::gui
