#pragma once
// The File menu's work: new, open (native JSON or MATPOWER), save, save as, recent files,
// export of the diagram, the unsaved-changes guard before the document is replaced or the
// window closes, and the offer to recover an autosave left by a session that died.
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QAction;
class QMenu;
class QWidget;

namespace gridcarbon::gui {

class Autosave;
class FeederDocument;
class FeederScene;
class RecentFiles;
class RecoveryStore;
struct RecoveryCandidate;

class FileActions : public QObject {
    Q_OBJECT
public:
    FileActions(QWidget* window, FeederDocument* document, FeederScene* scene,
                QObject* parent = nullptr);
    ~FileActions() override;

    QAction* newAction() const { return new_; }
    QAction* openAction() const { return open_; }
    QAction* saveAction() const { return save_; }
    QAction* saveAsAction() const { return save_as_; }
    QAction* exportAction() const { return export_; }
    // Fills `menu` with the recent files (call once).
    void attachRecentMenu(QMenu* menu);
    RecentFiles* recentFiles() const { return recent_; }
    Autosave* autosave() const { return autosave_; }

    // Interactive: dialogs and message boxes; otherwise (tests, screenshots) only signals, and
    // the recent-files list is left alone.
    void setInteractive(bool interactive) { interactive_ = interactive; }

    // Replaces the document with an empty one (after the unsaved-changes guard).
    bool newDocument();
    // Opens `path`; on failure the document stays as it was and problem() says why.
    bool openCase(const QString& path);
    // Saves to the document's file, or asks for one (interactive) when it has none.
    bool save();
    bool saveAs(const QString& path);
    // Exports the whole drawing; the format follows the suffix (.png, .svg, .pdf).
    bool exportDiagram(const QString& path);
    // The legend an exported diagram carries (the one of the overlay shown), when visible.
    void setLegendSource(std::function<QWidget*()> legend) { legend_ = std::move(legend); }

    // With unsaved changes, asks whether to save them first (interactive); true when the
    // document may be replaced or closed. Non-interactive windows never block.
    bool maybeSave();

    // Autosaves left by sessions that ended without closing their document, newest first.
    std::vector<RecoveryCandidate> recoveryCandidates() const;
    // Restores a candidate as the (modified, unsaved) document and deletes its files.
    bool recover(const RecoveryCandidate& candidate);
    // Offers each candidate: `ask` returns true to restore it (default: a message box when
    // interactive, and nothing otherwise). Declined candidates are deleted.
    void offerRecovery();
    // At every start: removes what killed sessions left (RecoveryStore::removeLeftovers: stale
    // locks, temporary files of cut-off saves in the recovery folder and beside recent files).
    int removeLeftovers();
    void setRecoveryPrompt(std::function<bool(const RecoveryCandidate&)> ask);
    // Runs before the document is saved, replaced or closed (the property editor commits a
    // value still being typed).
    void setBeforeDocumentChange(std::function<void()> hook);

    // Called when the window closes for good: the session's recovery file goes.
    void sessionEnded();

    // Where Save As and Export Diagram start: the folder of the user's own file, else their
    // documents folder (never the bundled cases).
    QString saveDirectory() const;
    static bool isBundledCase(const QString& path);

public slots:
    void showOpenDialog();
    void showSaveAsDialog();
    void showExportDialog();

signals:
    void status(const QString& text);
    void problem(const QString& title, const QString& message);

private:
    QString dialogDirectory() const;
    std::function<QWidget*()> legend_;
    bool askToRecover(const RecoveryCandidate& candidate) const;

    QWidget* window_;
    FeederDocument* document_;
    FeederScene* scene_;
    RecentFiles* recent_ = nullptr;
    std::unique_ptr<RecoveryStore> store_;
    Autosave* autosave_;
    QAction* new_;
    QAction* open_;
    QAction* save_;
    QAction* save_as_;
    QAction* export_;
    std::function<bool(const RecoveryCandidate&)> ask_;
    std::function<void()> before_change_;
    bool interactive_ = true;
    QString last_dir_;
};

} // namespace gridcarbon::gui
