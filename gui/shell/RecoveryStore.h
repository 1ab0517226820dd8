#pragma once
// Where autosaved cases wait in case GridCarbon dies: one file per running window in the
// application's data directory (recovery/), next to a lock file held while that window lives.
// A recovery file whose lock is stale belongs to a process that did not exit cleanly (killed,
// crashed, power cut): the next start offers to restore it.
//
// Files: <dir>/<session>.json (the case, native format), <dir>/<session>.origin (the native
// file the case came from, one line, may be empty), <dir>/<session>.lock.
#include "model/Case.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

class QLockFile;

namespace gridcarbon::gui {

struct RecoveryCandidate {
    QString case_file;  // the autosaved case
    QString origin;     // the document's own file when it was autosaved; empty if none
    QDateTime saved_at; // when it was autosaved
};

class RecoveryStore {
public:
    // `directory` empty: QStandardPaths::AppLocalDataLocation + "/recovery".
    explicit RecoveryStore(QString directory = {});
    ~RecoveryStore();
    RecoveryStore(const RecoveryStore&) = delete;
    RecoveryStore& operator=(const RecoveryStore&) = delete;

    QString directory() const { return dir_; }

    // Claims a session (lock held until discard() or destruction). Returns the reason when
    // the directory cannot be used; autosave is then off, and nothing else breaks.
    std::optional<QString> open();
    bool isOpen() const;

    // Writes the case atomically into this session's recovery file.
    std::optional<QString> write(const gridcarbon::Case& c, const QString& origin);
    // Removes this session's recovery file (the document was saved or closed).
    void clear();

    // Recovery files left by sessions that are no longer running, newest first.
    std::vector<RecoveryCandidate> orphans() const;
    // What killed sessions leave and nobody will use, removed at every start: the locks of
    // sessions that died before their first autosave, and the temporary files of saves cut off
    // (io/TextFile.h) in the recovery folder and beside `documents` (the recent files), when
    // their writer's process is gone or, for a name without one, when older than `age` (a
    // save in progress elsewhere is younger). The number removed.
    int removeLeftovers(const QStringList& documents, std::chrono::seconds age) const;
    // Reads a candidate's case; throws gridcarbon::Error naming the file when unreadable.
    static gridcarbon::Case read(const RecoveryCandidate& candidate);
    // Deletes a candidate's files (after it was restored or declined).
    static void remove(const RecoveryCandidate& candidate);

private:
    QString sessionPath(const QString& suffix) const;

    QString dir_;
    QString session_;
    std::unique_ptr<QLockFile> lock_;
};

} // namespace gridcarbon::gui
