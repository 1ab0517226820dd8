#pragma once
// The property editor of the feeder editor: a form with one row per property of the selected
// element (gridcarbon::properties), units beside the values, ranges in the tooltips. An entry
// is checked with gridcarbon::checkProperty; a refused one is put back to the stored value and
// its message shown under the form; an accepted one is only *requested* (editRequested): the
// owner of the document turns it into an undoable command and calls refresh(). The editor
// never changes the case.
#include "model/Case.h"
#include "model/Element.h"
#include "model/Properties.h"

#include <QString>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QFormLayout;
class QLabel;
class QScrollArea;

namespace gridcarbon::gui {

class PropertyField;

class PropertyEditor : public QWidget {
    Q_OBJECT
public:
    explicit PropertyEditor(QWidget* parent = nullptr);
    ~PropertyEditor() override;

    // The document's case; it must stay valid until the next call (nullptr: no document).
    // The element shown stays selected if the new case has it.
    void setCase(const gridcarbon::Case* c);
    // One element, or nothing (a hint to select something). An edit still being typed is
    // finished first, on the element it was typed for.
    void showElement(std::optional<gridcarbon::ElementRef> ref);
    // Several elements are counted, not edited; one or none as showElement.
    void showSelection(const std::vector<gridcarbon::ElementRef>& refs);
    // Re-reads the values (and the bus and profile lists) from the case, e.g. after an undo.
    void refresh();

    std::optional<gridcarbon::ElementRef> element() const { return ref_; }
    // The input widget of property `key` (QLineEdit, QSpinBox, QCheckBox or QComboBox);
    // nullptr when no element is shown or it has no such property.
    QWidget* editorFor(const QString& key) const;
    // The last refusal, until the next accepted edit or refresh; empty when there is none.
    QString message() const;

    // Commits a value typed but not yet confirmed (before the document is saved, replaced or
    // closed).
    void finishPendingEdit();

signals:
    // `element` is the shown element with `propertyKey` changed; the check has passed.
    void editRequested(const gridcarbon::Element& element, const QString& propertyKey);
    // A one-line message naming the element and the property.
    void editRefused(const QString& message);

private:
    void clearForm();
    void rebuild();
    void showHint(const QString& text);
    void showMessage(const QString& text);
    void commit(PropertyField& field, const gridcarbon::PropertyValue& v);
    void refuse(PropertyField& field, const QString& message);
    std::optional<gridcarbon::PlacedElement> placed() const;
    QString toolTip(const gridcarbon::PropertyDescriptor& d) const;

    const gridcarbon::Case* case_ = nullptr;
    std::optional<gridcarbon::ElementRef> ref_;
    std::vector<std::unique_ptr<PropertyField>> fields_;
    QLabel* title_;
    QLabel* hint_;
    QScrollArea* scroll_;
    QLabel* message_;
};

} // namespace gridcarbon::gui
