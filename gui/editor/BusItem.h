#pragma once
// A bus: a filled circle (coloured by voltage after a power flow) with its id as a label.
#include "model/Case.h"
#include "powerflow/PowerFlow.h"

#include <QColor>
#include <QGraphicsItem>
#include <QString>

#include <optional>

namespace gridcarbon::gui {

class BusLabelItem;

class BusItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

    explicit BusItem(const gridcarbon::Bus& bus, QGraphicsItem* parent = nullptr);

    int type() const override { return Type; }
    const QString& busId() const { return id_; }

    // The view's zoom, so that the label (which keeps its size on screen) can stay clear of
    // the bus and leave out what does not fit.
    void setViewScale(qreal scale);
    // Puts the label beside the circle in the direction `dir` (need not be normalised).
    void setLabelDirection(QPointF dir);

    // Shows the voltage magnitude under the id once there is a result.
    void setShowValue(bool show);
    void setVoltage(const gridcarbon::BusState& state);
    void clearVoltage();
    std::optional<gridcarbon::BusState> voltage() const { return state_; }
    QColor fillColor() const { return fill_; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void updateToolTip();
    void updateLabel();

    QString id_;
    QString name_;
    double base_kv_ = 0.0;
    QColor fill_;
    std::optional<gridcarbon::BusState> state_;
    BusLabelItem* label_ = nullptr;
    bool show_value_ = true;
};

} // namespace gridcarbon::gui
