#include "reviewpanel.h"

#include "projecteditor.h"
#include "projectstore.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

ReviewPanel::ReviewPanel(ProjectEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_status(new QLabel)
    , m_buttons(new QHBoxLayout)
    , m_note(new QLineEdit)
    , m_history(new QTreeWidget)
{
    setObjectName(QStringLiteral("reviewPanel"));
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_history->setObjectName(QStringLiteral("reviewHistory"));
    m_history->setRootIsDecorated(false);
    m_history->setColumnCount(4);
    m_history->setWordWrap(true);
    m_history->setMinimumHeight(80);
    m_history->header()->setStretchLastSection(true);
    m_note->setClearButtonEnabled(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_note);
    layout->addLayout(m_buttons);
    layout->addWidget(m_history, 1);
    connect(m_note, &QLineEdit::returnPressed, this, [this] { advance(); });
    connect(editor, &ProjectEditor::storeChanged, this, [this] {
        if (ProjectStore *store = m_editor->store()) {
            for (auto signal : {&ProjectStore::workflowChanged, &ProjectStore::externalChange})
                connect(store, signal, this, &ReviewPanel::refresh);
            connect(store, &ProjectStore::reviewChanged, this, [this](const QString &id) {
                if (id == m_articleId)
                    refresh();
            });
        }
        setArticle(QString());
    });
    refresh();
}

ReviewPanel::~ReviewPanel() = default;

void ReviewPanel::setArticle(const QString &articleId)
{
    if (articleId != m_articleId)
        m_note->clear();
    m_articleId = articleId;
    refresh();
}

QString ReviewPanel::status() const
{
    ProjectStore *store = m_editor->store();
    return store && !m_articleId.isEmpty() ? store->reviewStatus(m_articleId) : QString();
}

void ReviewPanel::refresh()
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_history->clear();
    m_history->setHeaderLabels({tr("Step"), tr("Who"), tr("When"), tr("Note")});
    m_next.clear();
    ProjectStore *store = m_editor->store();
    if (!store || m_articleId.isEmpty()) {
        m_status->setText(tr("No article selected."));
        m_note->setEnabled(false);
        return;
    }
    const ReviewWorkflow workflow = store->workflow();
    const QString current = store->reviewStatus(m_articleId);
    m_status->setText(tr("Status: <b>%1</b>").arg(current.toHtmlEscaped()));
    m_next = workflow.allowedNext(current);
    const bool editable = m_editor->canEdit();
    m_note->setEnabled(editable);
    m_note->setPlaceholderText(tr("Note for the next step (optional)"));
    for (const QString &step : qAsConst(m_next)) {
        const bool back = step == workflow.returnStep;
        const bool primary = !back && step == m_next.first();
        // The shortcut goes in the tooltip: the inspector is narrow.
        auto *button = new QPushButton(back ? step : tr("→ %1").arg(step));
        button->setDefault(primary);
        button->setObjectName(QStringLiteral("reviewStep_%1").arg(step));
        button->setEnabled(editable);
        button->setToolTip(back ? tr("Return the article (退回) with the note (Ctrl+Backspace)")
                                : primary ? tr("Move the article to %1 with the note (Ctrl+Return)").arg(step)
                                          : tr("Move the article to %1 with the note").arg(step));
        connect(button, &QPushButton::clicked, this, [this, step] { moveTo(step); });
        m_buttons->addWidget(button);
    }
    m_buttons->addStretch();
    const QVector<ReviewEvent> history = store->reviewHistory(m_articleId);
    for (const ReviewEvent &event : history) {
        const QDateTime when = QDateTime::fromString(event.created, Qt::ISODateWithMs);
        auto *item = new QTreeWidgetItem(m_history, {event.step, event.author,
                                                      when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                                     : event.created,
                                                      event.note});
        item->setToolTip(3, event.note);
    }
    if (history.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_history, {tr("Not reviewed yet")});
        item->setFlags(Qt::NoItemFlags);
    }
    for (int column = 0; column < 3; ++column)
        m_history->resizeColumnToContents(column);
}

bool ReviewPanel::moveTo(const QString &step)
{
    ProjectStore *store = m_editor->store();
    if (!store || m_articleId.isEmpty() || !m_next.contains(step))
        return false;
    const QString note = m_note->text().trimmed();
    if (!m_editor->commit(store->setReviewStatus({m_articleId}, step, note)))
        return false;
    m_note->clear();
    refresh();
    return true;
}

bool ReviewPanel::advance()
{
    ProjectStore *store = m_editor->store();
    if (!store)
        return false;
    const QString back = store->workflow().returnStep;
    for (const QString &step : qAsConst(m_next)) {
        if (step != back)
            return moveTo(step);
    }
    return false;
}

bool ReviewPanel::returnArticle()
{
    ProjectStore *store = m_editor->store();
    return store && moveTo(store->workflow().returnStep);
}

void ReviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}
