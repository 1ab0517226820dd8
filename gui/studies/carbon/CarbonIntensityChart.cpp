#include "gui/studies/carbon/CarbonIntensityChart.h"

#include "gui/style/SceneStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace gridcarbon::gui {

namespace {

// Bus ids under the bars turn upright beyond this many buses so that they do not overlap, and
// go beyond the second number (the bars' tooltips still name their buses).
constexpr int kUprightLabelsFrom = 40;
constexpr int kNoLabelsFrom = 100;

} // namespace

CarbonIntensityChart::CarbonIntensityChart(QWidget* parent)
    : QChartView(parent), series_(new QBarSeries), bars_(new QBarSet(tr("Carbon intensity"))),
      x_axis_(new QBarCategoryAxis), y_axis_(new QValueAxis) {
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 200);

    auto* c = new QChart;
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(0);
    c->legend()->hide();
    c->setAnimationOptions(QChart::NoAnimation);
    QFont title_font = font();
    title_font.setBold(true);
    c->setTitleFont(title_font);

    // A neutral slate that no value of the carbon colour scale is mistaken for; the selected
    // buses in ink.
    bars_->setColor(QColor(0x60, 0x7d, 0x8b));
    bars_->setBorderColor(QColor(0x45, 0x5a, 0x64));
    bars_->setSelectedColor(style::ink());
    series_->append(bars_);
    connect(bars_, &QBarSet::hovered, this, [this](bool inside, int index) {
        if (!inside || index < 0 || index >= categories_.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(
            QCursor::pos(),
            tr("Bus %1: %2 t/MWh").arg(categories_[index]).arg(bars_->at(index), 0, 'f', 4));
    });
    series_->setBarWidth(0.75);
    c->addSeries(series_);

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x_axis_->setLabelsFont(small);
    x_axis_->setTruncateLabels(false);
    x_axis_->setTitleText(tr("Bus"));
    x_axis_->setGridLineVisible(false);
    y_axis_->setLabelsFont(small);
    y_axis_->setTitleText(tr("t/MWh"));
    y_axis_->setLabelFormat(QStringLiteral("%.2f"));
    y_axis_->setRange(0.0, 1.0);
    c->addAxis(x_axis_, Qt::AlignBottom);
    c->addAxis(y_axis_, Qt::AlignLeft);
    series_->attachAxis(x_axis_);
    series_->attachAxis(y_axis_);
    x_axis_->setVisible(false); // until there are buses
    // The chart is the view's: QChartView::setChart takes ownership.
    setChart(c);
}

void CarbonIntensityChart::setPeriod(const gridcarbon::carbon::CarbonFlowResult& period,
                                     const QString& title) {
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(period.buses.size()));
    for (const auto& b : period.buses)
        ids << QString::fromStdString(b.id);
    if (ids != categories_) {
        categories_ = ids;
        bars_->remove(0, bars_->count());
        bars_->append(QList<qreal>(ids.size(), 0.0));
        x_axis_->clear();
        x_axis_->append(ids);
        x_axis_->setLabelsAngle(ids.size() >= kUprightLabelsFrom ? -90 : 0);
        x_axis_->setLabelsVisible(ids.size() < kNoLabelsFrom);
        x_axis_->setVisible(true);
    }
    double highest = 0.0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const double v = period.buses[static_cast<std::size_t>(i)].intensity_t_per_mwh;
        bars_->replace(i, std::isfinite(v) ? v : 0.0);
        if (std::isfinite(v))
            highest = std::max(highest, v);
    }
    // Room above the highest bar, on round ticks.
    y_axis_->setRange(0.0, std::max(0.1, highest * 1.08));
    y_axis_->applyNiceNumbers();
    chart()->setTitle(title);
    setHighlighted(highlighted_);
}

void CarbonIntensityChart::clear(const QString& title) {
    categories_.clear();
    bars_->remove(0, bars_->count());
    x_axis_->clear();
    // An axis without categories would draw its title in a corner.
    x_axis_->setVisible(false);
    chart()->setTitle(title);
}

QStringList CarbonIntensityChart::highlighted() const {
    QStringList ids;
    for (int i : bars_->selectedBars())
        ids << categories_.value(i);
    return ids;
}

void CarbonIntensityChart::setHighlighted(const QStringList& bus_ids) {
    highlighted_ = bus_ids;
    bars_->deselectAllBars();
    for (const QString& id : bus_ids) {
        const auto i = categories_.indexOf(id);
        if (i >= 0)
            bars_->setBarSelected(static_cast<int>(i), true);
    }
}

} // namespace gridcarbon::gui
