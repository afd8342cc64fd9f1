#pragma once

#include "readertextview.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

/// Find in the shown text: every match highlighted, the current one
/// stronger, with next/previous and a count. Works on whichever view is in
/// front; the matches follow when that view shows other text.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    void setTarget(ReaderTextView *view);
    ReaderTextView *target() const { return m_target; }

    /// Shows the bar with the field focused and its text selected.
    void activate();
    void setSearchText(const QString &text);
    QString searchText() const;
    int matchCount() const { return m_matches.size(); }
    /// Index of the current match, -1 when there is none.
    int currentMatch() const { return m_current; }

public slots:
    void findNext();
    void findPrevious();
    void close();

signals:
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void showMatches(bool scroll);
    void retranslateUi();

    QPointer<ReaderTextView> m_target;
    QLineEdit *m_field;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QLabel *m_count;
    QVector<QPair<int, int>> m_matches; ///< [begin, end) in the target's document
    int m_current = -1;
};
