#include "corpusduplicateindex.h"

#include "articletext.h"
#include "check.h"
#include "copychecker.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>
#include <limits>

namespace {

constexpr int shingleLength = 5;
/// Shorter texts share 5-character shingles by chance ("全国文明城市").
constexpr int minimumCharacters = 60;

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
        if (CheckChars::isHan(c) || (c < 128 && QChar(c).isLetterOrNumber()))
            out += QString::fromUcs4(&c, 1);
        else if (c >= 0xFF10 && c <= 0xFF19)
            out += QChar(u'0' + (c - 0xFF10));
    }
    return out;
}

QSet<quint64> shinglesOf(const QString &text)
{
    QSet<quint64> shingles;
    for (int i = 0; i + shingleLength <= text.size(); ++i) {
        // FNV-1a over the UTF-16 units: stable across runs, unlike qHash's seed.
        quint64 hash = 1469598103934665603ULL;
        for (int k = 0; k < shingleLength; ++k) {
            hash ^= text.at(i + k).unicode();
            hash *= 1099511628211ULL;
        }
        shingles.insert(hash);
    }
    return shingles;
}

quint32 mix(quint64 value, quint64 seed)
{
    // SplitMix64 finaliser: a cheap, well-spread hash family for MinHash.
    quint64 z = value + seed * 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return quint32((z ^ (z >> 31)) >> 16);
}

double jaccard(const QSet<quint64> &a, const QSet<quint64> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    const QSet<quint64> &small = a.size() < b.size() ? a : b;
    const QSet<quint64> &large = a.size() < b.size() ? b : a;
    int common = 0;
    for (quint64 shingle : small)
        common += large.contains(shingle);
    return double(common) / double(a.size() + b.size() - common);
}

} // namespace

CorpusDuplicateIndex::CorpusDuplicateIndex(double threshold)
    : m_threshold(threshold)
{}

void CorpusDuplicateIndex::addPage(const QString &pageKey, const QString &pageText, const SegmentedPage &page)
{
    m_pageTexts.insert(pageKey, pageText);
    for (const Article &article : page.articles) {
        Passage whole{pageKey, article.id, {}, true};
        QString text;
        for (const Paragraph &paragraph : article.paragraphs) {
            text += paragraph.text;
            whole.ranges += paragraph.parts;
        }
        addItem(whole, text);
        if (article.paragraphs.size() < 2)
            continue;
        for (const Paragraph &paragraph : article.paragraphs) {
            if (paragraph.role == ParagraphRole::Body)
                addItem(Passage{pageKey, article.id, paragraph.parts, false}, paragraph.text);
        }
    }
}

void CorpusDuplicateIndex::addItem(Passage passage, const QString &text)
{
    const QString content = normalised(text);
    if (content.size() < minimumCharacters)
        return;
    Item item;
    item.passage = std::move(passage);
    item.shingles = shinglesOf(content);
    item.signature.fill(std::numeric_limits<quint32>::max());
    for (quint64 shingle : std::as_const(item.shingles)) {
        for (int k = 0; k < signatureSize; ++k)
            item.signature[k] = std::min(item.signature[k], mix(shingle, quint64(k + 1)));
    }
    m_items.append(item);
}

double CorpusDuplicateIndex::similarity(const QString &a, const QString &b)
{
    return jaccard(shinglesOf(normalised(a)), shinglesOf(normalised(b)));
}

QVector<CorpusDuplicateIndex::Match> CorpusDuplicateIndex::compute() const
{
    // Banding: two signatures that agree on all rows of any band become a
    // candidate. With 16 bands of 4 rows a pair at Jaccard 0.8 is proposed
    // with probability 1 - (1 - 0.8^4)^16 > 0.9999.
    QSet<QPair<int, int>> candidates;
    for (int band = 0; band < signatureSize / bandRows; ++band) {
        QHash<QByteArray, QVector<int>> buckets;
        for (int i = 0; i < m_items.size(); ++i) {
            const QByteArray key(reinterpret_cast<const char *>(m_items.at(i).signature.data() + band * bandRows),
                                 int(bandRows * sizeof(quint32)));
            buckets[key].append(i);
        }
        for (const QVector<int> &bucket : std::as_const(buckets)) {
            for (int x = 0; x < bucket.size(); ++x) {
                for (int y = x + 1; y < bucket.size(); ++y) {
                    if (m_items.at(bucket.at(x)).passage.pageKey != m_items.at(bucket.at(y)).passage.pageKey)
                        candidates.insert({bucket.at(x), bucket.at(y)});
                }
            }
        }
    }
    QVector<Match> found;
    QSet<QPair<QString, QString>> articlePairs; // (pageKey/articleId) pairs matched as wholes
    QVector<QPair<int, int>> ordered(candidates.cbegin(), candidates.cend());
    // Whole articles first, so their paragraphs are not reported again.
    std::sort(ordered.begin(), ordered.end(), [this](const QPair<int, int> &x, const QPair<int, int> &y) {
        const bool wx = m_items.at(x.first).passage.wholeArticle && m_items.at(x.second).passage.wholeArticle;
        const bool wy = m_items.at(y.first).passage.wholeArticle && m_items.at(y.second).passage.wholeArticle;
        return wx != wy ? wx : x < y;
    });
    const auto articleKey = [](const Passage &p) -> QString { return p.pageKey + QLatin1Char('\x1f') + p.articleId; };
    for (const auto &pair : std::as_const(ordered)) {
        const Item &a = m_items.at(pair.first);
        const Item &b = m_items.at(pair.second);
        const double similarity = jaccard(a.shingles, b.shingles);
        if (similarity < m_threshold)
            continue;
        const QPair<QString, QString> key{articleKey(a.passage), articleKey(b.passage)};
        const QPair<QString, QString> reversed{key.second, key.first};
        if (a.passage.wholeArticle && b.passage.wholeArticle) {
            articlePairs.insert(key);
            articlePairs.insert(reversed);
        } else if (articlePairs.contains(key)) {
            continue;
        }
        found.append({a.passage, b.passage, similarity});
    }
    return found;
}

QVector<CorpusDuplicateIndex::Match> CorpusDuplicateIndex::matches() const
{
    return compute();
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
                        double similarity) const
    {
        static const CheckMessage article{
            QT_TRANSLATE_NOOP("CopyChecks", "This article is also printed on %1 (%2% the same)"),
            "本文在%1也刊出过（相同度%2%）"};
        static const CheckMessage paragraph{
            QT_TRANSLATE_NOOP("CopyChecks", "This paragraph is also printed on %1 (%2% the same)"),
            "本段在%1也刊出过（相同度%2%）"};
        const QStringList arguments{there.pageKey, QString::number(qRound(similarity * 100))};
        CopyWarning w
            = warningAt(here.ranges.first(), TextPlace::Body, here.wholeArticle ? article : paragraph, arguments);
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

CopyWarnings CorpusDuplicateIndex::warningsFor(const QString &pageKey) const
{
    const CorpusDuplicateDefinition check;
    CopyWarnings warnings;
    for (const Match &match : compute()) {
        if (match.a.pageKey == pageKey)
            warnings.append(check.warning(match.a, match.b, match.jaccard));
        if (match.b.pageKey == pageKey)
            warnings.append(check.warning(match.b, match.a, match.jaccard));
    }
    CopyChecker::anchor(m_pageTexts.value(pageKey), warnings);
    return warnings;
}
