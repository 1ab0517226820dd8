#pragma once
// A branch between two buses: a line, a transformer (two interlaced circles in the middle),
// or an open switch / out-of-service branch (dashed, with an open blade in a gap). Selectable:
// a selected branch gets a halo along its line, and its shape stays a few pixels wide on
// screen at every zoom so that it can be clicked. An in-service branch takes the colour, width
// and arrow the overlay shown gives it (the carbon overlay: coloured by carbon flow density, as
// wide as its carbon flow, an arrow the way the carbon goes); its tooltip has the rows of every
// overlay.
#include "gui/overlay/FeederOverlay.h"
#include "model/Case.h"

#include <QColor>
#include <QGraphicsItem>
#include <QHash>
#include <QPolygonF>
#include <QString>

#include <optional>

namespace gridcarbon::gui {

class BranchItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    // `from` and `to` are the bus centres in scene coordinates. A non-zero `bow` draws the
    // branch as a curve whose middle lies that far to the left of the straight line (seen from
    // `from`), to keep it off buses that sit on the line.
    BranchItem(const gridcarbon::Branch& branch, QPointF from, QPointF to, qreal bow = 0.0,
               QGraphicsItem* parent = nullptr);

    int type() const override { return Type; }
    const QString& branchId() const { return id_; }
    const QString& fromBus() const { return from_id_; }
    const QString& toBus() const { return to_id_; }
    bool isOpen() const { return !in_service_; }
    bool isTransformer() const { return kind_ == gridcarbon::BranchKind::Transformer; }

    // Moves the ends to new bus centres (scene coordinates), keeping the bow: what a bus drag
    // shows before the move is committed.
    void setEnds(QPointF from, QPointF to);

    // What the overlays say about this branch (by overlay name), the rows they add to its
    // tooltip, and which overlay is shown (FeederScene hands these out).
    void setOverlayValues(QHash<QString, OverlayBranch> values, const QString& tooltip_rows,
                          const QString& shown);
    void setShownOverlay(const QString& shown);
    // The value of overlay `name` for this branch, if it has one.
    std::optional<OverlayBranch> overlayValue(const QString& name) const;
    // The arrow drawn: 1 from `from` to `to`, -1 the other way, 0 none (the overlay shown has
    // none for this branch, or the branch is open).
    int arrowDirection() const;
    // The line's colour and its width on screen (device-independent pixels).
    QColor lineColor() const;
    qreal lineWidth() const;
    // The view's zoom: the arrow keeps its size on screen.
    void setViewScale(qreal scale);

    // The branch and its symbols in scene coordinates, without what keeps its size on screen:
    // what the drawing's extent is made of, independent of the zoom.
    QRectF sceneExtent() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void updateToolTip();
    // What the overlay shown says about this branch; null when nothing (or the branch is open).
    const OverlayBranch* shownValue() const;
    void paintArrow(QPainter* painter, const QColor& color) const;
    QPointF at(qreal t) const;      // point of the curve, t in [0, 1]
    QPointF tangent(qreal t) const; // unit direction of the curve
    QPolygonF polyline(qreal ta, qreal tb) const;

    QString id_;
    QString from_id_;
    QString to_id_;
    gridcarbon::BranchKind kind_;
    bool in_service_;
    double r_pu_, x_pu_, tap_;
    QString line_type_; // empty: per-unit values entered directly
    double length_km_;
    // Bus centres and the quadratic curve's control point, in item coordinates; the drawn part
    // runs from t0_ to t1_ (outside the bus circles).
    QPointF from_, to_, control_;
    qreal bow_ = 0.0;
    qreal length_ = 0.0;
    qreal t0_ = 0.0, t1_ = 1.0;
    QHash<QString, OverlayBranch> overlays_;
    QString overlay_rows_;
    QString shown_;
    qreal view_scale_ = 1.0;
};

} // namespace gridcarbon::gui
