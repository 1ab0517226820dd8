#pragma once
// The edits a user can make to the feeder, each pushed onto the document's undo stack as one
// command: what the canvas tools, the palette, the property editor and the menus call. Refused
// edits (a branch from a bus to itself, a device on a bus that does not exist) change nothing
// and emit refused() with a one-line reason.
#include "gui/editor/commands/MoveBusesCommand.h"
#include "model/Element.h"
#include "model/NewElements.h"

#include <QObject>
#include <QString>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace gridcarbon::gui {

class FeederDocument;

class FeederEditor : public QObject {
    Q_OBJECT
public:
    explicit FeederEditor(FeederDocument* document, QObject* parent = nullptr);

    FeederDocument* document() const { return document_; }

    // Each returns the new element's id, or nullopt when refused.
    std::optional<std::string> addBus(gridcarbon::Point position);
    std::optional<std::string> addBranch(const std::string& from, const std::string& to);
    std::optional<std::string> addDevice(gridcarbon::NewDevice kind, const std::string& bus);

    // Deletes the elements and whatever hangs on the deleted buses; false if nothing was there.
    bool remove(const std::vector<gridcarbon::ElementRef>& refs);
    void moveBuses(std::vector<BusMove> moves);
    // Replaces the element of the same kind and id with `after`; `property` names the changed
    // property for the undo text (and merges repeated edits of it).
    bool edit(const gridcarbon::Element& after, const QString& property);
    // Several elements replaced as one undoable edit named `text` (a dialog's OK); elements no
    // longer in the case are refused and nothing changes.
    bool editAll(const std::vector<gridcarbon::Element>& after, const QString& text);
    // Replaces the case's profiles (an import, the profile editor's OK) as one undoable edit;
    // refused (with the reason) when the case would not validate with them.
    bool replaceProfiles(std::vector<gridcarbon::Profile> profiles, const QString& text);
    // Replaces the case's line types (the line type editor's OK) as one undoable edit: branches
    // of a type renamed old -> new in `renamed` follow it, and every typed line takes the
    // per-unit values its type now gives; refused (with the reason) when the case would not
    // validate, e.g. a removed type still in use.
    bool replaceLineTypes(std::vector<gridcarbon::LineType> types,
                          const std::map<std::string, std::string>& renamed, const QString& text);
    // Lays the whole feeder out as a tree from its sources, `spacing` apart.
    void autoLayout(double spacing);

signals:
    void refused(const QString& reason);

private:
    bool replaceCase(gridcarbon::Case after, const QString& text);
    bool busExists(const std::string& id) const;

    FeederDocument* document_;
};

} // namespace gridcarbon::gui
