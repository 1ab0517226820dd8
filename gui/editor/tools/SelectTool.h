#pragma once
// The select tool. A click selects the element under the pointer (Ctrl or Shift toggles it in
// the selection); a press on empty canvas starts QGraphicsView's rubber band (Ctrl adds to the
// selection). Dragging a selected element moves every selected bus live, their branches and
// devices following, snapped to the preferences' grid unless Alt is held; the release commits
// one FeederEditor::moveBuses, so one undo step for the whole drag. Esc drops a drag.
#include "gui/editor/tools/CanvasTool.h"
#include "model/Case.h"
#include "model/Element.h"

#include <QHash>
#include <QPoint>
#include <QPointF>
#include <QString>

#include <optional>

namespace gridcarbon::gui {

class SelectTool : public CanvasTool {
    Q_OBJECT
public:
    using CanvasTool::CanvasTool;

    bool mousePress(QMouseEvent* event) override;
    bool mouseMove(QMouseEvent* event) override;
    bool mouseRelease(QMouseEvent* event) override;
    bool keyPress(QKeyEvent* event) override;
    bool keyRelease(QKeyEvent* event) override;
    void cancel() override;
    QGraphicsView::DragMode dragMode() const override { return QGraphicsView::RubberBandDrag; }

    bool isDragging() const { return dragging_; }

private:
    // The pressed element, and where (viewport and scene).
    struct Press {
        gridcarbon::ElementRef element;
        QPoint at;
        QPointF scene_at;
        bool was_selected = false;
    };

    void startDrag();
    // Shows the buses moved by the pointer at `scene_pos`.
    void dragTo(QPointF scene_pos, Qt::KeyboardModifiers modifiers);
    void finishDrag();

    std::optional<Press> press_;
    bool dragging_ = false;
    QString anchor_;                // the bus whose position snaps; the others keep their offsets
    QHash<QString, QPointF> start_; // scene positions of the dragged buses when the drag began
    QHash<QString, QPointF> shown_; // where they are shown now
    QPointF last_scene_;            // the pointer, for re-snapping when Alt changes
};

} // namespace gridcarbon::gui
