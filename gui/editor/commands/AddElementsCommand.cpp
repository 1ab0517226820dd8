#include "gui/editor/commands/AddElementsCommand.h"

#include "gui/editor/FeederDocument.h"

#include <limits>

namespace gridcarbon::gui {

AddElementsCommand::AddElementsCommand(FeederDocument* document,
                                       std::vector<gridcarbon::Element> elements,
                                       const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), document_(document), elements_(std::move(elements)) {}

void AddElementsCommand::redo() {
    std::vector<gridcarbon::PlacedElement> placed;
    placed.reserve(elements_.size());
    for (const auto& e : elements_)
        placed.push_back({e, std::numeric_limits<std::size_t>::max()}); // at the end
    document_->applyInsert(placed);
}

void AddElementsCommand::undo() {
    std::vector<gridcarbon::ElementRef> refs;
    refs.reserve(elements_.size());
    for (auto it = elements_.rbegin(); it != elements_.rend(); ++it)
        refs.push_back(gridcarbon::refOf(*it));
    document_->applyRemove(refs);
}

} // namespace gridcarbon::gui
