#pragma once
// Picks what a carbon study covers and which hour the view shows: a typical day of the case's
// profiles (or its base values) and, for a day, an hour slider over the day's length.
#include "model/Case.h"

#include <QString>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;

namespace gridcarbon::gui {

class CarbonPeriodSelector : public QWidget {
    Q_OBJECT
public:
    explicit CarbonPeriodSelector(QWidget* parent = nullptr);

    // Lists the case's typical days and selects the first (base values when there is none),
    // at midday, when PV output shows, if the day is that long. Emits nothing.
    void setCase(const gridcarbon::Case& c);

    QStringList days() const;
    // The day selected; empty for the base values.
    QString day() const;
    int hour() const;

    // false (and no change) for a day the case does not have.
    bool selectDay(const QString& day);
    // false (and no change) without a day, or outside the day.
    bool selectHour(int hour);

    QComboBox* dayBox() const { return day_; }
    QSlider* hourSlider() const { return hour_; }

signals:
    void dayChanged(const QString& day);
    void hourChanged(int hour);

private:
    void onDayIndex(int index);
    void updateHourRange();
    void updateHourLabel();

    const gridcarbon::Case* case_ = nullptr;
    QComboBox* day_;
    QSlider* hour_;
    QLabel* hour_label_;
};

} // namespace gridcarbon::gui
