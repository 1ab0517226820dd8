#include "gui/editor/BranchItem.h"

#include "gui/style/SceneStyle.h"

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

// How wide (pixels on screen) a branch is for the mouse.
constexpr qreal kPickWidth = 8.0;

// The arrow on screen, for a line `width` pixels wide: long and wide enough to stand
// out of the widest line.
qreal arrowLength(qreal width) {
    return 0.9 * width + 9.0;
}
qreal arrowHalfWidth(qreal width) {
    return 0.5 * width + 4.5;
}

} // namespace

BranchItem::BranchItem(const gridcarbon::Branch& branch, QPointF from, QPointF to, qreal bow,
                       QGraphicsItem* parent)
    : QGraphicsItem(parent), id_(QString::fromStdString(branch.id)),
      from_id_(QString::fromStdString(branch.from)), to_id_(QString::fromStdString(branch.to)),
      kind_(branch.kind), in_service_(branch.in_service), r_pu_(branch.r_pu), x_pu_(branch.x_pu),
      tap_(branch.tap), line_type_(QString::fromStdString(branch.line_type)),
      length_km_(branch.length_km), bow_(bow) {
    setEnds(from, to);
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(0);
    updateToolTip();
}

void BranchItem::setEnds(QPointF from, QPointF to) {
    prepareGeometryChange();
    const QPointF mid = (from + to) / 2.0;
    setPos(mid);
    from_ = from - mid;
    to_ = to - mid;
    const QPointF d = unit(to - from);
    // The quadratic curve's middle lies `bow` off the chord, so its control point twice that.
    control_ = QPointF(-d.y(), d.x()) * (2.0 * bow_);
    length_ = std::hypot(to.x() - from.x(), to.y() - from.y()) + std::abs(bow_);
    const qreal trim = length_ > 0 ? std::min(0.45, style::kBusRadius / length_) : 0.0;
    t0_ = trim;
    t1_ = 1.0 - trim;
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

void BranchItem::setOverlayValues(QHash<QString, OverlayBranch> values, const QString& tooltip_rows,
                                  const QString& shown) {
    overlays_ = std::move(values);
    overlay_rows_ = tooltip_rows;
    shown_ = shown;
    updateToolTip();
    update();
}

void BranchItem::setShownOverlay(const QString& shown) {
    shown_ = shown;
    update();
}

std::optional<OverlayBranch> BranchItem::overlayValue(const QString& name) const {
    const auto it = overlays_.constFind(name);
    if (it == overlays_.cend())
        return std::nullopt;
    return *it;
}

void BranchItem::setViewScale(qreal scale) {
    if (scale <= 0 || qFuzzyCompare(scale, view_scale_))
        return;
    prepareGeometryChange();
    view_scale_ = scale;
}

const OverlayBranch* BranchItem::shownValue() const {
    if (!in_service_)
        return nullptr;
    const auto it = overlays_.constFind(shown_);
    return it == overlays_.cend() ? nullptr : &*it;
}

int BranchItem::arrowDirection() const {
    const OverlayBranch* v = shownValue();
    return v ? v->direction : 0;
}

QColor BranchItem::lineColor() const {
    if (!in_service_)
        return style::mutedInk();
    const OverlayBranch* v = shownValue();
    return v && v->colour ? *v->colour : style::ink();
}

qreal BranchItem::lineWidth() const {
    const OverlayBranch* v = shownValue();
    if (!v || !v->width)
        return kPlainLineWidth;
    return std::clamp(*v->width, 0.5, kMaxOverlayLineWidth);
}

void BranchItem::updateToolTip() {
    const QString title = isTransformer() ? tr("Transformer %1") : tr("Line %1");
    QString tip =
        QStringLiteral("<b>%1</b> (%2 &rarr; %3)")
            .arg(title.arg(id_.toHtmlEscaped()), from_id_.toHtmlEscaped(), to_id_.toHtmlEscaped());
    tip += QStringLiteral("<table>");
    tip += overlayRow(tr("Status"), in_service_ ? tr("in service") : tr("open"));
    if (!line_type_.isEmpty())
        tip += overlayRow(tr("Line type"), line_type_.toHtmlEscaped());
    if (length_km_ > 0.0)
        tip += overlayRow(tr("Length"), tr("%1 km").arg(length_km_, 0, 'g', 5));
    tip += overlayRow(tr("R"), tr("%1 p.u.").arg(r_pu_, 0, 'g', 5));
    tip += overlayRow(tr("X"), tr("%1 p.u.").arg(x_pu_, 0, 'g', 5));
    if (isTransformer())
        tip += overlayRow(tr("Tap"), QString::number(tap_, 'g', 5));
    if (in_service_)
        tip += overlay_rows_;
    tip += QStringLiteral("</table>");
    setToolTip(tip);
}

QRectF BranchItem::sceneExtent() const {
    const qreal pad = style::kSymbolRadius + 4.0;
    return mapRectToScene(polyline(0.0, 1.0).boundingRect().adjusted(-pad, -pad, pad, pad));
}

QRectF BranchItem::boundingRect() const {
    // The widest overlay line and its arrow keep their size on screen.
    const qreal on_screen = arrowLength(kMaxOverlayLineWidth) + 2.0;
    const qreal pad = std::max(style::kSymbolRadius + 4.0, on_screen / view_scale_);
    return polyline(0.0, 1.0).boundingRect().adjusted(-pad, -pad, pad, pad);
}

QPainterPath BranchItem::shape() const {
    QPainterPath line;
    line.addPolygon(polyline(t0_, t1_));
    QPainterPathStroker stroker;
    // At least kPickWidth pixels on screen, so that a thin line stays easy to click.
    stroker.setWidth(std::max(6.0, kPickWidth / view_scale_));
    QPainterPath s = stroker.createStroke(line);
    if (isTransformer())
        s.addEllipse(at(0.5), 1.6 * kWindingRadius, 1.6 * kWindingRadius);
    return s;
}

void BranchItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*) {
    p->setRenderHint(QPainter::Antialiasing);
    p->setBrush(Qt::NoBrush);
    const bool hovered = option->state & QStyle::State_MouseOver;
    const QColor color = lineColor();
    const qreal width = lineWidth() + (hovered ? 1.0 : 0.0);

    if (option->state & QStyle::State_Selected) {
        // A translucent halo under the line, so that the line keeps its own colour (the
        // overlay's information) while selected.
        QColor halo = style::selection();
        halo.setAlphaF(0.35f);
        p->setPen(style::cosmeticPen(p, halo, width + 7.0));
        p->drawPolyline(polyline(t0_, t1_));
    }

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

    if (arrowDirection() != 0)
        paintArrow(p, color);
}

void BranchItem::paintArrow(QPainter* p, const QColor& color) const {
    const qreal width = lineWidth();
    const qreal length = arrowLength(width) / view_scale_;
    const qreal half = arrowHalfWidth(width) / view_scale_;
    // Too short on screen to hold an arrow clear of the bus circles.
    if ((t1_ - t0_) * length_ < 2.5 * length)
        return;
    // Off the middle of a transformer, which holds its windings.
    const qreal t = isTransformer() ? 0.22 : 0.5;
    const QPointF dir = tangent(t) * arrowDirection();
    const QPointF normal(-dir.y(), dir.x());
    const QPointF tip = at(t) + dir * (length / 2.0);
    const QPointF base = tip - dir * length;
    QPolygonF arrow;
    arrow << tip << base + normal * half << base + dir * (0.25 * length) << base - normal * half;
    p->setPen(style::cosmeticPen(p, style::canvas(), 1.2));
    p->setBrush(color.darker(150));
    p->drawPolygon(arrow);
}

} // namespace gridcarbon::gui
