#pragma once
// Changes one property of one element. Repeated edits of the same property of the same
// element merge into one undo step (typing a value in several goes, a spin box's arrows).
#include "model/Element.h"

#include <QString>
#include <QUndoCommand>

namespace gridcarbon::gui {

class FeederDocument;

class EditElementCommand : public QUndoCommand {
public:
    EditElementCommand(FeederDocument* document, gridcarbon::Element before,
                       gridcarbon::Element after, const QString& property,
                       QUndoCommand* parent = nullptr);

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;
    void redo() override;
    void undo() override;

private:
    FeederDocument* document_;
    gridcarbon::Element before_;
    gridcarbon::Element after_;
    QString property_;
};

} // namespace gridcarbon::gui
