#pragma once
// A device attached to a bus (grid connection, generating unit, storage, capacitor, load):
// its symbol, and the line that connects it to the bus. Several devices on one bus share a
// short trunk from the bus and branch off a comb, so their lines stay parallel.
#include "gui/editor/DeviceSymbols.h"

#include <QGraphicsItem>
#include <QString>

#include <optional>

namespace gridcarbon::gui {

struct DeviceInfo {
    DeviceKind kind = DeviceKind::Load;
    QString id;
    QString bus_id;
    QString badge;    // capacitors: the compensation layer code (U, DA, L, S)
    QString tool_tip; // rich text
    // Capacitors: their compensation layer, which the canvas can hide.
    std::optional<gridcarbon::CompensationLayer> layer;
    bool in_service = true;
};

// Where the device sits, in scene coordinates: the connecting line runs bus -> junction ->
// elbow -> symbol; `dir` is the unit direction of its last leg (symbols turn along it).
struct DeviceAttachment {
    QPointF bus;
    QPointF junction;
    QPointF elbow;
    QPointF symbol;
    QPointF dir;
};

class DeviceItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };

    DeviceItem(DeviceInfo info, const DeviceAttachment& at, QGraphicsItem* parent = nullptr);

    int type() const override { return Type; }
    const DeviceInfo& info() const { return info_; }

    QRectF boundingRect() const override;
    // The symbol and its connecting line, not the empty corners of the bounding rectangle.
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QPolygonF connection() const;

    DeviceInfo info_;
    // In item coordinates (the symbol's centre is the origin).
    QPointF bus_, junction_, elbow_, dir_;
};

} // namespace gridcarbon::gui
