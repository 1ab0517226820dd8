// The process the crash-recovery test kills: a main window that builds the 5-bus feeder
// through the editor, autosaves it, says so on stdout and then waits to be killed.
// Arguments: organisation and application name (so that its data directory is the test's).
#include "EditingScript.h"

#include "gui/MainWindow.h"
#include "gui/shell/Autosave.h"
#include "gui/shell/FileActions.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: recovery_child ORGANISATION APPLICATION\n");
        return 2;
    }
    QCoreApplication::setOrganizationName(QString::fromLocal8Bit(argv[1]));
    QCoreApplication::setApplicationName(QString::fromLocal8Bit(argv[2]));
    gridcarbon::gui::MainWindow window;
    window.setInteractive(false);
    if (editing_script::buildFiveBusFeeder(*window.editor()) == 0)
        return 3;
    if (const auto error = window.files()->autosave()->saveNow()) {
        std::fprintf(stderr, "autosave failed: %s\n", qPrintable(*error));
        return 3;
    }
    std::printf("autosaved\n");
    std::fflush(stdout);
    return app.exec(); // until killed
}
