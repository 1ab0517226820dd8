#pragma once
// View ▸ Capacitor Layers: one checkable action per compensation layer (user, distribution
// station area, line, substation); unchecking one hides the capacitors of that layer on the
// canvas. The choice lasts for the session, across edits and opened cases.
#include "model/Case.h"

#include <QList>
#include <QObject>

class QAction;
class QMenu;

namespace gridcarbon::gui {

class FeederScene;

class CapacitorLayerFilter : public QObject {
    Q_OBJECT
public:
    explicit CapacitorLayerFilter(FeederScene* scene, QObject* parent = nullptr);

    QAction* action(gridcarbon::CompensationLayer layer) const;
    QList<QAction*> actions() const { return actions_; }
    // A "Capacitor Layers" submenu of `parent` holding the actions.
    QMenu* addMenuTo(QMenu* parent) const;

private:
    QList<QAction*> actions_; // in CompensationLayer order
};

} // namespace gridcarbon::gui
