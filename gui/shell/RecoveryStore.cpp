#include "gui/shell/RecoveryStore.h"

#include "gui/CoreText.h"
#include "io/CaseFile.h"
#include "io/CaseJson.h"
#include "io/TextFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <exception>

namespace gridcarbon::gui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("gridcarbon::gui::RecoveryStore", text);
}

QString withSuffix(const QString& case_file, const QString& suffix) {
    QString base = case_file;
    base.chop(QStringLiteral(".json").size());
    return base + suffix;
}

} // namespace

RecoveryStore::RecoveryStore(QString directory) : dir_(std::move(directory)) {
    if (dir_.isEmpty())
        dir_ = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
               QStringLiteral("/recovery");
}

RecoveryStore::~RecoveryStore() {
    clear();
}

bool RecoveryStore::isOpen() const {
    return lock_ != nullptr;
}

std::optional<QString> RecoveryStore::open() {
    if (lock_)
        return std::nullopt;
    if (!QDir().mkpath(dir_))
        return tr("%1: cannot create the recovery directory").arg(dir_);
    session_ = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto lock = std::make_unique<QLockFile>(sessionPath(QStringLiteral(".lock")));
    lock->setStaleLockTime(0); // held for the whole session, however long it runs
    if (!lock->tryLock(0))
        return tr("%1: cannot lock the recovery file").arg(sessionPath(QStringLiteral(".lock")));
    lock_ = std::move(lock);
    return std::nullopt;
}

QString RecoveryStore::sessionPath(const QString& suffix) const {
    return dir_ + QLatin1Char('/') + session_ + suffix;
}

std::optional<QString> RecoveryStore::write(const gridcarbon::Case& c, const QString& origin) {
    if (!lock_)
        return tr("autosave is off: no recovery directory");
    try {
        gridcarbon::writeTextFileAtomic(toFsPath(sessionPath(QStringLiteral(".origin"))),
                                        origin.toStdString() + "\n");
        gridcarbon::writeTextFileAtomic(toFsPath(sessionPath(QStringLiteral(".json"))),
                                        gridcarbon::writeCaseJson(c));
    } catch (const std::exception& e) {
        return oneLine(e.what());
    }
    return std::nullopt;
}

void RecoveryStore::clear() {
    if (!lock_)
        return;
    QFile::remove(sessionPath(QStringLiteral(".json")));
    QFile::remove(sessionPath(QStringLiteral(".origin")));
}

std::vector<RecoveryCandidate> RecoveryStore::orphans() const {
    std::vector<RecoveryCandidate> found;
    const QDir dir(dir_);
    for (const QFileInfo& info :
         dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time)) {
        const QString case_file = info.absoluteFilePath();
        if (lock_ &&
            case_file == QFileInfo(sessionPath(QStringLiteral(".json"))).absoluteFilePath())
            continue;
        // A lock we can take belongs to nobody: its process is gone (QLockFile checks the PID).
        QLockFile lock(withSuffix(case_file, QStringLiteral(".lock")));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        RecoveryCandidate c;
        c.case_file = case_file;
        c.saved_at = info.lastModified();
        QFile origin(withSuffix(case_file, QStringLiteral(".origin")));
        if (origin.open(QIODevice::ReadOnly))
            c.origin = QString::fromUtf8(origin.readLine()).trimmed();
        found.push_back(std::move(c));
    }
    return found;
}

int RecoveryStore::removeLeftovers(const QStringList& documents, std::chrono::seconds age) const {
    int removed = 0;
    const QDir dir(dir_);
    // Sessions that died before their first autosave leave only a lock: nothing to offer.
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.lock")}, QDir::Files)) {
        const QString case_file = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                                  QStringLiteral(".json");
        if (QFileInfo::exists(case_file))
            continue;
        QLockFile lock(info.absoluteFilePath());
        lock.setStaleLockTime(0);
        if (lock.tryLock(0)) {
            lock.unlock(); // unlocking removes the file
            ++removed;
        }
    }
    const QDateTime before = QDateTime::currentDateTime().addSecs(-age.count());
    const auto removeTemporaries = [&](const QDir& folder, const QString& name_filter) {
        for (const QFileInfo& info : folder.entryInfoList({name_filter}, QDir::Files))
            if (const auto path = toFsPath(info.absoluteFilePath());
                gridcarbon::isAbandonedTemporary(path) &&
                (gridcarbon::writerIsGone(path) || info.lastModified() < before) &&
                QFile::remove(info.absoluteFilePath()))
                ++removed;
    };
    removeTemporaries(dir, QStringLiteral("*.tmp-*"));
    for (const QString& document : documents) {
        const QFileInfo info(document);
        removeTemporaries(info.absoluteDir(), info.fileName() + QStringLiteral(".tmp-*"));
    }
    return removed;
}

gridcarbon::Case RecoveryStore::read(const RecoveryCandidate& candidate) {
    return gridcarbon::loadCase(toFsPath(candidate.case_file));
}

void RecoveryStore::remove(const RecoveryCandidate& candidate) {
    QFile::remove(candidate.case_file);
    QFile::remove(withSuffix(candidate.case_file, QStringLiteral(".origin")));
    QFile::remove(withSuffix(candidate.case_file, QStringLiteral(".lock")));
}

} // namespace gridcarbon::gui
