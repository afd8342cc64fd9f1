#include "indexsegment.h"

#include "indexsegmentformat.h"
#include "positionaljoin.h"

#include <QFile>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <cstring>
#include <numeric>
#include <optional>

using namespace IndexSegmentFormat;

namespace {

template<typename T>
const T *at(const uchar *base, quint64 offset) { return reinterpret_cast<const T *>(base + offset); }

} // namespace

SearchChecksum::SearchChecksum(qint64 totalSize)
    : m_hash(0x9E3779B97F4A7C15ULL ^ quint64(totalSize))
{}

void SearchChecksum::add(const uchar *data, qint64 size)
{
    Q_ASSERT(!m_finished);
    qint64 i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        m_hash = (m_hash ^ word) * 0xFF51AFD7ED558CCDULL;
        m_hash ^= m_hash >> 32;
    }
    // Bytes after the last whole word end the data.
    m_finished = i < size;
    for (; i < size; ++i)
        m_hash = (m_hash ^ data[i]) * 0xC4CEB9FE1A85EC53ULL;
}

quint64 SearchChecksum::result() const
{
    return m_hash ^ (m_hash >> 29);
}

quint64 searchChecksum(const uchar *data, qint64 size)
{
    SearchChecksum checksum(size);
    checksum.add(data, size);
    return checksum.result();
}

namespace {

/// The checksum of a segment's body read through its file rather than its
/// mapping: reading the mapping faulted every page in (and the page cache's
/// large folios made each fault map 2 MiB), pages the window then held.
std::optional<quint64> checksumOfFile(QFile &file, qint64 size)
{
    if (!file.seek(qint64(sizeof(IndexSegmentFormat::Header))))
        return std::nullopt;
    SearchChecksum checksum(size - qint64(sizeof(IndexSegmentFormat::Header)));
    QByteArray buffer(1 << 20, Qt::Uninitialized); // a multiple of 8
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return std::nullopt;
        if (n == 0)
            break;
        checksum.add(reinterpret_cast<const uchar *>(buffer.constData()), n);
    }
    return checksum.result();
}

} // namespace

std::vector<quint32> PostingList::decode() const
{
    std::vector<quint32> out;
    out.reserve(count);
    const uchar *p = data;
    quint32 value = 0;
    for (quint32 i = 0; i < count; ++i) {
        value += readVarint(p); // the first delta is from 0
        out.push_back(value);
    }
    return out;
}

IndexSegment::~IndexSegment() = default;

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
    const bool mapped = segment->m_file && segment->m_bytes.isEmpty();
    const std::optional<quint64> checksum = mapped
        ? checksumOfFile(*segment->m_file, segment->m_size)
        : std::optional<quint64>(searchChecksum(segment->m_data + sizeof(Header), segment->m_size - qint64(sizeof(Header))));
    if (!checksum)
        return damaged(segment->m_file->errorString());
    if (*checksum != header.checksum)
        return damaged(tr("checksum mismatch"));
#ifdef Q_OS_LINUX
    // Random-access advice: a query reads a few posting lists, and
    // readahead would bring in pages around each that it never reads.
    // (The large folios a buffered write leaves in the page cache, which a
    // fault maps whole whatever the advice, are evictFromPageCache's
    // business.) QFile::map at offset 0 is page-aligned.
    if (mapped)
        madvise(const_cast<uchar *>(segment->m_data), size_t(segment->m_size), MADV_RANDOM);
#endif
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

void IndexSegment::evictFromPageCache(QFile &written)
{
#ifdef Q_OS_LINUX
    // Only pages on the disk can be dropped: write them out first.
    const int fd = written.handle();
    if (fd < 0 || !written.flush() || fdatasync(fd) != 0)
        return;
    posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
#else
    Q_UNUSED(written);
#endif
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

PostingList IndexSegment::postings(quint32 key) const
{
    const Header *header = at<Header>(m_data, 0);
    const quint32 *keys = at<quint32>(m_data, header->keysOffset);
    const quint32 *end = keys + header->termCount;
    const quint32 *found = std::lower_bound(keys, end, key);
    if (found == end || *found != key)
        return {};
    const TermEntry &term = at<TermEntry>(m_data, header->termsOffset)[found - keys];
    const uchar *positions = term.positionsOffset == NoPositions
        ? nullptr
        : m_data + header->positionsOffset + term.positionsOffset;
    return PostingList{m_data + header->postingsOffset + term.postingsOffset, positions, term.documentCount};
}

std::vector<quint32> IndexSegment::documentsContaining(QStringView normalizedTerm) const
{
    const auto *units = reinterpret_cast<const char16_t *>(normalizedTerm.utf16());
    const auto n = quint32(normalizedTerm.size());
    if (n == 0) {
        std::vector<quint32> all(static_cast<size_t>(documentCount()));
        std::iota(all.begin(), all.end(), 0U);
        return all;
    }
    if (normalizedTerm.contains(QLatin1Char('\n')))
        return {};
    if (n == 1)
        return postings(unigramKey(units[0])).decode();
    if (n == 2)
        return postings(bigramKey(units[0], units[1])).decode();
    // The bigrams at 0, 2, 4, … and the last one cover every unit; more
    // would only add lists to walk.
    std::vector<TermBigram> bigrams;
    for (quint32 offset = 0;; offset = std::min(offset + 2, n - 2)) {
        bigrams.push_back({postings(bigramKey(units[offset], units[offset + 1])), offset});
        if (bigrams.back().postings.isEmpty())
            return {};
        if (offset == n - 2)
            break;
    }
    return PositionalJoin::documents(std::move(bigrams));
}
