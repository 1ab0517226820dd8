#pragma once
// The editable document: one Case with drawing coordinates for every bus, the native file it
// is saved to, and the undo stack of every edit made since it was created or opened.
//
// Edits go through QUndoCommands (gui/editor/commands), which call the apply* functions
// below; nothing else changes the case. Opening a file either replaces the whole document or
// leaves it exactly as it was; saving writes a temporary file and renames it over the target,
// so a crash never leaves a half-written case.
#include "model/Case.h"
#include "model/Element.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

class QUndoStack;

namespace gridcarbon::gui {

class FeederDocument : public QObject {
    Q_OBJECT
public:
    explicit FeederDocument(QObject* parent = nullptr);

    // An empty, unnamed case with an empty undo stack.
    void newDocument();

    // Loads a native case (.json) or a MATPOWER file (.m). Buses keep their positions when all
    // of them have one; otherwise they get a tree layout (gridcarbon::ensureLayout). On success
    // the document is replaced and caseReplaced() is emitted; on failure the document is left
    // untouched and the one-line reason is returned (the core's message, which names the file
    // and the offending item). A MATPOWER file is imported: the document has no native file
    // until it is saved as one. What an import read but changed (io/CaseFile.h: names that
    // were not UTF-8) is added to `warnings`, one line each.
    std::optional<QString> open(const QString& path, QStringList* warnings = nullptr);

    // Replaces the document with `c` as an unsaved, modified case (recovered autosaves).
    // `origin` is the native file it was autosaved from, if any.
    void adopt(gridcarbon::Case c, const QString& origin);

    // Writes the case as native JSON to `path` atomically. On success the path becomes the
    // document's file and the undo stack is marked clean; on failure nothing changes and the
    // one-line reason is returned.
    std::optional<QString> saveAs(const QString& path);

    bool isEmpty() const { return case_.buses.empty(); }
    const gridcarbon::Case& model() const { return case_; }
    // The native file the document is saved to; empty for new and imported cases.
    QString filePath() const { return filePath_; }
    // Where the case was read from (a native or a MATPOWER file); empty for new cases.
    QString sourcePath() const { return sourcePath_; }
    // A short name for titles: the case's name, the file's base name, or "Untitled".
    QString displayName() const;
    bool isModified() const;
    QUndoStack* undoStack() const { return undo_; }

    // Incremented on every change of the case, so that results computed for an older revision
    // can be recognised and dropped.
    quint64 revision() const { return revision_; }
    // True while a command changes the case: views redraw then, and an edit pushed from their
    // signals would land inside the running undo or redo.
    bool isApplying() const { return applying_ > 0; }

    // --- Changes, called by the undo commands only ----------------------------------------
    // Inserts each element at its index, in the order given.
    void applyInsert(const std::vector<gridcarbon::PlacedElement>& elements);
    // Removes the elements in the order given and returns them with the index each had when it
    // was removed: inserting them back in reverse order restores the case exactly.
    std::vector<gridcarbon::PlacedElement>
    applyRemove(const std::vector<gridcarbon::ElementRef>& refs);
    // Replaces the element of the same kind and id.
    void applyReplace(const gridcarbon::Element& element);
    void applyBusPositions(const std::vector<std::pair<std::string, gridcarbon::Point>>& moves);
    // Replaces the whole case (auto-layout, renames), keeping the file and the undo stack.
    void applyCase(const gridcarbon::Case& c);

signals:
    // A different document: new, opened or recovered. Views reset their zoom.
    void caseReplaced();
    // Elements were added, removed or changed; views redraw.
    void caseEdited();
    // Only these buses moved.
    void busesMoved(const QStringList& ids);
    // filePath(), displayName() or isModified() changed: titles update.
    void titleChanged();

private:
    void replace(gridcarbon::Case c, const QString& file, const QString& source);
    void edited();

    gridcarbon::Case case_;
    QString filePath_;
    QString sourcePath_;
    QUndoStack* undo_;
    quint64 revision_ = 0;
    int applying_ = 0;
};

} // namespace gridcarbon::gui
