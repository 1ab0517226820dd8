#pragma once
// Edit ▸ Profiles…: the case's profiles, one at a time, as a chart (a line per typical day
// over the day) and a table (a row per period, a column per day) whose values can be edited;
// Import CSV… reads a time series into the profile shown (io/ProfileCsv.h: wide, long or one
// column; the days' weights kept by name), Export CSV… writes it. OK applies every change as
// one undoable edit (FeederEditor::replaceProfiles); Cancel changes nothing.
#include "model/Case.h"

#include <QDialog>

#include <vector>

class QLabel;
class QListWidget;
class QTableWidget;

namespace gridcarbon::gui {

class TimeSeriesChart;

class ProfilesDialog : public QDialog {
    Q_OBJECT
public:
    ProfilesDialog(const gridcarbon::Case& c, QWidget* parent = nullptr);

    // The profiles as edited.
    const std::vector<gridcarbon::Profile>& profiles() const { return profiles_; }
    void selectProfile(int index);
    // Reads `path` into the profile shown; the error, naming the file and line, or empty.
    QString importCsv(const QString& path);
    // Writes the profile shown to `path`; the error, or empty.
    QString exportCsv(const QString& path) const;

    QListWidget* list() const { return list_; }
    QTableWidget* table() const { return table_; }
    TimeSeriesChart* chart() const { return chart_; }
    QString message() const;

private:
    void showProfile();
    void onCellChanged(int row, int column);
    void importInteractive();
    void exportInteractive();

    std::vector<gridcarbon::Profile> profiles_;
    int current_ = -1;
    QListWidget* list_;
    TimeSeriesChart* chart_;
    QTableWidget* table_;
    QLabel* message_;
};

} // namespace gridcarbon::gui
