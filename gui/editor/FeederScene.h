#pragma once
// The feeder drawing: one item per bus, branch and device of a Case. Bus coordinates come from
// Bus::position (the document makes sure every bus has one), rescaled so that neighbouring
// buses sit about style::kBusSpacing apart whatever units the case uses. Devices fan out from
// their bus into the widest free angle between its branches; the bus label takes the widest
// angle left after that.
#include "gui/overlay/FeederOverlay.h"
#include "model/Case.h"
#include "model/Element.h"

#include <QGraphicsScene>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace gridcarbon::gui {

class BusItem;
class BranchItem;
class DeviceItem;

class FeederScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit FeederScene(QObject* parent = nullptr);

    // Replaces every item with a drawing of `c` in a new frame: bus positions are scaled so
    // that neighbouring buses sit about style::kBusSpacing apart and the drawing is centred on
    // the origin. Buses without a position are drawn at the origin.
    void setCase(const gridcarbon::Case& c);
    // Redraws `c` after an edit in the same frame, keeping the selection (by element) and the
    // results shown (by id; the caller clears them when the edit made them stale).
    void updateCase(const gridcarbon::Case& c);
    void clearCase();

    // The frame: case drawing coordinates <-> scene coordinates; frameScale() scene units per
    // case unit.
    double frameScale() const { return frame_scale_; }
    QPointF toScene(const gridcarbon::Point& p) const;
    gridcarbon::Point toModel(QPointF p) const;

    // The element an item draws (buses, branches, devices; labels give their bus).
    static std::optional<gridcarbon::ElementRef> elementOf(const QGraphicsItem* item);
    QGraphicsItem* itemOf(const gridcarbon::ElementRef& ref) const;
    std::vector<gridcarbon::ElementRef> selectedElements() const;
    // Selects exactly these elements (unknown ones are skipped).
    void selectElements(const std::vector<gridcarbon::ElementRef>& refs);

    // Overlays (gui/overlay/FeederOverlay.h), by name: adds one, or replaces the one of that
    // name. The first one set is shown until showOverlay() picks another. Values are matched to
    // the items by id and kept across redraws (updateCase); a new case (setCase) drops the
    // values and keeps the legends.
    void setOverlay(const QString& name, FeederOverlay overlay);
    // Null when there is no overlay of that name.
    const FeederOverlay* overlay(const QString& name) const;
    // In the order they were first set.
    QStringList overlayNames() const;
    // Which overlay colours the drawing (every overlay's rows stay in the tooltips).
    void showOverlay(const QString& name);
    QString shownOverlay() const { return shown_; }

    // The zoom of the view showing the scene (labels keep their size on screen).
    void setViewScale(qreal scale);
    qreal viewScale() const { return view_scale_; }

    // The shown overlay's values (voltage magnitudes, carbon intensities, ...) printed under the
    // bus ids (on by default).
    void setShowValues(bool show);
    bool showsValues() const { return show_values_; }

    BusItem* busItem(const QString& id) const { return buses_.value(id, nullptr); }
    BranchItem* branchItem(const QString& id) const { return branches_.value(id, nullptr); }
    QList<BusItem*> busItems() const { return buses_.values(); }
    QList<BranchItem*> branchItems() const { return branches_.values(); }
    QList<DeviceItem*> deviceItems() const { return devices_; }

    // Shows buses at new scene positions while they are dragged: their branches and devices
    // follow; nothing else is redrawn, and the case is not changed (the drag commits one move
    // when it ends, and the redraw after it lays the devices out afresh).
    void previewBusPositions(const QHash<QString, QPointF>& positions);

    // Capacitors of hidden compensation layers are not drawn (and cannot be selected). Kept
    // across redraws and new cases.
    void setCapacitorLayerVisible(gridcarbon::CompensationLayer layer, bool visible);
    bool isCapacitorLayerVisible(gridcarbon::CompensationLayer layer) const;

    // The rectangle that holds the drawing's symbols and lines (labels, which keep their size on
    // screen, stick out of it by a few text heights at most).
    QRectF drawingRect() const { return drawing_; }

signals:
    // drawingRect() changed (labels grew or shrank).
    void drawingChanged();
    // An overlay was set (added or replaced).
    void overlayChanged(const QString& name);
    // Another overlay is shown.
    void shownOverlayChanged(const QString& name);

private:
    void build(const gridcarbon::Case& c);
    void updateDrawingRect();
    void applyLayerFilter();
    // Hands the items what the overlays say about them.
    void applyOverlays();
    void placeDevices(const gridcarbon::Case& c, const std::vector<QPointF>& pos,
                      std::vector<std::vector<double>>& angles);

    QHash<QString, BusItem*> buses_;
    QHash<QString, BranchItem*> branches_;
    QList<DeviceItem*> devices_;
    // Generating units, storage and capacitors by id (one id space), for the overlays' rows,
    // and their tooltips without them.
    QHash<QString, DeviceItem*> device_by_id_;
    QHash<QString, QString> device_tips_;
    QRectF drawing_;
    // The frame: scene = (case coordinates) * frame_scale_ - frame_centre_.
    double frame_scale_ = 1.0;
    QPointF frame_centre_;
    // The overlays, in the order first set, and the one shown.
    std::vector<std::pair<QString, FeederOverlay>> overlays_;
    QString shown_;
    bool show_values_ = true;
    std::array<bool, 4> layer_visible_{true, true, true, true}; // by CompensationLayer
    qreal view_scale_ = 1.0;
};

} // namespace gridcarbon::gui
