#include "gui/editor/FeederView.h"

#include "gui/editor/BusItem.h"
#include "gui/editor/DeviceMime.h"
#include "gui/editor/FeederScene.h"
#include "gui/editor/tools/CanvasTool.h"
#include "gui/overlay/ScalarLegend.h"
#include "gui/style/SceneStyle.h"

#include <QDragEnterEvent>
#include <QDragLeaveEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
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
constexpr int kPickTolerance = 3; // pixels around the pointer that still hit an element

} // namespace

FeederView::FeederView(QWidget* parent) : QGraphicsView(parent) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    // The select tool turns on the rubber band; panning is the middle button's (or Space's).
    setDragMode(QGraphicsView::NoDrag);
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Base);

    const auto user_moved = [this] {
        if (!fitting_)
            auto_fit_ = false;
    };
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, user_moved);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, user_moved);
}

void FeederView::setScene(FeederScene* scene) {
    for (const auto& c : std::as_const(scene_connections_))
        disconnect(c);
    scene_connections_.clear();
    QGraphicsView::setScene(scene);
    if (scene) {
        scene_connections_ = {
            connect(scene, &QGraphicsScene::sceneRectChanged, this, &FeederView::syncSceneRect),
            connect(scene, &FeederScene::overlayChanged, this, &FeederView::overlayChanged),
            connect(scene, &FeederScene::shownOverlayChanged, this, &FeederView::showLegend)};
        for (const QString& name : scene->overlayNames())
            overlayChanged(name);
        showLegend(scene->shownOverlay());
    }
    syncSceneRect();
}

void FeederView::overlayChanged(const QString& name) {
    const auto* feeder = qobject_cast<const FeederScene*>(scene());
    const FeederOverlay* overlay = feeder ? feeder->overlay(name) : nullptr;
    if (!overlay)
        return;
    ScalarLegend* legend = legends_.value(name, nullptr);
    if (!legend) {
        // A child of the view, not of its viewport, so that scrolling does not move it.
        legend = new ScalarLegend(this);
        legend->setLegend(overlay->legend);
        legend->adjustSize();
        legend->installEventFilter(this);
        legend->setVisible(name == shown_legend_);
        legends_.insert(name, legend);
        return;
    }
    legend->setLegend(overlay->legend);
}

void FeederView::syncSceneRect() {
    if (!scene())
        return;
    QRectF rect = scene()->sceneRect();
    const QRect vp = viewport()->rect();
    const QPointF centre = mapToScene(vp.center());
    if (!auto_fit_)
        rect |= mapToScene(vp).boundingRect();
    if (rect == sceneRect())
        return;
    // Scroll-bar changes made here are not the user panning.
    const bool was_fitting = fitting_;
    fitting_ = true;
    setSceneRect(rect);
    // A rectangle smaller than the viewport was centred in it; a larger one scrolls, and the
    // scroll position would otherwise jump to wherever the old one left it.
    if (!auto_fit_ && QLineF(centre, mapToScene(vp.center())).length() * zoom() > 0.5)
        centerOn(centre);
    fitting_ = was_fitting;
}

void FeederView::setTool(CanvasTool* tool) {
    if (tool_ == tool)
        return;
    tool_ = tool;
    setDragMode(tool ? tool->dragMode() : QGraphicsView::NoDrag);
    updateCursor();
    viewport()->update();
}

void FeederView::stopAutoFit() {
    if (!auto_fit_)
        return;
    auto_fit_ = false;
    syncSceneRect();
}

std::optional<gridcarbon::ElementRef> FeederView::elementAt(QPoint viewport_pos) const {
    const QRect around(viewport_pos - QPoint(kPickTolerance, kPickTolerance),
                       QSize(2 * kPickTolerance + 1, 2 * kPickTolerance + 1));
    // Exactly under the pointer first, then the tolerance around it.
    for (const QRect& area : {QRect(viewport_pos, QSize(1, 1)), around}) {
        for (const QGraphicsItem* item : items(area)) {
            if (!item->isVisible())
                continue;
            if (auto ref = FeederScene::elementOf(item))
                return ref;
        }
    }
    return std::nullopt;
}

QString FeederView::busAt(QPoint viewport_pos) const {
    const auto ref = elementAt(viewport_pos);
    return ref && ref->kind == gridcarbon::ElementKind::Bus ? QString::fromStdString(ref->id)
                                                            : QString();
}

void FeederView::updateCursor() {
    Qt::CursorShape shape = tool_ ? tool_->cursor() : Qt::ArrowCursor;
    if (pan_button_ != Qt::NoButton)
        shape = Qt::ClosedHandCursor;
    else if (space_held_)
        shape = Qt::OpenHandCursor;
    viewport()->setCursor(shape);
}

bool FeederView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::Leave && tool_)
        tool_->leave();
    return QGraphicsView::viewportEvent(event);
}

void FeederView::mousePressEvent(QMouseEvent* event) {
    const bool pan =
        event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && space_held_);
    if (pan && pan_button_ == Qt::NoButton) {
        pan_button_ = event->button();
        pan_last_ = event->position().toPoint();
        updateCursor();
        event->accept();
        return;
    }
    if (pan_button_ != Qt::NoButton || (tool_ && tool_->mousePress(event))) {
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void FeederView::mouseMoveEvent(QMouseEvent* event) {
    if (pan_button_ != Qt::NoButton) {
        const QPoint p = event->position().toPoint();
        const QPoint delta = p - pan_last_;
        pan_last_ = p;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    if (tool_ && tool_->mouseMove(event)) {
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void FeederView::mouseReleaseEvent(QMouseEvent* event) {
    if (pan_button_ != Qt::NoButton) {
        if (event->button() == pan_button_) {
            pan_button_ = Qt::NoButton;
            updateCursor();
        }
        event->accept();
        return;
    }
    if (tool_ && tool_->mouseRelease(event)) {
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void FeederView::mouseDoubleClickEvent(QMouseEvent* event) {
    // The second press of a double click is a press like any other for the tools.
    if (pan_button_ == Qt::NoButton && event->button() != Qt::MiddleButton && !space_held_ &&
        tool_ && tool_->mousePress(event)) {
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

bool FeederView::spaceKey(QKeyEvent* event, bool held) {
    if (event->key() != Qt::Key_Space)
        return false;
    if (!event->isAutoRepeat()) {
        space_held_ = held;
        updateCursor();
    }
    event->accept();
    return true;
}

void FeederView::keyPressEvent(QKeyEvent* event) {
    if (spaceKey(event, true))
        return;
    if (tool_ && tool_->keyPress(event)) {
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void FeederView::keyReleaseEvent(QKeyEvent* event) {
    if (spaceKey(event, false))
        return;
    if (tool_ && tool_->keyRelease(event)) {
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void FeederView::focusOutEvent(QFocusEvent* event) {
    // The Space release goes to whatever has the focus now.
    space_held_ = false;
    updateCursor();
    QGraphicsView::focusOutEvent(event);
}

void FeederView::setDropTarget(const QString& bus) {
    if (bus == drop_bus_)
        return;
    drop_bus_ = bus;
    viewport()->update();
}

void FeederView::dragEnterEvent(QDragEnterEvent* event) {
    if (!deviceFromMime(event->mimeData())) {
        QGraphicsView::dragEnterEvent(event);
        return;
    }
    // Accepted anywhere, so that a drop beside a bus can say why nothing was added.
    event->acceptProposedAction();
    setDropTarget(busAt(event->position().toPoint()));
}

void FeederView::dragMoveEvent(QDragMoveEvent* event) {
    if (!deviceFromMime(event->mimeData())) {
        QGraphicsView::dragMoveEvent(event);
        return;
    }
    event->acceptProposedAction();
    setDropTarget(busAt(event->position().toPoint()));
}

void FeederView::dragLeaveEvent(QDragLeaveEvent* event) {
    setDropTarget({});
    QGraphicsView::dragLeaveEvent(event);
}

void FeederView::dropEvent(QDropEvent* event) {
    const auto kind = deviceFromMime(event->mimeData());
    if (!kind) {
        QGraphicsView::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    setDropTarget({});
    emit deviceDropped(*kind, busAt(event->position().toPoint()));
}

void FeederView::setPlaceholderText(const QString& text) {
    placeholder_ = text;
    viewport()->update();
}

ScalarLegend* FeederView::legend(const QString& name) const {
    return legends_.value(name, nullptr);
}

ScalarLegend* FeederView::legend() const {
    return legend(shown_legend_);
}

void FeederView::showLegend(const QString& name) {
    shown_legend_ = name;
    for (auto it = legends_.cbegin(); it != legends_.cend(); ++it)
        it.value()->setVisible(it.key() == name);
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
    syncSceneRect();
    scaleChanged();
}

QRectF FeederView::drawingRect() const {
    if (const auto* feeder = qobject_cast<const FeederScene*>(scene()))
        return feeder->drawingRect();
    return scene() ? scene()->itemsBoundingRect() : QRectF();
}

void FeederView::fitDrawing() {
    auto_fit_ = true;
    syncSceneRect();
    const QRectF drawing = drawingRect();
    fitting_ = true;
    if (drawing.isEmpty()) {
        // Nothing drawn yet: actual size around the origin, where drawing starts.
        setTransform(QTransform());
        centerOn(QPointF(0, 0));
        fitting_ = false;
        scaleChanged();
        return;
    }
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
    if (shown && shown->isVisible()) {
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
    else
        syncSceneRect();
}

bool FeederView::eventFilter(QObject* watched, QEvent* event) {
    // The legend sizes itself to its text; keep it in its corner, and the drawing clear of it.
    if (watched && watched == legend() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        placeLegend();
        refit();
    }
    return QGraphicsView::eventFilter(watched, event);
}

void FeederView::placeLegend() {
    const int margin = fontMetrics().height();
    const QRect vp = viewport()->geometry();
    ScalarLegend* shown = legend();
    if (!shown)
        return;
    shown->move(vp.right() - shown->width() - margin + 1, vp.top() + margin);
    shown->raise();
}

void FeederView::drawForeground(QPainter* painter, const QRectF& rect) {
    QGraphicsView::drawForeground(painter, rect);
    if (tool_)
        tool_->paint(painter);
    if (const auto* feeder = qobject_cast<const FeederScene*>(scene());
        feeder && !drop_bus_.isEmpty()) {
        // The bus a dragged device would land on.
        if (const BusItem* bus = feeder->busItem(drop_bus_))
            style::paintTargetRing(painter, bus->pos());
    }
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
