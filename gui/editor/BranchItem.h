#pragma once
// A branch between two buses: a line, a transformer (two interlaced circles in the middle),
// or an open switch / out-of-service branch (dashed, with an open blade in a gap). Selectable:
// a selected branch gets a halo along its line, and its shape stays a few pixels wide on
// screen at every zoom so that it can be clicked. In the
// carbon overlay a branch that carries flow is coloured by its carbon flow density, drawn as
// wide as its carbon flow, and an arrow points the way the carbon goes.
#include "carbon/CarbonFlow.h"
#include "gui/editor/Overlay.h"
#include "model/Case.h"
#include "powerflow/PowerFlow.h"

#include <QGraphicsItem>
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

    void setFlow(const gridcarbon::BranchFlow& flow);
    void clearFlow();

    void setOverlay(Overlay overlay);
    // `widest_t_per_h`: the carbon flow drawn with the widest line (the largest of the study,
    // so that widths compare between the hours of a day).
    void setCarbon(const gridcarbon::carbon::BranchCarbon& carbon, double widest_t_per_h);
    void clearCarbon();
    std::optional<gridcarbon::carbon::BranchCarbon> carbon() const { return carbon_; }
    // Where the carbon flows: 1 from `from` to `to`, -1 the other way, 0 no arrow (no carbon
    // result, no flow, or fed from both ends).
    int carbonDirection() const;
    // The line width on screen (device-independent pixels) in the overlay shown.
    qreal lineWidth() const;
    // The view's zoom: the carbon arrow keeps its size on screen.
    void setViewScale(qreal scale);

    // The branch and its symbols in scene coordinates, without what keeps its size on screen:
    // what the drawing's extent is made of, independent of the zoom.
    QRectF sceneExtent() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void updateToolTip();
    bool showsCarbon() const;
    void paintCarbonArrow(QPainter* painter, const QColor& color) const;
    QPointF at(qreal t) const;      // point of the curve, t in [0, 1]
    QPointF tangent(qreal t) const; // unit direction of the curve
    QPolygonF polyline(qreal ta, qreal tb) const;

    QString id_;
    QString from_id_;
    QString to_id_;
    gridcarbon::BranchKind kind_;
    bool in_service_;
    double r_pu_, x_pu_, tap_;
    // Bus centres and the quadratic curve's control point, in item coordinates; the drawn part
    // runs from t0_ to t1_ (outside the bus circles).
    QPointF from_, to_, control_;
    qreal bow_ = 0.0;
    qreal length_ = 0.0;
    qreal t0_ = 0.0, t1_ = 1.0;
    std::optional<gridcarbon::BranchFlow> flow_;
    Overlay overlay_ = Overlay::Voltage;
    std::optional<gridcarbon::carbon::BranchCarbon> carbon_;
    double widest_t_per_h_ = 0.0;
    qreal view_scale_ = 1.0;
};

} // namespace gridcarbon::gui
