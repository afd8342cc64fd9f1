#include "segmentationjson.h"

#include "codepointoffsets.h"
#include "entityjson.h"

#include <QJsonArray>

namespace SegmentationJson {

namespace {

class Writer
{
public:
    Writer(const DecodedPage &page, const SegmentedPage &segmented, const QVector<ArticleEntities> &entities,
           const Gazetteer *gazetteer)
        : m_page(page), m_segmented(segmented), m_offsets(page.text()), m_entities(entities), m_gazetteer(gazetteer)
    {
    }

    QJsonObject document() const
    {
        QJsonObject json;
        json.insert(QStringLiteral("path"), m_page.path);
        json.insert(QStringLiteral("encoding"), m_page.decoded.encoding);
        json.insert(QStringLiteral("confidence"), m_page.decoded.confidence);
        json.insert(QStringLiteral("sha256"), QString::fromLatin1(m_page.sha256));
        json.insert(QStringLiteral("characters"), m_offsets.toCodePoint(m_page.text().size()));
        json.insert(QStringLiteral("invalidSequences"), m_page.decoded.invalidSequences);
        QJsonArray articles;
        for (int i = 0; i < m_segmented.articles.size(); ++i) {
            QJsonObject article = articleJson(m_segmented.articles.at(i));
            if (i < m_entities.size())
                EntityJson::addTo(article, m_entities.at(i), m_gazetteer ? *m_gazetteer : Gazetteer::builtIn(), m_offsets);
            articles.append(article);
        }
        json.insert(QStringLiteral("articles"), articles);
        json.insert(QStringLiteral("furniture"), blocksJson(m_segmented.furniture));
        json.insert(QStringLiteral("orphans"), blocksJson(m_segmented.orphans));
        json.insert(QStringLiteral("repairs"), repairsJson(m_segmented.repairs));
        QJsonArray warnings = warningsJson(m_segmented.warnings);
        for (const QString &decodeWarning : m_page.decoded.warnings) {
            QJsonObject warning;
            warning.insert(QStringLiteral("code"), QStringLiteral("decoding"));
            warning.insert(QStringLiteral("message"), decodeWarning);
            warnings.append(warning);
        }
        json.insert(QStringLiteral("warnings"), warnings);
        QJsonArray blocks;
        for (const Block &block : m_segmented.blocks) {
            QJsonObject entry = rangeJson(block.range);
            entry.insert(QStringLiteral("kind"), blockKindName(block.kind));
            entry.insert(QStringLiteral("text"), block.text);
            blocks.append(entry);
        }
        json.insert(QStringLiteral("blocks"), blocks);
        return json;
    }

private:
    QJsonObject rangeJson(const TextRange &range) const
    {
        const TextRange points = m_offsets.toCodePoints(range);
        QJsonObject json;
        json.insert(QStringLiteral("start"), points.begin);
        json.insert(QStringLiteral("end"), points.end);
        return json;
    }

    QJsonArray rangesJson(const QVector<TextRange> &ranges) const
    {
        QJsonArray json;
        for (const TextRange &range : ranges)
            json.append(rangeJson(range));
        return json;
    }

    QJsonArray blocksJson(const QVector<int> &indices) const
    {
        QJsonArray json;
        for (int index : indices) {
            const Block &block = m_segmented.blocks.at(index);
            QJsonObject entry = rangeJson(block.range);
            entry.insert(QStringLiteral("text"), block.text);
            entry.insert(QStringLiteral("kind"), blockKindName(block.kind));
            json.append(entry);
        }
        return json;
    }

    QJsonArray repairsJson(const QVector<Repair> &repairs) const
    {
        QJsonArray json;
        for (const Repair &repair : repairs) {
            QJsonObject entry;
            entry.insert(QStringLiteral("kind"), repairKindName(repair.kind));
            entry.insert(QStringLiteral("description"), repair.description);
            entry.insert(QStringLiteral("ranges"), rangesJson(repair.ranges));
            json.append(entry);
        }
        return json;
    }

    QJsonArray warningsJson(const QVector<SegmentationWarning> &warnings) const
    {
        QJsonArray json;
        for (const SegmentationWarning &warning : warnings) {
            QJsonObject entry = rangeJson(warning.range);
            entry.insert(QStringLiteral("code"), warning.code);
            entry.insert(QStringLiteral("message"), warning.message);
            json.append(entry);
        }
        return json;
    }

    QJsonObject articleJson(const Article &article) const
    {
        QJsonObject json;
        json.insert(QStringLiteral("id"), article.id);
        json.insert(QStringLiteral("kind"), articleKindName(article.kind));
        json.insert(QStringLiteral("kicker"), article.kicker);
        json.insert(QStringLiteral("title"), article.title);
        json.insert(QStringLiteral("titleLines"), QJsonArray::fromStringList(article.titleLines));
        json.insert(QStringLiteral("subtitle"), article.subtitle);
        json.insert(QStringLiteral("byline"), QJsonArray::fromStringList(article.byline));
        json.insert(QStringLiteral("source"), article.source);
        if (!article.continuedFrom.isEmpty())
            json.insert(QStringLiteral("continuedFrom"), article.continuedFrom);
        if (!article.continuedTo.isEmpty())
            json.insert(QStringLiteral("continuedTo"), article.continuedTo);
        QJsonArray paragraphs;
        for (const Paragraph &paragraph : article.paragraphs) {
            QJsonObject entry = rangeJson(paragraph.span());
            entry.insert(QStringLiteral("text"), paragraph.text);
            entry.insert(QStringLiteral("role"), paragraphRoleName(paragraph.role));
            if (paragraph.parts.size() > 1)
                entry.insert(QStringLiteral("parts"), rangesJson(paragraph.parts));
            if (paragraph.cut)
                entry.insert(QStringLiteral("cut"), true);
            if (paragraph.fragment)
                entry.insert(QStringLiteral("fragment"), true);
            paragraphs.append(entry);
        }
        json.insert(QStringLiteral("paragraphs"), paragraphs);
        json.insert(QStringLiteral("blocks"), QJsonArray::fromVariantList([&] {
                        QVariantList list;
                        for (int index : article.blocks)
                            list.append(index);
                        return list;
                    }()));
        json.insert(QStringLiteral("repairs"), repairsJson(article.repairs));
        json.insert(QStringLiteral("warnings"), warningsJson(article.warnings));
        return json;
    }

    const DecodedPage &m_page;
    const SegmentedPage &m_segmented;
    CodePointOffsets m_offsets;
    const QVector<ArticleEntities> &m_entities;
    const Gazetteer *m_gazetteer;
};

} // namespace

QJsonObject document(const DecodedPage &page, const SegmentedPage &segmented,
                     const QVector<ArticleEntities> &entities, const Gazetteer *gazetteer)
{
    return Writer(page, segmented, entities, gazetteer).document();
}

QJsonObject error(const QString &path, const QString &message)
{
    QJsonObject json;
    json.insert(QStringLiteral("path"), path);
    json.insert(QStringLiteral("error"), message);
    return json;
}

} // namespace SegmentationJson
