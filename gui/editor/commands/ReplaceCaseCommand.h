#pragma once
// Replaces the whole case in one step: edits that touch many elements at once, such as an
// automatic layout or renaming a bus (which renames every reference to it).
#include "model/Case.h"

#include <QUndoCommand>

namespace gridcarbon::gui {

class FeederDocument;

class ReplaceCaseCommand : public QUndoCommand {
public:
    ReplaceCaseCommand(FeederDocument* document, gridcarbon::Case after, const QString& text,
                       QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    FeederDocument* document_;
    gridcarbon::Case before_;
    gridcarbon::Case after_;
};

} // namespace gridcarbon::gui
