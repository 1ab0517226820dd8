// The editable document through the editor's actions: a 5-bus feeder built step by step, saved,
// reopened and compared; undo and redo of every step; refused saves; autosave; diagram export;
// the unsaved-changes guard on close.
#include "EditingScript.h"
#include "ImageStats.h"
#include "TypeInto.h"
#include "WindowTestSupport.h"

#include "gui/charts/TimeSeriesChart.h"
#include "gui/editor/FeederDocument.h"
#include "gui/editor/FeederEditor.h"
#include "gui/editor/FeederScene.h"
#include "gui/editor/FeederView.h"
#include "gui/overlay/ScalarLegend.h"
#include "gui/panels/LineTypesDialog.h"
#include "gui/panels/ProfilesDialog.h"
#include "gui/panels/PropertyEditor.h"
#include "gui/shell/Autosave.h"
#include "gui/shell/FileActions.h"
#include "gui/studies/powerflow/PowerFlowController.h"
#include "gui/studies/powerflow/PowerFlowStudy.h"
#include "gui/style/VoltageColorMap.h"
#include "model/Element.h"
#include "model/LineTypes.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace gridcarbon::gui;
using namespace window_test;

namespace {

QStringList recoveryFiles() {
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                   QStringLiteral("/recovery"));
    return dir.entryList({QStringLiteral("*.json")}, QDir::Files);
}

} // namespace

class DocumentEditingTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir config_;

private slots:
    void initTestCase() { QVERIFY(isolateSettings(config_)); }

    void builtFeederSavesAndReopensEqual() {
        auto w = makeWindow();
        QCOMPARE(editing_script::buildFiveBusFeeder(*w->editor()), 16);
        const gridcarbon::Case& c = w->document()->model();
        QCOMPARE(c.buses.size(), 5u);
        QCOMPARE(c.branches.size(), 4u);
        QCOMPARE(c.loads.size(), 3u);
        QCOMPARE(c.generators.size(), 2u);
        QCOMPARE(c.storages.size(), 1u);
        QCOMPARE(c.capacitors.size(), 1u);
        QCOMPARE(c.capacitors.front().layer, gridcarbon::CompensationLayer::Line);
        QCOMPARE(c.capacitors.front().bus, std::string("3"));
        QCOMPARE(w->scene()->busItems().size(), 5);
        QCOMPARE(w->scene()->branchItems().size(), 4);
        QCOMPARE(w->scene()->deviceItems().size(), 7);
        QVERIFY(w->isWindowModified());
        QVERIFY(w->windowTitle().contains(QStringLiteral("[*]")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drawn.json"));
        QVERIFY(w->files()->saveAs(path));
        QVERIFY(!w->isWindowModified());
        QCOMPARE(w->document()->filePath(), path);
        // Atomic save: the temporary file was renamed, nothing else is left beside the case.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("drawn.json")});

        auto reopened = makeWindow();
        QVERIFY(reopened->openCase(path));
        QVERIFY(reopened->document()->model() == c);
        QVERIFY(!reopened->isWindowModified());

        // The defaults make a drawn feeder solvable at once.
        PowerFlowStudy* study = reopened->study<PowerFlowController>()->study();
        QTRY_VERIFY_WITH_TIMEOUT(study->result().has_value(), kWaitMs);
        QVERIFY(study->result()->converged);
    }

    void undoEverythingGivesEmptyDocumentRedoGivesItBack() {
        auto w = makeWindow();
        const int steps = editing_script::buildFiveBusFeeder(*w->editor());
        QCOMPARE(steps, 16);
        const gridcarbon::Case built = w->document()->model();
        QUndoStack* stack = w->document()->undoStack();
        QCOMPARE(stack->count(), steps);

        for (int i = 0; i < steps; ++i)
            stack->undo();
        QVERIFY(!stack->canUndo());
        QVERIFY(w->document()->model() == gridcarbon::Case{});
        QVERIFY(w->scene()->items().isEmpty());
        QVERIFY(!w->isWindowModified()); // back at the (empty) clean state

        for (int i = 0; i < steps; ++i)
            stack->redo();
        QVERIFY(!stack->canRedo());
        QVERIFY(w->document()->model() == built);
        QCOMPARE(w->scene()->deviceItems().size(), 7);
    }

    void repeatedEditsOfOnePropertyMergeIntoOneStep() {
        auto w = makeWindow();
        editing_script::buildFiveBusFeeder(*w->editor());
        QUndoStack* stack = w->document()->undoStack();
        const int before = stack->count();
        const auto load =
            gridcarbon::findElement(w->document()->model(), {gridcarbon::ElementKind::Load, "LD1"});
        QVERIFY(load);
        auto edited = std::get<gridcarbon::Load>(load->element);
        for (double p : {0.2, 0.25, 0.3}) {
            edited.p_mw = p;
            QVERIFY(w->editor()->edit(edited, QStringLiteral("p_mw")));
        }
        QCOMPARE(stack->count(), before + 1);
        QCOMPARE(w->document()->model().loads.front().p_mw, 0.3);
        stack->undo();
        QCOMPARE(w->document()->model().loads.front().p_mw, 0.1);
    }

    void deletingABusTakesItsBranchesAndDevicesAndUndoRestoresThem() {
        auto w = makeWindow();
        editing_script::buildFiveBusFeeder(*w->editor());
        const gridcarbon::Case built = w->document()->model();
        // Bus 2 carries branches to 1, 3 and 5.
        QVERIFY(w->editor()->remove({{gridcarbon::ElementKind::Bus, "2"}}));
        const gridcarbon::Case& c = w->document()->model();
        QCOMPARE(c.buses.size(), 4u);
        QCOMPARE(c.branches.size(), 1u); // 3-4 is left
        QCOMPARE(w->scene()->branchItems().size(), 1);
        w->document()->undoStack()->undo();
        QVERIFY(w->document()->model() == built);
        // Deleting what is not there is no edit.
        QVERIFY(!w->editor()->remove({{gridcarbon::ElementKind::Bus, "99"}}));
    }

    void refusedEditsChangeNothingAndSayWhy() {
        auto w = makeWindow();
        editing_script::buildFiveBusFeeder(*w->editor());
        const gridcarbon::Case built = w->document()->model();
        QSignalSpy refused(w->editor(), &FeederEditor::refused);
        QVERIFY(!w->editor()->addBranch("1", "1"));
        QVERIFY(!w->editor()->addDevice(gridcarbon::NewDevice::PV, "42"));
        QCOMPARE(refused.count(), 2);
        QVERIFY(refused.at(0).at(0).toString().contains(QStringLiteral("'1'")));
        QVERIFY(refused.at(1).at(0).toString().contains(QStringLiteral("'42'")));
        QVERIFY(w->document()->model() == built);
    }

    void propertyEditorEditsAreUndoableAndBadValuesAreRefused() {
        auto w = makeWindow();
        editing_script::buildFiveBusFeeder(*w->editor());
        QUndoStack* stack = w->document()->undoStack();
        const int before = stack->count();
        // Selecting the store on the canvas shows it in the property editor.
        w->scene()->selectElements({{gridcarbon::ElementKind::Storage, "ES1"}});
        PropertyEditor* properties = w->properties();
        QVERIFY(properties->element().has_value());
        QCOMPARE(properties->element()->id, std::string("ES1"));

        // Refused: unreadable text, a negative energy, a minimum above the maximum.
        const gridcarbon::Case built = w->document()->model();
        QSignalSpy refused(properties, &PropertyEditor::editRefused);
        typeInto(properties->editorFor(QStringLiteral("energy_mwh")), QStringLiteral("abc"));
        typeInto(properties->editorFor(QStringLiteral("energy_mwh")), QStringLiteral("-2"));
        typeInto(properties->editorFor(QStringLiteral("soc_min")), QStringLiteral("0.95"));
        QCOMPARE(refused.count(), 3);
        QVERIFY(refused.at(1).at(0).toString().contains(QStringLiteral("ES1")));
        QVERIFY(w->document()->model() == built);
        QCOMPARE(stack->count(), before);
        QVERIFY(!properties->message().isEmpty());

        // Accepted: one undoable step, reflected in the editor; undo puts the old value back.
        typeInto(properties->editorFor(QStringLiteral("energy_mwh")), QStringLiteral("2.5"));
        QCOMPARE(stack->count(), before + 1);
        QCOMPARE(w->document()->model().storages.front().energy_mwh, 2.5);
        stack->undo();
        QCOMPARE(w->document()->model().storages.front().energy_mwh, 1.0);
        auto* energy =
            qobject_cast<QLineEdit*>(properties->editorFor(QStringLiteral("energy_mwh")));
        QVERIFY(energy);
        QCOMPARE(QLocale().toDouble(energy->text()), 1.0);
    }

    void undoWhileAValueIsBeingTypedKeepsTheHistoryStraight() {
        auto w = makeWindow();
        editing_script::buildFiveBusFeeder(*w->editor());
        QUndoStack* stack = w->document()->undoStack();
        w->scene()->selectElements({{gridcarbon::ElementKind::Load, "LD1"}});
        auto* p = qobject_cast<QLineEdit*>(w->properties()->editorFor(QStringLiteral("p_mw")));
        QVERIFY(p);
        p->setFocus();
        p->selectAll();
        QTest::keyClicks(p, QStringLiteral("0.7")); // typed, not confirmed
        stack->undo();                              // the toolbar's Undo: takes no focus
        QCOMPARE(stack->index(), 15);
        QCOMPARE(stack->count(), 16);
        QCOMPARE(w->document()->model().capacitors.size(), 0u);
        QCOMPARE(w->document()->model().loads.front().p_mw, 0.1);
    }

    void savingUnderAMatpowerNameIsRefused() {
        auto w = makeWindow();
        editing_script::buildFiveBusFeeder(*w->editor());
        QTemporaryDir dir;
        QSignalSpy errors(w.get(), &MainWindow::errorReported);
        QVERIFY(!w->files()->saveAs(dir.filePath(QStringLiteral("feeder.m"))));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral(".json")));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
        QVERIFY(w->isWindowModified());
    }

    void failedSaveKeepsTheDocumentAndSaysWhy() {
        auto w = makeWindow();
        editing_script::buildFiveBusFeeder(*w->editor());
        QSignalSpy errors(w.get(), &MainWindow::errorReported);
        QVERIFY(!w->files()->saveAs(QStringLiteral("/nonexistent-dir/feeder.json")));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("feeder.json")));
        QVERIFY(w->isWindowModified());
        QVERIFY(w->document()->filePath().isEmpty());
        QCOMPARE(w->document()->undoStack()->count(), 16);
    }

    void autosaveWritesARecoveryFileUntilTheCaseIsSaved() {
        auto w = makeWindow();
        QVERIFY(recoveryFiles().isEmpty());
        editing_script::buildFiveBusFeeder(*w->editor());
        QVERIFY(!w->files()->autosave()->saveNow());
        QCOMPARE(recoveryFiles().size(), 1);
        // A live session's autosave is not offered to another window.
        auto other = makeWindow();
        QVERIFY(other->files()->recoveryCandidates().empty());

        QTemporaryDir dir;
        QVERIFY(w->files()->saveAs(dir.filePath(QStringLiteral("saved.json"))));
        QVERIFY(recoveryFiles().isEmpty());
        QVERIFY(w->files()->autosave()->intervalMs() >= 60 * 1000);
    }

    void openingABadFileKeepsTheEditedDocumentAndItsHistory() {
        auto w = makeWindow();
        editing_script::buildFiveBusFeeder(*w->editor());
        const gridcarbon::Case built = w->document()->model();
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "gridcarbon-case", "version": 1, "buses": [{"id": "1"}],
                   "loads": [{"id": "L1", "bus": "7", "p_mw": 1}]})");
        f.close();
        QSignalSpy errors(w.get(), &MainWindow::errorReported);
        QVERIFY(!w->openCase(bad));
        QCOMPARE(errors.count(), 1);
        const QString message = errors.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("bad.json")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("'7'")), qPrintable(message));
        QVERIFY(w->document()->model() == built);
        QCOMPARE(w->document()->undoStack()->count(), 16);
        QVERIFY(w->isWindowModified());
    }

    void diagramExportsToPngSvgAndPdf() {
        auto w = makeWindow();
        QVERIFY(w->openCase(kIeee33Der));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("feeder.png"));
        const QString svg = dir.filePath(QStringLiteral("feeder.svg"));
        const QString pdf = dir.filePath(QStringLiteral("feeder.pdf"));
        QVERIFY(w->files()->exportDiagram(png));
        QVERIFY(w->files()->exportDiagram(svg));
        QVERIFY(w->files()->exportDiagram(pdf));

        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400 && image.height() > 200);
        QVERIFY(imageStats(image).non_background_fraction > 0.005);

        QFile s(svg), p(pdf);
        QVERIFY(s.open(QIODevice::ReadOnly) && p.open(QIODevice::ReadOnly));
        const QByteArray svg_text = s.readAll();
        QVERIFY(svg_text.contains("<svg"));
        QVERIFY(svg_text.size() > 10000);
        QVERIFY(p.read(5) == "%PDF-");

        QSignalSpy errors(w.get(), &MainWindow::errorReported);
        QVERIFY(!w->files()->exportDiagram(dir.filePath(QStringLiteral("feeder.bmpx"))));
        QCOMPARE(errors.count(), 1);
    }

    void diagramCarriesItsLegend() {
        auto w = makeWindow();
        QSignalSpy solved(w->study<PowerFlowController>()->study(), &PowerFlowStudy::finished);
        QVERIFY(w->openCase(kIeee33Der));
        QVERIFY(solved.wait(kWaitMs));
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("feeder.svg"));
        QVERIFY(w->files()->exportDiagram(svg));
        QFile s(svg);
        QVERIFY(s.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(s.readAll());
        // The key to the colours, with its extremes, beside the drawing.
        QVERIFY(text.contains(QStringLiteral("Bus voltage magnitude (p.u.)")));
        QVERIFY(text.contains(QStringLiteral("Lowest")));
        // The PNG is wider than the drawing by the legend, and has the scale's low-end red.
        const QString png = dir.filePath(QStringLiteral("feeder.png"));
        QVERIFY(w->files()->exportDiagram(png));
        const QImage image(png);
        const int legend_px = 2 * w->view()->legend()->width();
        QVERIFY(image.width() > 2 * int(w->scene()->drawingRect().width()) + legend_px);
        const QImage strip = image.copy(image.width() - legend_px, 0, legend_px, image.height());
        const QColor low = VoltageColorMap::color(0.90);
        int reds = 0;
        for (int y = 0; y < strip.height(); ++y)
            for (int x = 0; x < strip.width(); ++x) {
                const QColor c = strip.pixelColor(x, y);
                reds += std::abs(c.red() - low.red()) + std::abs(c.green() - low.green()) +
                            std::abs(c.blue() - low.blue()) <
                        30;
            }
        QVERIFY2(reds > 20, qPrintable(QString::number(reds)));
    }

    void profilesAreChartedEditedAndImported() {
        auto w = makeWindow();
        QVERIFY(w->openCase(kIeee33Der));
        ProfilesDialog* dialog = w->editProfiles();
        QVERIFY(dialog);
        dialog->selectProfile(0); // "load"
        QCOMPARE(dialog->table()->columnCount(), 4);
        QCOMPARE(dialog->table()->rowCount(), 24);
        QCOMPARE(dialog->chart()->seriesCount(), 4);
        const auto& before = w->document()->model().profiles[0];
        QCOMPARE(dialog->chart()->values(1)[13], before.days[1].values[13]);

        // A value out of range is refused, naming the profile; a good one is taken.
        dialog->table()->item(3, 0)->setText(QStringLiteral("-1"));
        QVERIFY2(dialog->message().contains(QStringLiteral("'load'")),
                 qPrintable(dialog->message()));
        QCOMPARE(dialog->profiles()[0].days[0].values[3], before.days[0].values[3]);
        dialog->table()->item(3, 0)->setText(QStringLiteral("0.75"));
        QCOMPARE(dialog->profiles()[0].days[0].values[3], 0.75);

        // A CSV of the four days (a wide table) replaces the profile; a bad one names its line.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("load.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("hour,spring,summer,autumn,winter\n");
            for (int h = 0; h < 24; ++h)
                f.write(QStringLiteral("%1,0.5,0.6,0.7,0.8\n").arg(h).toUtf8());
        }
        QCOMPARE(dialog->importCsv(csv), QString());
        QCOMPARE(dialog->profiles()[0].days[2].values[5], 0.7);
        QCOMPARE(dialog->chart()->values(3)[0], 0.8);
        QCOMPARE(dialog->profiles()[0].days[0].weight_days, before.days[0].weight_days);
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("hour,spring\n0,0.5\n1,abc\n");
        }
        const QString error = dialog->importCsv(bad);
        QVERIFY2(error.contains(QStringLiteral("bad.csv:3")), qPrintable(error));
        QCOMPARE(dialog->profiles()[0].days[2].values[5], 0.7); // kept

        // OK: one undo step; undo brings the case's profile back.
        const int steps = w->document()->undoStack()->count();
        dialog->accept();
        QCOMPARE(w->document()->undoStack()->count(), steps + 1);
        QCOMPARE(w->document()->model().profiles[0].days[3].values[10], 0.8);
        w->document()->undoStack()->undo();
        QVERIFY(w->document()->model().profiles[0] == before);
    }

    void branchesTakeTheirValuesFromALineTypeAndLength() {
        auto w = makeWindow();
        QVERIFY(w->openCase(kIeee33Der));
        QUndoStack* stack = w->document()->undoStack();
        const double r_entered = w->document()->model().branches[2].r_pu;

        // The line type editor: a standard type added, a bad entry refused naming the type.
        LineTypesDialog* dialog = w->editLineTypes();
        const gridcarbon::LineType lgj120 = gridcarbon::standardLineTypes()[2];
        const int row = dialog->addStandard(lgj120);
        dialog->table()->item(row, 1)->setText(QStringLiteral("-0.3"));
        QVERIFY2(dialog->message().contains(QString::fromStdString(lgj120.id)) &&
                     dialog->message().contains(QStringLiteral("at least 0")),
                 qPrintable(dialog->message()));
        QCOMPARE(dialog->lineTypes().front().r_ohm_per_km, lgj120.r_ohm_per_km);
        int steps = stack->count();
        dialog->accept();
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(w->document()->model().line_types.size(), std::size_t(1));

        // Branch L3: a length, then the type; the per-unit values follow and are not editable.
        w->scene()->selectElements({{gridcarbon::ElementKind::Branch, "L3"}});
        PropertyEditor* properties = w->properties();
        typeInto(properties->editorFor(QStringLiteral("length_km")), QStringLiteral("2"));
        auto* type = qobject_cast<QComboBox*>(properties->editorFor(QStringLiteral("line_type")));
        QVERIFY(type);
        const int index = type->findData(QString::fromStdString(lgj120.id));
        QVERIFY(index > 0);
        steps = stack->count();
        type->setCurrentIndex(index);
        emit type->activated(index);
        QCOMPARE(stack->count(), steps + 1);
        const gridcarbon::Branch& l3 = w->document()->model().branches[2];
        const double z_base = 12.66 * 12.66 / 10.0;
        QCOMPARE(l3.line_type, lgj120.id);
        QVERIFY(std::abs(l3.r_pu - lgj120.r_ohm_per_km * 2.0 / z_base) < 1e-15);
        QVERIFY(!properties->editorFor(QStringLiteral("r_pu"))->isEnabled());
        QVERIFY(!properties->editorFor(QStringLiteral("rate_mva"))->isEnabled());

        // The type's resistance changed in the editor: every line of the type follows, one step.
        dialog = w->editLineTypes();
        QCOMPARE(dialog->table()->item(0, 5)->text(), QStringLiteral("1")); // used by L3
        QVERIFY(!dialog->removeRow(0));                                     // still in use
        QVERIFY(dialog->message().contains(QStringLiteral("used by 1 branch")));
        dialog->table()->item(0, 0)->setText(QStringLiteral("Main line"));
        dialog->table()->item(0, 1)->setText(QStringLiteral("0.5"));
        steps = stack->count();
        dialog->accept();
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(w->document()->model().branches[2].line_type, std::string("Main line"));
        QVERIFY(std::abs(w->document()->model().branches[2].r_pu - 0.5 * 2.0 / z_base) < 1e-15);

        // A base voltage the typed line cannot use is refused, naming the line.
        w->scene()->selectElements({{gridcarbon::ElementKind::Bus, "3"}});
        steps = stack->count();
        typeInto(properties->editorFor(QStringLiteral("base_kv")), QStringLiteral("0"));
        QVERIFY2(properties->message().contains(QStringLiteral("branch L3")),
                 qPrintable(properties->message()));
        QCOMPARE(stack->count(), steps);

        // Undo: the type's edit, then the choice of type, which brings the entered values back.
        stack->undo();
        stack->undo();
        QVERIFY(w->document()->model().branches[2].line_type.empty());
        QCOMPARE(w->document()->model().branches[2].r_pu, r_entered);
    }

    void closingWithUnsavedChangesAsksFirst() {
        auto w = makeWindow();
        editing_script::buildFiveBusFeeder(*w->editor());
        w->setInteractive(true);
        QString question;
        QTimer::singleShot(0, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!w->close()); // cancelled: the window and its changes stay
        QVERIFY(question.contains(QStringLiteral("Save the changes")));
        QVERIFY(w->isVisible());
        QCOMPARE(w->document()->undoStack()->count(), 16);
        w->setInteractive(false);
    }
};

QTEST_MAIN(DocumentEditingTest)
#include "test_document_editing.moc"
