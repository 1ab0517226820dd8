#include "gui/studies/StudyController.h"

namespace gridcarbon::gui {

StudyController::StudyController(const StudyContext& context) : context_(context) {}

StudyController::~StudyController() = default;

void StudyController::addToolBarItems(QToolBar*) const {}

void StudyController::caseReplaced(const gridcarbon::Case&) {}

void StudyController::caseEdited(const gridcarbon::Case&) {}

QStringList StudyController::screenshotOptions(const QString&) const {
    return {};
}

bool StudyController::settleForScreenshot(ScreenshotSession&) {
    return true;
}

bool StudyController::showForScreenshot(const QString&, ScreenshotSession&) {
    return true;
}

QString StudyController::diagnosticLine(const QString& study, const gridcarbon::Diagnostic& d) {
    using Severity = gridcarbon::Diagnostic::Severity;
    const QString severity = d.severity == Severity::Error     ? tr("error")
                             : d.severity == Severity::Warning ? tr("warning")
                                                               : tr("note");
    const QString message = QString::fromStdString(d.message).simplified();
    if (d.item_id.empty())
        return tr("%1 (%2): %3").arg(study, severity, message);
    return tr("%1 — %2 (%3): %4").arg(study, QString::fromStdString(d.item_id), severity, message);
}

void StudyController::logDiagnostics(const QString& study, const gridcarbon::EngineResult& result) {
    for (const gridcarbon::Diagnostic& d : result.diagnostics)
        if (d.severity != gridcarbon::Diagnostic::Severity::Info)
            emit diagnostic(diagnosticLine(study, d), d.severity);
}

} // namespace gridcarbon::gui
