#pragma once
// The canvas: shows a FeederScene, zooms with the mouse wheel around the cursor, pans by
// dragging, and fits the drawing to the window until the user zooms or pans. The legend of the
// shown overlay (voltage or carbon intensity) floats in its top-right corner.
#include "gui/editor/Overlay.h"

#include <QGraphicsView>
#include <QString>

namespace gridcarbon::gui {

class ScalarLegend;

class FeederView : public QGraphicsView {
    Q_OBJECT
public:
    explicit FeederView(QWidget* parent = nullptr);

    ScalarLegend* voltageLegend() const { return voltage_legend_; }
    ScalarLegend* carbonLegend() const { return carbon_legend_; }
    // The legend of the overlay shown.
    ScalarLegend* legend() const;
    Overlay overlay() const { return overlay_; }
    // Shows the legend that goes with `overlay` (the scene colours itself).
    void setOverlay(Overlay overlay);
    // Shown in the middle of an empty canvas.
    void setPlaceholderText(const QString& text);
    qreal zoom() const;

public slots:
    void zoomIn();
    void zoomOut();
    // Fits the whole drawing (beside the legend) and keeps it fitted while the window resizes.
    void fitDrawing();
    // Fits again if the view is still in fit mode (the user has not zoomed or panned).
    void refit();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void zoomBy(qreal factor, bool under_mouse);
    void placeLegend();
    // Tells the scene the new zoom.
    void scaleChanged();
    QRectF drawingRect() const;

    ScalarLegend* voltage_legend_ = nullptr;
    ScalarLegend* carbon_legend_ = nullptr;
    Overlay overlay_ = Overlay::Voltage;
    QString placeholder_;
    bool auto_fit_ = true;
    bool fitting_ = false;
};

} // namespace gridcarbon::gui
