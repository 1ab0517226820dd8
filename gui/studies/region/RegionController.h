#pragma once
// The operating-region study in the main window: the study (run on the worker thread through
// the shared JobRunner), its options panel and indices table in a dock on the right, the
// "Operating Region" tab with the 3-D and section views, and the Run action. A run that fails
// or is cancelled says so in one line under the options and leaves the region shown before
// (and the document) as they were. The screenshot's "region" view shows the tab with both
// views, "region-section" the section alone.
#include "gui/studies/StudyController.h"
#include "region/RegionStudy.h"

#include <QString>

#include <optional>

namespace gridcarbon::gui {

class OperatingRegionStudy;
class RegionIndicesTable;
class RegionStudyPanel;
class RegionTab;
struct ScreenshotRequest;

class RegionController : public StudyController {
    Q_OBJECT
public:
    explicit RegionController(const StudyContext& context);

    QAction* runAction() const { return run_; }
    OperatingRegionStudy* study() const { return study_; }
    RegionStudyPanel* panel() const { return panel_; }
    RegionIndicesTable* indices() const { return indices_; }
    RegionTab* regionTab() const { return tab_; }

    QList<QAction*> studyActions() const override;
    QDockWidget* dock() const override { return dock_; }
    Qt::DockWidgetArea dockArea() const override { return Qt::RightDockWidgetArea; }
    QWidget* tab() const override;
    // The document holds another case: the region and the reference go.
    void caseReplaced(const gridcarbon::Case& c) override;
    // The case was edited: the region shown is stale and goes; the reference stays for
    // comparison.
    void caseEdited(const gridcarbon::Case& c) override;
    QStringList screenshotViews() const override;
    // The region views take --observe, --method, --cap, --section-axis and --section-at (and the
    // period's --day, as every view).
    QStringList screenshotOptions(const QString& view) const override;
    bool showForScreenshot(const QString& view, ScreenshotSession& session) override;

public slots:
    // Shows the tab and the options and runs the study with the options set there.
    void run();

private:
    void createDock();
    void showDock();
    // The panel shows the window's period's day, the one the region is built for.
    void showDay();
    // Run needs a case and options that can run (RegionStudyPanel::notReady()).
    void updateEnabled();
    // The region shown belongs to an older case; a new case also resets the options.
    void dropResult(const gridcarbon::Case& c, bool new_case);
    void onFinished(const gridcarbon::region::RegionResult& result);
    void updateIndices();
    // Screenshots: sets the options from the request, and puts the cut plane where it says;
    // the one-line reason when they do not fit the case or the region.
    static std::optional<QString> chooseOptions(RegionStudyPanel& panel,
                                                const ScreenshotRequest& request);
    static std::optional<QString> placeCut(RegionTab& tab, const ScreenshotRequest& request);

    OperatingRegionStudy* study_;
    RegionTab* tab_;
    RegionStudyPanel* panel_ = nullptr;
    RegionIndicesTable* indices_ = nullptr;
    QDockWidget* dock_ = nullptr;
    QAction* run_ = nullptr;
    bool widened_ = false;
    QString hint_; // why Run is off, as the panel shows it
};

} // namespace gridcarbon::gui
