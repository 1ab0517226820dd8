#include "gui/editor/tools/AddBusTool.h"

#include "gui/editor/FeederEditor.h"
#include "gui/editor/FeederScene.h"
#include "gui/editor/FeederView.h"
#include "gui/style/SceneStyle.h"

#include <QMouseEvent>
#include <QPainter>

namespace gridcarbon::gui {

bool AddBusTool::mousePress(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return false;
    const QPoint at = event->position().toPoint();
    if (context().view->elementAt(at)) {
        emit status(tr("Click on empty canvas to add a bus."));
        return true;
    }
    const QPointF p = snapped(toScene(at), event->modifiers());
    beginEdit();
    if (const auto id = context().editor->addBus(context().scene->toModel(p))) {
        context().scene->selectElements({{gridcarbon::ElementKind::Bus, *id}});
        emit status(tr("Added bus %1.").arg(QString::fromStdString(*id)));
    }
    return true;
}

bool AddBusTool::mouseMove(QMouseEvent* event) {
    ghost_ = snapped(toScene(event->position().toPoint()), event->modifiers());
    updateFeedback();
    return false; // hover and tooltips as usual
}

void AddBusTool::leave() {
    cancel();
}

void AddBusTool::cancel() {
    ghost_.reset();
    updateFeedback();
}

void AddBusTool::paint(QPainter* painter) const {
    if (!ghost_)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = style::selection();
    fill.setAlphaF(0.15f);
    painter->setBrush(fill);
    painter->setPen(style::cosmeticPen(painter, style::selection(), 1.5, Qt::DashLine));
    painter->drawEllipse(*ghost_, style::kBusRadius, style::kBusRadius);
    painter->restore();
}

} // namespace gridcarbon::gui
