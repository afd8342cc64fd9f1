#include "bodyreassigner.h"

#include "textfeatures.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace {

// A suffix must gain at least this much coverage of the headline's
// weighted bigrams, summed over its units, to be moved. Found by measuring
// displaced and in-place text on real pages: displaced sections score
// 0.3 and more, incidental overlaps stay under 0.15.
constexpr double kMinimumGain = 0.25;
// Naming the headline's place (济南 under "山东省济南市") is strong evidence
// on its own; naming the place of the article the text sits in, against.
constexpr double kPlaceEvidence = 0.3;

/// The distinct pairs of adjacent letters of a text, each packed into one
/// integer and kept sorted: pages are compared thousands of times, and
/// sets of two-character strings made that the cost of a whole import.
class Bigrams
{
public:
    Bigrams() = default;
    explicit Bigrams(const QString &text) { add(text); }

    void add(const QString &text)
    {
        QChar previous;
        for (const QChar c : text) {
            if (c.isSpace() || c == QChar(0x3000))
                continue; // layouts insert spaces differently
            // Pairs of letters only: punctuation and digits carry no topic.
            if (c.isLetter() && previous.isLetter())
                m_pairs.append((quint32(previous.unicode()) << 16) | c.unicode());
            previous = c;
        }
        std::sort(m_pairs.begin(), m_pairs.end());
        m_pairs.erase(std::unique(m_pairs.begin(), m_pairs.end()), m_pairs.end());
    }

    void unite(const Bigrams &other)
    {
        QVector<quint32> merged;
        merged.reserve(m_pairs.size() + other.m_pairs.size());
        std::set_union(m_pairs.cbegin(), m_pairs.cend(), other.m_pairs.cbegin(), other.m_pairs.cend(),
                       std::back_inserter(merged));
        m_pairs = merged;
    }

    bool contains(quint32 pair) const { return std::binary_search(m_pairs.cbegin(), m_pairs.cend(), pair); }
    const QVector<quint32> &pairs() const { return m_pairs; }

private:
    QVector<quint32> m_pairs;
};

Bigrams bigramsOf(const QString &text)
{
    return Bigrams(text);
}

/// How rare each bigram is on the page: the number of blocks it occurs in,
/// turned into an inverse document frequency.
class Rarity
{
public:
    explicit Rarity(const BlockList &blocks) : m_documents(std::max(1, int(blocks.size())))
    {
        QVector<quint32> all;
        for (const Block &block : blocks)
            all += Bigrams(block.text).pairs(); // distinct within each block
        std::sort(all.begin(), all.end());
        for (int i = 0; i < all.size();) {
            int j = i;
            while (j < all.size() && all.at(j) == all.at(i))
                ++j;
            m_pairs.append(all.at(i));
            m_frequency.append(j - i);
            i = j;
        }
    }

    double weight(quint32 bigram) const
    {
        const auto found = std::lower_bound(m_pairs.cbegin(), m_pairs.cend(), bigram);
        const int frequency = found != m_pairs.cend() && *found == bigram ? m_frequency.at(int(found - m_pairs.cbegin())) : 1;
        return std::log(double(m_documents + 1) / double(frequency));
    }

private:
    int m_documents;
    QVector<quint32> m_pairs;    // sorted
    QVector<int> m_frequency;    // parallel to m_pairs
};

/// The weighted bigrams an article is known by.
class Profile
{
public:
    Profile(const Bigrams &bigrams, const Rarity &rarity) : m_bigrams(bigrams)
    {
        m_weights.reserve(m_bigrams.pairs().size());
        for (quint32 bigram : m_bigrams.pairs()) {
            m_weights.append(rarity.weight(bigram));
            m_total += m_weights.last();
        }
    }

    /// Share of the profile's weight that `text` contains.
    double coverage(const Bigrams &text) const
    {
        if (m_total <= 0)
            return 0;
        // Both lists are sorted: one merge pass.
        double covered = 0;
        const QVector<quint32> &mine = m_bigrams.pairs();
        const QVector<quint32> &theirs = text.pairs();
        int i = 0;
        int j = 0;
        while (i < mine.size() && j < theirs.size()) {
            if (mine.at(i) < theirs.at(j)) {
                ++i;
            } else if (theirs.at(j) < mine.at(i)) {
                ++j;
            } else {
                covered += m_weights.at(i);
                ++i;
                ++j;
            }
        }
        return covered / m_total;
    }

private:
    Bigrams m_bigrams;
    QVector<double> m_weights;
    double m_total = 0;
};

QString headOf(const Article &article)
{
    return article.kicker + QLatin1Char(' ') + article.title + QLatin1Char(' ') + article.subtitle;
}

/// Paragraph index ranges that move together: a section heading stays with
/// the paragraph under it.
QVector<int> unitStarts(const Article &article)
{
    QVector<int> starts;
    for (int i = 0; i < article.paragraphs.size(); ++i) {
        if (i > 0 && article.paragraphs.at(i - 1).role == ParagraphRole::SectionHeading)
            continue;
        starts.append(i);
    }
    return starts;
}

bool isPending(const Article &article)
{
    return article.paragraphs.isEmpty() && !article.title.isEmpty();
}

bool mayGiveBody(const Article &article)
{
    return article.kind == ArticleKind::Article && !article.paragraphs.isEmpty();
}

struct Candidate
{
    int article = -1;
    int firstParagraph = -1;
    double gain = 0;
};

int mentionsAny(const QString &text, const QStringList &names)
{
    for (const QString &name : names) {
        if (text.contains(name))
            return 1;
    }
    return 0;
}

Candidate bestSuffix(const SegmentedPage &page, int pendingIndex, const Profile &pending, const Rarity &rarity)
{
    const Article &pendingArticle = page.articles.at(pendingIndex);
    const QStringList pendingPlaces = TextFeatures::placeCores(pendingArticle.kicker, pendingArticle.title);
    Candidate best;
    for (int a = 0; a < page.articles.size(); ++a) {
        const Article &article = page.articles.at(a);
        if (a == pendingIndex || !mayGiveBody(article))
            continue;
        const bool untitled = article.title.isEmpty() && article.continuedFrom.isEmpty();
        const QVector<int> starts = unitStarts(article);
        if (starts.isEmpty())
            continue;
        // What keeps the text where it is: its own headline and lead, or,
        // for untitled text, the article it would otherwise continue.
        const Article *keeper = untitled ? (a > 0 ? &page.articles.at(a - 1) : nullptr) : &article;
        Bigrams own;
        if (keeper && keeper != &page.articles.at(pendingIndex)) {
            own = bigramsOf(headOf(*keeper));
            const QVector<int> keeperStarts = unitStarts(*keeper);
            const int leadEnd = keeperStarts.size() > 1 ? keeperStarts.at(1) : keeper->paragraphs.size();
            for (int p = 0; p < leadEnd; ++p)
                own.unite(bigramsOf(keeper->paragraphs.at(p).text));
        }
        const Profile ownProfile(own, rarity);
        const QStringList ownPlaces = keeper ? TextFeatures::placeCores(keeper->kicker, keeper->title) : QStringList();

        QVector<double> scores;
        for (int u = 0; u < starts.size(); ++u) {
            const int end = u + 1 < starts.size() ? starts.at(u + 1) : article.paragraphs.size();
            QString text;
            for (int p = starts.at(u); p < end; ++p)
                text += article.paragraphs.at(p).text;
            const Bigrams unit = bigramsOf(text);
            scores.append(pending.coverage(unit) - ownProfile.coverage(unit)
                          + kPlaceEvidence * (mentionsAny(text, pendingPlaces) - mentionsAny(text, ownPlaces)));
        }
        double suffix = 0;
        // A titled article keeps at least its first unit.
        const int firstAllowed = untitled ? 0 : 1;
        for (int u = starts.size() - 1; u >= firstAllowed; --u) {
            suffix += scores.at(u);
            if (suffix >= best.gain - 1e-9 && suffix >= kMinimumGain) {
                if (suffix > best.gain + 1e-9 || best.article != a || starts.at(u) < best.firstParagraph)
                    best = {a, starts.at(u), suffix};
            }
        }
    }
    return best;
}

void moveParagraphs(SegmentedPage &page, int from, int firstParagraph, int to)
{
    Article &source = page.articles[from];
    Article &target = page.articles[to];
    QVector<Paragraph> moved = source.paragraphs.mid(firstParagraph);
    source.paragraphs.resize(firstParagraph);

    QSet<int> movedBlocks;
    for (const Paragraph &paragraph : moved) {
        for (int block : paragraph.blocks)
            movedBlocks.insert(block);
    }
    const int lastMoved = movedBlocks.isEmpty() ? -1 : *std::max_element(movedBlocks.cbegin(), movedBlocks.cend());
    // Notes that close the moved text (source, continuation) go with it;
    // so does everything of an article that gives all its paragraphs.
    const bool wholeArticle = firstParagraph == 0;
    QVector<int> keep;
    for (int block : source.blocks) {
        const BlockKind kind = page.blocks.at(block).kind;
        const bool closingNote = (kind == BlockKind::SourceNote || kind == BlockKind::ContinuationMark) && block > lastMoved;
        if (movedBlocks.contains(block) || closingNote || wholeArticle)
            movedBlocks.insert(block);
        else
            keep.append(block);
    }
    source.blocks = keep;
    for (int block : std::as_const(movedBlocks)) {
        const BlockKind kind = page.blocks.at(block).kind;
        if (kind == BlockKind::SourceNote) {
            target.source = source.source;
            source.source.clear();
        }
    }
    if (wholeArticle) {
        target.continuedFrom = source.continuedFrom;
        target.continuedTo = source.continuedTo;
        target.repairs += source.repairs;
        source.repairs.clear();
    }

    // The first unnumbered heading above displaced text is a column label,
    // not a section of the article: it is page furniture.
    if (!moved.isEmpty() && moved.first().role == ParagraphRole::SectionHeading
        && !TextFeatures::sectionNumber(moved.first().text)) {
        for (int block : moved.first().blocks) {
            page.blocks[block].kind = BlockKind::Furniture;
            page.furniture.append(block);
            movedBlocks.remove(block);
        }
        moved.removeFirst();
    }

    Repair repair;
    repair.kind = wholeArticle && source.title.isEmpty() ? RepairKind::MatchedHeadline : RepairKind::MovedBody;
    for (const Paragraph &paragraph : moved)
        repair.ranges += paragraph.parts;
    repair.description = QCoreApplication::translate(
        "ArticleSegmenter", "%n paragraph(s) printed away from this headline moved under it", nullptr, int(moved.size()));
    target.repairs.append(repair);

    target.paragraphs += moved;
    for (int block : std::as_const(movedBlocks))
        target.blocks.append(block);
    // Reading order among the pieces is page order.
    std::stable_sort(target.paragraphs.begin(), target.paragraphs.end(), [](const Paragraph &a, const Paragraph &b) {
        return a.blocks.first() < b.blocks.first();
    });
    std::sort(target.blocks.begin(), target.blocks.end());
}

} // namespace

void BodyReassigner::reassign(SegmentedPage &page)
{
    // Most pages have no headline waiting for its body: nothing to weigh.
    if (std::none_of(page.articles.cbegin(), page.articles.cend(), isPending))
        return;
    const Rarity rarity(page.blocks);
    for (int p = 0; p < page.articles.size(); ++p) {
        if (!isPending(page.articles.at(p)))
            continue;
        // Take pieces while they match; each piece taken sharpens the
        // headline's profile for the next.
        for (;;) {
            Bigrams known = bigramsOf(headOf(page.articles.at(p)));
            for (const Paragraph &paragraph : page.articles.at(p).paragraphs)
                known.unite(bigramsOf(paragraph.text));
            const Profile profile(known, rarity);
            const Candidate best = bestSuffix(page, p, profile, rarity);
            if (best.article < 0)
                break;
            moveParagraphs(page, best.article, best.firstParagraph, p);
        }
    }
    // Articles that gave away everything are gone.
    page.articles.erase(std::remove_if(page.articles.begin(), page.articles.end(),
                                       [](const Article &article) {
                                           return article.blocks.isEmpty() && article.paragraphs.isEmpty();
                                       }),
                        page.articles.end());
}
