#include "indexsegment.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace {

constexpr char Magic[8] = {'Y', 'G', 'S', 'E', 'A', 'R', 'C', 'H'};
constexpr quint32 ByteOrderMark = 0x01020304;

struct Header
{
    char magic[8];
    quint32 version;
    quint32 byteOrder;
    quint64 fileSize;
    quint64 checksum;
    quint32 documentCount;
    quint32 pathCount;
    quint32 termCount;
    quint32 reserved;
    quint64 pathsOffset;
    quint64 documentsOffset;
    quint64 keysOffset;
    quint64 termsOffset;
    quint64 stringsOffset;  // UTF-16 units follow
    quint64 textsOffset;    // UTF-16 units follow
    quint64 postingsOffset;
    quint64 padding[3];
};
static_assert(sizeof(Header) == 128, "the header is part of the file format");

struct PathEntry
{
    quint32 pathOffset; // UTF-16 units into strings
    quint32 pathLength;
    quint32 revisionOffset;
    quint32 revisionLength;
};

struct DocumentEntry
{
    quint32 pathIndex;
    quint32 articleIndex;
    quint32 idOffset;
    quint32 idLength;
    quint64 textOffset; // UTF-16 units into texts
    quint32 textLength;
    quint32 reserved;
};

struct TermEntry
{
    quint64 postingsOffset; // bytes into postings
    quint32 documentCount;
    quint32 reserved;
};

/// A posting list while it grows: deltas appended as documents arrive in order.
struct GrowingPostings
{
    std::string bytes;
    quint32 last = 0;
    quint32 count = 0;

    void add(quint32 document)
    {
        quint32 delta = count == 0 ? document : document - last;
        while (delta >= 0x80) {
            bytes.push_back(char(uchar(delta) | 0x80));
            delta >>= 7;
        }
        bytes.push_back(char(delta));
        last = document;
        ++count;
    }
};

qint64 aligned(qint64 offset) { return (offset + 7) & ~qint64(7); }

template<typename T>
const T *at(const uchar *base, quint64 offset) { return reinterpret_cast<const T *>(base + offset); }

} // namespace

quint64 searchChecksum(const uchar *data, qint64 size)
{
    quint64 hash = 0x9E3779B97F4A7C15ULL ^ quint64(size);
    qint64 i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        hash = (hash ^ word) * 0xFF51AFD7ED558CCDULL;
        hash ^= hash >> 32;
    }
    for (; i < size; ++i)
        hash = (hash ^ data[i]) * 0xC4CEB9FE1A85EC53ULL;
    return hash ^ (hash >> 29);
}

std::vector<quint32> PostingList::decode() const
{
    std::vector<quint32> out;
    out.reserve(count);
    const uchar *p = data;
    quint32 value = 0;
    for (quint32 i = 0; i < count; ++i) {
        quint32 delta = 0;
        int shift = 0;
        uchar byte;
        do {
            byte = *p++;
            delta |= quint32(byte & 0x7F) << shift;
            shift += 7;
        } while (byte & 0x80);
        value = i == 0 ? delta : value + delta;
        out.push_back(value);
    }
    return out;
}

IndexSegment::~IndexSegment() = default;

Result<std::shared_ptr<const IndexSegment>> IndexSegment::build(const std::vector<IndexDocument> &documents,
                                                                const std::atomic_bool *cancel)
{
    // Paths, in order of first appearance.
    std::vector<const IndexDocument *> pathOwners;
    std::vector<quint32> pathIndexOf(documents.size());
    {
        QHash<QString, quint32> pathIndex;
        for (size_t i = 0; i < documents.size(); ++i) {
            auto it = pathIndex.find(documents[i].path);
            if (it == pathIndex.end()) {
                it = pathIndex.insert(documents[i].path, quint32(pathOwners.size()));
                pathOwners.push_back(&documents[i]);
            }
            pathIndexOf[i] = *it;
        }
    }

    // The inverted index: each document's distinct keys, appended to their lists.
    std::vector<GrowingPostings> unigrams(0x10000);
    std::unordered_map<quint32, GrowingPostings> bigrams;
    bigrams.reserve(1 << 16);
    std::vector<quint32> keys;
    for (size_t d = 0; d < documents.size(); ++d) {
        if (cancel && (d & 63) == 0 && cancel->load(std::memory_order_relaxed))
            return Error{ErrorCode::Cancelled, tr("Indexing was cancelled.")};
        const QString &text = documents[d].normalizedText;
        const char16_t *units = reinterpret_cast<const char16_t *>(text.utf16());
        const int n = text.size();
        keys.clear();
        keys.reserve(size_t(n) * 2);
        for (int i = 0; i < n; ++i) {
            if (units[i] != u'\n')
                keys.push_back(unigramKey(units[i]));
            if (i + 1 < n && isIndexedBigram(units[i], units[i + 1]))
                keys.push_back(bigramKey(units[i], units[i + 1]));
        }
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        const auto document = quint32(d);
        for (quint32 key : keys) {
            if (key < 0x10000)
                unigrams[key].add(document);
            else
                bigrams[key].add(document);
        }
    }
    std::vector<quint32> termKeys;
    for (quint32 unit = 0; unit < 0x10000; ++unit) {
        if (unigrams[unit].count)
            termKeys.push_back(unit);
    }
    const size_t unigramCount = termKeys.size();
    for (const auto &entry : bigrams)
        termKeys.push_back(entry.first);
    std::sort(termKeys.begin() + qptrdiff(unigramCount), termKeys.end());
    auto postingsOf = [&](quint32 key) -> const GrowingPostings & {
        return key < 0x10000 ? unigrams[key] : bigrams.find(key)->second;
    };

    // Strings and texts.
    QString strings;
    std::vector<PathEntry> paths;
    for (const IndexDocument *owner : pathOwners) {
        PathEntry entry{quint32(strings.size()), quint32(owner->path.size()), 0, 0};
        strings.append(owner->path);
        entry.revisionOffset = quint32(strings.size());
        entry.revisionLength = quint32(owner->revision.size());
        strings.append(QString::fromLatin1(owner->revision));
        paths.push_back(entry);
    }
    std::vector<DocumentEntry> entries;
    quint64 textUnits = 0;
    for (size_t d = 0; d < documents.size(); ++d) {
        const IndexDocument &doc = documents[d];
        DocumentEntry entry{pathIndexOf[d], quint32(doc.articleIndex), quint32(strings.size()),
                            quint32(doc.articleId.size()), textUnits, quint32(doc.normalizedText.size()), 0};
        strings.append(doc.articleId);
        textUnits += quint64(doc.normalizedText.size());
        entries.push_back(entry);
    }
    quint64 postingBytes = 0;
    std::vector<TermEntry> terms;
    terms.reserve(termKeys.size());
    for (quint32 key : termKeys) {
        const GrowingPostings &list = postingsOf(key);
        terms.push_back(TermEntry{postingBytes, list.count, 0});
        postingBytes += list.bytes.size();
    }

    Header header{};
    std::memcpy(header.magic, Magic, sizeof Magic);
    header.version = FormatVersion;
    header.byteOrder = ByteOrderMark;
    header.documentCount = quint32(documents.size());
    header.pathCount = quint32(paths.size());
    header.termCount = quint32(termKeys.size());
    qint64 offset = sizeof(Header);
    header.pathsOffset = quint64(offset);
    offset = aligned(offset + qint64(paths.size() * sizeof(PathEntry)));
    header.documentsOffset = quint64(offset);
    offset = aligned(offset + qint64(entries.size() * sizeof(DocumentEntry)));
    header.keysOffset = quint64(offset);
    offset = aligned(offset + qint64(termKeys.size() * sizeof(quint32)));
    header.termsOffset = quint64(offset);
    offset = aligned(offset + qint64(terms.size() * sizeof(TermEntry)));
    header.stringsOffset = quint64(offset);
    offset = aligned(offset + qint64(strings.size()) * 2);
    header.textsOffset = quint64(offset);
    offset = aligned(offset + qint64(textUnits) * 2);
    header.postingsOffset = quint64(offset);
    offset = aligned(offset + qint64(postingBytes));
    header.fileSize = quint64(offset);

    QByteArray bytes(int(offset), '\0');
    if (bytes.size() != offset)
        return Error{ErrorCode::TooLarge, tr("The index segment is too large.")};
    auto *base = reinterpret_cast<uchar *>(bytes.data());
    auto put = [base](quint64 where, const void *source, size_t size) {
        if (size)
            std::memcpy(base + where, source, size);
    };
    put(header.pathsOffset, paths.data(), paths.size() * sizeof(PathEntry));
    put(header.documentsOffset, entries.data(), entries.size() * sizeof(DocumentEntry));
    put(header.keysOffset, termKeys.data(), termKeys.size() * sizeof(quint32));
    put(header.termsOffset, terms.data(), terms.size() * sizeof(TermEntry));
    put(header.stringsOffset, strings.utf16(), size_t(strings.size()) * 2);
    quint64 textAt = header.textsOffset;
    for (const IndexDocument &doc : documents) {
        put(textAt, doc.normalizedText.utf16(), size_t(doc.normalizedText.size()) * 2);
        textAt += quint64(doc.normalizedText.size()) * 2;
    }
    quint64 postingAt = header.postingsOffset;
    for (quint32 key : termKeys) {
        const std::string &list = postingsOf(key).bytes;
        put(postingAt, list.data(), list.size());
        postingAt += list.size();
    }
    header.checksum = searchChecksum(base + sizeof(Header), offset - qint64(sizeof(Header)));
    put(0, &header, sizeof header);
    return fromBytes(std::move(bytes));
}

Result<std::shared_ptr<const IndexSegment>> IndexSegment::adopt(std::unique_ptr<IndexSegment> segment)
{
    auto damaged = [](const QString &why) {
        return Error{ErrorCode::DecodeFailed, tr("The search index is damaged (%1); it will be rebuilt.").arg(why)};
    };
    if (segment->m_size < qint64(sizeof(Header)))
        return damaged(tr("too short"));
    Header header;
    std::memcpy(&header, segment->m_data, sizeof header);
    if (std::memcmp(header.magic, Magic, sizeof Magic) != 0)
        return damaged(tr("not an index file"));
    if (header.byteOrder != ByteOrderMark || header.version != FormatVersion)
        return damaged(tr("format version %1, expected %2").arg(header.version).arg(FormatVersion));
    if (header.fileSize != quint64(segment->m_size))
        return damaged(tr("truncated"));
    if (searchChecksum(segment->m_data + sizeof(Header), segment->m_size - qint64(sizeof(Header))) != header.checksum)
        return damaged(tr("checksum mismatch"));
    return std::shared_ptr<const IndexSegment>(std::move(segment));
}

Result<std::shared_ptr<const IndexSegment>> IndexSegment::fromBytes(QByteArray bytes)
{
    std::unique_ptr<IndexSegment> segment(new IndexSegment);
    segment->m_bytes = std::move(bytes);
    segment->m_data = reinterpret_cast<const uchar *>(segment->m_bytes.constData());
    segment->m_size = segment->m_bytes.size();
    return adopt(std::move(segment));
}

Result<std::shared_ptr<const IndexSegment>> IndexSegment::open(const QString &fileName)
{
    std::unique_ptr<IndexSegment> segment(new IndexSegment);
    segment->m_file = std::make_unique<QFile>(fileName);
    if (!segment->m_file->open(QIODevice::ReadOnly))
        return Error{ErrorCode::Unreadable, tr("Cannot open the search index %1: %2")
                                                .arg(fileName, segment->m_file->errorString())};
    segment->m_size = segment->m_file->size();
    segment->m_data = segment->m_size > 0 ? segment->m_file->map(0, segment->m_size) : nullptr;
    if (!segment->m_data) {
        // No mapping (an odd file system): read it instead.
        segment->m_bytes = segment->m_file->readAll();
        segment->m_data = reinterpret_cast<const uchar *>(segment->m_bytes.constData());
        segment->m_size = segment->m_bytes.size();
    }
    return adopt(std::move(segment));
}

int IndexSegment::documentCount() const
{
    return int(at<Header>(m_data, 0)->documentCount);
}

namespace {

const DocumentEntry &documentEntry(const uchar *data, int document)
{
    return at<DocumentEntry>(data, at<Header>(data, 0)->documentsOffset)[document];
}

QString stringAt(const uchar *data, quint32 offset, quint32 length)
{
    const auto *strings = at<QChar>(data, at<Header>(data, 0)->stringsOffset);
    return QString(strings + offset, int(length));
}

} // namespace

QString IndexSegment::path(int document) const
{
    const auto &entry = at<PathEntry>(m_data, at<Header>(m_data, 0)->pathsOffset)[documentEntry(m_data, document).pathIndex];
    return stringAt(m_data, entry.pathOffset, entry.pathLength);
}

QByteArray IndexSegment::revision(int document) const
{
    const auto &entry = at<PathEntry>(m_data, at<Header>(m_data, 0)->pathsOffset)[documentEntry(m_data, document).pathIndex];
    return stringAt(m_data, entry.revisionOffset, entry.revisionLength).toLatin1();
}

int IndexSegment::articleIndex(int document) const
{
    return int(documentEntry(m_data, document).articleIndex);
}

QString IndexSegment::articleId(int document) const
{
    const DocumentEntry &entry = documentEntry(m_data, document);
    return stringAt(m_data, entry.idOffset, entry.idLength);
}

QStringView IndexSegment::text(int document) const
{
    const DocumentEntry &entry = documentEntry(m_data, document);
    const auto *texts = at<char16_t>(m_data, at<Header>(m_data, 0)->textsOffset);
    return QStringView(texts + entry.textOffset, qsizetype(entry.textLength));
}

PostingList IndexSegment::postings(quint32 key) const
{
    const Header *header = at<Header>(m_data, 0);
    const quint32 *keys = at<quint32>(m_data, header->keysOffset);
    const quint32 *end = keys + header->termCount;
    const quint32 *found = std::lower_bound(keys, end, key);
    if (found == end || *found != key)
        return {};
    const TermEntry &term = at<TermEntry>(m_data, header->termsOffset)[found - keys];
    return PostingList{m_data + header->postingsOffset + term.postingsOffset, term.documentCount};
}
