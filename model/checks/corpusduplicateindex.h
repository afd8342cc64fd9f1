#pragma once

#include "article.h"
#include "check.h"
#include "copywarning.h"
#include "disjointsets.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

#include <array>
#include <atomic>
#include <vector>

/// Finds the same text printed on two pages of a corpus: the same brief on
/// two pages, an article run twice. Near-duplicates, not only exact copies:
/// layout damage, a changed headline or an edited sentence still match.
///
/// Each article (and each long paragraph, so a brief merged into another
/// article on one page is still found) is reduced to its Han characters,
/// digits and letters and cut into 5-character shingles, kept only as a
/// MinHash signature (64 values of 16 bits: 128 bytes whatever the text's
/// length, so a gigabyte of pages fits beside the window). Banding the
/// signatures proposes candidates; a candidate is confirmed when its
/// estimated Jaccard similarity (the share of equal signature values;
/// standard error 0.05 at 0.8) reaches `threshold`, 0.8 by default.
///
/// Copies are grouped, not paired: a brief reprinted on a thousand pages
/// is one group, found with a bounded number of comparisons per passage
/// (union-find), and each copy gets one warning naming another page and
/// how many more there are. Duplicates within one page are the segmenter's
/// business (DuplicateFinder).
///
/// Build the index on one thread (addPage), compute() once, then query.
/// The costly part of adding a page, its signatures (passagesOf), may run
/// on any thread.
class CorpusDuplicateIndex
{
    Q_DECLARE_TR_FUNCTIONS(CorpusDuplicateIndex)

    static constexpr int signatureSize = 64;
    using Signature = std::array<quint16, signatureSize>;

public:
    explicit CorpusDuplicateIndex(double threshold = 0.8);

    struct Passage
    {
        QString pageKey;
        QString articleId;
        /// Where it is on its page (UTF-16 units): its paragraphs.
        QVector<TextRange> ranges;
        bool wholeArticle = true;
    };

private:
    struct Item
    {
        Passage passage;
        int page = 0;
        /// The item of the whole article a paragraph belongs to (itself for
        /// a whole article; -1 when the article is too short to be an item).
        /// Within PagePassages, counted from the page's first item.
        int article = -1;
    };

public:
    /// A page's passages long enough to compare, with their signatures.
    class PagePassages
    {
        friend class CorpusDuplicateIndex;
        QString m_pageKey;
        QVector<Item> m_items;
        /// m_items' signatures, in the same order.
        std::vector<Signature> m_signatures;
    };

    /// The passages of a page. `pageKey` identifies the page (its path or
    /// store id); the text is not kept. Thread-safe: touches no index.
    static PagePassages passagesOf(const QString &pageKey, const SegmentedPage &page);
    /// Only before compute(): grouping lets the signatures go.
    void addPage(PagePassages passages);
    /// Adds the articles of a page: addPage(passagesOf(pageKey, page)).
    void addPage(const QString &pageKey, const SegmentedPage &page);
    struct Match
    {
        Passage a;
        Passage b;
        /// Estimated from the signatures.
        double jaccard = 0;
    };

    /// Groups the passages added so far (once; later calls return at once)
    /// and frees their signatures: at 1 GB they are 0.3 GB the rest of the
    /// run (anchoring the copies' warnings) does not need. Returns false
    /// when `cancelled` was raised before it finished.
    bool compute(const std::atomic_bool *cancelled = nullptr);

    /// Signatures held: one per passage until compute() lets them go.
    int heldSignatures() const { return int(m_signatures.size()); }

    /// The confirmed links between passages on different pages: a group
    /// of n copies has n - 1 of them. A paragraph is never linked to a
    /// paragraph or to the whole of an article already grouped with its own.
    QVector<Match> matches();

    /// Whether the page has passages printed on another page.
    bool hasWarnings(const QString &pageKey);

    /// The duplicates on the page `pageKey` as warnings
    /// (structure.corpus_duplicate), anchored against its text; ids as
    /// CopyChecker gives them.
    CopyWarnings warningsFor(const QString &pageKey, const QString &pageText);

    /// The definition of the check the warnings belong to.
    static CheckDefinition checkDefinition();

    /// Exact Jaccard similarity of two texts' shingle sets (for tests and tuning).
    static double similarity(const QString &a, const QString &b);
    /// The same similarity as the index estimates it, from two signatures.
    static double estimatedSimilarity(const QString &a, const QString &b);

private:
    static constexpr int bandRows = 4;
    /// What one passage is told: a page it is also on, and how many more.
    struct Copy
    {
        int item = -1;
        int partner = -1;
        double jaccard = 0;
        int otherPages = 0;
    };
    struct Link
    {
        int a;
        int b;
        double jaccard;
    };

    static bool signatureOf(const QString &text, Signature &signature);
    static double agreement(const Signature &a, const Signature &b);
    bool linkBands(DisjointSets &sets, bool wholeArticles, const QVector<int> &articleGroup,
                   const std::atomic_bool *cancelled);

    double m_threshold;
    QVector<Item> m_items;
    /// m_items' signatures until compute() has grouped them.
    std::vector<Signature> m_signatures;
    QVector<QString> m_pageKeys;
    bool m_computed = false;
    QVector<Link> m_links;
    /// Page key → the copies on that page.
    QHash<QString, QVector<Copy>> m_copiesByPage;
};
