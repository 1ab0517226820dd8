#pragma once
// The canvas: shows a FeederScene, zooms with the mouse wheel around the cursor, pans by
// dragging with the middle button (or the left button while Space is held), and fits the
// drawing to the window until the user zooms, pans or edits. The legend of the overlay the
// scene shows (gui/overlay/FeederOverlay.h) floats in its top-right corner.
//
// Mouse and key events go to the active canvas tool first (gui/editor/tools); what it leaves
// gets QGraphicsView's handling. Devices dragged from the palette are accepted anywhere and
// reported with the bus they were dropped on (deviceDropped).
//
// The view keeps its own scene rectangle: the scene's, plus while the user is not in fit mode
// the area on screen, so that an edit that grows or shrinks the drawing never moves the view.
#include "model/Element.h"
#include "model/NewElements.h"

#include <QGraphicsView>
#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QString>

#include <optional>

namespace gridcarbon::gui {

class CanvasTool;
class FeederScene;
class ScalarLegend;

class FeederView : public QGraphicsView {
    Q_OBJECT
public:
    explicit FeederView(QWidget* parent = nullptr);

    using QGraphicsView::setScene;
    // Shows `scene`, follows its scene rectangle (see above) and shows the legend of the
    // overlay it shows.
    void setScene(FeederScene* scene);

    // The tool that gets the mouse and key events first; nullptr for none. Not owned.
    void setTool(CanvasTool* tool);
    CanvasTool* tool() const { return tool_; }

    // The element drawn under a viewport position, with a few pixels' tolerance (topmost
    // first); bus labels give their bus.
    std::optional<gridcarbon::ElementRef> elementAt(QPoint viewport_pos) const;
    // The bus under a viewport position (its circle or its label), or an empty string.
    QString busAt(QPoint viewport_pos) const;
    // Whether the view still fits the drawing to the window whenever it changes.
    bool autoFits() const { return auto_fit_; }

    // The legend of overlay `name` (null before the scene has that overlay), and of the
    // overlay shown (null while there is none).
    ScalarLegend* legend(const QString& name) const;
    ScalarLegend* legend() const;
    // Shown in the middle of an empty canvas.
    void setPlaceholderText(const QString& text);
    qreal zoom() const;

public slots:
    void zoomIn();
    void zoomOut();
    // Fits the whole drawing (beside the legend) and keeps it fitted while the window resizes.
    void fitDrawing();
    // Fits again if the view is still in fit mode (the user has not zoomed, panned or edited).
    void refit();
    // Leaves fit mode: the zoom and position stay as they are while the drawing changes.
    void stopAutoFit();

signals:
    // A device from the palette was dropped; `bus` is empty when it was not dropped on a bus.
    void deviceDropped(gridcarbon::NewDevice kind, const QString& bus);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void syncSceneRect();
    void updateCursor();
    // Space held turns the left button into a panning one; true if `event` was Space's.
    bool spaceKey(QKeyEvent* event, bool held);
    void setDropTarget(const QString& bus);
    void zoomBy(qreal factor, bool under_mouse);
    void placeLegend();
    // The scene's overlay `name` was set: its legend follows.
    void overlayChanged(const QString& name);
    // The scene shows overlay `name`: so does the legend.
    void showLegend(const QString& name);
    // Tells the scene the new zoom.
    void scaleChanged();
    QRectF drawingRect() const;

    QHash<QString, ScalarLegend*> legends_; // by overlay name
    QString shown_legend_;
    QString placeholder_;
    bool auto_fit_ = true;
    bool fitting_ = false;
    CanvasTool* tool_ = nullptr;
    QList<QMetaObject::Connection> scene_connections_;
    // Panning: Space held, and the drag under way (the button that pans, where it was last).
    bool space_held_ = false;
    Qt::MouseButton pan_button_ = Qt::NoButton;
    QPoint pan_last_;
    QString drop_bus_; // the bus a dragged device is over, ringed
};

} // namespace gridcarbon::gui
