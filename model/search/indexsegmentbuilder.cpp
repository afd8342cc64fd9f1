#include "indexsegmentbuilder.h"

#include "indexsegmentformat.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>

using namespace IndexSegmentFormat;

namespace {

qint64 aligned(qint64 offset)
{
    return (offset + 7) & ~qint64(7);
}

/// Gives a string's memory back as soon as it is copied out, so a finished
/// build does not hold its postings twice.
void release(std::string &bytes)
{
    std::string().swap(bytes);
}

} // namespace

void IndexSegmentBuilder::GrowingDocuments::add(quint32 document)
{
    appendVarint(bytes, count == 0 ? document : document - last);
    last = document;
    ++count;
}

IndexSegmentBuilder::IndexSegmentBuilder()
    : m_unigrams(0x10000)
{
    m_tableBits = 16;
    m_tableKeys.assign(size_t(1) << m_tableBits, 0);
    m_tableValues.assign(size_t(1) << m_tableBits, 0);
}

IndexSegmentBuilder::~IndexSegmentBuilder() = default;

quint32 IndexSegmentBuilder::pathIndexOf(const IndexDocument &document)
{
    auto it = m_pathIndex.find(document.path);
    if (it != m_pathIndex.end())
        return *it;
    PathMeta entry{quint32(m_strings.size()), quint32(document.path.size()), 0, 0};
    m_strings.append(document.path);
    entry.revisionOffset = quint32(m_strings.size());
    entry.revisionLength = quint32(document.revision.size());
    m_strings.append(QString::fromLatin1(document.revision));
    m_paths.push_back(entry);
    return *m_pathIndex.insert(document.path, quint32(m_paths.size() - 1));
}

quint32 IndexSegmentBuilder::bigramIndex(quint32 key)
{
    // Bigram keys are never 0 (see IndexSegment::bigramKey), so 0 marks a free slot.
    const quint32 mask = (quint32(1) << m_tableBits) - 1;
    for (quint32 slot = (key * 2654435769U) >> (32 - m_tableBits);; slot = (slot + 1) & mask) {
        if (m_tableKeys[slot] == key)
            return m_tableValues[slot] - 1;
        if (m_tableKeys[slot] == 0) {
            m_tableKeys[slot] = key;
            m_bigramKeys.push_back(key);
            m_bigrams.emplace_back();
            m_tableValues[slot] = quint32(m_bigrams.size());
            if (m_bigrams.size() * 2 > m_tableKeys.size())
                growBigramTable();
            return quint32(m_bigrams.size() - 1);
        }
    }
}

void IndexSegmentBuilder::growBigramTable()
{
    ++m_tableBits;
    const quint32 mask = (quint32(1) << m_tableBits) - 1;
    m_tableKeys.assign(size_t(1) << m_tableBits, 0);
    m_tableValues.assign(size_t(1) << m_tableBits, 0);
    for (size_t i = 0; i < m_bigramKeys.size(); ++i) {
        quint32 slot = (m_bigramKeys[i] * 2654435769U) >> (32 - m_tableBits);
        while (m_tableKeys[slot] != 0)
            slot = (slot + 1) & mask;
        m_tableKeys[slot] = m_bigramKeys[i];
        m_tableValues[slot] = quint32(i + 1);
    }
}

void IndexSegmentBuilder::add(const IndexDocument &document, QStringView text)
{
    const auto number = quint32(m_documents.size());
    m_documents.push_back(DocumentMeta{pathIndexOf(document), quint32(document.articleIndex), quint32(m_strings.size()),
                                       quint32(document.articleId.size())});
    m_strings.append(document.articleId);

    // One pass, in text order: a list learns of a document at its first
    // occurrence, so nothing needs sorting, and offsets arrive ascending.
    const auto *units = reinterpret_cast<const char16_t *>(text.utf16());
    const auto n = quint32(text.size());
    m_touched.clear();
    for (quint32 i = 0; i < n; ++i) {
        if (units[i] != u'\n') {
            GrowingDocuments &unigram = m_unigrams[IndexSegment::unigramKey(units[i])];
            if (unigram.count == 0 || unigram.last != number)
                unigram.add(number);
        }
        if (i + 1 == n || !IndexSegment::isIndexedBigram(units[i], units[i + 1]))
            continue;
        const quint32 key = IndexSegment::bigramKey(units[i], units[i + 1]);
        const quint32 index = bigramIndex(key);
        GrowingBigram &list = m_bigrams[index];
        if (list.documents.count == 0 || list.documents.last != number) {
            list.documents.add(number);
            list.blockStart = quint32(list.positions.size());
            list.positions.push_back('\0'); // the block's length, once known
            list.lastOffset = 0;
            m_touched.push_back(index);
        }
        appendVarint(list.positions, i - list.lastOffset);
        list.lastOffset = i;
    }
    for (quint32 index : m_touched) {
        GrowingBigram &list = m_bigrams[index];
        const auto length = quint32(list.positions.size() - list.blockStart - 1);
        if (length < 0x80) {
            list.positions[list.blockStart] = char(length);
        } else { // a long block (a pair repeated through a long article): rare
            std::string prefix;
            appendVarint(prefix, length);
            list.positions[list.blockStart] = prefix[0];
            list.positions.insert(list.blockStart + 1, prefix, 1, std::string::npos);
        }
    }
}

Result<std::shared_ptr<const IndexSegment>> IndexSegmentBuilder::finish()
{
    std::vector<quint32> termKeys;
    for (quint32 unit = 0; unit < 0x10000; ++unit) {
        if (m_unigrams[unit].count)
            termKeys.push_back(unit);
    }
    const size_t unigramCount = termKeys.size();
    // Each bigram's place in m_bigrams, in key order (the file's order).
    std::vector<quint32> bigramOrder(m_bigrams.size());
    std::iota(bigramOrder.begin(), bigramOrder.end(), 0U);
    std::sort(bigramOrder.begin(), bigramOrder.end(),
              [this](quint32 a, quint32 b) { return m_bigramKeys[a] < m_bigramKeys[b]; });
    for (quint32 index : bigramOrder)
        termKeys.push_back(m_bigramKeys[index]);

    std::vector<TermEntry> terms;
    terms.reserve(termKeys.size());
    quint64 postingBytes = 0;
    quint64 positionBytes = 0;
    for (size_t i = 0; i < termKeys.size(); ++i) {
        if (i < unigramCount) {
            const GrowingDocuments &list = m_unigrams[termKeys[i]];
            terms.push_back(TermEntry{postingBytes, NoPositions, list.count, 0});
            postingBytes += list.bytes.size();
        } else {
            const GrowingBigram &bigram = m_bigrams[bigramOrder[i - unigramCount]];
            terms.push_back(TermEntry{postingBytes, positionBytes, bigram.documents.count, 0});
            postingBytes += bigram.documents.bytes.size();
            positionBytes += bigram.positions.size();
        }
    }

    Header header{};
    std::memcpy(header.magic, Magic, sizeof Magic);
    header.version = IndexSegment::FormatVersion;
    header.byteOrder = ByteOrderMark;
    header.documentCount = quint32(m_documents.size());
    header.pathCount = quint32(m_paths.size());
    header.termCount = quint32(termKeys.size());
    qint64 offset = sizeof(Header);
    header.pathsOffset = quint64(offset);
    offset = aligned(offset + qint64(m_paths.size() * sizeof(PathEntry)));
    header.documentsOffset = quint64(offset);
    offset = aligned(offset + qint64(m_documents.size() * sizeof(DocumentEntry)));
    header.keysOffset = quint64(offset);
    offset = aligned(offset + qint64(termKeys.size() * sizeof(quint32)));
    header.termsOffset = quint64(offset);
    offset = aligned(offset + qint64(terms.size() * sizeof(TermEntry)));
    header.stringsOffset = quint64(offset);
    offset = aligned(offset + qint64(m_strings.size()) * 2);
    header.postingsOffset = quint64(offset);
    offset = aligned(offset + qint64(postingBytes));
    header.positionsOffset = quint64(offset);
    offset = aligned(offset + qint64(positionBytes));
    header.fileSize = quint64(offset);

    QByteArray bytes(int(std::min<qint64>(offset, std::numeric_limits<int>::max())), '\0');
    if (bytes.size() != offset)
        return Error{ErrorCode::TooLarge, tr("The index segment is too large.")};
    auto *base = reinterpret_cast<uchar *>(bytes.data());
    auto put = [base](quint64 where, const void *source, size_t size) {
        if (size)
            std::memcpy(base + where, source, size);
    };
    static_assert(sizeof(PathMeta) == sizeof(PathEntry) && sizeof(DocumentMeta) == sizeof(DocumentEntry),
                  "the builder's records are written as they are");
    put(header.pathsOffset, m_paths.data(), m_paths.size() * sizeof(PathEntry));
    put(header.documentsOffset, m_documents.data(), m_documents.size() * sizeof(DocumentEntry));
    put(header.keysOffset, termKeys.data(), termKeys.size() * sizeof(quint32));
    put(header.termsOffset, terms.data(), terms.size() * sizeof(TermEntry));
    put(header.stringsOffset, m_strings.utf16(), size_t(m_strings.size()) * 2);
    for (size_t i = 0; i < termKeys.size(); ++i) {
        const TermEntry &term = terms[i];
        if (i < unigramCount) {
            std::string &list = m_unigrams[termKeys[i]].bytes;
            put(header.postingsOffset + term.postingsOffset, list.data(), list.size());
            release(list);
        } else {
            GrowingBigram &bigram = m_bigrams[bigramOrder[i - unigramCount]];
            put(header.postingsOffset + term.postingsOffset, bigram.documents.bytes.data(),
                bigram.documents.bytes.size());
            put(header.positionsOffset + term.positionsOffset, bigram.positions.data(), bigram.positions.size());
            release(bigram.documents.bytes);
            release(bigram.positions);
        }
    }
    m_bigrams.clear();
    m_bigrams.shrink_to_fit();
    header.checksum = searchChecksum(base + sizeof(Header), offset - qint64(sizeof(Header)));
    put(0, &header, sizeof header);
    return IndexSegment::fromBytes(std::move(bytes));
}
