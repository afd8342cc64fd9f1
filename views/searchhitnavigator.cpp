#include "searchhitnavigator.h"

#include "readertextview.h"
#include "search/hitfinder.h"

#include <QAction>
#include <QTextCursor>
#include <QTextDocument>

SearchHitNavigator::SearchHitNavigator(QObject *parent)
    : QObject(parent)
    , m_next(new QAction(this))
    , m_previous(new QAction(this))
{
    m_next->setText(tr("Next Search Hit"));
    m_previous->setText(tr("Previous Search Hit"));
    m_next->setShortcut(QKeySequence(Qt::Key_F3));
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    connect(m_next, &QAction::triggered, this, &SearchHitNavigator::next);
    connect(m_previous, &QAction::triggered, this, &SearchHitNavigator::previous);
}

SearchHitNavigator::~SearchHitNavigator() = default;

void SearchHitNavigator::setView(ReaderTextView *view)
{
    if (m_view)
        disconnect(m_view, nullptr, this, nullptr);
    m_view = view;
    if (view)
        connect(view, &ReaderTextView::contentReplaced, this, &SearchHitNavigator::recompute);
    recompute();
}

void SearchHitNavigator::setQuery(const Query &query)
{
    if (!query.isValid())
        return;
    m_query = query;
    recompute();
}

void SearchHitNavigator::recompute()
{
    m_cursor = HitCursor();
    if (m_view) {
        const QStringList terms = m_query.highlightTerms();
        if (!terms.isEmpty())
            m_cursor = HitCursor(HitFinder::find(terms, m_view->document()->toPlainText()));
    }
    show(false);
}

void SearchHitNavigator::next()
{
    m_cursor.next();
    show(true);
}

void SearchHitNavigator::previous()
{
    m_cursor.previous();
    show(true);
}

QString SearchHitNavigator::countText() const
{
    if (m_cursor.isEmpty())
        return QString();
    return tr("%1 / %2").arg(m_cursor.currentIndex() + 1).arg(m_cursor.count());
}

void SearchHitNavigator::show(bool scroll)
{
    if (m_view) {
        QTextDocument *document = m_view->document();
        const QColor all(255, 236, 140);
        const QColor current(255, 170, 60);
        QList<QTextEdit::ExtraSelection> selections;
        for (int i = 0; i < m_cursor.count(); ++i) {
            const TextRange range = m_cursor.hits().at(i);
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(document);
            selection.cursor.setPosition(range.begin);
            selection.cursor.setPosition(range.end, QTextCursor::KeepAnchor);
            selection.format.setBackground(i == m_cursor.currentIndex() ? current : all);
            selections.append(selection);
        }
        m_view->setLayer(ReaderTextView::Layer::Search, selections);
        if (scroll && !m_cursor.isEmpty()) {
            QTextCursor cursor(document);
            cursor.setPosition(m_cursor.current().begin);
            m_view->setTextCursor(cursor);
            m_view->ensureCursorVisible();
        }
    }
    emit hitsChanged(m_cursor.currentIndex(), m_cursor.count());
}
