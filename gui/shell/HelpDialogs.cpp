#include "gui/shell/HelpDialogs.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QKeySequence>
#include <QMap>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gridcarbon::gui {

namespace {

// "&Open…" or "打开(&O)…" without the mnemonic.
QString plainText(QString text) {
    text.remove(QRegularExpression(QStringLiteral("\\(&[^)]\\)")));
    text.remove(QLatin1Char('&'));
    return text.trimmed();
}

QDialogButtonBox* closeButton(QDialog* dialog) {
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent), browser_(new QTextBrowser(this)) {
    setWindowTitle(tr("GridCarbon User Guide"));
    auto* layout = new QVBoxLayout(this);
    QFile guide(QStringLiteral(":/docs/user-guide.md"));
    if (guide.open(QIODevice::ReadOnly))
        browser_->setMarkdown(QString::fromUtf8(guide.readAll()));
    else
        browser_->setPlainText(tr("The user guide is missing from this build."));
    browser_->setOpenExternalLinks(true);
    layout->addWidget(browser_, 1);
    layout->addWidget(closeButton(this));
    resize(860, 720);
}

ShortcutsDialog::ShortcutsDialog(QWidget* window)
    : QDialog(window), table_(new QTableWidget(this)) {
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* layout = new QVBoxLayout(this);
    // One row per command, its keys joined; the same action reached twice counts once.
    QMap<QString, QStringList> keys;
    for (const QAction* action : window->findChildren<QAction*>()) {
        const QString text = plainText(action->text());
        if (action->shortcuts().isEmpty() || text.isEmpty())
            continue;
        for (const QKeySequence& key : action->shortcuts()) {
            const QString k = key.toString(QKeySequence::NativeText);
            if (!keys[text].contains(k))
                keys[text] << k;
        }
    }
    table_->setColumnCount(2);
    table_->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    table_->setRowCount(int(keys.size()));
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    int row = 0;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it, ++row) {
        table_->setItem(row, 0, new QTableWidgetItem(it.key()));
        table_->setItem(row, 1, new QTableWidgetItem(it.value().join(tr(" or "))));
    }
    table_->resizeColumnsToContents();
    table_->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table_, 1);
    layout->addWidget(closeButton(this));
    resize(460, 560);
}

} // namespace gridcarbon::gui
