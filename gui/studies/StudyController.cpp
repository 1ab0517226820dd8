#include "gui/studies/StudyController.h"

namespace gridcarbon::gui {

StudyController::StudyController(const StudyContext& context) : context_(context) {}

StudyController::~StudyController() = default;

void StudyController::addToolBarItems(QToolBar*) const {}

void StudyController::caseReplaced(const gridcarbon::Case&) {}

void StudyController::caseEdited(const gridcarbon::Case&) {}

bool StudyController::settleForScreenshot(ScreenshotSession&) {
    return true;
}

bool StudyController::showForScreenshot(const QString&, ScreenshotSession&) {
    return true;
}

} // namespace gridcarbon::gui
