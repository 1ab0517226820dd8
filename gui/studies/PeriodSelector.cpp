#include "gui/studies/PeriodSelector.h"

#include "gui/studies/StudyPeriod.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>

namespace gridcarbon::gui {

PeriodSelector::PeriodSelector(StudyPeriod* period, QWidget* parent)
    : QWidget(parent), period_(period), day_(new QComboBox(this)),
      hour_(new QSlider(Qt::Horizontal, this)), hour_label_(new QLabel(this)) {
    setObjectName(QStringLiteral("PeriodSelector"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    auto* day_label = new QLabel(tr("&Day"), this);
    day_label->setBuddy(day_);
    auto* hour_title = new QLabel(tr("Ho&ur"), this);
    hour_title->setBuddy(hour_);
    layout->addWidget(day_label);
    layout->addWidget(day_);
    layout->addSpacing(fontMetrics().averageCharWidth());
    layout->addWidget(hour_title);
    layout->addWidget(hour_, 1);
    layout->addWidget(hour_label_);

    day_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    day_->setToolTip(tr("The typical day of the case's profiles every study shows, or the case's "
                        "base values"));
    hour_->setTickPosition(QSlider::TicksBelow);
    hour_->setTickInterval(6);
    hour_->setPageStep(6);
    hour_->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    hour_->setToolTip(tr("The hour of the day the power flow solves and the views show"));
    hour_label_->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:00–00:00 ")));

    connect(day_, &QComboBox::currentIndexChanged, this,
            [this] { period_->select(day_->currentData().toString()); });
    connect(hour_, &QSlider::valueChanged, this, [this](int h) { period_->selectHour(h); });
    connect(period_, &StudyPeriod::daysChanged, this, &PeriodSelector::updateDays);
    connect(period_, &StudyPeriod::changed, this, &PeriodSelector::updateFromPeriod);
    updateDays();
}

QString PeriodSelector::hourText() const {
    return hour_label_->text();
}

void PeriodSelector::updateDays() {
    {
        const QSignalBlocker block(day_);
        day_->clear();
        day_->addItem(tr("Base values"), QString());
        for (const QString& d : period_->days())
            day_->addItem(d, d);
    }
    updateFromPeriod();
}

void PeriodSelector::updateFromPeriod() {
    const QSignalBlocker block_day(day_), block_hour(hour_);
    day_->setCurrentIndex(std::max(0, day_->findData(period_->day())));
    hour_->setRange(0, std::max(0, period_->dayLength() - 1));
    hour_->setEnabled(!period_->isBaseValues());
    hour_->setValue(period_->hour());
    hour_label_->setText(period_->isBaseValues()
                             ? tr("—")
                             : StudyPeriod::timeName(period_->hour(), period_->dayLength()));
}

} // namespace gridcarbon::gui
