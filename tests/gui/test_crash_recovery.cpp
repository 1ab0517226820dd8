// Crash recovery across processes: a child window edits a feeder and autosaves; while it lives
// nobody else is offered its autosave; once it is killed (SIGKILL, no chance to clean up) the
// next window's start offers the autosave and restores the edited case exactly, as unsaved.
#include "EditingScript.h"
#include "WindowTestSupport.h"

#include "gui/editor/FeederDocument.h"
#include "gui/editor/FeederEditor.h"
#include "gui/shell/FileActions.h"
#include "gui/shell/RecoveryStore.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gridcarbon::gui;
using namespace window_test;

class CrashRecoveryTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir config_;

    // The case the child builds, built here the same way.
    static gridcarbon::Case expectedCase() {
        FeederDocument document;
        FeederEditor editor(&document);
        editing_script::buildFiveBusFeeder(editor);
        return document.model();
    }

private slots:
    void initTestCase() { QVERIFY(isolateSettings(config_)); }

    void killedSessionsAutosaveIsOfferedAndRestored() {
        QProcess child;
        child.setProcessEnvironment(QProcessEnvironment::systemEnvironment()); // XDG_* of ours
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(GRIDCARBON_RECOVERY_CHILD),
                    {QCoreApplication::organizationName(), QCoreApplication::applicationName()});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() != QProcess::Running, 30000);
        QCOMPARE(child.readLine().trimmed(), QByteArray("autosaved"));

        {
            // The child is alive: its autosave is its own.
            auto w = makeWindow();
            QVERIFY(w->files()->recoveryCandidates().empty());
        }

        child.kill(); // SIGKILL: no destructors, no clean-up
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        auto w = makeWindow();
        int offered = 0;
        QString origin = QStringLiteral("unset");
        w->files()->setRecoveryPrompt([&](const RecoveryCandidate& c) {
            ++offered;
            origin = c.origin;
            return true;
        });
        w->files()->offerRecovery();
        QCOMPARE(offered, 1);
        QVERIFY(origin.isEmpty()); // the child's feeder had never been saved
        QVERIFY(w->document()->model() == expectedCase());
        QVERIFY(w->document()->isModified());
        QVERIFY(w->isWindowModified());

        // The recovered work is already in this session's own recovery file.
        const QDir recovery(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                            QStringLiteral("/recovery"));
        QCOMPARE(recovery.entryList({QStringLiteral("*.json")}, QDir::Files).size(), 1);

        // Restored once: the next start has nothing to offer.
        auto next = makeWindow();
        QVERIFY(next->files()->recoveryCandidates().empty());
    }

    void declinedAutosaveIsDeleted() {
        QProcess child;
        child.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        child.start(QStringLiteral(GRIDCARBON_RECOVERY_CHILD),
                    {QCoreApplication::organizationName(), QCoreApplication::applicationName()});
        QVERIFY(child.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() != QProcess::Running, 30000);
        child.kill();
        QVERIFY(child.waitForFinished(10000));

        auto w = makeWindow();
        QCOMPARE(w->files()->recoveryCandidates().size(), 1u);
        w->files()->setRecoveryPrompt([](const RecoveryCandidate&) { return false; });
        w->files()->offerRecovery();
        QVERIFY(w->document()->model() == gridcarbon::Case{});
        QVERIFY(w->files()->recoveryCandidates().empty());
    }
};

QTEST_MAIN(CrashRecoveryTest)
#include "test_crash_recovery.moc"
