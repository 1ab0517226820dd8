#pragma once
// What the in-process window tests share: where the test cases are, how long to wait for a
// study, a window that shows no message boxes, and settings kept away from the user's.
#include "gui/MainWindow.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace window_test {

inline const QString kFeeder5 = QStringLiteral(GRIDCARBON_TEST_DATA "/feeder5.json");
inline const QString kIeee33Der = QStringLiteral(GRIDCARBON_CASES "/ieee33-der.json");
inline constexpr int kWaitMs = 60000;

inline std::unique_ptr<gridcarbon::gui::MainWindow> makeWindow() {
    auto w = std::make_unique<gridcarbon::gui::MainWindow>();
    w->setInteractive(false);
    w->resize(1400, 900);
    w->show();
    return w;
}

// Keeps the user's settings (recent files, geometry) and data (autosave recovery files) out of
// the tests: call from initTestCase() with a directory that lives as long as the test object.
inline bool isolateSettings(const QTemporaryDir& config) {
    if (!config.isValid())
        return false;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(config.filePath(QStringLiteral("data"))));
    QCoreApplication::setOrganizationName(QStringLiteral("GridCarbonTests"));
    QCoreApplication::setApplicationName(QStringLiteral("gridcarbon-gui-tests"));
    return true;
}

} // namespace window_test
