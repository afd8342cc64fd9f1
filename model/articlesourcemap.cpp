#include "articlesourcemap.h"

ArticleSourceMap::ArticleSourceMap(const QString &pageText, const Paragraph &paragraph)
    : m_parts(paragraph.parts)
{
    int offset = 0;
    bool same = true;
    for (const TextRange &part : qAsConst(m_parts)) {
        m_starts.append(offset);
        if (part.begin < 0 || part.end > pageText.size()
            || QStringView(pageText).mid(part.begin, part.length())
                   != QStringView(paragraph.text).mid(offset, part.length()))
            same = false;
        offset += part.length();
    }
    m_length = offset;
    m_valid = same && offset == paragraph.text.size() && !m_parts.isEmpty();
}

QVector<TextRange> ArticleSourceMap::toSource(int from, int to) const
{
    QVector<TextRange> ranges;
    if (!m_valid || from < 0 || to > m_length || from >= to)
        return ranges;
    for (int i = 0; i < m_parts.size(); ++i) {
        const int start = m_starts.at(i);
        const int end = start + m_parts.at(i).length();
        const int a = qMax(from, start);
        const int b = qMin(to, end);
        if (a < b)
            ranges.append({m_parts.at(i).begin + (a - start), m_parts.at(i).begin + (b - start)});
    }
    return ranges;
}

QVector<TextRange> ArticleSourceMap::fromSource(const TextRange &source) const
{
    QVector<TextRange> ranges;
    if (!m_valid)
        return ranges;
    for (int i = 0; i < m_parts.size(); ++i) {
        const TextRange &part = m_parts.at(i);
        const int a = qMax(source.begin, part.begin);
        const int b = qMin(source.end, part.end);
        if (a < b)
            ranges.append({m_starts.at(i) + (a - part.begin), m_starts.at(i) + (b - part.begin)});
    }
    return ranges;
}
