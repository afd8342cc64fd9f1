#pragma once

#include "indexsegment.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringView>

#include <memory>
#include <string>
#include <vector>

/// Writes an IndexSegment one document at a time.
///
/// The text of a document is only read while it is added: the builder keeps
/// posting lists, never text, so a build holds one article's normalised
/// text at a time instead of a copy of the whole chunk.
class IndexSegmentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(IndexSegmentBuilder)

public:
    IndexSegmentBuilder();
    ~IndexSegmentBuilder();

    /// Adds the next document (local numbers follow the order of the calls).
    void add(const IndexDocument &document, QStringView normalizedText);
    int documentCount() const { return int(m_documents.size()); }

    /// The segment of the documents added so far; the builder is spent.
    Result<std::shared_ptr<const IndexSegment>> finish();

private:
    /// A document list while it grows: deltas appended as documents arrive in order.
    struct GrowingDocuments
    {
        std::string bytes;
        quint32 last = 0;
        quint32 count = 0;

        void add(quint32 document);
    };
    struct GrowingBigram
    {
        GrowingDocuments documents;
        /// Per document: the byte length of its block, then its offset deltas.
        std::string positions;
        /// The current document's block: where its length goes, its last offset.
        quint32 blockStart = 0;
        quint32 lastOffset = 0;
    };
    struct DocumentMeta
    {
        quint32 pathIndex;
        quint32 articleIndex;
        quint32 idOffset;
        quint32 idLength;
    };
    struct PathMeta
    {
        quint32 pathOffset;
        quint32 pathLength;
        quint32 revisionOffset;
        quint32 revisionLength;
    };

    quint32 pathIndexOf(const IndexDocument &document);
    /// The place of `key`'s list in m_bigrams, added when new.
    quint32 bigramIndex(quint32 key);
    void growBigramTable();

    std::vector<GrowingDocuments> m_unigrams; // by unit
    std::vector<GrowingBigram> m_bigrams;     // in order of first appearance
    std::vector<quint32> m_bigramKeys;        // same order
    /// Open addressing from key to m_bigrams index + 1 (0: free): a lookup
    /// per bigram of the text is the build's hot path, and a node-based map
    /// costs a cache miss more per lookup.
    std::vector<quint32> m_tableKeys;
    std::vector<quint32> m_tableValues;
    int m_tableBits = 0;
    QHash<QString, quint32> m_pathIndex;
    std::vector<PathMeta> m_paths;
    std::vector<DocumentMeta> m_documents;
    QString m_strings; // paths, revisions, article ids (UTF-16)
    /// The bigrams (m_bigrams indexes) of the document being added: their
    /// blocks get their length at its end.
    std::vector<quint32> m_touched;
};
