#include "gui/editor/CapacitorLayerFilter.h"

#include "gui/editor/FeederScene.h"

#include <QAction>
#include <QMenu>

namespace gridcarbon::gui {

CapacitorLayerFilter::CapacitorLayerFilter(FeederScene* scene, QObject* parent) : QObject(parent) {
    using gridcarbon::CompensationLayer;
    const std::pair<CompensationLayer, QString> layers[] = {
        {CompensationLayer::User, tr("&User (U)")},
        {CompensationLayer::DistributionStationArea, tr("&Distribution Station Area (DA)")},
        {CompensationLayer::Line, tr("&Line (L)")},
        {CompensationLayer::Substation, tr("&Substation (S)")},
    };
    for (const auto& [layer, text] : layers) {
        auto* action = new QAction(text, this);
        action->setCheckable(true);
        action->setChecked(scene->isCapacitorLayerVisible(layer));
        action->setStatusTip(tr("Show the capacitors of this compensation layer"));
        connect(action, &QAction::toggled, scene,
                [scene, layer](bool on) { scene->setCapacitorLayerVisible(layer, on); });
        actions_.append(action);
    }
}

QAction* CapacitorLayerFilter::action(gridcarbon::CompensationLayer layer) const {
    return actions_.value(static_cast<int>(layer), nullptr);
}

QMenu* CapacitorLayerFilter::addMenuTo(QMenu* parent) const {
    QMenu* menu = parent->addMenu(tr("&Capacitor Layers"));
    menu->addActions(actions_);
    return menu;
}

} // namespace gridcarbon::gui
