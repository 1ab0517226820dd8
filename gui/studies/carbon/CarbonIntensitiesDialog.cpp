#include "gui/studies/carbon/CarbonIntensitiesDialog.h"

#include "model/CarbonDefaults.h"
#include "model/Enums.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gridcarbon::gui {

namespace {

enum Column { Unit, Kind, Fuel, Bus, Intensity, ColumnCount };

// The largest intensity the form takes, t/MWh: above any fuel's (lignite is about 1.1).
constexpr double kMaxIntensity = 5.0;

} // namespace

CarbonIntensitiesDialog::CarbonIntensitiesDialog(const gridcarbon::Case& c, QWidget* parent)
    : QDialog(parent), units_(c.generators), table_(new QTableWidget(this)) {
    setWindowTitle(tr("Carbon Intensities"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("The carbon emission of each generating unit per MWh it supplies. The carbon "
           "emission flow traces these to every bus; a case imported from MATPOWER has none."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    table_->setColumnCount(ColumnCount);
    table_->setHorizontalHeaderLabels(
        {tr("Unit"), tr("Kind"), tr("Fuel"), tr("Bus"), tr("Intensity (t/MWh)")});
    table_->setRowCount(int(units_.size()));
    table_->verticalHeader()->hide();
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < int(units_.size()); ++row) {
        const gridcarbon::Generator& g = units_[std::size_t(row)];
        const QStringList texts{QString::fromStdString(g.id),
                                QString::fromUtf8(gridcarbon::toString(g.kind).data()),
                                QString::fromStdString(g.fuel), QString::fromStdString(g.bus)};
        for (int column = 0; column < texts.size(); ++column) {
            auto* item = new QTableWidgetItem(texts[column]);
            item->setFlags(Qt::ItemIsEnabled);
            table_->setItem(row, column, item);
        }
        auto* value = new QDoubleSpinBox(table_);
        value->setRange(0.0, kMaxIntensity);
        value->setDecimals(4);
        value->setSingleStep(0.01);
        value->setValue(g.carbon_intensity_t_per_mwh);
        value->setFrame(false);
        table_->setCellWidget(row, Intensity, value);
    }
    table_->resizeColumnsToContents();
    table_->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table_, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* typical = buttons->addButton(tr("&Typical Values"), QDialogButtonBox::ActionRole);
    typical->setToolTip(tr("Coal 0.875, gas 0.52 (micro-turbine 0.55), oil 0.75, the grid 0.58 "
                           "t/MWh (China's national average); wind, solar, hydro, nuclear and "
                           "biomass 0"));
    connect(typical, &QPushButton::clicked, this, &CarbonIntensitiesDialog::fillTypicalValues);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 420);
}

void CarbonIntensitiesDialog::fillTypicalValues() {
    for (int row = 0; row < int(units_.size()); ++row)
        if (const auto typical = gridcarbon::typicalCarbonIntensity(units_[std::size_t(row)]))
            static_cast<QDoubleSpinBox*>(table_->cellWidget(row, Intensity))->setValue(*typical);
}

std::vector<gridcarbon::Generator> CarbonIntensitiesDialog::units() const {
    std::vector<gridcarbon::Generator> units = units_;
    for (int row = 0; row < int(units.size()); ++row)
        units[std::size_t(row)].carbon_intensity_t_per_mwh =
            static_cast<QDoubleSpinBox*>(table_->cellWidget(row, Intensity))->value();
    return units;
}

} // namespace gridcarbon::gui
