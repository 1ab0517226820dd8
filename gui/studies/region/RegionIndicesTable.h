#pragma once
// The indices of an operating region (paper 003 section 4) as a table: volume (or area), the
// base point's margin, sectional areas per axis, coupling factors per pair of axes, average
// change rates, equilibrium degree, the bounds of an adaptive run and the solver's statistics.
// With a kept reference of the same axes, a third column gives its values beside.
#include "gui/studies/region/RegionFigure.h"
#include "region/RegionStudy.h"

#include <QString>
#include <QTableWidget>

namespace gridcarbon::gui {

class RegionIndicesTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { Index, Value, Reference };

    explicit RegionIndicesTable(QWidget* parent = nullptr);

    // `reference` may be null; it gets a column when it has the same axes.
    void showResult(const gridcarbon::region::RegionResult& r,
                    const gridcarbon::region::RegionResult* reference);
    void clearResult();

    // The value shown in the row named `name` (and column), or an empty string.
    QString valueOf(const QString& name, Column column = Value) const;
};

} // namespace gridcarbon::gui
