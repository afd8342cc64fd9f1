#include "positionaljoin.h"

#include "indexsegmentformat.h"

#include <algorithm>

using IndexSegmentFormat::readVarint;

namespace {

/// Walks one bigram's documents and their position blocks in step.
class Cursor
{
public:
    explicit Cursor(const TermBigram &bigram)
        : m_documents(bigram.postings.data)
        , m_positions(bigram.postings.positions)
        , m_remaining(bigram.postings.count)
        , m_offset(bigram.offset)
    {}

    quint32 document() const { return m_document; }

    bool next()
    {
        if (m_remaining == 0)
            return false;
        --m_remaining;
        m_document += readVarint(m_documents); // the first delta is from 0
        const quint32 blockBytes = readVarint(m_positions);
        m_block = m_positions;
        m_positions += blockBytes;
        return true;
    }

    /// Moves to the first document >= `target`; false when there is none.
    bool skipTo(quint32 target)
    {
        while (!m_started || m_document < target) {
            if (!next())
                return false;
            m_started = true;
        }
        return true;
    }

    /// The term starts this document's occurrences would give, sorted.
    void starts(std::vector<quint32> &out) const
    {
        out.clear();
        quint32 position = 0;
        for (const uchar *p = m_block; p < m_positions;) {
            position += readVarint(p);
            if (position >= m_offset)
                out.push_back(position - m_offset);
        }
    }

    /// Keeps the starts of `into` this document's occurrences also give.
    void keepCommonStarts(std::vector<quint32> &into) const
    {
        auto kept = into.begin();
        auto candidate = into.cbegin();
        quint32 position = 0;
        for (const uchar *p = m_block; p < m_positions && candidate != into.cend();) {
            position += readVarint(p);
            if (position < m_offset)
                continue;
            const quint32 start = position - m_offset;
            while (candidate != into.cend() && *candidate < start)
                ++candidate;
            if (candidate != into.cend() && *candidate == start) {
                *kept++ = start;
                ++candidate;
            }
        }
        into.erase(kept, into.end());
    }

private:
    const uchar *m_documents;
    const uchar *m_positions;
    const uchar *m_block = nullptr;
    quint32 m_remaining;
    quint32 m_offset;
    quint32 m_document = 0;
    bool m_started = false;
};

} // namespace

std::vector<quint32> PositionalJoin::documents(std::vector<TermBigram> bigrams)
{
    std::vector<quint32> out;
    if (bigrams.empty())
        return out;
    for (const TermBigram &bigram : bigrams) {
        if (bigram.postings.isEmpty() || !bigram.postings.positions)
            return out;
    }
    // Led by the rarest bigram: every other list is only skipped through.
    std::sort(bigrams.begin(), bigrams.end(),
              [](const TermBigram &a, const TermBigram &b) { return a.postings.count < b.postings.count; });
    std::vector<Cursor> cursors(bigrams.cbegin(), bigrams.cend());
    Cursor &lead = cursors.front();
    std::vector<quint32> starts;
    quint32 target = 0;
    while (lead.skipTo(target)) {
        const quint32 document = lead.document();
        target = document + 1;
        bool inAll = true;
        for (size_t i = 1; i < cursors.size(); ++i) {
            if (!cursors[i].skipTo(document))
                return out;
            if (cursors[i].document() != document) {
                // A list that jumps past the document tells the lead where to go.
                inAll = false;
                target = std::max(target, cursors[i].document());
            }
        }
        if (!inAll)
            continue;
        lead.starts(starts);
        for (size_t i = 1; i < cursors.size() && !starts.empty(); ++i)
            cursors[i].keepCommonStarts(starts);
        if (!starts.empty())
            out.push_back(document);
    }
    return out;
}
