#pragma once
// Pieces of message text written once: a list of items cut after the first few, and a
// quantity rounded for reading.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gridcarbon {

// How many items a cut list names before it only counts the rest.
inline constexpr std::size_t kItemsShown = 5;

// The items joined by ", ": all of them ("'3', '5', '7'") when there are at most `shown`,
// otherwise the first `shown` and how many were left out ("'3', '5', '7', … and 4 more").
// Items are written as given: quote them first where the message quotes ids.
std::string listWithMore(const std::vector<std::string>& items, std::size_t shown);

// `v` rounded to `digits` significant digits for a message, without trailing zeros and
// without an exponent in the range messages meet: 92.8, 0.1, 1235 (a number of more integer
// digits keeps them all), 0.000123; "nan", "inf", "-inf" for values that are not finite.
std::string roundedNumber(double v, int digits = 3);

// A count for a message, rounded to a whole number with thousands grouped: "600,060,003";
// roundedNumber's text at or beyond 1e15 and for values that are not finite.
std::string groupedNumber(double v);

// `text` with every byte that is not part of a well-formed UTF-8 sequence replaced by U+FFFD
// (as JSON writers and Qt would replace it), and `replaced` set when there was one.
std::string toValidUtf8(std::string_view text, bool& replaced);

// `text` with its control characters written out ("\n", "\t", "\r", "\x1b"), so that a
// message stays on one line and a name cannot drive the terminal (ANSI escape codes).
std::string escapeControl(std::string_view text);
// Whether `text` holds a control character.
bool hasControl(std::string_view text);

} // namespace gridcarbon
