#pragma once
// The canvas's editing tools and the actions around them: a QActionGroup of checkable tool
// actions (Select [S, Esc], Add Bus [B], Add Branch [L]), Delete (enabled while something is
// selected), Select All and Auto Layout. Owns the tools (gui/editor/tools), hands the active
// one to the view, and adds devices from the palette (dropped on a bus, or to the one
// selected bus). The shortcuts work while the canvas has the focus, so that typing in a
// panel's text field never switches tools.
#include "gui/editor/tools/CanvasTool.h"
#include "model/NewElements.h"

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QActionGroup;
class QMenu;
class QToolBar;

namespace gridcarbon::gui {

class AddBranchTool;
class AddBusTool;
class FeederEditor;
class FeederScene;
class FeederView;
class SelectTool;

class CanvasTools : public QObject {
    Q_OBJECT
public:
    // `grid`: where the tools snap to (see SnapGrid); none: no snapping.
    CanvasTools(FeederView* view, FeederScene* scene, FeederEditor* editor, SnapGrid grid,
                QObject* parent = nullptr);

    QAction* selectAction() const { return select_action_; }
    QAction* addBusAction() const { return add_bus_action_; }
    QAction* addBranchAction() const { return add_branch_action_; }
    QAction* deleteAction() const { return delete_action_; }
    QAction* selectAllAction() const { return select_all_action_; }
    QAction* autoLayoutAction() const { return auto_layout_action_; }

    CanvasTool* currentTool() const { return current_; }
    SelectTool* selectTool() const { return select_; }

    // Appends the tool actions, Delete, Select All and Auto Layout (with separators).
    void populateEditMenu(QMenu* menu) const;
    void populateToolBar(QToolBar* bar) const;

public slots:
    // Adds a device of `kind` to the one selected bus; says why not otherwise.
    void addDeviceToSelectedBus(gridcarbon::NewDevice kind);
    // Adds a device of `kind` to `bus` (a drop on the canvas; empty: not on a bus).
    void addDevice(gridcarbon::NewDevice kind, const QString& bus);
    void deleteSelection();
    void selectAll();
    void autoLayout();

signals:
    // A one-line message for the status bar.
    void status(const QString& text);

private:
    QAction* makeToolAction(CanvasTool* tool, const QString& text, const QString& icon,
                            const QKeySequence& key, const QString& tip);
    void activate(CanvasTool* tool);
    void updateActions();

    FeederView* view_;
    FeederScene* scene_;
    FeederEditor* editor_;
    SelectTool* select_;
    AddBusTool* add_bus_;
    AddBranchTool* add_branch_;
    CanvasTool* current_ = nullptr;

    QActionGroup* tool_group_;
    QAction* select_action_ = nullptr;
    QAction* add_bus_action_ = nullptr;
    QAction* add_branch_action_ = nullptr;
    QAction* delete_action_ = nullptr;
    QAction* select_all_action_ = nullptr;
    QAction* auto_layout_action_ = nullptr;
};

} // namespace gridcarbon::gui
