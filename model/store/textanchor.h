#pragma once

#include "textrange.h"

#include <QString>

/// Where an annotation sits in a page's decoded text, as the W3C Web
/// Annotation model says it: a TextPositionSelector (start/end in CODE
/// POINTS, the unit of everything that leaves the program) and a
/// TextQuoteSelector (the quoted text with some context before and after).
/// Both are kept because either alone breaks: positions shift when text is
/// inserted before the span, and a quote alone is ambiguous when the same
/// words occur twice on a page.
struct TextAnchor
{
    int start = 0;  ///< code points
    int end = 0;    ///< code points
    QString exact;
    QString prefix;
    QString suffix;

    bool isNull() const { return exact.isEmpty(); }

    /// How many code points of context `from` keeps on each side.
    static constexpr int contextLength = 32;

    /// The anchor of `range` (UTF-16 units) in `text`.
    static TextAnchor from(const QString &text, const TextRange &range);

    friend bool operator==(const TextAnchor &a, const TextAnchor &b)
    {
        return a.start == b.start && a.end == b.end && a.exact == b.exact && a.prefix == b.prefix
            && a.suffix == b.suffix;
    }
    friend bool operator!=(const TextAnchor &a, const TextAnchor &b) { return !(a == b); }
};

/// How an anchor was found again in a (possibly changed) text.
enum class AnchorMethod {
    Position,  ///< the quote is still at its position
    Quote,     ///< the quote was found elsewhere; context chose among occurrences
    Fuzzy,     ///< most of the quote was found (the text inside it was edited)
    Orphaned,  ///< not found: kept and listed, never dropped
};

struct AnchorMatch
{
    AnchorMethod method = AnchorMethod::Orphaned;
    /// Where the anchor now is (UTF-16 units); empty when orphaned.
    TextRange range;

    bool found() const { return method != AnchorMethod::Orphaned; }
};

/// Finds anchors again after the text changed (a changed re-import, another
/// layout) — stateless, so the store, the segmentation fixes and the tests
/// share one definition of "the same place".
class Anchorer
{
public:
    /// Position first when the quote still matches there; otherwise every
    /// occurrence of the quote scored by how much of the prefix and suffix
    /// match around it (distance to the old position breaks ties); otherwise
    /// the text around the longest common substring of quote and text that
    /// is within an edit distance of (1 - `fuzzyThreshold`) × the quote's
    /// length; otherwise orphaned.
    static AnchorMatch resolve(const QString &text, const TextAnchor &anchor);

    /// `anchor` found in `text` and re-described there (new position and
    /// context); the old anchor unchanged when it is orphaned.
    static TextAnchor reanchor(const QString &text, const TextAnchor &anchor, AnchorMatch *match = nullptr);

    static constexpr double fuzzyThreshold = 0.8;
};

QString anchorMethodName(AnchorMethod method);
