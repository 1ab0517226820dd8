// Feeder editor timings on generated radial feeders of 100, 1,000 and 10,000 buses saved
// without coordinates, so that opening them runs the tree layout, as it does for imported
// MATPOWER cases:
//   openDocument        FeederDocument::open alone: read and parse the JSON, validate, lay out.
//   openAndLayOut       what File > Open does before control returns to the event loop: open,
//                       then (through caseReplaced, wired as in MainWindow) FeederScene::setCase
//                       and FeederView::fitDrawing, into an empty canvas.
//   openToFirstPicture  openAndLayOut plus the first full paint, where the scene's deferred
//                       index building lands: the wait from Open to a drawn feeder.
//   rebuildScene        FeederScene::setCase on the loaded case (and the refit it causes):
//                       the drawing is removed and made anew, as when a file is opened again.
//   clearScene          FeederScene::clearCase: removing a drawing (part of rebuildScene).
//   redrawAfterEdit     FeederScene::updateCase on the loaded case: the redraw in the same frame
//                       that follows every edit (selection and results kept).
//   repaintView         a full repaint of the 1600 x 1000 view at fit-to-window zoom into a
//                       QImage (legend included), on a scene whose index is built.
// Qt runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise, so no display is
// needed.
#include "gui/editor/FeederDocument.h"
#include "gui/editor/FeederScene.h"
#include "gui/editor/FeederView.h"
#include "io/CaseJson.h"
#include "model/SyntheticFeeder.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

#include <map>
#include <memory>
#include <string>

using namespace gridcarbon;
using namespace gridcarbon::gui;

namespace {

constexpr QSize kViewSize(1600, 1000);

// A generated feeder with a load on every bus (from the generator), a PV unit at every 50th
// bus and a capacitor at every 100th, so that buses carry one to three device symbols, and no
// positions, so that open() lays it out. Written once per size into a directory that lives as
// long as the program.
QString feederFile(int buses) {
    static QTemporaryDir dir;
    static std::map<int, QString> files;
    if (auto it = files.find(buses); it != files.end())
        return it->second;
    Case c = syntheticRadialFeeder({.buses = buses, .seed = 7});
    for (int b = 25; b < buses; b += 50)
        c.generators.push_back(Generator{.id = "PV" + std::to_string(b),
                                         .bus = c.buses[static_cast<std::size_t>(b)].id,
                                         .kind = GeneratorKind::PV,
                                         .p_mw = 3.0 * 5.0 / buses});
    for (int b = 50; b < buses; b += 100)
        c.capacitors.push_back(Capacitor{.id = "C" + std::to_string(b),
                                         .bus = c.buses[static_cast<std::size_t>(b)].id,
                                         .layer = CompensationLayer::Line,
                                         .q_step_mvar = 0.1,
                                         .steps = 3,
                                         .steps_on = 1});
    for (Bus& bus : c.buses)
        bus.position.reset();
    const QString path = dir.filePath(QStringLiteral("synthetic-%1.json").arg(buses));
    saveCaseJson(c, QFile::encodeName(path).toStdString());
    return files.emplace(buses, path).first->second;
}

// The document, scene and view wired as MainWindow wires them, without the studies: a new
// case is drawn and fitted, and the view refits when the drawing changes.
struct Editor {
    FeederDocument document;
    FeederScene scene;
    FeederView view;

    Editor() {
        view.setScene(&scene);
        view.resize(kViewSize);
        view.show();
        QObject::connect(&document, &FeederDocument::caseReplaced, &scene, [this] {
            scene.setCase(document.model());
            view.fitDrawing();
        });
        QObject::connect(&scene, &FeederScene::drawingChanged, &view, &FeederView::refit);
        QCoreApplication::processEvents();
    }

    void open(benchmark::State& state, const QString& path) {
        if (const auto error = document.open(path))
            state.SkipWithError(error->toStdString().c_str());
    }

    // The benchmark's feeder opened, drawn and its queued updates run: the starting point of
    // the benchmarks that work on a loaded case.
    void load(benchmark::State& state) {
        open(state, feederFile(static_cast<int>(state.range(0))));
        QCoreApplication::processEvents();
    }

    QImage render() {
        QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
        // QWidget::render, not QGraphicsView::render: it goes through the view's paintEvent
        // and draws the legend too, as a repaint on screen does.
        view.QWidget::render(&image);
        return image;
    }
};

// Queued scene and view updates would otherwise pile up across iterations; running them is
// not part of what is measured.
void drainEvents(benchmark::State& state) {
    state.PauseTiming();
    QCoreApplication::processEvents();
    state.ResumeTiming();
}

// The canvas as a new window shows it, so that opening measures the drawing alone and not the
// removal of the previous iteration's.
void emptyCanvas(benchmark::State& state, Editor& editor) {
    state.PauseTiming();
    editor.scene.clearCase();
    QCoreApplication::processEvents();
    state.ResumeTiming();
}

void setCounters(benchmark::State& state, const Editor& editor) {
    state.counters["buses"] = static_cast<double>(editor.document.model().buses.size());
    state.counters["items"] = static_cast<double>(editor.scene.items().size());
}

void openDocument(benchmark::State& state) {
    const QString path = feederFile(static_cast<int>(state.range(0)));
    FeederDocument document;
    for (auto _ : state) {
        if (const auto error = document.open(path))
            state.SkipWithError(error->toStdString().c_str());
    }
    state.counters["buses"] = static_cast<double>(document.model().buses.size());
}

// openAndLayOut, and openToFirstPicture when `paint`.
void openInEditor(benchmark::State& state, bool paint) {
    const QString path = feederFile(static_cast<int>(state.range(0)));
    Editor editor;
    for (auto _ : state) {
        emptyCanvas(state, editor);
        editor.open(state, path);
        if (paint) {
            QImage image = editor.render();
            benchmark::DoNotOptimize(image);
        }
        drainEvents(state);
    }
    setCounters(state, editor);
}

// rebuildScene (FeederScene::setCase) and redrawAfterEdit (FeederScene::updateCase).
void redrawLoaded(benchmark::State& state, void (FeederScene::*redraw)(const Case&)) {
    Editor editor;
    editor.load(state);
    for (auto _ : state) {
        (editor.scene.*redraw)(editor.document.model());
        drainEvents(state);
    }
    setCounters(state, editor);
}

void clearScene(benchmark::State& state) {
    Editor editor;
    editor.load(state);
    const auto items = static_cast<double>(editor.scene.items().size());
    for (auto _ : state) {
        state.PauseTiming();
        editor.scene.setCase(editor.document.model());
        editor.render(); // a drawing that has been shown, with its index built
        QCoreApplication::processEvents();
        state.ResumeTiming();
        editor.scene.clearCase();
    }
    state.counters["items"] = items;
}

void repaintView(benchmark::State& state) {
    Editor editor;
    editor.load(state);
    editor.render(); // builds the scene index, as the first paint on screen would
    for (auto _ : state) {
        QImage image = editor.render();
        benchmark::DoNotOptimize(image);
    }
    setCounters(state, editor);
    // Whether fit-to-window shows the whole drawing: the zoom stops at FeederView's minimum.
    state.counters["zoom"] = editor.view.zoom();
    state.counters["drawing_w_px"] = editor.scene.drawingRect().width() * editor.view.zoom();
    state.counters["drawing_h_px"] = editor.scene.drawingRect().height() * editor.view.zoom();
}

} // namespace

BENCHMARK(openDocument)->RangeMultiplier(10)->Range(100, 10000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(openInEditor, openAndLayOut, false)
    ->RangeMultiplier(10)
    ->Range(100, 10000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(openInEditor, openToFirstPicture, true)
    ->RangeMultiplier(10)
    ->Range(100, 10000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(redrawLoaded, rebuildScene, &FeederScene::setCase)
    ->RangeMultiplier(10)
    ->Range(100, 10000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(clearScene)->RangeMultiplier(10)->Range(100, 10000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(redrawLoaded, redrawAfterEdit, &FeederScene::updateCase)
    ->RangeMultiplier(10)
    ->Range(100, 10000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(repaintView)->RangeMultiplier(10)->Range(100, 10000)->Unit(benchmark::kMillisecond);

// BENCHMARK_MAIN() cannot be used: the widgets need a QApplication, which must exist before
// any benchmark runs and must see the platform choice before it is constructed.
int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
