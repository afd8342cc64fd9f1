#include "tagpickerdialog.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

TagPickerDialog::TagPickerDialog(const QStringList &paths, int articleCount, bool remove, QWidget *parent)
    : QDialog(parent)
    , m_prompt(new QLabel)
    , m_edit(new QLineEdit)
{
    setObjectName(QStringLiteral("tagPicker"));
    m_edit->setObjectName(QStringLiteral("tagPickerEdit"));
    setWindowTitle(remove ? tr("Remove Tag") : tr("Tag Articles"));
    m_prompt->setText(remove ? tr("Remove which tag from %n article(s)?", nullptr, articleCount)
                             : tr("Tag %n article(s) with (a/b for a tag below another; new tags are created):",
                                  nullptr, articleCount));
    m_prompt->setWordWrap(true);
    auto *completer = new QCompleter(paths, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_edit->setCompleter(completer);
    m_edit->setPlaceholderText(paths.isEmpty() ? tr("e.g. 主题/民生") : paths.first());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
    resize(qMax(sizeHint().width(), 420), sizeHint().height());
}

TagPickerDialog::~TagPickerDialog() = default;

QString TagPickerDialog::tagPath() const
{
    return m_edit->text().trimmed();
}
