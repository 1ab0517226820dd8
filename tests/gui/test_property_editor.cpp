// The property editor on ieee33-der: a valid entry is requested as an edit of the element; an
// unreadable, out-of-range or inconsistent one is refused with a message naming the element,
// puts the stored value back and requests nothing; profile lists hold only profiles of a
// fitting quantity; nothing or several selected show a hint; refresh re-reads the case.
#include "gui/panels/PropertyEditor.h"
#include "io/CaseJson.h"
#include "model/Element.h"
#include "model/Properties.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include "TypeInto.h"

using gridcarbon::Element;
using gridcarbon::ElementKind;
using gridcarbon::gui::PropertyEditor;

namespace {

const char* const kCase = GRIDCARBON_CASES "/ieee33-der.json";

QString textOf(QWidget* editor) {
    auto* edit = qobject_cast<QLineEdit*>(editor);
    return edit ? edit->text() : QString();
}

QStringList comboData(QWidget* editor) {
    QStringList data;
    if (auto* box = qobject_cast<QComboBox*>(editor))
        for (int i = 0; i < box->count(); ++i)
            data << box->itemData(i).toString();
    return data;
}

} // namespace

class PropertyEditorTest : public QObject {
    Q_OBJECT

private:
    gridcarbon::Case case_;
    std::unique_ptr<PropertyEditor> editor_;

    // The editor showing element `id` of `kind`, with fresh spies.
    void show(ElementKind kind, const char* id) {
        editor_->showElement(gridcarbon::ElementRef{kind, id});
        QVERIFY(editor_->editorFor(QStringLiteral("id")));
    }

    // Checks a refusal: one editRefused naming `who` and `key`, no editRequested, and the
    // field back at `old`.
    void expectRefused(ElementKind kind, const QString& key, const QString& typed,
                       const QString& who, const QString& old) {
        QSignalSpy requested(editor_.get(), &PropertyEditor::editRequested);
        QSignalSpy refused(editor_.get(), &PropertyEditor::editRefused);
        typeInto(editor_->editorFor(key), typed);
        QCOMPARE(requested.count(), 0);
        QCOMPARE(refused.count(), 1);
        const QString message = refused.at(0).at(0).toString();
        // The field is named in words (its label), or by its key where the text quotes it.
        const QString label =
            QString::fromStdString(gridcarbon::fieldLabel(kind, key.toStdString()));
        QVERIFY2(message.contains(who) &&
                     (message.contains(label, Qt::CaseInsensitive) || message.contains(key)),
                 qPrintable(message));
        QCOMPARE(editor_->message(), message);
        QCOMPARE(textOf(editor_->editorFor(key)), old);
    }

private slots:
    void init() {
        case_ = gridcarbon::loadCaseJson(kCase);
        editor_ = std::make_unique<PropertyEditor>();
        editor_->setCase(&case_);
        editor_->resize(400, 700);
        editor_->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor_.get()));
    }

    void cleanup() { editor_.reset(); }

    void validValueRequestsEdit() {
        show(ElementKind::Load, "D2");
        QCOMPARE(textOf(editor_->editorFor(QStringLiteral("p_mw"))), QStringLiteral("0.1"));
        QSignalSpy requested(editor_.get(), &PropertyEditor::editRequested);
        QSignalSpy refused(editor_.get(), &PropertyEditor::editRefused);
        typeInto(editor_->editorFor(QStringLiteral("p_mw")), QStringLiteral("0.25"));
        QCOMPARE(refused.count(), 0);
        QCOMPARE(requested.count(), 1);
        const auto element = requested.at(0).at(0).value<Element>();
        QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("p_mw"));
        gridcarbon::Load expected = case_.loads.front();
        expected.p_mw = 0.25;
        QVERIFY(element == Element(expected));
        QVERIFY(editor_->message().isEmpty());
        // The editor asked; it did not store.
        QCOMPARE(case_.loads.front().p_mw, 0.1);
    }

    void unreadableTextIsRefused() {
        show(ElementKind::Load, "D2");
        expectRefused(ElementKind::Load, QStringLiteral("p_mw"), QStringLiteral("abc"),
                      QStringLiteral("load D2"), QStringLiteral("0.1"));
    }

    void negativeEnergyIsRefused() {
        show(ElementKind::Storage, "ES5");
        expectRefused(ElementKind::Storage, QStringLiteral("energy_mwh"), QStringLiteral("-1"),
                      QStringLiteral("storage ES5"), QStringLiteral("1.2"));
        QVERIFY2(editor_->message().contains(QStringLiteral("at least 0")),
                 qPrintable(editor_->message()));
    }

    void inconsistentValueIsRefused() {
        show(ElementKind::Generator, "MT2");
        expectRefused(ElementKind::Generator, QStringLiteral("p_min_mw"), QStringLiteral("2"),
                      QStringLiteral("generator MT2"), QStringLiteral("0.2"));
        QCOMPARE(editor_->message(),
                 QStringLiteral("generator MT2: minimum active power exceeds maximum active power "
                                "(2 > 1 MW)"));

        // An integer spin box: more steps on than the capacitor has.
        show(ElementKind::Capacitor, "C30");
        auto* steps_on = qobject_cast<QSpinBox*>(editor_->editorFor(QStringLiteral("steps_on")));
        QVERIFY(steps_on);
        QSignalSpy requested(editor_.get(), &PropertyEditor::editRequested);
        QSignalSpy refused(editor_.get(), &PropertyEditor::editRefused);
        steps_on->setValue(4);
        QCOMPARE(requested.count(), 0);
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.at(0).at(0).toString().startsWith(QStringLiteral("capacitor C30")));
        QCOMPARE(steps_on->value(), 1);
    }

    void profileComboListsMatchingProfiles() {
        show(ElementKind::Load, "D2");
        QWidget* load_profile = editor_->editorFor(QStringLiteral("profile"));
        QCOMPARE(comboData(load_profile), (QStringList{QString(), QStringLiteral("load")}));
        QCOMPARE(qobject_cast<QComboBox*>(load_profile)->currentData().toString(),
                 QStringLiteral("load"));

        show(ElementKind::Generator, "WT3");
        QWidget* availability = editor_->editorFor(QStringLiteral("profile"));
        QCOMPARE(comboData(availability),
                 (QStringList{QString(), QStringLiteral("load"), QStringLiteral("wind"),
                              QStringLiteral("pv")}));

        // Choosing "(constant)" requests an empty profile.
        QSignalSpy requested(editor_.get(), &PropertyEditor::editRequested);
        auto* box = qobject_cast<QComboBox*>(availability);
        box->setCurrentIndex(0);
        emit box->activated(0);
        QCOMPARE(requested.count(), 1);
        const auto element = requested.at(0).at(0).value<Element>();
        QCOMPARE(std::get<gridcarbon::Generator>(element).profile, std::string());
    }

    void hintForNothingOrSeveral() {
        editor_->showElement(std::nullopt);
        QCOMPARE(editor_->editorFor(QStringLiteral("id")), nullptr);
        bool hinted = false;
        for (auto* label : editor_->findChildren<QLabel*>())
            hinted = hinted || (label->isVisible() &&
                                label->text() == QStringLiteral("Select a bus, branch or device"));
        QVERIFY(hinted);

        editor_->showSelection(
            {{ElementKind::Bus, "1"}, {ElementKind::Bus, "2"}, {ElementKind::Load, "D2"}});
        QCOMPARE(editor_->editorFor(QStringLiteral("id")), nullptr);
        bool counted = false;
        for (auto* label : editor_->findChildren<QLabel*>())
            counted = counted ||
                      (label->isVisible() && label->text() == QStringLiteral("3 items selected"));
        QVERIFY(counted);
    }

    void refreshRereadsCaseAndIdIsReadOnly() {
        show(ElementKind::Storage, "ES5");
        auto* id = qobject_cast<QLineEdit*>(editor_->editorFor(QStringLiteral("id")));
        QVERIFY(id && id->isReadOnly());
        case_.storages.front().soc_max = 0.8;
        case_.storages.front().carbon_intensity_t_per_mwh = 0.3;
        editor_->refresh();
        QCOMPARE(textOf(editor_->editorFor(QStringLiteral("soc_max"))), QStringLiteral("0.8"));
        QCOMPARE(textOf(editor_->editorFor(QStringLiteral("carbon_intensity_t_per_mwh"))),
                 QStringLiteral("0.3"));

        // Emptying the optional intensity means "from the grid".
        QSignalSpy requested(editor_.get(), &PropertyEditor::editRequested);
        typeInto(editor_->editorFor(QStringLiteral("carbon_intensity_t_per_mwh")), QString());
        QCOMPARE(requested.count(), 1);
        QVERIFY(!std::get<gridcarbon::Storage>(requested.at(0).at(0).value<Element>())
                     .carbon_intensity_t_per_mwh);
    }

    void tooltipsShowRangeAndUnit() {
        show(ElementKind::Storage, "ES5");
        const QString soc = editor_->editorFor(QStringLiteral("soc_min"))->toolTip();
        QVERIFY2(soc.contains(QStringLiteral("[0, 1]")), qPrintable(soc));
        const QString energy = editor_->editorFor(QStringLiteral("energy_mwh"))->toolTip();
        QVERIFY2(energy.contains(QStringLiteral("MWh")) &&
                     energy.contains(QStringLiteral("[0, 1e+07]")),
                 qPrintable(energy));
    }
};

QTEST_MAIN(PropertyEditorTest)
#include "test_property_editor.moc"
