#include "util/Text.h"

#include <cmath>
#include <cstdio>
#include <string_view>

namespace gridcarbon {

std::string listWithMore(const std::vector<std::string>& items, std::size_t shown) {
    std::string text;
    for (std::size_t k = 0; k < items.size() && k < shown; ++k)
        text += (k ? ", " : "") + items[k];
    if (items.size() > shown)
        text += (shown ? ", … and " : "… and ") + std::to_string(items.size() - shown) + " more";
    return text;
}

std::string roundedNumber(double v, int digits) {
    if (!std::isfinite(v))
        return std::isnan(v) ? "nan" : (v > 0 ? "inf" : "-inf");
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    // %g writes an exponent once the integer part has more digits than it may show: 1234.
    if (std::string_view(buf).find('e') != std::string_view::npos && std::abs(v) >= 1.0 &&
        std::abs(v) < 1e15)
        std::snprintf(buf, sizeof buf, "%.0f", v);
    const std::string text = buf;
    return text == "-0" ? "0" : text;
}

std::string groupedNumber(double v) {
    if (!(std::abs(v) < 1e15))
        return roundedNumber(v);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", std::abs(v));
    const std::string digits = buf;
    std::string out = v <= -0.5 ? "-" : "";
    for (std::size_t k = 0; k < digits.size(); ++k) {
        if (k > 0 && (digits.size() - k) % 3 == 0)
            out += ',';
        out += digits[k];
    }
    return out;
}

namespace {

bool isControl(unsigned char ch) {
    return ch < 0x20 || ch == 0x7f;
}

} // namespace

std::string escapeControl(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto ch = static_cast<unsigned char>(c);
        if (!isControl(ch)) {
            out += c;
            continue;
        }
        switch (ch) {
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default: {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02x", ch);
            out += hex;
        }
        }
    }
    return out;
}

bool hasControl(std::string_view text) {
    for (const char c : text)
        if (isControl(static_cast<unsigned char>(c)))
            return true;
    return false;
}

} // namespace gridcarbon
