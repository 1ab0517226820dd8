#pragma once
// Edit ▸ Line Types…: the case's line types as a table (name, resistance, reactance and
// capacitance per km, ampacity, and how many branches use each), with standard conductor and
// cable types to add (model/LineTypes.h) and new ones to type in. Entries are checked as they
// are typed; a type that branches use cannot be removed. OK hands the types, and the renames
// that branches must follow, to FeederEditor::replaceLineTypes as one undoable edit, which
// also gives every typed line its new per-unit values; Cancel changes nothing.
#include "model/Case.h"

#include <QDialog>

#include <map>
#include <string>
#include <vector>

class QLabel;
class QTableWidget;

namespace gridcarbon::gui {

class LineTypesDialog : public QDialog {
    Q_OBJECT
public:
    LineTypesDialog(const gridcarbon::Case& c, QWidget* parent = nullptr);

    // The types as edited, in table order.
    std::vector<gridcarbon::LineType> lineTypes() const;
    // Old id -> new id for every type renamed in the table.
    std::map<std::string, std::string> renamed() const;

    // Appends a standard type (a copy; a name already used gets a suffix); its row.
    int addStandard(const gridcarbon::LineType& type);
    // Appends a new type with typical overhead-line values, named "Type N"; its row.
    int addNew();
    // Removes the type in `row` unless branches use it; false (and the message says why) if so.
    bool removeRow(int row);

    QTableWidget* table() const { return table_; }
    QString message() const;

private:
    enum Column { Name, R, X, C, Ampacity, Used, ColumnCount };
    int appendRow(const gridcarbon::LineType& type, const QString& originalId);
    void onCellChanged(int row, int column);
    void setMessage(const QString& text);
    QString uniqueName(const QString& wanted) const;
    int usedBy(const QString& originalId) const;

    std::vector<gridcarbon::Branch> branches_;
    QTableWidget* table_;
    QLabel* message_;
    bool filling_ = false;
};

} // namespace gridcarbon::gui
