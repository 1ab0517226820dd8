#pragma once
// One ResultTable (gui/overlay/ResultTable.h) as a Qt table model: headers with units, numbers
// right-aligned to the column's decimals on screen, the full value under sortRole() (so that a
// proxy sorts numerically), the row's element under elementRole().
#include "gui/overlay/ResultTable.h"

#include <QAbstractTableModel>

namespace gridcarbon::gui {

class ResultTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ResultTableModel(QObject* parent = nullptr);

    static constexpr int sortRole() { return Qt::UserRole; }
    static constexpr int elementRole() { return Qt::UserRole + 1; }

    void setTable(ResultTable table);
    const ResultTable& table() const { return table_; }
    // "Vm (p.u.)", or the title alone for a column without a unit.
    static QString header(const ResultColumn& column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ResultTable table_;
};

} // namespace gridcarbon::gui
