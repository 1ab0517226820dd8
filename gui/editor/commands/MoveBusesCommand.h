#pragma once
// Moves buses to new drawing positions (a drag, a nudge). Positions are in the case's own
// drawing units.
#include "model/Case.h"

#include <QUndoCommand>

#include <string>
#include <vector>

namespace gridcarbon::gui {

class FeederDocument;

struct BusMove {
    std::string bus;
    gridcarbon::Point from;
    gridcarbon::Point to;
};

class MoveBusesCommand : public QUndoCommand {
public:
    MoveBusesCommand(FeederDocument* document, std::vector<BusMove> moves,
                     QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    FeederDocument* document_;
    std::vector<BusMove> moves_;
};

} // namespace gridcarbon::gui
