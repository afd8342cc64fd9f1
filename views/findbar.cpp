#include "findbar.h"

#include "readertextview.h"
#include "tints.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_count->setObjectName(QStringLiteral("findCount"));
    m_field->setClearButtonEnabled(true);
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_count);
    layout->addWidget(m_close);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_field, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    m_field->installEventFilter(this);
    retranslateUi();
}

FindBar::~FindBar() = default;

void FindBar::setTarget(ReaderTextView *view)
{
    if (view == m_target)
        return;
    if (m_target) {
        m_target->setLayer(ReaderTextView::Layer::Find, {});
        disconnect(m_target, nullptr, this, nullptr);
    }
    m_target = view;
    if (m_target) {
        connect(m_target, &ReaderTextView::contentReplaced, this, [this] {
            if (isVisible())
                search();
        });
    }
    if (isVisible())
        search();
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    search();
}

void FindBar::setSearchText(const QString &text)
{
    m_field->setText(text);
}

QString FindBar::searchText() const
{
    return m_field->text();
}

void FindBar::close()
{
    hide();
    m_matches.clear();
    m_current = -1;
    if (m_target) {
        m_target->setLayer(ReaderTextView::Layer::Find, {});
        m_target->setFocus();
    }
    emit closed();
}

void FindBar::search()
{
    m_matches.clear();
    m_current = -1;
    const QString needle = m_field->text();
    if (m_target && !needle.isEmpty()) {
        const QTextDocument *document = m_target->document();
        QTextCursor cursor(const_cast<QTextDocument *>(document));
        while (true) {
            cursor = document->find(needle, cursor);
            if (cursor.isNull())
                break;
            m_matches.append({cursor.selectionStart(), cursor.selectionEnd()});
        }
        // Start from the first match at or after where the reader is looking.
        if (!m_matches.isEmpty()) {
            const int visibleStart = m_target->cursorForPosition(QPoint(0, 0)).position();
            m_current = 0;
            for (int i = 0; i < m_matches.size(); ++i) {
                if (m_matches.at(i).first >= visibleStart) {
                    m_current = i;
                    break;
                }
            }
        }
    }
    showMatches(true);
}

void FindBar::findNext()
{
    if (m_matches.isEmpty())
        return;
    m_current = (m_current + 1) % m_matches.size();
    showMatches(true);
}

void FindBar::findPrevious()
{
    if (m_matches.isEmpty())
        return;
    m_current = (m_current - 1 + m_matches.size()) % m_matches.size();
    showMatches(true);
}

void FindBar::showMatches(bool scroll)
{
    const bool nothing = !m_field->text().isEmpty() && m_matches.isEmpty();
    if (m_field->text().isEmpty())
        m_count->clear();
    else if (nothing)
        m_count->setText(tr("No matches"));
    else
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
    m_previous->setEnabled(m_matches.size() > 1);
    m_next->setEnabled(m_matches.size() > 1);
    if (!m_target)
        return;

    QList<QTextEdit::ExtraSelection> selections;
    const QPalette pal = m_target->palette();
    for (int i = 0; i < m_matches.size(); ++i) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_target->document());
        selection.cursor.setPosition(m_matches.at(i).first);
        selection.cursor.setPosition(m_matches.at(i).second, QTextCursor::KeepAnchor);
        selection.format.setBackground(Tints::match(pal, i == m_current));
        selection.format.setForeground(pal.color(QPalette::Text));
        selections.append(selection);
    }
    m_target->setLayer(ReaderTextView::Layer::Find, selections);
    if (scroll && m_current >= 0) {
        QTextCursor cursor(m_target->document());
        cursor.setPosition(m_matches.at(m_current).first);
        cursor.setPosition(m_matches.at(m_current).second, QTextCursor::KeepAnchor);
        m_target->setTextCursor(cursor);
        m_target->ensureCursorVisible();
    }
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showMatches(false);
    }
    QWidget::changeEvent(event);
}

void FindBar::retranslateUi()
{
    m_field->setPlaceholderText(tr("Find in the text"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_close->setToolTip(tr("Close (Esc)"));
}
