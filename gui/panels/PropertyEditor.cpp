#include "gui/panels/PropertyEditor.h"

#include "gui/CoreText.h"
#include "gui/panels/PropertyFields.h"
#include "model/Enums.h"
#include "model/LineTypes.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <exception>

namespace gridcarbon::gui {

namespace {

QString fromStd(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString label(const PropertyDescriptor& d) {
    return QCoreApplication::translate(kPropertyLabelContext, d.label);
}

// Shows the element's value; a value its line type sets is shown but cannot be entered.
void present(PropertyField& field, const Case& c, const Element& e) {
    field.show(c, field.descriptor().get(e));
    field.editor()->setEnabled(!derivedFromLineType(e, field.descriptor().key));
}

} // namespace

PropertyEditor::PropertyEditor(QWidget* parent)
    : QWidget(parent), title_(new QLabel(this)), hint_(new QLabel(this)),
      scroll_(new QScrollArea(this)), message_(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    hint_->setAlignment(Qt::AlignCenter);
    hint_->setWordWrap(true);
    hint_->setEnabled(false); // drawn greyed: it says what to do, it is not content
    scroll_->setWidgetResizable(true);
    // Fields stay in view in a narrow dock: long labels wrap instead of pushing them out.
    scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll_->setFrameShape(QFrame::NoFrame);
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette red = message_->palette();
    red.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    message_->setPalette(red);
    layout->addWidget(title_);
    layout->addWidget(hint_);
    layout->addWidget(scroll_, 1);
    layout->addWidget(message_);
    layout->addStretch(0);
    showElement(std::nullopt);
}

PropertyEditor::~PropertyEditor() = default;

void PropertyEditor::setCase(const Case* c) {
    // The previous case may be gone already: unlike showElement, nothing pending is committed.
    clearForm();
    case_ = c;
    rebuild();
}

void PropertyEditor::showElement(std::optional<ElementRef> ref) {
    finishPendingEdit();
    ref_ = std::move(ref);
    rebuild();
}

void PropertyEditor::showSelection(const std::vector<ElementRef>& refs) {
    if (refs.size() <= 1) {
        showElement(refs.empty() ? std::nullopt : std::optional<ElementRef>(refs.front()));
        return;
    }
    finishPendingEdit();
    ref_.reset();
    clearForm();
    showHint(tr("%n items selected", nullptr, int(refs.size())));
}

void PropertyEditor::refresh() {
    const auto p = placed();
    if (!p || fields_.empty()) {
        rebuild();
        return;
    }
    showMessage(QString());
    for (const auto& field : fields_)
        present(*field, *case_, p->element);
}

QWidget* PropertyEditor::editorFor(const QString& key) const {
    for (const auto& field : fields_)
        if (key == QLatin1String(field->descriptor().key))
            return field->editor();
    return nullptr;
}

QString PropertyEditor::message() const {
    return message_->text();
}

void PropertyEditor::clearForm() {
    fields_.clear(); // first: disconnects the editors, which report when they lose focus
    if (QWidget* old = scroll_->takeWidget())
        old->deleteLater();
    showMessage(QString());
}

void PropertyEditor::rebuild() {
    clearForm();
    const auto p = placed();
    if (!p) {
        showHint(tr("Select a bus, branch or device"));
        return;
    }
    static const char* const kTitles[] = {QT_TR_NOOP("Bus %1"),     QT_TR_NOOP("Branch %1"),
                                          QT_TR_NOOP("Load %1"),    QT_TR_NOOP("Generator %1"),
                                          QT_TR_NOOP("Storage %1"), QT_TR_NOOP("Capacitor %1")};
    title_->setText(
        tr(kTitles[static_cast<int>(ref_->kind)]).arg(QString::fromStdString(ref_->id)));
    title_->show();
    hint_->hide();

    auto* form_widget = new QWidget;
    auto* form = new QFormLayout(form_widget);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const PropertyDescriptor& d : properties(ref_->kind)) {
        auto field = PropertyField::create(d, form_widget);
        const QString tip = toolTip(d);
        auto* row_label = new QLabel(label(d), form_widget);
        row_label->setToolTip(tip);
        row_label->setWordWrap(true);
        row_label->setBuddy(field->editor());
        field->editor()->setToolTip(tip);
        form->addRow(row_label, field->widget());
        PropertyField* f = field.get();
        field->onCommit = [this, f](const PropertyValue& v) {
            commit(*f, v);
        };
        field->onUnreadable = [this, f](const QString& text) {
            const auto at = placed();
            refuse(*f, tr("%1: %2: '%3' is not a number")
                           .arg(at ? fromStd(elementName(at->element)) : QString(),
                                QLatin1String(f->descriptor().key), text));
        };
        present(*field, *case_, p->element);
        fields_.push_back(std::move(field));
    }
    scroll_->setWidget(form_widget);
    scroll_->show();
}

void PropertyEditor::showHint(const QString& text) {
    title_->hide();
    scroll_->hide();
    hint_->setText(text);
    hint_->show();
}

void PropertyEditor::showMessage(const QString& text) {
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
}

// A line edit reports its text when it loses focus; taking the focus away now lets an entry
// that was typed but not confirmed reach the element it was typed for.
void PropertyEditor::finishPendingEdit() {
    QWidget* focus = QApplication::focusWidget();
    if (focus && scroll_->widget() && scroll_->widget()->isAncestorOf(focus))
        focus->clearFocus();
}

void PropertyEditor::commit(PropertyField& field, const PropertyValue& v) {
    const auto p = placed();
    if (!p)
        return;
    const PropertyDescriptor& d = field.descriptor();
    const PropertyValue stored = d.get(p->element);
    if (v == stored) { // nothing changed; shows the stored value in its usual form
        field.show(*case_, stored);
        return;
    }
    Element candidate;
    try {
        candidate = d.set(p->element, v);
    } catch (const std::exception& e) {
        refuse(field, oneLine(e.what()));
        return;
    }
    if (const auto why = checkProperty(*case_, candidate, d.key)) {
        refuse(field, QString::fromStdString(*why));
        return;
    }
    showMessage(QString());
    field.show(*case_, v);
    // Last: the receiver may rebuild the form, destroying `field`.
    emit editRequested(candidate, QLatin1String(d.key));
}

void PropertyEditor::refuse(PropertyField& field, const QString& message) {
    if (const auto p = placed())
        present(field, *case_, p->element);
    showMessage(message);
    emit editRefused(message);
}

std::optional<PlacedElement> PropertyEditor::placed() const {
    if (!case_ || !ref_)
        return std::nullopt;
    return findElement(*case_, *ref_);
}

QString PropertyEditor::toolTip(const PropertyDescriptor& d) const {
    QStringList lines{label(d), tr("Case-file key: %1").arg(QLatin1String(d.key))};
    if (*d.unit)
        lines << tr("Unit: %1").arg(QString::fromUtf8(d.unit));
    if (d.range.bounded())
        lines << tr("Range: %1").arg(QString::fromStdString(rangeText(d.range)));
    if (d.type == ValueType::OptionalReal)
        lines << tr("May be left empty");
    if (d.type == ValueType::ProfileRef) {
        QStringList quantities;
        for (ProfileQuantity q : d.profile_quantities)
            quantities << fromStd(toString(q));
        lines << tr("Profiles of quantity: %1").arg(quantities.join(QStringLiteral(", ")));
    }
    if (d.read_only)
        lines << tr("Read-only");
    Branch typed;
    typed.line_type = "type";
    if (d.kind == ElementKind::Branch && derivedFromLineType(typed, d.key))
        lines << tr("With a line type: set by the type and the length");
    if (d.type == ValueType::LineTypeRef)
        lines << tr("Line types are edited under Edit ▸ Line Types…");
    return lines.join(QLatin1Char('\n'));
}

} // namespace gridcarbon::gui
