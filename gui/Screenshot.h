#pragma once
// `gridcarbon --screenshot`: opens a case in a window that is never shown on screen, lets every
// study settle what it runs by itself (the power flow), has the study that owns the view asked
// for show it (StudyController::screenshotViews() and showForScreenshot(): the voltage overlay,
// the carbon view of a day and hour, the operating region's tab), and saves the window as a
// PNG. The request and the outcome are in gui/studies/StudyScreenshot.h.
#include "gui/studies/StudyScreenshot.h"

#include <QStringList>

namespace gridcarbon::gui {

// Needs a QApplication. An unknown view is exit code 2.
ScreenshotOutcome takeScreenshot(const ScreenshotRequest& request);

} // namespace gridcarbon::gui
