#include "gui/panels/LineTypesDialog.h"

#include "model/LineTypes.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace gridcarbon::gui {

namespace {

// The id a row had when the dialog opened (empty for a row added here).
constexpr int kOriginalIdRole = Qt::UserRole;
// The last accepted text of a cell, put back when an entry is refused.
constexpr int kAcceptedRole = Qt::UserRole + 1;

QString number(double v) {
    return QString::number(v, 'g', 10);
}

} // namespace

LineTypesDialog::LineTypesDialog(const gridcarbon::Case& c, QWidget* parent)
    : QDialog(parent), branches_(c.branches), table_(new QTableWidget(0, ColumnCount, this)),
      message_(new QLabel(this)) {
    setWindowTitle(tr("Line Types"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A branch with a line type and a length takes its resistance, "
                                "reactance, charging and rating from them, on its buses' base "
                                "voltage. Standard types hold typical values: check them "
                                "against the manufacturer's data."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    table_->setHorizontalHeaderLabels({tr("Name"), tr("Resistance (Ω/km)"), tr("Reactance (Ω/km)"),
                                       tr("Capacitance (nF/km)"), tr("Ampacity (A, 0: unlimited)"),
                                       tr("Branches")});
    table_->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    for (int col = R; col < ColumnCount; ++col)
        table_->horizontalHeader()->setSectionResizeMode(col, QHeaderView::ResizeToContents);
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(table_, 1);
    message_->setWordWrap(true);
    QPalette red = message_->palette();
    red.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    message_->setPalette(red);
    layout->addWidget(message_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* standard =
        buttons->addButton(tr("Add &Standard Type"), QDialogButtonBox::ActionRole);
    auto* menu = new QMenu(standard);
    for (const gridcarbon::LineType& t : gridcarbon::standardLineTypes()) {
        QAction* a = menu->addAction(QString::fromStdString(t.id));
        a->setToolTip(tr("%1 Ω/km, %2 Ω/km, %3 nF/km, %4 A")
                          .arg(t.r_ohm_per_km)
                          .arg(t.x_ohm_per_km)
                          .arg(t.c_nf_per_km)
                          .arg(t.ampacity_a));
        connect(a, &QAction::triggered, this, [this, t] { table_->selectRow(addStandard(t)); });
    }
    menu->setToolTipsVisible(true);
    standard->setMenu(menu);
    QPushButton* add = buttons->addButton(tr("&New Type"), QDialogButtonBox::ActionRole);
    QPushButton* remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = addNew();
        table_->selectRow(row);
        table_->editItem(table_->item(row, Name));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (table_->currentRow() >= 0)
            removeRow(table_->currentRow());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (const gridcarbon::LineType& t : c.line_types)
        appendRow(t, QString::fromStdString(t.id));
    connect(table_, &QTableWidget::cellChanged, this, &LineTypesDialog::onCellChanged);
    setMessage(QString());
    resize(860, 420);
}

QString LineTypesDialog::message() const {
    return message_->text();
}

void LineTypesDialog::setMessage(const QString& text) {
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
}

int LineTypesDialog::usedBy(const QString& originalId) const {
    if (originalId.isEmpty())
        return 0;
    const std::string id = originalId.toStdString();
    int n = 0;
    for (const gridcarbon::Branch& br : branches_)
        n += br.line_type == id ? 1 : 0;
    return n;
}

int LineTypesDialog::appendRow(const gridcarbon::LineType& t, const QString& originalId) {
    const QSignalBlocker block(table_);
    const int row = table_->rowCount();
    table_->insertRow(row);
    const QString texts[] = {QString::fromStdString(t.id), number(t.r_ohm_per_km),
                             number(t.x_ohm_per_km),       number(t.c_nf_per_km),
                             number(t.ampacity_a),         QString::number(usedBy(originalId))};
    for (int col = 0; col < ColumnCount; ++col) {
        auto* item = new QTableWidgetItem(texts[col]);
        item->setData(kAcceptedRole, texts[col]);
        if (col != Name)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (col == Used)
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        table_->setItem(row, col, item);
    }
    table_->item(row, Name)->setData(kOriginalIdRole, originalId);
    return row;
}

QString LineTypesDialog::uniqueName(const QString& wanted) const {
    const auto taken = [this](const QString& name) {
        for (int row = 0; row < table_->rowCount(); ++row)
            if (table_->item(row, Name)->text() == name)
                return true;
        return false;
    };
    if (!taken(wanted))
        return wanted;
    for (int k = 2;; ++k)
        if (const QString name = QStringLiteral("%1 (%2)").arg(wanted).arg(k); !taken(name))
            return name;
}

int LineTypesDialog::addStandard(const gridcarbon::LineType& type) {
    gridcarbon::LineType t = type;
    t.id = uniqueName(QString::fromStdString(type.id)).toStdString();
    setMessage(QString());
    return appendRow(t, QString());
}

int LineTypesDialog::addNew() {
    // A 10 kV overhead line of middling section, to be overwritten with the real figures.
    gridcarbon::LineType t{"", 0.25, 0.36, 10.0, 380.0};
    for (int k = table_->rowCount() + 1;; ++k) {
        const QString name = tr("Type %1").arg(k);
        if (uniqueName(name) == name) {
            t.id = name.toStdString();
            break;
        }
    }
    setMessage(QString());
    return appendRow(t, QString());
}

bool LineTypesDialog::removeRow(int row) {
    if (row < 0 || row >= table_->rowCount())
        return false;
    const QString original = table_->item(row, Name)->data(kOriginalIdRole).toString();
    if (const int n = usedBy(original); n > 0) {
        setMessage(tr("Line type '%1' is used by %n branch(es); give them another type (or "
                      "none) before removing it.",
                      nullptr, n)
                       .arg(table_->item(row, Name)->text()));
        return false;
    }
    table_->removeRow(row);
    setMessage(QString());
    return true;
}

void LineTypesDialog::onCellChanged(int row, int column) {
    QTableWidgetItem* item = table_->item(row, column);
    const QString text = item->text().trimmed();
    const QString name = table_->item(row, Name)->text();
    QString why;
    if (column == Name) {
        if (text.isEmpty())
            why = tr("A line type needs a name.");
        for (int other = 0; other < table_->rowCount() && why.isEmpty(); ++other)
            if (other != row && table_->item(other, Name)->text() == text)
                why = tr("There is already a line type named '%1'.").arg(text);
    } else {
        bool ok = false;
        const double v = text.toDouble(&ok);
        static const char* const kLabels[] = {"", QT_TR_NOOP("resistance"), QT_TR_NOOP("reactance"),
                                              QT_TR_NOOP("capacitance"), QT_TR_NOOP("ampacity")};
        const QString label = tr(kLabels[column]);
        if (!ok || !std::isfinite(v))
            why = tr("Line type '%1': %2: '%3' is not a number.").arg(name, label, item->text());
        else if (column != X && v < 0.0)
            why = tr("Line type '%1': %2 must be at least 0 (got %3).").arg(name, label, text);
    }
    const QSignalBlocker block(table_);
    if (!why.isEmpty()) {
        item->setText(item->data(kAcceptedRole).toString());
        setMessage(why);
        return;
    }
    item->setText(text);
    item->setData(kAcceptedRole, text);
    setMessage(QString());
}

std::vector<gridcarbon::LineType> LineTypesDialog::lineTypes() const {
    std::vector<gridcarbon::LineType> types;
    for (int row = 0; row < table_->rowCount(); ++row) {
        const auto value = [&](int col) {
            return table_->item(row, col)->text().toDouble();
        };
        types.push_back({table_->item(row, Name)->text().toStdString(), value(R), value(X),
                         value(C), value(Ampacity)});
    }
    return types;
}

std::map<std::string, std::string> LineTypesDialog::renamed() const {
    std::map<std::string, std::string> out;
    for (int row = 0; row < table_->rowCount(); ++row) {
        const QString original = table_->item(row, Name)->data(kOriginalIdRole).toString();
        const QString now = table_->item(row, Name)->text();
        if (!original.isEmpty() && original != now)
            out.emplace(original.toStdString(), now.toStdString());
    }
    return out;
}

} // namespace gridcarbon::gui
