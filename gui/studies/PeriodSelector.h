#pragma once
// The window's period on its toolbar: the typical day (or the base values) and an hour slider
// over the day with its clock times. It shows a StudyPeriod and changes it; every study follows
// that period (gui/studies/StudyPeriod.h).
#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;

namespace gridcarbon::gui {

class StudyPeriod;

class PeriodSelector : public QWidget {
    Q_OBJECT
public:
    PeriodSelector(StudyPeriod* period, QWidget* parent = nullptr);

    QComboBox* dayBox() const { return day_; }
    QSlider* hourSlider() const { return hour_; }
    QString hourText() const;

private:
    // Shows the period's days, day and hour.
    void updateDays();
    void updateFromPeriod();

    StudyPeriod* period_;
    QComboBox* day_;
    QSlider* hour_;
    QLabel* hour_label_;
};

} // namespace gridcarbon::gui
