#include "hitfinder.h"

#include "textnormalizer.h"

#include <algorithm>

QVector<TextRange> HitFinder::find(const QStringList &terms, const QString &text)
{
    QVector<TextRange> ranges;
    if (terms.isEmpty() || text.isEmpty())
        return ranges;
    const NormalizedText normalized = TextNormalizer::normalizeWithOffsets(text);
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        for (int at = normalized.text.indexOf(term); at >= 0; at = normalized.text.indexOf(term, at + 1))
            ranges.append({normalized.sourceBegin.at(at), normalized.sourceEnd.at(at + term.size() - 1)});
    }
    std::sort(ranges.begin(), ranges.end());
    QVector<TextRange> merged;
    for (const TextRange &range : qAsConst(ranges)) {
        if (!merged.isEmpty() && range.begin <= merged.last().end)
            merged.last().end = std::max(merged.last().end, range.end);
        else
            merged.append(range);
    }
    return merged;
}

QVector<TextHit> HitFinder::find(const Query &query, const SearchableText &text)
{
    QVector<TextHit> hits;
    const QStringList terms = query.highlightTerms();
    if (terms.isEmpty())
        return hits;
    for (const TextPiece &piece : text.pieces) {
        const QVector<TextRange> ranges = find(terms, piece.text);
        for (const TextRange &range : ranges)
            hits.append({piece.field, piece.index, range});
    }
    return hits;
}
