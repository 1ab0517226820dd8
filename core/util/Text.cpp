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

// The length of the well-formed UTF-8 sequence at `at` (RFC 3629: no overlong forms, no
// surrogates, at most U+10FFFF), or 0.
std::size_t utf8SequenceAt(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t k) {
        return static_cast<unsigned char>(text[k]);
    };
    const unsigned char b0 = byte(at);
    if (b0 < 0x80)
        return 1;
    std::size_t length = 0;
    unsigned char lo = 0x80, hi = 0xBF; // the range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF)
        length = 2;
    else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        lo = b0 == 0xE0 ? 0xA0 : 0x80;
        hi = b0 == 0xED ? 0x9F : 0xBF;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        lo = b0 == 0xF0 ? 0x90 : 0x80;
        hi = b0 == 0xF4 ? 0x8F : 0xBF;
    } else
        return 0;
    if (at + length > text.size() || byte(at + 1) < lo || byte(at + 1) > hi)
        return 0;
    for (std::size_t k = 2; k < length; ++k)
        if (byte(at + k) < 0x80 || byte(at + k) > 0xBF)
            return 0;
    return length;
}

} // namespace

std::string toValidUtf8(std::string_view text, bool& replaced) {
    replaced = false;
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        if (const std::size_t n = utf8SequenceAt(text, at)) {
            out.append(text.substr(at, n));
            at += n;
        } else {
            out += "\xEF\xBF\xBD";
            replaced = true;
            ++at;
        }
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
