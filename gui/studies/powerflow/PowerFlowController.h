#pragma once
// The power-flow study in the main window: the study (it runs by itself on every case opened)
// and its presenter, the "voltage" overlay of the feeder (the default one) with its View
// action, and Study ▸ Run Power Flow. The screenshot's "voltage" view is this overlay.
#include "gui/studies/StudyController.h"

namespace gridcarbon::gui {

class PowerFlowPresenter;
class PowerFlowStudy;

class PowerFlowController : public StudyController {
    Q_OBJECT
public:
    explicit PowerFlowController(const StudyContext& context);

    QAction* runAction() const { return run_; }
    // Checkable: shows the voltage overlay.
    QAction* voltageViewAction() const { return voltage_view_; }
    PowerFlowStudy* study() const { return study_; }
    PowerFlowPresenter* presenter() const { return presenter_; }

    QList<QAction*> studyActions() const override;
    void addToolBarItems(QToolBar* bar) const override;
    QAction* overlayAction() const override { return voltage_view_; }
    void caseReplaced(const gridcarbon::Case& c) override;
    void caseEdited(const gridcarbon::Case& c) override;
    QStringList screenshotViews() const override;
    bool settleForScreenshot(ScreenshotSession& session) override;
    bool showForScreenshot(const QString& view, ScreenshotSession& session) override;

public slots:
    // Solves the power flow of the case, at the window's period, on the worker thread.
    void run();

private:
    // Solves the hour of the window's period.
    void solvePeriod();
    void updateEnabled();

    PowerFlowStudy* study_;
    PowerFlowPresenter* presenter_;
    QAction* run_ = nullptr;
    QAction* voltage_view_ = nullptr;
};

} // namespace gridcarbon::gui
