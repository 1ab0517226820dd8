#include "gui/editor/BranchItem.h"

#include "gui/editor/SceneStyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace gridcarbon::gui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("gridcarbon::gui::BranchItem", text);
}

QPointF unit(QPointF v) {
    const qreal len = std::hypot(v.x(), v.y());
    return len > 0 ? v / len : QPointF(1, 0);
}

QPointF rotated(QPointF v, qreal degrees) {
    const qreal a = qDegreesToRadians(degrees);
    return {v.x() * std::cos(a) - v.y() * std::sin(a), v.x() * std::sin(a) + v.y() * std::cos(a)};
}

constexpr qreal kWindingRadius = 0.62 * style::kSymbolRadius;
constexpr qreal kSwitchGap = 1.0 * style::kSymbolRadius;

} // namespace

BranchItem::BranchItem(const gridcarbon::Branch& branch, QPointF from, QPointF to, qreal bow,
                       QGraphicsItem* parent)
    : QGraphicsItem(parent), id_(QString::fromStdString(branch.id)),
      from_id_(QString::fromStdString(branch.from)), to_id_(QString::fromStdString(branch.to)),
      kind_(branch.kind), in_service_(branch.in_service), r_pu_(branch.r_pu), x_pu_(branch.x_pu),
      tap_(branch.tap) {
    const QPointF mid = (from + to) / 2.0;
    setPos(mid);
    from_ = from - mid;
    to_ = to - mid;
    const QPointF d = unit(to - from);
    // The quadratic curve's middle lies `bow` off the chord, so its control point twice that.
    control_ = QPointF(-d.y(), d.x()) * (2.0 * bow);
    length_ = std::hypot(to.x() - from.x(), to.y() - from.y()) + std::abs(bow);
    const qreal trim = length_ > 0 ? std::min(0.45, style::kBusRadius / length_) : 0.0;
    t0_ = trim;
    t1_ = 1.0 - trim;
    setAcceptHoverEvents(true);
    setZValue(0);
    updateToolTip();
}

QPointF BranchItem::at(qreal t) const {
    const qreal u = 1.0 - t;
    return from_ * (u * u) + control_ * (2.0 * u * t) + to_ * (t * t);
}

QPointF BranchItem::tangent(qreal t) const {
    return unit((control_ - from_) * (1.0 - t) + (to_ - control_) * t);
}

QPolygonF BranchItem::polyline(qreal ta, qreal tb) const {
    QPolygonF line;
    const bool straight = qFuzzyIsNull(control_.x()) && qFuzzyIsNull(control_.y());
    const int steps = straight ? 1 : 32;
    for (int i = 0; i <= steps; ++i)
        line << at(ta + (tb - ta) * i / steps);
    return line;
}

void BranchItem::setFlow(const gridcarbon::BranchFlow& flow) {
    flow_ = flow;
    updateToolTip();
}

void BranchItem::clearFlow() {
    flow_.reset();
    updateToolTip();
}

void BranchItem::updateToolTip() {
    const QString title = isTransformer() ? tr("Transformer %1") : tr("Line %1");
    QString tip =
        QStringLiteral("<b>%1</b> (%2 &rarr; %3)")
            .arg(title.arg(id_.toHtmlEscaped()), from_id_.toHtmlEscaped(), to_id_.toHtmlEscaped());
    tip += QStringLiteral("<table>");
    const auto row = [&tip](const QString& key, const QString& value) {
        tip += QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>").arg(key, value);
    };
    row(tr("Status"), in_service_ ? tr("in service") : tr("open"));
    row(tr("R"), tr("%1 p.u.").arg(r_pu_, 0, 'g', 5));
    row(tr("X"), tr("%1 p.u.").arg(x_pu_, 0, 'g', 5));
    if (isTransformer())
        row(tr("Tap"), QString::number(tap_, 'g', 5));
    if (flow_ && in_service_) {
        row(tr("P (from)"), tr("%1 MW").arg(flow_->p_from_mw, 0, 'f', 4));
        row(tr("Q (from)"), tr("%1 MVAr").arg(flow_->q_from_mvar, 0, 'f', 4));
        row(tr("Loss"), tr("%1 kW").arg(flow_->loss_kw, 0, 'f', 2));
    }
    tip += QStringLiteral("</table>");
    setToolTip(tip);
}

QRectF BranchItem::boundingRect() const {
    const qreal pad = style::kSymbolRadius + 4.0;
    return polyline(0.0, 1.0).boundingRect().adjusted(-pad, -pad, pad, pad);
}

QPainterPath BranchItem::shape() const {
    QPainterPath line;
    line.addPolygon(polyline(t0_, t1_));
    QPainterPathStroker stroker;
    stroker.setWidth(6.0);
    QPainterPath s = stroker.createStroke(line);
    if (isTransformer())
        s.addEllipse(at(0.5), 1.6 * kWindingRadius, 1.6 * kWindingRadius);
    return s;
}

void BranchItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*) {
    p->setRenderHint(QPainter::Antialiasing);
    p->setBrush(Qt::NoBrush);
    const bool hovered = option->state & QStyle::State_MouseOver;
    const QColor color = in_service_ ? style::ink() : style::mutedInk();
    const qreal width = hovered ? 2.8 : 1.8;

    if (in_service_) {
        p->setPen(style::cosmeticPen(p, color, width));
        p->drawPolyline(polyline(t0_, t1_));
    } else {
        // Dashed with a gap holding an open switch blade: in the middle, or nearer the from end
        // for a transformer, which keeps the middle for its windings.
        const qreal centre = isTransformer() ? 0.3 : 0.5;
        const qreal gap = std::min(kSwitchGap, length_ / (isTransformer() ? 8.0 : 3.0));
        const qreal dt = length_ > 0 ? gap / length_ : 0.0;
        const QPointF c1 = at(centre - dt), c2 = at(centre + dt);
        QPen dashed = style::cosmeticPen(p, color, width, Qt::DashLine);
        dashed.setDashPattern({4.0, 3.0});
        p->setPen(dashed);
        p->drawPolyline(polyline(t0_, centre - dt));
        p->drawPolyline(polyline(centre + dt, t1_));
        p->setPen(style::cosmeticPen(p, color, width + 0.4));
        p->setBrush(style::canvas());
        const qreal contact = 0.22 * style::kSymbolRadius;
        // The blade hinges on the first contact and stands open by 30 degrees.
        const QPointF blade = rotated(tangent(centre), -30.0) * (2.0 * gap * 1.05);
        p->drawLine(c1, c1 + blade);
        p->drawEllipse(c1, contact, contact);
        p->drawEllipse(c2, contact, contact);
    }

    if (isTransformer()) {
        const QPointF c = at(0.5), d = tangent(0.5);
        const qreal offset = 0.55 * kWindingRadius;
        // Fill both first so the line does not show through, then draw the interlaced outlines.
        p->setPen(Qt::NoPen);
        p->setBrush(style::canvas());
        p->drawEllipse(c - d * offset, kWindingRadius, kWindingRadius);
        p->drawEllipse(c + d * offset, kWindingRadius, kWindingRadius);
        p->setPen(style::cosmeticPen(p, color, width));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(c - d * offset, kWindingRadius, kWindingRadius);
        p->drawEllipse(c + d * offset, kWindingRadius, kWindingRadius);
    }
}

} // namespace gridcarbon::gui
