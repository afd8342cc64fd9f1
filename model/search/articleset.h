#pragma once

#include <QVector>
#include <QtGlobal>

#include <vector>

/// A set of rows of an article list, as bits: a query combines its terms'
/// sets with AND, OR and NOT in microseconds even at 100 000 articles.
class ArticleSet
{
public:
    explicit ArticleSet(int size = 0, bool full = false);

    int size() const { return m_size; }
    int count() const;
    bool contains(int row) const { return (m_words[size_t(row) >> 6] >> (row & 63)) & 1U; }
    void insert(int row) { m_words[size_t(row) >> 6] |= quint64(1) << (row & 63); }

    ArticleSet &operator&=(const ArticleSet &other);
    ArticleSet &operator|=(const ArticleSet &other);
    void invert();
    /// The rows in the set, ascending.
    QVector<int> rows() const;

    friend bool operator==(const ArticleSet &a, const ArticleSet &b) { return a.m_size == b.m_size && a.m_words == b.m_words; }

private:
    void clearTail();

    std::vector<quint64> m_words;
    int m_size = 0;
};
