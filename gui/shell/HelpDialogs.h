#pragma once
// Help ▸ User Guide (docs/user-guide.md, built into the program, in a browser window) and Help ▸
// Keyboard Shortcuts (every action of the window that has a key, read from the actions
// themselves, so the list is always the program's).
#include <QDialog>

class QTableWidget;
class QTextBrowser;

namespace gridcarbon::gui {

class UserGuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return browser_; }

private:
    QTextBrowser* browser_;
};

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    // Lists the shortcuts of `window`'s actions (menus, toolbars, canvas).
    explicit ShortcutsDialog(QWidget* window);
    QTableWidget* table() const { return table_; }

private:
    QTableWidget* table_;
};

} // namespace gridcarbon::gui
