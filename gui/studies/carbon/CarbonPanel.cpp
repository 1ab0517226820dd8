#include "gui/studies/carbon/CarbonPanel.h"

#include "gui/studies/carbon/CarbonDayCharts.h"
#include "gui/studies/carbon/CarbonIntensityChart.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gridcarbon::gui {

CarbonPanel::CarbonPanel(QWidget* parent)
    : QWidget(parent), summary_(new QLabel(this)), pages_(new QTabWidget(this)),
      chart_(new CarbonIntensityChart(pages_)), day_(new CarbonDayCharts(pages_)),
      controls_(new QHBoxLayout) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    connect(summary_, &QLabel::linkActivated, this, &CarbonPanel::linkActivated);
    top->addWidget(summary_, 1);
    top->addLayout(controls_);
    layout->addLayout(top);
    pages_->setDocumentMode(true);
    pages_->addTab(chart_, tr("Hour"));
    pages_->addTab(day_, tr("Day"));
    layout->addWidget(pages_, 1);
}

void CarbonPanel::addControl(QWidget* control) {
    control->setParent(this);
    controls_->addWidget(control);
}

void CarbonPanel::showPeriod(const gridcarbon::carbon::CarbonFlowResult& period,
                             const QString& title) {
    chart_->setPeriod(period, title);
}

void CarbonPanel::clear(const QString& note) {
    chart_->clear(note);
}

void CarbonPanel::setSummary(const QString& text) {
    summary_->setText(text);
}

QString CarbonPanel::summary() const {
    return summary_->text();
}

void CarbonPanel::setSelectedBuses(const QStringList& ids) {
    chart_->setHighlighted(ids);
    day_->setBus(ids.value(0));
}

} // namespace gridcarbon::gui
