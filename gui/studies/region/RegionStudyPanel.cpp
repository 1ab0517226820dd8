#include "gui/studies/region/RegionStudyPanel.h"

#include "gui/studies/JobStatusWidget.h"
#include "gui/studies/NumberOptionBox.h"
#include "gui/studies/region/RegionFigure.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <map>

namespace gridcarbon::gui {

using gridcarbon::region::Method;

namespace {

constexpr int kBusRole = Qt::UserRole;

// The engine's settings the form shows, by their descriptors' names (region::regionNumberOptions).
const std::string kToleranceOption = "tol";

// The English text of those descriptors, for lupdate (the GUI translates it with
// gui/studies/NumberOptionBox.h's optionText), until core marks it where it is written as
// core/model/Properties.cpp does. gui.translations_zh_CN_region_options fails when a
// descriptor's text changes and its translation is gone.
[[maybe_unused]] constexpr const char* kOptionText[] = {
    QT_TRANSLATE_NOOP("gridcarbon::options", "Tolerance"),
    QT_TRANSLATE_NOOP("gridcarbon::options",
                      "adaptive: largest inner-outer gap, a fraction of each axis range"),
};

const gridcarbon::NumberOption<gridcarbon::region::RegionOptions>&
regionOption(const std::string& name) {
    const auto* option = gridcarbon::findOption(gridcarbon::region::regionNumberOptions(), name);
    Q_ASSERT(option);
    return *option;
}

} // namespace

RegionStudyPanel::RegionStudyPanel(JobRunner* runner, QWidget* parent)
    : QWidget(parent), choose_(new QRadioButton(tr("Chosen buses (2 or 3):"), this)),
      auto_(new QRadioButton(tr("Auto, by carbon emission flow:"), this)),
      buses_(new QListWidget(this)), auto_count_(new QSpinBox(this)), method_(new QComboBox(this)),
      tolerance_(new QDoubleSpinBox(this)), cap_(new QDoubleSpinBox(this)), day_(new QLabel(this)),
      message_(new QLabel(this)), controls_(new QHBoxLayout) {
    auto* layout = new QVBoxLayout(this);
    auto* observed = new QLabel(tr("<b>Observed buses</b>"), this);
    layout->addWidget(observed);
    auto* group = new QButtonGroup(this);
    group->addButton(choose_);
    group->addButton(auto_);
    auto_->setChecked(true);
    choose_->setToolTip(tr("The axes of the region: the loads of these buses, in MW"));
    layout->addWidget(choose_);
    buses_->setToolTip(tr("Check two or three load buses"));
    buses_->setMaximumHeight(fontMetrics().height() * 8);
    layout->addWidget(buses_);
    auto* automatic = new QHBoxLayout;
    automatic->addWidget(auto_);
    auto_count_->setRange(2, kMaxObserved);
    auto_count_->setValue(kMaxObserved);
    auto_count_->setSuffix(tr(" buses"));
    automatic->addWidget(auto_count_);
    automatic->addStretch(1);
    auto_->setToolTip(tr("Observe the load buses whose loads carry the most carbon emission over "
                         "the day"));
    layout->addLayout(automatic);

    auto* form = new QFormLayout;
    for (Method m : {Method::Adaptive, Method::Scba, Method::Hba, Method::Chba})
        method_->addItem(regionMethodName(m), int(m));
    method_->setToolTip(tr("Adaptive: support problems until the inner and outer bounds agree "
                           "to the tolerance. SCBA, HBA: boundary points on a grid. CHBA: rays "
                           "bisected with the AC model (slow)."));
    form->addRow(tr("Method:"), method_);
    // The range, the default, the unit and the help are the engine's (regionNumberOptions).
    const QString tolerance = setUpNumberBox(tolerance_, regionOption(kToleranceOption), 3, 0.005);
    form->addRow(tr("%1:").arg(tolerance), tolerance_);
    cap_->setRange(0.0, 1e6);
    cap_->setDecimals(1);
    cap_->setSingleStep(5.0);
    cap_->setSuffix(tr(" t/day"));
    cap_->setSpecialValueText(tr("none"));
    cap_->setToolTip(tr("The committed carbon emission: the most the network may emit over the "
                        "day"));
    form->addRow(tr("Carbon cap:"), cap_);
    day_->setToolTip(tr("The typical day whose profiles the region is built for: the day chosen "
                        "on the toolbar"));
    day_->setWordWrap(true);
    form->addRow(tr("Day:"), day_);
    layout->addLayout(form);

    controls_->addStretch(1);
    layout->addLayout(controls_);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(message_);
    layout->addWidget(new JobStatusWidget(runner, this));

    connect(buses_, &QListWidget::itemChanged, this, &RegionStudyPanel::onInputChanged);
    connect(auto_, &QRadioButton::toggled, this, &RegionStudyPanel::onInputChanged);
    connect(auto_count_, &QSpinBox::valueChanged, this, &RegionStudyPanel::onInputChanged);
    connect(method_, &QComboBox::currentIndexChanged, this, &RegionStudyPanel::onInputChanged);
    connect(tolerance_, &QDoubleSpinBox::valueChanged, this, &RegionStudyPanel::onInputChanged);
    connect(cap_, &QDoubleSpinBox::valueChanged, this, &RegionStudyPanel::onInputChanged);
    updateEnabled();
}

void RegionStudyPanel::addControl(QWidget* control) {
    control->setParent(this);
    controls_->addWidget(control);
}

void RegionStudyPanel::setCase(const gridcarbon::Case& c, bool new_case) {
    const QStringList before = new_case ? QStringList{} : observed();
    // One row per load bus, in the order of the case's loads.
    std::vector<std::string> order;
    std::map<std::string, std::pair<QStringList, double>> loads;
    for (const gridcarbon::Load& load : c.loads) {
        if (!loads.count(load.bus))
            order.push_back(load.bus);
        auto& [ids, mw] = loads[load.bus];
        ids << QString::fromStdString(load.id);
        mw += load.p_mw;
    }
    {
        const QSignalBlocker block(buses_);
        buses_->clear();
        for (const std::string& bus : order) {
            const auto& [ids, mw] = loads[bus];
            auto* item = new QListWidgetItem(tr("Bus %1 — %2, %3 MW")
                                                 .arg(QString::fromStdString(bus),
                                                      ids.join(QStringLiteral(", ")),
                                                      QString::number(mw, 'f', 2)),
                                             buses_);
            item->setData(kBusRole, QString::fromStdString(bus));
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            item->setCheckState(before.contains(QString::fromStdString(bus)) ? Qt::Checked
                                                                             : Qt::Unchecked);
        }
    }
    if (new_case) {
        resetToDefaults();
        const QSignalBlocker block(cap_);
        cap_->setValue(std::max(0.0, c.economics.daily_carbon_cap_t));
    }
    setMessage({});
    updateEnabled();
}

void RegionStudyPanel::resetToDefaults() {
    const gridcarbon::region::RegionOptions defaults;
    const QSignalBlocker block_auto(auto_), block_choose(choose_), block_count(auto_count_),
        block_method(method_), block_tolerance(tolerance_);
    auto_->setChecked(true);
    auto_count_->setValue(kMaxObserved);
    method_->setCurrentIndex(method_->findData(int(defaults.method)));
    tolerance_->setValue(regionOption(kToleranceOption).defaultValue());
}

void RegionStudyPanel::setDay(const QString& day, const QString& first_day) {
    day_name_ = day;
    day_->setText(
        day.isEmpty()
            ? (first_day.isEmpty()
                   ? tr("none (the case has no profiles)")
                   : tr("%1 (the case's first; the toolbar shows base values)").arg(first_day))
            : day);
}

std::optional<QString> RegionStudyPanel::notReady() const {
    if (buses_->count() < 2)
        return tr("The case needs loads at two or more buses for an operating region.");
    if (!auto_->isChecked()) {
        const qsizetype n = observed().size();
        if (n < 2)
            return tr("Check two or three buses (%1 checked), or choose Auto.").arg(n);
    }
    return std::nullopt;
}

void RegionStudyPanel::onInputChanged() {
    updateEnabled();
    if (error_)
        setMessage({});
    emit inputChanged();
}

gridcarbon::region::RegionOptions RegionStudyPanel::options() const {
    gridcarbon::region::RegionOptions o;
    if (auto_->isChecked())
        o.auto_count = auto_count_->value();
    else
        for (const QString& bus : observed())
            o.observed.push_back(bus.toStdString());
    o.method = Method(method_->currentData().toInt());
    regionOption(kToleranceOption).set(o, tolerance_->value());
    if (cap_->value() > 0.0)
        o.cap_t = cap_->value();
    o.day = day_name_.toStdString();
    return o;
}

bool RegionStudyPanel::setObserved(const QStringList& buses) {
    if (buses.size() > kMaxObserved)
        return false;
    const QStringList choices = observedChoices();
    for (const QString& bus : buses)
        if (!choices.contains(bus))
            return false;
    {
        const QSignalBlocker block(buses_);
        for (int i = 0; i < buses_->count(); ++i) {
            QListWidgetItem* item = buses_->item(i);
            item->setCheckState(buses.contains(item->data(kBusRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
        }
    }
    choose_->setChecked(true);
    onInputChanged();
    return true;
}

QStringList RegionStudyPanel::observed() const {
    QStringList ids;
    for (int i = 0; i < buses_->count(); ++i)
        if (buses_->item(i)->checkState() == Qt::Checked)
            ids << buses_->item(i)->data(kBusRole).toString();
    return ids;
}

QStringList RegionStudyPanel::observedChoices() const {
    QStringList ids;
    for (int i = 0; i < buses_->count(); ++i)
        ids << buses_->item(i)->data(kBusRole).toString();
    return ids;
}

bool RegionStudyPanel::setAuto(int count) {
    if (count < 2 || count > kMaxObserved)
        return false;
    auto_count_->setValue(count);
    auto_->setChecked(true);
    onInputChanged();
    return true;
}

void RegionStudyPanel::setMethod(Method method) {
    method_->setCurrentIndex(method_->findData(int(method)));
}

void RegionStudyPanel::setCap(double tonnes) {
    cap_->setValue(tonnes);
}

void RegionStudyPanel::setMessage(const QString& text, bool error) {
    error_ = error && !text.isEmpty();
    const QString line = text.simplified();
    message_->setText(line);
    message_->setToolTip(line);
    message_->setStyleSheet(error_ ? QStringLiteral("color: #b3261e;") : QString());
}

QString RegionStudyPanel::message() const {
    return message_->text();
}

void RegionStudyPanel::updateEnabled() {
    const bool choosing = choose_->isChecked();
    buses_->setEnabled(choosing);
    auto_count_->setEnabled(!choosing);
    // At most three axes: with three checked, the others wait until one is unchecked.
    const bool full = observed().size() >= kMaxObserved;
    const QSignalBlocker block(buses_);
    for (int i = 0; i < buses_->count(); ++i) {
        QListWidgetItem* item = buses_->item(i);
        const bool open = !full || item->checkState() == Qt::Checked;
        item->setFlags(open ? (Qt::ItemIsUserCheckable | Qt::ItemIsEnabled)
                            : Qt::ItemIsUserCheckable);
    }
    tolerance_->setEnabled(Method(method_->currentData().toInt()) == Method::Adaptive);
}

} // namespace gridcarbon::gui
