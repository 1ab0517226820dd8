#pragma once
// The canvas: shows a FeederScene, zooms with the mouse wheel around the cursor, pans by
// dragging, and fits the drawing to the window until the user zooms or pans. The voltage
// legend floats in its top-right corner.
#include <QGraphicsView>
#include <QString>

namespace gridcarbon::gui {

class VoltageLegend;

class FeederView : public QGraphicsView {
    Q_OBJECT
public:
    explicit FeederView(QWidget* parent = nullptr);

    VoltageLegend* legend() const { return legend_; }
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

    VoltageLegend* legend_ = nullptr;
    QString placeholder_;
    bool auto_fit_ = true;
    bool fitting_ = false;
};

} // namespace gridcarbon::gui
