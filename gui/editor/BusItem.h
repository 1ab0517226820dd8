#pragma once
// A bus: a filled circle with its id as a label, coloured by voltage after a power flow or by
// nodal carbon intensity after a carbon emission flow study, whichever the overlay shows. The
// tooltip has every result the bus holds.
#include "carbon/CarbonFlow.h"
#include "gui/editor/Overlay.h"
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

    // Shows the overlay's value (voltage magnitude or carbon intensity) under the id once there
    // is a result.
    void setShowValue(bool show);
    void setOverlay(Overlay overlay);
    void setVoltage(const gridcarbon::BusState& state);
    void clearVoltage();
    std::optional<gridcarbon::BusState> voltage() const { return state_; }
    void setCarbon(const gridcarbon::carbon::BusCarbon& carbon);
    void clearCarbon();
    std::optional<gridcarbon::carbon::BusCarbon> carbon() const { return carbon_; }
    // The fill for the overlay shown.
    QColor fillColor() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void resultChanged();
    void updateToolTip();
    void updateLabel();

    QString id_;
    QString name_;
    double base_kv_ = 0.0;
    Overlay overlay_ = Overlay::Voltage;
    std::optional<gridcarbon::BusState> state_;
    std::optional<gridcarbon::carbon::BusCarbon> carbon_;
    BusLabelItem* label_ = nullptr;
    bool show_value_ = true;
};

} // namespace gridcarbon::gui
