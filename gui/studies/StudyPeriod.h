#pragma once
// The period every study of the window shows: a typical day of the case's profiles (or its base
// values) and an hour of that day. One per window, lent to the studies in their StudyContext;
// the toolbar's PeriodSelector shows and changes it, so it is always visible and stays the same
// when the user switches views. The power flow solves that hour, the carbon view draws it, a
// whole-day study (carbon, region) covers its day.
#include "model/Case.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace gridcarbon::gui {

class StudyPeriod : public QObject {
    Q_OBJECT
public:
    explicit StudyPeriod(QObject* parent = nullptr);

    // Takes the document's case (kept by reference: the document's own, which outlives this
    // object's use of it). A new case starts at its first typical day at midday (when PV shows),
    // or its base values when it has no profiles; an edited case keeps the period when its day
    // still exists. Emits changed() when the period differs from before.
    void setCase(const gridcarbon::Case& c, bool new_case);

    QStringList days() const { return days_; }
    // Empty for the base values.
    QString day() const { return day_; }
    int hour() const { return hour_; }
    // Periods of the day chosen (1 for the base values).
    int dayLength() const { return length_; }
    bool isBaseValues() const { return day_.isEmpty(); }

    // Chooses a day (empty: base values) and an hour (none: kept, clamped to the day). Returns
    // why not, naming the day or hour, when the case has no such day or the hour is outside it;
    // nothing changes then.
    std::optional<QString> select(const QString& day, std::optional<int> hour = std::nullopt);
    // false (and no change) without a day, or outside it.
    bool selectHour(int hour);

    // "spring, 22:00–23:00" or "base values".
    QString name() const;
    // The clock times of period `period` of a day of `length` equal steps: "22:00–23:00".
    static QString timeName(int period, int length);

signals:
    // Someone chose another day or hour (select(), selectHour()); not emitted when a new or
    // edited case moves the period: the studies read it then (StudyController::caseReplaced).
    // An hour that changes with the day comes after the day.
    void dayChosen(const QString& day);
    void hourChosen(int hour);
    // The day or the hour changed, whatever the reason (for what shows the period).
    void changed();
    // The list of days changed (another case).
    void daysChanged();

private:
    // Returns which of the day and the hour changed.
    std::pair<bool, bool> set(const QString& day, int hour);

    const gridcarbon::Case* case_ = nullptr;
    QStringList days_;
    QString day_;
    int hour_ = 0;
    int length_ = 1;
};

} // namespace gridcarbon::gui
