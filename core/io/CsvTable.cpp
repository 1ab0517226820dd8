#include "io/CsvTable.h"

#include "io/TextFile.h"

#include <cmath>
#include <stdexcept>

namespace gridcarbon {

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char ch : text)
        out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return out + "\"";
}

std::string csvNumber(double value) {
    return std::isfinite(value) ? formatNumber17(value) : std::string();
}

std::string csvBool(bool value) {
    return value ? "1" : "0";
}

namespace {

void appendRecord(std::string& out, const std::vector<std::string>& fields) {
    // A record of one empty field would be a blank line, which readers skip.
    if (fields.size() == 1 && fields[0].empty()) {
        out += "\"\"\n";
        return;
    }
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += csvField(fields[i]);
    }
    out += '\n';
}

} // namespace

std::string toCsv(const CsvTable& table) {
    std::string out;
    appendRecord(out, table.header);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        if (table.rows[r].size() != table.header.size())
            throw std::invalid_argument("CSV row " + std::to_string(r + 1) + " has " +
                                        std::to_string(table.rows[r].size()) +
                                        " fields for a header of " +
                                        std::to_string(table.header.size()));
        appendRecord(out, table.rows[r]);
    }
    return out;
}

void writeCsvFile(const std::filesystem::path& file, const CsvTable& table) {
    writeTextFileAtomic(file, toCsv(table));
}

} // namespace gridcarbon
