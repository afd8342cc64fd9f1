#pragma once

#include "languagemanager.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

/// Preferences: the interface language and the reading size. The caller
/// applies the values; the dialog only collects them.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setLanguage(UiLanguage language);
    UiLanguage language() const;
    void setReadingPointSize(int points);
    int readingPointSize() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_sizeLabel;
    QSpinBox *m_size;
    QDialogButtonBox *m_buttons;
};
