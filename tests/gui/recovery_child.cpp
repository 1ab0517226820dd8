// The process the crash-recovery test kills: a main window that builds the 5-bus feeder
// through the editor, autosaves it, says so on stdout and then waits to be killed.
// Arguments: organisation and application name (so that its data directory is the test's).
// With "--save-loop CASE PATH" after them: opens CASE and saves it as PATH through the File
// actions again and again, saying "saved" after the first, until killed.
#include "EditingScript.h"

#include "gui/MainWindow.h"
#include "gui/RecentFiles.h"
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
    if (argc == 6 && QByteArray(argv[3]) == "--save-loop") {
        if (!window.openCase(QString::fromLocal8Bit(argv[4])))
            return 3;
        const QString path = QString::fromLocal8Bit(argv[5]);
        // As an interactive session's save would, so that the next start looks beside it.
        window.files()->recentFiles()->add(path);
        for (bool first = true;; first = false) {
            if (!window.files()->saveAs(path))
                return 3;
            if (first) {
                std::printf("saved\n");
                std::fflush(stdout);
            }
        }
    }
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
