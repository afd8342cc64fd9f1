#include "storerows.h"

#include "statementcache.h"

#include "articlesegmenter.h"
#include "segmentationcodec.h"
#include "segmentationfixer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace StoreRows {

QVector<QVariantMap> select(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                            StatementCache *statements)
{
    Statement query(statements, db, sql);
    for (const QVariant &value : values)
        query->addBindValue(value);
    QVector<QVariantMap> rows;
    if (!query->exec()) {
        qWarning("yuegao store: %s: %s", qPrintable(sql), qPrintable(query->lastError().text()));
        return rows;
    }
    const QSqlRecord record = query->record();
    while (query->next()) {
        QVariantMap row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), query->value(i));
        rows.append(row);
    }
    return rows;
}

QString pageSelect()
{
    return QStringLiteral(
        "SELECT p.id AS id, p.name AS name, p.source_path AS source_path, r.id AS revision_id, r.number AS number,"
        " r.sha256 AS sha256, r.encoding AS encoding, r.body AS body, r.imported AS imported"
        " FROM pages p JOIN page_revisions r ON r.page_id = p.id");
}

QString latestRevision()
{
    return QStringLiteral(" WHERE r.number = (SELECT MAX(number) FROM page_revisions WHERE page_id = p.id)");
}

ProjectPage pageFrom(const QVariantMap &row)
{
    ProjectPage page;
    page.id = row.value(QStringLiteral("id")).toString();
    page.name = row.value(QStringLiteral("name")).toString();
    page.sourcePath = row.value(QStringLiteral("source_path")).toString();
    page.revisionId = row.value(QStringLiteral("revision_id")).toString();
    page.revision = row.value(QStringLiteral("number")).toInt();
    page.sha256 = row.value(QStringLiteral("sha256")).toString();
    page.encoding = row.value(QStringLiteral("encoding")).toString();
    page.text = row.value(QStringLiteral("body")).toString();
    page.imported = row.value(QStringLiteral("imported")).toString();
    return page;
}

TextAnchor anchorFrom(const QVariantMap &row, const QString &prefix)
{
    TextAnchor anchor;
    const bool plain = prefix.isEmpty();
    anchor.start = row.value(plain ? QStringLiteral("start_pos") : prefix + QStringLiteral("start")).toInt();
    anchor.end = row.value(plain ? QStringLiteral("end_pos") : prefix + QStringLiteral("end")).toInt();
    anchor.exact = row.value(plain ? QStringLiteral("quote") : prefix + QStringLiteral("quote")).toString();
    anchor.prefix = row.value(plain ? QStringLiteral("prefix") : prefix + QStringLiteral("prefix")).toString();
    anchor.suffix = row.value(plain ? QStringLiteral("suffix") : prefix + QStringLiteral("suffix")).toString();
    return anchor;
}

SegmentationFix fixFrom(const QVariantMap &row)
{
    SegmentationFix fix;
    fix.id = row.value(QStringLiteral("id")).toString();
    fix.pageId = row.value(QStringLiteral("page_id")).toString();
    fixKindFromName(row.value(QStringLiteral("kind")).toString(), &fix.kind);
    fix.a = anchorFrom(row, QStringLiteral("a_"));
    fix.b = anchorFrom(row, QStringLiteral("b_"));
    blockKindFromName(row.value(QStringLiteral("block_kind")).toString(), &fix.blockKind);
    fix.orphaned = row.value(QStringLiteral("orphaned")).toInt() != 0;
    fix.author = row.value(QStringLiteral("author")).toString();
    fix.created = row.value(QStringLiteral("created")).toString();
    return fix;
}

QVector<SegmentationFix> fixesOfPage(const QSqlDatabase &db, const QString &pageId)
{
    QVector<SegmentationFix> result;
    const auto rows
        = select(db, QStringLiteral("SELECT * FROM fixes WHERE page_id = ? ORDER BY created, id"), {pageId});
    for (const QVariantMap &row : rows)
        result.append(fixFrom(row));
    return result;
}

std::optional<SegmentedPage> storedSegmentation(const QSqlDatabase &db, const QString &revisionId, const QString &text)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT segmenter_version, data FROM segmentations WHERE revision_id = ?"));
    query.addBindValue(revisionId);
    if (!query.exec() || !query.next() || query.value(0).toInt() != ArticleSegmenter::outputVersion)
        return std::nullopt;
    return SegmentationCodec::decode(query.value(1).toByteArray(), text);
}

SegmentedPage effectiveSegmentation(std::optional<SegmentedPage> stored, const QVector<SegmentationFix> &fixes,
                                    const QString &text, QStringList *skipped)
{
    SegmentedPage raw = stored ? std::move(*stored) : ArticleSegmenter().segment(text);
    if (fixes.isEmpty())
        return raw;
    return SegmentationFixer::apply(std::move(raw), fixes, text, skipped);
}

} // namespace StoreRows
