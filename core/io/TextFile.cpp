#include "io/TextFile.h"

#include "util/Error.h"

#include <array>
#include <charconv>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

namespace gridcarbon {

std::string readTextFile(const std::filesystem::path& file) {
    std::error_code ec;
    if (std::filesystem::is_directory(file, ec))
        throw badInput(file.string() + ": is a directory, not a case file");
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw badInput(file.string() + ": cannot open file");
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad())
        throw badInput(file.string() + ": read error");
    return ss.str();
}

std::string formatNumber17(double v) {
    std::array<char, 40> buf{};
    const auto [end, ec] =
        std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::general, 17);
    return ec == std::errc{} ? std::string(buf.data(), end) : std::to_string(v);
}

void writeTextFileAtomic(const std::filesystem::path& file, const std::string& text) {
    std::random_device rd;
    std::filesystem::path tmp = file;
    tmp += ".tmp-" + std::to_string(rd() % 1000000);
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out)
            throw badInput(file.string() + ": cannot write (directory missing or read-only?)");
        out << text;
        out.flush();
        if (!out) {
            out.close();
            std::filesystem::remove(tmp);
            throw badInput(file.string() + ": write failed (disk full?)");
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, file, ec);
    if (ec) {
        std::filesystem::remove(tmp);
        throw badInput(file.string() + ": cannot replace file: " + ec.message());
    }
}

} // namespace gridcarbon
