#pragma once
// The editor widget of one property in the property editor's form, by value type: a line edit
// with the unit beside it for reals, a spin box for integers, a check box for flags, a combo
// box for choices and for bus and profile references, a line edit for text. A field only shows
// values and reports what the user entered; checking and storing are the editor's business.
#include "model/Case.h"
#include "model/Properties.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QWidget;

namespace gridcarbon::gui {

class PropertyField {
public:
    // Called when the user finished entering a value (Return, focus out, a click, a choice),
    // even if it equals the value shown.
    std::function<void(const gridcarbon::PropertyValue&)> onCommit;
    // Called with the text the user typed when it is no value of the field's type.
    std::function<void(const QString& text)> onUnreadable;

    // The field for `d`; its widgets are children of `parent`.
    static std::unique_ptr<PropertyField> create(const gridcarbon::PropertyDescriptor& d,
                                                 QWidget* parent);
    // Disconnects from the widgets, which may outlive the field until a deferred delete.
    virtual ~PropertyField();

    const gridcarbon::PropertyDescriptor& descriptor() const { return d_; }
    // What the form shows in the row (the editor, with the unit beside it where there is one).
    QWidget* widget() const { return widget_; }
    // The input widget itself: QLineEdit, QSpinBox, QCheckBox or QComboBox.
    QWidget* editor() const { return editor_; }

    // Shows `v` without reporting it; reference lists are filled from `c`.
    virtual void show(const gridcarbon::Case& c, const gridcarbon::PropertyValue& v) = 0;

protected:
    PropertyField(const gridcarbon::PropertyDescriptor& d, QWidget* widget, QWidget* editor)
        : d_(d), widget_(widget), editor_(editor) {}
    void commit(const gridcarbon::PropertyValue& v) const {
        if (onCommit)
            onCommit(v);
    }
    void unreadable(const QString& text) const {
        if (onUnreadable)
            onUnreadable(text);
    }
    void track(QMetaObject::Connection c) { connections_.push_back(std::move(c)); }

private:
    const gridcarbon::PropertyDescriptor& d_;
    QWidget* widget_;
    QWidget* editor_;
    std::vector<QMetaObject::Connection> connections_;
};

} // namespace gridcarbon::gui
