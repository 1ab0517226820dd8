#pragma once
// Deletes elements. Deleting a bus deletes what hangs on it too (its branches, loads and
// devices), so the case never holds references to a missing bus. Undo puts everything back
// at its old place in its collection.
#include "model/Element.h"

#include <QUndoCommand>

#include <vector>

namespace gridcarbon::gui {

class FeederDocument;

class RemoveElementsCommand : public QUndoCommand {
public:
    // `refs` are looked up in the document's current case; unknown ones are ignored.
    RemoveElementsCommand(FeederDocument* document, const std::vector<gridcarbon::ElementRef>& refs,
                          QUndoCommand* parent = nullptr);

    // Everything the command removes, dependants included (empty: nothing to do).
    const std::vector<gridcarbon::ElementRef>& removes() const { return refs_; }

    void redo() override;
    void undo() override;

private:
    FeederDocument* document_;
    std::vector<gridcarbon::ElementRef> refs_;
    std::vector<gridcarbon::PlacedElement> removed_;
};

} // namespace gridcarbon::gui
