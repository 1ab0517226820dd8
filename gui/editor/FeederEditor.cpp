#include "gui/editor/FeederEditor.h"

#include "gui/CoreText.h"
#include "gui/editor/FeederDocument.h"
#include "gui/editor/commands/AddElementsCommand.h"
#include "gui/editor/commands/EditElementCommand.h"
#include "gui/editor/commands/RemoveElementsCommand.h"
#include "gui/editor/commands/ReplaceCaseCommand.h"
#include "model/LineTypes.h"
#include "model/Validate.h"
#include "topology/Topology.h"
#include "topology/TreeLayout.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <exception>

namespace gridcarbon::gui {

FeederEditor::FeederEditor(FeederDocument* document, QObject* parent)
    : QObject(parent), document_(document) {}

bool FeederEditor::busExists(const std::string& id) const {
    return gridcarbon::findElement(document_->model(), {gridcarbon::ElementKind::Bus, id})
        .has_value();
}

std::optional<std::string> FeederEditor::addBus(gridcarbon::Point position) {
    gridcarbon::Bus bus = gridcarbon::newBus(document_->model(), position);
    const std::string id = bus.id;
    document_->undoStack()->push(new AddElementsCommand(
        document_, {std::move(bus)}, tr("Add bus %1").arg(QString::fromStdString(id))));
    return id;
}

std::optional<std::string> FeederEditor::addBranch(const std::string& from, const std::string& to) {
    for (const auto& id : {from, to}) {
        if (!busExists(id)) {
            emit refused(
                tr("No branch added: there is no bus '%1'.").arg(QString::fromStdString(id)));
            return std::nullopt;
        }
    }
    if (from == to) {
        emit refused(tr("No branch added: a branch needs two different buses (both ends are on "
                        "bus '%1').")
                         .arg(QString::fromStdString(from)));
        return std::nullopt;
    }
    gridcarbon::Branch branch = gridcarbon::newBranch(document_->model(), from, to);
    const std::string id = branch.id;
    document_->undoStack()->push(
        new AddElementsCommand(document_, {std::move(branch)},
                               tr("Add branch %1 (%2 – %3)")
                                   .arg(QString::fromStdString(id), QString::fromStdString(from),
                                        QString::fromStdString(to))));
    return id;
}

std::optional<std::string> FeederEditor::addDevice(gridcarbon::NewDevice kind,
                                                   const std::string& bus) {
    if (!busExists(bus)) {
        emit refused(tr("No device added: there is no bus '%1'.").arg(QString::fromStdString(bus)));
        return std::nullopt;
    }
    gridcarbon::Element device = gridcarbon::newDevice(document_->model(), kind, bus);
    const std::string id = gridcarbon::idOf(device);
    document_->undoStack()->push(new AddElementsCommand(
        document_, {std::move(device)},
        tr("Add %1 at bus %2").arg(QString::fromStdString(id), QString::fromStdString(bus))));
    return id;
}

bool FeederEditor::remove(const std::vector<gridcarbon::ElementRef>& refs) {
    auto command = std::make_unique<RemoveElementsCommand>(document_, refs);
    if (command->removes().empty())
        return false;
    document_->undoStack()->push(command.release());
    return true;
}

void FeederEditor::moveBuses(std::vector<BusMove> moves) {
    std::erase_if(moves, [](const BusMove& m) { return m.from == m.to; });
    if (moves.empty())
        return;
    document_->undoStack()->push(new MoveBusesCommand(document_, std::move(moves)));
}

bool FeederEditor::edit(const gridcarbon::Element& after, const QString& property) {
    if (document_->isApplying())
        return false; // a field losing focus while undo or redo redraws: the undo wins
    const auto before = gridcarbon::findElement(document_->model(), gridcarbon::refOf(after));
    if (!before) {
        emit refused(tr("Nothing changed: '%1' is no longer in the case.")
                         .arg(QString::fromStdString(gridcarbon::idOf(after))));
        return false;
    }
    const std::vector<gridcarbon::Element> stored =
        gridcarbon::withDerivedLines(document_->model(), {after});
    if (stored.size() > 1) // lines whose base voltage or type changed follow in one undo step
        return editAll(stored, QCoreApplication::translate("gridcarbon::gui::EditElementCommand",
                                                           "Set %1 of %2")
                                   .arg(property, QString::fromStdString(gridcarbon::idOf(after))));
    if (before->element == stored.front())
        return true;
    document_->undoStack()->push(
        new EditElementCommand(document_, before->element, stored.front(), property));
    return true;
}

bool FeederEditor::editAll(const std::vector<gridcarbon::Element>& after, const QString& text) {
    if (document_->isApplying())
        return false;
    std::vector<std::pair<gridcarbon::Element, gridcarbon::Element>> changes;
    for (const gridcarbon::Element& a : gridcarbon::withDerivedLines(document_->model(), after)) {
        const auto before = gridcarbon::findElement(document_->model(), gridcarbon::refOf(a));
        if (!before) {
            emit refused(tr("Nothing changed: '%1' is no longer in the case.")
                             .arg(QString::fromStdString(gridcarbon::idOf(a))));
            return false;
        }
        if (!(before->element == a))
            changes.emplace_back(before->element, a);
    }
    if (changes.empty())
        return true;
    QUndoStack* stack = document_->undoStack();
    stack->beginMacro(text);
    for (const auto& [before, a] : changes)
        stack->push(new EditElementCommand(document_, before, a, text));
    stack->endMacro();
    return true;
}

bool FeederEditor::replaceProfiles(std::vector<gridcarbon::Profile> profiles, const QString& text) {
    gridcarbon::Case after = document_->model();
    after.profiles = std::move(profiles);
    return replaceCase(std::move(after), text);
}

bool FeederEditor::replaceLineTypes(std::vector<gridcarbon::LineType> types,
                                    const std::map<std::string, std::string>& renamed,
                                    const QString& text) {
    gridcarbon::Case after = document_->model();
    after.line_types = std::move(types);
    for (gridcarbon::Branch& br : after.branches)
        if (const auto it = renamed.find(br.line_type); it != renamed.end())
            br.line_type = it->second;
    gridcarbon::applyLineTypes(after);
    return replaceCase(std::move(after), text);
}

bool FeederEditor::replaceCase(gridcarbon::Case after, const QString& text) {
    if (after == document_->model())
        return true;
    for (const gridcarbon::Problem& p : gridcarbon::validateCase(after))
        if (p.severity == gridcarbon::Severity::Error) {
            emit refused(
                tr("Nothing changed: %1").arg(oneLine(gridcarbon::problemText(p).c_str())));
            return false;
        }
    document_->undoStack()->push(new ReplaceCaseCommand(document_, std::move(after), text));
    return true;
}

void FeederEditor::autoLayout(double spacing) {
    gridcarbon::Case laid_out = document_->model();
    try {
        const auto topology = gridcarbon::analyseTopology(laid_out);
        const auto points = gridcarbon::treeLayout(laid_out, topology, spacing);
        for (std::size_t i = 0; i < laid_out.buses.size(); ++i)
            laid_out.buses[i].position = points[i];
    } catch (const std::exception& e) {
        emit refused(tr("No layout: %1").arg(oneLine(e.what())));
        return;
    }
    if (laid_out == document_->model())
        return;
    document_->undoStack()->push(
        new ReplaceCaseCommand(document_, std::move(laid_out), tr("Automatic layout")));
}

} // namespace gridcarbon::gui
