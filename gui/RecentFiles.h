#pragma once
// The File ▸ Recent Files menu, persisted in QSettings under "recentFiles" (newest first).
#include <QObject>
#include <QStringList>

class QMenu;

namespace gridcarbon::gui {

class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxFiles = 8;

    // Fills `menu` (owned by the caller) and keeps it up to date.
    explicit RecentFiles(QMenu* menu, QObject* parent = nullptr);

    QStringList files() const;
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

signals:
    void openRequested(const QString& path);

private:
    void store(const QStringList& files);
    void rebuild();

    QMenu* menu_;
};

} // namespace gridcarbon::gui
