#pragma once
// A canvas tool: a small strategy object that gets the feeder view's mouse and key events
// before the view does (QElectroTech's pattern). A tool turns gestures into FeederEditor calls
// (one call, so one undo step, per gesture) and paints its transient feedback (a rubber line,
// a ghost bus) in the view's foreground, never as scene items: the scene rebuilds its items
// after every edit. Tools hold element ids, never item pointers, across events.
#include <QGraphicsView>
#include <QObject>
#include <QPointF>
#include <QString>

#include <functional>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace gridcarbon::gui {

class FeederEditor;
class FeederScene;
class FeederView;

// The grid that positions snap to (scene units), 0 for none; asked at every gesture, so that a
// change of the preferences applies at once.
using SnapGrid = std::function<double()>;

// What every tool works on.
struct ToolContext {
    FeederView* view = nullptr;
    FeederScene* scene = nullptr;
    FeederEditor* editor = nullptr;
    SnapGrid grid;
};

class CanvasTool : public QObject {
    Q_OBJECT
public:
    explicit CanvasTool(const ToolContext& context, QObject* parent = nullptr);

    // Each returns true when the tool used the event; the view then leaves it alone (otherwise
    // QGraphicsView's own handling runs: hover, tooltips, the rubber band). Positions are the
    // event's, in viewport coordinates.
    virtual bool mousePress(QMouseEvent* event);
    virtual bool mouseMove(QMouseEvent* event);
    virtual bool mouseRelease(QMouseEvent* event);
    virtual bool keyPress(QKeyEvent* event);
    virtual bool keyRelease(QKeyEvent* event);
    // The mouse left the canvas.
    virtual void leave();
    // Drops whatever is under way (a drag, a rubber line) without changing the case: Esc, or
    // another tool chosen.
    virtual void cancel();

    // Transient feedback, painted over the drawing in scene coordinates.
    virtual void paint(QPainter* painter) const;
    virtual Qt::CursorShape cursor() const;
    // The view's drag mode while the tool is active (the select tool's rubber band).
    virtual QGraphicsView::DragMode dragMode() const;

signals:
    // A one-line message for the status bar.
    void status(const QString& text);

protected:
    const ToolContext& context() const { return context_; }
    QPointF toScene(QPoint viewport_pos) const;
    // `scene_pos` on the snapping grid when there is one and Alt is not held.
    QPointF snapped(QPointF scene_pos, Qt::KeyboardModifiers modifiers) const;
    // Before every edit: the view keeps its zoom and position from now on.
    void beginEdit() const;
    // Repaints the feedback.
    void updateFeedback() const;

private:
    ToolContext context_;
};

} // namespace gridcarbon::gui
