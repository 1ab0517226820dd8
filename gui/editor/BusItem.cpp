#include "gui/editor/BusItem.h"

#include "gui/editor/SceneStyle.h"
#include "gui/views/CarbonColorMap.h"
#include "gui/views/VoltageColorMap.h"

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

void BusItem::setOverlay(Overlay overlay) {
    overlay_ = overlay;
    updateLabel();
    update();
}

void BusItem::updateLabel() {
    QString value;
    if (show_value_ && overlay_ == Overlay::Voltage && state_)
        value = state_->energised ? QString::number(state_->vm_pu, 'f', 3) : tr("off");
    if (show_value_ && overlay_ == Overlay::Carbon && carbon_)
        value = std::isfinite(carbon_->intensity_t_per_mwh)
                    ? QString::number(carbon_->intensity_t_per_mwh, 'f', 3)
                    : tr("off");
    label_->setValue(value);
}

QColor BusItem::fillColor() const {
    if (overlay_ == Overlay::Carbon)
        return carbon_ ? CarbonColorMap::color(carbon_->intensity_t_per_mwh)
                       : style::noResultFill();
    if (!state_)
        return style::noResultFill();
    return state_->energised ? VoltageColorMap::color(state_->vm_pu) : style::deEnergisedFill();
}

void BusItem::setVoltage(const gridcarbon::BusState& state) {
    state_ = state;
    resultChanged();
}

void BusItem::clearVoltage() {
    state_.reset();
    resultChanged();
}

void BusItem::setCarbon(const gridcarbon::carbon::BusCarbon& carbon) {
    carbon_ = carbon;
    resultChanged();
}

void BusItem::clearCarbon() {
    carbon_.reset();
    resultChanged();
}

void BusItem::resultChanged() {
    updateLabel();
    updateToolTip();
    update();
}

void BusItem::updateToolTip() {
    QString tip = QStringLiteral("<b>%1</b>").arg(tr("Bus %1").arg(id_.toHtmlEscaped()));
    if (!name_.isEmpty() && name_ != id_)
        tip += QStringLiteral(" &mdash; %1").arg(name_.toHtmlEscaped());
    tip += QStringLiteral("<table>");
    const auto row = [&tip](const QString& key, const QString& value) {
        tip += QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>").arg(key, value);
    };
    if (base_kv_ > 0)
        row(tr("Base voltage"), tr("%1 kV").arg(base_kv_, 0, 'g', 6));
    if (state_ && state_->energised) {
        row(tr("Vm"), tr("%1 p.u.").arg(state_->vm_pu, 0, 'f', 4));
        row(tr("Va"), tr("%1°").arg(state_->va_deg, 0, 'f', 3));
    } else if (state_) {
        row(tr("State"), tr("not energised"));
    } else {
        row(tr("Vm"), tr("no power-flow result"));
    }
    if (carbon_) {
        const auto& c = *carbon_;
        if (std::isfinite(c.intensity_t_per_mwh))
            row(tr("Carbon intensity"), tr("%1 t/MWh").arg(c.intensity_t_per_mwh, 0, 'f', 4));
        else
            row(tr("Carbon intensity"), tr("none (not energised)"));
        if (c.source == gridcarbon::carbon::IntensitySource::NoThroughFlow)
            row(QString(), tr("(no through-flow: that of its feeding bus)"));
        row(tr("Load"), tr("%1 MW").arg(c.load_mw, 0, 'f', 4));
        row(tr("Load emission"), tr("%1 t/h").arg(c.load_emission_t_per_h, 0, 'f', 4));
        row(tr("Through-flow"), tr("%1 MW").arg(c.through_flow_mw, 0, 'f', 4));
    }
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
