#include "gui/editor/commands/RemoveElementsCommand.h"

#include "gui/editor/FeederDocument.h"

#include <QCoreApplication>

#include <algorithm>

namespace gridcarbon::gui {

namespace {

QString describe(const std::vector<gridcarbon::ElementRef>& refs) {
    if (refs.size() == 1)
        return QCoreApplication::translate("gridcarbon::gui::RemoveElementsCommand", "Delete %1")
            .arg(QString::fromStdString(refs.front().id));
    return QCoreApplication::translate("gridcarbon::gui::RemoveElementsCommand", "Delete %n items",
                                       nullptr, int(refs.size()));
}

} // namespace

RemoveElementsCommand::RemoveElementsCommand(FeederDocument* document,
                                             const std::vector<gridcarbon::ElementRef>& refs,
                                             QUndoCommand* parent)
    : QUndoCommand(parent), document_(document) {
    const gridcarbon::Case& c = document->model();
    const auto add = [&](const gridcarbon::ElementRef& r) {
        if (std::find(refs_.begin(), refs_.end(), r) == refs_.end() &&
            gridcarbon::findElement(c, r))
            refs_.push_back(r);
    };
    // Dependants first, so that undo (which goes backwards) restores a bus before the
    // elements that name it.
    for (const auto& r : refs) {
        if (r.kind == gridcarbon::ElementKind::Bus)
            for (const auto& d : gridcarbon::elementsOnBus(c, r.id))
                add(d);
    }
    for (const auto& r : refs)
        if (r.kind != gridcarbon::ElementKind::Bus)
            add(r);
    for (const auto& r : refs)
        if (r.kind == gridcarbon::ElementKind::Bus)
            add(r);
    setText(describe(refs_));
}

void RemoveElementsCommand::redo() {
    removed_ = document_->applyRemove(refs_);
}

void RemoveElementsCommand::undo() {
    std::vector<gridcarbon::PlacedElement> back(removed_.rbegin(), removed_.rend());
    document_->applyInsert(back);
    removed_.clear();
}

} // namespace gridcarbon::gui
