#pragma once
// A profile as CSV: the time series a user exports from a spreadsheet or a SCADA/AMI system,
// read into one Profile of typical days, and a Profile written as a table that reads back the
// same.
//
// readProfileCsv takes three layouts (column names are matched without regard to case):
// - wide: a header row naming one column per typical day, after a first column of times
//   named hour, time or period (or left unnamed, as pandas writes its index), which may also
//   be absent (then the rows are the periods in order):
//       hour,spring,summer
//       0,0.48,0.52
// - long: a header with a column named value, one row per day and period, in any order;
//   the day column (named day) and the time column may be absent (one day, "typical"; rows
//   in order):
//       day,hour,value
//       spring,0,0.48
// - one column of values, with or without a header: one day named "typical".
// Times are whole numbers counting the periods from 0 or from 1, or clock times ("00:00",
// "0:15", "13:00", "13:00:00") an equal step apart that divides the day (hourly: 24 periods,
// quarter-hourly: 96), starting at 00:00 (or at one step, "01:00" … "24:00", as hour-ending
// exports do) and covering the whole day. Every day has the same number of periods, none
// missing or given twice.
// Values are numbers with a decimal point (a decimal comma is refused, saying so), finite,
// and inside profileValueRange(quantity) (model/Profiles.h): multipliers of load, wind and PV
// are at least 0, prices may be negative.
// The text: RFC 4180 quoting (quoted fields, doubled quotes, line breaks inside quotes), LF,
// CRLF or CR line ends, a UTF-8 byte order mark, blank lines before and after the table, and
// a separator (comma, semicolon or tab) found on the header line: the one it holds most of;
// none means one column. Spaces around unquoted fields are dropped.
//
// Days' weight_days are not in the file: the profile read has 0 for each (the model's
// initialiser); whoever puts it in a case sets them (e.g. keeps those of the profile it
// replaces).
#include "model/Case.h"

#include <string>

namespace gridcarbon {

// The profile `profile_id` of `quantity` in CSV `text`. Throws Error(BadInput) with one line
// naming `source_name`, the line and the column or day at fault, e.g.
// "loads.csv:14: 'abc' in column 'summer' is not a number",
// "loads.csv:26: day 'winter' has 23 periods, the others 24", "loads.csv: no values".
Profile readProfileCsv(const std::string& text, const std::string& profile_id,
                       ProfileQuantity quantity, const std::string& source_name);

// The wide layout: a time column ("hour" for days of 24 periods, "period" otherwise) counting
// from 0, then one column per day in the profile's order, numbers with 17 significant digits
// (io/CsvTable.h). readProfileCsv reads it back to `profile` but for the days' weights.
// Throws Error(BadInput) naming the profile for one that would not read back: no days, days
// of unequal length, a value that is not finite, or a day name that is empty, repeated, has
// spaces around it or is a column name of its own (hour, time, period, day, value).
std::string writeProfileCsv(const Profile& profile);

} // namespace gridcarbon
