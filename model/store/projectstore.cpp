#include "projectstore.h"

#include "articlesegmenter.h"
#include "editrecorder.h"
#include "pagelisting.h"
#include "pageoutlinecodec.h"
#include "projectfilecheck.h"
#include "projectschema.h"
#include "segmentationcodec.h"
#include "segmentationfixer.h"
#include "sqldialect.h"
#include "storerows.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent>

#include <algorithm>

using StoreRows::anchorFrom;
using StoreRows::fixFrom;
using StoreRows::latestRevision;
using StoreRows::pageFrom;
using StoreRows::pageSelect;

struct ProjectStore::CachedPage
{
    ProjectPage page;
    SegmentedPage segmented;
    QStringList skipped;
    /// The fixes applied, in order: with the revision, the page's signature.
    QStringList fixIds;
    /// When it was last asked for (the cache keeps the most recent).
    quint64 used = 0;
};

struct ProjectStore::ArticleRecord
{
    QString key;
    QString pageId;
    TextAnchor anchor;
    bool orphaned = false;
    QString created;
};

/// One write transaction; rolled back unless committed.
class ProjectStore::Transaction
{
public:
    explicit Transaction(ProjectStore &store) : m_store(store) {}
    ~Transaction()
    {
        if (m_open)
            execSql(m_store.m_db, *m_store.m_dialect, QStringLiteral("ROLLBACK"));
    }
    Result<bool> begin()
    {
        Result<bool> begun = execSql(m_store.m_db, *m_store.m_dialect, m_store.m_dialect->beginWrite());
        m_open = begun.ok();
        return begun;
    }
    Result<bool> commit()
    {
        Result<bool> done = execSql(m_store.m_db, *m_store.m_dialect, QStringLiteral("COMMIT"));
        if (done)
            m_open = false;
        return done;
    }

private:
    ProjectStore &m_store;
    bool m_open = false;
};

namespace {

const QString pagesTable = QStringLiteral("pages");
const QString revisionsTable = QStringLiteral("page_revisions");
const QString tagsTable = QStringLiteral("tags");
const QString articlesTable = QStringLiteral("articles");
const QString articleTagsTable = QStringLiteral("article_tags");
const QString labelsTable = QStringLiteral("labels");
const QString spansTable = QStringLiteral("spans");
const QString reviewTable = QStringLiteral("review_events");
const QString fixesTable = QStringLiteral("fixes");
const QString workflowTable = QStringLiteral("workflow_steps");
const QString decisionsTable = QStringLiteral("warning_decisions");
const QString settingsTable = QStringLiteral("project_settings");

QVariantMap idKey(const QString &id)
{
    return {{QStringLiteral("id"), id}};
}

/// Colours for new tags and labels: distinct on light and dark palettes.
QString paletteColour(int n)
{
    static const char *const colours[] = {"#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4",
                                          "#42d4f4", "#f032e6", "#9a6324", "#469990", "#808000"};
    return QString::fromLatin1(colours[n % 10]);
}

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QVariantMap anchorColumns(const TextAnchor &anchor, const QString &prefix = QString())
{
    const bool plain = prefix.isEmpty();
    return {
        {plain ? QStringLiteral("start_pos") : prefix + QStringLiteral("start"), anchor.start},
        {plain ? QStringLiteral("end_pos") : prefix + QStringLiteral("end"), anchor.end},
        {plain ? QStringLiteral("quote") : prefix + QStringLiteral("quote"), anchor.exact},
        {plain ? QStringLiteral("prefix") : prefix + QStringLiteral("prefix"), anchor.prefix},
        {plain ? QStringLiteral("suffix") : prefix + QStringLiteral("suffix"), anchor.suffix},
    };
}

/// What can be told from the file's first bytes without opening it with
/// SQLite: a file that is no SQLite database, or that is shorter than its
/// header says (truncated), is never handed to the driver.
Result<bool> checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Unreadable, ProjectStore::tr("%1: cannot be read (%2)").arg(path, file.errorString())};
    const qint64 size = file.size();
    const QByteArray header = file.read(100);
    if (size == 0)
        return Error{ErrorCode::StoreCorrupt, ProjectStore::tr("%1: the file is empty; it is not a yuegao project").arg(path)};
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3", 16)))
        return Error{ErrorCode::StoreCorrupt,
                     ProjectStore::tr("%1: not a yuegao project, or damaged beyond reading. It was not changed.").arg(path)};
    auto byte = [&](int i) { return quint32(quint8(header.at(i))); };
    auto word = [&](int i) { return byte(i) << 24 | byte(i + 1) << 16 | byte(i + 2) << 8 | byte(i + 3); };
    qint64 pageSize = byte(16) << 8 | byte(17);
    if (pageSize == 1)
        pageSize = 65536;
    const qint64 pageCount = word(28);
    // The page count in the header is valid only when its "version valid
    // for" matches the change counter. A file shorter than that count is
    // truncated, unless a write-ahead log is beside it: a process killed
    // in the middle of a checkpoint leaves the header written and the file
    // not yet grown, the pages still in the log, which SQLite reads first.
    const bool countValid = word(92) == word(24);
    const bool logHoldsPages = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (pageSize < 512 || size % pageSize != 0 || (countValid && !logHoldsPages && size < pageCount * pageSize))
        return Error{ErrorCode::StoreCorrupt,
                     ProjectStore::tr("%1: the project is damaged (the file is shorter than its contents; truncated?). "
                                      "It was not changed.")
                         .arg(path)};
    return true;
}

} // namespace

// ---- opening -------------------------------------------------------------

ProjectStore::ProjectStore(const QString &path, const ProjectOpenOptions &options)
    : m_path(path)
    , m_connectionName(QStringLiteral("yuegao-project-") + newId())
    , m_dialect(std::make_unique<SqliteDialect>())
    , m_options(options)
{
    m_author = options.author;
    if (m_author.isEmpty())
        m_author = qEnvironmentVariable("USER");
    if (m_author.isEmpty())
        m_author = qEnvironmentVariable("USERNAME");
    if (m_author.isEmpty())
        m_author = tr("unknown");
}

ProjectStore::~ProjectStore()
{
    m_statements.clear();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<bool> ProjectStore::connect(bool readOnly)
{
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(m_dialect->connectOptions(readOnly, m_options.busyTimeoutMs));
    if (!m_db.open())
        return sqlError(*m_dialect, m_db.lastError(), QString());
    m_statements.setDatabase(m_db);
    return m_dialect->configure(m_db, readOnly);
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString &path, const ProjectOpenOptions &options)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && !options.create)
        return Error{ErrorCode::NotFound, tr("%1: no such project").arg(path)};
    if (exists && !info.isFile())
        return Error{ErrorCode::NotAFile, tr("%1: not a project file").arg(path)};
    if (exists) {
        Result<bool> header = checkHeader(path);
        if (!header)
            return header.error();
    }
    std::unique_ptr<ProjectStore> store(new ProjectStore(path, options));

    // Read-only when asked, when the file is marked read-only (even for a
    // user who could write it anyway), or when its folder is: SQLite needs
    // to create its journal files there.
    bool readOnly = options.readOnly;
    QString reason = readOnly ? tr("The project was opened read-only.") : QString();
    const bool fileWritable = info.isWritable() && (QFile::permissions(path) & QFileDevice::WriteOwner);
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    if (!exists && !folderWritable)
        return Error{ErrorCode::StoreReadOnly, tr("%1: cannot create the project: the folder is read-only").arg(path)};
    if (!readOnly && exists && !fileWritable) {
        readOnly = true;
        reason = tr("The project file is read-only: you can read it, but changes cannot be saved.");
    } else if (!readOnly && exists && !folderWritable) {
        readOnly = true;
        reason = tr("The project's folder is read-only: you can read it, but changes cannot be saved.");
    }

    auto describe = [&](const Error &error) -> Error {
        switch (error.code) {
        case ErrorCode::StoreLocked:
            return {error.code, tr("%1: the project is locked by another program (waited %2 s). Close it there, or try again.")
                                    .arg(path)
                                    .arg(options.busyTimeoutMs / 1000.0)};
        case ErrorCode::StoreCorrupt:
            return {error.code, tr("%1: the project is damaged (%2). It was not changed.").arg(path, error.message)};
        default:
            return {error.code, tr("%1: cannot open the project (%2)").arg(path, error.message)};
        }
    };

    int version = 0;
    const bool checkLater = exists && info.size() > options.checkBeforeOpeningUpToBytes;
    if (exists) {
        // Look before touching: a read-only connection can neither damage
        // a bad file further nor start migrating one we cannot read.
        Result<bool> probed = store->connect(true);
        if (!probed)
            return describe(probed.error());
        Result<int> schema = store->m_dialect->schemaVersion(store->m_db);
        if (!schema)
            return describe(schema.error());
        version = schema.value();
        Result<bool> ours = store->m_dialect->isOurs(store->m_db);
        if (!ours)
            return describe(ours.error());
        if (!ours.value() || version <= 0)
            return Error{ErrorCode::StoreCorrupt, tr("%1: a database, but not a yuegao project. It was not changed.").arg(path)};
        if (version > ProjectSchema::currentVersion)
            return Error{ErrorCode::StoreTooNew,
                         tr("%1: the project was saved by a newer version of yuegao (schema %2; this version knows up to %3). "
                            "Update yuegao to open it.")
                             .arg(path)
                             .arg(version)
                             .arg(ProjectSchema::currentVersion)};
        if (!checkLater) {
            Result<QString> check = store->m_dialect->integrityCheck(store->m_db, true);
            if (!check)
                return describe(check.error());
            if (check.value() != QLatin1String("ok"))
                return describe(Error{ErrorCode::StoreCorrupt, check.value()});
        }
        if (readOnly && version < ProjectSchema::currentVersion)
            return Error{ErrorCode::StoreReadOnly,
                         tr("%1: the project must be upgraded to this version of yuegao, but it is read-only. %2")
                             .arg(path, reason)};
    }
    if (!readOnly) {
        Result<bool> connected = store->connect(false);
        if (!connected && connected.error().code == ErrorCode::StoreReadOnly && exists) {
            // A read-only disk: say so, and read.
            readOnly = true;
            reason = tr("The project is on a read-only disk: you can read it, but changes cannot be saved.");
            connected = store->connect(true);
        }
        if (!connected)
            return describe(connected.error());
        if (!readOnly) {
            Result<bool> migrated = ProjectSchema::migrate(store->m_db, *store->m_dialect, version);
            if (!migrated)
                return describe(migrated.error());
        }
    }
    store->m_readOnly = readOnly;
    store->m_readOnlyReason = reason;
    Result<qint64> dataVersion = store->m_dialect->dataVersion(store->m_db);
    store->m_dataVersion = dataVersion ? dataVersion.value() : -1;
    if (options.pollIntervalMs > 0) {
        store->m_poll = new QTimer(store.get());
        store->m_poll->setInterval(options.pollIntervalMs);
        QObject::connect(store->m_poll, &QTimer::timeout, store.get(), &ProjectStore::checkForExternalChanges);
        store->m_poll->start();
    }
    // Once the caller is done with what it reads first: the check reads the
    // whole file, and opening a gigabyte's project then lists 70 000 pages
    // on the GUI thread while the check competed for the memory and the
    // page cache (started from the event loop, it begins after them).
    if (checkLater && options.checkAfterListing)
        store->m_checkWhenListed = true;
    else if (checkLater)
        QTimer::singleShot(0, store.get(), &ProjectStore::checkInBackground);
    return Result<std::unique_ptr<ProjectStore>>(std::move(store));
}

void ProjectStore::checkNowListed() const
{
    if (std::exchange(m_checkWhenListed, false))
        QTimer::singleShot(0, const_cast<ProjectStore *>(this), &ProjectStore::checkInBackground);
}

void ProjectStore::checkInBackground()
{
    m_fileCheck = new ProjectFileCheck(this);
    QObject::connect(m_fileCheck, &ProjectFileCheck::finished, this, [this](const QString &problems) {
        if (problems.isEmpty())
            return;
        const QString message = tr("%1: the project is damaged (%2). It stays open read-only, so nothing more is "
                                   "written into it: export what you need, or restore a backup.")
                                    .arg(m_path, problems.left(400));
        qWarning("yuegao: %s", qUtf8Printable(message));
        m_readOnly = true;
        m_readOnlyReason = message;
        emit damageFound(message);
    });
    m_fileCheck->start(m_path);
}

bool ProjectStore::isCheckingFile() const
{
    return m_fileCheck && m_fileCheck->isRunning();
}

int ProjectStore::schemaVersion() const
{
    Result<int> version = m_dialect->schemaVersion(const_cast<QSqlDatabase &>(m_db));
    return version ? version.value() : -1;
}

void ProjectStore::setAuthor(const QString &author)
{
    if (!author.trimmed().isEmpty())
        m_author = author.trimmed();
}

Result<QString> ProjectStore::integrityCheck(bool quick)
{
    return m_dialect->integrityCheck(m_db, quick);
}

void ProjectStore::checkForExternalChanges()
{
    Result<qint64> version = m_dialect->dataVersion(m_db);
    if (!version || version.value() == m_dataVersion)
        return;
    m_dataVersion = version.value();
    invalidate();
    emit externalChange();
}

// ---- plumbing ------------------------------------------------------------

QString ProjectStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString ProjectStore::now() const
{
    // Strictly increasing within this process, so the history of an article
    // orders by time even for edits made in the same millisecond.
    QDateTime time = QDateTime::currentDateTimeUtc();
    QString text = time.toString(Qt::ISODateWithMs);
    if (!m_lastTime.isEmpty() && text <= m_lastTime) {
        time = QDateTime::fromString(m_lastTime, Qt::ISODateWithMs).addMSecs(1);
        text = time.toString(Qt::ISODateWithMs);
    }
    m_lastTime = text;
    return text;
}

Error ProjectStore::readOnlyError() const
{
    return Error{ErrorCode::StoreReadOnly, m_readOnlyReason.isEmpty() ? tr("The project is read-only.") : m_readOnlyReason};
}

QVector<QVariantMap> ProjectStore::select(const QString &sql, const QVariantList &values) const
{
    return StoreRows::select(m_db, sql, values, &m_statements);
}

Result<Edit> ProjectStore::edit(const QString &text, const std::function<Result<QString>(EditRecorder &)> &body)
{
    if (m_readOnly)
        return readOnlyError();
    Transaction transaction(*this);
    Result<bool> begun = transaction.begin();
    if (!begun) {
        if (begun.error().code == ErrorCode::StoreLocked)
            return Error{ErrorCode::StoreLocked,
                         tr("The project is busy in another program; the change was not saved. Try again.")};
        return Error{begun.error().code, tr("Cannot save the change: %1").arg(begun.error().message)};
    }
    EditRecorder recorder(m_db, *m_dialect, &m_statements);
    Result<QString> subject = body(recorder);
    if (!subject)
        return subject.error();
    Result<bool> committed = transaction.commit();
    if (!committed)
        return Error{committed.error().code, tr("Cannot save the change: %1").arg(committed.error().message)};
    Edit done = recorder.finish(text, subject.value());
    emitChanges(done.changes, false);
    return done;
}

Result<bool> ProjectStore::applyEdit(const Edit &edit)
{
    if (m_readOnly)
        return readOnlyError();
    Transaction transaction(*this);
    Result<bool> begun = transaction.begin();
    if (!begun)
        return begun;
    for (const RowChange &change : edit.changes) {
        Result<bool> written = EditRecorder::write(m_db, *m_dialect, change.table, change.key, change.after, &m_statements);
        if (!written)
            return written;
    }
    Result<bool> committed = transaction.commit();
    if (!committed)
        return committed;
    emitChanges(edit.changes, false);
    return true;
}

Result<bool> ProjectStore::revertEdit(const Edit &edit)
{
    return applyEdit(edit.inverted());
}

Result<bool> Edit::apply(ProjectStore &store) const
{
    return store.applyEdit(*this);
}

Result<bool> Edit::revert(ProjectStore &store) const
{
    return store.revertEdit(*this);
}

Edit Edit::inverted() const
{
    Edit inverse = *this;
    inverse.changes.clear();
    for (auto it = changes.crbegin(); it != changes.crend(); ++it)
        inverse.changes.append({it->table, it->key, it->after, it->before});
    return inverse;
}

void ProjectStore::invalidate()
{
    m_pagesWithRecords.reset();
    m_workflow.reset();
    m_cache.clear();
    m_outlines.invalidate();
    m_articleIndex.clear();
}

void ProjectStore::invalidatePages(const QSet<QString> &pageIds)
{
    for (const QString &pageId : pageIds)
        m_cache.remove(pageId);
    ++m_outlines.generation;
    if (m_outlines.read)
        m_outlines.stale += pageIds;
    m_articleIndex.clear();
}

void ProjectStore::emitChanges(const QVector<RowChange> &changes, bool reverted,
                               const QHash<QString, RawSegmentation> &known)
{
    QSet<QString> tables;
    for (const RowChange &change : changes)
        tables.insert(change.table);
    if (tables.contains(pagesTable) || tables.contains(revisionsTable) || tables.contains(fixesTable)) {
        // Only the pages concerned: dropping every cached segmentation on
        // each import would make importing into a big project quadratic.
        QSet<QString> changedPages;
        for (const RowChange &change : changes) {
            const QVariantMap &row = change.after ? *change.after : *change.before;
            if (change.table == pagesTable)
                changedPages.insert(change.key.value(QStringLiteral("id")).toString());
            else if (change.table == revisionsTable || change.table == fixesTable)
                changedPages.insert(row.value(QStringLiteral("page_id")).toString());
        }
        invalidatePages(changedPages);
        // Pages whose segmentation the caller just made (a batch of new
        // pages) are cached now: whoever shows them need not read them back.
        for (auto it = known.cbegin(); it != known.cend(); ++it) {
            auto entry = std::make_shared<CachedPage>();
            entry->page = it->page;
            entry->segmented = it->segmented;
            entry->used = ++m_cacheClock;
            m_cache.insert(it.key(), entry);
            if (m_outlines.read) {
                // A new page has no fixes: its outline is the segmentation's.
                m_outlines.byId.insert(it.key(), outlineOf(it->page, it->segmented));
                m_outlines.nameOf.insert(it.key(), it->page.name);
                m_outlines.stale.remove(it.key());
                m_outlines.orderValid = false;
            }
        }
        scheduleCacheTrim();
    }
    if (tables.contains(pagesTable) || tables.contains(revisionsTable))
        emit pagesChanged();
    if (tables.contains(articlesTable))
        m_pagesWithRecords.reset();
    if (tables.contains(workflowTable))
        m_workflow.reset();
    if (tables.contains(tagsTable) || tables.contains(articleTagsTable))
        emit tagsChanged();
    if (tables.contains(labelsTable))
        emit labelsChanged();
    if (tables.contains(workflowTable))
        emit workflowChanged();
    QSet<QString> pagesImported;
    QSet<QString> pagesFixed;
    QSet<QString> pagesDecided;
    QSet<QString> articlesReviewed;
    for (const RowChange &change : changes) {
        const std::optional<QVariantMap> &before = reverted ? change.after : change.before;
        const std::optional<QVariantMap> &after = reverted ? change.before : change.after;
        const QVariantMap &row = after ? *after : *before;
        const QString pageId = row.value(QStringLiteral("page_id")).toString();
        if (change.table == revisionsTable) {
            pagesImported.insert(pageId);
        } else if (change.table == fixesTable) {
            pagesFixed.insert(pageId);
        } else if (change.table == decisionsTable) {
            pagesDecided.insert(pageId);
        } else if (change.table == reviewTable) {
            articlesReviewed.insert(row.value(QStringLiteral("article_id")).toString());
        } else if (change.table == spansTable) {
            const QString id = row.value(QStringLiteral("id")).toString();
            if (!before)
                emit annotationAdded(id);
            else if (!after)
                emit annotationRemoved(id);
            else
                emit annotationChanged(id);
        }
    }
    for (const QString &pageId : qAsConst(pagesImported)) {
        emit pageImported(pageId);
        emit segmentationChanged(pageId);
    }
    for (const QString &pageId : qAsConst(pagesFixed)) {
        emit fixesChanged(pageId);
        if (!pagesImported.contains(pageId))
            emit segmentationChanged(pageId);
    }
    for (const QString &pageId : qAsConst(pagesDecided))
        emit decisionsChanged(pageId);
    for (const QString &key : qAsConst(articlesReviewed)) {
        const QString articleId = articleIdOfRecord(key);
        emit reviewChanged(articleId.isEmpty() ? key : articleId);
    }
}

// ---- pages -----------------------------------------------------------------

QVector<ProjectPage> ProjectStore::pages() const
{
    QVector<ProjectPage> result;
    const auto rows = select(pageSelect() + latestRevision() + QStringLiteral(" ORDER BY p.name"));
    for (const QVariantMap &row : rows)
        result.append(pageFrom(row));
    return result;
}

std::optional<ProjectPage> ProjectStore::page(const QString &pageId) const
{
    const auto rows = select(pageSelect() + latestRevision() + QStringLiteral(" AND p.id = ?"), {pageId});
    if (rows.isEmpty())
        return std::nullopt;
    return pageFrom(rows.first());
}

std::optional<ProjectPage> ProjectStore::pageByName(const QString &name) const
{
    const auto rows = select(pageSelect() + latestRevision() + QStringLiteral(" AND p.name = ?"), {name});
    if (rows.isEmpty())
        return std::nullopt;
    return pageFrom(rows.first());
}

QVector<ProjectPage> ProjectStore::revisions(const QString &pageId) const
{
    QVector<ProjectPage> result;
    const auto rows = select(pageSelect() + QStringLiteral(" WHERE p.id = ? ORDER BY r.number"), {pageId});
    for (const QVariantMap &row : rows)
        result.append(pageFrom(row));
    return result;
}

const ProjectStore::CachedPage *ProjectStore::cached(const QString &pageId) const
{
    auto it = m_cache.constFind(pageId);
    if (it != m_cache.constEnd()) {
        (*it)->used = ++m_cacheClock;
        return it->get();
    }
    const std::optional<ProjectPage> found = page(pageId);
    if (!found)
        return nullptr;
    auto entry = std::make_shared<CachedPage>();
    entry->page = *found;
    // Segmenting here, on the caller's (GUI) thread, is the fallback for a
    // revision stored without a usable segmentation; opening a project
    // makes the missing ones in workers (outlines()).
    const QVector<SegmentationFix> pageFixes = fixes(pageId);
    entry->segmented
        = StoreRows::effectiveSegmentation(storedSegmentation(*found), pageFixes, found->text, &entry->skipped);
    for (const SegmentationFix &fix : pageFixes)
        entry->fixIds << fix.id;
    entry->used = ++m_cacheClock;
    m_cache.insert(pageId, entry);
    scheduleCacheTrim();
    return entry.get();
}

void ProjectStore::scheduleCacheTrim() const
{
    if (m_cache.size() <= m_cacheCapacity || m_trimScheduled)
        return;
    m_trimScheduled = true;
    // Not now: the caller may hold pointers into the cache (segmentation(),
    // article()) until it returns to the event loop.
    QTimer::singleShot(0, this, [this] {
        m_trimScheduled = false;
        trimCache();
    });
}

void ProjectStore::trimCache() const
{
    if (m_cache.size() <= m_cacheCapacity)
        return;
    std::vector<quint64> uses;
    uses.reserve(size_t(m_cache.size()));
    for (const auto &entry : qAsConst(m_cache))
        uses.push_back(entry->used);
    // Keep the m_cacheCapacity most recently used pages.
    auto cut = uses.end() - m_cacheCapacity;
    std::nth_element(uses.begin(), cut, uses.end());
    const quint64 oldestKept = *cut;
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        if ((*it)->used < oldestKept)
            it = m_cache.erase(it);
        else
            ++it;
    }
}

void ProjectStore::setCacheCapacity(int pages)
{
    m_cacheCapacity = qMax(1, pages);
    scheduleCacheTrim();
}

std::optional<SegmentedPage> ProjectStore::storedSegmentation(const ProjectPage &page) const
{
    return StoreRows::storedSegmentation(m_db, page.revisionId, page.text);
}

Result<bool> ProjectStore::execute(const QString &sql, const QVariantList &values)
{
    Statement query(&m_statements, m_db, sql);
    for (const QVariant &value : values)
        query->addBindValue(value);
    if (!query->exec())
        return sqlError(*m_dialect, query->lastError(), query->lastQuery());
    return true;
}

Result<bool> ProjectStore::writeSegmentation(const ProjectPage &page, const SegmentedPage &segmented,
                                             std::optional<PendingListing> *deferredListing)
{
    // Delete-then-insert: the upsert both engines accept.
    Result<bool> written = execute(QStringLiteral("DELETE FROM segmentations WHERE revision_id = ?"), {page.revisionId});
    if (written)
        written = execute(QStringLiteral("INSERT INTO segmentations (revision_id, segmenter_version, data) VALUES (?, ?, ?)"),
                          {page.revisionId, ArticleSegmenter::outputVersion, SegmentationCodec::encode(segmented, page.text)});
    if (!written)
        return written;
    PageOutline outline = PageOutline::ofSegmentation(segmented, page.text);
    if (deferredListing) {
        deferredListing->emplace(PendingListing{page, std::move(outline)});
        return true;
    }
    return writeListing(page, outline);
}

Result<bool> ProjectStore::writeListing(const ProjectPage &page, const PageOutline &outline)
{
    Result<bool> unlisted = execute(QStringLiteral("DELETE FROM page_listing WHERE page_id = ?"), {page.id});
    if (!unlisted)
        return unlisted;
    // Text columns are NOT NULL and mean "empty" (a null QString binds as NULL).
    QVariantList values;
    for (const QString &text : {page.id, page.revisionId, page.name, page.sourcePath, page.sha256, page.encoding})
        values << (text.isNull() ? QStringLiteral("") : text);
    values << ArticleSegmenter::outputVersion << PageOutlineCodec::encode(outline);
    return execute(QStringLiteral("INSERT INTO page_listing (page_id, revision_id, name, source_path, sha256, encoding,"
                                  " segmenter_version, outline) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   values);
}

QVector<StoredPage> ProjectStore::storedPages() const
{
    // Column by index, not select()'s maps: this reads every page at once.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT p.id, p.name, p.source_path, r.id, r.number, r.sha256, r.encoding, r.body, r.imported,"
        " s.segmenter_version, s.data"
        " FROM pages p JOIN page_revisions r ON r.page_id = p.id"
        " LEFT JOIN segmentations s ON s.revision_id = r.id")
        + latestRevision() + QStringLiteral(" ORDER BY p.name");
    QVector<StoredPage> result;
    if (!query.exec(sql)) {
        qWarning("yuegao store: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return result;
    }
    while (query.next()) {
        StoredPage stored;
        stored.page.id = query.value(0).toString();
        stored.page.name = query.value(1).toString();
        stored.page.sourcePath = query.value(2).toString();
        stored.page.revisionId = query.value(3).toString();
        stored.page.revision = query.value(4).toInt();
        stored.page.sha256 = query.value(5).toString();
        stored.page.encoding = query.value(6).toString();
        stored.page.text = query.value(7).toString();
        stored.page.imported = query.value(8).toString();
        if (!query.isNull(9)) {
            stored.segmenterVersion = query.value(9).toInt();
            stored.segmentation = query.value(10).toByteArray();
        }
        result.append(std::move(stored));
    }
    return result;
}

RawSegmentation ProjectStore::segmentationOf(const StoredPage &stored)
{
    RawSegmentation raw;
    raw.page = stored.page;
    if (stored.segmenterVersion == ArticleSegmenter::outputVersion) {
        if (std::optional<SegmentedPage> decoded = SegmentationCodec::decode(stored.segmentation, stored.page.text)) {
            raw.segmented = std::move(*decoded);
            raw.fromStore = true;
            return raw;
        }
    }
    raw.segmented = ArticleSegmenter().segment(stored.page.text);
    return raw;
}

QHash<QString, QVector<SegmentationFix>> ProjectStore::allFixes() const
{
    QHash<QString, QVector<SegmentationFix>> result;
    const auto rows = select(QStringLiteral("SELECT * FROM fixes ORDER BY page_id, created, id"));
    for (const QVariantMap &row : rows)
        result[row.value(QStringLiteral("page_id")).toString()].append(fixFrom(row));
    return result;
}

void ProjectStore::adoptSegmentations(const QVector<RawSegmentation> &pages)
{
    const QHash<QString, QVector<SegmentationFix>> fixesByPage = allFixes();
    QVector<const RawSegmentation *> computed;
    for (const RawSegmentation &raw : pages) {
        auto entry = std::make_shared<CachedPage>();
        entry->page = raw.page;
        const QVector<SegmentationFix> pageFixes = fixesByPage.value(raw.page.id);
        entry->segmented = pageFixes.isEmpty()
                               ? raw.segmented
                               : SegmentationFixer::apply(raw.segmented, pageFixes, raw.page.text, &entry->skipped);
        for (const SegmentationFix &fix : pageFixes)
            entry->fixIds << fix.id;
        entry->used = ++m_cacheClock;
        m_cache.insert(raw.page.id, entry);
        if (!raw.fromStore)
            computed.append(&raw);
    }
    scheduleCacheTrim();
    m_articleIndex.clear();
    m_outlines.invalidate();
    if (computed.isEmpty() || m_readOnly)
        return;
    // Derived data: one transaction for all, and a failure (a busy project)
    // only means segmenting again next time.
    Transaction transaction(*this);
    if (!transaction.begin())
        return;
    for (const RawSegmentation *raw : qAsConst(computed)) {
        if (!writeSegmentation(raw->page, raw->segmented))
            return;
    }
    if (transaction.commit())
        noteOwnCommit();
}

void ProjectStore::noteOwnCommit() const
{
    // Our own commit is no change by another process.
    Result<qint64> version = m_dialect->dataVersion(const_cast<QSqlDatabase &>(m_db));
    if (version)
        m_dataVersion = version.value();
}

QString ProjectStore::segmentationSignature(const QString &pageId) const
{
    const CachedPage *entry = cached(pageId);
    if (!entry)
        return QString();
    return (QStringList{entry->page.revisionId} + entry->fixIds).join(QLatin1Char('|'));
}

QHash<QString, QString> ProjectStore::segmentationSignatures() const
{
    // The same "revision|fix|…" as segmentationSignature(): the revisions
    // from the outlines (the list has read them anyway), the fixes from one
    // small query; or as the worker made them with the listing just taken.
    ensureOutlines();
    if (m_adopted.generation == m_outlines.generation && !m_adopted.signatures.isEmpty())
        return std::exchange(m_adopted.signatures, {});
    QHash<QString, QString> signatures;
    signatures.reserve(m_outlines.byId.size());
    for (auto it = m_outlines.byId.cbegin(); it != m_outlines.byId.cend(); ++it)
        signatures.insert(it.key(), it->revisionId);
    PageListing::addFixesToSignatures(signatures, m_db);
    return signatures;
}

const SegmentedPage *ProjectStore::segmentation(const QString &pageId) const
{
    const CachedPage *entry = cached(pageId);
    return entry ? &entry->segmented : nullptr;
}

std::optional<ProjectPage> ProjectStore::cachedPage(const QString &pageId) const
{
    const CachedPage *entry = cached(pageId);
    return entry ? std::optional<ProjectPage>(entry->page) : std::nullopt;
}

QStringList ProjectStore::skippedFixes(const QString &pageId) const
{
    const CachedPage *entry = cached(pageId);
    return entry ? entry->skipped : QStringList();
}

// ---- outlines ----------------------------------------------------------------

void ProjectStore::OutlineCache::invalidate()
{
    ++generation;
    read = false;
    byId.clear();
    nameOf.clear();
    order.clear();
    listed.clear();
    orderValid = false;
    stale.clear();
}

PageOutline ProjectStore::outlineOf(const ProjectPage &page, const SegmentedPage &segmented)
{
    PageOutline outline = PageOutline::ofSegmentation(segmented, page.text);
    outline.pageId = page.id;
    outline.path = page.sourcePath;
    outline.revisionId = page.revisionId;
    outline.sha256 = page.sha256.toLatin1();
    outline.encoding = page.encoding;
    return outline;
}

namespace {

/// One page's row as outlines() reads it: no text, the outline blob.
struct OutlineRow
{
    PageOutline meta;
    QString name;
    int segmenterVersion = -1;
    QByteArray blob;
};

/// A page whose outline must be made from its text and stored segmentation.
struct MissingOutline
{
    StoredPage stored;
    /// What the worker made: the raw segmentation's outline, and the
    /// segmentation's bytes when it had to segment (to store them too).
    PageOutline outline;
    std::optional<SegmentedPage> segmentedNow;
};

} // namespace

QVector<PageOutline> ProjectStore::outlines() const
{
    ensureOutlines();
    if (m_adopted.generation == m_outlines.generation && !m_adopted.ordered.isEmpty())
        return std::exchange(m_adopted.ordered, {});
    QVector<PageOutline> result;
    result.reserve(m_outlines.order.size());
    for (const QString &pageId : qAsConst(m_outlines.order))
        result.append(m_outlines.byId.value(pageId));
    return result;
}

std::optional<PageOutline> ProjectStore::outline(const QString &pageId) const
{
    ensureOutlines();
    auto it = m_outlines.byId.constFind(pageId);
    if (it == m_outlines.byId.constEnd())
        return std::nullopt;
    return *it;
}

void ProjectStore::ensureOutlines() const
{
    if (!m_outlines.read) {
        m_outlines.invalidate();
        readOutlines(QString());
        m_outlines.read = true;
        checkNowListed();
    } else if (!m_outlines.stale.isEmpty()) {
        const QSet<QString> stale = std::exchange(m_outlines.stale, {});
        for (const QString &pageId : stale) {
            m_outlines.byId.remove(pageId);
            m_outlines.nameOf.remove(pageId);
        }
        if (stale.size() > 256) {
            // Many pages changed (a large import): one pass over all rows
            // costs less than a query per page.
            m_outlines.invalidate();
            readOutlines(QString());
            m_outlines.read = true;
        } else {
            for (const QString &pageId : stale)
                readOutlines(pageId);
        }
    } else if (m_outlines.orderValid) {
        return;
    }
    m_outlines.order = PageListing::nameOrder(m_outlines.nameOf, m_outlines.listed);
    m_outlines.listed.clear();
    m_outlines.orderValid = true;
    m_articleIndex.clear();
}

void ProjectStore::readOutlines(const QString &onlyPageId) const
{
    const PageListingReader reader(m_db);
    mergeListing(onlyPageId.isEmpty() ? reader.readAll() : reader.readPage(onlyPageId));
}

void ProjectStore::mergeListing(PageListing listing) const
{
    if (m_outlines.byId.isEmpty()) {
        // A whole listing into an empty cache (opening): taken as it is.
        m_outlines.byId = std::move(listing.byId);
        m_outlines.nameOf = std::move(listing.nameOf);
    } else {
        for (auto it = listing.byId.begin(); it != listing.byId.end(); ++it)
            m_outlines.byId.insert(it.key(), std::move(*it));
        for (auto it = listing.nameOf.cbegin(); it != listing.nameOf.cend(); ++it)
            m_outlines.nameOf.insert(it.key(), *it);
    }
    m_outlines.listed += listing.listed;
    for (const QString &pageId : qAsConst(listing.fixed)) {
        auto it = m_outlines.byId.find(pageId);
        if (it == m_outlines.byId.end())
            continue;
        const CachedPage *entry = cached(pageId);
        if (!entry)
            continue;
        *it = outlineOf(entry->page, entry->segmented);
    }
    if (!listing.missing.isEmpty())
        makeMissingOutlines(listing.missing);
}

quint64 ProjectStore::outlineGeneration() const
{
    return m_outlines.generation;
}

bool ProjectStore::adoptListing(PageListing listing, quint64 generation)
{
    // Pages changed since the listing began (an import, an edit, another
    // process's commit seen): it may not hold them as they are now.
    if (!listing.complete || generation != m_outlines.generation || m_outlines.read)
        return false;
    m_outlines.invalidate();
    QStringList order = std::move(listing.order);
    ArticleIdIndex articleIndex = std::move(listing.articleIndex);
    // Asked for next, once, while no page changes (the generation holds).
    m_adopted.ordered = std::move(listing.ordered);
    m_adopted.signatures = std::move(listing.signatures);
    m_adopted.generation = m_outlines.generation;
    mergeListing(std::move(listing));
    m_outlines.read = true;
    checkNowListed();
    // The worker's name order holds as long as the pages it lists are
    // all there are (none made since by mergeListing).
    if (order.size() == m_outlines.byId.size()) {
        m_outlines.order = std::move(order);
        m_outlines.listed.clear();
        m_outlines.orderValid = true;
        m_articleIndex = std::move(articleIndex);
    } else {
        m_adopted.ordered.clear();
    }
    return true;
}

void ProjectStore::makeMissingOutlines(const QStringList &pageIds) const
{
    // A project saved before outlines existed, or by another segmenter:
    // each page's text and stored segmentation (segmented anew when that is
    // unusable) make its outline, on all cores, a chunk of pages at a time
    // so their text is not all in memory at once; the results are stored
    // so the next opening reads them.
    constexpr int chunkSize = 512;
    const bool write = !m_readOnly;
    std::optional<Transaction> transaction;
    if (write) {
        transaction.emplace(const_cast<ProjectStore &>(*this));
        if (!transaction->begin())
            transaction.reset();
    }
    for (int first = 0; first < pageIds.size(); first += chunkSize) {
        const QStringList chunk = pageIds.mid(first, chunkSize);
        QVector<MissingOutline> work;
        work.reserve(chunk.size());
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT r.id, r.body, s.segmenter_version, s.data FROM page_revisions r"
                                     " LEFT JOIN segmentations s ON s.revision_id = r.id WHERE r.id = ?"));
        for (const QString &pageId : chunk) {
            const PageOutline &meta = m_outlines.byId.value(pageId);
            query.bindValue(0, meta.revisionId);
            if (!query.exec() || !query.next())
                continue;
            MissingOutline item;
            item.stored.page.id = pageId;
            item.stored.page.revisionId = meta.revisionId;
            item.stored.page.text = query.value(1).toString();
            if (!query.isNull(2)) {
                item.stored.segmenterVersion = query.value(2).toInt();
                item.stored.segmentation = query.value(3).toByteArray();
            }
            query.finish();
            work.append(std::move(item));
        }
        QtConcurrent::blockingMap(work, [](MissingOutline &item) {
            RawSegmentation raw = segmentationOf(item.stored);
            item.outline = PageOutline::ofSegmentation(raw.segmented, raw.page.text);
            if (!raw.fromStore)
                item.segmentedNow = std::move(raw.segmented);
            item.stored.segmentation.clear();
        });
        for (MissingOutline &item : work) {
            auto it = m_outlines.byId.find(item.stored.page.id);
            item.outline.pageId = it->pageId;
            item.outline.path = it->path;
            item.outline.revisionId = it->revisionId;
            item.outline.sha256 = it->sha256;
            item.outline.encoding = it->encoding;
            *it = item.outline;
            if (!transaction)
                continue;
            // Derived data: a failure only means making it again next time.
            ProjectPage &page = item.stored.page;
            page.name = m_outlines.nameOf.value(page.id);
            page.sourcePath = item.outline.path;
            page.sha256 = QString::fromLatin1(item.outline.sha256);
            page.encoding = item.outline.encoding;
            ProjectStore *self = const_cast<ProjectStore *>(this);
            if (item.segmentedNow)
                self->writeSegmentation(page, *item.segmentedNow);
            else
                self->writeListing(page, item.outline);
        }
    }
    if (transaction && transaction->commit())
        noteOwnCommit();
}

std::optional<ArticleLocation> ProjectStore::findArticle(const QString &articleId) const
{
    ensureOutlines();
    if (!m_articleIndex.isBuilt())
        m_articleIndex.build(m_outlines.order, m_outlines.byId);
    return m_articleIndex.find(articleId, m_outlines.order, m_outlines.byId);
}

const Article *ProjectStore::article(const QString &articleId) const
{
    const std::optional<ArticleLocation> location = findArticle(articleId);
    if (!location)
        return nullptr;
    const SegmentedPage *segmented = segmentation(location->pageId);
    return segmented && location->index < segmented->articles.size() ? &segmented->articles.at(location->index)
                                                                     : nullptr;
}

Result<ImportOutcome> ProjectStore::importFile(const QString &path, const LoadOptions &options, Edit *editOut)
{
    Result<DecodedPage> loaded = PageLoader::load(path, options);
    if (!loaded)
        return loaded.error();
    return importPage(loaded.value(), editOut);
}

Result<ImportOutcome> ProjectStore::importPage(const DecodedPage &decoded, Edit *editOut, const SegmentedPage *segmented)
{
    QVector<Edit> edits;
    std::vector<Result<ImportOutcome>> results = importPages({PageImport{&decoded, segmented}}, editOut ? &edits : nullptr);
    if (editOut && results.front() && results.front()->kind != ImportOutcome::Kind::Unchanged)
        *editOut = edits.first();
    return std::move(results.front());
}

std::vector<Result<ImportOutcome>> ProjectStore::importPages(const QVector<PageImport> &pages, QVector<Edit> *edits)
{
    std::vector<Result<ImportOutcome>> results;
    results.reserve(size_t(pages.size()));
    if (edits)
        *edits = QVector<Edit>(pages.size());
    // Pages already in the project as they are need no transaction, so they
    // come back Unchanged even from a read-only or busy project (as before
    // batching). importInto() looks again inside the transaction, where an
    // earlier page of the batch may be the same one.
    QVector<std::optional<ImportOutcome>> unchanged;
    unchanged.reserve(pages.size());
    for (const PageImport &import : pages)
        unchanged.append(unchangedOutcome(*import.page));
    auto failAll = [&](const Error &error) {
        results.clear();
        for (int i = 0; i < pages.size(); ++i) {
            if (unchanged.at(i))
                results.emplace_back(*unchanged.at(i));
            else
                results.emplace_back(error);
        }
        if (edits)
            *edits = QVector<Edit>(pages.size());
        return results;
    };
    if (std::all_of(unchanged.cbegin(), unchanged.cend(), [](const auto &outcome) { return bool(outcome); })) {
        for (const std::optional<ImportOutcome> &outcome : qAsConst(unchanged))
            results.emplace_back(*outcome);
        return results;
    }
    if (m_readOnly)
        return failAll(readOnlyError());
    Transaction transaction(*this);
    Result<bool> begun = transaction.begin();
    if (!begun) {
        if (begun.error().code == ErrorCode::StoreLocked)
            return failAll(Error{ErrorCode::StoreLocked,
                                 tr("The project is busy in another program; the change was not saved. Try again.")});
        return failAll(Error{begun.error().code, tr("Cannot save the change: %1").arg(begun.error().message)});
    }
    QVector<RowChange> changes;
    QHash<QString, RawSegmentation> fresh;
    // The batch's listing rows, written after its pages: side by side in
    // the file, a cold opening reads them in long runs, not a page of the
    // file each beside every page's text.
    QVector<PendingListing> listings;
    const QString savepoint = QStringLiteral("SAVEPOINT import_page");
    for (int i = 0; i < pages.size(); ++i) {
        const DecodedPage &decoded = *pages.at(i).page;
        // A savepoint per page: a page the database refuses is undone alone
        // and the rest of the batch still goes in.
        Result<bool> saved = execSql(m_db, *m_dialect, savepoint);
        if (!saved) {
            results.emplace_back(saved.error());
            continue;
        }
        EditRecorder recorder(m_db, *m_dialect, &m_statements);
        RawSegmentation added;
        std::optional<PendingListing> listing;
        Result<ImportOutcome> outcome = importInto(recorder, decoded, pages.at(i).segmented, &added, &listing);
        if (!outcome)
            execSql(m_db, *m_dialect, QStringLiteral("ROLLBACK TO SAVEPOINT import_page"));
        execSql(m_db, *m_dialect, QStringLiteral("RELEASE SAVEPOINT import_page"));
        if (outcome && outcome->kind != ImportOutcome::Kind::Unchanged) {
            // A later import of the page in the batch replaces its row, or,
            // without a segmentation, leaves it unlisted as it deleted the row.
            const QString &pageId = outcome->pageId;
            listings.erase(std::remove_if(listings.begin(), listings.end(),
                                          [&pageId](const PendingListing &row) { return row.page.id == pageId; }),
                           listings.end());
            if (listing)
                listings.append(std::move(*listing));
        }
        if (outcome && outcome->kind != ImportOutcome::Kind::Unchanged) {
            // The latest import of the page decides (a batch may hold it twice).
            fresh.remove(outcome->pageId);
            if (!added.page.id.isEmpty())
                fresh.insert(outcome->pageId, std::move(added));
            const Edit done = recorder.finish(tr("Import %1").arg(QFileInfo(decoded.path).fileName()), outcome->pageId);
            changes += done.changes;
            if (edits)
                (*edits)[i] = done;
        }
        results.push_back(std::move(outcome));
    }
    for (const PendingListing &listing : qAsConst(listings)) {
        // Derived data: a row not written is made again when next listed.
        Result<bool> listed = writeListing(listing.page, listing.outline);
        if (!listed)
            qWarning("yuegao store: listing %s: %s", qPrintable(listing.page.name), qPrintable(listed.error().message));
    }
    Result<bool> committed = transaction.commit();
    if (!committed)
        return failAll(Error{committed.error().code, tr("Cannot save the change: %1").arg(committed.error().message)});
    // The pages' changes together: one pagesChanged for the batch, the
    // per-page signals once per page.
    emitChanges(changes, false, fresh);
    return results;
}

std::optional<ImportOutcome> ProjectStore::unchangedOutcome(const DecodedPage &decoded) const
{
    const std::optional<ProjectPage> existing = pageByName(QFileInfo(decoded.path).fileName());
    if (!existing || (existing->sha256 != QString::fromLatin1(decoded.sha256) && existing->text != decoded.text()))
        return std::nullopt;
    ImportOutcome outcome;
    outcome.kind = ImportOutcome::Kind::Unchanged;
    outcome.pageId = existing->id;
    outcome.revision = existing->revision;
    return outcome;
}

Result<ImportOutcome> ProjectStore::importInto(EditRecorder &recorder, const DecodedPage &decoded,
                                               const SegmentedPage *segmented, RawSegmentation *shown,
                                               std::optional<PendingListing> *listing)
{
    const QString name = QFileInfo(decoded.path).fileName();
    const QString sha = QString::fromLatin1(decoded.sha256);
    const std::optional<ProjectPage> existing = pageByName(name);
    ImportOutcome outcome;
    if (existing && (existing->sha256 == sha || existing->text == decoded.text())) {
        // The same page again: nothing to do (and nothing written).
        outcome.kind = ImportOutcome::Kind::Unchanged;
        outcome.pageId = existing->id;
        outcome.revision = existing->revision;
        return outcome;
    }
    const QString time = now();
    QString pageId;
    int number = 1;
    if (existing) {
        pageId = existing->id;
        number = existing->revision + 1;
        Result<bool> moved = recorder.put(pagesTable, idKey(pageId),
                                          {{QStringLiteral("source_path"), QFileInfo(decoded.path).absoluteFilePath()}});
        if (!moved)
            return moved.error();
    } else {
        pageId = newId();
        Result<bool> added = recorder.put(pagesTable, idKey(pageId),
                                          {{QStringLiteral("name"), name},
                                           {QStringLiteral("source_path"), QFileInfo(decoded.path).absoluteFilePath()},
                                           {QStringLiteral("created"), time}});
        if (!added)
            return added.error();
    }
    const QString revisionId = newId();
    Result<bool> revised = recorder.put(revisionsTable, idKey(revisionId),
                                        {{QStringLiteral("page_id"), pageId},
                                         {QStringLiteral("number"), number},
                                         {QStringLiteral("sha256"), sha},
                                         {QStringLiteral("encoding"), decoded.decoded.encoding},
                                         {QStringLiteral("body"), decoded.text()},
                                         {QStringLiteral("imported"), time}});
    if (!revised)
        return revised.error();
    const ProjectPage page{pageId,
                           name,
                           QFileInfo(decoded.path).absoluteFilePath(),
                           revisionId,
                           number,
                           sha,
                           decoded.decoded.encoding.isNull() ? QStringLiteral("") : decoded.decoded.encoding,
                           decoded.text(),
                           time};
    // Not through the recorder: derived data, no part of the undoable
    // edit. Undoing the import deletes it with its revision (cascade).
    if (existing && !segmented) {
        // The old revision's row no longer lists the page (with a
        // segmentation, writing the new row replaces it).
        Result<bool> unlisted = execute(QStringLiteral("DELETE FROM page_listing WHERE page_id = ?"), {pageId});
        if (!unlisted)
            return unlisted.error();
    }
    if (segmented) {
        Result<bool> stored = writeSegmentation(page, *segmented, listing);
        if (!stored)
            return stored.error();
    }
    outcome.kind = existing ? ImportOutcome::Kind::Revised : ImportOutcome::Kind::Added;
    outcome.pageId = pageId;
    outcome.revision = number;
    if (existing) {
        Result<bool> reanchored = reanchorPage(recorder, pageId, decoded.text(), outcome);
        if (!reanchored)
            return reanchored.error();
    } else if (segmented && shown) {
        // A new page has no fixes: what is shown is exactly `segmented`.
        shown->page = page;
        shown->segmented = *segmented;
    }
    return outcome;
}

Result<bool> ProjectStore::reanchorPage(EditRecorder &recorder, const QString &pageId, const QString &text,
                                        ImportOutcome &outcome)
{
    // Every anchored row of the page follows its text into the new
    // revision, or is marked orphaned with its old quote kept.
    auto follow = [&](const QString &table, const QVariantMap &row, const QString &prefix) -> std::optional<QVariantMap> {
        const TextAnchor old = anchorFrom(row, prefix);
        if (old.isNull())
            return std::nullopt;
        AnchorMatch match;
        const TextAnchor moved = Anchorer::reanchor(text, old, &match);
        Q_UNUSED(table)
        QVariantMap values = anchorColumns(moved, prefix);
        if (!match.found())
            ++outcome.orphaned;
        else if (match.method != AnchorMethod::Position || moved != old)
            ++outcome.moved;
        values.insert(QStringLiteral("orphaned"), match.found() ? 0 : 1);
        return values;
    };
    const QStringList tables{spansTable, articlesTable, decisionsTable, fixesTable};
    for (const QString &table : tables) {
        const auto rows = select(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE page_id = ?"), {pageId});
        for (const QVariantMap &row : rows) {
            QVariantMap values;
            if (table == fixesTable) {
                const auto a = follow(table, row, QStringLiteral("a_"));
                const auto b = follow(table, row, QStringLiteral("b_"));
                if (a)
                    values = *a;
                if (b) {
                    const bool orphaned = values.value(QStringLiteral("orphaned")).toInt() || b->value(QStringLiteral("orphaned")).toInt();
                    for (auto it = b->cbegin(); it != b->cend(); ++it)
                        values.insert(it.key(), it.value());
                    values.insert(QStringLiteral("orphaned"), orphaned ? 1 : 0);
                }
            } else if (const auto moved = follow(table, row, QString())) {
                values = *moved;
            }
            if (values.isEmpty())
                continue;
            Result<bool> written = recorder.put(table, idKey(row.value(QStringLiteral("id")).toString()), values);
            if (!written)
                return written;
        }
    }
    return true;
}

// ---- article records -------------------------------------------------------

QVector<ProjectStore::ArticleRecord> ProjectStore::articleRecords(const QString &pageId) const
{
    QVector<ArticleRecord> records;
    const auto rows = select(QStringLiteral("SELECT * FROM articles WHERE page_id = ? ORDER BY created, id"), {pageId});
    for (const QVariantMap &row : rows) {
        ArticleRecord record;
        record.key = row.value(QStringLiteral("id")).toString();
        record.pageId = pageId;
        record.anchor = anchorFrom(row);
        record.orphaned = row.value(QStringLiteral("orphaned")).toInt() != 0;
        record.created = row.value(QStringLiteral("created")).toString();
        records.append(record);
    }
    return records;
}

QStringList ProjectStore::recordKeys(const QString &articleId) const
{
    const std::optional<ArticleLocation> location = findArticle(articleId);
    if (!location) {
        // An orphaned article is known only by its record.
        if (!select(QStringLiteral("SELECT id FROM articles WHERE id = ?"), {articleId}).isEmpty())
            return {articleId};
        return {};
    }
    // Asked for every article row the corpus pane shows (its status and
    // tag marks): most pages have no record at all, known from one query.
    if (!m_pagesWithRecords) {
        QSet<QString> pages;
        for (const QVariantMap &row : select(QStringLiteral("SELECT DISTINCT page_id FROM articles")))
            pages.insert(row.value(QStringLiteral("page_id")).toString());
        m_pagesWithRecords = std::move(pages);
    }
    if (!m_pagesWithRecords->contains(location->pageId))
        return {};
    const CachedPage *entry = cached(location->pageId);
    QStringList keys;
    for (const ArticleRecord &record : articleRecords(location->pageId)) {
        if (record.orphaned)
            continue;
        const AnchorMatch match = Anchorer::resolve(entry->page.text, record.anchor);
        if (match.found() && SegmentationFixer::articleAt(entry->segmented, match.range) == location->index)
            keys.append(record.key);
    }
    return keys;
}

QString ProjectStore::articleIdOfRecord(const QString &recordKey) const
{
    const auto rows = select(QStringLiteral("SELECT * FROM articles WHERE id = ?"), {recordKey});
    if (rows.isEmpty() || rows.first().value(QStringLiteral("orphaned")).toInt())
        return QString();
    const CachedPage *entry = cached(rows.first().value(QStringLiteral("page_id")).toString());
    if (!entry)
        return QString();
    const AnchorMatch match = Anchorer::resolve(entry->page.text, anchorFrom(rows.first()));
    const int index = match.found() ? SegmentationFixer::articleAt(entry->segmented, match.range) : -1;
    return index < 0 ? QString() : entry->segmented.articles.at(index).id;
}

Result<QString> ProjectStore::ensureArticleRecord(EditRecorder &recorder, const QString &articleId)
{
    const QStringList keys = recordKeys(articleId);
    if (!keys.isEmpty())
        return keys.first();
    const std::optional<ArticleLocation> location = findArticle(articleId);
    if (!location)
        return Error{ErrorCode::NotFound, tr("No article %1 in the project").arg(articleId)};
    const CachedPage *entry = cached(location->pageId);
    const Article &found = entry->segmented.articles.at(location->index);
    const TextAnchor anchor = SegmentationFixer::identityAnchor(entry->segmented, found, entry->page.text);
    const QString key = newId();
    QVariantMap values = anchorColumns(anchor);
    values.insert(QStringLiteral("page_id"), location->pageId);
    values.insert(QStringLiteral("orphaned"), 0);
    values.insert(QStringLiteral("created"), now());
    Result<bool> written = recorder.put(articlesTable, idKey(key), values);
    if (!written)
        return written.error();
    // Seen by recordKeys within this same edit (the set is renewed after it).
    if (m_pagesWithRecords)
        m_pagesWithRecords->insert(location->pageId);
    return key;
}

// ---- tags ------------------------------------------------------------------

namespace {

Tag tagFrom(const QVariantMap &row)
{
    Tag tag;
    tag.id = row.value(QStringLiteral("id")).toString();
    tag.parentId = row.value(QStringLiteral("parent_id")).toString();
    tag.name = row.value(QStringLiteral("name")).toString();
    tag.colour = row.value(QStringLiteral("colour")).toString();
    tag.description = row.value(QStringLiteral("description")).toString();
    return tag;
}

} // namespace

QVector<Tag> ProjectStore::tags() const
{
    QVector<Tag> result;
    const auto rows = select(QStringLiteral("SELECT * FROM tags ORDER BY name, id"));
    for (const QVariantMap &row : rows)
        result.append(tagFrom(row));
    return result;
}

std::optional<Tag> ProjectStore::tag(const QString &tagId) const
{
    const auto rows = select(QStringLiteral("SELECT * FROM tags WHERE id = ?"), {tagId});
    if (rows.isEmpty())
        return std::nullopt;
    return tagFrom(rows.first());
}

QString ProjectStore::tagPath(const QString &tagId) const
{
    QStringList names;
    QSet<QString> seen;
    for (std::optional<Tag> current = tag(tagId); current && !seen.contains(current->id); current = tag(current->parentId)) {
        seen.insert(current->id);
        names.prepend(current->name);
        if (current->parentId.isEmpty())
            break;
    }
    return names.join(QLatin1Char('/'));
}

QString ProjectStore::tagIdByPath(const QString &path) const
{
    QString parent;
    const QStringList names = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (names.isEmpty())
        return QString();
    for (const QString &name : names) {
        const auto rows = parent.isEmpty()
            ? select(QStringLiteral("SELECT id FROM tags WHERE parent_id IS NULL AND name = ?"), {name.trimmed()})
            : select(QStringLiteral("SELECT id FROM tags WHERE parent_id = ? AND name = ?"), {parent, name.trimmed()});
        if (rows.isEmpty())
            return QString();
        parent = rows.first().value(QStringLiteral("id")).toString();
    }
    return parent;
}

namespace {

/// The names under one parent must differ: tag paths name tags.
bool siblingNamed(const QVector<Tag> &all, const QString &parentId, const QString &name, const QString &except)
{
    return std::any_of(all.cbegin(), all.cend(), [&](const Tag &tag) {
        return tag.parentId == parentId && tag.name == name && tag.id != except;
    });
}

QStringList subtree(const QVector<Tag> &all, const QString &root)
{
    QStringList ids{root};
    for (int i = 0; i < ids.size(); ++i) {
        for (const Tag &tag : all) {
            if (tag.parentId == ids.at(i))
                ids.append(tag.id);
        }
    }
    return ids;
}

} // namespace

Result<Edit> ProjectStore::addTag(const QString &parentId, const QString &rawName, const QString &colour,
                                  const QString &description)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char('/')))
        return Error{ErrorCode::InvalidArgument, tr("A tag needs a name without \"/\"")};
    return edit(tr("Add tag %1").arg(name), [&](EditRecorder &recorder) -> Result<QString> {
        const QVector<Tag> all = tags();
        if (!parentId.isEmpty() && !tag(parentId))
            return Error{ErrorCode::NotFound, tr("No such parent tag")};
        if (siblingNamed(all, parentId, name, QString()))
            return Error{ErrorCode::InvalidArgument, tr("There is already a tag %1 there").arg(name)};
        const QString id = newId();
        Result<bool> written = recorder.put(tagsTable, idKey(id),
                                            {{QStringLiteral("parent_id"), parentId.isEmpty() ? QVariant() : parentId},
                                             {QStringLiteral("name"), name},
                                             {QStringLiteral("colour"), colour.isEmpty() ? paletteColour(all.size()) : colour},
                                             {QStringLiteral("description"), description},
                                             {QStringLiteral("created"), now()}});
        if (!written)
            return written.error();
        return id;
    });
}

Result<Edit> ProjectStore::ensureTagPath(const QString &path)
{
    const QStringList names = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (names.isEmpty())
        return Error{ErrorCode::InvalidArgument, tr("An empty tag path")};
    const QString existing = tagIdByPath(path);
    if (!existing.isEmpty()) {
        Edit none;
        none.subjectId = existing;
        return none;
    }
    return edit(tr("Add tag %1").arg(path), [&](EditRecorder &recorder) -> Result<QString> {
        QString parent;
        int count = tags().size();
        for (const QString &raw : names) {
            const QString name = raw.trimmed();
            const auto rows = parent.isEmpty()
                ? select(QStringLiteral("SELECT id FROM tags WHERE parent_id IS NULL AND name = ?"), {name})
                : select(QStringLiteral("SELECT id FROM tags WHERE parent_id = ? AND name = ?"), {parent, name});
            if (!rows.isEmpty()) {
                parent = rows.first().value(QStringLiteral("id")).toString();
                continue;
            }
            const QString id = newId();
            Result<bool> written = recorder.put(tagsTable, idKey(id),
                                                {{QStringLiteral("parent_id"), parent.isEmpty() ? QVariant() : parent},
                                                 {QStringLiteral("name"), name},
                                                 {QStringLiteral("colour"), paletteColour(count++)},
                                                 {QStringLiteral("description"), QString()},
                                                 {QStringLiteral("created"), now()}});
            if (!written)
                return written.error();
            parent = id;
        }
        return parent;
    });
}

namespace {

int articleCountOfTags(const QVector<QVariantMap> &rows)
{
    QSet<QString> articles;
    for (const QVariantMap &row : rows)
        articles.insert(row.value(QStringLiteral("article_id")).toString());
    return articles.size();
}

} // namespace

Result<Edit> ProjectStore::renameTag(const QString &tagId, const QString &rawName)
{
    const QString name = rawName.trimmed();
    const std::optional<Tag> current = tag(tagId);
    if (!current)
        return Error{ErrorCode::NotFound, tr("No such tag")};
    if (name.isEmpty() || name.contains(QLatin1Char('/')))
        return Error{ErrorCode::InvalidArgument, tr("A tag needs a name without \"/\"")};
    if (siblingNamed(tags(), current->parentId, name, tagId))
        return Error{ErrorCode::InvalidArgument, tr("There is already a tag %1 there").arg(name)};
    const QStringList ids = subtree(tags(), tagId);
    const int affected = articleCountOfTags(
        select(QStringLiteral("SELECT article_id FROM article_tags WHERE tag_id IN (") + placeholders(ids.size())
                   + QLatin1Char(')'),
               QVariant(ids).toList()));
    Result<Edit> done = edit(tr("Rename tag %1 to %2").arg(current->name, name), [&](EditRecorder &recorder) -> Result<QString> {
        Result<bool> written = recorder.put(tagsTable, idKey(tagId), {{QStringLiteral("name"), name}});
        if (!written)
            return written.error();
        return tagId;
    });
    if (done)
        done->affectedArticles = affected;
    return done;
}

Result<Edit> ProjectStore::setTagColour(const QString &tagId, const QString &colour)
{
    if (!tag(tagId))
        return Error{ErrorCode::NotFound, tr("No such tag")};
    return edit(tr("Change tag colour"), [&](EditRecorder &recorder) -> Result<QString> {
        Result<bool> written = recorder.put(tagsTable, idKey(tagId), {{QStringLiteral("colour"), colour}});
        if (!written)
            return written.error();
        return tagId;
    });
}

Result<Edit> ProjectStore::setTagDescription(const QString &tagId, const QString &description)
{
    if (!tag(tagId))
        return Error{ErrorCode::NotFound, tr("No such tag")};
    return edit(tr("Change tag description"), [&](EditRecorder &recorder) -> Result<QString> {
        Result<bool> written = recorder.put(tagsTable, idKey(tagId), {{QStringLiteral("description"), description}});
        if (!written)
            return written.error();
        return tagId;
    });
}

Result<Edit> ProjectStore::moveTag(const QString &tagId, const QString &parentId)
{
    const std::optional<Tag> current = tag(tagId);
    if (!current)
        return Error{ErrorCode::NotFound, tr("No such tag")};
    const QVector<Tag> all = tags();
    const QStringList ids = subtree(all, tagId);
    if (!parentId.isEmpty() && (ids.contains(parentId) || !tag(parentId)))
        return Error{ErrorCode::InvalidArgument, tr("A tag cannot move under itself")};
    if (siblingNamed(all, parentId, current->name, tagId))
        return Error{ErrorCode::InvalidArgument, tr("There is already a tag %1 there").arg(current->name)};
    const int affected = articleCountOfTags(
        select(QStringLiteral("SELECT article_id FROM article_tags WHERE tag_id IN (") + placeholders(ids.size())
                   + QLatin1Char(')'),
               QVariant(ids).toList()));
    Result<Edit> done = edit(tr("Move tag %1").arg(current->name), [&](EditRecorder &recorder) -> Result<QString> {
        Result<bool> written = recorder.put(tagsTable, idKey(tagId),
                                            {{QStringLiteral("parent_id"), parentId.isEmpty() ? QVariant() : parentId}});
        if (!written)
            return written.error();
        return tagId;
    });
    if (done)
        done->affectedArticles = affected;
    return done;
}

Result<Edit> ProjectStore::mergeTag(const QString &fromId, const QString &intoId)
{
    const std::optional<Tag> from = tag(fromId);
    const std::optional<Tag> into = tag(intoId);
    if (!from || !into)
        return Error{ErrorCode::NotFound, tr("No such tag")};
    if (subtree(tags(), fromId).contains(intoId))
        return Error{ErrorCode::InvalidArgument, tr("A tag cannot be merged into its own subtree")};
    QSet<QString> articles;
    // Same-named children merge too, so paths stay unique.
    std::function<Result<bool>(EditRecorder &, const QString &, const QString &)> mergeInto =
        [&](EditRecorder &recorder, const QString &source, const QString &target) -> Result<bool> {
        const QVector<Tag> all = tags();
        for (const Tag &child : all) {
            if (child.parentId != source)
                continue;
            const auto twin = std::find_if(all.cbegin(), all.cend(), [&](const Tag &other) {
                return other.parentId == target && other.name == child.name;
            });
            Result<bool> done = twin != all.cend()
                ? mergeInto(recorder, child.id, twin->id)
                : recorder.put(tagsTable, idKey(child.id), {{QStringLiteral("parent_id"), target}});
            if (!done)
                return done;
        }
        const auto rows = select(QStringLiteral("SELECT * FROM article_tags WHERE tag_id = ?"), {source});
        for (const QVariantMap &row : rows) {
            const QString article = row.value(QStringLiteral("article_id")).toString();
            articles.insert(article);
            Result<bool> added = recorder.put(articleTagsTable,
                                              {{QStringLiteral("article_id"), article}, {QStringLiteral("tag_id"), target}},
                                              {{QStringLiteral("author"), row.value(QStringLiteral("author"))},
                                               {QStringLiteral("created"), row.value(QStringLiteral("created"))}});
            if (!added)
                return added;
            Result<bool> removed = recorder.remove(articleTagsTable,
                                                   {{QStringLiteral("article_id"), article}, {QStringLiteral("tag_id"), source}});
            if (!removed)
                return removed;
        }
        return recorder.remove(tagsTable, idKey(source));
    };
    Result<Edit> done = edit(tr("Merge tag %1 into %2").arg(from->name, into->name), [&](EditRecorder &recorder) -> Result<QString> {
        Result<bool> merged = mergeInto(recorder, fromId, intoId);
        if (!merged)
            return merged.error();
        return intoId;
    });
    if (done)
        done->affectedArticles = articles.size();
    return done;
}

Result<bool> ProjectStore::removeTagTree(EditRecorder &recorder, const QString &tagId, QSet<QString> *articles)
{
    const auto children = select(QStringLiteral("SELECT id FROM tags WHERE parent_id = ?"), {tagId});
    for (const QVariantMap &child : children) {
        Result<bool> removed = removeTagTree(recorder, child.value(QStringLiteral("id")).toString(), articles);
        if (!removed)
            return removed;
    }
    const auto rows = select(QStringLiteral("SELECT article_id FROM article_tags WHERE tag_id = ?"), {tagId});
    for (const QVariantMap &row : rows) {
        const QString article = row.value(QStringLiteral("article_id")).toString();
        articles->insert(article);
        Result<bool> removed = recorder.remove(articleTagsTable,
                                               {{QStringLiteral("article_id"), article}, {QStringLiteral("tag_id"), tagId}});
        if (!removed)
            return removed;
    }
    return recorder.remove(tagsTable, idKey(tagId));
}

Result<Edit> ProjectStore::deleteTag(const QString &tagId)
{
    const std::optional<Tag> current = tag(tagId);
    if (!current)
        return Error{ErrorCode::NotFound, tr("No such tag")};
    QSet<QString> articles;
    Result<Edit> done = edit(tr("Delete tag %1").arg(current->name), [&](EditRecorder &recorder) -> Result<QString> {
        Result<bool> removed = removeTagTree(recorder, tagId, &articles);
        if (!removed)
            return removed.error();
        return tagId;
    });
    if (done)
        done->affectedArticles = articles.size();
    return done;
}

Result<Edit> ProjectStore::tagArticles(const QStringList &articleIds, const QString &tagId)
{
    const std::optional<Tag> current = tag(tagId);
    if (!current)
        return Error{ErrorCode::NotFound, tr("No such tag")};
    int affected = 0;
    Result<Edit> done = edit(tr("Tag %n article(s) %1", nullptr, int(articleIds.size())).arg(tagPath(tagId)),
                             [&](EditRecorder &recorder) -> Result<QString> {
        for (const QString &articleId : articleIds) {
            Result<QString> key = ensureArticleRecord(recorder, articleId);
            if (!key)
                return key.error();
            const QVariantMap rowKey{{QStringLiteral("article_id"), key.value()}, {QStringLiteral("tag_id"), tagId}};
            Result<std::optional<QVariantMap>> existing = EditRecorder::read(m_db, *m_dialect, articleTagsTable, rowKey, &m_statements);
            if (!existing)
                return existing.error();
            if (existing.value())
                continue;
            Result<bool> written = recorder.put(articleTagsTable, rowKey,
                                                {{QStringLiteral("author"), m_author}, {QStringLiteral("created"), now()}});
            if (!written)
                return written.error();
            ++affected;
        }
        return tagId;
    });
    if (done)
        done->affectedArticles = affected;
    return done;
}

Result<Edit> ProjectStore::untagArticles(const QStringList &articleIds, const QString &tagId)
{
    int affected = 0;
    Result<Edit> done = edit(tr("Untag %n article(s) %1", nullptr, int(articleIds.size())).arg(tagPath(tagId)),
                             [&](EditRecorder &recorder) -> Result<QString> {
        for (const QString &articleId : articleIds) {
            const int before = recorder.changes().size();
            for (const QString &key : recordKeys(articleId)) {
                Result<bool> removed = recorder.remove(articleTagsTable,
                                                       {{QStringLiteral("article_id"), key}, {QStringLiteral("tag_id"), tagId}});
                if (!removed)
                    return removed.error();
            }
            if (recorder.changes().size() > before)
                ++affected;
        }
        return tagId;
    });
    if (done)
        done->affectedArticles = affected;
    return done;
}

QStringList ProjectStore::tagsOf(const QString &articleId) const
{
    const QStringList keys = recordKeys(articleId);
    if (keys.isEmpty())
        return {};
    QStringList ids;
    const auto rows = select(QStringLiteral("SELECT DISTINCT tag_id FROM article_tags WHERE article_id IN (")
                                 + placeholders(keys.size()) + QLatin1Char(')'),
                             QVariant(keys).toList());
    for (const QVariantMap &row : rows)
        ids.append(row.value(QStringLiteral("tag_id")).toString());
    return ids;
}

QHash<QString, int> ProjectStore::tagCounts() const
{
    QHash<QString, int> counts;
    const auto rows = select(QStringLiteral("SELECT tag_id, COUNT(*) AS n FROM article_tags GROUP BY tag_id"));
    for (const QVariantMap &row : rows)
        counts.insert(row.value(QStringLiteral("tag_id")).toString(), row.value(QStringLiteral("n")).toInt());
    return counts;
}

QStringList ProjectStore::articlesWithTag(const QString &tagId) const
{
    QStringList ids;
    const auto rows = select(QStringLiteral("SELECT article_id FROM article_tags WHERE tag_id = ?"), {tagId});
    for (const QVariantMap &row : rows) {
        const QString id = articleIdOfRecord(row.value(QStringLiteral("article_id")).toString());
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

// ---- labels and spans ----------------------------------------------------------

namespace {

Label labelFrom(const QVariantMap &row)
{
    return {row.value(QStringLiteral("id")).toString(), row.value(QStringLiteral("name")).toString(),
            row.value(QStringLiteral("colour")).toString(), row.value(QStringLiteral("sort_order")).toInt()};
}

} // namespace

QVector<Label> ProjectStore::labels() const
{
    QVector<Label> result;
    const auto rows = select(QStringLiteral("SELECT * FROM labels ORDER BY sort_order, name"));
    for (const QVariantMap &row : rows)
        result.append(labelFrom(row));
    return result;
}

std::optional<Label> ProjectStore::label(const QString &labelId) const
{
    const auto rows = select(QStringLiteral("SELECT * FROM labels WHERE id = ?"), {labelId});
    if (rows.isEmpty())
        return std::nullopt;
    return labelFrom(rows.first());
}

QString ProjectStore::labelIdByName(const QString &name) const
{
    const auto rows = select(QStringLiteral("SELECT id FROM labels WHERE name = ?"), {name});
    return rows.isEmpty() ? QString() : rows.first().value(QStringLiteral("id")).toString();
}

Result<Edit> ProjectStore::addLabel(const QString &rawName, const QString &colour)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty())
        return Error{ErrorCode::InvalidArgument, tr("A label needs a name")};
    if (!labelIdByName(name).isEmpty())
        return Error{ErrorCode::InvalidArgument, tr("There is already a label %1").arg(name)};
    return edit(tr("Add label %1").arg(name), [&](EditRecorder &recorder) -> Result<QString> {
        const int count = labels().size();
        const QString id = newId();
        Result<bool> written = recorder.put(labelsTable, idKey(id),
                                            {{QStringLiteral("name"), name},
                                             {QStringLiteral("colour"), colour.isEmpty() ? paletteColour(count) : colour},
                                             {QStringLiteral("sort_order"), count}});
        if (!written)
            return written.error();
        return id;
    });
}

Result<Edit> ProjectStore::renameLabel(const QString &labelId, const QString &rawName)
{
    const QString name = rawName.trimmed();
    if (!label(labelId))
        return Error{ErrorCode::NotFound, tr("No such label")};
    const QString other = labelIdByName(name);
    if (name.isEmpty() || (!other.isEmpty() && other != labelId))
        return Error{ErrorCode::InvalidArgument, tr("There is already a label %1").arg(name)};
    return edit(tr("Rename label to %1").arg(name), [&](EditRecorder &recorder) -> Result<QString> {
        Result<bool> written = recorder.put(labelsTable, idKey(labelId), {{QStringLiteral("name"), name}});
        if (!written)
            return written.error();
        return labelId;
    });
}

Result<Edit> ProjectStore::setLabelColour(const QString &labelId, const QString &colour)
{
    if (!label(labelId))
        return Error{ErrorCode::NotFound, tr("No such label")};
    return edit(tr("Change label colour"), [&](EditRecorder &recorder) -> Result<QString> {
        Result<bool> written = recorder.put(labelsTable, idKey(labelId), {{QStringLiteral("colour"), colour}});
        if (!written)
            return written.error();
        return labelId;
    });
}

Result<Edit> ProjectStore::moveLabel(const QString &labelId, int order)
{
    QVector<Label> all = labels();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Label &l) { return l.id == labelId; });
    if (it == all.end())
        return Error{ErrorCode::NotFound, tr("No such label")};
    const Label moved = *it;
    all.erase(it);
    all.insert(std::clamp(order, 0, int(all.size())), moved);
    return edit(tr("Move label %1").arg(moved.name), [&](EditRecorder &recorder) -> Result<QString> {
        for (int i = 0; i < all.size(); ++i) {
            Result<bool> written = recorder.put(labelsTable, idKey(all.at(i).id), {{QStringLiteral("sort_order"), i}});
            if (!written)
                return written.error();
        }
        return labelId;
    });
}

Result<Edit> ProjectStore::removeLabel(const QString &labelId)
{
    const std::optional<Label> removed = label(labelId);
    if (!removed)
        return Error{ErrorCode::NotFound, tr("No such label")};
    int spansRemoved = 0;
    Result<Edit> done = edit(tr("Remove label %1").arg(removed->name), [&](EditRecorder &recorder) -> Result<QString> {
        const auto rows = select(QStringLiteral("SELECT id FROM spans WHERE label_id = ?"), {labelId});
        for (const QVariantMap &row : rows) {
            Result<bool> gone = recorder.remove(spansTable, idKey(row.value(QStringLiteral("id")).toString()));
            if (!gone)
                return gone.error();
            ++spansRemoved;
        }
        Result<bool> gone = recorder.remove(labelsTable, idKey(labelId));
        if (!gone)
            return gone.error();
        const QVector<Label> rest = labels();
        for (int i = 0; i < rest.size(); ++i) {
            Result<bool> written = recorder.put(labelsTable, idKey(rest.at(i).id), {{QStringLiteral("sort_order"), i}});
            if (!written)
                return written.error();
        }
        return labelId;
    });
    if (done)
        done->affectedArticles = spansRemoved;
    return done;
}

namespace {

Span spanFrom(const QVariantMap &row, const QString &text)
{
    Span span;
    span.id = row.value(QStringLiteral("id")).toString();
    span.pageId = row.value(QStringLiteral("page_id")).toString();
    span.labelId = row.value(QStringLiteral("label_id")).toString();
    span.comment = row.value(QStringLiteral("comment")).toString();
    span.anchor = anchorFrom(row);
    span.orphaned = row.value(QStringLiteral("orphaned")).toInt() != 0;
    span.author = row.value(QStringLiteral("author")).toString();
    span.created = row.value(QStringLiteral("created")).toString();
    span.modified = row.value(QStringLiteral("modified")).toString();
    if (!span.orphaned) {
        const AnchorMatch match = Anchorer::resolve(text, span.anchor);
        span.range = match.range;
        span.orphaned = !match.found();
    }
    return span;
}

} // namespace

QVector<Span> ProjectStore::spans(const QString &pageId) const
{
    QVector<Span> result;
    const CachedPage *entry = cached(pageId);
    if (!entry)
        return result;
    const auto rows = select(QStringLiteral("SELECT * FROM spans WHERE page_id = ? ORDER BY start_pos, end_pos, id"), {pageId});
    for (const QVariantMap &row : rows)
        result.append(spanFrom(row, entry->page.text));
    return result;
}

std::optional<Span> ProjectStore::span(const QString &spanId) const
{
    const auto rows = select(QStringLiteral("SELECT * FROM spans WHERE id = ?"), {spanId});
    if (rows.isEmpty())
        return std::nullopt;
    const CachedPage *entry = cached(rows.first().value(QStringLiteral("page_id")).toString());
    return spanFrom(rows.first(), entry ? entry->page.text : QString());
}

QVector<Span> ProjectStore::spansOfArticle(const QString &articleId) const
{
    QVector<Span> result;
    const std::optional<ArticleLocation> location = findArticle(articleId);
    if (!location)
        return result;
    const SegmentedPage *segmented = segmentation(location->pageId);
    const Article &found = segmented->articles.at(location->index);
    for (const Span &span : spans(location->pageId)) {
        const bool inside = std::any_of(found.blocks.cbegin(), found.blocks.cend(), [&](int block) {
            return !span.orphaned && segmented->blocks.at(block).range.overlaps(span.range);
        });
        if (inside)
            result.append(span);
    }
    return result;
}

Result<Edit> ProjectStore::addSpan(const QString &pageId, const TextRange &range, const QString &labelId,
                                   const QString &comment)
{
    const CachedPage *entry = cached(pageId);
    if (!entry)
        return Error{ErrorCode::NotFound, tr("No such page in the project")};
    if (range.isEmpty() || range.begin < 0 || range.end > entry->page.text.size())
        return Error{ErrorCode::InvalidArgument, tr("The range %1–%2 is not inside the page").arg(range.begin).arg(range.end)};
    const std::optional<Label> used = label(labelId);
    if (!used)
        return Error{ErrorCode::NotFound, tr("No such label")};
    const TextAnchor anchor = TextAnchor::from(entry->page.text, range);
    return edit(tr("Label \"%1\" as %2").arg(anchor.exact.left(12), used->name), [&](EditRecorder &recorder) -> Result<QString> {
        const QString id = newId();
        const QString time = now();
        QVariantMap values = anchorColumns(anchor);
        values.insert(QStringLiteral("page_id"), pageId);
        values.insert(QStringLiteral("label_id"), labelId);
        values.insert(QStringLiteral("comment"), comment);
        values.insert(QStringLiteral("orphaned"), 0);
        values.insert(QStringLiteral("author"), m_author);
        values.insert(QStringLiteral("created"), time);
        values.insert(QStringLiteral("modified"), time);
        Result<bool> written = recorder.put(spansTable, idKey(id), values);
        if (!written)
            return written.error();
        return id;
    });
}

Result<Edit> ProjectStore::setSpanComment(const QString &spanId, const QString &comment)
{
    if (!span(spanId))
        return Error{ErrorCode::NotFound, tr("No such annotation")};
    return edit(tr("Edit comment"), [&](EditRecorder &recorder) -> Result<QString> {
        Result<bool> written = recorder.put(spansTable, idKey(spanId),
                                            {{QStringLiteral("comment"), comment}, {QStringLiteral("modified"), now()}});
        if (!written)
            return written.error();
        return spanId;
    });
}

Result<Edit> ProjectStore::setSpanLabel(const QString &spanId, const QString &labelId)
{
    const std::optional<Label> used = label(labelId);
    if (!span(spanId) || !used)
        return Error{ErrorCode::NotFound, tr("No such annotation or label")};
    return edit(tr("Relabel as %1").arg(used->name), [&](EditRecorder &recorder) -> Result<QString> {
        Result<bool> written = recorder.put(spansTable, idKey(spanId),
                                            {{QStringLiteral("label_id"), labelId}, {QStringLiteral("modified"), now()}});
        if (!written)
            return written.error();
        return spanId;
    });
}

Result<Edit> ProjectStore::setSpanRange(const QString &spanId, const TextRange &range)
{
    const std::optional<Span> current = span(spanId);
    if (!current)
        return Error{ErrorCode::NotFound, tr("No such annotation")};
    const CachedPage *entry = cached(current->pageId);
    if (!entry || range.isEmpty() || range.begin < 0 || range.end > entry->page.text.size())
        return Error{ErrorCode::InvalidArgument, tr("The range %1–%2 is not inside the page").arg(range.begin).arg(range.end)};
    const TextAnchor anchor = TextAnchor::from(entry->page.text, range);
    return edit(tr("Change the extent of an annotation"), [&](EditRecorder &recorder) -> Result<QString> {
        QVariantMap values = anchorColumns(anchor);
        values.insert(QStringLiteral("orphaned"), 0);
        values.insert(QStringLiteral("modified"), now());
        Result<bool> written = recorder.put(spansTable, idKey(spanId), values);
        if (!written)
            return written.error();
        return spanId;
    });
}

Result<Edit> ProjectStore::removeSpan(const QString &spanId)
{
    if (!span(spanId))
        return Error{ErrorCode::NotFound, tr("No such annotation")};
    return edit(tr("Remove annotation"), [&](EditRecorder &recorder) -> Result<QString> {
        Result<bool> removed = recorder.remove(spansTable, idKey(spanId));
        if (!removed)
            return removed.error();
        return spanId;
    });
}

// ---- review ----------------------------------------------------------------

ReviewWorkflow ProjectStore::workflow() const
{
    // Asked for every article's status: read once per change.
    if (m_workflow)
        return *m_workflow;
    ReviewWorkflow workflow;
    const auto rows = select(QStringLiteral("SELECT * FROM workflow_steps ORDER BY sort_order"));
    for (const QVariantMap &row : rows) {
        if (row.value(QStringLiteral("is_return")).toInt())
            workflow.returnStep = row.value(QStringLiteral("name")).toString();
        else
            workflow.steps.append(row.value(QStringLiteral("name")).toString());
    }
    m_workflow = workflow;
    return workflow;
}

Result<Edit> ProjectStore::setWorkflow(const ReviewWorkflow &workflow)
{
    QStringList all = workflow.steps;
    if (!workflow.returnStep.isEmpty())
        all << workflow.returnStep;
    if (workflow.steps.isEmpty() || all.removeDuplicates() > 0 || all.contains(QString()))
        return Error{ErrorCode::InvalidArgument, tr("A workflow needs at least one step, each with its own name")};
    return edit(tr("Change the review workflow"), [&](EditRecorder &recorder) -> Result<QString> {
        const auto rows = select(QStringLiteral("SELECT name FROM workflow_steps"));
        for (const QVariantMap &row : rows) {
            const QString name = row.value(QStringLiteral("name")).toString();
            if (!all.contains(name)) {
                Result<bool> removed = recorder.remove(workflowTable, {{QStringLiteral("name"), name}});
                if (!removed)
                    return removed.error();
            }
        }
        for (int i = 0; i < all.size(); ++i) {
            Result<bool> written = recorder.put(workflowTable, {{QStringLiteral("name"), all.at(i)}},
                                                {{QStringLiteral("sort_order"), i},
                                                 {QStringLiteral("is_return"), all.at(i) == workflow.returnStep ? 1 : 0}});
            if (!written)
                return written.error();
        }
        return QString();
    });
}

namespace {

ReviewEvent eventFrom(const QVariantMap &row)
{
    ReviewEvent event;
    event.id = row.value(QStringLiteral("id")).toString();
    event.articleKey = row.value(QStringLiteral("article_id")).toString();
    event.step = row.value(QStringLiteral("step")).toString();
    event.note = row.value(QStringLiteral("note")).toString();
    event.author = row.value(QStringLiteral("author")).toString();
    event.created = row.value(QStringLiteral("created")).toString();
    return event;
}

} // namespace

QString ProjectStore::reviewStatus(const QString &articleId) const
{
    const QVector<ReviewEvent> history = reviewHistory(articleId);
    return history.isEmpty() ? workflow().initialStep() : history.last().step;
}

QVector<ReviewEvent> ProjectStore::reviewHistory(const QString &articleId) const
{
    QVector<ReviewEvent> events;
    const QStringList keys = recordKeys(articleId);
    if (keys.isEmpty())
        return events;
    const auto rows = select(QStringLiteral("SELECT * FROM review_events WHERE article_id IN (") + placeholders(keys.size())
                                 + QStringLiteral(") ORDER BY created, id"),
                             QVariant(keys).toList());
    for (const QVariantMap &row : rows)
        events.append(eventFrom(row));
    return events;
}

Result<Edit> ProjectStore::setReviewStatus(const QStringList &articleIds, const QString &step, const QString &note, bool force)
{
    const ReviewWorkflow flow = workflow();
    if (!flow.contains(step))
        return Error{ErrorCode::InvalidArgument,
                     tr("\"%1\" is not a step of this project's review (%2)").arg(step, (flow.steps + QStringList{flow.returnStep}).join(QStringLiteral(", ")))};
    return edit(tr("Set %n article(s) to %1", nullptr, int(articleIds.size())).arg(step), [&](EditRecorder &recorder) -> Result<QString> {
        QString last;
        for (const QString &articleId : articleIds) {
            const QString current = reviewStatus(articleId);
            if (!force && !flow.allowedNext(current).contains(step))
                return Error{ErrorCode::InvalidArgument, tr("An article at %1 cannot go to %2 (next: %3)")
                                                            .arg(current, step, flow.allowedNext(current).join(QStringLiteral(", ")))};
            Result<QString> key = ensureArticleRecord(recorder, articleId);
            if (!key)
                return key.error();
            last = newId();
            Result<bool> written = recorder.put(reviewTable, idKey(last),
                                                {{QStringLiteral("article_id"), key.value()},
                                                 {QStringLiteral("step"), step},
                                                 {QStringLiteral("note"), note},
                                                 {QStringLiteral("author"), m_author},
                                                 {QStringLiteral("created"), now()}});
            if (!written)
                return written.error();
        }
        return last;
    });
}

// ---- segmentation fixes ------------------------------------------------------

QVector<SegmentationFix> ProjectStore::fixes(const QString &pageId) const
{
    return StoreRows::fixesOfPage(m_db, pageId);
}

Result<Edit> ProjectStore::addFix(const SegmentationFix &fix, const QString &text)
{
    return edit(text, [&](EditRecorder &recorder) -> Result<QString> {
        const QString id = newId();
        QVariantMap values = anchorColumns(fix.a, QStringLiteral("a_"));
        if (!fix.b.isNull()) {
            const QVariantMap b = anchorColumns(fix.b, QStringLiteral("b_"));
            for (auto it = b.cbegin(); it != b.cend(); ++it)
                values.insert(it.key(), it.value());
        }
        values.insert(QStringLiteral("page_id"), fix.pageId);
        values.insert(QStringLiteral("kind"), fixKindName(fix.kind));
        values.insert(QStringLiteral("block_kind"), fix.kind == SegmentationFix::Kind::ChangeKind
                                                         ? QVariant(blockKindName(fix.blockKind))
                                                         : QVariant());
        values.insert(QStringLiteral("orphaned"), 0);
        values.insert(QStringLiteral("author"), m_author);
        values.insert(QStringLiteral("created"), now());
        Result<bool> written = recorder.put(fixesTable, idKey(id), values);
        if (!written)
            return written.error();
        return id;
    });
}

Result<Edit> ProjectStore::splitArticle(const QString &pageId, const TextRange &paragraphRange)
{
    const CachedPage *entry = cached(pageId);
    if (!entry)
        return Error{ErrorCode::NotFound, tr("No such page in the project")};
    const int block = SegmentationFixer::blockAt(entry->segmented, paragraphRange);
    const int article = block < 0 ? -1 : SegmentationFixer::articleAt(entry->segmented, paragraphRange);
    if (article < 0)
        return Error{ErrorCode::InvalidArgument, tr("There is no article paragraph there")};
    const Article &found = entry->segmented.articles.at(article);
    if (!found.paragraphs.isEmpty() && found.paragraphs.first().blocks.contains(block))
        return Error{ErrorCode::InvalidArgument, tr("An article cannot be split before its first paragraph")};
    SegmentationFix fix;
    fix.pageId = pageId;
    fix.kind = SegmentationFix::Kind::SplitArticle;
    fix.a = TextAnchor::from(entry->page.text, entry->segmented.blocks.at(block).range);
    return addFix(fix, tr("Split article"));
}

Result<Edit> ProjectStore::mergeArticles(const QString &firstId, const QString &secondId)
{
    const std::optional<ArticleLocation> first = findArticle(firstId);
    const std::optional<ArticleLocation> second = findArticle(secondId);
    if (!first || !second)
        return Error{ErrorCode::NotFound, tr("No such article in the project")};
    if (first->pageId != second->pageId || first->index == second->index)
        return Error{ErrorCode::InvalidArgument, tr("Only two different articles of one page can be merged")};
    const CachedPage *entry = cached(first->pageId);
    SegmentationFix fix;
    fix.pageId = first->pageId;
    fix.kind = SegmentationFix::Kind::MergeArticles;
    fix.a = SegmentationFixer::identityAnchor(entry->segmented, entry->segmented.articles.at(first->index), entry->page.text);
    fix.b = SegmentationFixer::identityAnchor(entry->segmented, entry->segmented.articles.at(second->index), entry->page.text);
    return addFix(fix, tr("Merge articles"));
}

Result<Edit> ProjectStore::moveBlock(const QString &pageId, int blockIndex, const QString &targetArticleId)
{
    const CachedPage *entry = cached(pageId);
    const std::optional<ArticleLocation> target = findArticle(targetArticleId);
    if (!entry || !target || target->pageId != pageId)
        return Error{ErrorCode::NotFound, tr("No such article on this page")};
    if (blockIndex < 0 || blockIndex >= entry->segmented.blocks.size())
        return Error{ErrorCode::InvalidArgument, tr("No such block")};
    SegmentationFix fix;
    fix.pageId = pageId;
    fix.kind = SegmentationFix::Kind::MoveBlock;
    fix.a = TextAnchor::from(entry->page.text, entry->segmented.blocks.at(blockIndex).range);
    fix.b = SegmentationFixer::identityAnchor(entry->segmented, entry->segmented.articles.at(target->index), entry->page.text);
    return addFix(fix, tr("Move text to another article"));
}

Result<Edit> ProjectStore::changeBlockKind(const QString &pageId, int blockIndex, BlockKind kind)
{
    const CachedPage *entry = cached(pageId);
    if (!entry)
        return Error{ErrorCode::NotFound, tr("No such page in the project")};
    if (blockIndex < 0 || blockIndex >= entry->segmented.blocks.size() || kind == BlockKind::Unclassified)
        return Error{ErrorCode::InvalidArgument, tr("No such block")};
    SegmentationFix fix;
    fix.pageId = pageId;
    fix.kind = SegmentationFix::Kind::ChangeKind;
    fix.a = TextAnchor::from(entry->page.text, entry->segmented.blocks.at(blockIndex).range);
    fix.blockKind = kind;
    return addFix(fix, tr("Mark as %1").arg(blockKindLabel(kind)));
}

Result<Edit> ProjectStore::removeFix(const QString &fixId)
{
    if (select(QStringLiteral("SELECT id FROM fixes WHERE id = ?"), {fixId}).isEmpty())
        return Error{ErrorCode::NotFound, tr("No such segmentation fix")};
    return edit(tr("Remove segmentation fix"), [&](EditRecorder &recorder) -> Result<QString> {
        Result<bool> removed = recorder.remove(fixesTable, idKey(fixId));
        if (!removed)
            return removed.error();
        return fixId;
    });
}

// ---- decisions ---------------------------------------------------------------

namespace {

WarningDecision decisionFrom(const QVariantMap &row)
{
    WarningDecision decision;
    decision.id = row.value(QStringLiteral("id")).toString();
    decision.pageId = row.value(QStringLiteral("page_id")).toString();
    decision.warningId = row.value(QStringLiteral("warning_id")).toString();
    decision.verdict = row.value(QStringLiteral("decision")).toString() == QLatin1String("rejected")
        ? WarningDecision::Verdict::Rejected
        : WarningDecision::Verdict::Accepted;
    decision.comment = row.value(QStringLiteral("comment")).toString();
    decision.anchor = anchorFrom(row);
    decision.orphaned = row.value(QStringLiteral("orphaned")).toInt() != 0;
    decision.author = row.value(QStringLiteral("author")).toString();
    decision.created = row.value(QStringLiteral("created")).toString();
    return decision;
}

QString verdictName(WarningDecision::Verdict verdict)
{
    return verdict == WarningDecision::Verdict::Rejected ? QStringLiteral("rejected") : QStringLiteral("accepted");
}

} // namespace

QVector<WarningDecision> ProjectStore::decisions(const QString &pageId) const
{
    QVector<WarningDecision> result;
    const auto rows = select(QStringLiteral("SELECT * FROM warning_decisions WHERE page_id = ? ORDER BY created, id"), {pageId});
    for (const QVariantMap &row : rows)
        result.append(decisionFrom(row));
    return result;
}

QHash<QString, QVector<WarningDecision>> ProjectStore::decisionsByPage() const
{
    QHash<QString, QVector<WarningDecision>> result;
    const auto rows = select(QStringLiteral("SELECT * FROM warning_decisions ORDER BY page_id, created, id"), {});
    for (const QVariantMap &row : rows)
        result[row.value(QStringLiteral("page_id")).toString()].append(decisionFrom(row));
    return result;
}

std::optional<WarningDecision> ProjectStore::decision(const QString &warningId) const
{
    const auto rows = select(QStringLiteral("SELECT * FROM warning_decisions WHERE warning_id = ? ORDER BY created DESC, id"),
                             {warningId});
    if (rows.isEmpty())
        return std::nullopt;
    return decisionFrom(rows.first());
}

Result<Edit> ProjectStore::decideWarning(const QString &pageId, const QString &warningId, const TextRange &range,
                                         WarningDecision::Verdict verdict, const QString &comment)
{
    const CachedPage *entry = cached(pageId);
    if (!entry)
        return Error{ErrorCode::NotFound, tr("No such page in the project")};
    if (warningId.isEmpty() || range.begin < 0 || range.end > entry->page.text.size() || range.end < range.begin)
        return Error{ErrorCode::InvalidArgument, tr("A decision needs a warning id and a range inside the page")};
    const TextAnchor anchor = TextAnchor::from(entry->page.text, range);
    return edit(verdict == WarningDecision::Verdict::Accepted ? tr("Accept warning") : tr("Reject warning"),
                [&](EditRecorder &recorder) -> Result<QString> {
        const auto existing = select(QStringLiteral("SELECT id FROM warning_decisions WHERE page_id = ? AND warning_id = ?"),
                                     {pageId, warningId});
        const QString id = existing.isEmpty() ? newId() : existing.first().value(QStringLiteral("id")).toString();
        QVariantMap values = anchorColumns(anchor);
        values.insert(QStringLiteral("page_id"), pageId);
        values.insert(QStringLiteral("warning_id"), warningId);
        values.insert(QStringLiteral("decision"), verdictName(verdict));
        values.insert(QStringLiteral("comment"), comment);
        values.insert(QStringLiteral("orphaned"), 0);
        values.insert(QStringLiteral("author"), m_author);
        values.insert(QStringLiteral("created"), now());
        Result<bool> written = recorder.put(decisionsTable, idKey(id), values);
        if (!written)
            return written.error();
        return id;
    });
}

Result<Edit> ProjectStore::removeDecision(const QString &decisionId)
{
    if (select(QStringLiteral("SELECT id FROM warning_decisions WHERE id = ?"), {decisionId}).isEmpty())
        return Error{ErrorCode::NotFound, tr("No such decision")};
    return edit(tr("Remove decision"), [&](EditRecorder &recorder) -> Result<QString> {
        Result<bool> removed = recorder.remove(decisionsTable, idKey(decisionId));
        if (!removed)
            return removed.error();
        return decisionId;
    });
}

// ---- all annotations -----------------------------------------------------------

// ---- project settings ----------------------------------------------------

QString ProjectStore::projectSetting(const QString &name, const QString &fallback) const
{
    const auto rows = select(QStringLiteral("SELECT value FROM project_settings WHERE name = ?"), {name});
    return rows.isEmpty() ? fallback : rows.first().value(QStringLiteral("value")).toString();
}

Result<Edit> ProjectStore::setProjectSetting(const QString &name, const QString &value)
{
    return edit(tr("Change %1").arg(name), [&](EditRecorder &recorder) -> Result<QString> {
        Result<bool> written = recorder.put(settingsTable, {{QStringLiteral("name"), name}},
                                            {{QStringLiteral("value"), value}});
        if (!written)
            return written.error();
        return name;
    });
}

QVector<AnnotationRecord> ProjectStore::annotations() const
{
    QVector<AnnotationRecord> records;
    QHash<QString, QString> labelNames;
    for (const Label &l : labels())
        labelNames.insert(l.id, l.name);
    QHash<QString, QString> tagPaths;
    for (const Tag &t : tags())
        tagPaths.insert(t.id, tagPath(t.id));

    // Only the pages that carry anything (tags and reviews hang on article
    // records): a big project has few, and reading every page is slow.
    const auto annotated = select(QStringLiteral(
        "SELECT id, name FROM pages WHERE id IN (SELECT page_id FROM articles UNION SELECT page_id FROM spans"
        " UNION SELECT page_id FROM fixes UNION SELECT page_id FROM warning_decisions) ORDER BY name"));
    for (const QVariantMap &pageRow : annotated) {
        const CachedPage *entry = cached(pageRow.value(QStringLiteral("id")).toString());
        if (!entry)
            continue;
        const ProjectPage &projectPage = entry->page;
        const QString &text = entry->page.text;
        auto base = [&](AnnotationRecord::Kind kind) {
            AnnotationRecord record;
            record.kind = kind;
            record.pageId = projectPage.id;
            record.pageName = projectPage.name;
            return record;
        };
        auto placeIn = [&](AnnotationRecord &record, const TextRange &range) {
            const int index = SegmentationFixer::articleAt(entry->segmented, range);
            if (index >= 0) {
                record.articleId = entry->segmented.articles.at(index).id;
                record.articleTitle = entry->segmented.articles.at(index).title;
            }
        };

        // Article records: where each resolves now.
        struct Resolved
        {
            QString articleId;
            QString title;
            TextAnchor anchor;
            bool orphaned = true;
        };
        QHash<QString, Resolved> resolved;
        for (const ArticleRecord &record : articleRecords(projectPage.id)) {
            Resolved r;
            r.anchor = record.anchor;
            if (!record.orphaned) {
                const AnchorMatch match = Anchorer::resolve(text, record.anchor);
                const int index = match.found() ? SegmentationFixer::articleAt(entry->segmented, match.range) : -1;
                if (index >= 0) {
                    r.orphaned = false;
                    r.articleId = entry->segmented.articles.at(index).id;
                    r.title = entry->segmented.articles.at(index).title;
                }
            }
            resolved.insert(record.key, r);
        }
        auto onArticle = [&](AnnotationRecord &record, const QString &key) {
            const Resolved r = resolved.value(key);
            record.articleKey = key;
            record.articleId = r.articleId;
            record.articleTitle = r.title;
            record.quote = r.anchor.exact;
            record.start = r.anchor.start;
            record.end = r.anchor.end;
            record.orphaned = r.orphaned;
        };

        const auto tagRows = select(QStringLiteral("SELECT t.article_id AS article_id, t.tag_id AS tag_id, t.author AS author,"
                                                   " t.created AS created FROM article_tags t JOIN articles a ON a.id = t.article_id"
                                                   " WHERE a.page_id = ?"),
                                    {projectPage.id});
        for (const QVariantMap &row : tagRows) {
            AnnotationRecord record = base(AnnotationRecord::Kind::Tag);
            const QString key = row.value(QStringLiteral("article_id")).toString();
            record.id = key + QLatin1Char('/') + row.value(QStringLiteral("tag_id")).toString();
            record.name = tagPaths.value(row.value(QStringLiteral("tag_id")).toString());
            record.author = row.value(QStringLiteral("author")).toString();
            record.created = row.value(QStringLiteral("created")).toString();
            onArticle(record, key);
            records.append(record);
        }
        const auto reviewRows = select(QStringLiteral("SELECT e.* FROM review_events e JOIN articles a ON a.id = e.article_id"
                                                      " WHERE a.page_id = ?"),
                                       {projectPage.id});
        for (const QVariantMap &row : reviewRows) {
            const ReviewEvent event = eventFrom(row);
            AnnotationRecord record = base(AnnotationRecord::Kind::Review);
            record.id = event.id;
            record.name = event.step;
            record.comment = event.note;
            record.author = event.author;
            record.created = event.created;
            onArticle(record, event.articleKey);
            records.append(record);
        }
        for (const Span &span : spans(projectPage.id)) {
            AnnotationRecord record = base(AnnotationRecord::Kind::Span);
            record.id = span.id;
            record.name = labelNames.value(span.labelId);
            record.quote = span.anchor.exact;
            record.comment = span.comment;
            record.author = span.author;
            record.created = span.created;
            record.start = span.anchor.start;
            record.end = span.anchor.end;
            record.orphaned = span.orphaned;
            if (!span.orphaned)
                placeIn(record, span.range);
            records.append(record);
        }
        const QStringList skipped = entry->skipped;
        for (const SegmentationFix &fix : fixes(projectPage.id)) {
            AnnotationRecord record = base(AnnotationRecord::Kind::Fix);
            record.id = fix.id;
            record.name = fixKindName(fix.kind);
            if (fix.kind == SegmentationFix::Kind::ChangeKind)
                record.comment = blockKindName(fix.blockKind);
            record.quote = fix.a.exact;
            record.author = fix.author;
            record.created = fix.created;
            record.start = fix.a.start;
            record.end = fix.a.end;
            record.orphaned = fix.orphaned || skipped.contains(fix.id);
            if (!record.orphaned)
                placeIn(record, Anchorer::resolve(text, fix.a).range);
            records.append(record);
        }
        for (const WarningDecision &decision : decisions(projectPage.id)) {
            AnnotationRecord record = base(AnnotationRecord::Kind::Decision);
            record.id = decision.id;
            record.name = verdictName(decision.verdict) + QLatin1Char(':') + decision.warningId;
            record.quote = decision.anchor.exact;
            record.comment = decision.comment;
            record.author = decision.author;
            record.created = decision.created;
            record.start = decision.anchor.start;
            record.end = decision.anchor.end;
            record.orphaned = decision.orphaned;
            if (!decision.orphaned)
                placeIn(record, Anchorer::resolve(text, decision.anchor).range);
            records.append(record);
        }
    }
    std::stable_sort(records.begin(), records.end(),
                     [](const AnnotationRecord &a, const AnnotationRecord &b) { return a.created < b.created; });
    return records;
}

QVector<AnnotationRecord> ProjectStore::orphanedAnnotations() const
{
    QVector<AnnotationRecord> orphans;
    for (const AnnotationRecord &record : annotations()) {
        if (record.orphaned)
            orphans.append(record);
    }
    return orphans;
}
