#include "failedfilesdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

FailedFilesDialog::FailedFilesDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_clear(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("failedFilesDialog"));
    m_list->setObjectName(QStringLiteral("failedFilesList"));
    setModal(false);
    setAttribute(Qt::WA_ShowWithoutActivating);
    m_intro->setWordWrap(true);
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_clear, QDialogButtonBox::ResetRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clearFailures();
        hide();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(720, 300);
    retranslateUi();
}

FailedFilesDialog::~FailedFilesDialog() = default;

void FailedFilesDialog::addFailure(const QString &path, const QString &reason)
{
    // The model's messages name the file for the command line ("path: why");
    // here the path has its own column.
    QString why = reason;
    if (why.startsWith(path)) {
        why = why.mid(path.size());
        while (!why.isEmpty() && (why.at(0) == QLatin1Char(':') || why.at(0) == QChar(0xFF1A) || why.at(0).isSpace()))
            why.remove(0, 1);
        if (why.isEmpty())
            why = reason;
    }
    auto *item = new QTreeWidgetItem(m_list, {path, why});
    item->setToolTip(0, path);
    item->setToolTip(1, why);
    m_list->resizeColumnToContents(0);
    m_list->setColumnWidth(0, qMin(m_list->columnWidth(0), m_list->width() / 2));
    retranslateUi();
    if (!isVisible())
        show();
}

void FailedFilesDialog::clearFailures()
{
    m_list->clear();
    retranslateUi();
}

int FailedFilesDialog::failureCount() const
{
    return m_list->topLevelItemCount();
}

QString FailedFilesDialog::pathAt(int row) const
{
    const QTreeWidgetItem *item = m_list->topLevelItem(row);
    return item ? item->text(0) : QString();
}

QString FailedFilesDialog::reasonAt(int row) const
{
    const QTreeWidgetItem *item = m_list->topLevelItem(row);
    return item ? item->text(1) : QString();
}

void FailedFilesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FailedFilesDialog::retranslateUi()
{
    setWindowTitle(tr("Files that could not be opened"));
    m_intro->setText(tr("%n file(s) could not be opened. The other files are open.", nullptr, failureCount()));
    m_list->setHeaderLabels({tr("File"), tr("Reason")});
    m_clear->setText(tr("C&lear List"));
    m_close->setText(tr("&Close"));
}
