#pragma once
// Study forms from the engines' option descriptors (core/util/OptionDescriptor.h): a spin box
// takes its label, unit, range, default and help from a NumberOption, so that the GUI, the CLI
// and the engine cannot disagree about any of them. The descriptors' English text is
// translated in the context "gridcarbon::options".
#include "util/OptionDescriptor.h"

#include <QString>

#include <string>

class QDoubleSpinBox;

namespace gridcarbon::gui {

// An option's English label, unit or help in the interface language.
QString optionText(const std::string& english);

// What a spin box shows of one descriptor, whatever the options struct it belongs to.
struct NumberOptionFields {
    std::string name; // the CLI flag without "--"
    std::string label;
    std::string unit;
    std::string help;
    double min = 0.0;
    double max = 0.0;
    bool min_exclusive = false;
    bool integer = false;
    double default_value = 0.0;
};

template <class Options>
NumberOptionFields numberOptionFields(const NumberOption<Options>& option) {
    return {option.name, option.label,         option.unit,    option.help,          option.min,
            option.max,  option.min_exclusive, option.integer, option.defaultValue()};
}

// Sets `box` up from `option`: `decimals` (none for a whole number) and `step`, the range (an
// exclusive minimum becomes the smallest value above it the box shows; an unbounded end stops
// at ±1e9), the default as its value, the unit as suffix, the help with the range and the
// command-line flag as tooltip. Returns the translated label, for the form's row.
QString setUpNumberBox(QDoubleSpinBox* box, const NumberOptionFields& option, int decimals,
                       double step);

template <class Options>
QString setUpNumberBox(QDoubleSpinBox* box, const NumberOption<Options>& option, int decimals,
                       double step) {
    return setUpNumberBox(box, numberOptionFields(option), decimals, step);
}

} // namespace gridcarbon::gui
