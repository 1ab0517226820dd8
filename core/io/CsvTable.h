#pragma once
// One CSV table: a header and rows of fields, written as RFC 4180 text. The one CSV writer of
// GridCarbon: the CLI's result tables, the region's vertices and the GUI's "Export CSV" build a
// CsvTable and write it with toCsv or writeCsvFile.
//
// - Fields are quoted, with their quotes doubled, when they hold a comma, a quote or a line
//   break (csvField); records end with "\n".
// - Numbers (csvNumber) have 17 significant digits, enough to read back the same double, in
//   the C locale whatever the program's locale; a non-finite value is an empty field (never
//   "inf" or "nan").
// - Every row has exactly as many fields as the header: toCsv throws std::invalid_argument
//   naming the row otherwise (a programming error, not bad input).
#include <filesystem>
#include <string>
#include <vector>

namespace gridcarbon {

struct CsvTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

// The table as CSV text: the header line, then one line per row.
std::string toCsv(const CsvTable& table);

// toCsv, written atomically (io/TextFile.h): on an error nothing half-written is left behind.
// Throws Error(BadInput) naming the file when it cannot be written.
void writeCsvFile(const std::filesystem::path& file, const CsvTable& table);

// A field as RFC 4180 has it: as it is, or quoted when it holds a comma, a quote or a line
// break.
std::string csvField(const std::string& text);

// A number with 17 significant digits ("0.10000000000000001", "1", "-2.5e-07"); empty when
// it is not finite.
std::string csvNumber(double value);

// 1 or 0.
std::string csvBool(bool value);

} // namespace gridcarbon
