#include "gui/editor/tools/SelectTool.h"

#include "gui/editor/BusItem.h"
#include "gui/editor/FeederDocument.h"
#include "gui/editor/FeederEditor.h"
#include "gui/editor/FeederScene.h"
#include "gui/editor/FeederView.h"

#include <QApplication>
#include <QGraphicsItem>
#include <QKeyEvent>
#include <QMouseEvent>

#include <vector>

namespace gridcarbon::gui {

bool SelectTool::mousePress(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || dragging_)
        return dragging_;
    const QPoint at = event->position().toPoint();
    const auto element = context().view->elementAt(at);
    if (!element)
        return false; // empty canvas: the view's rubber band
    QGraphicsItem* item = context().scene->itemOf(*element);
    if (!item)
        return false;
    const bool toggle = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    if (toggle) {
        item->setSelected(!item->isSelected());
        press_.reset();
        return true;
    }
    const bool was_selected = item->isSelected();
    if (!was_selected)
        context().scene->selectElements({*element});
    press_ = Press{*element, at, toScene(at), was_selected};
    return true;
}

bool SelectTool::mouseMove(QMouseEvent* event) {
    if (!press_ || !(event->buttons() & Qt::LeftButton))
        return false;
    const QPoint at = event->position().toPoint();
    if (!dragging_) {
        if ((at - press_->at).manhattanLength() < QApplication::startDragDistance())
            return true;
        startDrag();
        if (!dragging_)
            return true;
    }
    dragTo(toScene(at), event->modifiers());
    return true;
}

bool SelectTool::mouseRelease(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !press_)
        return false;
    if (dragging_) {
        finishDrag();
    } else if (press_->was_selected) {
        // A click (no drag) on a member of a selection selects it alone.
        context().scene->selectElements({press_->element});
    }
    press_.reset();
    return true;
}

bool SelectTool::keyPress(QKeyEvent* event) {
    if (dragging_ && event->key() == Qt::Key_Alt) {
        dragTo(last_scene_, event->modifiers() | Qt::AltModifier);
        return true;
    }
    return false;
}

bool SelectTool::keyRelease(QKeyEvent* event) {
    if (dragging_ && event->key() == Qt::Key_Alt) {
        dragTo(last_scene_, event->modifiers() & ~Qt::AltModifier);
        return true;
    }
    return false;
}

void SelectTool::cancel() {
    if (dragging_) {
        context().scene->previewBusPositions(start_);
        emit status(tr("Move cancelled."));
    }
    dragging_ = false;
    press_.reset();
    start_.clear();
    shown_.clear();
}

void SelectTool::startDrag() {
    start_.clear();
    for (const auto& ref : context().scene->selectedElements()) {
        if (ref.kind != gridcarbon::ElementKind::Bus)
            continue;
        const QString id = QString::fromStdString(ref.id);
        if (const BusItem* bus = context().scene->busItem(id))
            start_.insert(id, bus->pos());
    }
    if (start_.isEmpty()) {
        emit status(tr("Only buses move: select the buses to move (their branches and devices "
                       "follow)."));
        press_.reset();
        return;
    }
    const bool pressed_bus = press_->element.kind == gridcarbon::ElementKind::Bus &&
                             start_.contains(QString::fromStdString(press_->element.id));
    anchor_ = pressed_bus ? QString::fromStdString(press_->element.id) : start_.constBegin().key();
    shown_ = start_;
    dragging_ = true;
}

void SelectTool::dragTo(QPointF scene_pos, Qt::KeyboardModifiers modifiers) {
    last_scene_ = scene_pos;
    const QPointF anchor_start = start_.value(anchor_);
    const QPointF anchor_to = snapped(anchor_start + (scene_pos - press_->scene_at), modifiers);
    const QPointF shift = anchor_to - anchor_start;
    for (auto it = start_.cbegin(); it != start_.cend(); ++it)
        shown_.insert(it.key(), it.value() + shift);
    context().scene->previewBusPositions(shown_);
}

void SelectTool::finishDrag() {
    dragging_ = false;
    const gridcarbon::Case& model = context().editor->document()->model();
    std::vector<BusMove> moves;
    for (auto it = shown_.cbegin(); it != shown_.cend(); ++it) {
        const auto placed =
            gridcarbon::findElement(model, {gridcarbon::ElementKind::Bus, it.key().toStdString()});
        if (!placed)
            continue;
        const auto& bus = std::get<gridcarbon::Bus>(placed->element);
        // The model's own position as `from`, so that undo restores it exactly.
        moves.push_back({bus.id,
                         bus.position.value_or(context().scene->toModel(start_.value(it.key()))),
                         context().scene->toModel(it.value())});
    }
    start_.clear();
    shown_.clear();
    beginEdit();
    context().editor->moveBuses(std::move(moves));
}

} // namespace gridcarbon::gui
