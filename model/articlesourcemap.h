#pragma once

#include "article.h"
#include "textrange.h"

#include <QVector>

/// Maps between a paragraph's text as the reader shows it and the page's
/// decoded text. A paragraph rejoined across a column break is the
/// concatenation of its parts (in reading order), which lie apart in the
/// page: a stretch of the paragraph maps to one source range per part it
/// touches. All offsets are UTF-16 units.
class ArticleSourceMap
{
public:
    ArticleSourceMap(const QString &pageText, const Paragraph &paragraph);

    /// False when the paragraph's text is not the text of its parts (then
    /// nothing can be mapped safely).
    bool isValid() const { return m_valid; }
    /// The source ranges covering [from, to) of the paragraph's text, one per
    /// part touched, in reading order; empty when invalid or out of range.
    QVector<TextRange> toSource(int from, int to) const;
    /// The stretches of the paragraph's text [begin, end) that lie in
    /// `source`, in reading order.
    QVector<TextRange> fromSource(const TextRange &source) const;

private:
    QVector<TextRange> m_parts;
    QVector<int> m_starts; ///< offset in the paragraph text where each part starts
    int m_length = 0;
    bool m_valid = false;
};
