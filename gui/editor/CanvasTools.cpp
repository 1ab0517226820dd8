#include "gui/editor/CanvasTools.h"

#include "gui/Resources.h"
#include "gui/editor/FeederEditor.h"
#include "gui/editor/FeederScene.h"
#include "gui/editor/FeederView.h"
#include "gui/editor/tools/AddBranchTool.h"
#include "gui/editor/tools/AddBusTool.h"
#include "gui/editor/tools/SelectTool.h"
#include "gui/style/SceneStyle.h"

#include <QAction>
#include <QActionGroup>
#include <QGraphicsItem>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
#include <QToolBar>

#include <utility>
#include <vector>

namespace gridcarbon::gui {

namespace {

gridcarbon::ElementKind elementKind(gridcarbon::NewDevice kind) {
    switch (kind) {
    case gridcarbon::NewDevice::Load:
        return gridcarbon::ElementKind::Load;
    case gridcarbon::NewDevice::Storage:
        return gridcarbon::ElementKind::Storage;
    case gridcarbon::NewDevice::CapacitorUser:
    case gridcarbon::NewDevice::CapacitorStationArea:
    case gridcarbon::NewDevice::CapacitorLine:
    case gridcarbon::NewDevice::CapacitorSubstation:
        return gridcarbon::ElementKind::Capacitor;
    default:
        return gridcarbon::ElementKind::Generator;
    }
}

// Canvas actions answer their shortcuts only while the canvas (or a child) has the focus.
void bindToView(QAction* action, FeederView* view) {
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(action);
}

} // namespace

CanvasTools::CanvasTools(FeederView* view, FeederScene* scene, FeederEditor* editor, SnapGrid grid,
                         QObject* parent)
    : QObject(parent), view_(view), scene_(scene), editor_(editor),
      tool_group_(new QActionGroup(this)) {
    const ToolContext context{view, scene, editor, std::move(grid)};
    select_ = new SelectTool(context, this);
    add_bus_ = new AddBusTool(context, this);
    add_branch_ = new AddBranchTool(context, this);

    select_action_ = makeToolAction(
        select_, tr("&Select"), QStringLiteral("tool-select"), QKeySequence(Qt::Key_S),
        tr("Select elements: click, Ctrl+click, or drag a rectangle; drag buses to move them"));
    // Esc also returns to selecting, and drops a gesture under way, on the canvas (elsewhere it
    // belongs to the widget that has the focus).
    auto* escape = new QAction(this);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    bindToView(escape, view);
    connect(escape, &QAction::triggered, select_action_, &QAction::trigger);
    add_bus_action_ =
        makeToolAction(add_bus_, tr("Add &Bus"), QStringLiteral("add-bus"), QKeySequence(Qt::Key_B),
                       tr("Add buses: click on empty canvas (Alt: off the grid)"));
    add_branch_action_ =
        makeToolAction(add_branch_, tr("Add B&ranch"), QStringLiteral("add-branch"),
                       QKeySequence(Qt::Key_L), tr("Add branches: drag from one bus to another"));

    delete_action_ = new QAction(
        themedIcon(QStringLiteral("edit-delete"), QStringLiteral("delete")), tr("&Delete"), this);
    delete_action_->setShortcut(QKeySequence::Delete);
    delete_action_->setStatusTip(
        tr("Delete the selected elements; deleting a bus deletes its branches and devices"));
    bindToView(delete_action_, view);
    connect(delete_action_, &QAction::triggered, this, &CanvasTools::deleteSelection);

    select_all_action_ =
        new QAction(QIcon::fromTheme(QStringLiteral("edit-select-all")), tr("Select &All"), this);
    select_all_action_->setShortcut(QKeySequence::SelectAll);
    bindToView(select_all_action_, view);
    connect(select_all_action_, &QAction::triggered, this, &CanvasTools::selectAll);

    auto_layout_action_ =
        new QAction(themedIcon({}, QStringLiteral("auto-layout")), tr("Auto &Layout"), this);
    auto_layout_action_->setStatusTip(
        tr("Lay the feeder out as a tree from its sources (one undo step)"));
    connect(auto_layout_action_, &QAction::triggered, this, &CanvasTools::autoLayout);

    connect(scene_, &QGraphicsScene::selectionChanged, this, &CanvasTools::updateActions);
    connect(view_, &FeederView::deviceDropped, this, &CanvasTools::addDevice);
    for (CanvasTool* tool : {static_cast<CanvasTool*>(select_), static_cast<CanvasTool*>(add_bus_),
                             static_cast<CanvasTool*>(add_branch_)})
        connect(tool, &CanvasTool::status, this, &CanvasTools::status);

    activate(select_);
    updateActions();
}

QAction* CanvasTools::makeToolAction(CanvasTool* tool, const QString& text, const QString& icon,
                                     const QKeySequence& key, const QString& tip) {
    auto* action = new QAction(themedIcon({}, icon), text, this);
    action->setCheckable(true);
    action->setShortcut(key);
    action->setStatusTip(tip);
    action->setToolTip(
        QStringLiteral("%1 (%2)").arg(action->iconText(), key.toString(QKeySequence::NativeText)));
    action->setActionGroup(tool_group_);
    // The tool keys work wherever the focus is in the window: text fields keep their letters
    // (they claim typed characters before shortcuts see them).
    action->setShortcutContext(Qt::WindowShortcut);
    view_->window()->addAction(action);
    connect(action, &QAction::triggered, this, [this, tool] { activate(tool); });
    return action;
}

void CanvasTools::activate(CanvasTool* tool) {
    if (current_)
        current_->cancel(); // also what Esc does to the select tool's drag
    current_ = tool;
    view_->setTool(tool);
    QAction* action = tool == select_    ? select_action_
                      : tool == add_bus_ ? add_bus_action_
                                         : add_branch_action_;
    action->setChecked(true);
}

void CanvasTools::populateEditMenu(QMenu* menu) const {
    menu->addSeparator();
    menu->addActions(tool_group_->actions());
    menu->addSeparator();
    menu->addAction(delete_action_);
    menu->addAction(select_all_action_);
    menu->addSeparator();
    menu->addAction(auto_layout_action_);
}

void CanvasTools::populateToolBar(QToolBar* bar) const {
    bar->addActions(tool_group_->actions());
    bar->addSeparator();
    bar->addAction(delete_action_);
    bar->addAction(auto_layout_action_);
}

void CanvasTools::updateActions() {
    delete_action_->setEnabled(!scene_->selectedItems().isEmpty());
}

void CanvasTools::addDeviceToSelectedBus(gridcarbon::NewDevice kind) {
    std::vector<std::string> buses;
    for (const auto& ref : scene_->selectedElements())
        if (ref.kind == gridcarbon::ElementKind::Bus)
            buses.push_back(ref.id);
    if (buses.size() != 1) {
        emit status(tr("Select one bus to add the device to, or drag the device onto a bus."));
        return;
    }
    view_->stopAutoFit();
    // The bus stays selected, so that several devices can be added to it in a row.
    if (const auto id = editor_->addDevice(kind, buses.front())) {
        scene_->selectElements({{gridcarbon::ElementKind::Bus, buses.front()}});
        emit status(tr("Added %1 at bus %2.")
                        .arg(QString::fromStdString(*id), QString::fromStdString(buses.front())));
    }
}

void CanvasTools::addDevice(gridcarbon::NewDevice kind, const QString& bus) {
    if (bus.isEmpty()) {
        emit status(tr("No device added: drop the device onto a bus."));
        return;
    }
    view_->stopAutoFit();
    if (const auto id = editor_->addDevice(kind, bus.toStdString())) {
        scene_->selectElements({{elementKind(kind), *id}});
        emit status(tr("Added %1 at bus %2.").arg(QString::fromStdString(*id), bus));
    }
}

void CanvasTools::deleteSelection() {
    const auto refs = scene_->selectedElements();
    if (refs.empty())
        return;
    current_->cancel();
    view_->stopAutoFit();
    editor_->remove(refs);
}

void CanvasTools::selectAll() {
    std::vector<gridcarbon::ElementRef> refs;
    for (const QGraphicsItem* item : scene_->items()) {
        // Hidden capacitors (layer filter) stay unselected; labels are not elements.
        if (!(item->flags() & QGraphicsItem::ItemIsSelectable) || !item->isVisible())
            continue;
        if (auto ref = FeederScene::elementOf(item))
            refs.push_back(*ref);
    }
    scene_->selectElements(refs);
}

void CanvasTools::autoLayout() {
    current_->cancel();
    // Spacing in the case's drawing units: the drawing's usual bus spacing on screen.
    editor_->autoLayout(style::kBusSpacing / scene_->frameScale());
    view_->fitDrawing();
}

} // namespace gridcarbon::gui
