#pragma once
// The carbon feature of the main window, wired in one place: the carbon emission flow study
// and its presenter, the carbon dock (period selector, bus table, intensity chart), the
// actions that switch the drawing between the voltage and the carbon overlay, run the study
// and choose its method. The window puts the actions into its menus and toolbar.
#include "carbon/CarbonStudy.h"
#include "gui/editor/Overlay.h"

#include <QObject>
#include <QString>

#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QMainWindow;
class QMenu;
class QToolButton;

namespace gridcarbon::gui {

class CarbonFlowStudy;
class CarbonPanel;
class CarbonPresenter;
class FeederDocument;
class FeederScene;
class FeederView;
class JobRunner;

class CarbonController : public QObject {
    Q_OBJECT
public:
    // Adds the (hidden) carbon dock to `window`, which owns everything made here.
    CarbonController(FeederDocument* document, FeederScene* scene, FeederView* view,
                     JobRunner* runner, QMainWindow* window);

    // Checkable and exclusive: which overlay the drawing shows.
    QAction* voltageViewAction() const { return voltage_view_; }
    QAction* carbonViewAction() const { return carbon_view_; }
    QAction* runAction() const { return run_; }
    // AC or DC, checkable and exclusive.
    QMenu* methodMenu() const { return method_menu_; }
    // A button for the run action with the method menu beside it.
    QToolButton* createRunButton(QWidget* parent) const;
    QDockWidget* dock() const { return dock_; }

    CarbonFlowStudy* study() const { return study_; }
    CarbonPresenter* presenter() const { return presenter_; }
    CarbonPanel* panel() const { return panel_; }

    Overlay overlay() const { return overlay_; }
    // The carbon overlay shows the dock and runs the study when there is no result yet.
    void setOverlay(Overlay overlay);
    void setMethod(gridcarbon::carbon::CefMethod method);
    // Chooses the typical day (empty: the base values) and the hour shown. Returns why not when
    // the case has no such day, or the hour is outside it; nothing changes then.
    std::optional<QString> selectPeriod(const QString& day, std::optional<int> hour);

public slots:
    // Shows the carbon overlay and runs the study with the current day and method.
    void run();
    // The document holds another case.
    void caseReplaced();
    // The case was edited: results and the day list are stale; nothing runs until asked.
    void caseEdited();

signals:
    void status(const QString& text);
    void problem(const QString& title, const QString& text);

private:
    void createActions(QMainWindow* window);
    void createDock(QMainWindow* window);
    // Runs again when the options changed under a result or the carbon overlay.
    void optionsChanged();
    void updateEnabled();
    void selectBuses(const QStringList& ids);

    FeederDocument* document_;
    FeederScene* scene_;
    FeederView* view_;
    CarbonFlowStudy* study_;
    CarbonPresenter* presenter_;
    CarbonPanel* panel_ = nullptr;
    QDockWidget* dock_ = nullptr;

    QActionGroup* overlay_group_ = nullptr;
    QAction* voltage_view_ = nullptr;
    QAction* carbon_view_ = nullptr;
    QAction* run_ = nullptr;
    QAction* method_ac_ = nullptr;
    QAction* method_dc_ = nullptr;
    QMenu* method_menu_ = nullptr;
    Overlay overlay_ = Overlay::Voltage;
};

} // namespace gridcarbon::gui
