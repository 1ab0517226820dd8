// gridcarbon: the desktop application.
//
//   gridcarbon [CASE]                      opens the window, and CASE if given
//   gridcarbon --screenshot FILE CASE      opens CASE, waits for its power flow, saves the
//                                          window as a PNG to FILE and exits
//
// Screenshot exit codes: 0 saved; 2 bad arguments or a case that cannot be read (one line on
// stderr); 3 saved, but the power flow failed or did not converge; 1 the power flow did not
// finish within --timeout seconds, or FILE could not be written.
#include "gui/MainWindow.h"
#include "gui/Resources.h"
#include "gui/studies/JobRunner.h"
#include "gui/studies/PowerFlowStudy.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QPixmap>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("gridcarbon::main", text);
}

void printError(const QString& message) {
    std::fprintf(stderr, "error: %s\n", qPrintable(message.simplified()));
}

int takeScreenshot(const QString& file, const QString& case_path, QSize size, int timeout_s) {
    using gridcarbon::gui::MainWindow;
    using gridcarbon::gui::PowerFlowStudy;

    MainWindow window;
    window.setInteractive(false);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(size);
    window.show();

    enum class Outcome { Pending, Converged, Problem, TimedOut } outcome = Outcome::Pending;
    QString problem;
    QEventLoop loop;
    QObject::connect(window.powerFlow(), &PowerFlowStudy::finished, &loop,
                     [&](const gridcarbon::PowerFlowResult& r) {
                         outcome = r.converged ? Outcome::Converged : Outcome::Problem;
                         if (!r.converged)
                             problem = window.lastError();
                         loop.quit();
                     });
    QObject::connect(window.powerFlow(), &PowerFlowStudy::failed, &loop,
                     [&](const QString& message) {
                         outcome = Outcome::Problem;
                         problem = message;
                         loop.quit();
                     });
    QObject::connect(window.powerFlow(), &PowerFlowStudy::cancelled, &loop, [&] {
        outcome = Outcome::Problem;
        problem = tr("the power flow was cancelled");
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        outcome = Outcome::TimedOut;
        loop.quit();
    });

    if (!window.openCase(case_path)) {
        printError(window.lastError());
        return 2;
    }
    if (window.powerFlow()->isRunning()) {
        timeout.start(timeout_s * 1000);
        loop.exec();
    }
    if (outcome == Outcome::TimedOut) {
        window.jobRunner()->cancel();
        printError(tr("the power flow did not finish within %1 s").arg(timeout_s));
        return 1;
    }
    QCoreApplication::processEvents(); // let the last status message and legend settle

    const QPixmap picture = window.grab();
    if (!picture.save(file, "PNG")) {
        printError(tr("cannot write %1").arg(file));
        return 1;
    }
    if (outcome == Outcome::Problem) {
        printError(problem);
        return 3;
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GridCarbon"));
    QApplication::setApplicationName(QStringLiteral("gridcarbon"));
    QApplication::setApplicationDisplayName(QStringLiteral("GridCarbon"));
    QApplication::setApplicationVersion(QString::fromLatin1(gridcarbon::gui::version()));
    QApplication::setDesktopFileName(QStringLiteral("gridcarbon"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("GridCarbon: a workbench for low-carbon distribution networks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringList{QStringLiteral("screenshot")},
        tr("Open CASE, wait for its power flow, save the window as a PNG to FILE and exit "
           "(0: saved; 2: unreadable case; 3: saved, but the power flow failed; 1: timeout)."),
        tr("FILE"));
    const QCommandLineOption size(QStringList{QStringLiteral("size")},
                                  tr("Window size for --screenshot (default 1400x900)."),
                                  tr("WIDTHxHEIGHT"), QStringLiteral("1400x900"));
    const QCommandLineOption timeout(
        QStringList{QStringLiteral("timeout")},
        tr("Seconds to wait for the power flow in --screenshot mode (default 300)."), tr("SECONDS"),
        QStringLiteral("300"));
    parser.addOption(screenshot);
    parser.addOption(size);
    parser.addOption(timeout);
    parser.addPositionalArgument(
        tr("case"), tr("A GridCarbon case (.json) or a MATPOWER file (.m)."), tr("[CASE]"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.size() > 1) {
        printError(tr("expected at most one CASE, got %1").arg(args.size()));
        return 2;
    }

    if (parser.isSet(screenshot)) {
        if (args.isEmpty()) {
            printError(tr("--screenshot FILE needs a CASE"));
            return 2;
        }
        const auto m =
            QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(size));
        bool ok = false;
        const int seconds = parser.value(timeout).toInt(&ok);
        if (!m.hasMatch() || !ok || seconds <= 0) {
            printError(tr("bad --size or --timeout value"));
            return 2;
        }
        return takeScreenshot(parser.value(screenshot), args.front(),
                              QSize(m.captured(1).toInt(), m.captured(2).toInt()), seconds);
    }

    gridcarbon::gui::MainWindow window;
    window.restoreWindowState();
    window.show();
    if (!args.isEmpty()) {
        const QString path = args.front();
        QTimer::singleShot(0, &window, [&window, path] { window.openCase(path); });
    }
    return app.exec();
}
