#include "gui/charts/TimeSeriesChart.h"

#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPen>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace gridcarbon::gui {

namespace {

// Distinct, print-safe line colours (Tableau 10).
const QColor kColours[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b),
                           QColor(0xe1, 0x57, 0x59), QColor(0x76, 0xb7, 0xb2),
                           QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
                           QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7),
                           QColor(0x9c, 0x75, 0x5f), QColor(0xba, 0xb0, 0xac)};

constexpr int kMaxLegendLines = 4;

} // namespace

TimeSeriesChart::TimeSeriesChart(const QString& title, const QString& unit, QWidget* parent)
    : QChartView(parent), title_(tr("%1 (%2)").arg(title, unit)), marker_(new QLineSeries),
      x_axis_(new QValueAxis), y_axis_(new QValueAxis) {
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(220, 150);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click a time to show that hour; hover a line to name it"));
    auto* c = new QChart;
    c->setMargins(QMargins(2, 2, 2, 2));
    c->setBackgroundRoundness(0);
    c->setAnimationOptions(QChart::NoAnimation);
    QFont title_font = font();
    title_font.setBold(true);
    c->setTitleFont(title_font);
    c->setTitle(title_);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    c->legend()->setFont(small);
    c->legend()->setAlignment(Qt::AlignBottom);
    // Hours on six-hour ticks; the unit is in the title, which leaves the plot the room.
    x_axis_->setLabelsFont(small);
    x_axis_->setLabelFormat(QStringLiteral("%d"));
    x_axis_->setTickType(QValueAxis::TicksDynamic);
    x_axis_->setTickAnchor(0.0);
    x_axis_->setTickInterval(6.0);
    y_axis_->setLabelsFont(small);
    y_axis_->setLabelFormat(QStringLiteral("%.4g"));
    y_axis_->setTruncateLabels(false);
    x_axis_->setTruncateLabels(false);
    c->legend()->setShowToolTips(true);
    c->addAxis(x_axis_, Qt::AlignBottom);
    c->addAxis(y_axis_, Qt::AlignLeft);
    QPen pen(QColor(0x33, 0x33, 0x33));
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.2);
    marker_->setPen(pen);
    c->addSeries(marker_);
    marker_->attachAxis(x_axis_);
    marker_->attachAxis(y_axis_);
    setChart(c);
    c->legend()->markers(marker_).value(0)->setVisible(false);
    clear(QString());
}

void TimeSeriesChart::setTitle(const QString& title) {
    title_ = title;
    chart()->setTitle(title);
}

void TimeSeriesChart::setSeries(const QList<TimeSeries>& series, int periods) {
    QChart* c = chart();
    for (QLineSeries* line : lines_) {
        c->removeSeries(line);
        delete line;
    }
    lines_.clear();
    periods_ = std::max(1, periods);
    double low = 0.0, high = 0.0;
    bool any = false;
    for (const TimeSeries& s : series) {
        auto* line = new QLineSeries;
        line->setName(s.name);
        QPen pen(kColours[lines_.size() % std::size(kColours)]);
        pen.setWidthF(1.8);
        line->setPen(pen);
        // Hovering a line names it, with the value of the nearest period.
        connect(line, &QLineSeries::hovered, this, [line](const QPointF& at, bool inside) {
            if (!inside) {
                QToolTip::hideText();
                return;
            }
            const auto points = line->points();
            const auto nearest =
                std::min_element(points.begin(), points.end(), [&](QPointF a, QPointF b) {
                    return std::abs(a.x() - at.x()) < std::abs(b.x() - at.x());
                });
            if (nearest != points.end())
                QToolTip::showText(QCursor::pos(), tr("%1, hour %2: %3")
                                                       .arg(line->name())
                                                       .arg(int(nearest->x()))
                                                       .arg(nearest->y(), 0, 'g', 5));
        });
        for (const auto& [period, value] : s.points) {
            if (!std::isfinite(value))
                continue;
            line->append(period, value);
            low = any ? std::min(low, value) : value;
            high = any ? std::max(high, value) : value;
            any = true;
        }
        c->addSeries(line);
        line->attachAxis(x_axis_);
        line->attachAxis(y_axis_);
        lines_ << line;
    }
    // A legend for a few lines; more are named by hovering them.
    c->legend()->setVisible(lines_.size() > 1 && lines_.size() <= kMaxLegendLines);
    x_axis_->setRange(0, periods_ - 1);
    x_axis_->setTickInterval(periods_ > 24 ? periods_ / 4.0 : 6.0);
    if (!any) {
        low = 0.0;
        high = 1.0;
    }
    // Room above and below; a flat line sits in the middle of a small range.
    const double pad = high > low ? 0.08 * (high - low) : std::max(1e-3, 0.05 * std::abs(high));
    y_axis_->setRange(low - pad, high + pad);
    y_axis_->applyNiceNumbers();
    c->setTitle(title_);
    updateMarker();
}

void TimeSeriesChart::clear(const QString& note) {
    setSeries({}, periods_);
    chart()->setTitle(note.isEmpty() ? title_ : tr("%1 — %2").arg(title_, note));
}

void TimeSeriesChart::setCurrent(int period) {
    current_ = period;
    updateMarker();
}

void TimeSeriesChart::updateMarker() {
    marker_->clear();
    marker_->append(current_, y_axis_->min());
    marker_->append(current_, y_axis_->max());
}

QList<double> TimeSeriesChart::values(int index) const {
    QList<double> ys;
    if (index < 0 || index >= lines_.size())
        return ys;
    for (const QPointF& p : lines_[index]->points())
        ys << p.y();
    return ys;
}

int TimeSeriesChart::periodAt(int x) const {
    const QPointF value = chart()->mapToValue(mapToScene(QPoint(x, height() / 2)), marker_);
    return std::clamp(int(std::lround(value.x())), 0, periods_ - 1);
}

void TimeSeriesChart::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton &&
        chart()->plotArea().contains(mapToScene(event->position().toPoint()))) {
        emit hourClicked(periodAt(event->position().toPoint().x()));
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

} // namespace gridcarbon::gui
