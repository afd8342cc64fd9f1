#pragma once

#include "searchabletext.h"
#include "query.h"
#include "textrange.h"

#include <QStringList>
#include <QVector>

/// Where a query's text terms occur in an article, as the reader shows it.
struct TextHit
{
    TextPart field = TextPart::Paragraph;
    /// Paragraph (or byline entry) index, as in TextPiece.
    int index = 0;
    /// In the piece's own text (UTF-16 units), covering whole characters
    /// of the original even when the match is in their normalised form.
    TextRange range;

    friend bool operator==(const TextHit &a, const TextHit &b)
    {
        return a.field == b.field && a.index == b.index && a.range == b.range;
    }
};

/// Finds the hits to highlight (and step through with F3 / Shift+F3).
class HitFinder
{
public:
    /// Hits of the query's positive text terms (Query::highlightTerms), in
    /// reading order; overlapping hits are merged.
    static QVector<TextHit> find(const Query &query, const SearchableText &text);
    /// Hits of normalised `terms` in `text`, sorted and merged.
    static QVector<TextRange> find(const QStringList &terms, const QString &text);
};
