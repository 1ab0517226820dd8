#pragma once
// What `gridcarbon --screenshot` asks for (the request app/gui_main.cpp fills in), what comes
// of it, and the session the studies take part in (StudyController::settleForScreenshot and
// showForScreenshot): the window is never shown on screen; each study waits for its runs here
// and says what went wrong.
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace gridcarbon::gui {

class EngineStudy;
class JobRunner;

struct ScreenshotRequest {
    QString file;
    QString case_path;
    QSize size{1400, 900};
    int timeout_s = 300; // for each study
    // The view, as `--view` names it: one a registered study declares
    // (StudyController::screenshotViews()); empty for the first one declared (the voltage
    // overlay). takeScreenshot refuses another.
    QString view_name;
    // The options given that only some views take ("day", "hour", "method", "observe", "cap",
    // "section-axis", "section-at": their names without "--"). takeScreenshot refuses one the
    // view's study does not list in StudyController::screenshotOptions().
    QStringList view_options;
    // Every view: the window's period (gui/studies/StudyPeriod.h), the typical day (empty: base
    // values; none: the case's first) and the hour.
    std::optional<QString> day;
    std::optional<int> hour;
    // The method, as given (empty: the study's default); the study of the view reads it: the
    // carbon view "ac" or "dc", the region views "adaptive", "scba", "hba" or "chba".
    QString method;
    // Region views only: the observed buses ("3,5,7", or "auto:N" for the N chosen by carbon
    // emission flow; empty: the options panel's default), the daily carbon cap (none: the
    // case's), and the cut plane: the observed bus whose axis it crosses and where (none: the
    // last axis, through the base point).
    QString observe;
    std::optional<double> cap_t;
    QString section_axis;
    std::optional<double> section_at;
    // An element (bus, branch, load or device id) to select, so that the property editor
    // shows it.
    QString select;
    // Also writes the feeder diagram (PNG, SVG or PDF by suffix) as File ▸ Export Diagram does.
    QString diagram;
};

struct ScreenshotOutcome {
    // 0 saved; 2 the case cannot be read or has no such day or hour; 3 saved, but a study
    // failed or did not converge; 1 a study did not finish in time, or the file cannot be
    // written.
    int exit_code = 0;
    QString error; // one line, when exit_code != 0
};

class ScreenshotSession {
public:
    // `last_error` gives the last error the window reported.
    ScreenshotSession(const ScreenshotRequest& request, JobRunner* runner,
                      std::function<QString()> last_error);

    const ScreenshotRequest& request() const { return request_; }
    QString lastError() const { return last_error_(); }

    // Waits until `study` has ended (it may still be queued behind another study). false when
    // the request's timeout passed first: the job is cancelled and the outcome is exit code 1
    // with `timeout_message` (its %1: the seconds waited).
    bool waitFor(EngineStudy* study, const QString& timeout_message);
    // Stops the screenshot: nothing is saved. Returns false, for `return session.fail(...)`.
    bool fail(int exit_code, const QString& error);
    // A study failed or did not converge: the picture is still saved, and the outcome is exit
    // code 3 with the first problem noted.
    void noteProblem(const QString& text);
    bool hasProblem() const { return !problem_.isEmpty(); }

    // What stopped the screenshot (fail(), a timeout); otherwise the noted problem, if any.
    ScreenshotOutcome outcome() const;

private:
    const ScreenshotRequest& request_;
    JobRunner* runner_;
    std::function<QString()> last_error_;
    std::optional<ScreenshotOutcome> stopped_;
    QString problem_;
};

} // namespace gridcarbon::gui
