#include "gui/panels/ProfilesDialog.h"

#include "gui/charts/TimeSeriesChart.h"
#include "io/ProfileCsv.h"
#include "io/TextFile.h"
#include "model/Enums.h"
#include "model/Profiles.h"
#include "model/Properties.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <exception>

namespace gridcarbon::gui {

namespace {

QString unitOf(gridcarbon::ProfileQuantity quantity) {
    switch (quantity) {
    case gridcarbon::ProfileQuantity::Price:
        return QStringLiteral("per MWh");
    default:
        return QCoreApplication::translate("gridcarbon::gui::ProfilesDialog", "× base");
    }
}

} // namespace

ProfilesDialog::ProfilesDialog(const gridcarbon::Case& c, QWidget* parent)
    : QDialog(parent), profiles_(c.profiles), list_(new QListWidget(this)),
      chart_(new TimeSeriesChart(tr("Profile"), tr("× base"), this)),
      table_(new QTableWidget(this)), message_(new QLabel(this)) {
    setWindowTitle(tr("Profiles"));
    auto* layout = new QVBoxLayout(this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    for (const gridcarbon::Profile& p : profiles_)
        list_->addItem(
            tr("%1 (%2)").arg(QString::fromStdString(p.id),
                              QString::fromUtf8(gridcarbon::toString(p.quantity).data())));
    split->addWidget(list_);
    auto* right = new QWidget(split);
    auto* column = new QVBoxLayout(right);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(chart_, 2);
    column->addWidget(table_, 3);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    message_->setWordWrap(true);
    layout->addWidget(message_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* import = buttons->addButton(tr("&Import CSV…"), QDialogButtonBox::ActionRole);
    import->setToolTip(tr("Read a time series into the profile shown: a column per typical day "
                          "(hour, spring, summer, …), day/hour/value rows, or one column of "
                          "values; hourly or quarter-hourly"));
    QPushButton* exporter = buttons->addButton(tr("E&xport CSV…"), QDialogButtonBox::ActionRole);
    connect(import, &QPushButton::clicked, this, &ProfilesDialog::importInteractive);
    connect(exporter, &QPushButton::clicked, this, &ProfilesDialog::exportInteractive);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    connect(list_, &QListWidget::currentRowChanged, this, &ProfilesDialog::selectProfile);
    connect(table_, &QTableWidget::cellChanged, this, &ProfilesDialog::onCellChanged);
    if (!profiles_.empty())
        list_->setCurrentRow(0);
    else
        message_->setText(tr("The case has no profiles: its studies use the base values."));
    resize(900, 620);
}

QString ProfilesDialog::message() const {
    return message_->text();
}

void ProfilesDialog::selectProfile(int index) {
    if (index < 0 || index >= int(profiles_.size()))
        return;
    current_ = index;
    if (list_->currentRow() != index)
        list_->setCurrentRow(index);
    showProfile();
}

void ProfilesDialog::showProfile() {
    const QSignalBlocker block(table_);
    table_->clear();
    if (current_ < 0)
        return;
    const gridcarbon::Profile& p = profiles_[std::size_t(current_)];
    int periods = 0;
    for (const auto& d : p.days)
        periods = std::max(periods, int(d.values.size()));
    table_->setColumnCount(int(p.days.size()));
    table_->setRowCount(periods);
    QStringList days;
    QList<TimeSeries> lines;
    for (std::size_t k = 0; k < p.days.size(); ++k) {
        const auto& d = p.days[k];
        days << QString::fromStdString(d.name);
        TimeSeries line{QString::fromStdString(d.name), {}};
        for (std::size_t h = 0; h < d.values.size(); ++h) {
            table_->setItem(int(h), int(k),
                            new QTableWidgetItem(QString::number(d.values[h], 'g', 10)));
            line.points.emplace_back(int(h), d.values[h]);
        }
        lines << line;
    }
    table_->setHorizontalHeaderLabels(days);
    QStringList rows;
    for (int h = 0; h < periods; ++h)
        rows << QString::number(h);
    table_->setVerticalHeaderLabels(rows);
    chart_->setTitle(tr("%1 (%2)").arg(QString::fromStdString(p.id), unitOf(p.quantity)));
    chart_->setSeries(lines, std::max(1, periods));
}

void ProfilesDialog::onCellChanged(int row, int column) {
    if (current_ < 0)
        return;
    gridcarbon::Profile& p = profiles_[std::size_t(current_)];
    auto& values = p.days.at(std::size_t(column)).values;
    bool ok = false;
    const double v = table_->item(row, column)->text().toDouble(&ok);
    const gridcarbon::Range range = gridcarbon::profileValueRange(p.quantity);
    if (!ok || !std::isfinite(v) || !range.contains(v)) {
        message_->setText(tr("'%1' is not a value of profile '%2'%3; kept %4")
                              .arg(table_->item(row, column)->text(), QString::fromStdString(p.id),
                                   range.min ? tr(" (at least %1)").arg(*range.min) : QString())
                              .arg(values.at(std::size_t(row))));
        const QSignalBlocker block(table_);
        table_->item(row, column)->setText(QString::number(values.at(std::size_t(row)), 'g', 10));
        return;
    }
    values.at(std::size_t(row)) = v;
    message_->clear();
    showProfile();
}

QString ProfilesDialog::importCsv(const QString& path) {
    if (current_ < 0)
        return tr("choose a profile first");
    gridcarbon::Profile& p = profiles_[std::size_t(current_)];
    try {
        gridcarbon::Profile read = gridcarbon::readProfileCsv(
            gridcarbon::readTextFile(QFile::encodeName(path).toStdString()), p.id, p.quantity,
            QFileInfo(path).fileName().toStdString());
        // The days' weights are the case's, not the file's.
        for (auto& day : read.days)
            for (const auto& before : p.days)
                if (before.name == day.name)
                    day.weight_days = before.weight_days;
        p = std::move(read);
    } catch (const std::exception& e) {
        message_->setText(QString::fromUtf8(e.what()));
        return message_->text();
    }
    message_->setText(tr("Read %1 into profile '%2'.")
                          .arg(QDir::toNativeSeparators(path), QString::fromStdString(p.id)));
    showProfile();
    return {};
}

QString ProfilesDialog::exportCsv(const QString& path) const {
    if (current_ < 0)
        return tr("choose a profile first");
    try {
        const std::string text = gridcarbon::writeProfileCsv(profiles_[std::size_t(current_)]);
        gridcarbon::writeTextFileAtomic(QFile::encodeName(path).toStdString(), text);
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

void ProfilesDialog::importInteractive() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Profile"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importCsv(path);
}

void ProfilesDialog::exportInteractive() {
    if (current_ < 0)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Profile"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QString::fromStdString(profiles_[std::size_t(current_)].id) +
                      QStringLiteral(".csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportCsv(path);
    message_->setText(error.isEmpty() ? tr("Wrote %1").arg(QDir::toNativeSeparators(path)) : error);
}

} // namespace gridcarbon::gui
