#include "gui/studies/carbon/CarbonPanel.h"

#include "gui/studies/carbon/CarbonIntensityChart.h"
#include "gui/studies/carbon/CarbonTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace gridcarbon::gui {

CarbonPanel::CarbonPanel(QWidget* parent)
    : QWidget(parent), summary_(new QLabel(this)), model_(new CarbonTableModel(this)),
      proxy_(new QSortFilterProxyModel(this)), table_(new QTableView(this)),
      chart_(new CarbonIntensityChart(this)), controls_(new QHBoxLayout) {
    auto* layout = new QVBoxLayout(this);
    controls_->addStretch(1);
    layout->addLayout(controls_);
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(summary_);

    proxy_->setSourceModel(model_);
    proxy_->setSortRole(CarbonTableModel::sortRole());
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(CarbonTableModel::Bus, Qt::AscendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QStringList ids = selectedBuses();
        chart_->setHighlighted(ids);
        emit selectionChanged(ids);
    });

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(table_);
    split->addWidget(chart_);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);
}

void CarbonPanel::addControl(QWidget* control) {
    control->setParent(this);
    controls_->addWidget(control);
}

void CarbonPanel::showPeriod(const gridcarbon::carbon::CarbonFlowResult& period,
                             const QString& title) {
    model_->setPeriod(period);
    chart_->setPeriod(period, title);
    chart_->setHighlighted(selectedBuses());
}

void CarbonPanel::clear(const QString& note) {
    model_->clear();
    chart_->clear(note);
}

void CarbonPanel::setSummary(const QString& text) {
    summary_->setText(text);
}

QString CarbonPanel::summary() const {
    return summary_->text();
}

QStringList CarbonPanel::selectedBuses() const {
    QStringList ids;
    for (const QModelIndex& row : table_->selectionModel()->selectedRows(CarbonTableModel::Bus))
        ids << row.data().toString();
    return ids;
}

} // namespace gridcarbon::gui
