#include "io/ProfileCsv.h"

#include "io/CsvTable.h"
#include "model/Enums.h"
#include "model/Profiles.h"
#include "model/Properties.h"
#include "util/Error.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <vector>

namespace gridcarbon {
namespace {

constexpr const char* kSingleDay = "typical";
constexpr int kMinutesPerDay = 24 * 60;

// What a header name makes of its column.
enum class Role { Time, Day, Value, Other };

std::string lowerCase(std::string_view s) {
    std::string out(s);
    for (char& ch : out)
        if (ch >= 'A' && ch <= 'Z')
            ch = static_cast<char>(ch - 'A' + 'a');
    return out;
}

Role roleOf(std::string_view name) {
    const std::string n = lowerCase(name);
    if (n == "hour" || n == "time" || n == "period")
        return Role::Time;
    if (n == "day")
        return Role::Day;
    if (n == "value")
        return Role::Value;
    return Role::Other;
}

// A name or a cell in a message, on the message's one line: a line break shows as \n.
std::string inQuotes(std::string_view s) {
    std::string out = "'";
    for (char ch : s)
        out += ch == '\n' ? std::string("\\n") : std::string(1, ch);
    return out + "'";
}

// A number as written in C: from_chars ignores the locale, which a GUI may have set to one
// with a decimal comma. A leading '+' is allowed; an overflow is infinite, an underflow 0.
std::optional<double> parseNumber(std::string_view s) {
    if (s.size() > 1 && s[0] == '+' && s[1] != '-')
        s.remove_prefix(1);
    if (s.empty())
        return std::nullopt;
    double v = 0.0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (end != s.data() + s.size())
        return std::nullopt;
    if (ec == std::errc::result_out_of_range) {
        const bool negative = s[0] == '-';
        const std::size_t e = s.find_first_of("eE");
        const bool tiny = e != std::string_view::npos && e + 1 < s.size() && s[e + 1] == '-';
        v = tiny ? 0.0 : std::numeric_limits<double>::infinity();
        return negative ? -v : v;
    }
    if (ec != std::errc())
        return std::nullopt;
    return v;
}

// "0,48" or "-12,5": a number with a decimal comma; the same with a point, or nothing.
std::optional<std::string> decimalCommaFix(std::string_view s) {
    const std::size_t comma = s.find(',');
    if (comma == std::string_view::npos || s.find(',', comma + 1) != std::string_view::npos)
        return std::nullopt;
    std::string fixed(s);
    fixed[comma] = '.';
    if (!std::all_of(fixed.begin(), fixed.end(),
                     [](char ch) { return (ch >= '0' && ch <= '9') || ch == '.' || ch == '-'; }) ||
        !parseNumber(fixed))
        return std::nullopt;
    return fixed;
}

bool isDigits(std::string_view s) {
    return !s.empty() && s.size() <= 9 &&
           std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

// Minutes after midnight of "H:MM" or "HH:MM[:00]", up to 24:00.
std::optional<int> parseClock(std::string_view s) {
    const std::size_t colon = s.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 2)
        return std::nullopt;
    const std::string_view hours = s.substr(0, colon);
    std::string_view rest = s.substr(colon + 1);
    if (rest.size() == 5 && rest.substr(2) == ":00")
        rest = rest.substr(0, 2);
    if (!isDigits(hours) || rest.size() != 2 || !isDigits(rest))
        return std::nullopt;
    const int h = std::stoi(std::string(hours));
    const int m = std::stoi(std::string(rest));
    if (m >= 60 || h > 24 || (h == 24 && m > 0))
        return std::nullopt;
    return h * 60 + m;
}

std::string clockText(int minutes) {
    const int h = minutes / 60;
    const int m = minutes % 60;
    return (h < 10 ? "0" : "") + std::to_string(h) + ":" + (m < 10 ? "0" : "") + std::to_string(m);
}

struct Record {
    int line = 0;
    std::vector<std::string> fields;
    bool blank() const {
        return std::all_of(fields.begin(), fields.end(),
                           [](const std::string& f) { return f.empty(); });
    }
};

// The text without a byte order mark, its line ends as '\n'.
std::string normalised(const std::string& text) {
    std::string_view s(text);
    if (s.starts_with("\xEF\xBB\xBF"))
        s.remove_prefix(3);
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\r') {
            out += s[i];
            continue;
        }
        out += '\n';
        if (i + 1 < s.size() && s[i + 1] == '\n')
            ++i;
    }
    return out;
}

bool blankLine(std::string_view line) {
    return line.find_first_not_of(" \t") == std::string_view::npos;
}

// The separator the header line (the first that is not blank) holds most of, outside quotes:
// ',', ';' or '\t' (',' on a tie); '\0' when it holds none.
char separatorOf(std::string_view s) {
    std::size_t begin = 0;
    while (begin < s.size()) {
        const std::size_t end = std::min(s.find('\n', begin), s.size());
        if (!blankLine(s.substr(begin, end - begin)))
            break;
        begin = end + 1;
    }
    std::size_t commas = 0, semicolons = 0, tabs = 0;
    bool insideQuotes = false;
    for (std::size_t i = begin; i < s.size() && (insideQuotes || s[i] != '\n'); ++i) {
        if (s[i] == '"')
            insideQuotes = !insideQuotes;
        else if (!insideQuotes) {
            commas += s[i] == ',';
            semicolons += s[i] == ';';
            tabs += s[i] == '\t';
        }
    }
    if (semicolons > commas && semicolons >= tabs)
        return ';';
    if (tabs > commas && tabs > semicolons)
        return '\t';
    return commas > 0 ? ',' : '\0';
}

// How a cell is named in a message: "in column 'summer'", "in column 'value' (day 'summer')",
// or nothing for the one column of a table without a header.
std::string cellText(const std::string& where, std::string_view text) {
    return where.empty() ? inQuotes(text) : inQuotes(text) + " in " + where;
}

// How a message names column `c` of `header`: by its name, or by its number when unnamed.
std::string columnText(const std::vector<std::string>& header, std::size_t c) {
    return header[c].empty() ? "column " + std::to_string(c + 1) : "column " + inQuotes(header[c]);
}

// One value of one day: where it stands and, with a time column, its period.
struct Entry {
    int line = 0;
    double value = 0.0;
    int period = -1;
};

struct DayCells {
    std::string name;
    std::vector<Entry> entries;
    int first_missing_line = 0; // wide layout: the row of the first empty cell after the last
};

// The periods of a time column: the times' kind, step and start.
struct TimeAxis {
    std::string column; // the column's name in lower case, for messages ("hour 12")
    bool clock = false;
    int step = 1;  // minutes between clock times; 1 for period numbers
    int start = 0; // the time of the first period
    std::string label(int period) const {
        const int t = start + period * step;
        return clock ? clockText(t)
                     : (column.empty() ? "period" : column) + " " + std::to_string(t);
    }
};

class Reader {
public:
    Reader(std::string source, ProfileQuantity quantity)
        : source_(std::move(source)), quantity_(quantity), range_(profileValueRange(quantity)) {}

    Profile read(const std::string& rawText, const std::string& id) {
        const std::string text = normalised(rawText);
        separator_ = separatorOf(text);
        std::vector<Record> records = split(text);
        while (!records.empty() && records.back().blank())
            records.pop_back();
        auto first = std::find_if(records.begin(), records.end(),
                                  [](const Record& r) { return !r.blank(); });
        records.erase(records.begin(), first);
        for (const Record& r : records)
            if (r.blank())
                fail(r.line, "empty row inside the table");
        if (records.empty())
            noValues();

        const bool hasHeader =
            std::any_of(records[0].fields.begin(), records[0].fields.end(),
                        [](const std::string& f) { return !parseNumber(f).has_value(); });
        std::vector<std::string> header;
        if (hasHeader) {
            header = records[0].fields;
            headerLine_ = records[0].line;
            records.erase(records.begin());
            while (header.size() > 1 && header.back().empty())
                header.pop_back();
        } else if (records[0].fields.size() > 1) {
            fail(records[0].line,
                 "a table of " + std::to_string(records[0].fields.size()) +
                     " columns needs a header row naming them (hour,spring,summer,… or "
                     "day,hour,value)" +
                     (separator_ == ',' ? "; decimal commas are not accepted (write 0.48, not 0,48)"
                                        : ""));
        }
        if (records.empty())
            noValues();
        const std::size_t columns = hasHeader ? header.size() : 1;
        for (Record& r : records)
            fitToHeader(r, columns);

        Profile p;
        p.id = id;
        p.quantity = quantity_;
        if (columns == 1)
            readSingleColumn(records, hasHeader ? header[0] : std::string());
        else if (std::any_of(header.begin(), header.end(),
                             [](const std::string& h) { return roleOf(h) == Role::Value; }))
            readLong(records, header);
        else
            readWide(records, header);
        assemble(p);
        return p;
    }

private:
    [[noreturn]] void fail(int line, const std::string& message) const {
        throw badInput(source_ + ":" + std::to_string(line) + ": " + message);
    }
    [[noreturn]] void noValues() const { throw badInput(source_ + ": no values"); }

    // The records of RFC 4180 text, each with the line it starts on.
    std::vector<Record> split(std::string_view s) const {
        const auto isSpace = [this](char ch) {
            return (ch == ' ' || ch == '\t') && ch != separator_;
        };
        const auto atSeparator = [&](std::size_t i) {
            return separator_ != '\0' && i < s.size() && s[i] == separator_;
        };
        std::vector<Record> out;
        std::size_t i = 0;
        int line = 1;
        while (i < s.size()) {
            Record r{line, {}};
            for (;;) {
                while (i < s.size() && isSpace(s[i]))
                    ++i;
                std::string field;
                if (i < s.size() && s[i] == '"') {
                    const int opened = line;
                    for (++i;; ++i) {
                        if (i >= s.size())
                            fail(opened, "a quoted field is not closed");
                        if (s[i] == '"' && i + 1 < s.size() && s[i + 1] == '"')
                            ++i;
                        else if (s[i] == '"')
                            break;
                        else if (s[i] == '\n')
                            ++line;
                        field += s[i];
                    }
                    ++i;
                    while (i < s.size() && isSpace(s[i]))
                        ++i;
                    if (i < s.size() && s[i] != '\n' && !atSeparator(i))
                        fail(line, "text after the closing quote of " + inQuotes(field));
                } else {
                    const std::size_t b = i;
                    while (i < s.size() && s[i] != '\n' && !atSeparator(i))
                        ++i;
                    std::size_t e = i;
                    while (e > b && isSpace(s[e - 1]))
                        --e;
                    field.assign(s.substr(b, e - b));
                }
                r.fields.push_back(std::move(field));
                if (!atSeparator(i))
                    break;
                ++i;
            }
            if (i < s.size()) { // the line end
                ++i;
                ++line;
            }
            out.push_back(std::move(r));
        }
        return out;
    }

    // A row as wide as the header: missing fields at its end are empty cells; fields beyond
    // the header must be empty.
    void fitToHeader(Record& r, std::size_t columns) const {
        for (std::size_t c = columns; c < r.fields.size(); ++c)
            if (!r.fields[c].empty())
                fail(r.line, "the row has " + std::to_string(r.fields.size()) +
                                 " fields, the header " + std::to_string(columns) +
                                 (separator_ == ','
                                      ? " (decimal commas are not accepted: write 0.48, not 0,48)"
                                      : ""));
        r.fields.resize(columns);
    }

    double value(const std::string& text, int line, const std::string& where) const {
        if (text.empty())
            fail(line, "empty cell" + (where.empty() ? std::string() : " in " + where));
        const std::optional<double> v = parseNumber(text);
        if (!v) {
            const std::optional<std::string> fix = decimalCommaFix(text);
            fail(line, cellText(where, text) + " is not a number" +
                           (fix ? " (decimal commas are not accepted: write " + *fix + ")"
                                : std::string()));
        }
        if (!std::isfinite(*v))
            fail(line, cellText(where, text) + " is not a finite number");
        if (!range_.contains(*v))
            fail(line, cellText(where, text) + " must be " + rangeText(range_) + " in a " +
                           std::string(toString(quantity_)) + " profile");
        return *v;
    }

    DayCells& day(const std::string& name) {
        for (DayCells& d : days_)
            if (d.name == name)
                return d;
        days_.push_back(DayCells{name, {}, 0});
        return days_.back();
    }

    void readSingleColumn(const std::vector<Record>& rows, const std::string& name) {
        if (roleOf(name) == Role::Time)
            fail(headerLine_,
                 "the header names only the time column " + inQuotes(name) + " and no day");
        const std::string where = name.empty() ? std::string() : "column " + inQuotes(name);
        DayCells& d = day(kSingleDay);
        for (const Record& r : rows)
            d.entries.push_back({r.line, value(r.fields[0], r.line, where)});
    }

    void readLong(const std::vector<Record>& rows, const std::vector<std::string>& header) {
        std::optional<std::size_t> dayColumn, timeColumn, valueColumn;
        for (std::size_t c = 0; c < header.size(); ++c) {
            std::optional<std::size_t>* slot = nullptr;
            switch (roleOf(header[c])) {
            case Role::Day:
                slot = &dayColumn;
                break;
            case Role::Time:
                slot = &timeColumn;
                break;
            case Role::Value:
                slot = &valueColumn;
                break;
            case Role::Other:
                fail(headerLine_,
                     columnText(header, c) +
                         " is not day, hour, time, period or value: a table with a 'value' "
                         "column holds one row per day and period (day,hour,value)");
            }
            if (*slot)
                fail(headerLine_, "columns " + inQuotes(header[**slot]) + " and " +
                                      inQuotes(header[c]) + " say the same");
            *slot = c;
        }
        if (timeColumn)
            times(rows, header, *timeColumn);
        for (std::size_t k = 0; k < rows.size(); ++k) {
            const Record& r = rows[k];
            std::string name = kSingleDay;
            if (dayColumn) {
                name = r.fields[*dayColumn];
                if (name.empty())
                    fail(r.line, "no day in " + columnText(header, *dayColumn));
            }
            const std::string where = columnText(header, *valueColumn) +
                                      (dayColumn ? " (day " + inQuotes(name) + ")" : "");
            const double v = value(r.fields[*valueColumn], r.line, where);
            day(name).entries.push_back({r.line, v, timeColumn ? periods_[k] : -1});
        }
    }

    void readWide(const std::vector<Record>& rows, const std::vector<std::string>& header) {
        const bool timeFirst = header[0].empty() || roleOf(header[0]) == Role::Time;
        const std::size_t firstDay = timeFirst ? 1 : 0;
        std::set<std::string> names;
        for (std::size_t c = firstDay; c < header.size(); ++c) {
            const std::string& name = header[c];
            if (name.empty())
                fail(headerLine_, "column " + std::to_string(c + 1) + " has no name");
            if (roleOf(name) == Role::Time)
                fail(headerLine_, "the time column " + inQuotes(name) + " must be the first");
            if (roleOf(name) == Role::Day)
                fail(headerLine_, "a column " + inQuotes(name) +
                                      " needs a 'value' column (day,hour,value); otherwise "
                                      "give one column per day");
            if (!names.insert(name).second)
                fail(headerLine_, "day " + inQuotes(name) + " has two columns");
        }
        // The last row with a value in each column: the empty cells after it are periods the
        // day lacks, those before it are holes.
        std::vector<std::size_t> ends(header.size(), 0);
        for (std::size_t k = 0; k < rows.size(); ++k) {
            bool any = false;
            for (std::size_t c = firstDay; c < header.size(); ++c)
                if (!rows[k].fields[c].empty()) {
                    ends[c] = k + 1;
                    any = true;
                }
            if (!any)
                fail(rows[k].line, timeFirst ? "no values for " + inQuotes(rows[k].fields[0]) +
                                                   " in " + columnText(header, 0)
                                             : "no values in the row");
        }
        if (timeFirst)
            times(rows, header, 0);
        for (std::size_t c = firstDay; c < header.size(); ++c)
            day(header[c]);
        for (std::size_t k = 0; k < rows.size(); ++k)
            for (std::size_t c = firstDay; c < header.size(); ++c) {
                DayCells& d = days_[c - firstDay];
                if (k >= ends[c]) {
                    if (k == ends[c])
                        d.first_missing_line = rows[k].line;
                    continue;
                }
                const double v = value(rows[k].fields[c], rows[k].line, columnText(header, c));
                d.entries.push_back({rows[k].line, v, timeFirst ? periods_[k] : -1});
            }
    }

    // The period of every row from its time in `column`.
    void times(const std::vector<Record>& rows, const std::vector<std::string>& header,
               std::size_t column) {
        axis_ = TimeAxis{lowerCase(header[column])};
        const std::string where = columnText(header, column);
        std::vector<int> t(rows.size());
        for (std::size_t k = 0; k < rows.size(); ++k) {
            const std::string& text = rows[k].fields[column];
            if (text.empty())
                fail(rows[k].line, "no time in " + where);
            const std::optional<int> clock = parseClock(text);
            if (!clock && !isDigits(text))
                fail(rows[k].line, cellText(where, text) +
                                       " is not a time (a period number or a clock time such "
                                       "as 13:00)");
            if (k == 0)
                axis_->clock = clock.has_value();
            else if (axis_->clock != clock.has_value())
                fail(rows[k].line, cellText(where, text) +
                                       (axis_->clock ? " is a period number among clock times"
                                                     : " is a clock time among period numbers"));
            t[k] = clock ? *clock : std::stoi(text);
        }
        const bool fromZero = std::find(t.begin(), t.end(), 0) != t.end();
        if (axis_->clock) {
            axis_->step = clockStep(t);
            if (kMinutesPerDay % axis_->step != 0)
                fail(headerLine_, "the times in " + where + " are " + std::to_string(axis_->step) +
                                      " minutes apart, which does not divide a day");
            for (std::size_t k = 0; k < rows.size(); ++k) {
                if (t[k] % axis_->step != 0)
                    fail(rows[k].line, cellText(where, rows[k].fields[column]) + " is off the " +
                                           std::to_string(axis_->step) +
                                           "-minute steps of the other times");
                if (fromZero && t[k] == kMinutesPerDay)
                    fail(rows[k].line, cellText(where, rows[k].fields[column]) +
                                           ": a day that starts at 00:00 ends at " +
                                           clockText(kMinutesPerDay - axis_->step));
            }
        }
        axis_->start = fromZero ? 0 : axis_->step;
        periods_.resize(rows.size());
        for (std::size_t k = 0; k < rows.size(); ++k) {
            periods_[k] = (t[k] - axis_->start) / axis_->step;
            // No day has more periods than the table has rows (a gap is told later, by day).
            if (periods_[k] >= std::max(static_cast<int>(rows.size()), kMinutesPerDay))
                fail(rows[k].line, cellText(where, rows[k].fields[column]) +
                                       " is too large for a period of a day");
        }
    }

    // The most common gap between the distinct clock times (the smallest on a tie); with one
    // time, that time (or an hour for 00:00).
    static int clockStep(std::vector<int> t) {
        std::sort(t.begin(), t.end());
        t.erase(std::unique(t.begin(), t.end()), t.end());
        if (t.size() == 1)
            return t[0] > 0 ? t[0] : 60;
        std::map<int, int> gaps;
        for (std::size_t k = 1; k < t.size(); ++k)
            ++gaps[t[k] - t[k - 1]];
        return std::max_element(gaps.begin(), gaps.end(),
                                [](const auto& a, const auto& b) { return a.second < b.second; })
            ->first;
    }

    // Each day's values in period order, the days' lengths checked against each other.
    void assemble(Profile& p) const {
        std::vector<std::vector<int>> lines(days_.size()); // per day and period: its line
        std::size_t values = 0;
        for (std::size_t d = 0; d < days_.size(); ++d) {
            const DayCells& day = days_[d];
            values += day.entries.size();
            if (!axis_) {
                for (const Entry& e : day.entries)
                    lines[d].push_back(e.line);
                continue;
            }
            int periods = 0;
            for (const Entry& e : day.entries)
                periods = std::max(periods, e.period + 1);
            lines[d].assign(periods, 0);
            for (const Entry& e : day.entries) {
                int& seen = lines[d][e.period];
                if (seen)
                    fail(e.line, "day " + inQuotes(day.name) + " has two values for " +
                                     axis_->label(e.period) + " (lines " + std::to_string(seen) +
                                     " and " + std::to_string(e.line) + ")");
                seen = e.line;
            }
            for (int k = 0; k < periods; ++k)
                if (!lines[d][k]) {
                    const int next = *std::find_if(lines[d].begin() + k, lines[d].end(),
                                                   [](int line) { return line != 0; });
                    fail(next,
                         "day " + inQuotes(day.name) + " has no value for " + axis_->label(k));
                }
        }
        if (values == 0)
            noValues();
        const std::size_t common = mostCommonLength(lines);
        for (std::size_t d = 0; d < days_.size(); ++d) {
            const std::size_t n = lines[d].size();
            if (n == common)
                continue;
            const int line =
                n < common && days_[d].first_missing_line
                    ? days_[d].first_missing_line
                    : (n < common ? (n ? lines[d].back() : headerLine_) : lines[d][common]);
            fail(line, "day " + inQuotes(days_[d].name) + " has " + std::to_string(n) +
                           " periods, the others " + std::to_string(common));
        }
        if (axis_ && axis_->clock && static_cast<int>(common) * axis_->step != kMinutesPerDay)
            fail(lines[0].back(), "day " + inQuotes(days_[0].name) + " has " +
                                      std::to_string(common) + " periods of " +
                                      std::to_string(axis_->step) + " minutes, not a whole day (" +
                                      std::to_string(kMinutesPerDay / axis_->step) + ")");
        for (const DayCells& day : days_) {
            TypicalDay t;
            t.name = day.name;
            t.values.assign(common, 0.0);
            for (std::size_t k = 0; k < day.entries.size(); ++k)
                t.values[axis_ ? day.entries[k].period : static_cast<int>(k)] =
                    day.entries[k].value;
            p.days.push_back(std::move(t));
        }
    }

    // The length most days have; the first day's among equally common ones.
    static std::size_t mostCommonLength(const std::vector<std::vector<int>>& lines) {
        std::size_t best = lines[0].size();
        std::size_t bestCount = 0;
        for (const auto& candidate : lines) {
            const auto count = static_cast<std::size_t>(
                std::count_if(lines.begin(), lines.end(), [&](const std::vector<int>& l) {
                    return l.size() == candidate.size();
                }));
            if (count > bestCount) {
                best = candidate.size();
                bestCount = count;
            }
        }
        return best;
    }

    std::string source_;
    ProfileQuantity quantity_;
    Range range_;
    char separator_ = ',';
    int headerLine_ = 1;
    std::vector<DayCells> days_;
    std::optional<TimeAxis> axis_; // with a time column
    std::vector<int> periods_;     // with a time column: the period of each row
};

} // namespace

Profile readProfileCsv(const std::string& text, const std::string& profile_id,
                       ProfileQuantity quantity, const std::string& source_name) {
    return Reader(source_name, quantity).read(text, profile_id);
}

std::string writeProfileCsv(const Profile& profile) {
    const std::string who = "profile " + inQuotes(profile.id);
    if (profile.days.empty())
        throw badInput(who + " has no days to write");
    const std::size_t periods = profile.days[0].values.size();
    CsvTable table;
    table.header.push_back(periods == 24 ? "hour" : "period");
    std::set<std::string> names;
    for (const TypicalDay& d : profile.days) {
        const std::string& n = d.name;
        if (n.empty() || n.find_first_of(" \t") == 0 || n.find_last_of(" \t") == n.size() - 1 ||
            roleOf(n) != Role::Other)
            throw badInput(who + ": a day named " + inQuotes(n) +
                           " would not read back as a column of the CSV file");
        if (!names.insert(n).second)
            throw badInput(who + ": two days are named " + inQuotes(n));
        if (d.values.size() != periods)
            throw badInput(who + ": day " + inQuotes(n) + " has " +
                           std::to_string(d.values.size()) + " periods, the others " +
                           std::to_string(periods));
        table.header.push_back(n);
    }
    for (std::size_t k = 0; k < periods; ++k) {
        std::vector<std::string> row{std::to_string(k)};
        for (const TypicalDay& d : profile.days) {
            if (!std::isfinite(d.values[k]))
                throw badInput(who + ": the value of day " + inQuotes(d.name) + " at period " +
                               std::to_string(k) + " is not a finite number");
            row.push_back(csvNumber(d.values[k]));
        }
        table.rows.push_back(std::move(row));
    }
    return toCsv(table);
}

} // namespace gridcarbon
