#include "gui/studies/NumberOptionBox.h"

#include <QCoreApplication>
#include <QDoubleSpinBox>

#include <algorithm>
#include <cmath>

namespace gridcarbon::gui {

namespace {

// The translation context of this file's own strings, spelled so that lupdate finds them.
struct NumberOptionText {
    Q_DECLARE_TR_FUNCTIONS(gridcarbon::gui::NumberOptionBox)
};

constexpr double kUnbounded = 1e9;

QString number(double value) {
    return QString::number(value, 'g', 10);
}

} // namespace

QString optionText(const std::string& english) {
    return QCoreApplication::translate("gridcarbon::options", english.c_str());
}

QString setUpNumberBox(QDoubleSpinBox* box, const NumberOptionFields& o, int decimals,
                       double step) {
    decimals = o.integer ? 0 : decimals;
    const double resolution = std::pow(10.0, -decimals);
    const double min = std::max(o.min, -kUnbounded) + (o.min_exclusive ? resolution : 0.0);
    const double max = std::min(o.max, kUnbounded);
    box->setDecimals(decimals);
    box->setRange(min, max);
    box->setSingleStep(o.integer ? std::max(1.0, std::round(step)) : step);
    box->setValue(o.default_value);
    const QString unit = o.unit.empty() ? QString() : optionText(o.unit);
    box->setSuffix(unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
    const QString range = o.min_exclusive
                              ? NumberOptionText::tr("Above %1, at most %2%3; default %4 (--%5).")
                              : NumberOptionText::tr("From %1 to %2%3; default %4 (--%5).");
    box->setToolTip(optionText(o.help) + QLatin1Char('\n') +
                    range.arg(number(o.min), number(o.max),
                              unit.isEmpty() ? QString() : QLatin1Char(' ') + unit,
                              number(o.default_value), QString::fromStdString(o.name)));
    box->setObjectName(QString::fromStdString(o.name));
    return optionText(o.label);
}

} // namespace gridcarbon::gui
