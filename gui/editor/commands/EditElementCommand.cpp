#include "gui/editor/commands/EditElementCommand.h"

#include "gui/editor/FeederDocument.h"

#include <QCoreApplication>

namespace gridcarbon::gui {

EditElementCommand::EditElementCommand(FeederDocument* document, gridcarbon::Element before,
                                       gridcarbon::Element after, const QString& property,
                                       QUndoCommand* parent)
    : QUndoCommand(parent), document_(document), before_(std::move(before)),
      after_(std::move(after)), property_(property) {
    setText(QCoreApplication::translate("gridcarbon::gui::EditElementCommand", "Set %1 of %2")
                .arg(property_, QString::fromStdString(gridcarbon::idOf(after_))));
}

bool EditElementCommand::mergeWith(const QUndoCommand* other) {
    const auto* o = static_cast<const EditElementCommand*>(other);
    if (o->property_ != property_ || gridcarbon::refOf(o->before_) != gridcarbon::refOf(after_))
        return false;
    after_ = o->after_;
    if (after_ == before_)
        setObsolete(true); // back where it started: no undo step at all
    return true;
}

void EditElementCommand::redo() {
    document_->applyReplace(after_);
}

void EditElementCommand::undo() {
    document_->applyReplace(before_);
}

} // namespace gridcarbon::gui
