#include "gui/studies/StudyScreenshot.h"

#include "gui/studies/EngineStudy.h"
#include "gui/studies/JobRunner.h"

#include <QEventLoop>
#include <QTimer>

#include <utility>

namespace gridcarbon::gui {

ScreenshotSession::ScreenshotSession(const ScreenshotRequest& request, JobRunner* runner,
                                     std::function<QString()> last_error)
    : request_(request), runner_(runner), last_error_(std::move(last_error)) {}

bool ScreenshotSession::waitFor(EngineStudy* study, const QString& timeout_message) {
    if (!study->isRunning() && !study->isQueued())
        return true;
    QEventLoop loop;
    bool ended = false;
    QObject::connect(study, &EngineStudy::ended, &loop, [&] {
        ended = true;
        loop.quit();
    });
    QTimer::singleShot(request_.timeout_s * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    if (ended)
        return true;
    runner_->cancel();
    return fail(1, timeout_message.arg(request_.timeout_s));
}

bool ScreenshotSession::fail(int exit_code, const QString& error) {
    if (!stopped_)
        stopped_ = ScreenshotOutcome{exit_code, error};
    return false;
}

void ScreenshotSession::noteProblem(const QString& text) {
    if (problem_.isEmpty())
        problem_ = text;
}

ScreenshotOutcome ScreenshotSession::outcome() const {
    if (stopped_)
        return *stopped_;
    if (!problem_.isEmpty())
        return {3, problem_};
    return {};
}

} // namespace gridcarbon::gui
