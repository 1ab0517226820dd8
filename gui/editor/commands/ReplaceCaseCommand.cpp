#include "gui/editor/commands/ReplaceCaseCommand.h"

#include "gui/editor/FeederDocument.h"

namespace gridcarbon::gui {

ReplaceCaseCommand::ReplaceCaseCommand(FeederDocument* document, gridcarbon::Case after,
                                       const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), document_(document), before_(document->model()),
      after_(std::move(after)) {}

void ReplaceCaseCommand::redo() {
    document_->applyCase(after_);
}

void ReplaceCaseCommand::undo() {
    document_->applyCase(before_);
}

} // namespace gridcarbon::gui
