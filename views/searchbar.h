#pragma once

#include "search/query.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTimer;

/// The query box over the article list, focused with Ctrl+L.
///
/// Results follow the typing: a query is parsed ~150 ms after the last
/// keystroke; a valid one is announced (queryAccepted), a malformed one is
/// shown with what is wrong where — and the previous result stays, because
/// nothing is announced. The count of matching articles is shown beside it.
class SearchBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchBar)

public:
    explicit SearchBar(QWidget *parent = nullptr);
    ~SearchBar() override;

    QLineEdit *lineEdit() const { return m_edit; }
    QString text() const;
    /// Sets the text and applies it at once (a saved search was chosen).
    void setText(const QString &text);
    /// The last valid query (what the list shows).
    const Query &query() const { return m_query; }
    /// The message shown for a malformed query, empty when there is none.
    QString errorText() const;
    /// The error of the text in the box (position -1 when it parses).
    const QuerySyntaxError &error() const { return m_error; }

    /// The count beside the box: "12 of 340 articles".
    void setMatchCount(int matches, int total);
    QString matchCountText() const;

    /// Ctrl+L: focus the box and select its text.
    QAction *focusAction() const { return m_focus; }
    void setDebounceInterval(int milliseconds);
    /// Parses what is typed now, without waiting.
    void applyNow();

signals:
    /// A valid query to filter with (also the empty one: every article).
    void queryAccepted(const Query &query);
    /// The text in the box does not parse; the previous query still holds.
    void queryRejected(const QString &message, int position);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showError();

    QLineEdit *m_edit;
    QLabel *m_errorLabel;
    QLabel *m_count;
    QTimer *m_debounce;
    QAction *m_focus;
    Query m_query;
    QuerySyntaxError m_error;
    int m_matches = -1;
    int m_total = 0;
};
