#include "gui/studies/carbon/CarbonPeriodSelector.h"

#include "model/Profiles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>

namespace gridcarbon::gui {

namespace {

constexpr int kPreferredHour = 12;

} // namespace

CarbonPeriodSelector::CarbonPeriodSelector(QWidget* parent)
    : QWidget(parent), day_(new QComboBox(this)), hour_(new QSlider(Qt::Horizontal, this)),
      hour_label_(new QLabel(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* day_label = new QLabel(tr("&Day"), this);
    day_label->setBuddy(day_);
    auto* hour_title = new QLabel(tr("&Hour"), this);
    hour_title->setBuddy(hour_);
    layout->addWidget(day_label);
    layout->addWidget(day_);
    layout->addSpacing(fontMetrics().averageCharWidth() * 2);
    layout->addWidget(hour_title);
    layout->addWidget(hour_, 1);
    layout->addWidget(hour_label_);

    day_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    day_->setToolTip(tr("The typical day of the case's profiles to study, or its base values"));
    hour_->setTickPosition(QSlider::TicksBelow);
    hour_->setTickInterval(6);
    hour_->setPageStep(6);
    hour_->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    hour_->setToolTip(tr("The hour of the day the drawing, the table and the chart show"));
    hour_label_->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:00–00:00")));

    connect(day_, &QComboBox::currentIndexChanged, this, &CarbonPeriodSelector::onDayIndex);
    connect(hour_, &QSlider::valueChanged, this, [this](int h) {
        updateHourLabel();
        emit hourChanged(h);
    });
    updateHourRange();
}

void CarbonPeriodSelector::setCase(const gridcarbon::Case& c) {
    case_ = &c;
    const QSignalBlocker block_day(day_), block_hour(hour_);
    day_->clear();
    day_->addItem(tr("Base values"), QString());
    for (const QString& d : days())
        day_->addItem(d, d);
    day_->setCurrentIndex(day_->count() > 1 ? 1 : 0);
    updateHourRange();
    if (hour_->isEnabled())
        hour_->setValue(std::min(kPreferredHour, hour_->maximum()));
    updateHourLabel();
}

QStringList CarbonPeriodSelector::days() const {
    QStringList names;
    if (!case_)
        return names;
    for (const auto& profile : case_->profiles) {
        for (const auto& d : profile.days) {
            const QString name = QString::fromStdString(d.name);
            if (!names.contains(name))
                names << name;
        }
    }
    return names;
}

QString CarbonPeriodSelector::day() const {
    return day_->currentData().toString();
}

int CarbonPeriodSelector::hour() const {
    return hour_->value();
}

bool CarbonPeriodSelector::selectDay(const QString& day) {
    const int i = day_->findData(day);
    if (i < 0)
        return false;
    day_->setCurrentIndex(i);
    return true;
}

bool CarbonPeriodSelector::selectHour(int hour) {
    if (!hour_->isEnabled() || hour < hour_->minimum() || hour > hour_->maximum())
        return false;
    hour_->setValue(hour);
    return true;
}

void CarbonPeriodSelector::onDayIndex(int) {
    const int before = hour();
    updateHourRange(); // may clamp the hour to a shorter day
    updateHourLabel();
    emit dayChanged(day());
    if (hour() != before)
        emit hourChanged(hour());
}

void CarbonPeriodSelector::updateHourRange() {
    const QString d = day();
    const int length = case_ && !d.isEmpty() ? gridcarbon::dayLength(*case_, d.toStdString()) : 1;
    const QSignalBlocker block(hour_);
    hour_->setRange(0, std::max(0, length - 1));
    hour_->setEnabled(!d.isEmpty());
}

void CarbonPeriodSelector::updateHourLabel() {
    if (!hour_->isEnabled()) {
        hour_label_->setText(tr("—"));
        return;
    }
    const int h = hour_->value();
    hour_label_->setText(QStringLiteral("%1:00–%2:00")
                             .arg(h, 2, 10, QLatin1Char('0'))
                             .arg(h + 1, 2, 10, QLatin1Char('0')));
}

} // namespace gridcarbon::gui
