#include "gui/panels/ResultTableModel.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace gridcarbon::gui {

ResultTableModel::ResultTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ResultTableModel::setTable(ResultTable table) {
    beginResetModel();
    table_ = std::move(table);
    endResetModel();
}

QString ResultTableModel::header(const ResultColumn& column) {
    return column.unit.isEmpty() ? column.title : tr("%1 (%2)").arg(column.title, column.unit);
}

int ResultTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(table_.rows.size());
}

int ResultTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(table_.columns.size());
}

QVariant ResultTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= table_.rows.size())
        return {};
    const ResultRow& row = table_.rows[index.row()];
    const QVariant cell = row.cells.value(index.column());
    const bool number = cell.typeId() == QMetaType::Double;
    switch (role) {
    case Qt::DisplayRole: {
        if (!number)
            return cell;
        const double v = cell.toDouble();
        if (!std::isfinite(v))
            return QStringLiteral("—");
        return QLocale().toString(v, 'f', table_.columns.value(index.column()).decimals);
    }
    case Qt::TextAlignmentRole:
        return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case sortRole():
        // Text sorts as text; a missing number after every number.
        if (number && !std::isfinite(cell.toDouble()))
            return std::numeric_limits<double>::infinity();
        return cell;
    case elementRole():
        return QVariant::fromValue(index.row());
    default:
        return {};
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section >= table_.columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return header(table_.columns[section]);
    return {};
}

} // namespace gridcarbon::gui
