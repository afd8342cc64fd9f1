#include "settingsdialog.h"

#include "checks/housestyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_sizeLabel(new QLabel(this))
    , m_size(new QSpinBox(this))
    , m_houseStyleLabel(new QLabel(this))
    , m_houseStyle(new QPlainTextEdit(this))
    , m_restoreHouseStyle(new QPushButton(this))
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
    m_houseStyle->setObjectName(QStringLiteral("houseStyleEdit"));
    m_houseStyle->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_houseStyle->setMinimumSize(480, 220);
    m_houseStyleLabel->setBuddy(m_houseStyle);
    m_houseStyleLabel->setWordWrap(true);
    connect(m_restoreHouseStyle, &QPushButton::clicked, this,
            [this] { m_houseStyle->setPlainText(HouseStyle::defaultText()); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_houseStyleLabel);
    layout->addWidget(m_houseStyle, 1);
    layout->addWidget(m_restoreHouseStyle, 0, Qt::AlignLeft);
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

void SettingsDialog::setHouseStyleText(const QString &text)
{
    m_houseStyle->setPlainText(text);
}

QString SettingsDialog::houseStyleText() const
{
    return m_houseStyle->toPlainText();
}

void SettingsDialog::accept()
{
    // A list with a mistake would silently stop the house-style checks:
    // say where it is and keep the dialog open.
    const Result<HouseStyle> parsed = HouseStyle::parse(houseStyleText());
    if (!parsed) {
        QMessageBox::warning(this, tr("House style"), parsed.error().message);
        m_houseStyle->setFocus();
        return;
    }
    QDialog::accept();
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
    m_houseStyleLabel->setText(tr("&House style word lists (one entry a line; the syntax is explained at the top):"));
    m_restoreHouseStyle->setText(tr("Restore the default list"));
}
