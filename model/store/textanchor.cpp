#include "textanchor.h"

#include "codepointoffsets.h"

#include <QVector>

#include <algorithm>
#include <cstdlib>

namespace {

/// `count` code points of `text` before UTF-16 offset `position`.
QString codePointsBefore(const QString &text, int position, int count)
{
    int begin = position;
    for (int n = 0; n < count && begin > 0; ++n) {
        --begin;
        if (begin > 0 && text.at(begin).isLowSurrogate() && text.at(begin - 1).isHighSurrogate())
            --begin;
    }
    return text.mid(begin, position - begin);
}

QString codePointsAfter(const QString &text, int position, int count)
{
    int end = position;
    for (int n = 0; n < count && end < text.size(); ++n) {
        ++end;
        if (end < text.size() && text.at(end).isLowSurrogate() && text.at(end - 1).isHighSurrogate())
            ++end;
    }
    return text.mid(position, end - position);
}

/// Length of the common tail of `prefix` and the text before `position`.
int matchingPrefix(const QString &text, int position, const QString &prefix)
{
    int n = 0;
    while (n < prefix.size() && position - n - 1 >= 0 && text.at(position - n - 1) == prefix.at(prefix.size() - n - 1))
        ++n;
    return n;
}

int matchingSuffix(const QString &text, int position, const QString &suffix)
{
    int n = 0;
    while (n < suffix.size() && position + n < text.size() && text.at(position + n) == suffix.at(n))
        ++n;
    return n;
}

/// Longest common substring of `quote` and `text`: (length, start in text,
/// start in quote). Dynamic programming over one row; pages are tens of
/// thousands of units and quotes rarely more than a paragraph.
struct Common
{
    int length = 0;
    int textStart = 0;
    int quoteStart = 0;
};

Common longestCommonSubstring(const QString &text, const QString &quote)
{
    Common best;
    QVector<int> row(quote.size() + 1, 0);
    for (int i = 1; i <= text.size(); ++i) {
        const QChar c = text.at(i - 1);
        for (int j = quote.size(); j >= 1; --j) {
            if (quote.at(j - 1) == c) {
                row[j] = row[j - 1] + 1;
                if (row[j] > best.length)
                    best = {row[j], i - row[j], j - row[j]};
            } else {
                row[j] = 0;
            }
        }
    }
    return best;
}

struct Approximate
{
    int distance = 0;
    int begin = 0;
    int end = 0;
};

/// The substring of `text` near `seed` closest to `quote` by edit distance
/// (Sellers' algorithm: the match may start and end anywhere in the region).
Approximate approximateMatch(const QString &text, const QString &quote, const Common &seed)
{
    const int m = quote.size();
    const int slack = m / 4 + 1;
    const int regionBegin = std::max(0, seed.textStart - seed.quoteStart - slack);
    const int regionEnd = std::min(int(text.size()), seed.textStart - seed.quoteStart + m + slack);
    const int r = regionEnd - regionBegin;
    QVector<int> previous(r + 1), current(r + 1), previousStart(r + 1), currentStart(r + 1);
    for (int j = 0; j <= r; ++j) {
        previous[j] = 0;
        previousStart[j] = j;
    }
    for (int i = 1; i <= m; ++i) {
        current[0] = i;
        currentStart[0] = 0;
        for (int j = 1; j <= r; ++j) {
            int best = previous[j - 1] + (quote.at(i - 1) == text.at(regionBegin + j - 1) ? 0 : 1);
            int start = previousStart[j - 1];
            if (previous[j] + 1 < best) {
                best = previous[j] + 1;
                start = previousStart[j];
            }
            if (current[j - 1] + 1 < best) {
                best = current[j - 1] + 1;
                start = currentStart[j - 1];
            }
            current[j] = best;
            currentStart[j] = start;
        }
        std::swap(previous, current);
        std::swap(previousStart, currentStart);
    }
    Approximate result{m + 1, 0, 0};
    for (int j = 1; j <= r; ++j) {
        if (previous[j] < result.distance)
            result = {previous[j], regionBegin + previousStart[j], regionBegin + j};
    }
    return result;
}

} // namespace

TextAnchor TextAnchor::from(const QString &text, const TextRange &range)
{
    const CodePointOffsets offsets(text);
    TextAnchor anchor;
    anchor.start = offsets.toCodePoint(range.begin);
    anchor.end = offsets.toCodePoint(range.end);
    anchor.exact = text.mid(range.begin, range.length());
    anchor.prefix = codePointsBefore(text, range.begin, contextLength);
    anchor.suffix = codePointsAfter(text, range.end, contextLength);
    return anchor;
}

AnchorMatch Anchorer::resolve(const QString &text, const TextAnchor &anchor)
{
    if (anchor.exact.isEmpty())
        return {};
    const CodePointOffsets offsets(text);
    const int oldBegin = offsets.toUtf16(anchor.start);
    if (text.midRef(oldBegin, anchor.exact.size()) == anchor.exact)
        return {AnchorMethod::Position, {oldBegin, oldBegin + int(anchor.exact.size())}};

    // Every occurrence, scored by its context: the first one is what other
    // tools take, and it is wrong whenever the words recur on the page.
    int bestAt = -1;
    int bestScore = -1;
    int bestDistance = 0;
    for (int at = text.indexOf(anchor.exact); at >= 0; at = text.indexOf(anchor.exact, at + 1)) {
        const int score = matchingPrefix(text, at, anchor.prefix)
            + matchingSuffix(text, at + int(anchor.exact.size()), anchor.suffix);
        const int distance = std::abs(at - oldBegin);
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            bestAt = at;
            bestScore = score;
            bestDistance = distance;
        }
    }
    if (bestAt >= 0)
        return {AnchorMethod::Quote, {bestAt, bestAt + int(anchor.exact.size())}};

    // Fuzzy: the longest common substring says where the quote was; an
    // approximate match (edit distance, free start and end in the text)
    // around it finds its new extent when text inside it was edited.
    const Common common = longestCommonSubstring(text, anchor.exact);
    if (common.length > 0) {
        const Approximate match = approximateMatch(text, anchor.exact, common);
        if (match.distance <= (1.0 - fuzzyThreshold) * anchor.exact.size())
            return {AnchorMethod::Fuzzy, {match.begin, match.end}};
    }
    return {};
}

TextAnchor Anchorer::reanchor(const QString &text, const TextAnchor &anchor, AnchorMatch *match)
{
    const AnchorMatch found = resolve(text, anchor);
    if (match)
        *match = found;
    if (!found.found())
        return anchor;
    return TextAnchor::from(text, found.range);
}

QString anchorMethodName(AnchorMethod method)
{
    switch (method) {
    case AnchorMethod::Position:
        return QStringLiteral("position");
    case AnchorMethod::Quote:
        return QStringLiteral("quote");
    case AnchorMethod::Fuzzy:
        return QStringLiteral("fuzzy");
    case AnchorMethod::Orphaned:
        break;
    }
    return QStringLiteral("orphaned");
}
