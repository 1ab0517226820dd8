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
const QString kIeee33Der = QStringLiteral(GRIDCARBON_CASES "/ieee33-der.json");

struct Finished {
    int exit_code = -1;
    QString error; // stderr, trimmed
};

// Pixels of exactly `colour`: flat fills (bars, bus discs) survive antialiasing inside.
qint64 pixelsOf(const QImage& source, QRgb colour) {
    const QImage img = source.convertToFormat(QImage::Format_RGB32);
    qint64 n = 0;
    for (int y = 0; y < img.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x)
            n += (line[x] & 0xffffff) == (colour & 0xffffff);
    }
    return n;
}

} // namespace

class ScreenshotCliTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    Finished runGui(const QStringList& args, int timeout_ms = 150000) const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir_.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir_.filePath(QStringLiteral("data")));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(kExe, args);
        if (!p.waitForFinished(timeout_ms) || p.exitStatus() != QProcess::NormalExit)
            return {};
        return {p.exitCode(), QString::fromLocal8Bit(p.readAllStandardError()).trimmed()};
    }

    // feeder5 with `from` replaced by `to`, written next to the screenshots.
    QString variantOfFeeder5(const QString& name, const QByteArray& from, const QByteArray& to) {
        QFile in(kFeeder5);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QByteArray text = in.readAll();
        if (!text.contains(from))
            return {};
        text.replace(from, to);
        const QString path = dir_.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(text);
        return path;
    }

    // The last stderr line is ours: "error: …".
    static bool endsWithOneError(const QString& err) {
        const QStringList lines = err.split(QLatin1Char('\n'));
        return lines.last().startsWith(QStringLiteral("error: ")) &&
               lines.filter(QStringLiteral("error: ")).size() == 1;
    }

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void screenshotIsWritten() {
        const QString png = dir_.filePath(QStringLiteral("feeder5.png"));
        const Finished f = runGui({QStringLiteral("--screenshot"), png, kFeeder5});
        QVERIFY2(f.exit_code == 0, qPrintable(f.error));
        QVERIFY(QFileInfo::exists(png));
        const QImage img(png);
        QVERIFY(!img.isNull());
        QCOMPARE(img.size() / img.devicePixelRatio(), QSize(1400, 900));
        const ImageStats stats = imageStats(img);
        QVERIFY2(stats.distinct_colours > 64, qPrintable(QString::number(stats.distinct_colours)));
        QVERIFY2(stats.non_background_fraction > 0.03,
                 qPrintable(QString::number(stats.non_background_fraction)));
    }

    void selectionAndDiagramExport() {
        const QString png = dir_.filePath(QStringLiteral("selected.png"));
        const QString svg = dir_.filePath(QStringLiteral("feeder5.svg"));
        const Finished f =
            runGui({QStringLiteral("--screenshot"), png, QStringLiteral("--select"),
                    QStringLiteral("3"), QStringLiteral("--export-diagram"), svg, kFeeder5});
        QVERIFY2(f.exit_code == 0, qPrintable(f.error));
        QFile out(svg);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray text = out.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("fill=\"#ffffff\"")); // a figure's white background

        const Finished unknown =
            runGui({QStringLiteral("--screenshot"), png, QStringLiteral("--select"),
                    QStringLiteral("nope"), kFeeder5});
        QCOMPARE(unknown.exit_code, 2);
        QVERIFY2(unknown.error.contains(QStringLiteral("'nope'")), qPrintable(unknown.error));
    }

    void failedPowerFlowStillSaves() {
        const QString island =
            variantOfFeeder5(QStringLiteral("island.json"), R"("r_pu": 0.01, "x_pu": 0.02})",
                             R"("r_pu": 0.01, "x_pu": 0.02, "in_service": false})");
        QVERIFY(!island.isEmpty());
        const QString png = dir_.filePath(QStringLiteral("island.png"));
        const Finished f = runGui({QStringLiteral("--screenshot"), png, island});
        QCOMPARE(f.exit_code, 3);
        QVERIFY2(endsWithOneError(f.error), qPrintable(f.error));
        const QImage img(png);
        QVERIFY(!img.isNull());
        QVERIFY(imageStats(img).distinct_colours > 64);
    }

    void badCaseExitsTwo() {
        const QString bad = dir_.filePath(QStringLiteral("bad.json"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"format\": \"gridcarbon-case\", \"version\": 1, \"buses\": 7}");
        }
        const QString png = dir_.filePath(QStringLiteral("bad.png"));
        const Finished f = runGui({QStringLiteral("--screenshot"), png, bad}, 60000);
        QCOMPARE(f.exit_code, 2);
        // Exactly one line of ours (Qt itself may warn about the environment first).
        QVERIFY2(endsWithOneError(f.error), qPrintable(f.error));
        QVERIFY(!QFileInfo::exists(png));
    }

    void carbonViewScreenshotShowsHourOfDay() {
        const QString png = dir_.filePath(QStringLiteral("carbon.png"));
        const Finished f =
            runGui({QStringLiteral("--screenshot"), png, QStringLiteral("--view"),
                    QStringLiteral("carbon"), kIeee33Der, QStringLiteral("--day"),
                    QStringLiteral("summer"), QStringLiteral("--hour"), QStringLiteral("12")});
        QVERIFY2(f.exit_code == 0, qPrintable(f.error));
        const QImage img(png);
        QVERIFY(!img.isNull());
        QCOMPARE(img.size() / img.devicePixelRatio(), QSize(1400, 900));
        QVERIFY(imageStats(img).distinct_colours > 64);
        // The intensity chart's bars (a flat slate) are in the picture: the carbon dock is open.
        QVERIFY2(pixelsOf(img, qRgb(0x60, 0x7d, 0x8b)) > 2000,
                 qPrintable(QString::number(pixelsOf(img, qRgb(0x60, 0x7d, 0x8b)))));
    }

    void carbonViewUnknownDayExitsTwo() {
        const QString png = dir_.filePath(QStringLiteral("no-day.png"));
        const Finished f = runGui({QStringLiteral("--screenshot"), png, QStringLiteral("--view"),
                                   QStringLiteral("carbon"), kIeee33Der, QStringLiteral("--day"),
                                   QStringLiteral("monsoon")},
                                  60000);
        QCOMPARE(f.exit_code, 2);
        QVERIFY2(endsWithOneError(f.error), qPrintable(f.error));
        QVERIFY(f.error.contains(QStringLiteral("monsoon")));
        QVERIFY(!QFileInfo::exists(png));
        // The period is every view's: an hour outside the day is refused in the voltage view too,
        // naming the hour.
        const Finished g = runGui({QStringLiteral("--screenshot"), png, kIeee33Der,
                                   QStringLiteral("--hour"), QStringLiteral("30")},
                                  60000);
        QCOMPARE(g.exit_code, 2);
        QVERIFY2(g.error.contains(QStringLiteral("hour 30")), qPrintable(g.error));
    }

    void carbonViewWithoutCarbonDataStillSaves() {
        const QString plain = variantOfFeeder5(QStringLiteral("plain.json"), R"(,
     "carbon_intensity_t_per_mwh": 0.8)",
                                               "");
        QVERIFY(!plain.isEmpty());
        const QString png = dir_.filePath(QStringLiteral("plain.png"));
        const Finished f = runGui({QStringLiteral("--screenshot"), png, QStringLiteral("--view"),
                                   QStringLiteral("carbon"), plain});
        QCOMPARE(f.exit_code, 3);
        QVERIFY2(endsWithOneError(f.error), qPrintable(f.error));
        QVERIFY(f.error.contains(QStringLiteral("no carbon data")));
        QVERIFY(!QImage(png).isNull());
    }

    void regionScreenshotShowsPolyhedronAndSection() {
        const QString kMicrogridA = QStringLiteral(GRIDCARBON_CASES "/microgrid-a.json");
        const auto tealPixels = [](const QImage& source) {
            const QImage img = source.convertToFormat(QImage::Format_RGB32);
            qint64 teal = 0;
            for (int y = 0; y < img.height(); ++y) {
                const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
                for (int x = 0; x < img.width(); ++x)
                    teal +=
                        qGreen(line[x]) > qRed(line[x]) + 30 && qBlue(line[x]) > qRed(line[x]) + 30;
            }
            return teal;
        };
        const QString png = dir_.filePath(QStringLiteral("region.png"));
        const Finished f =
            runGui({QStringLiteral("--screenshot"), png, QStringLiteral("--view"),
                    QStringLiteral("region"), kMicrogridA, QStringLiteral("--observe"),
                    QStringLiteral("3,5,7"), QStringLiteral("--section-axis"), QStringLiteral("7"),
                    QStringLiteral("--section-at"), QStringLiteral("0.5"), QStringLiteral("--size"),
                    QStringLiteral("1400x900")});
        QVERIFY2(f.exit_code == 0, qPrintable(f.error));
        const QImage img(png);
        QVERIFY(!img.isNull());
        QCOMPARE(img.size() / img.devicePixelRatio(), QSize(1400, 900));
        // The translucent teal faces and the section: green and blue well above red.
        const qint64 both = tealPixels(img);
        QVERIFY2(both > 15000, qPrintable(QString::number(both)));

        // The section alone: the teal of the section only, but bigger.
        const QString section = dir_.filePath(QStringLiteral("region-section.png"));
        const Finished g =
            runGui({QStringLiteral("--screenshot"), section, QStringLiteral("--view"),
                    QStringLiteral("region-section"), kMicrogridA, QStringLiteral("--observe"),
                    QStringLiteral("3,5,7"), QStringLiteral("--size"), QStringLiteral("1400x900")});
        QVERIFY2(g.exit_code == 0, qPrintable(g.error));
        const qint64 alone = tealPixels(QImage(section));
        QVERIFY2(alone > 15000, qPrintable(QString::number(alone)));

        // A cut across a bus that is not observed, a bus without a load, an hour outside the day.
        for (const QStringList& bad :
             {QStringList{QStringLiteral("--observe"), QStringLiteral("3,5,7"),
                          QStringLiteral("--section-axis"), QStringLiteral("4")},
              QStringList{QStringLiteral("--observe"), QStringLiteral("1,3")},
              QStringList{QStringLiteral("--hour"), QStringLiteral("99")}}) {
            const Finished h =
                runGui(QStringList{QStringLiteral("--screenshot"), png, QStringLiteral("--view"),
                                   QStringLiteral("region"), kMicrogridA} +
                           bad,
                       60000);
            QVERIFY2(h.exit_code == 2, qPrintable(bad.join(' ') + ": " + h.error));
            QVERIFY2(endsWithOneError(h.error), qPrintable(h.error));
        }
    }
};

QTEST_GUILESS_MAIN(ScreenshotCliTest)
#include "test_screenshot_cli.moc"
