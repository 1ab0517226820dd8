#include "gui/editor/BusItem.h"

#include "gui/style/SceneStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace gridcarbon::gui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("gridcarbon::gui::BusItem", text);
}

// How far the selection ring reaches beyond the circle (scene units).
constexpr qreal kHalo = 5.0;

} // namespace

// The bus id beside the circle, and under it the voltage once there is one, on a soft
// background so that it stays readable where it crosses a line. The label keeps its size on
// screen at every zoom (it ignores the view's scale); when zoomed out so far that it would run
// into the neighbouring buses it drops the voltage, then the id (the tooltip still has both).
class BusLabelItem : public QGraphicsItem {
public:
    BusLabelItem(const QString& text, QGraphicsItem* parent) : QGraphicsItem(parent), text_(text) {
        setAcceptedMouseButtons(Qt::NoButton);
        setAcceptHoverEvents(false);
        setFlag(ItemIgnoresTransformations);
    }

    void setValue(const QString& value) {
        value_ = value;
        relayout();
    }
    void setDirection(QPointF dir) {
        const qreal len = std::hypot(dir.x(), dir.y());
        dir_ = len > 0 ? dir / len : QPointF(1, -1) / std::sqrt(2.0);
        relayout();
    }
    void setViewScale(qreal scale) {
        scale_ = scale;
        relayout();
    }

    QRectF boundingRect() const override { return rect_; }

    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override {
        if (!show_id_)
            return;
        QColor halo = style::canvas();
        halo.setAlphaF(0.85f);
        p->setPen(Qt::NoPen);
        p->setBrush(halo);
        const QFontMetricsF fm(font());
        const qreal radius = fm.height() * 0.25;
        p->drawRoundedRect(rect_, radius, radius);
        // Align the text towards the bus.
        const Qt::Alignment h = dir_.x() > 0.3    ? Qt::AlignLeft
                                : dir_.x() < -0.3 ? Qt::AlignRight
                                                  : Qt::AlignHCenter;
        const QRectF inner = rect_.adjusted(pad(), 0, -pad(), 0);
        p->setFont(font());
        p->setPen(style::ink());
        p->drawText(QRectF(inner.left(), inner.top(), inner.width(), fm.height()),
                    h | Qt::AlignVCenter, text_);
        if (show_value_) {
            p->setFont(valueFont());
            p->setPen(style::mutedInk().darker(125));
            p->drawText(QRectF(inner.left(), inner.top() + fm.height(), inner.width(),
                               inner.height() - fm.height()),
                        h | Qt::AlignVCenter, value_);
        }
    }

private:
    qreal pad() const { return QFontMetricsF(font()).height() * 0.15; }

    // Decides what fits and where the rectangle goes (item coordinates are screen pixels with
    // the bus centre at the origin).
    void relayout() {
        prepareGeometryChange();
        const QFontMetricsF fm(font()), fv(valueFont());
        const qreal id_w = fm.horizontalAdvance(text_);
        const qreal value_w = value_.isEmpty() ? 0.0 : fv.horizontalAdvance(value_);
        // Room between neighbouring buses on screen.
        const qreal room = scale_ * style::kBusSpacing - 2.0 * style::kBusRadius * scale_;
        show_id_ = room >= id_w + 2 * pad();
        show_value_ = show_id_ && !value_.isEmpty() && room >= value_w + fm.height();
        if (!show_id_) {
            rect_ = QRectF();
            return;
        }
        const QSizeF size(std::max(id_w, show_value_ ? value_w : 0.0) + 2 * pad(),
                          fm.height() + (show_value_ ? fv.height() : 0.0));
        const QPointF p = dir_ * (style::kBusRadius * scale_ + 2.0);
        // Map the direction onto the unit square: (1, 0) puts the label's left edge on the ray,
        // (1, -1) its bottom-left corner, (0, 1) the middle of its top edge.
        const qreal m = std::max(std::abs(dir_.x()), std::abs(dir_.y()));
        const qreal sx = dir_.x() / m, sy = dir_.y() / m;
        rect_ = QRectF(QPointF(p.x() + (sx - 1.0) * size.width() / 2.0,
                               p.y() + (sy - 1.0) * size.height() / 2.0),
                       size);
    }

    QFont font() const {
        const QFont base = scene() ? scene()->font() : QFont();
        return style::sceneFont(base, 0.95, true);
    }
    QFont valueFont() const {
        const QFont base = scene() ? scene()->font() : QFont();
        return style::sceneFont(base, 0.8);
    }

    QString text_;
    QString value_;
    QPointF dir_{1, -1};
    qreal scale_ = 1.0;
    bool show_id_ = true;
    bool show_value_ = false;
    QRectF rect_;
};

BusItem::BusItem(const gridcarbon::Bus& bus, QGraphicsItem* parent)
    : QGraphicsItem(parent), id_(QString::fromStdString(bus.id)),
      name_(QString::fromStdString(bus.name)), base_kv_(bus.base_kv) {
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(3);
    label_ = new BusLabelItem(id_, this);
    label_->setZValue(1);
    setLabelDirection(QPointF(1, -1));
    updateToolTip();
}

void BusItem::setViewScale(qreal scale) {
    label_->setViewScale(scale);
}

void BusItem::setLabelDirection(QPointF dir) {
    label_->setDirection(dir);
}

void BusItem::setShowValue(bool show) {
    show_value_ = show;
    updateLabel();
}

void BusItem::setOverlayValues(QHash<QString, OverlayBus> values, const QString& tooltip_rows,
                               const QString& shown) {
    overlays_ = std::move(values);
    overlay_rows_ = tooltip_rows;
    shown_ = shown;
    updateLabel();
    updateToolTip();
    update();
}

void BusItem::setShownOverlay(const QString& shown) {
    shown_ = shown;
    updateLabel();
    update();
}

std::optional<OverlayBus> BusItem::overlayValue(const QString& name) const {
    const auto it = overlays_.constFind(name);
    if (it == overlays_.cend())
        return std::nullopt;
    return *it;
}

void BusItem::updateLabel() {
    const auto it = overlays_.constFind(shown_);
    label_->setValue(show_value_ && it != overlays_.cend() ? it->label : QString());
}

QColor BusItem::fillColor() const {
    const auto it = overlays_.constFind(shown_);
    return it != overlays_.cend() && it->fill.isValid() ? it->fill : style::noResultFill();
}

void BusItem::updateToolTip() {
    QString tip = QStringLiteral("<b>%1</b>").arg(tr("Bus %1").arg(id_.toHtmlEscaped()));
    if (!name_.isEmpty() && name_ != id_)
        tip += QStringLiteral(" &mdash; %1").arg(name_.toHtmlEscaped());
    tip += QStringLiteral("<table>");
    if (base_kv_ > 0)
        tip += overlayRow(tr("Base voltage"), tr("%1 kV").arg(base_kv_, 0, 'g', 6));
    tip += overlay_rows_;
    tip += QStringLiteral("</table>");
    setToolTip(tip);
}

QRectF BusItem::boundingRect() const {
    const qreal r = style::kBusRadius + kHalo + 1.0;
    return QRectF(-r, -r, 2 * r, 2 * r);
}

QPainterPath BusItem::shape() const {
    QPainterPath path;
    path.addEllipse(QPointF(0, 0), style::kBusRadius, style::kBusRadius);
    return path;
}

void BusItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*) {
    p->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state & QStyle::State_Selected;
    const bool hovered = option->state & QStyle::State_MouseOver;
    if (selected) {
        // A soft ring around the circle: visible whatever colour the overlay fills it with.
        QColor halo = style::selection();
        halo.setAlphaF(0.3f);
        p->setPen(Qt::NoPen);
        p->setBrush(halo);
        p->drawEllipse(QPointF(0, 0), style::kBusRadius + kHalo, style::kBusRadius + kHalo);
    }
    p->setPen(style::cosmeticPen(p, selected ? style::selection() : style::ink(),
                                 selected || hovered ? 2.6 : 1.6));
    p->setBrush(fillColor());
    p->drawEllipse(QPointF(0, 0), style::kBusRadius, style::kBusRadius);
}

} // namespace gridcarbon::gui
