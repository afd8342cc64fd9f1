#pragma once

#include "textrange.h"

#include <QVector>

/// The search hits of the article on screen and which one is current:
/// F3 / Shift+F3 step through them, wrapping around.
class HitCursor
{
public:
    HitCursor() = default;
    /// Sorted ranges (HitFinder's); the current hit becomes the first
    /// (-1 when there is none).
    explicit HitCursor(QVector<TextRange> hits);

    const QVector<TextRange> &hits() const { return m_hits; }
    int count() const { return m_hits.size(); }
    bool isEmpty() const { return m_hits.isEmpty(); }
    /// -1 when there are no hits.
    int currentIndex() const { return m_current; }
    TextRange current() const { return m_current >= 0 ? m_hits.at(m_current) : TextRange(); }

    /// Moves to the next (previous) hit, wrapping; returns the new index.
    int next();
    int previous();
    /// Makes the first hit at or after `position` current (wrapping to the first).
    int moveTo(int position);

private:
    QVector<TextRange> m_hits;
    int m_current = -1;
};
