#include "gui/studies/carbon/CarbonTableModel.h"

#include "gui/style/CarbonColorMap.h"

#include <QColor>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gridcarbon::gui {

CarbonTableModel::CarbonTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CarbonTableModel::setPeriod(const gridcarbon::carbon::CarbonFlowResult& period) {
    const bool same_buses =
        std::equal(buses_.begin(), buses_.end(), period.buses.begin(), period.buses.end(),
                   [](const auto& a, const auto& b) { return a.id == b.id; });
    if (!same_buses || buses_.empty()) {
        beginResetModel();
        buses_ = period.buses;
        endResetModel();
        return;
    }
    buses_ = period.buses;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CarbonTableModel::clear() {
    beginResetModel();
    buses_.clear();
    endResetModel();
}

int CarbonTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(buses_.size());
}

int CarbonTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

double CarbonTableModel::value(const gridcarbon::carbon::BusCarbon& b, int column) const {
    switch (column) {
    case Intensity:
        return b.intensity_t_per_mwh;
    case Load:
        return b.load_mw;
    case LoadEmission:
        return b.load_emission_t_per_h;
    case ThroughFlow:
        return b.through_flow_mw;
    default:
        return std::numeric_limits<double>::quiet_NaN();
    }
}

QVariant CarbonTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& b = buses_[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    const double v = value(b, column);
    switch (role) {
    case Qt::DisplayRole:
        if (column == Bus)
            return QString::fromStdString(b.id);
        if (!std::isfinite(v))
            return tr("—");
        return QString::number(v, 'f', column == Intensity || column == LoadEmission ? 4 : 3);
    case sortRole():
        if (column == Bus)
            return index.row();
        // Buses without an intensity after all others in ascending order.
        return std::isfinite(v) ? v : std::numeric_limits<double>::infinity();
    case Qt::TextAlignmentRole:
        return column == Bus ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (column == Intensity)
            return CarbonColorMap::color(v);
        return {};
    case Qt::ToolTipRole:
        if (column == Intensity && b.source == gridcarbon::carbon::IntensitySource::NoThroughFlow)
            return tr("Nothing flows through bus %1: the intensity of the bus that would feed it")
                .arg(QString::fromStdString(b.id));
        if (column == Intensity && b.source == gridcarbon::carbon::IntensitySource::Dead)
            return tr("Bus %1 is not energised").arg(QString::fromStdString(b.id));
        return {};
    default:
        return {};
    }
}

QVariant CarbonTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Bus ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Bus:
        return tr("Bus");
    case Intensity:
        return tr("Intensity\nt/MWh");
    case Load:
        return tr("Load\nMW");
    case LoadEmission:
        return tr("Load emission\nt/h");
    case ThroughFlow:
        return tr("Through-flow\nMW");
    default:
        return {};
    }
}

} // namespace gridcarbon::gui
