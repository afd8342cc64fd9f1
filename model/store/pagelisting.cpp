#include "pagelisting.h"

#include "articlesegmenter.h"
#include "listingrowdecoder.h"
#include "pageoutlinecodec.h"
#include "sqldialect.h"
#include "sqliterows.h"
#include "storerows.h"

#include <QSqlQuery>

#include <algorithm>
#include <memory>

namespace {

/// Progress is told this often: often enough for a bar, rarely enough to
/// cost nothing against reading a row.
constexpr int progressEvery = 2048;

int pageCount(const QSqlDatabase &db)
{
    QSqlQuery count(db);
    if (count.exec(QStringLiteral("SELECT COUNT(*) FROM pages")) && count.next())
        return count.value(0).toInt();
    return -1;
}

} // namespace

PageListingReader::PageListingReader(const QSqlDatabase &db)
    : m_db(db)
{}

PageListing PageListingReader::readAll() const
{
    return read(QString());
}

PageListing PageListingReader::readPage(const QString &pageId) const
{
    return read(pageId);
}

PageListing PageListingReader::read(const QString &onlyPageId) const
{
    PageListing listing;
    const bool all = onlyPageId.isEmpty();
    {
        QSqlQuery fixes(m_db);
        fixes.setForwardOnly(true);
        fixes.prepare(all ? QStringLiteral("SELECT DISTINCT page_id FROM fixes")
                          : QStringLiteral("SELECT DISTINCT page_id FROM fixes WHERE page_id = ?"));
        if (!all)
            fixes.addBindValue(onlyPageId);
        if (!fixes.exec())
            return listing;
        while (fixes.next())
            listing.fixed.insert(fixes.value(0).toString());
    }

    // Both queries below start with the page's columns in this order.
    const bool forOpening = all && m_forOpening;
    const auto readSource = [&listing, all, forOpening](const SqliteRows &rows) {
        ListedRow row;
        PageOutline &source = row.source;
        source.pageId = rows.text(0);
        if (all)
            listing.listed.append(source.pageId);
        listing.nameOf.insert(source.pageId, rows.text(1));
        source.path = rows.text(2);
        source.revisionId = rows.text(3);
        if (forOpening)
            listing.signatures.insert(source.pageId, source.revisionId);
        source.sha256 = rows.utf8(4);
        source.encoding = rows.text(5);
        row.fixed = listing.fixed.contains(source.pageId);
        return row;
    };
    // `sql` ends in a WHERE clause; `idColumn` names the page's id in it.
    // Null, with a warning, when the query cannot run.
    const auto run = [this, &onlyPageId](QString sql, const QString &idColumn) {
        if (!onlyPageId.isEmpty())
            sql += QStringLiteral(" AND ") + idColumn + QStringLiteral(" = ?");
        QString error;
        std::unique_ptr<SqliteRows> rows = SqliteRows::prepare(m_db, sql, &error);
        if (rows && !onlyPageId.isEmpty() && !rows->bind(0, onlyPageId)) {
            error = QStringLiteral("cannot bind the page id");
            rows.reset();
        }
        if (!rows)
            qWarning("yuegao store: %s: %s", qPrintable(sql), qPrintable(error));
        return rows;
    };
    const auto failed = [](const SqliteRows &rows) {
        if (rows.error().isEmpty())
            return false;
        qWarning("yuegao store: reading the pages: %s", qPrintable(rows.error()));
        return true;
    };

    // The tables sized once: rehashing them as 70 000 pages came in was
    // 4 % of opening a gigabyte's project.
    const int total = all ? pageCount(m_db) : 1;
    if (all && total > 0) {
        listing.byId.reserve(total);
        if (forOpening) {
            listing.signatures.reserve(total);
            listing.ordered.reserve(total);
        }
        listing.nameOf.reserve(total);
        listing.listed.reserve(total);
    }
    // The decoder's from here until it finishes: listing.byId and .missing
    // (for an opening also .ordered and .articleIndex).
    ListingRowDecoder decoder(listing, all ? ListingRowDecoder::Mode::OnItsOwnThread
                                           : ListingRowDecoder::Mode::OnTheCallersThread,
                              forOpening);
    // Every return before the decoder finishes goes through here: the
    // listing is copied out, not left to a thread still writing into it.
    const auto abandoned = [&decoder, &listing] {
        decoder.abandon();
        return listing;
    };
    // The listing first: one compact row per page, read in one pass.
    int listed = 0;
    {
        const std::unique_ptr<SqliteRows> rows
            = run(QStringLiteral("SELECT page_id, name, source_path, revision_id, sha256, encoding, segmenter_version,"
                                 " outline FROM page_listing WHERE 1 = 1"),
                  QStringLiteral("page_id"));
        if (!rows)
            return abandoned();
        while (rows->next()) {
            if (++listed % progressEvery == 0) {
                if (cancelled())
                    return abandoned();
                if (m_progress)
                    m_progress(listed, total);
            }
            ListedRow row = readSource(*rows);
            // What the list shows of a page with the editor's fixes is made
            // from the page itself (pages with fixes are few), by the store.
            if (!row.fixed && rows->integer(6) == ArticleSegmenter::outputVersion) {
                const QByteArray outline = rows->blobView(7);
                row.outline = QByteArray(outline.constData(), outline.size());
            }
            decoder.add(std::move(row));
        }
        if (failed(*rows))
            return abandoned();
    }
    // Pages the listing lacks (an older project's, an undone import's):
    // found through their revisions, for the store to make their outlines.
    bool someUnlisted = listed == 0;
    if (all) {
        // Counted again: another process may have added pages meanwhile.
        const int now = pageCount(m_db);
        someUnlisted = now < 0 || now > listed;
    }
    if (someUnlisted) {
        const std::unique_ptr<SqliteRows> rows
            = run(QStringLiteral("SELECT p.id, p.name, p.source_path, r.id, r.sha256, r.encoding"
                                 " FROM pages p JOIN page_revisions r ON r.page_id = p.id")
                      + StoreRows::latestRevision()
                      + QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM page_listing l WHERE l.page_id = p.id)"),
                  QStringLiteral("p.id"));
        if (!rows)
            return abandoned();
        while (rows->next())
            decoder.add(readSource(*rows));
        if (failed(*rows))
            return abandoned();
    }
    // Sorted while the last outlines are decoded: the names are all read.
    if (forOpening && !cancelled())
        listing.order = PageListing::nameOrder(listing.nameOf, listing.listed);
    decoder.finish();
    if (m_progress)
        m_progress(listing.byId.size(), total);
    listing.complete = !cancelled();
    return listing;
}

QStringList PageListing::nameOrder(const QHash<QString, QString> &nameOf, const QStringList &listed)
{
    QVector<QPair<QString, QString>> byName;
    byName.reserve(nameOf.size());
    if (listed.size() == nameOf.size()) {
        // Pages are listed as they were imported, most often in name
        // order: one pass checks that, where sorting 70 000 names took
        // longer than any other step between reading and showing them.
        for (const QString &pageId : listed)
            byName.append({nameOf.value(pageId), pageId});
    } else {
        for (auto it = nameOf.cbegin(); it != nameOf.cend(); ++it)
            byName.append({it.value(), it.key()});
    }
    if (!std::is_sorted(byName.cbegin(), byName.cend()))
        std::sort(byName.begin(), byName.end());
    QStringList order;
    order.reserve(byName.size());
    for (const auto &entry : qAsConst(byName))
        order.append(entry.second);
    return order;
}

void PageListing::addFixesToSignatures(QHash<QString, QString> &signatures, const QSqlDatabase &db)
{
    QSqlQuery fixes(db);
    fixes.setForwardOnly(true);
    if (!fixes.exec(QStringLiteral("SELECT page_id, id FROM fixes ORDER BY page_id, created, id")))
        return;
    while (fixes.next()) {
        auto it = signatures.find(fixes.value(0).toString());
        if (it != signatures.end())
            *it += QLatin1Char('|') + fixes.value(1).toString();
    }
}

PageListing PageListingReader::readProject(const QString &projectPath, const std::atomic_bool *cancelled,
                                           Progress progress)
{
    ReadConnection connection(SqliteDialect(), QStringLiteral("listing"), projectPath);
    if (!connection.isOpen()) {
        qWarning("yuegao: cannot list the pages of %s: %s", qUtf8Printable(projectPath),
                 qUtf8Printable(connection.error().message));
        return {};
    }
    QSqlDatabase &db = connection.db();
    // One snapshot for the fixes, the listing and the pages it lacks.
    const bool inTransaction = db.transaction();
    PageListingReader reader(db);
    reader.setCancelFlag(cancelled);
    reader.setProgress(std::move(progress));
    reader.setForOpening(true);
    PageListing listing = reader.readAll();
    if (listing.complete) {
        PageListing::addFixesToSignatures(listing.signatures, db);
        // The outlines and index made in listing order serve when that is
        // the name order (pages imported in name order: most often).
        if (!listing.missing.isEmpty() || !listing.fixed.isEmpty()) {
            listing.ordered.clear();
            listing.articleIndex.clear();
        } else if (listing.order == listing.listed) {
            listing.articleIndex.finish();
        } else {
            listing.articleIndex.build(listing.order, listing.byId);
            listing.ordered.clear();
            for (const QString &pageId : qAsConst(listing.order))
                listing.ordered.append(listing.byId.value(pageId));
        }
    }
    if (inTransaction)
        db.rollback();
    return listing;
}
