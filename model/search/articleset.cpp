#include "articleset.h"

#include <algorithm>
#include <bitset>

ArticleSet::ArticleSet(int size, bool full)
    : m_words(size_t(size + 63) / 64, full ? ~quint64(0) : 0), m_size(size)
{
    clearTail();
}

int ArticleSet::count() const
{
    int total = 0;
    for (quint64 word : m_words)
        total += int(std::bitset<64>(word).count());
    return total;
}

ArticleSet &ArticleSet::operator&=(const ArticleSet &other)
{
    for (size_t i = 0; i < m_words.size(); ++i)
        m_words[i] &= other.m_words[i];
    return *this;
}

ArticleSet &ArticleSet::operator|=(const ArticleSet &other)
{
    for (size_t i = 0; i < m_words.size(); ++i)
        m_words[i] |= other.m_words[i];
    return *this;
}

void ArticleSet::invert()
{
    for (quint64 &word : m_words)
        word = ~word;
    clearTail();
}

QVector<int> ArticleSet::rows() const
{
    QVector<int> out;
    for (size_t i = 0; i < m_words.size(); ++i) {
        quint64 word = m_words[i];
        while (word) {
            out.append(int(i * 64) + __builtin_ctzll(word));
            word &= word - 1;
        }
    }
    return out;
}

void ArticleSet::clearTail()
{
    // Bits past the last row stay zero, so count() and == need no mask.
    if (m_size % 64 && !m_words.empty())
        m_words.back() &= (quint64(1) << (m_size % 64)) - 1;
}
