#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_sizeLabel(new QLabel(this))
    , m_size(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_language->setObjectName(QStringLiteral("languageBox"));
    // Each language is named in itself, so it can be found whatever the
    // current language is.
    m_language->addItem(QString(), int(UiLanguage::System));
    m_language->addItem(QStringLiteral("中文（简体）"), int(UiLanguage::Chinese));
    m_language->addItem(QStringLiteral("English"), int(UiLanguage::English));
    m_size->setRange(8, 48);
    m_languageLabel->setBuddy(m_language);
    m_sizeLabel->setBuddy(m_size);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_sizeLabel, m_size);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setLanguage(UiLanguage language)
{
    m_language->setCurrentIndex(m_language->findData(int(language)));
}

UiLanguage SettingsDialog::language() const
{
    return UiLanguage(m_language->currentData().toInt());
}

void SettingsDialog::setReadingPointSize(int points)
{
    m_size->setValue(points);
}

int SettingsDialog::readingPointSize() const
{
    return m_size->value();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Interface language:"));
    m_language->setItemText(0, tr("Follow the system"));
    m_sizeLabel->setText(tr("&Reading text size:"));
    m_size->setSuffix(tr(" pt"));
}
