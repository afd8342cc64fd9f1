#include "bodyreassigner.h"

#include "textfeatures.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <vector>

namespace {

// A suffix must gain at least this much coverage of the headline's
// weighted bigrams, summed over its units, to be moved. Found by measuring
// displaced and in-place text on real pages: displaced sections score
// 0.3 and more, incidental overlaps stay under 0.15.
constexpr double kMinimumGain = 0.25;
// Naming the headline's place (济南 under "山东省济南市") is strong evidence
// on its own; naming the place of the article the text sits in, against.
constexpr double kPlaceEvidence = 0.3;

/// Stable LSD radix sort of `items` by a 32-bit key, a byte per pass.
/// Sorting every block's bigrams was a sixth of an import with std::sort,
/// whose comparisons branch unpredictably; a radix sort has no branches,
/// and skips a byte all keys share (the high bytes of Han characters
/// often agree).
template<typename Item, typename KeyOf> void radixSort(Item *items, size_t n, KeyOf keyOf)
{
    if (n < 2)
        return;
    std::vector<Item> buffer(n);
    Item *from = items;
    Item *to = buffer.data();
    for (int pass = 0; pass < 4; ++pass) {
        const int shift = 8 * pass;
        size_t offsets[256] = {};
        for (size_t i = 0; i < n; ++i)
            ++offsets[(keyOf(from[i]) >> shift) & 0xFF];
        if (offsets[(keyOf(from[0]) >> shift) & 0xFF] == n)
            continue; // every key has this byte: the order stands
        size_t position = 0;
        for (size_t &offset : offsets) {
            const size_t count = offset;
            offset = position;
            position += count;
        }
        for (size_t i = 0; i < n; ++i)
            to[offsets[(keyOf(from[i]) >> shift) & 0xFF]++] = from[i];
        std::swap(from, to);
    }
    if (from != items)
        std::copy(from, from + n, items);
}

/// Sorts packed bigrams: a few with std::sort, more by radix.
void sortPairs(QVector<quint32> &pairs)
{
    constexpr int kRadixThreshold = 32;
    if (pairs.size() < kRadixThreshold) {
        std::sort(pairs.begin(), pairs.end());
        return;
    }
    radixSort(pairs.data(), size_t(pairs.size()), [](quint32 pair) { return pair; });
}

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
        const int before = m_pairs.size();
        m_pairs.resize(before + text.size()); // at most one pair per character
        quint32 *out = m_pairs.data() + before;
        forEachPair(text, [&out](quint32 pair) { *out++ = pair; });
        m_pairs.resize(int(out - m_pairs.constData()));
        sortPairs(m_pairs);
        m_pairs.erase(std::unique(m_pairs.begin(), m_pairs.end()), m_pairs.end());
    }

    /// Calls `use` with each pair of adjacent letters of `text`, in order
    /// (repeats included).
    template<typename Use>
    static void forEachPair(const QString &text, Use use)
    {
        QChar previous;
        for (const QChar c : text) {
            if (isSkipped(c))
                continue; // layouts insert spaces differently
            // Pairs of letters only: punctuation and digits carry no topic.
            if (isLetter(c) && isLetter(previous))
                use((quint32(previous.unicode()) << 16) | c.unicode());
            previous = c;
        }
    }

    /// Takes pairs already sorted and distinct.
    static Bigrams fromSorted(QVector<quint32> pairs)
    {
        Bigrams bigrams;
        bigrams.m_pairs = std::move(pairs);
        return bigrams;
    }

    /// The bigrams of the texts concatenated, from the bigrams of each:
    /// their union plus the pairs that straddle a join (spaces are skipped,
    /// so a pair may straddle a text of spaces too).
    static Bigrams ofConcatenation(const QVector<const QString *> &texts, const QVector<const Bigrams *> &parts)
    {
        if (parts.size() == 1)
            return *parts.first();
        QVector<quint32> straddling;
        QChar previous;
        for (const QString *text : texts) {
            const auto first = std::find_if_not(text->cbegin(), text->cend(), isSkipped);
            if (first == text->cend())
                continue;
            if (isLetter(*first) && isLetter(previous))
                straddling.append((quint32(previous.unicode()) << 16) | first->unicode());
            previous = *std::find_if_not(text->crbegin(), text->crend(), isSkipped);
        }
        std::sort(straddling.begin(), straddling.end());
        straddling.erase(std::unique(straddling.begin(), straddling.end()), straddling.end());
        // The parts are sorted already: merging them is linear.
        Bigrams result = fromSorted(std::move(straddling));
        for (const Bigrams *part : parts)
            result.unite(*part);
        return result;
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
    // Inline answers for the common Han case; QChar's own tests are out
    // of line for anything but ASCII and were a tenth of an import.
    static bool isSkipped(QChar c)
    {
        const ushort u = c.unicode();
        if (u >= 0x4E00 && u <= 0x9FFF)
            return false;
        return c.isSpace() || u == 0x3000;
    }
    static bool isLetter(QChar c)
    {
        const ushort u = c.unicode();
        if (u >= 0x4E00 && u <= 0x9FFC) // CJK Unified Ideographs: all letters (Lo)
            return true;
        return c.isLetter();
    }

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
    Rarity() = default;
    /// `pairs` sorted and distinct; `blocks[i]`: how many of the page's
    /// `blockCount` blocks have pairs[i].
    Rarity(QVector<quint32> pairs, const QVector<int> &blocks, int blockCount)
        : m_documents(std::max(1, blockCount))
        , m_pairs(std::move(pairs))
    {
        m_weight.reserve(m_pairs.size());
        for (int frequency : blocks)
            m_weight.append(weightOf(frequency));
        m_unseenWeight = weightOf(1);
    }

    /// The weight of each of `bigrams` (sorted), in order: one merge with
    /// the page's pairs instead of a search per bigram.
    void weights(const QVector<quint32> &bigrams, QVector<double> &out) const
    {
        out.clear();
        out.reserve(bigrams.size());
        int at = 0;
        for (quint32 bigram : bigrams) {
            while (at < m_pairs.size() && m_pairs.at(at) < bigram)
                ++at;
            out.append(at < m_pairs.size() && m_pairs.at(at) == bigram ? m_weight.at(at) : m_unseenWeight);
        }
    }

private:
    double weightOf(int frequency)
    {
        // One logarithm per frequency, not per bigram: the same value each time.
        if (m_logOfFrequency.isEmpty())
            m_logOfFrequency.fill(-1.0, m_documents + 2);
        double &weight = m_logOfFrequency[std::min(frequency, m_documents + 1)];
        if (frequency > m_documents + 1)
            return std::log(double(m_documents + 1) / double(frequency));
        if (weight < 0)
            weight = std::log(double(m_documents + 1) / double(frequency));
        return weight;
    }

    QVector<double> m_logOfFrequency;

    int m_documents = 1;
    QVector<quint32> m_pairs;    // sorted
    QVector<double> m_weight;    // parallel to m_pairs
    double m_unseenWeight = 0;
};

/// The bigrams of each block and how rare each is on the page, computed
/// once per page: paragraphs are made of blocks and are weighed many times
/// while bodies are reassigned.
class PageBigrams
{
public:
    explicit PageBigrams(const BlockList &blocks) : m_blocks(blocks)
    {
        // Every pair of every block, tagged with its block, in block order;
        // one stable sort by pair then gives each pair's blocks in order,
        // from which both the blocks' sorted sets and the rarity come (a
        // sort per block and one more of them all cost three times as much).
        std::vector<TaggedPair> tagged;
        int characters = 0;
        for (const Block &block : blocks)
            characters += block.text.size();
        tagged.reserve(size_t(characters));
        // Each block's distinct pairs go to its own stretch of one buffer,
        // as long as its pairs with repeats: no vector grown per pair.
        std::vector<int> blockStart(size_t(blocks.size()) + 1, 0);
        for (int b = 0; b < blocks.size(); ++b) {
            Bigrams::forEachPair(blocks.at(b).text, [&tagged, b](quint32 pair) { tagged.push_back({pair, quint32(b)}); });
            blockStart[size_t(b) + 1] = int(tagged.size());
        }
        sortByPair(tagged);
        std::vector<quint32> ofBlocks(tagged.size());
        std::vector<int> blockEnd(blockStart.cbegin(), blockStart.cend() - 1);

        QVector<quint32> distinct;
        QVector<int> blockCounts;
        distinct.reserve(int(tagged.size()));
        blockCounts.reserve(int(tagged.size()));
        for (size_t i = 0; i < tagged.size();) {
            const quint32 pair = tagged[i].pair;
            int count = 0;
            quint32 lastBlock = std::numeric_limits<quint32>::max();
            for (; i < tagged.size() && tagged[i].pair == pair; ++i) {
                if (tagged[i].block == lastBlock)
                    continue; // the same pair again in the same block
                lastBlock = tagged[i].block;
                ofBlocks[size_t(blockEnd[lastBlock]++)] = pair;
                ++count;
            }
            distinct.append(pair);
            blockCounts.append(count);
        }
        m_ofBlock.reserve(blocks.size());
        for (int b = 0; b < blocks.size(); ++b) {
            QVector<quint32> pairs(blockEnd[size_t(b)] - blockStart[size_t(b)]);
            std::copy(ofBlocks.cbegin() + blockStart[size_t(b)], ofBlocks.cbegin() + blockEnd[size_t(b)], pairs.begin());
            m_ofBlock.append(Bigrams::fromSorted(std::move(pairs)));
        }
        m_rarity = Rarity(std::move(distinct), blockCounts, int(blocks.size()));
    }

    const QVector<Bigrams> &ofBlocks() const { return m_ofBlock; }
    const Rarity &rarity() const { return m_rarity; }

    Bigrams ofParagraph(const Paragraph &paragraph) const
    {
        // Before repairs a paragraph is one block's text; a section heading
        // printed over two lines was joined and is counted afresh.
        if (paragraph.blocks.size() == 1) {
            const int block = paragraph.blocks.first();
            if (block >= 0 && block < m_blocks.size() && m_blocks.at(block).text == paragraph.text)
                return m_ofBlock.at(block);
        }
        return Bigrams(paragraph.text);
    }

    /// Bigrams of the paragraphs [begin, end) of `article` read as one text.
    Bigrams ofParagraphs(const Article &article, int begin, int end) const
    {
        if (end - begin == 1)
            return ofParagraph(article.paragraphs.at(begin));
        QVector<Bigrams> parts;
        parts.reserve(end - begin);
        QVector<const QString *> texts;
        QVector<const Bigrams *> partPointers;
        for (int p = begin; p < end; ++p) {
            parts.append(ofParagraph(article.paragraphs.at(p)));
            texts.append(&article.paragraphs.at(p).text);
        }
        for (const Bigrams &part : std::as_const(parts))
            partPointers.append(&part);
        return Bigrams::ofConcatenation(texts, partPointers);
    }

private:
    struct TaggedPair
    {
        quint32 pair;
        quint32 block;
    };

    /// Stable: blocks stay in order within a pair.
    static void sortByPair(std::vector<TaggedPair> &items)
    {
        radixSort(items.data(), items.size(), [](const TaggedPair &item) { return item.pair; });
    }

    const BlockList &m_blocks;
    QVector<Bigrams> m_ofBlock;
    Rarity m_rarity;
};

/// The weighted bigrams an article is known by.
class Profile
{
public:
    Profile(const Bigrams &bigrams, const Rarity &rarity) : m_bigrams(bigrams)
    {
        rarity.weights(m_bigrams.pairs(), m_weights);
        for (double weight : std::as_const(m_weights))
            m_total += weight;
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

/// What reassignment asks of each article's head again and again: its
/// bigrams and its place names. Paragraphs move while bodies are
/// reassigned; kickers, titles and subtitles do not, and articles keep
/// their indices until the end.
struct Heads
{
    explicit Heads(const SegmentedPage &page)
    {
        bigrams.reserve(page.articles.size());
        places.reserve(page.articles.size());
        for (const Article &article : page.articles) {
            bigrams.append(bigramsOf(headOf(article)));
            places.append(TextFeatures::placeCores(article.kicker, article.title));
        }
    }

    QVector<Bigrams> bigrams;
    QVector<QStringList> places;
};

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

Candidate bestSuffix(const SegmentedPage &page, int pendingIndex, const Profile &pending, const Rarity &rarity,
                     const PageBigrams &bigrams, const Heads &heads)
{
    const QStringList &pendingPlaces = heads.places.at(pendingIndex);
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
        const int keeperIndex = untitled ? a - 1 : a;
        const Article *keeper = keeperIndex >= 0 ? &page.articles.at(keeperIndex) : nullptr;
        Bigrams own;
        if (keeper && keeper != &page.articles.at(pendingIndex)) {
            own = heads.bigrams.at(keeperIndex);
            const QVector<int> keeperStarts = unitStarts(*keeper);
            const int leadEnd = keeperStarts.size() > 1 ? keeperStarts.at(1) : keeper->paragraphs.size();
            for (int p = 0; p < leadEnd; ++p)
                own.unite(bigrams.ofParagraph(keeper->paragraphs.at(p)));
        }
        const Profile ownProfile(own, rarity);
        const QStringList ownPlaces = keeper ? heads.places.at(keeperIndex) : QStringList();

        QVector<double> scores;
        for (int u = 0; u < starts.size(); ++u) {
            const int end = u + 1 < starts.size() ? starts.at(u + 1) : article.paragraphs.size();
            const Bigrams unit = bigrams.ofParagraphs(article, starts.at(u), end);
            int placeEvidence = 0;
            if (!pendingPlaces.isEmpty() || !ownPlaces.isEmpty()) {
                // A name may straddle two paragraphs of the unit: search their concatenation.
                QString text;
                for (int p = starts.at(u); p < end; ++p)
                    text += article.paragraphs.at(p).text;
                placeEvidence = mentionsAny(text, pendingPlaces) - mentionsAny(text, ownPlaces);
            }
            scores.append(pending.coverage(unit) - ownProfile.coverage(unit) + kPlaceEvidence * placeEvidence);
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
    const PageBigrams bigrams(page.blocks);
    const Rarity &rarity = bigrams.rarity();
    const Heads heads(page);
    for (int p = 0; p < page.articles.size(); ++p) {
        if (!isPending(page.articles.at(p)))
            continue;
        // Take pieces while they match; each piece taken sharpens the
        // headline's profile for the next.
        for (;;) {
            Bigrams known = heads.bigrams.at(p);
            for (const Paragraph &paragraph : page.articles.at(p).paragraphs)
                known.unite(bigrams.ofParagraph(paragraph));
            const Profile profile(known, rarity);
            const Candidate best = bestSuffix(page, p, profile, rarity, bigrams, heads);
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
