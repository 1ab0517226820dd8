#pragma once
// The carbon dock: the study's controls on top (the period is the window's, on its toolbar), a
// summary line, and side by side a sortable table of the buses of the period shown and a bar chart
// of their carbon intensities. Selecting rows highlights their bars.
#include "carbon/CarbonFlow.h"

#include <QString>
#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace gridcarbon::gui {

class CarbonIntensityChart;
class CarbonTableModel;

class CarbonPanel : public QWidget {
    Q_OBJECT
public:
    explicit CarbonPanel(QWidget* parent = nullptr);

    // Puts `control` at the end of the top row (the panel takes it over).
    void addControl(QWidget* control);

    void showPeriod(const gridcarbon::carbon::CarbonFlowResult& period, const QString& title);
    // No period to show; `note` says why.
    void clear(const QString& note);
    void setSummary(const QString& text);

    // The bus ids of the selected rows.
    QStringList selectedBuses() const;

    QTableView* table() const { return table_; }
    CarbonTableModel* model() const { return model_; }
    QSortFilterProxyModel* proxy() const { return proxy_; }
    CarbonIntensityChart* chart() const { return chart_; }
    QString summary() const;

signals:
    void selectionChanged(const QStringList& bus_ids);

private:
    QLabel* summary_;
    CarbonTableModel* model_;
    QSortFilterProxyModel* proxy_;
    QTableView* table_;
    CarbonIntensityChart* chart_;
    QHBoxLayout* controls_;
};

} // namespace gridcarbon::gui
