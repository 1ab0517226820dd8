#include "gui/editor/DeviceItem.h"

#include "gui/style/SceneStyle.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace gridcarbon::gui {

namespace {

// The disc that picks the symbol and shows its selection (scene units).
constexpr qreal kPickRadius = 1.45 * style::kSymbolRadius;

} // namespace

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
        .united(QRectF(-kPickRadius, -kPickRadius, 2 * kPickRadius, 2 * kPickRadius))
        .united(QRectF(bus_, junction_).normalized())
        .united(QRectF(junction_, elbow_).normalized())
        .adjusted(-3, -3, 3, 3);
}

QPolygonF DeviceItem::connection() const {
    // From the bus's rim along the trunk, across to the elbow, then to the symbol.
    const QPointF trunk = junction_ - bus_;
    const qreal trunk_len = std::hypot(trunk.x(), trunk.y());
    const QPointF rim =
        trunk_len > style::kBusRadius ? bus_ + trunk * (style::kBusRadius / trunk_len) : junction_;
    QPolygonF line;
    line << rim << junction_ << elbow_ << -dir_ * symbolLineInset(info_.kind, style::kSymbolRadius);
    return line;
}

QPainterPath DeviceItem::shape() const {
    QPainterPath line;
    line.addPolygon(connection());
    QPainterPathStroker stroker;
    stroker.setWidth(6.0);
    QPainterPath s = stroker.createStroke(line);
    s.addEllipse(QPointF(0, 0), kPickRadius, kPickRadius);
    return s.simplified();
}

void DeviceItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*) {
    p->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state & QStyle::State_Selected;
    const bool hovered = option->state & QStyle::State_MouseOver;
    const QColor color = selected ? style::selection() : style::ink();
    const qreal r = style::kSymbolRadius;

    if (selected) {
        // A soft disc behind the symbol: coloured symbol bodies hide a coloured outline.
        QColor halo = style::selection();
        halo.setAlphaF(0.22f);
        p->setPen(Qt::NoPen);
        p->setBrush(halo);
        p->drawEllipse(QPointF(0, 0), kPickRadius, kPickRadius);
    }

    const QPolygonF line = connection();
    p->setPen(style::cosmeticPen(p, info_.in_service ? color : style::mutedInk(), 1.5,
                                 info_.in_service ? Qt::SolidLine : Qt::DashLine));
    p->setBrush(Qt::NoBrush);
    p->drawPolyline(line);

    p->setPen(style::cosmeticPen(p, color, selected || hovered ? 2.4 : 1.5));
    const QFont font = scene() ? scene()->font() : QFont();
    paintDeviceSymbol(*p, info_.kind, r, dir_, font, info_.badge, info_.in_service);
}

} // namespace gridcarbon::gui
