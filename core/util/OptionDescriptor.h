#pragma once
// An engine option described once (name, label, unit, default, range, help), as
// model/Properties describes case fields: the CLI builds its flags, the GUI its study forms
// and the screenshot mode its arguments from the same descriptors, so that a default or a
// range cannot differ between them. The default is read from a default-constructed options
// value: the engine's own struct stays the one place a default is written.
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace gridcarbon {

template <class Options> struct NumberOption {
    std::string name;  // CLI flag without "--"; also the settings key
    std::string label; // form label, in English (the GUI translates it)
    std::string unit;  // empty for a pure number
    std::string help;
    double min = -std::numeric_limits<double>::infinity();
    double max = std::numeric_limits<double>::infinity();
    bool min_exclusive = false; // "> min" rather than ">= min"
    bool integer = false;
    std::function<double(const Options&)> get;
    std::function<void(Options&, double)> set;

    double defaultValue() const { return get(Options{}); }

    // Why `value` is refused, naming the option by label and flag, or nothing when it is
    // accepted.
    std::optional<std::string> refusal(double value) const {
        const std::optional<std::string> why = reason(value);
        return why ? std::optional<std::string>(label + " (--" + name + ") " + *why) : std::nullopt;
    }

    // The refusal without the option's name, for callers that name it already (CLI11 prefixes
    // the flag): "1 must be at least 8".
    std::optional<std::string> reason(double value) const {
        const std::string what = formatted(value);
        if (std::isnan(value))
            return what + " is not a number";
        if (integer && value != std::floor(value))
            return what + " must be a whole number";
        if (min_exclusive ? !(value > min) : !(value >= min))
            return what + " must be " + (min_exclusive ? "above " : "at least ") + formatted(min) +
                   suffix();
        if (!(value <= max))
            return what + " must be at most " + formatted(max) + suffix();
        return std::nullopt;
    }

private:
    std::string suffix() const { return unit.empty() ? std::string() : " " + unit; }
    static std::string formatted(double v) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", v);
        return buf;
    }
};

// Finds a descriptor by name; nullptr when there is none.
template <class Options>
const NumberOption<Options>* findOption(const std::vector<NumberOption<Options>>& options,
                                        const std::string& name) {
    for (const NumberOption<Options>& o : options)
        if (o.name == name)
            return &o;
    return nullptr;
}

} // namespace gridcarbon
