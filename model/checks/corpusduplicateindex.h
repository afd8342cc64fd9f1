#pragma once

#include "article.h"
#include "check.h"
#include "copywarning.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QVector>

#include <array>

/// Finds the same text printed on two pages of a corpus: the same brief on
/// two pages, an article run twice. Near-duplicates, not only exact copies:
/// layout damage, a changed headline or an edited sentence still match.
///
/// Each article (and each long paragraph, so a brief merged into another
/// article on one page is still found) is reduced to its Han characters,
/// digits and letters and cut into 5-character shingles. A MinHash
/// signature with locality-sensitive banding proposes candidate pairs in
/// about linear time; a candidate is confirmed by the exact Jaccard
/// similarity of the shingle sets (≥ `threshold`, 0.8 by default).
/// Duplicates within one page are the segmenter's business (DuplicateFinder).
///
/// Build the index on one thread (addPage), then query from any.
class CorpusDuplicateIndex
{
    Q_DECLARE_TR_FUNCTIONS(CorpusDuplicateIndex)

public:
    explicit CorpusDuplicateIndex(double threshold = 0.8);

    /// Adds the articles of a page. `pageKey` identifies the page (its path).
    void addPage(const QString &pageKey, const QString &pageText, const SegmentedPage &page);

    struct Passage
    {
        QString pageKey;
        QString articleId;
        /// Where it is on its page (UTF-16 units): its paragraphs.
        QVector<TextRange> ranges;
        bool wholeArticle = true;
    };
    struct Match
    {
        Passage a;
        Passage b;
        double jaccard = 0;
    };

    /// Every pair of passages on different pages at or above the threshold;
    /// a paragraph pair inside an article pair already found is left out.
    QVector<Match> matches() const;

    /// The matches as warnings (structure.corpus_duplicate) on the page
    /// `pageKey`, anchored against its text; ids as CopyChecker gives them.
    CopyWarnings warningsFor(const QString &pageKey) const;

    /// The definition of the check the warnings belong to.
    static CheckDefinition checkDefinition();

    /// Jaccard similarity of two texts' shingle sets (for tests and tuning).
    static double similarity(const QString &a, const QString &b);

private:
    static constexpr int signatureSize = 64;
    static constexpr int bandRows = 4;
    struct Item
    {
        Passage passage;
        QSet<quint64> shingles;
        std::array<quint32, signatureSize> signature;
    };
    void addItem(Passage passage, const QString &text);
    QVector<Match> compute() const;

    double m_threshold;
    QVector<Item> m_items;
    QHash<QString, QString> m_pageTexts;
};
