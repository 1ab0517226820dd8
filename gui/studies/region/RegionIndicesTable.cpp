#include "gui/studies/region/RegionIndicesTable.h"

#include "gui/studies/region/RegionFigure.h"

#include <QHeaderView>

#include <algorithm>

namespace gridcarbon::gui {

RegionIndicesTable::RegionIndicesTable(QWidget* parent) : QTableWidget(parent) {
    setObjectName(QStringLiteral("RegionIndicesTable"));
    setColumnCount(2);
    setHorizontalHeaderLabels({tr("Index"), tr("Value")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // Long index names give way to the values (their full text is in the tooltip).
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(Index, QHeaderView::Interactive);
    setTextElideMode(Qt::ElideMiddle);
}

void RegionIndicesTable::showResult(const gridcarbon::region::RegionResult& r,
                                    const gridcarbon::region::RegionResult* reference) {
    const std::vector<RegionIndexRow> rows = regionIndexRows(r);
    std::vector<RegionIndexRow> kept;
    if (reference && sameRegionAxes(r, *reference))
        kept = regionIndexRows(*reference);
    setColumnCount(kept.empty() ? 2 : 3);
    setHorizontalHeaderLabels({tr("Index"), tr("Value"), tr("Reference")});
    // The header says which run each column is.
    horizontalHeaderItem(Value)->setToolTip(regionRunLabel(r));
    if (!kept.empty())
        horizontalHeaderItem(Reference)->setToolTip(regionRunLabel(*reference));
    for (int column = Value; column < columnCount(); ++column)
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    setRowCount(int(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i) {
        auto* name = new QTableWidgetItem(rows[i].name);
        name->setToolTip(QStringLiteral("%1: %2").arg(rows[i].name, rows[i].tip));
        setItem(i, Index, name);
        auto* value = new QTableWidgetItem(rows[i].value);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setToolTip(rows[i].value);
        setItem(i, Value, value);
        // Same axes and method give the same rows; otherwise rows match by name.
        for (const RegionIndexRow& other : kept)
            if (other.name == rows[i].name) {
                auto* ref = new QTableWidgetItem(other.value);
                ref->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                setItem(i, Reference, ref);
            }
    }
    resizeColumnToContents(Index);
    setColumnWidth(
        Index, std::min(columnWidth(Index), viewport()->width() * (columnCount() > 2 ? 2 : 3) / 5));
}

void RegionIndicesTable::clearResult() {
    setRowCount(0);
    setColumnCount(2);
}

QString RegionIndicesTable::valueOf(const QString& name, Column column) const {
    for (int i = 0; i < rowCount(); ++i)
        if (item(i, Index) && item(i, Index)->text() == name)
            return item(i, column) ? item(i, column)->text() : QString();
    return {};
}

} // namespace gridcarbon::gui
