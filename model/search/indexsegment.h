#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <memory>
#include <vector>

class QFile;

/// One article as the index stores it (its text is indexed, not stored).
struct IndexDocument
{
    QString path;
    QByteArray revision;
    int articleIndex = 0;
    QString articleId;
};

/// A sorted list of document numbers (local to a segment), stored as
/// LEB128 deltas: the common characters' lists are long and dense, so a
/// delta mostly fits in one byte. A bigram's list also points at its
/// positions (see IndexSegmentFormat::TermEntry); a unigram's does not.
struct PostingList
{
    const uchar *data = nullptr;
    const uchar *positions = nullptr;
    quint32 count = 0;

    bool isEmpty() const { return count == 0; }
    std::vector<quint32> decode() const;
};

/// An immutable piece of the full-text index: documents and an inverted
/// index from every character (UTF-16 unit) and every pair of adjacent
/// characters to the documents containing it, with the offsets of each pair.
///
/// Unigrams and bigrams answer one- and two-character queries from their
/// document lists alone; longer terms join the positions of the bigrams that
/// cover them, so no query reads article text. The segment is its file
/// format (IndexSegmentFormat), written by IndexSegmentBuilder and opened by
/// mapping the file, so reopening a project reads nothing until a query
/// needs it.
class IndexSegment
{
    Q_DECLARE_TR_FUNCTIONS(IndexSegment)

public:
    /// 2: positional bigrams, no stored text.
    static constexpr quint32 FormatVersion = 2;

    ~IndexSegment();

    /// Checks the header and checksum: a damaged, foreign or older file is
    /// an error (the caller rebuilds), never a crash.
    static Result<std::shared_ptr<const IndexSegment>> fromBytes(QByteArray bytes);
    /// Maps `fileName` (read-only) and checks it like fromBytes.
    static Result<std::shared_ptr<const IndexSegment>> open(const QString &fileName);

    /// Writes a segment file just written (and still open) out to the disk
    /// and drops it from the page cache. A buffered write leaves the file
    /// in the cache in large folios (2 MiB on ext4 since Linux 6.x), and a
    /// fault on a mapping maps the whole folio whatever the advice: reading
    /// each segment's header kept 2 MiB of it resident, 34 MiB of the
    /// window at 100 MB. Read back from the disk, the cache holds small
    /// folios. Does nothing where there is no such cache control.
    static void evictFromPageCache(QFile &written);

    int documentCount() const;
    QString path(int document) const;
    QByteArray revision(int document) const;
    int articleIndex(int document) const;
    QString articleId(int document) const;

    /// Key of a unigram: the unit; of a bigram: (first << 16) | second. A
    /// bigram never contains a line break (a term never spans two pieces of
    /// an article), so the keys of '\n' + x are free: a bigram starting with
    /// U+0000 takes them, and no bigram key collides with a unigram key.
    static quint32 unigramKey(char16_t unit) { return unit; }
    static quint32 bigramKey(char16_t first, char16_t second)
    {
        return (quint32(first == 0 ? u'\n' : first) << 16) | second;
    }
    static bool isIndexedBigram(char16_t first, char16_t second) { return first != u'\n' && second != u'\n'; }
    PostingList postings(quint32 key) const;

    /// The local numbers of the documents whose normalised text contains
    /// `normalizedTerm`, sorted; exact, from the posting lists alone. A term
    /// with a line break matches nothing (QueryParser never makes one).
    std::vector<quint32> documentsContaining(QStringView normalizedTerm) const;

    /// The segment's bytes (for writing it out) and their size.
    const uchar *data() const { return m_data; }
    qint64 size() const { return m_size; }

private:
    IndexSegment() = default;
    static Result<std::shared_ptr<const IndexSegment>> adopt(std::unique_ptr<IndexSegment> segment);

    QByteArray m_bytes;            // when built or read into memory
    std::unique_ptr<QFile> m_file; // when mapped
    const uchar *m_data = nullptr;
    qint64 m_size = 0;
};

/// A fast 64-bit checksum (multiply-xor over 8-byte words): catches torn and
/// truncated writes at memory speed; not cryptographic.
quint64 searchChecksum(const uchar *data, qint64 size);

/// searchChecksum over data given in pieces: every piece but the last a
/// multiple of 8 bytes long. Lets a mapped segment be checked by reading
/// its file, so the check leaves nothing of the mapping resident.
class SearchChecksum
{
public:
    explicit SearchChecksum(qint64 totalSize);
    void add(const uchar *data, qint64 size);
    quint64 result() const;

private:
    quint64 m_hash;
    bool m_finished = false;
};
