#pragma once

#include <QtGlobal>

#include <string>

/// The bytes of an index segment file, shared by the reader (IndexSegment)
/// and the writer (IndexSegmentBuilder). Every struct here is part of the
/// file format: change IndexSegment::FormatVersion with any of them.
///
/// File: a 128-byte header, then 8-aligned sections: paths, documents, term
/// keys, term entries, strings (UTF-16), document postings, bigram positions.
namespace IndexSegmentFormat {

inline constexpr char Magic[8] = {'Y', 'G', 'S', 'E', 'A', 'R', 'C', 'H'};
inline constexpr quint32 ByteOrderMark = 0x01020304;
/// TermEntry::positionsOffset of a unigram: positions are kept for bigrams only.
inline constexpr quint64 NoPositions = ~quint64(0);

struct Header
{
    char magic[8];
    quint32 version;
    quint32 byteOrder;
    quint64 fileSize;
    quint64 checksum; // of everything after the header
    quint32 documentCount;
    quint32 pathCount;
    quint32 termCount;
    quint32 reserved;
    quint64 pathsOffset;
    quint64 documentsOffset;
    quint64 keysOffset;
    quint64 termsOffset;
    quint64 stringsOffset; // UTF-16 units follow
    quint64 postingsOffset;
    quint64 positionsOffset;
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
    quint32 idOffset; // UTF-16 units into strings
    quint32 idLength;
};

/// A term's document list is LEB128 deltas of local document numbers. A
/// bigram also has positions: for each of its documents, in the same order,
/// the byte length of a block and the block itself, the LEB128 deltas of
/// the UTF-16 offsets where the bigram starts. The length lets a query skip
/// the positions of a document it has already ruled out without decoding them.
struct TermEntry
{
    quint64 postingsOffset;  // bytes into the postings section
    quint64 positionsOffset; // bytes into the positions section, or NoPositions
    quint32 documentCount;
    quint32 reserved;
};

inline void appendVarint(std::string &out, quint32 value)
{
    while (value >= 0x80) {
        out.push_back(char(uchar(value) | 0x80));
        value >>= 7;
    }
    out.push_back(char(value));
}

inline quint32 readVarint(const uchar *&p)
{
    quint32 value = *p & 0x7F;
    int shift = 7;
    while (*p++ & 0x80) {
        value |= quint32(*p & 0x7F) << shift;
        shift += 7;
    }
    return value;
}

} // namespace IndexSegmentFormat
