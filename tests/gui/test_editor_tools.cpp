// The canvas editing tools, driven through real input: mouse presses, moves and releases on the
// feeder view's viewport and key clicks, as a user would, never FeederEditor calls. Covers the
// bus, branch and select tools, moving with snapping (one undo step), deleting, the device
// palette (drop and keyboard), the capacitor layer filter, panning and the view keeping still
// while the user draws.
#include "WindowTestSupport.h"

#include "gui/editor/BranchItem.h"
#include "gui/editor/BusItem.h"
#include "gui/editor/CanvasTools.h"
#include "gui/editor/CapacitorLayerFilter.h"
#include "gui/editor/DeviceItem.h"
#include "gui/editor/DeviceMime.h"
#include "gui/editor/FeederDocument.h"
#include "gui/editor/FeederScene.h"
#include "gui/editor/FeederView.h"
#include "gui/editor/tools/AddBranchTool.h"
#include "gui/editor/tools/AddBusTool.h"
#include "gui/editor/tools/SelectTool.h"
#include "gui/panels/DevicePalette.h"
#include "gui/shell/Preferences.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <memory>

using gridcarbon::CompensationLayer;
using gridcarbon::ElementKind;
using gridcarbon::ElementRef;
using gridcarbon::NewDevice;
using gridcarbon::gui::AddBranchTool;
using gridcarbon::gui::AddBusTool;
using gridcarbon::gui::BranchItem;
using gridcarbon::gui::BusItem;
using gridcarbon::gui::DeviceItem;
using gridcarbon::gui::FeederView;
using gridcarbon::gui::MainWindow;
using gridcarbon::gui::Preferences;
using gridcarbon::gui::SelectTool;
using namespace window_test;

namespace {

// Viewport positions where the tests draw three buses in a row on an empty canvas (the view
// shows the origin at actual size, so these are about 200 scene units apart).
const QPoint kSpots[] = {QPoint(200, 250), QPoint(400, 250), QPoint(600, 250)};

// A window with an empty document, its canvas focused (the tool shortcuts work there).
std::unique_ptr<MainWindow> canvasWindow() {
    auto w = makeWindow();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    // Xvfb has no window manager to activate windows; the shortcuts need an active one.
    QApplication::setActiveWindow(w.get());
    w->view()->setFocus();
    QApplication::processEvents();
    return w;
}

QWidget* viewport(const MainWindow& w) {
    return w.view()->viewport();
}

QPoint onScreen(const MainWindow& w, QPointF scene_pos) {
    return w.view()->mapFromScene(scene_pos);
}

QPoint busSpot(const MainWindow& w, const QString& id) {
    return onScreen(w, w.scene()->busItem(id)->pos());
}

void key(const MainWindow& w, int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QTest::keyClick(w.view()->viewport(), static_cast<Qt::Key>(k), modifiers);
}

// A left-button drag in a few steps, as a hand would.
void drag(QWidget* vp, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QTest::mousePress(vp, Qt::LeftButton, modifiers, from);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(vp, from + (to - from) * step / 4);
    QTest::mouseRelease(vp, Qt::LeftButton, modifiers, to);
}

double snap(double v) {
    const double g = Preferences().grid_size;
    return std::round(v / g) * g;
}

bool onGrid(QPointF p) {
    return std::abs(p.x() - snap(p.x())) < 1e-6 && std::abs(p.y() - snap(p.y())) < 1e-6;
}

// Three buses drawn with the bus tool at kSpots ("1", "2", "3").
bool drawThreeBuses(MainWindow& w) {
    key(w, Qt::Key_B);
    if (!qobject_cast<AddBusTool*>(w.tools()->currentTool()))
        return false;
    for (const QPoint& p : kSpots)
        QTest::mouseClick(viewport(w), Qt::LeftButton, {}, p);
    return w.document()->model().buses.size() == 3;
}

// ... connected by the branch tool: 1-2 and 2-3.
bool drawTwoBranches(MainWindow& w) {
    key(w, Qt::Key_L);
    if (!qobject_cast<AddBranchTool*>(w.tools()->currentTool()))
        return false;
    drag(viewport(w), busSpot(w, "1"), busSpot(w, "2"));
    drag(viewport(w), busSpot(w, "2"), busSpot(w, "3"));
    key(w, Qt::Key_Escape);
    return w.document()->model().branches.size() == 2;
}

// Sends a palette drag of `kind` over the canvas and drops it at `at`.
void dropDevice(const MainWindow& w, NewDevice kind, QPoint at) {
    QWidget* vp = viewport(w);
    std::unique_ptr<QMimeData> mime(gridcarbon::gui::deviceMimeData(kind));
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &move);
    QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &drop);
}

// Selects `bus` with a click of the select tool, then presses Enter on the palette's `kind`.
void addFromPalette(MainWindow& w, const QString& bus, NewDevice kind) {
    key(w, Qt::Key_S);
    QTest::mouseClick(viewport(w), Qt::LeftButton, {}, busSpot(w, bus));
    QListWidget* list = w.palette()->list();
    list->setCurrentItem(w.palette()->item(kind));
    QTest::keyClick(list, Qt::Key_Return);
}

int devicesOn(const gridcarbon::Case& c, const std::string& bus) {
    int n = 0;
    for (const auto& ref : gridcarbon::elementsOnBus(c, bus))
        n += ref.kind != ElementKind::Branch;
    return n;
}

QString status(const MainWindow& w) {
    return w.statusBar()->currentMessage();
}

} // namespace

class EditorToolsTest : public QObject {
    Q_OBJECT

    QTemporaryDir config_;

private slots:
    void initTestCase() { QVERIFY(isolateSettings(config_)); }

    void newDocumentShowsOriginAtActualSize() {
        auto w = canvasWindow();
        QVERIFY(w);
        FeederView* view = w->view();
        QCOMPARE(view->zoom(), 1.0);
        const QPointF centre = view->mapToScene(viewport(*w)->rect().center());
        // Within a pixel each way: the viewport centre of an odd-sized viewport rounds down.
        QVERIFY2(QLineF(centre, QPointF(0, 0)).length() <= 1.5,
                 qPrintable(QStringLiteral("%1, %2").arg(centre.x()).arg(centre.y())));

        // The first bus lands under the pointer: no refit, no jump, no zoom.
        key(*w, Qt::Key_B);
        const QPoint at = kSpots[0];
        const QPointF expected(snap(view->mapToScene(at).x()), snap(view->mapToScene(at).y()));
        QTest::mouseClick(viewport(*w), Qt::LeftButton, {}, at);
        QCOMPARE(w->document()->model().buses.size(), std::size_t{1});
        QCOMPARE(view->zoom(), 1.0);
        QVERIFY(!view->autoFits());
        QCOMPARE(w->scene()->busItem("1")->pos(), expected);
        QVERIFY((onScreen(*w, expected) - at).manhattanLength() <= 20);
    }

    void addBusesByClicking() {
        auto w = canvasWindow();
        QVERIFY(w);
        QVERIFY(drawThreeBuses(*w));
        QCOMPARE(w->document()->undoStack()->count(), 3);
        for (const char* id : {"1", "2", "3"}) {
            const BusItem* bus = w->scene()->busItem(id);
            QVERIFY(bus);
            QVERIFY2(onGrid(bus->pos()), id);
        }
        // The tool stays for the next bus; the last one added is selected.
        QVERIFY(qobject_cast<AddBusTool*>(w->tools()->currentTool()));
        QVERIFY(w->scene()->busItem("3")->isSelected());
        // A click on a bus adds nothing.
        QTest::mouseClick(viewport(*w), Qt::LeftButton, {}, busSpot(*w, "2"));
        QCOMPARE(w->document()->model().buses.size(), std::size_t{3});
        // Esc returns to the select tool.
        key(*w, Qt::Key_Escape);
        QVERIFY(qobject_cast<SelectTool*>(w->tools()->currentTool()));
        QVERIFY(w->tools()->selectAction()->isChecked());
    }

    void addBranchesByDragging() {
        auto w = canvasWindow();
        QVERIFY(w);
        QVERIFY(drawThreeBuses(*w));
        QVERIFY(drawTwoBranches(*w));
        const auto& branches = w->document()->model().branches;
        QCOMPARE(branches[0].from, std::string("1"));
        QCOMPARE(branches[0].to, std::string("2"));
        QCOMPARE(branches[1].from, std::string("2"));
        QCOMPARE(branches[1].to, std::string("3"));
        QCOMPARE(w->scene()->branchItems().size(), 2);
        QCOMPARE(w->document()->undoStack()->count(), 5);

        // Released on empty canvas: nothing added, and the status bar says why.
        key(*w, Qt::Key_L);
        drag(viewport(*w), busSpot(*w, "1"), QPoint(300, 450));
        QCOMPARE(w->document()->model().branches.size(), std::size_t{2});
        QVERIFY2(status(*w).contains(QStringLiteral("another bus")), qPrintable(status(*w)));
    }

    void branchToItselfIsRefused() {
        auto w = canvasWindow();
        QVERIFY(w);
        QVERIFY(drawThreeBuses(*w));
        key(*w, Qt::Key_L);
        const QPoint bus = busSpot(*w, "2");
        drag(viewport(*w), bus, bus + QPoint(3, 2));
        QCOMPARE(w->document()->model().branches.size(), std::size_t{0});
        QCOMPARE(w->document()->undoStack()->count(), 3);
        QVERIFY2(status(*w).contains(QStringLiteral("two different buses")),
                 qPrintable(status(*w)));
    }

    void rubberBandSelects() {
        auto w = canvasWindow();
        QVERIFY(w);
        QVERIFY(drawThreeBuses(*w));
        QVERIFY(drawTwoBranches(*w));
        QVERIFY(qobject_cast<SelectTool*>(w->tools()->currentTool()));

        // A rectangle around buses 1 and 2 from empty canvas: those and the branch between.
        const QPoint b1 = busSpot(*w, "1"), b2 = busSpot(*w, "2");
        drag(viewport(*w), b1 - QPoint(60, 60), b2 + QPoint(60, 60));
        const auto selected = w->scene()->selectedElements();
        QCOMPARE(selected.size(), std::size_t{3});
        QVERIFY(w->scene()->busItem("1")->isSelected());
        QVERIFY(w->scene()->busItem("2")->isSelected());
        QVERIFY(w->scene()->branchItem("BR1")->isSelected());
        QVERIFY(!w->scene()->busItem("3")->isSelected());
        QVERIFY(w->tools()->deleteAction()->isEnabled());

        // Ctrl+click adds bus 3, a second Ctrl+click takes it out again.
        QTest::mouseClick(viewport(*w), Qt::LeftButton, Qt::ControlModifier, busSpot(*w, "3"));
        QVERIFY(w->scene()->busItem("3")->isSelected());
        QCOMPARE(w->scene()->selectedElements().size(), std::size_t{4});
        QTest::mouseClick(viewport(*w), Qt::LeftButton, Qt::ControlModifier, busSpot(*w, "3"));
        QVERIFY(!w->scene()->busItem("3")->isSelected());

        // A plain click on a branch selects it alone; a click on empty canvas clears.
        const QPoint middle = onScreen(*w, w->scene()->branchItem("BR2")->pos());
        QTest::mouseClick(viewport(*w), Qt::LeftButton, {}, middle + QPoint(0, 2));
        QCOMPARE(w->scene()->selectedElements(),
                 (std::vector<ElementRef>{{ElementKind::Branch, "BR2"}}));
        QTest::mouseClick(viewport(*w), Qt::LeftButton, {}, QPoint(300, 480));
        QVERIFY(w->scene()->selectedElements().empty());
        QVERIFY(!w->tools()->deleteAction()->isEnabled());

        // Select All takes every element.
        key(*w, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(w->scene()->selectedElements().size(), std::size_t{5});
    }

    void dragMovesBusOnGridInOneUndoStep() {
        auto w = canvasWindow();
        QVERIFY(w);
        QVERIFY(drawThreeBuses(*w));
        QVERIFY(drawTwoBranches(*w));
        QUndoStack* undo = w->document()->undoStack();
        const int steps = undo->count();
        const auto before = *w->document()->model().buses[1].position;
        const QPointF start = w->scene()->busItem("2")->pos();
        const QPoint from = busSpot(*w, "2");
        const QPoint to = from + QPoint(37, 61);

        // While dragging, the bus and its branches follow the pointer (snapped).
        QWidget* vp = viewport(*w);
        QTest::mousePress(vp, Qt::LeftButton, {}, from);
        QTest::mouseMove(vp, from + QPoint(10, 10));
        QTest::mouseMove(vp, to);
        const QPointF shown = w->scene()->busItem("2")->pos();
        const QPointF pointer = start + w->view()->mapToScene(to) - w->view()->mapToScene(from);
        QCOMPARE(shown, QPointF(snap(pointer.x()), snap(pointer.y())));
        const QPointF b1 = w->scene()->busItem("1")->pos();
        QCOMPARE(w->scene()->branchItem("BR1")->pos(), (b1 + shown) / 2.0);
        QCOMPARE(undo->count(), steps); // nothing committed yet
        QTest::mouseRelease(vp, Qt::LeftButton, {}, to);

        // One undo step; the model holds the snapped position.
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(w->scene()->busItem("2")->pos(), shown);
        QVERIFY(onGrid(w->scene()->busItem("2")->pos()));
        const auto after = *w->document()->model().buses[1].position;
        QCOMPARE(w->scene()->toScene(after), shown);

        // Undo puts it back exactly.
        undo->undo();
        QCOMPARE(*w->document()->model().buses[1].position, before);
        QCOMPARE(w->scene()->busItem("2")->pos(), start);

        // Holding Alt moves it off the grid.
        QTest::mousePress(vp, Qt::LeftButton, {}, from);
        QTest::mouseMove(vp, from + QPoint(10, 10));
        QTest::mouseMove(vp, from + QPoint(23, 7));
        QTest::keyPress(w->view(), Qt::Key_Alt);
        QTest::mouseRelease(vp, Qt::LeftButton, Qt::AltModifier, from + QPoint(23, 7));
        QTest::keyRelease(w->view(), Qt::Key_Alt);
        const QPointF free = w->scene()->busItem("2")->pos();
        QCOMPARE(free,
                 start + w->view()->mapToScene(from + QPoint(23, 7)) - w->view()->mapToScene(from));
        QVERIFY(!onGrid(free));
    }

    void deletingBusDeletesItsBranchesAndDevices() {
        auto w = canvasWindow();
        QVERIFY(w);
        QVERIFY(drawThreeBuses(*w));
        QVERIFY(drawTwoBranches(*w));
        addFromPalette(*w, "2", NewDevice::Load);
        addFromPalette(*w, "2", NewDevice::PV);
        const auto& c = w->document()->model();
        QCOMPARE(devicesOn(c, "2"), 2);
        const gridcarbon::Case full = c;

        key(*w, Qt::Key_S);
        QTest::mouseClick(viewport(*w), Qt::LeftButton, {}, busSpot(*w, "2"));
        QCOMPARE(w->scene()->selectedElements(),
                 (std::vector<ElementRef>{{ElementKind::Bus, "2"}}));
        key(*w, Qt::Key_Delete);
        QCOMPARE(c.buses.size(), std::size_t{2});
        QVERIFY(c.branches.empty());
        QVERIFY(c.loads.empty());
        QVERIFY(c.generators.empty());
        QVERIFY(w->scene()->branchItems().isEmpty());
        QVERIFY(w->scene()->deviceItems().isEmpty());

        key(*w, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(w->document()->model() == full);
        QCOMPARE(w->scene()->branchItems().size(), 2);
        QCOMPARE(w->scene()->deviceItems().size(), 2);
    }

    void deviceDroppedFromPaletteOntoBus() {
        auto w = canvasWindow();
        QVERIFY(w);
        QVERIFY(drawThreeBuses(*w));
        dropDevice(*w, NewDevice::WT, busSpot(*w, "3"));
        const auto& c = w->document()->model();
        QCOMPARE(c.generators.size(), std::size_t{1});
        QCOMPARE(c.generators[0].bus, std::string("3"));
        QCOMPARE(c.generators[0].kind, gridcarbon::GeneratorKind::WT);
        // The new device is drawn and selected.
        QCOMPARE(w->scene()->selectedElements(),
                 (std::vector<ElementRef>{{ElementKind::Generator, c.generators[0].id}}));

        // Beside a bus: refused with a reason.
        dropDevice(*w, NewDevice::Storage, QPoint(300, 480));
        QVERIFY(c.storages.empty());
        QVERIFY2(status(*w).contains(QStringLiteral("onto a bus")), qPrintable(status(*w)));

        // Other data cannot be dropped (the scene accepts every drag entering; moves decide).
        QMimeData text;
        text.setText(QStringLiteral("3"));
        QDragEnterEvent enter(busSpot(*w, "3"), Qt::CopyAction, &text, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(viewport(*w), &enter);
        QDragMoveEvent move(busSpot(*w, "3"), Qt::CopyAction, &text, Qt::LeftButton,
                            Qt::NoModifier);
        QApplication::sendEvent(viewport(*w), &move);
        QVERIFY(!move.isAccepted());
    }

    void paletteKeyboardAddsToSelectedBus() {
        auto w = canvasWindow();
        QVERIFY(w);
        // Every device the editor offers is in the palette, with an icon.
        for (int k = 0; k <= static_cast<int>(NewDevice::CapacitorSubstation); ++k) {
            const auto* entry = w->palette()->item(static_cast<NewDevice>(k));
            QVERIFY(entry);
            QVERIFY(!entry->icon().isNull());
        }
        QVERIFY(drawThreeBuses(*w));
        addFromPalette(*w, "1", NewDevice::CapacitorLine);
        const auto& c = w->document()->model();
        QCOMPARE(c.capacitors.size(), std::size_t{1});
        QCOMPARE(c.capacitors[0].bus, std::string("1"));
        QCOMPARE(c.capacitors[0].layer, CompensationLayer::Line);
        // The bus stays selected for the next device.
        QVERIFY(w->scene()->busItem("1")->isSelected());

        // No bus selected: nothing added, and why.
        QTest::mouseClick(viewport(*w), Qt::LeftButton, {}, QPoint(300, 480));
        QListWidget* list = w->palette()->list();
        list->setCurrentItem(w->palette()->item(NewDevice::Load));
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(c.loads.empty());
        QVERIFY2(status(*w).contains(QStringLiteral("Select one bus")), qPrintable(status(*w)));
    }

    void capacitorLayerFilterHidesAndShows() {
        auto w = canvasWindow();
        QVERIFY(w);
        QVERIFY(drawThreeBuses(*w));
        addFromPalette(*w, "1", NewDevice::CapacitorLine);
        addFromPalette(*w, "2", NewDevice::CapacitorUser);
        addFromPalette(*w, "3", NewDevice::Load);
        const auto visibleOf = [&](const QString& id) {
            for (const DeviceItem* d : w->scene()->deviceItems())
                if (d->info().id == id)
                    return d->isVisible();
            return false;
        };
        const QString line = QString::fromStdString(w->document()->model().capacitors[0].id);
        const QString user = QString::fromStdString(w->document()->model().capacitors[1].id);
        QVERIFY(visibleOf(line) && visibleOf(user));

        QAction* line_layer = w->layerFilter()->action(CompensationLayer::Line);
        QVERIFY(line_layer->isChecked());
        line_layer->trigger();
        QVERIFY(!visibleOf(line));
        QVERIFY(visibleOf(user));
        // Still hidden after an edit redraws the feeder.
        addFromPalette(*w, "3", NewDevice::PV);
        QVERIFY(!visibleOf(line));
        // Shown again.
        line_layer->trigger();
        QVERIFY(visibleOf(line));
    }

    void selectionIsVisibleOnEveryKindOfElement() {
        auto w = canvasWindow();
        QVERIFY(w);
        QVERIFY(drawThreeBuses(*w));
        QVERIFY(drawTwoBranches(*w));
        addFromPalette(*w, "3", NewDevice::Load); // a black symbol: no blue of its own
        const DeviceItem* load = w->scene()->deviceItems().front();
        const QList<const QGraphicsItem*> items = {w->scene()->busItem("1"),
                                                   w->scene()->branchItem("BR1"), load};
        // Pixels tinted with the selection blue around each element's symbol or middle.
        const auto tinted = [&](const QImage& image, const QGraphicsItem* item) {
            const QPoint c =
                onScreen(*w, item == load ? item->pos() : item->sceneBoundingRect().center());
            int n = 0;
            for (int y = c.y() - 12; y <= c.y() + 12; ++y)
                for (int x = c.x() - 12; x <= c.x() + 12; ++x) {
                    const QColor p = image.pixelColor(x, y);
                    n += p.blue() - p.red() > 40;
                }
            return n;
        };
        key(*w, Qt::Key_S);
        QTest::mouseClick(viewport(*w), Qt::LeftButton, {}, QPoint(300, 480));
        const QImage plain = viewport(*w)->grab().toImage();
        key(*w, Qt::Key_A, Qt::ControlModifier);
        const QImage selected = viewport(*w)->grab().toImage();
        for (const QGraphicsItem* item : items) {
            QVERIFY(item->isSelected());
            const int before = tinted(plain, item), after = tinted(selected, item);
            QVERIFY2(after > before + 40,
                     qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        }
    }

    void panWithMiddleButtonOrSpace() {
        auto w = canvasWindow();
        QVERIFY(w);
        QVERIFY(drawThreeBuses(*w));
        FeederView* view = w->view();
        QWidget* vp = viewport(*w);
        const auto centre = [&] {
            return view->mapToScene(vp->rect().center());
        };

        QPointF before = centre();
        QTest::mousePress(vp, Qt::MiddleButton, {}, kSpots[1]);
        QTest::mouseMove(vp, kSpots[1] + QPoint(40, 30));
        QTest::mouseRelease(vp, Qt::MiddleButton, {}, kSpots[1] + QPoint(40, 30));
        QCOMPARE(centre(), before - QPointF(40, 30));
        QCOMPARE(w->document()->undoStack()->count(), 3); // a pan is no edit

        // Space + left drag pans too, even over a bus, in any tool.
        before = centre();
        QTest::keyPress(view, Qt::Key_Space);
        drag(vp, busSpot(*w, "2"), busSpot(*w, "2") + QPoint(-30, 20));
        QTest::keyRelease(view, Qt::Key_Space);
        QCOMPARE(centre(), before + QPointF(30, -20));
        QCOMPARE(w->document()->model().buses.size(), std::size_t{3});
        QCOMPARE(w->document()->undoStack()->count(), 3);
    }

    void toolKeysWorkWhereverTheFocusIs() {
        auto w = canvasWindow();
        QVERIFY(w);
        // The palette's list has the focus, not the canvas: B still picks the bus tool, L the
        // branch tool, S selecting again.
        QListWidget* list = w->palette()->findChild<QListWidget*>();
        QVERIFY(list);
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_B);
        QVERIFY(qobject_cast<AddBusTool*>(w->tools()->currentTool()));
        QTest::keyClick(list, Qt::Key_L);
        QVERIFY(qobject_cast<AddBranchTool*>(w->tools()->currentTool()));
        QTest::keyClick(list, Qt::Key_S);
        QVERIFY(qobject_cast<SelectTool*>(w->tools()->currentTool()));
        // A text field keeps its letters.
        auto* field = new QLineEdit(w->palette());
        field->show();
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("bl"));
        QCOMPARE(field->text(), QStringLiteral("bl"));
        QVERIFY(qobject_cast<SelectTool*>(w->tools()->currentTool()));
    }
};

QTEST_MAIN(EditorToolsTest)
#include "test_editor_tools.moc"
