#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <atomic>
#include <memory>
#include <vector>

class QFile;

/// One article as the index stores it.
struct IndexDocument
{
    QString path;
    QByteArray revision;
    int articleIndex = 0;
    QString articleId;
    /// SearchableText::normalized(): kept in the segment, so phrases can be
    /// verified without re-reading or re-normalising anything.
    QString normalizedText;
};

/// A sorted list of document numbers (local to a segment), stored as
/// LEB128 deltas: the common characters' lists are long and dense, so a
/// delta mostly fits in one byte.
struct PostingList
{
    const uchar *data = nullptr;
    quint32 count = 0;

    bool isEmpty() const { return count == 0; }
    std::vector<quint32> decode() const;
};

/// An immutable piece of the full-text index: documents, their normalised
/// text, and an inverted index from every character (UTF-16 unit) and every
/// pair of adjacent characters to the documents containing it.
///
/// Unigrams and bigrams answer one- and two-character queries exactly;
/// longer terms intersect their bigrams' lists and verify the term in the
/// candidates' stored text. The segment is its file format: built in memory
/// as the bytes that are written, and opened by mapping the file, so
/// reopening a project reads nothing until a query needs it.
///
/// File: a 128-byte header (magic "YGSEARCH", format version, byte-order
/// mark, sizes, section offsets, a 64-bit checksum of everything after the
/// header), then 8-aligned sections: paths, documents, term keys, term
/// entries, strings (UTF-16), normalised texts (UTF-16), postings.
class IndexSegment
{
    Q_DECLARE_TR_FUNCTIONS(IndexSegment)

public:
    static constexpr quint32 FormatVersion = 1;

    ~IndexSegment();

    /// Builds a segment. Polls `cancel` between documents: a cancelled build
    /// returns ErrorCode::Cancelled.
    static Result<std::shared_ptr<const IndexSegment>> build(const std::vector<IndexDocument> &documents,
                                                             const std::atomic_bool *cancel = nullptr);
    /// Checks the header and checksum: a damaged or foreign file is an error
    /// (the caller rebuilds), never a crash.
    static Result<std::shared_ptr<const IndexSegment>> fromBytes(QByteArray bytes);
    /// Maps `fileName` (read-only) and checks it like fromBytes.
    static Result<std::shared_ptr<const IndexSegment>> open(const QString &fileName);

    int documentCount() const;
    QString path(int document) const;
    QByteArray revision(int document) const;
    int articleIndex(int document) const;
    QString articleId(int document) const;
    QStringView text(int document) const;

    /// Key of a unigram: the unit; of a bigram: (first << 16) | second, with
    /// first != 0, so the two never collide.
    static quint32 unigramKey(char16_t unit) { return unit; }
    static quint32 bigramKey(char16_t first, char16_t second) { return (quint32(first) << 16) | second; }
    /// Bigrams starting with U+0000 are not indexed.
    static bool isIndexedBigram(char16_t first, char16_t second)
    {
        return first != 0 && first != u'\n' && second != u'\n';
    }
    PostingList postings(quint32 key) const;

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
