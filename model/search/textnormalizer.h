#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

/// Text as search compares it, with the way back to the original.
struct NormalizedText
{
    QString text;
    /// For each UTF-16 unit of `text`, the range [sourceBegin, sourceEnd) of
    /// the original character it came from (UTF-16 units), so a hit in the
    /// normalised text can be highlighted in the original.
    QVector<int> sourceBegin;
    QVector<int> sourceEnd;
};

/// Folds the differences a reader does not see as differences: width
/// (ＡＢＣ１２３ / ABC123, full-width punctuation), case, compatibility forms
/// (NFKC) and script (traditional characters map to simplified: 市場 → 市场).
///
/// The mapping is per character, from a table built once from ICU (NFKC,
/// full case folding, then ICU's "Traditional-Simplified" transliterator),
/// because calling ICU for every character of a gigabyte corpus is too slow
/// and a per-character mapping keeps hit offsets exact. Being per character,
/// it does not compose combining sequences (e + U+0301 stays two characters);
/// query and text go through the same function, so they still agree.
/// Thread-safe; the table is built on first use (a few tens of ms).
class TextNormalizer
{
public:
    static QString normalize(QStringView text);
    /// Appends the normalised form of `text` to `out` (no allocation per call
    /// when `out` has room): the indexer's hot path.
    static void appendNormalized(QStringView text, QString &out);
    static NormalizedText normalizeWithOffsets(QStringView text);
    /// Builds the table now (e.g. before timing something).
    static void warmUp();
};
