#include "gui/panels/PropertyFields.h"

#include "gui/editor/DeviceSymbols.h"
#include "model/Enums.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>
#include <climits>
#include <cmath>

namespace gridcarbon::gui {

namespace {

QString fromStd(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// What a choice is called on screen; the case file's name stays the item's data.
QString choiceText(const PropertyDescriptor& d, std::string_view name) {
    if (d.kind == ElementKind::Generator && std::string_view(d.key) == "kind")
        if (const auto kind = generatorKindFrom(name))
            return deviceKindName(deviceKind(*kind));
    if (d.kind == ElementKind::Capacitor)
        if (const auto layer = compensationLayerFrom(name))
            return compensationLayerName(*layer);
    if (d.kind == ElementKind::Branch && name == "line")
        return QCoreApplication::translate("gridcarbon::gui::PropertyField", "Line");
    if (d.kind == ElementKind::Branch && name == "transformer")
        return QCoreApplication::translate("gridcarbon::gui::PropertyField", "Transformer");
    if (name == "slack")
        return QCoreApplication::translate("gridcarbon::gui::PropertyField",
                                           "Slack (holds V and angle)");
    if (name == "voltage")
        return QCoreApplication::translate("gridcarbon::gui::PropertyField",
                                           "Voltage control (P, V)");
    if (name == "power")
        return QCoreApplication::translate("gridcarbon::gui::PropertyField", "Fixed P and Q");
    return fromStd(name);
}

// The widget's locale without thousands separators: they would only get in the way of editing,
// and where the separator is "." they would read "1.5" as 15.
QLocale numberLocale(const QWidget* w) {
    QLocale l = w->locale();
    l.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
    return l;
}

// Reals: a line edit (any text may be typed; it is read when editing finishes) and the unit.
class RealField : public PropertyField {
public:
    RealField(const PropertyDescriptor& d, QWidget* widget, QLineEdit* edit)
        : PropertyField(d, widget, edit), edit_(edit) {
        if (d.type == ValueType::OptionalReal)
            edit_->setPlaceholderText(
                QCoreApplication::translate("gridcarbon::gui::PropertyField", "(none)"));
        track(QObject::connect(edit_, &QLineEdit::editingFinished, edit_, [this] { read(); }));
    }

    void show(const Case&, const PropertyValue& v) override {
        std::optional<double> x;
        if (const auto* d = std::get_if<double>(&v))
            x = *d;
        else if (const auto* od = std::get_if<std::optional<double>>(&v))
            x = *od;
        const QString text =
            x ? numberLocale(edit_).toString(*x, 'g', QLocale::FloatingPointShortest) : QString();
        const QSignalBlocker block(edit_);
        edit_->setText(text);
        edit_->setCursorPosition(0);
    }

private:
    void read() {
        const QString text = edit_->text().trimmed();
        const bool optional = descriptor().type == ValueType::OptionalReal;
        if (optional && text.isEmpty()) {
            commit(std::optional<double>());
            return;
        }
        // The user's locale first, then the C locale: "1.5" works in a locale with decimal
        // commas too.
        bool ok = false;
        double x = numberLocale(edit_).toDouble(text, &ok);
        if (!ok)
            x = QLocale::c().toDouble(text, &ok);
        if (!ok) {
            unreadable(text);
            return;
        }
        if (optional)
            commit(std::optional<double>(x));
        else
            commit(x);
    }

    QLineEdit* edit_;
};

// Integers: a spin box limited to the descriptor's range; it reports when editing finishes
// or an arrow is used, not on every keystroke.
class IntegerField : public PropertyField {
public:
    IntegerField(const PropertyDescriptor& d, QSpinBox* box)
        : PropertyField(d, box, box), box_(box) {
        const Range& r = d.range;
        box_->setRange(
            r.min ? static_cast<int>(std::ceil(*r.min)) + (r.min_inclusive ? 0 : 1) : INT_MIN,
            r.max ? static_cast<int>(std::floor(*r.max)) - (r.max_inclusive ? 0 : 1) : INT_MAX);
        if (*d.unit)
            box_->setSuffix(QStringLiteral(" ") + QString::fromUtf8(d.unit));
        box_->setKeyboardTracking(false);
        track(QObject::connect(box_, &QSpinBox::valueChanged, box_, [this](int v) { commit(v); }));
    }

    void show(const Case&, const PropertyValue& v) override {
        const QSignalBlocker block(box_);
        box_->setValue(std::get<int>(v));
    }

private:
    QSpinBox* box_;
};

class BoolField : public PropertyField {
public:
    BoolField(const PropertyDescriptor& d, QCheckBox* box) : PropertyField(d, box, box), box_(box) {
        track(QObject::connect(box_, &QCheckBox::toggled, box_, [this](bool on) { commit(on); }));
    }

    void show(const Case&, const PropertyValue& v) override {
        const QSignalBlocker block(box_);
        box_->setChecked(std::get<bool>(v));
    }

private:
    QCheckBox* box_;
};

// Choices and bus, profile and line type references: the item data is the value.
class ComboField : public PropertyField {
public:
    ComboField(const PropertyDescriptor& d, QComboBox* box)
        : PropertyField(d, box, box), box_(box) {
        box_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        // activated, not currentIndexChanged: only the user's choices are edits.
        track(QObject::connect(box_, &QComboBox::activated, box_, [this](int i) {
            commit(box_->itemData(i).toString().toStdString());
        }));
    }

    void show(const Case& c, const PropertyValue& v) override {
        const QSignalBlocker block(box_);
        box_->clear();
        fill(c);
        const QString value = fromStd(std::get<std::string>(v));
        int i = box_->findData(value);
        if (i < 0) { // a dangling reference: show what the element holds
            box_->addItem(value, value);
            i = box_->count() - 1;
        }
        box_->setCurrentIndex(i);
    }

private:
    void fill(const Case& c) {
        const PropertyDescriptor& d = descriptor();
        if (d.type == ValueType::Choice) {
            for (std::string_view name : d.choices)
                box_->addItem(choiceText(d, name), fromStd(name));
        } else if (d.type == ValueType::BusRef) {
            for (const Bus& b : c.buses)
                box_->addItem(b.name.empty()
                                  ? fromStd(b.id)
                                  : QStringLiteral("%1 (%2)").arg(fromStd(b.id), fromStd(b.name)),
                              fromStd(b.id));
        } else if (d.type == ValueType::LineTypeRef) {
            box_->addItem(
                QCoreApplication::translate("gridcarbon::gui::PropertyField", "(per-unit values)"),
                QString());
            for (const LineType& t : c.line_types) {
                box_->addItem(fromStd(t.id), fromStd(t.id));
                box_->setItemData(box_->count() - 1,
                                  QCoreApplication::translate("gridcarbon::gui::PropertyField",
                                                              "%1 Ω/km, %2 Ω/km, %3 nF/km, %4 A")
                                      .arg(t.r_ohm_per_km)
                                      .arg(t.x_ohm_per_km)
                                      .arg(t.c_nf_per_km)
                                      .arg(t.ampacity_a),
                                  Qt::ToolTipRole);
            }
        } else {
            box_->addItem(
                QCoreApplication::translate("gridcarbon::gui::PropertyField", "(constant)"),
                QString());
            const auto& allowed = d.profile_quantities;
            for (const Profile& p : c.profiles) {
                if (std::find(allowed.begin(), allowed.end(), p.quantity) == allowed.end())
                    continue;
                box_->addItem(fromStd(p.id), fromStd(p.id));
                box_->setItemData(box_->count() - 1, fromStd(toString(p.quantity)),
                                  Qt::ToolTipRole);
            }
        }
    }

    QComboBox* box_;
};

// Free text; the id is shown read-only.
class TextField : public PropertyField {
public:
    TextField(const PropertyDescriptor& d, QLineEdit* edit)
        : PropertyField(d, edit, edit), edit_(edit) {
        edit_->setReadOnly(d.read_only);
        track(QObject::connect(edit_, &QLineEdit::editingFinished, edit_,
                               [this] { commit(edit_->text().toStdString()); }));
    }

    void show(const Case&, const PropertyValue& v) override {
        const QSignalBlocker block(edit_);
        edit_->setText(fromStd(std::get<std::string>(v)));
        edit_->setCursorPosition(0);
    }

private:
    QLineEdit* edit_;
};

std::unique_ptr<PropertyField> realField(const PropertyDescriptor& d, QWidget* parent) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* edit = new QLineEdit(row);
    layout->addWidget(edit, 1);
    if (*d.unit) {
        auto* unit = new QLabel(QString::fromUtf8(d.unit), row);
        layout->addWidget(unit);
    }
    return std::make_unique<RealField>(d, row, edit);
}

} // namespace

PropertyField::~PropertyField() {
    for (const QMetaObject::Connection& c : connections_)
        QObject::disconnect(c);
}

std::unique_ptr<PropertyField> PropertyField::create(const PropertyDescriptor& d, QWidget* parent) {
    std::unique_ptr<PropertyField> field;
    switch (d.type) {
    case ValueType::Real:
    case ValueType::OptionalReal:
        field = realField(d, parent);
        break;
    case ValueType::Integer:
        field = std::make_unique<IntegerField>(d, new QSpinBox(parent));
        break;
    case ValueType::Bool:
        field = std::make_unique<BoolField>(d, new QCheckBox(parent));
        break;
    case ValueType::Choice:
    case ValueType::BusRef:
    case ValueType::ProfileRef:
    case ValueType::LineTypeRef:
        field = std::make_unique<ComboField>(d, new QComboBox(parent));
        break;
    case ValueType::Text:
        field = std::make_unique<TextField>(d, new QLineEdit(parent));
        break;
    }
    // Tests and style sheets find an editor by its property's key.
    field->editor()->setObjectName(QString::fromLatin1(d.key));
    return field;
}

} // namespace gridcarbon::gui
