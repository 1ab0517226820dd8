#include "gui/RecentFiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace gridcarbon::gui {

namespace {
const QString kKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QMenu* menu, QObject* parent) : QObject(parent), menu_(menu) {
    rebuild();
}

QStringList RecentFiles::files() const {
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString& path) {
    const QString file = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    while (list.size() > kMaxFiles)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString& path) {
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentFiles::clear() {
    store({});
}

void RecentFiles::store(const QStringList& list) {
    QSettings().setValue(kKey, list);
    rebuild();
}

void RecentFiles::rebuild() {
    menu_->clear();
    const QStringList list = files();
    int n = 0;
    for (const QString& file : list) {
        ++n;
        QString name = QFileInfo(file).fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        // Mnemonics 1-9 for the first entries.
        const QString text = n < 10 ? tr("&%1 %2").arg(QString::number(n), name) : name;
        QAction* action = menu_->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { emit openRequested(file); });
    }
    if (!list.isEmpty()) {
        menu_->addSeparator();
        menu_->addAction(tr("&Clear Menu"), this, &RecentFiles::clear);
    }
    menu_->setEnabled(!list.isEmpty());
    menu_->setToolTipsVisible(true);
}

} // namespace gridcarbon::gui
