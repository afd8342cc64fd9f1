#pragma once

#include <numeric>
#include <vector>

/// Union-find over 0 … n-1 (path halving, union by size): groups items
/// that are linked pairwise, in nearly constant time per link.
class DisjointSets
{
public:
    explicit DisjointSets(int count)
        : m_parent(size_t(count))
        , m_size(size_t(count), 1)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }

    /// The representative of `item`'s group.
    int find(int item)
    {
        while (m_parent[size_t(item)] != item) {
            m_parent[size_t(item)] = m_parent[size_t(m_parent[size_t(item)])];
            item = m_parent[size_t(item)];
        }
        return item;
    }

    /// Puts `a` and `b` in one group; false when they already were.
    bool unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a == b)
            return false;
        if (m_size[size_t(a)] < m_size[size_t(b)])
            std::swap(a, b);
        m_parent[size_t(b)] = a;
        m_size[size_t(a)] += m_size[size_t(b)];
        return true;
    }

    bool together(int a, int b) { return find(a) == find(b); }

private:
    std::vector<int> m_parent;
    std::vector<int> m_size;
};
