#include "hitcursor.h"

HitCursor::HitCursor(QVector<TextRange> hits)
    : m_hits(std::move(hits))
    , m_current(m_hits.isEmpty() ? -1 : 0)
{}

int HitCursor::next()
{
    if (m_hits.isEmpty())
        return -1;
    m_current = (m_current + 1) % m_hits.size();
    return m_current;
}

int HitCursor::previous()
{
    if (m_hits.isEmpty())
        return -1;
    m_current = (m_current - 1 + m_hits.size()) % m_hits.size();
    return m_current;
}

int HitCursor::moveTo(int position)
{
    if (m_hits.isEmpty())
        return -1;
    m_current = 0;
    for (int i = 0; i < m_hits.size(); ++i) {
        if (m_hits.at(i).end > position) {
            m_current = i;
            break;
        }
    }
    return m_current;
}
