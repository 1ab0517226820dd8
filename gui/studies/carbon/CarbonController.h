#pragma once
// The carbon emission flow study in the main window: the study and its presenter (the
// "carbon" overlay of the feeder), the carbon dock (bus table, intensity chart), the View action
// that shows the carbon overlay, the actions that run the study and choose its method. It studies
// the window's period (gui/studies/StudyPeriod.h): a whole typical day, drawn at the period's hour.
// Showing the carbon overlay shows the dock and runs the study when there is no result yet.
#include "carbon/CarbonStudy.h"
#include "gui/studies/StudyController.h"

#include <QPointer>
#include <QString>

#include <optional>

class QMenu;
class QToolButton;

namespace gridcarbon::gui {

class CarbonFlowStudy;
class CarbonIntensitiesDialog;
class CarbonPanel;
class CarbonPresenter;

class CarbonController : public StudyController {
    Q_OBJECT
public:
    explicit CarbonController(const StudyContext& context);

    // Checkable: shows the carbon overlay.
    QAction* carbonViewAction() const { return carbon_view_; }
    QAction* runAction() const { return run_; }
    // Study ▸ Carbon Intensities…: the units' intensities in a dialog, one undoable edit.
    QAction* intensitiesAction() const { return intensities_; }
    // The dialog the action opened last, while it is open.
    CarbonIntensitiesDialog* intensitiesDialog() const;
    // AC or DC, checkable and exclusive.
    QMenu* methodMenu() const { return method_menu_; }
    // A button for the run action with the method menu beside it.
    QToolButton* createRunButton(QWidget* parent) const;

    CarbonFlowStudy* study() const { return study_; }
    CarbonPresenter* presenter() const { return presenter_; }
    CarbonPanel* panel() const { return panel_; }

    void setMethod(gridcarbon::carbon::CefMethod method);

    QList<QAction*> studyActions() const override;
    void addToolBarItems(QToolBar* bar) const override;
    QAction* overlayAction() const override { return carbon_view_; }
    QDockWidget* dock() const override { return dock_; }
    // The document holds another case: the carbon overlay, if shown, runs the study again.
    void caseReplaced(const gridcarbon::Case& c) override;
    // The case was edited: results and the day list are stale; nothing runs until asked.
    void caseEdited(const gridcarbon::Case& c) override;
    QStringList screenshotViews() const override;
    // "carbon" (the hour's bar chart in the dock) and "carbon-day" (the day's charts).
    // Both take --method (ac or dc); the period (--day, --hour) is every view's.
    QStringList screenshotOptions(const QString& view) const override;
    bool showForScreenshot(const QString& view, ScreenshotSession& session) override;

public slots:
    // Shows the carbon overlay and runs the study with the current day and method.
    void run();

private:
    void createActions();
    void createDock();
    // The scene shows overlay `name`: the carbon one shows the dock and runs the study when
    // there is no result yet.
    void overlayShown(const QString& name);
    bool carbonShown() const;
    // Runs again when the options changed under a result or the carbon overlay.
    void optionsChanged();
    // Runs the study, unless no unit has carbon data: then the dock says what is missing and
    // how to set it (no error box), and false.
    bool runStudy();
    // "Case 'x' has no carbon data: set … with Study ▸ Carbon Intensities…".
    QString noCarbonData() const;
    void editIntensities();
    void updateEnabled();

    CarbonFlowStudy* study_;
    CarbonPresenter* presenter_;
    CarbonPanel* panel_ = nullptr;
    QDockWidget* dock_ = nullptr;

    QAction* carbon_view_ = nullptr;
    QAction* run_ = nullptr;
    QAction* intensities_ = nullptr;
    QPointer<CarbonIntensitiesDialog> intensities_dialog_;
    QAction* method_ac_ = nullptr;
    QAction* method_dc_ = nullptr;
    QMenu* method_menu_ = nullptr;
};

} // namespace gridcarbon::gui
