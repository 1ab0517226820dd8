#pragma once
// The Results dock: the tables of the overlay the feeder shows (FeederOverlay::tables), which
// are the current study's results at the window's period: a tab per table (buses, branches,
// units), sortable (numbers by value, ids in natural order), selecting rows selects their
// elements on the canvas; Copy puts the selected rows (or the whole table) on the clipboard as
// tab-separated text with the header, Export CSV writes the table shown with every digit
// (core/io/CsvTable.h).
#include "model/Element.h"

#include <QWidget>

#include <vector>

class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QToolButton;

namespace gridcarbon::gui {

class FeederScene;
class ResultTableModel;

class ResultsPanel : public QWidget {
    Q_OBJECT
public:
    ResultsPanel(FeederScene* scene, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return tabs_; }
    QString caption() const;
    // The table on tab `index` as the user sees it (sorted), and its model.
    QTableView* view(int index) const;
    ResultTableModel* model(int index) const;

    // The selected rows of the table shown (all rows when none is selected), as tab-separated
    // text with the header line.
    QString copyText() const;
    // Writes the table shown to `path` as CSV. Returns the error, naming the file, or empty.
    QString exportCsv(const QString& path) const;

public slots:
    void copy() const;
    // Asks for a file and writes the table shown.
    void exportCsvInteractive();

signals:
    void elementsSelected(const std::vector<gridcarbon::ElementRef>& elements);
    void status(const QString& text);
    void problem(const QString& title, const QString& text);

private:
    // Shows the tables of the overlay shown.
    void refresh();
    QTableView* currentView() const;
    void onSelection();

    FeederScene* scene_;
    QLabel* caption_;
    QTabWidget* tabs_;
    QToolButton* copy_;
    QToolButton* export_;
    QList<ResultTableModel*> models_;
    QList<QSortFilterProxyModel*> proxies_;
    QList<QTableView*> views_;
};

} // namespace gridcarbon::gui
