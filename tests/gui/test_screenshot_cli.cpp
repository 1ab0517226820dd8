// `gridcarbon --screenshot FILE CASE` as a user runs it: a real process, a real PNG.
#include "ImageStats.h"

#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kExe = QStringLiteral(GRIDCARBON_GUI_EXE);
const QString kFeeder5 = QStringLiteral(GRIDCARBON_TEST_DATA "/feeder5.json");
} // namespace

class ScreenshotCliTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    QProcessEnvironment environment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir_.filePath(QStringLiteral("config")));
        return env;
    }

private slots:
    void screenshotIsWritten() {
        QVERIFY(dir_.isValid());
        const QString png = dir_.filePath(QStringLiteral("feeder5.png"));
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(kExe, {QStringLiteral("--screenshot"), png, kFeeder5});
        QVERIFY(p.waitForFinished(150000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(QString::fromLocal8Bit(p.readAllStandardError())));
        QVERIFY(QFileInfo::exists(png));
        const QImage img(png);
        QVERIFY(!img.isNull());
        QCOMPARE(img.size() / img.devicePixelRatio(), QSize(1400, 900));
        const ImageStats stats = imageStats(img);
        QVERIFY2(stats.distinct_colours > 64, qPrintable(QString::number(stats.distinct_colours)));
        QVERIFY2(stats.non_background_fraction > 0.03,
                 qPrintable(QString::number(stats.non_background_fraction)));
    }

    void failedPowerFlowStillSaves() {
        QVERIFY(dir_.isValid());
        QFile in(kFeeder5);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        text.replace(R"("r_pu": 0.01, "x_pu": 0.02})",
                     R"("r_pu": 0.01, "x_pu": 0.02, "in_service": false})");
        const QString island = dir_.filePath(QStringLiteral("island.json"));
        {
            QFile out(island);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text);
        }
        const QString png = dir_.filePath(QStringLiteral("island.png"));
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(kExe, {QStringLiteral("--screenshot"), png, island});
        QVERIFY(p.waitForFinished(150000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 3);
        const QString err = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
        QVERIFY2(err.split(QLatin1Char('\n')).last().startsWith(QStringLiteral("error: ")),
                 qPrintable(err));
        const QImage img(png);
        QVERIFY(!img.isNull());
        QVERIFY(imageStats(img).distinct_colours > 64);
    }

    void badCaseExitsTwo() {
        QVERIFY(dir_.isValid());
        const QString bad = dir_.filePath(QStringLiteral("bad.json"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"format\": \"gridcarbon-case\", \"version\": 1, \"buses\": 7}");
        }
        const QString png = dir_.filePath(QStringLiteral("bad.png"));
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(kExe, {QStringLiteral("--screenshot"), png, bad});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        // Exactly one line of ours (Qt itself may warn about the environment first).
        const QString err = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
        const QStringList lines = err.split(QLatin1Char('\n'));
        QVERIFY2(lines.last().startsWith(QStringLiteral("error: ")), qPrintable(err));
        QCOMPARE(lines.filter(QStringLiteral("error: ")).size(), 1);
        QVERIFY(!QFileInfo::exists(png));
    }
};

QTEST_GUILESS_MAIN(ScreenshotCliTest)
#include "test_screenshot_cli.moc"
