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

    /// The term starts this document's occurrences give, one at a time in
    /// increasing order, decoded only as far as they are asked for.
    class Starts
    {
    public:
        explicit Starts(const Cursor &cursor)
            : m_at(cursor.m_block)
            , m_end(cursor.m_positions)
            , m_offset(cursor.m_offset)
        {}

        /// Moves to the first start >= `target`; false when there is none.
        bool advanceTo(quint32 target)
        {
            while (!m_valid || m_start < target) {
                if (!next())
                    return false;
            }
            return true;
        }
        quint32 start() const { return m_start; }

    private:
        bool next()
        {
            while (m_at < m_end) {
                m_position += readVarint(m_at);
                if (m_position >= m_offset) {
                    m_start = m_position - m_offset;
                    m_valid = true;
                    return true;
                }
            }
            return false;
        }

        const uchar *m_at;
        const uchar *m_end;
        quint32 m_offset;
        quint32 m_position = 0;
        quint32 m_start = 0;
        bool m_valid = false;
    };

private:
    const uchar *m_documents;
    const uchar *m_positions;
    const uchar *m_block = nullptr;
    quint32 m_remaining;
    quint32 m_offset;
    quint32 m_document = 0;
    bool m_started = false;
};

/// Whether one start is given by every cursor's occurrences in the
/// document they all stand on. Leapfrogs through the position lists and
/// stops at the first common start: a common term usually matches at one
/// of its first occurrences, and the rest are never decoded.
bool haveCommonStart(const std::vector<Cursor> &cursors, std::vector<Cursor::Starts> &starts)
{
    starts.clear();
    for (const Cursor &cursor : cursors)
        starts.emplace_back(cursor);
    quint32 candidate = 0;
    size_t agreeing = 0; // lists in a row that have the candidate
    for (size_t i = 0;; i = (i + 1) % starts.size()) {
        if (!starts[i].advanceTo(candidate))
            return false;
        if (starts[i].start() == candidate) {
            if (++agreeing == starts.size())
                return true;
        } else {
            candidate = starts[i].start();
            agreeing = 1;
        }
    }
}

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
    std::vector<Cursor::Starts> starts;
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
        if (haveCommonStart(cursors, starts))
            out.push_back(document);
    }
    return out;
}
