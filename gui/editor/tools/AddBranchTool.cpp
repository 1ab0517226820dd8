#include "gui/editor/tools/AddBranchTool.h"

#include "gui/editor/BusItem.h"
#include "gui/editor/FeederEditor.h"
#include "gui/editor/FeederScene.h"
#include "gui/editor/FeederView.h"
#include "gui/style/SceneStyle.h"

#include <QMouseEvent>
#include <QPainter>

namespace gridcarbon::gui {

bool AddBranchTool::mousePress(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return !from_.isEmpty();
    const QPoint at = event->position().toPoint();
    from_ = context().view->busAt(at);
    if (from_.isEmpty()) {
        emit status(tr("Press on a bus and drag to another bus to add a branch."));
        return true;
    }
    target_.clear();
    end_ = toScene(at);
    updateFeedback();
    return true;
}

bool AddBranchTool::mouseMove(QMouseEvent* event) {
    if (from_.isEmpty())
        return false;
    const QPoint at = event->position().toPoint();
    end_ = toScene(at);
    target_ = context().view->busAt(at);
    updateFeedback();
    return true;
}

bool AddBranchTool::mouseRelease(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || from_.isEmpty())
        return !from_.isEmpty();
    const QString from = from_;
    const QString to = context().view->busAt(event->position().toPoint());
    from_.clear();
    target_.clear();
    updateFeedback();
    if (to.isEmpty()) {
        emit status(tr("No branch added: release the mouse over another bus."));
        return true;
    }
    // A release on the bus it started from goes to the editor too, which says why not.
    beginEdit();
    if (const auto id = context().editor->addBranch(from.toStdString(), to.toStdString())) {
        context().scene->selectElements({{gridcarbon::ElementKind::Branch, *id}});
        emit status(tr("Added branch %1 between buses %2 and %3.")
                        .arg(QString::fromStdString(*id), from, to));
    }
    return true;
}

void AddBranchTool::cancel() {
    from_.clear();
    target_.clear();
    updateFeedback();
}

void AddBranchTool::paint(QPainter* painter) const {
    const BusItem* from = context().scene->busItem(from_);
    if (!from)
        return;
    const BusItem* target = target_ != from_ ? context().scene->busItem(target_) : nullptr;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(style::cosmeticPen(painter, style::selection(), 1.8, Qt::DashLine));
    painter->drawLine(from->pos(), target ? target->pos() : end_);
    painter->restore();
    if (target)
        style::paintTargetRing(painter, target->pos());
}

} // namespace gridcarbon::gui
