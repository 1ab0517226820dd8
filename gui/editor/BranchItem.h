#pragma once
// A branch between two buses: a line, a transformer (two interlaced circles in the middle),
// or an open switch / out-of-service branch (dashed, with an open blade in a gap).
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
    bool isOpen() const { return !in_service_; }
    bool isTransformer() const { return kind_ == gridcarbon::BranchKind::Transformer; }

    void setFlow(const gridcarbon::BranchFlow& flow);
    void clearFlow();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void updateToolTip();
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
    qreal length_ = 0.0;
    qreal t0_ = 0.0, t1_ = 1.0;
    std::optional<gridcarbon::BranchFlow> flow_;
};

} // namespace gridcarbon::gui
