#pragma once
// The tables of a result, for the Results dock (gui/panels/ResultsPanel.h): one per kind of
// element (buses, branches, units), a row per element (so that selecting a row selects the
// element on the canvas), a column per quantity with its unit. A presenter fills them beside
// its overlay (FeederOverlay::tables) from the result of the period the overlay shows.
#include "model/Element.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace gridcarbon::gui {

struct ResultColumn {
    QString title;    // "Vm"
    QString unit;     // "p.u."; empty for text and counts
    int decimals = 4; // of numbers on screen (Copy and Export CSV write every digit)
};

struct ResultRow {
    gridcarbon::ElementRef element;
    // One per column: a double (NaN: no value) or a QString.
    QVariantList cells;
};

struct ResultTable {
    QString title; // "Buses"
    QList<ResultColumn> columns;
    QList<ResultRow> rows;
};

} // namespace gridcarbon::gui
