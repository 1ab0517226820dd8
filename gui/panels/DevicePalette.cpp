#include "gui/panels/DevicePalette.h"

#include "gui/editor/DeviceMime.h"
#include "gui/editor/DeviceSymbols.h"
#include "gui/style/SceneStyle.h"

#include <QDrag>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

#include <optional>

namespace gridcarbon::gui {

namespace {

using gridcarbon::NewDevice;

constexpr int kDeviceRole = Qt::UserRole; // the NewDevice value of an entry
constexpr int kIconSize = 28;

struct Symbol {
    DeviceKind kind;
    std::optional<gridcarbon::CompensationLayer> layer;
};

Symbol symbolOf(NewDevice kind) {
    using gridcarbon::CompensationLayer;
    switch (kind) {
    case NewDevice::Grid:
        return {DeviceKind::Grid, {}};
    case NewDevice::Load:
        return {DeviceKind::Load, {}};
    case NewDevice::PV:
        return {DeviceKind::PV, {}};
    case NewDevice::WT:
        return {DeviceKind::WT, {}};
    case NewDevice::HT:
        return {DeviceKind::HT, {}};
    case NewDevice::MT:
        return {DeviceKind::MT, {}};
    case NewDevice::Storage:
        return {DeviceKind::Storage, {}};
    case NewDevice::CapacitorUser:
        return {DeviceKind::Capacitor, CompensationLayer::User};
    case NewDevice::CapacitorStationArea:
        return {DeviceKind::Capacitor, CompensationLayer::DistributionStationArea};
    case NewDevice::CapacitorLine:
        return {DeviceKind::Capacitor, CompensationLayer::Line};
    case NewDevice::CapacitorSubstation:
        return {DeviceKind::Capacitor, CompensationLayer::Substation};
    }
    return {DeviceKind::Load, {}};
}

// A drag source whose drags carry the device, as a copy: the entries never leave the palette.
class DeviceList : public QListWidget {
public:
    using QListWidget::QListWidget;

protected:
    void startDrag(Qt::DropActions) override {
        QListWidgetItem* entry = currentItem();
        if (!entry || !entry->data(kDeviceRole).isValid())
            return;
        auto* drag = new QDrag(this);
        drag->setMimeData(deviceMimeData(static_cast<NewDevice>(entry->data(kDeviceRole).toInt())));
        drag->setPixmap(entry->icon().pixmap(iconSize(), devicePixelRatioF()));
        drag->setHotSpot(QPoint(iconSize().width() / 2, iconSize().height() / 2));
        drag->exec(Qt::CopyAction, Qt::CopyAction);
    }
};

} // namespace

QString DevicePalette::deviceName(NewDevice kind) {
    // Short enough for a narrow dock; the layer's full name is in the tooltip.
    switch (kind) {
    case NewDevice::CapacitorUser:
        return tr("Capacitor (user)");
    case NewDevice::CapacitorStationArea:
        return tr("Capacitor (station area)");
    case NewDevice::CapacitorLine:
        return tr("Capacitor (line)");
    case NewDevice::CapacitorSubstation:
        return tr("Capacitor (substation)");
    default:
        return deviceKindName(symbolOf(kind).kind);
    }
}

QIcon DevicePalette::deviceIcon(NewDevice kind, int size) {
    const Symbol s = symbolOf(kind);
    const QString badge = s.layer ? compensationLayerCode(*s.layer) : QString();
    // Fit the symbol (and the badge to its right) into the square, centred across.
    const auto [left, right] = deviceExtentAcross(s.kind, 1.0, !badge.isEmpty());
    const qreal r = std::min(size / (left + right + 0.2), size / 2.5);
    const qreal centre_x = size / 2.0 - (right - left) / 2.0 * r;
    QIcon icon;
    for (const qreal dpr : {1.0, 2.0}) {
        QPixmap pixmap(QSize(size, size) * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(centre_x, size / 2.0);
        p.setPen(style::cosmeticPen(&p, style::ink(), 1.3));
        // Turned as if hanging below its bus, as most devices are drawn on the canvas.
        paintDeviceSymbol(p, s.kind, r, QPointF(0, 1), QFont(), badge);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

DevicePalette::DevicePalette(QWidget* parent) : QWidget(parent), list_(new DeviceList(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* hint = new QLabel(
        tr("Drag a device onto a bus, or select a bus and double-click a device."), this);
    hint->setWordWrap(true);
    hint->setContentsMargins(8, 6, 8, 6);
    hint->setForegroundRole(QPalette::PlaceholderText);
    QFont small = hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    hint->setFont(small);
    layout->addWidget(hint);

    list_->setIconSize(QSize(kIconSize, kIconSize));
    list_->setSpacing(1);
    list_->setFrameShape(QFrame::NoFrame);
    list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list_->setTextElideMode(Qt::ElideRight);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setDragEnabled(true);
    list_->setDragDropMode(QAbstractItemView::DragOnly);
    list_->setDefaultDropAction(Qt::CopyAction);
    list_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(list_);

    const auto addHeading = [this](const QString& text) {
        auto* heading = new QListWidgetItem(text, list_);
        heading->setFlags(Qt::NoItemFlags); // not selectable, not draggable
        QFont bold = list_->font();
        bold.setBold(true);
        heading->setFont(bold);
        heading->setForeground(list_->palette().color(QPalette::PlaceholderText));
    };
    const auto addDevice = [this](NewDevice kind) {
        auto* entry = new QListWidgetItem(deviceIcon(kind, kIconSize), deviceName(kind), list_);
        entry->setData(kDeviceRole, static_cast<int>(kind));
        const Symbol s = symbolOf(kind);
        const QString what = s.layer
                                 ? tr("Capacitor of the %1").arg(compensationLayerName(*s.layer))
                                 : deviceName(kind);
        entry->setToolTip(
            tr("%1: drag onto a bus, or select a bus and double-click here").arg(what));
        entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    };
    addHeading(tr("Sources"));
    for (NewDevice kind :
         {NewDevice::Grid, NewDevice::PV, NewDevice::WT, NewDevice::HT, NewDevice::MT})
        addDevice(kind);
    addHeading(tr("Demand and storage"));
    addDevice(NewDevice::Load);
    addDevice(NewDevice::Storage);
    addHeading(tr("Reactive compensation"));
    for (NewDevice kind : {NewDevice::CapacitorUser, NewDevice::CapacitorStationArea,
                           NewDevice::CapacitorLine, NewDevice::CapacitorSubstation})
        addDevice(kind);

    connect(list_, &QListWidget::itemActivated, this, [this](QListWidgetItem* entry) {
        if (entry && entry->data(kDeviceRole).isValid())
            emit deviceActivated(static_cast<NewDevice>(entry->data(kDeviceRole).toInt()));
    });
}

QListWidgetItem* DevicePalette::item(NewDevice kind) const {
    for (int row = 0; row < list_->count(); ++row) {
        QListWidgetItem* entry = list_->item(row);
        if (entry->data(kDeviceRole).isValid() &&
            entry->data(kDeviceRole).toInt() == static_cast<int>(kind))
            return entry;
    }
    return nullptr;
}

} // namespace gridcarbon::gui
