#pragma once
// A bus: a filled circle with its id as a label, filled as the overlay shown says (voltage
// after a power flow, nodal carbon intensity after a carbon emission flow, ...), with that
// overlay's value under the id. The tooltip has the rows of every overlay.
#include "gui/overlay/FeederOverlay.h"
#include "model/Case.h"

#include <QColor>
#include <QGraphicsItem>
#include <QHash>
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

    // Shows the shown overlay's label under the id, when it has one for this bus.
    void setShowValue(bool show);
    // What the overlays say about this bus (by overlay name), the rows they add to its tooltip,
    // and which overlay is shown (FeederScene hands these out).
    void setOverlayValues(QHash<QString, OverlayBus> values, const QString& tooltip_rows,
                          const QString& shown);
    void setShownOverlay(const QString& shown);
    // The value of overlay `name` for this bus, if it has one.
    std::optional<OverlayBus> overlayValue(const QString& name) const;
    // The fill of the overlay shown (a neutral one when it has nothing for this bus).
    QColor fillColor() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void updateToolTip();
    void updateLabel();

    QString id_;
    QString name_;
    double base_kv_ = 0.0;
    QHash<QString, OverlayBus> overlays_;
    QString overlay_rows_;
    QString shown_;
    BusLabelItem* label_ = nullptr;
    bool show_value_ = true;
};

} // namespace gridcarbon::gui
