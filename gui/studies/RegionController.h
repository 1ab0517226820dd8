#pragma once
// The operating-region feature of the main window, wired in one place: the study (run on the
// worker thread through the shared JobRunner), its options panel and indices table in a dock,
// the "Operating Region" tab with the 3-D and section views, and the Run action. A run that
// fails or is cancelled says so in one line under the options and leaves the region shown
// before (and the document) as they were.
#include "region/RegionStudy.h"

#include <QObject>
#include <QString>

class QAction;
class QDockWidget;
class QMainWindow;
class QTabWidget;
class QToolButton;
class QWidget;

namespace gridcarbon::gui {

class FeederDocument;
class JobRunner;
class OperatingRegionStudy;
class RegionIndicesTable;
class RegionStudyPanel;
class RegionTab;

class RegionController : public QObject {
    Q_OBJECT
public:
    // Adds the tab to `tabs` and the (hidden) dock to `window`, which owns everything made here.
    RegionController(FeederDocument* document, JobRunner* runner, QTabWidget* tabs,
                     QMainWindow* window);

    QAction* runAction() const { return run_; }
    QDockWidget* dock() const { return dock_; }
    OperatingRegionStudy* study() const { return study_; }
    RegionStudyPanel* panel() const { return panel_; }
    RegionIndicesTable* indices() const { return indices_; }
    RegionTab* tab() const { return tab_; }

public slots:
    // Shows the tab and the options and runs the study with the options set there.
    void run();
    // The document holds another case: the region and the reference go.
    void caseReplaced();
    // The case was edited: the region shown is stale and goes; the reference stays for
    // comparison.
    void caseEdited();

signals:
    void status(const QString& text);
    void problem(const QString& title, const QString& text);

private:
    void createDock(QMainWindow* window, JobRunner* runner);
    // The region shown belongs to an older case; a new case also resets the options.
    void dropResult(bool new_case);
    void onFinished(const gridcarbon::region::RegionResult& result);
    void updateIndices();

    FeederDocument* document_;
    QMainWindow* window_;
    QTabWidget* tabs_;
    OperatingRegionStudy* study_;
    RegionTab* tab_;
    RegionStudyPanel* panel_ = nullptr;
    RegionIndicesTable* indices_ = nullptr;
    QDockWidget* dock_ = nullptr;
    QAction* run_ = nullptr;
    bool widened_ = false;
};

} // namespace gridcarbon::gui
