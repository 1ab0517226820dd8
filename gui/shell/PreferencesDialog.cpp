#include "gui/shell/PreferencesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gridcarbon::gui {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent), language_(new QComboBox(this)), restart_note_(new QLabel(this)),
      autosave_(new QSpinBox(this)), snap_(new QCheckBox(tr("&Snap to grid"), this)),
      grid_size_(new QDoubleSpinBox(this)) {
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("PreferencesDialog"));

    // Languages are listed by their own names, which stay untranslated so that a user who
    // cannot read the current language still finds theirs.
    language_->setObjectName(QStringLiteral("language"));
    language_->addItem(tr("System default"), Preferences::kSystemLanguage);
    language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language_->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));

    restart_note_->setObjectName(QStringLiteral("restartNote"));
    restart_note_->setText(tr("The new language takes effect after restarting GridCarbon."));
    restart_note_->setWordWrap(true);

    autosave_->setObjectName(QStringLiteral("autosaveMinutes"));
    autosave_->setRange(Preferences::kMinAutosaveMinutes, Preferences::kMaxAutosaveMinutes);
    autosave_->setSuffix(tr(" min"));

    snap_->setObjectName(QStringLiteral("snapToGrid"));
    grid_size_->setObjectName(QStringLiteral("gridSize"));
    grid_size_->setRange(Preferences::kMinGridSize, Preferences::kMaxGridSize);
    grid_size_->setDecimals(2);
    grid_size_->setToolTip(tr("Spacing of the snap grid in drawing units"));

    auto* general = new QGroupBox(tr("General"), this);
    auto* general_form = new QFormLayout(general);
    general_form->addRow(tr("&Language:"), language_);
    general_form->addRow(restart_note_);
    general_form->addRow(tr("&Autosave every:"), autosave_);

    auto* editor = new QGroupBox(tr("Feeder editor"), this);
    auto* editor_form = new QFormLayout(editor);
    editor_form->addRow(snap_);
    editor_form->addRow(tr("&Grid size:"), grid_size_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(editor);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(language_, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::updateDependentWidgets);
    connect(snap_, &QCheckBox::toggled, this, &PreferencesDialog::updateDependentWidgets);
    const Preferences saved = Preferences::load();
    saved_language_ = saved.language;
    setPreferences(saved);
}

Preferences PreferencesDialog::preferences() const {
    Preferences p;
    p.language = language_->currentData().toString();
    p.autosave_minutes = autosave_->value();
    p.snap_to_grid = snap_->isChecked();
    p.grid_size = grid_size_->value();
    return p;
}

void PreferencesDialog::setPreferences(const Preferences& preferences) {
    const int index = language_->findData(preferences.language);
    language_->setCurrentIndex(index >= 0 ? index : 0);
    autosave_->setValue(preferences.autosave_minutes);
    snap_->setChecked(preferences.snap_to_grid);
    grid_size_->setValue(preferences.grid_size);
    updateDependentWidgets();
}

bool PreferencesDialog::languageChanged() const {
    return language_->currentData().toString() != saved_language_;
}

void PreferencesDialog::accept() {
    preferences().save();
    QDialog::accept();
}

void PreferencesDialog::updateDependentWidgets() {
    restart_note_->setVisible(languageChanged());
    grid_size_->setEnabled(snap_->isChecked());
}

} // namespace gridcarbon::gui
