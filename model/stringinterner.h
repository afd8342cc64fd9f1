#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

/// Hands out one shared copy of each distinct string it is given.
///
/// A check run over a large project makes millions of warnings whose texts
/// repeat: a passage reprinted on 200 pages is quoted 200 times, a check's
/// message is filled in anew for every warning. Held as separate copies
/// they added 0.6 GB to the window's peak while it checked a 1 GB project;
/// shared (QString is implicitly shared), each is held once. Not
/// thread-safe: one interner per thread.
///
/// The interner keeps its own copy of each string it has not seen, made on
/// its thread, rather than the one it was given: that one was often made by
/// a helper thread among short-lived data (a page being checked), and one
/// long-lived string left in each page of the helper's heap kept the
/// page's freed memory from going back (8 MB of the window's 100 MB
/// check run).
class StringInterner
{
public:
    /// Replaces `text` by the interner's copy of equal text (a copy of the
    /// first it saw). Empty strings are left alone.
    void intern(QString &text)
    {
        if (text.isEmpty())
            return;
        const auto it = m_strings.constFind(text);
        if (it != m_strings.constEnd()) {
            text = *it;
        } else {
            text = QString(text.constData(), text.size());
            m_strings.insert(text);
        }
    }

    /// Interns each string of `list`, then the list itself: articles share
    /// their lists of statuses, tags and names as well as the names.
    void intern(QStringList &list)
    {
        if (list.isEmpty())
            return;
        for (QString &text : list)
            intern(text);
        const auto it = m_lists.constFind(list);
        if (it != m_lists.constEnd())
            list = *it;
        else
            m_lists.insert(list);
    }

private:
    QSet<QString> m_strings;
    QSet<QStringList> m_lists;
};
