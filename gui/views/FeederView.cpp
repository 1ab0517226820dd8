#include "gui/views/FeederView.h"

#include "gui/editor/FeederScene.h"
#include "gui/views/CarbonColorMap.h"
#include "gui/views/ScalarLegend.h"
#include "gui/views/VoltageColorMap.h"

#include <QEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace gridcarbon::gui {

namespace {

constexpr qreal kMinZoom = 0.02;
constexpr qreal kMaxZoom = 25.0;
constexpr qreal kMaxFitZoom = 1.6; // small cases are not blown up beyond this
constexpr qreal kStep = 1.25;

} // namespace

FeederView::FeederView(QWidget* parent) : QGraphicsView(parent) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Base);

    // Children of the view, not of its viewport, so that scrolling does not move them.
    voltage_legend_ = new ScalarLegend(
        VoltageColorMap::scale(), {tr("Bus voltage magnitude (p.u.)"), tr("p.u."), 2, 4}, this);
    carbon_legend_ = new ScalarLegend(
        CarbonColorMap::scale(), {tr("Nodal carbon intensity (t/MWh)"), tr("t/MWh"), 2, 3}, this);
    for (ScalarLegend* legend : {voltage_legend_, carbon_legend_}) {
        legend->adjustSize();
        legend->installEventFilter(this);
    }
    carbon_legend_->hide();

    const auto user_moved = [this] {
        if (!fitting_)
            auto_fit_ = false;
    };
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, user_moved);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, user_moved);
}

void FeederView::setPlaceholderText(const QString& text) {
    placeholder_ = text;
    viewport()->update();
}

ScalarLegend* FeederView::legend() const {
    return overlay_ == Overlay::Carbon ? carbon_legend_ : voltage_legend_;
}

void FeederView::setOverlay(Overlay overlay) {
    overlay_ = overlay;
    voltage_legend_->setVisible(overlay == Overlay::Voltage);
    carbon_legend_->setVisible(overlay == Overlay::Carbon);
    placeLegend();
    refit();
}

qreal FeederView::zoom() const {
    return transform().m11();
}

void FeederView::zoomIn() {
    zoomBy(kStep, false);
}

void FeederView::zoomOut() {
    zoomBy(1.0 / kStep, false);
}

void FeederView::zoomBy(qreal factor, bool under_mouse) {
    const qreal target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    factor = target / zoom();
    if (std::abs(factor - 1.0) < 1e-9)
        return;
    auto_fit_ = false;
    const auto anchor = transformationAnchor();
    setTransformationAnchor(under_mouse ? QGraphicsView::AnchorUnderMouse
                                        : QGraphicsView::AnchorViewCenter);
    scale(factor, factor);
    setTransformationAnchor(anchor);
    scaleChanged();
}

QRectF FeederView::drawingRect() const {
    if (const auto* feeder = qobject_cast<const FeederScene*>(scene()))
        return feeder->drawingRect();
    return scene() ? scene()->itemsBoundingRect() : QRectF();
}

void FeederView::fitDrawing() {
    auto_fit_ = true;
    const QRectF drawing = drawingRect();
    if (drawing.isEmpty())
        return;
    fitting_ = true;
    const qreal em = fontMetrics().height();
    // Room around the drawing for the bus labels, which keep their size on screen.
    const qreal margin = 3.0 * em;
    const QSizeF vp = viewport()->size();
    const auto scaleFor = [&](qreal avail_w, qreal avail_h) {
        return std::clamp(std::min(avail_w / drawing.width(), avail_h / drawing.height()), kMinZoom,
                          kMaxFitZoom);
    };

    // The whole canvas, unless the drawing would then run under the legend; in that case the
    // larger of the column left of the legend and the band below it.
    QRectF area(margin, margin, std::max<qreal>(vp.width() - 2 * margin, 1.0),
                std::max<qreal>(vp.height() - 2 * margin, 1.0));
    qreal s = scaleFor(area.width(), area.height());
    const ScalarLegend* shown = legend();
    if (shown->isVisible()) {
        const QSizeF size = drawing.size() * s;
        const QRectF on_screen(QPointF(vp.width() - size.width(), vp.height() - size.height()) / 2,
                               size);
        const QRect legend_rect(viewport()->mapFrom(this, shown->geometry().topLeft()),
                                shown->size());
        if (on_screen.adjusted(-em, -em, em, em).intersects(legend_rect)) {
            QRectF column = area;
            column.setRight(std::max<qreal>(legend_rect.left() - em - margin, vp.width() * 0.4));
            QRectF band = area;
            band.setTop(std::min<qreal>(legend_rect.bottom() + em, vp.height() * 0.6));
            const qreal s_column = scaleFor(column.width(), column.height());
            const qreal s_band = scaleFor(band.width(), band.height());
            area = s_band > s_column ? band : column;
            s = std::max(s_band, s_column);
        }
    }
    setTransform(QTransform::fromScale(s, s));
    // Centre the drawing in the chosen area.
    const QPointF shift = QRectF(QPointF(0, 0), vp).center() - area.center();
    centerOn(drawing.center() + shift / s);
    fitting_ = false;
    scaleChanged();
}

void FeederView::scaleChanged() {
    if (auto* feeder = qobject_cast<FeederScene*>(scene()))
        feeder->setViewScale(zoom());
}

void FeederView::refit() {
    if (auto_fit_)
        fitDrawing();
}

void FeederView::wheelEvent(QWheelEvent* event) {
    const QPoint delta = event->angleDelta();
    if (delta.y() == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(kStep, delta.y() / 120.0), true);
    event->accept();
}

void FeederView::resizeEvent(QResizeEvent* event) {
    // The scroll bars move with the resize anchor: that is not the user panning.
    const bool was_fitting = fitting_;
    fitting_ = true;
    QGraphicsView::resizeEvent(event);
    fitting_ = was_fitting;
    placeLegend();
    if (auto_fit_)
        fitDrawing();
}

bool FeederView::eventFilter(QObject* watched, QEvent* event) {
    // The legend sizes itself to its text; keep it in its corner, and the drawing clear of it.
    if (watched == legend() && (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        placeLegend();
        refit();
    }
    return QGraphicsView::eventFilter(watched, event);
}

void FeederView::placeLegend() {
    const int margin = fontMetrics().height();
    const QRect vp = viewport()->geometry();
    ScalarLegend* shown = legend();
    shown->move(vp.right() - shown->width() - margin + 1, vp.top() + margin);
    shown->raise();
}

void FeederView::drawForeground(QPainter* painter, const QRectF& rect) {
    QGraphicsView::drawForeground(painter, rect);
    if (placeholder_.isEmpty() || (scene() && !scene()->items().isEmpty()))
        return;
    painter->save();
    painter->resetTransform();
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->setFont(font());
    painter->drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
    painter->restore();
}

} // namespace gridcarbon::gui
