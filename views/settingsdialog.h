#pragma once

#include "languagemanager.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QPlainTextEdit;
class QPushButton;

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
    /// The house-style word list (forbidden, use-with-care and preferred
    /// words) as editable text; accept() refuses a list that does not parse.
    void setHouseStyleText(const QString &text);
    QString houseStyleText() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_sizeLabel;
    QSpinBox *m_size;
    QLabel *m_houseStyleLabel;
    QPlainTextEdit *m_houseStyle;
    QPushButton *m_restoreHouseStyle;
    QDialogButtonBox *m_buttons;
};
