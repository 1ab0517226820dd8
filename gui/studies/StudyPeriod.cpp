#include "gui/studies/StudyPeriod.h"

#include "model/Profiles.h"

#include <algorithm>

namespace gridcarbon::gui {

namespace {

constexpr int kPreferredHour = 12;

QStringList typicalDays(const gridcarbon::Case& c) {
    QStringList names;
    for (const std::string& name : gridcarbon::typicalDayNames(c))
        names << QString::fromStdString(name);
    return names;
}

} // namespace

StudyPeriod::StudyPeriod(QObject* parent) : QObject(parent) {}

void StudyPeriod::setCase(const gridcarbon::Case& c, bool new_case) {
    case_ = &c;
    const QStringList days = typicalDays(c);
    const bool days_changed = days != days_;
    days_ = days;
    if (days_changed)
        emit daysChanged();
    if (new_case || (!day_.isEmpty() && !days_.contains(day_))) {
        const QString day = days_.value(0);
        set(day, kPreferredHour);
        return;
    }
    set(day_, hour_); // the day's length may have changed
}

std::optional<QString> StudyPeriod::select(const QString& day, std::optional<int> hour) {
    if (!day.isEmpty() && !days_.contains(day))
        return tr("the case has no typical day '%1' (it has: %2)")
            .arg(day, days_.isEmpty() ? tr("none") : days_.join(QStringLiteral(", ")));
    if (hour) {
        const int length =
            day.isEmpty() || !case_ ? 1 : gridcarbon::dayLength(*case_, day.toStdString());
        if (day.isEmpty())
            return tr("hour %1 needs a typical day (the base values have no hours)").arg(*hour);
        if (*hour < 0 || *hour >= length)
            return tr("hour %1 is outside day '%2' (0..%3)").arg(*hour).arg(day).arg(length - 1);
    }
    const auto [day_changed, hour_changed] = set(day, hour.value_or(hour_));
    if (day_changed)
        emit dayChosen(day_);
    if (hour_changed)
        emit hourChosen(hour_);
    return std::nullopt;
}

bool StudyPeriod::selectHour(int hour) {
    if (day_.isEmpty() || hour < 0 || hour >= length_)
        return false;
    if (set(day_, hour).second)
        emit hourChosen(hour_);
    return true;
}

std::pair<bool, bool> StudyPeriod::set(const QString& day, int hour) {
    length_ =
        day.isEmpty() || !case_ ? 1 : std::max(1, gridcarbon::dayLength(*case_, day.toStdString()));
    const int clamped = day.isEmpty() ? 0 : std::clamp(hour, 0, length_ - 1);
    const bool day_changed = day != day_;
    const bool hour_changed = clamped != hour_;
    day_ = day;
    hour_ = clamped;
    if (day_changed || hour_changed)
        emit changed();
    return {day_changed, hour_changed};
}

QString StudyPeriod::timeName(int period, int length) {
    // A day of `length` equal steps: 24 are hours, 96 quarter hours.
    const int step_min = 1440 / std::max(1, length);
    const auto clock = [](int minutes) {
        return QStringLiteral("%1:%2")
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    };
    return QStringLiteral("%1–%2").arg(clock(period * step_min), clock((period + 1) * step_min));
}

QString StudyPeriod::name() const {
    if (day_.isEmpty())
        return tr("base values");
    return tr("%1, %2").arg(day_, timeName(hour_, length_));
}

} // namespace gridcarbon::gui
