#include "gui/editor/commands/MoveBusesCommand.h"

#include "gui/editor/FeederDocument.h"

#include <QCoreApplication>

namespace gridcarbon::gui {

MoveBusesCommand::MoveBusesCommand(FeederDocument* document, std::vector<BusMove> moves,
                                   QUndoCommand* parent)
    : QUndoCommand(parent), document_(document), moves_(std::move(moves)) {
    setText(moves_.size() == 1
                ? QCoreApplication::translate("gridcarbon::gui::MoveBusesCommand", "Move bus %1")
                      .arg(QString::fromStdString(moves_.front().bus))
                : QCoreApplication::translate("gridcarbon::gui::MoveBusesCommand", "Move %n buses",
                                              nullptr, int(moves_.size())));
}

void MoveBusesCommand::redo() {
    std::vector<std::pair<std::string, gridcarbon::Point>> to;
    for (const auto& m : moves_)
        to.emplace_back(m.bus, m.to);
    document_->applyBusPositions(to);
}

void MoveBusesCommand::undo() {
    std::vector<std::pair<std::string, gridcarbon::Point>> from;
    for (const auto& m : moves_)
        from.emplace_back(m.bus, m.from);
    document_->applyBusPositions(from);
}

} // namespace gridcarbon::gui
