#pragma once
// Adds new elements (a bus, a branch, a device, or several at once) at the end of their
// collections. Undo removes them again.
#include "model/Element.h"

#include <QUndoCommand>

#include <vector>

namespace gridcarbon::gui {

class FeederDocument;

class AddElementsCommand : public QUndoCommand {
public:
    AddElementsCommand(FeederDocument* document, std::vector<gridcarbon::Element> elements,
                       const QString& text, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    FeederDocument* document_;
    std::vector<gridcarbon::Element> elements_;
};

} // namespace gridcarbon::gui
