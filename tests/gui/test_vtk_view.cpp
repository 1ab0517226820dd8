// VtkView, the VTK host widget, rendering the demo polyhedron offscreen under Xvfb: it is drawn
// and centred, Reset camera frames it, PNG export writes what is shown, dragging rotates and the
// wheel zooms. And the main window keeps the feeder as its first tab.
#include "ImageStats.h"
#include "WindowTestSupport.h"

#include "gui/MainWindow.h"
#include "gui/editor/FeederView.h"
#include "gui/studies/region/PolyhedronDemo.h"
#include "gui/studies/region/RegionController.h"
#include "gui/studies/region/RegionTab.h"
#include "gui/vtk/SurfaceFormat.h"
#include "gui/vtk/VtkView.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QMouseEvent>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <memory>

using namespace gridcarbon::gui;

namespace {

const QSize kSize(640, 480);

// The demo with its axes (unless asked for) and caption off: what differs from an empty view is
// the polyhedron alone.
void showBarePolyhedron(VtkView& view, bool axes = false) {
    showPolyhedronDemo(view);
    view.setAxesVisible(axes);
    view.setCaption({});
    view.resetCamera(); // framed for the whole view, without room for a caption
}

// A shown view of that size, empty or with the bare demo.
std::unique_ptr<VtkView> makeView(bool with_demo, bool axes = false) {
    auto view = std::make_unique<VtkView>();
    view->resize(kSize);
    if (with_demo)
        showBarePolyhedron(*view, axes);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        return nullptr;
    return view;
}

void send(QWidget* to, QEvent::Type type, QPointF at, Qt::MouseButton button, Qt::MouseButtons held,
          Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QMouseEvent event(type, at, to->mapToGlobal(at), button, held, modifiers);
    QApplication::sendEvent(to, &event);
}

void drag(QWidget* view, QPointF from, QPointF by,
          Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    send(view, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    constexpr int kSteps = 8;
    for (int i = 1; i <= kSteps; ++i)
        send(view, QEvent::MouseMove, from + by * (double(i) / kSteps), Qt::NoButton,
             Qt::LeftButton, modifiers);
    send(view, QEvent::MouseButtonRelease, from + by, Qt::LeftButton, Qt::NoButton, modifiers);
}

void wheel(QWidget* view, QPointF at, int notches) {
    QWheelEvent event(at, view->mapToGlobal(at), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view, &event);
}

QPointF centreOf(const QImage& image) {
    return QPointF(image.width() / 2.0, image.height() / 2.0);
}

} // namespace

class VtkViewTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir config_;
    QImage empty_; // the background of an empty view of kSize

private slots:
    void initTestCase() {
        QVERIFY(window_test::isolateSettings(config_));
        auto view = makeView(false);
        QVERIFY(view);
        empty_ = view->grabImage();
        QVERIFY2(!empty_.isNull(), qPrintable(view->glError()));
    }

    void polyhedronRendersCentred() {
        auto view = std::make_unique<VtkView>();
        view->resize(kSize);
        const PolyhedronDemoShape shape = showPolyhedronDemo(*view);
        QCOMPARE(shape.faces, 10); // every half-space of the demo region is a face
        QVERIFY2(shape.vertices >= 12, qPrintable(QString::number(shape.vertices)));
        view->setAxesVisible(false);
        view->setCaption({});
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));

        const QImage img = view->grabImage();
        QCOMPARE(img.size(), kSize * view->devicePixelRatio());
        QVERIFY(imageStats(img).distinct_colours > 50); // shaded faces, not a flat fill
        const ImageDifference object = imageDifference(img, empty_);
        QVERIFY2(object.fraction(img) > 0.08, qPrintable(QString::number(object.fraction(img))));
        const QPointF off = object.centroid - centreOf(img);
        QVERIFY2(std::abs(off.x()) < 0.08 * img.width() && std::abs(off.y()) < 0.08 * img.height(),
                 qPrintable(QStringLiteral("centroid off by %1, %2").arg(off.x()).arg(off.y())));
    }

    void resetCameraFramesPolyhedron() {
        auto view = makeView(true);
        QVERIFY(view);
        const QImage framed = view->grabImage();
        const ImageDifference before = imageDifference(framed, empty_);
        // Fitted: well inside the picture, filling a good part of it.
        QVERIFY(framed.rect().adjusted(4, 4, -4, -4).contains(before.box));
        QVERIFY2(
            before.box.width() > 0.35 * framed.width() ||
                before.box.height() > 0.35 * framed.height(),
            qPrintable(QStringLiteral("%1x%2").arg(before.box.width()).arg(before.box.height())));

        // Zoom in and pan it half out of the picture, then reset.
        wheel(view.get(), QPointF(320, 240), 4);
        drag(view.get(), QPointF(320, 240), QPointF(250, 150), Qt::ShiftModifier);
        const ImageDifference moved = imageDifference(view->grabImage(), empty_);
        QVERIFY2((moved.centroid - before.centroid).manhattanLength() > 60,
                 qPrintable(QString::number((moved.centroid - before.centroid).manhattanLength())));

        // Rotate too: reset also restores the direction.
        drag(view.get(), QPointF(320, 240), QPointF(-150, 60));
        view->resetCamera();
        const QImage again = view->grabImage();
        const ImageDifference after = imageDifference(again, empty_);
        QVERIFY2((after.centroid - before.centroid).manhattanLength() < 3.0,
                 qPrintable(QString::number((after.centroid - before.centroid).manhattanLength())));
        QVERIFY(std::abs(after.pixels - before.pixels) < before.pixels / 50);
        QVERIFY(imageDifference(again, framed).fraction(again) < 0.005);
    }

    void exportPngWritesShownPicture() {
        auto view = makeView(true, true);
        QVERIFY(view);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(QStringLiteral("region.png"));
        QString error;
        QVERIFY2(view->exportPng(png, &error), qPrintable(error));

        QImageReader reader(png);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage saved = reader.read();
        QVERIFY2(!saved.isNull(), qPrintable(reader.errorString()));
        QCOMPARE(saved.size(), kSize * view->devicePixelRatio());
        QVERIFY(imageDifference(saved, empty_).fraction(saved) > 0.08);
        QVERIFY(imageDifference(saved, view->grabImage()).fraction(saved) < 0.005);
        // Nothing left behind but the picture.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("region.png")});

        // An unwritable place: false, a reason naming it, and no file.
        const QString nowhere = dir.filePath(QStringLiteral("missing/region.png"));
        QVERIFY(!view->exportPng(nowhere, &error));
        QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
        QVERIFY(!QFile::exists(nowhere));
    }

    void rendersWithoutBeingShown() {
        // What the screenshot and export paths rely on: no window needed.
        VtkView view;
        view.resize(kSize);
        showBarePolyhedron(view);
        QVERIFY(!view.isVisible());
        const QImage img = view.grabImage();
        QVERIFY2(!img.isNull(), qPrintable(view.glError()));
        QCOMPARE(img.size(), kSize * view.devicePixelRatio());
        QVERIFY(imageDifference(img, empty_).fraction(img) > 0.08);
    }

    void dragRotates() {
        auto view = makeView(true);
        QVERIFY(view);
        const QImage before = view->grabImage();
        drag(view.get(), QPointF(320, 240), QPointF(140, 0));
        const QImage after = view->grabImage();
        const double changed = imageDifference(after, before).fraction(after);
        QVERIFY2(changed > 0.03, qPrintable(QString::number(changed)));
        // Turned about its centre, not moved away: still there, still near the middle.
        const ImageDifference object = imageDifference(after, empty_);
        QVERIFY(object.fraction(after) > 0.05);
        const QPointF off = object.centroid - centreOf(after);
        QVERIFY2(std::abs(off.x()) < 0.15 * after.width() &&
                     std::abs(off.y()) < 0.15 * after.height(),
                 qPrintable(QStringLiteral("%1, %2").arg(off.x()).arg(off.y())));
    }

    void wheelZooms() {
        auto view = makeView(true);
        QVERIFY(view);
        const qint64 before = imageDifference(view->grabImage(), empty_).pixels;
        wheel(view.get(), QPointF(320, 240), 2);
        const qint64 closer = imageDifference(view->grabImage(), empty_).pixels;
        QVERIFY2(closer > before * 1.25,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(closer)));
        wheel(view.get(), QPointF(320, 240), -4);
        const qint64 farther = imageDifference(view->grabImage(), empty_).pixels;
        QVERIFY2(farther < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(farther)));
    }

    void axesCanBeHidden() {
        auto view = makeView(true, true);
        QVERIFY(view);
        QVERIFY(view->axesVisible());
        const QImage with_axes = view->grabImage();
        view->setAxesVisible(false);
        QVERIFY(!view->axesVisible());
        const QImage without = view->grabImage();
        QVERIFY(imageDifference(with_axes, empty_).pixels >
                imageDifference(without, empty_).pixels + 2000);
        // The triad sits in the upper-right corner, clear of the captions and the tick labels.
        const QRect corner(with_axes.width() * 5 / 6, 0, with_axes.width() / 6,
                           with_axes.height() / 4);
        QVERIFY(imageDifference(with_axes.copy(corner), without.copy(corner)).pixels > 200);
    }

    void captionInUpperLeft() {
        auto view = makeView(true);
        QVERIFY(view);
        const QImage bare = view->grabImage();
        view->setCaption(QStringLiteral("Region"), QStringLiteral("three units"));
        const QImage captioned = view->grabImage();
        const ImageDifference text = imageDifference(captioned, bare);
        QVERIFY2(text.pixels > 150, qPrintable(QString::number(text.pixels)));
        QVERIFY2(QRect(0, 0, kSize.width() / 3, 70).contains(text.box),
                 qPrintable(QStringLiteral("%1,%2 %3x%4")
                                .arg(text.box.x())
                                .arg(text.box.y())
                                .arg(text.box.width())
                                .arg(text.box.height())));
    }

    void legendUnderCaption() {
        auto view = makeView(true);
        QVERIFY(view);
        view->setCaption(QStringLiteral("Region"), QStringLiteral("three units"));
        const QImage captioned = view->grabImage();
        view->setLegend({{QStringLiteral("first"), QColor(220, 20, 20)},
                         {QStringLiteral("second"), QColor(20, 20, 220)}});
        const QImage legend = view->grabImage();
        const ImageDifference added = imageDifference(legend, captioned);
        QVERIFY2(added.pixels > 300, qPrintable(QString::number(added.pixels)));
        // Below the caption's two lines, at the left.
        QVERIFY2(added.box.top() > 50 && added.box.bottom() < 120 &&
                     added.box.right() < kSize.width() / 3,
                 qPrintable(QStringLiteral("%1,%2 %3x%4")
                                .arg(added.box.x())
                                .arg(added.box.y())
                                .arg(added.box.width())
                                .arg(added.box.height())));
        // The swatches in their colours.
        const QImage swatches = legend.copy(QRect(14, 60, 22, 50));
        QVERIFY(imageStats(swatches).distinct_colours >= 2);
        QCOMPARE(QColor(legend.pixel(24, 62 + 8)).rgb(), QColor(220, 20, 20).rgb());
        view->setLegend({});
        QVERIFY(imageDifference(view->grabImage(), captioned).pixels < 20);
    }

    void mainWindowKeepsFeederTabFirst() {
        auto w = window_test::makeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QCOMPARE(w->tabs()->currentWidget(), static_cast<QWidget*>(w->view()));
        QCOMPARE(w->tabs()->count(), 2);
        // The 3-D view starts only when its tab is first shown.
        QVERIFY(w->study<RegionController>()->regionTab()->view() == nullptr);
        w->tabs()->setCurrentWidget(w->study<RegionController>()->regionTab());
        VtkView* view = w->study<RegionController>()->regionTab()->view();
        QVERIFY(view != nullptr);
        QTRY_VERIFY(view->isVisible());
        const QImage shot = view->grabImage();
        QVERIFY2(!shot.isNull(), qPrintable(view->glError()));
        QVERIFY(imageStats(shot).non_background_fraction > 0.5); // gradient and caption
        QVERIFY(imageStats(w->grab().toImage()).distinct_colours > 64);
        w->tabs()->setCurrentWidget(w->view());
        QVERIFY(w->view()->isVisible());
    }
};

int main(int argc, char* argv[]) {
    useVtkSurfaceFormat(); // before the QApplication, as in the application
    QApplication app(argc, argv);
    VtkViewTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_vtk_view.moc"
