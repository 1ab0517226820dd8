#pragma once
// Study ▸ Carbon Intensities…: the carbon intensity of every generating unit of
// the case in one table (unit, kind, fuel, bus, intensity in t/MWh, editable), with "Typical
// Values" filling each unit's typical intensity by fuel and kind (core/model/CarbonDefaults.h).
// OK applies every change as one undoable edit (FeederEditor::editAll); Cancel changes nothing.
#include "model/Case.h"

#include <QDialog>

#include <vector>

class QTableWidget;

namespace gridcarbon::gui {

class CarbonIntensitiesDialog : public QDialog {
    Q_OBJECT
public:
    CarbonIntensitiesDialog(const gridcarbon::Case& c, QWidget* parent = nullptr);

    // The units with the intensities the table holds (the others' fields as they were).
    std::vector<gridcarbon::Generator> units() const;
    QTableWidget* table() const { return table_; }

public slots:
    // Fills the typical intensity of every unit whose fuel or kind has one.
    void fillTypicalValues();

private:
    std::vector<gridcarbon::Generator> units_;
    QTableWidget* table_;
};

} // namespace gridcarbon::gui
