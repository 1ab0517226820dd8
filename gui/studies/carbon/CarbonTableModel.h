#pragma once
// The buses of one carbon emission flow period as a table: id, nodal carbon intensity, load,
// load emission and through-flow, in the case's bus order. sortRole() gives numbers (the id
// column: the case's order), so that a QSortFilterProxyModel sorts by value, not by text.
#include "carbon/CarbonFlow.h"

#include <QAbstractTableModel>

#include <vector>

namespace gridcarbon::gui {

class CarbonTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Bus, Intensity, Load, LoadEmission, ThroughFlow, ColumnCount };
    static constexpr int sortRole() { return Qt::UserRole; }

    explicit CarbonTableModel(QObject* parent = nullptr);

    // Another period of the same case updates the values in place (views keep their sorting
    // and selection); a different set of buses resets the model.
    void setPeriod(const gridcarbon::carbon::CarbonFlowResult& period);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    double value(const gridcarbon::carbon::BusCarbon& b, int column) const;

    std::vector<gridcarbon::carbon::BusCarbon> buses_;
};

} // namespace gridcarbon::gui
