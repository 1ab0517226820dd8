#pragma once
// Edit ▸ Preferences: language, autosave interval and the editor's snap grid. Opens with the
// saved preferences; OK saves the edited ones (Cancel leaves them). A new language applies
// from the next start, which the dialog says as soon as another language is chosen.
//
//     PreferencesDialog dialog(parent);
//     if (dialog.exec() == QDialog::Accepted)
//         apply(dialog.preferences());
#include "gui/shell/Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace gridcarbon::gui {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // The values as edited.
    Preferences preferences() const;
    void setPreferences(const Preferences& preferences);

    // Whether the edited language differs from the saved one (and so needs a restart).
    bool languageChanged() const;

public slots:
    void accept() override;

private:
    void updateDependentWidgets();

    QString saved_language_;
    QComboBox* language_;
    QLabel* restart_note_;
    QSpinBox* autosave_;
    QCheckBox* snap_;
    QDoubleSpinBox* grid_size_;
};

} // namespace gridcarbon::gui
