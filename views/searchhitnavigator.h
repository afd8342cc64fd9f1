#pragma once

#include "hitcursor.h"
#include "search/query.h"

#include <QObject>
#include <QPointer>

class QAction;
class ReaderTextView;

/// Highlights the search query's hits in a reader view and steps through
/// them (F3 / Shift+F3), with a count ("3 / 12"). Hits are found in the
/// view's own text with HitFinder (width-, case- and script-insensitive,
/// like the search), so they are where the reader shows them, whatever the
/// typesetting did; recomputed whenever the view shows another article.
class SearchHitNavigator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchHitNavigator)

public:
    explicit SearchHitNavigator(QObject *parent = nullptr);
    ~SearchHitNavigator() override;

    void setView(ReaderTextView *view);
    void setQuery(const Query &query);
    const HitCursor &hits() const { return m_cursor; }
    /// "3 / 12", or empty without hits.
    QString countText() const;

    /// F3 / Shift+F3 (window-wide; the window adds them to its menu and
    /// decides whether the find bar has them first).
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }
    void next();
    void previous();

signals:
    /// current is 0-based, -1 without hits.
    void hitsChanged(int current, int count);

private:
    void recompute();
    void show(bool scroll);

    QPointer<ReaderTextView> m_view;
    Query m_query;
    HitCursor m_cursor;
    QAction *m_next;
    QAction *m_previous;
};
