#include "corpusduplicateindex.h"

#include "articletext.h"
#include "check.h"
#include "copychecker.h"

#include <QSet>

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace {

constexpr int shingleLength = 5;
/// Shorter texts share 5-character shingles by chance ("全国文明城市").
constexpr int minimumCharacters = 60;
/// Copies compared with each other in one bucket of one band at most:
/// enough for passages that are alike only in part, few enough that a
/// brief printed a thousand times costs a thousand comparisons, not half
/// a million.
constexpr int representativesPerBucket = 4;

/// Only what carries content: layouts change punctuation, spaces and the
/// width of marks, never the words.
QString normalised(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const char32_t c = CheckChars::at(text, i);
        if (text.at(i).isLowSurrogate())
            continue;
        if (CheckChars::isHan(c) || (c < 128 && QChar(c).isLetterOrNumber())) {
            if (QChar::requiresSurrogates(c)) {
                out += QChar(QChar::highSurrogate(c));
                out += QChar(QChar::lowSurrogate(c));
            } else {
                out += QChar(char16_t(c));
            }
        }
        else if (c >= 0xFF10 && c <= 0xFF19)
            out += QChar(u'0' + (c - 0xFF10));
    }
    return out;
}

/// SplitMix64's finaliser: spreads the bits of a weak hash.
quint64 spread(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/// The shingles' hashes, each once. FNV-1a over the UTF-16 units, spread:
/// stable across runs, unlike qHash's seed.
std::vector<quint64> shinglesOf(const QString &text)
{
    std::vector<quint64> shingles;
    if (text.size() >= shingleLength)
        shingles.reserve(size_t(text.size() - shingleLength + 1));
    for (int i = 0; i + shingleLength <= text.size(); ++i) {
        quint64 hash = 1469598103934665603ULL;
        for (int k = 0; k < shingleLength; ++k) {
            hash ^= text.at(i + k).unicode();
            hash *= 1099511628211ULL;
        }
        shingles.push_back(spread(hash));
    }
    std::sort(shingles.begin(), shingles.end());
    shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
    return shingles;
}

double exactJaccard(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    if (a.empty() || b.empty())
        return 0;
    size_t i = 0;
    size_t j = 0;
    size_t common = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return double(common) / double(a.size() + b.size() - common);
}

} // namespace

CorpusDuplicateIndex::CorpusDuplicateIndex(double threshold)
    : m_threshold(threshold)
{}

CorpusDuplicateIndex::PagePassages CorpusDuplicateIndex::passagesOf(const QString &pageKey, const SegmentedPage &page)
{
    PagePassages passages;
    passages.m_pageKey = pageKey;
    QVector<Item> &items = passages.m_items;
    const auto add = [&items, &passages](Passage passage, int article, const QString &text) {
        Signature signature;
        if (!signatureOf(text, signature))
            return;
        Item item;
        item.passage = std::move(passage);
        item.article = article;
        items.append(std::move(item));
        passages.m_signatures.push_back(signature);
    };
    for (const Article &article : page.articles) {
        Passage whole{pageKey, article.id, {}, true};
        QString text;
        for (const Paragraph &paragraph : article.paragraphs) {
            text += paragraph.text;
            whole.ranges += paragraph.parts;
        }
        const int before = int(items.size());
        add(whole, before, text);
        const int articleItem = int(items.size()) > before ? before : -1;
        if (article.paragraphs.size() < 2)
            continue;
        for (const Paragraph &paragraph : article.paragraphs) {
            if (paragraph.role == ParagraphRole::Body)
                add(Passage{pageKey, article.id, paragraph.parts, false}, articleItem, paragraph.text);
        }
    }
    return passages;
}

void CorpusDuplicateIndex::addPage(PagePassages passages)
{
    Q_ASSERT_X(!m_computed, "CorpusDuplicateIndex::addPage", "pages are added before compute()");
    const int pageIndex = int(m_pageKeys.size());
    m_pageKeys.append(passages.m_pageKey);
    // The page's item indices become the index's.
    const int offset = int(m_items.size());
    for (Item &item : passages.m_items) {
        item.page = pageIndex;
        if (item.article >= 0)
            item.article += offset;
        m_items.append(std::move(item));
    }
    m_signatures.insert(m_signatures.end(), passages.m_signatures.cbegin(), passages.m_signatures.cend());
}

void CorpusDuplicateIndex::addPage(const QString &pageKey, const SegmentedPage &page)
{
    addPage(passagesOf(pageKey, page));
}

bool CorpusDuplicateIndex::signatureOf(const QString &text, Signature &signature)
{
    const QString content = normalised(text);
    if (content.size() < minimumCharacters)
        return false;
    // One-permutation MinHash: each shingle's hash picks a bin (its top six
    // bits) and competes for that bin's minimum, one hash per shingle
    // instead of 64. Empty bins (short texts) borrow the value of a bin
    // chosen by a probe sequence that depends only on the bin's number, so
    // equal texts fill them alike ("optimal densification", Shrivastava 2017).
    constexpr quint64 empty = std::numeric_limits<quint64>::max();
    std::array<quint64, signatureSize> minimum;
    minimum.fill(empty);
    for (quint64 shingle : shinglesOf(content)) {
        const int bin = int(shingle >> 58);
        minimum[size_t(bin)] = std::min(minimum[size_t(bin)], shingle & ((quint64(1) << 58) - 1));
    }
    for (int bin = 0; bin < signatureSize; ++bin) {
        quint64 value = minimum[size_t(bin)];
        for (quint64 attempt = 1; value == empty; ++attempt)
            value = minimum[size_t(spread((quint64(bin) << 32) | attempt) % signatureSize)];
        // Sixteen bits of a hash of the minimum: equal minima agree, other
        // ones by chance once in 65 536.
        signature[size_t(bin)] = quint16(spread(value ^ 0x5851F42D4C957F2DULL) >> 48);
    }
    return true;
}

double CorpusDuplicateIndex::agreement(const Signature &a, const Signature &b)
{
    int equal = 0;
    for (int k = 0; k < signatureSize; ++k)
        equal += a[size_t(k)] == b[size_t(k)];
    return double(equal) / signatureSize;
}

double CorpusDuplicateIndex::similarity(const QString &a, const QString &b)
{
    return exactJaccard(shinglesOf(normalised(a)), shinglesOf(normalised(b)));
}

double CorpusDuplicateIndex::estimatedSimilarity(const QString &a, const QString &b)
{
    Signature x;
    Signature y;
    if (!signatureOf(a, x) || !signatureOf(b, y))
        return 0;
    return agreement(x, y);
}

bool CorpusDuplicateIndex::linkBands(DisjointSets &sets, bool wholeArticles, const QVector<int> &articleGroup,
                                     const std::atomic_bool *cancelled)
{
    // Two passages may be linked when they are on different pages and, in
    // the paragraph pass, not a paragraph of an article already grouped
    // with the other's article (that copy is reported once, as a whole).
    const auto linkable = [&](int x, int y) {
        const Item &a = m_items.at(x);
        const Item &b = m_items.at(y);
        if (a.page == b.page)
            return false;
        if (wholeArticles)
            return true;
        if (a.passage.wholeArticle && b.passage.wholeArticle)
            return false; // the first pass's business
        const int groupA = a.article >= 0 ? articleGroup.at(a.article) : -1 - x;
        const int groupB = b.article >= 0 ? articleGroup.at(b.article) : -1 - y;
        return groupA != groupB;
    };
    std::vector<std::pair<quint64, int>> keyed;
    keyed.reserve(size_t(m_items.size()));
    std::vector<int> representatives;
    for (int band = 0; band < signatureSize / bandRows; ++band) {
        if (cancelled && cancelled->load())
            return false;
        // Banding: passages whose signatures agree on every row of a band
        // share a bucket. With 16 bands of 4 rows a pair at Jaccard 0.8 is
        // proposed with probability 1 - (1 - 0.8^4)^16 > 0.9999.
        keyed.clear();
        for (int i = 0; i < m_items.size(); ++i) {
            const Item &item = m_items.at(i);
            if (wholeArticles && !item.passage.wholeArticle)
                continue;
            quint64 key = 0;
            for (int row = 0; row < bandRows; ++row)
                key = (key << 16) | m_signatures[size_t(i)][size_t(band * bandRows + row)];
            keyed.emplace_back(key, i);
        }
        std::sort(keyed.begin(), keyed.end());
        for (size_t start = 0; start < keyed.size();) {
            size_t end = start + 1;
            while (end < keyed.size() && keyed[end].first == keyed[start].first)
                ++end;
            representatives.clear();
            for (size_t k = start; end - start > 1 && k < end; ++k) {
                const int item = keyed[k].second;
                bool grouped = false;
                for (int representative : representatives) {
                    if (sets.together(representative, item)) {
                        grouped = true;
                        break;
                    }
                }
                for (size_t r = 0; !grouped && r < representatives.size(); ++r) {
                    const int representative = representatives[r];
                    if (!linkable(representative, item))
                        continue;
                    const double jaccard
                        = agreement(m_signatures[size_t(representative)], m_signatures[size_t(item)]);
                    if (jaccard < m_threshold)
                        continue;
                    sets.unite(representative, item);
                    m_links.append({representative, item, jaccard});
                    grouped = true;
                }
                if (!grouped && int(representatives.size()) < representativesPerBucket)
                    representatives.push_back(item);
            }
            start = end;
        }
    }
    return true;
}

bool CorpusDuplicateIndex::compute(const std::atomic_bool *cancelled)
{
    if (m_computed)
        return true;
    m_links.clear();
    m_copiesByPage.clear();
    DisjointSets sets(int(m_items.size()));
    // Whole articles first: a paragraph pair inside an article pair is the
    // same copy and is not reported again.
    if (!linkBands(sets, true, {}, cancelled))
        return false;
    QVector<int> articleGroup(m_items.size());
    for (int i = 0; i < m_items.size(); ++i)
        articleGroup[i] = sets.find(i);
    if (!linkBands(sets, false, articleGroup, cancelled))
        return false;
    std::vector<Signature>().swap(m_signatures);

    // Each linked passage is told of its first partner's page and how many
    // other pages its group covers.
    QVector<Copy> copies(m_items.size());
    std::vector<std::pair<int, int>> groupPages; // (group, page) of linked passages
    for (const Link &link : std::as_const(m_links)) {
        for (const auto &[self, partner] : {std::pair{link.a, link.b}, std::pair{link.b, link.a}}) {
            Copy &copy = copies[self];
            if (copy.item < 0) {
                copy = Copy{self, partner, link.jaccard, 0};
                groupPages.emplace_back(sets.find(self), m_items.at(self).page);
            }
        }
    }
    std::sort(groupPages.begin(), groupPages.end());
    groupPages.erase(std::unique(groupPages.begin(), groupPages.end()), groupPages.end());
    QHash<int, int> pagesOfGroup;
    for (const auto &[group, page] : groupPages)
        ++pagesOfGroup[group];
    for (Copy &copy : copies) {
        if (copy.item < 0)
            continue;
        // Its own page and the partner's are named; the rest are counted.
        copy.otherPages = std::max(0, pagesOfGroup.value(sets.find(copy.item)) - 2);
        m_copiesByPage[m_items.at(copy.item).passage.pageKey].append(copy);
    }
    m_computed = true;
    return true;
}

QVector<CorpusDuplicateIndex::Match> CorpusDuplicateIndex::matches()
{
    compute();
    QVector<Match> found;
    found.reserve(m_links.size());
    for (const Link &link : std::as_const(m_links)) {
        const Passage &x = m_items.at(link.a).passage;
        const Passage &y = m_items.at(link.b).passage;
        const bool xFirst = x.pageKey != y.pageKey ? m_items.at(link.a).page < m_items.at(link.b).page : true;
        found.append(xFirst ? Match{x, y, link.jaccard} : Match{y, x, link.jaccard});
    }
    return found;
}

bool CorpusDuplicateIndex::hasWarnings(const QString &pageKey)
{
    compute();
    return m_copiesByPage.contains(pageKey);
}

namespace {

class CorpusDuplicateDefinition final : public Check
{
public:
    CheckDefinition definition() const override
    {
        return {QStringLiteral("structure.corpus_duplicate"),
                CheckSeverity::Warning,
                CheckCategory::Structure,
                ErrorClass::Ordinary,
                QT_TRANSLATE_NOOP("CopyChecks", "Printed on another page as well"),
                QStringLiteral("在其他版面重复刊出")};
    }
    CopyWarnings run(const ArticleText &) const override { return {}; }

    CopyWarning warning(const CorpusDuplicateIndex::Passage &here, const CorpusDuplicateIndex::Passage &there,
                        double similarity, int otherPages) const
    {
        static const CheckMessage article{
            QT_TRANSLATE_NOOP("CopyChecks", "This article is also printed on %1 (%2% the same)"),
            "本文在%1也刊出过（相同度%2%）"};
        static const CheckMessage paragraph{
            QT_TRANSLATE_NOOP("CopyChecks", "This paragraph is also printed on %1 (%2% the same)"),
            "本段在%1也刊出过（相同度%2%）"};
        static const CheckMessage articleMore{
            QT_TRANSLATE_NOOP("CopyChecks", "This article is also printed on %1 (%2% the same) and on %3 more pages"),
            "本文在%1（相同度%2%）及另外%3个版面也刊出过"};
        static const CheckMessage paragraphMore{
            QT_TRANSLATE_NOOP("CopyChecks", "This paragraph is also printed on %1 (%2% the same) and on %3 more pages"),
            "本段在%1（相同度%2%）及另外%3个版面也刊出过"};
        QStringList arguments{there.pageKey, QString::number(qRound(similarity * 100))};
        const CheckMessage *message = here.wholeArticle ? &article : &paragraph;
        if (otherPages > 0) {
            message = here.wholeArticle ? &articleMore : &paragraphMore;
            arguments << QString::number(otherPages);
        }
        CopyWarning w = warningAt(here.ranges.first(), TextPlace::Body, *message, arguments);
        w.ranges = here.ranges;
        w.articleId = here.articleId;
        return w;
    }
};

} // namespace

CheckDefinition CorpusDuplicateIndex::checkDefinition()
{
    return CorpusDuplicateDefinition().definition();
}

CopyWarnings CorpusDuplicateIndex::warningsFor(const QString &pageKey, const QString &pageText)
{
    compute();
    const CorpusDuplicateDefinition check;
    CopyWarnings warnings;
    for (const Copy &copy : m_copiesByPage.value(pageKey))
        warnings.append(check.warning(m_items.at(copy.item).passage, m_items.at(copy.partner).passage, copy.jaccard,
                                      copy.otherPages));
    CopyChecker::anchor(pageText, warnings);
    return warnings;
}
