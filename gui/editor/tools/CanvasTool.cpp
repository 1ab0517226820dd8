#include "gui/editor/tools/CanvasTool.h"

#include "gui/editor/FeederView.h"

#include <cmath>

namespace gridcarbon::gui {

CanvasTool::CanvasTool(const ToolContext& context, QObject* parent)
    : QObject(parent), context_(context) {}

bool CanvasTool::mousePress(QMouseEvent*) {
    return false;
}

bool CanvasTool::mouseMove(QMouseEvent*) {
    return false;
}

bool CanvasTool::mouseRelease(QMouseEvent*) {
    return false;
}

bool CanvasTool::keyPress(QKeyEvent*) {
    return false;
}

bool CanvasTool::keyRelease(QKeyEvent*) {
    return false;
}

void CanvasTool::leave() {}

void CanvasTool::cancel() {}

void CanvasTool::paint(QPainter*) const {}

Qt::CursorShape CanvasTool::cursor() const {
    return Qt::ArrowCursor;
}

QGraphicsView::DragMode CanvasTool::dragMode() const {
    return QGraphicsView::NoDrag;
}

QPointF CanvasTool::toScene(QPoint viewport_pos) const {
    return context_.view->mapToScene(viewport_pos);
}

QPointF CanvasTool::snapped(QPointF scene_pos, Qt::KeyboardModifiers modifiers) const {
    const double g = context_.grid ? context_.grid() : 0.0;
    if ((modifiers & Qt::AltModifier) || !(g > 0))
        return scene_pos;
    return {std::round(scene_pos.x() / g) * g, std::round(scene_pos.y() / g) * g};
}

void CanvasTool::beginEdit() const {
    context_.view->stopAutoFit();
}

void CanvasTool::updateFeedback() const {
    context_.view->viewport()->update();
}

} // namespace gridcarbon::gui
