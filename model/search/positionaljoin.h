#pragma once

#include "indexsegment.h"

#include <vector>

/// One bigram of a term: its posting list (with positions) and the offset
/// in the term (UTF-16 units) where it starts.
struct TermBigram
{
    PostingList postings;
    quint32 offset = 0;
};

/// Finds the documents of a segment where a term occurs, given bigrams that
/// cover every unit of it: a document matches when each bigram occurs at
/// start + offset for one common start. This is what makes long terms and
/// phrases as cheap as their rarest bigram: no document text is read.
class PositionalJoin
{
public:
    /// Local document numbers, sorted. `bigrams` may repeat a key (哈哈哈
    /// needs 哈哈 at 0 and at 1).
    static std::vector<quint32> documents(std::vector<TermBigram> bigrams);
};
