#include "gui/editor/DeviceItem.h"

#include "gui/editor/SceneStyle.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace gridcarbon::gui {

DeviceItem::DeviceItem(DeviceInfo info, const DeviceAttachment& at, QGraphicsItem* parent)
    : QGraphicsItem(parent), info_(std::move(info)) {
    setPos(at.symbol);
    bus_ = at.bus - at.symbol;
    junction_ = at.junction - at.symbol;
    elbow_ = at.elbow - at.symbol;
    const qreal len = std::hypot(at.dir.x(), at.dir.y());
    dir_ = len > 0 ? at.dir / len : QPointF(0, 1);
    setZValue(1);
    setAcceptHoverEvents(true);
    setFlag(ItemIsSelectable);
    setToolTip(info_.tool_tip);
}

QRectF DeviceItem::boundingRect() const {
    return deviceSymbolBounds(info_.kind, style::kSymbolRadius)
        .united(QRectF(bus_, junction_).normalized())
        .united(QRectF(junction_, elbow_).normalized())
        .adjusted(-3, -3, 3, 3);
}

void DeviceItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*) {
    p->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state & QStyle::State_Selected;
    const bool hovered = option->state & QStyle::State_MouseOver;
    const QColor color = selected ? style::selection() : style::ink();
    const qreal r = style::kSymbolRadius;

    // The connecting line: from the bus's rim along the trunk, across to the elbow, then to
    // the symbol.
    const QPointF trunk = junction_ - bus_;
    const qreal trunk_len = std::hypot(trunk.x(), trunk.y());
    const QPointF rim =
        trunk_len > style::kBusRadius ? bus_ + trunk * (style::kBusRadius / trunk_len) : junction_;
    QPolygonF line;
    line << rim << junction_ << elbow_ << -dir_ * symbolLineInset(info_.kind, r);
    p->setPen(style::cosmeticPen(p, info_.in_service ? color : style::mutedInk(), 1.5,
                                 info_.in_service ? Qt::SolidLine : Qt::DashLine));
    p->setBrush(Qt::NoBrush);
    p->drawPolyline(line);

    p->setPen(style::cosmeticPen(p, color, selected || hovered ? 2.4 : 1.5));
    const QFont font = scene() ? scene()->font() : QFont();
    paintDeviceSymbol(*p, info_.kind, r, dir_, font, info_.badge, info_.in_service);
}

} // namespace gridcarbon::gui
