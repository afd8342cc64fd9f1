#include "projectschema.h"

#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Column names avoid words PostgreSQL reserves (end, order, user), so the
// same statements run there.
const char *const version1[] = {
    "CREATE TABLE meta ("
    " name TEXT PRIMARY KEY,"
    " value TEXT NOT NULL)",

    // A page is known by its file name: files move between folders and
    // machines, the name of a page dump does not.
    "CREATE TABLE pages ("
    " id TEXT PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE,"
    " source_path TEXT NOT NULL,"
    " created TEXT NOT NULL)",

    // The decoded text of every version of a page: annotations never
    // depend on the file.
    "CREATE TABLE page_revisions ("
    " id TEXT PRIMARY KEY,"
    " page_id TEXT NOT NULL REFERENCES pages(id) ON DELETE CASCADE,"
    " number INTEGER NOT NULL,"
    " sha256 TEXT NOT NULL,"
    " encoding TEXT NOT NULL,"
    " body TEXT NOT NULL,"
    " imported TEXT NOT NULL,"
    " UNIQUE (page_id, number))",

    "CREATE TABLE tags ("
    " id TEXT PRIMARY KEY,"
    " parent_id TEXT REFERENCES tags(id),"
    " name TEXT NOT NULL,"
    " colour TEXT NOT NULL,"
    " description TEXT NOT NULL,"
    " created TEXT NOT NULL)",

    // An article's identity: an anchor on its first paragraph (or
    // headline), so what is attached to it follows the text, not an index.
    "CREATE TABLE articles ("
    " id TEXT PRIMARY KEY,"
    " page_id TEXT NOT NULL REFERENCES pages(id),"
    " start_pos INTEGER NOT NULL,"
    " end_pos INTEGER NOT NULL,"
    " quote TEXT NOT NULL,"
    " prefix TEXT NOT NULL,"
    " suffix TEXT NOT NULL,"
    " orphaned INTEGER NOT NULL,"
    " created TEXT NOT NULL)",

    "CREATE TABLE article_tags ("
    " article_id TEXT NOT NULL REFERENCES articles(id),"
    " tag_id TEXT NOT NULL REFERENCES tags(id),"
    " author TEXT NOT NULL,"
    " created TEXT NOT NULL,"
    " PRIMARY KEY (article_id, tag_id))",

    "CREATE TABLE labels ("
    " id TEXT PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE,"
    " colour TEXT NOT NULL,"
    " sort_order INTEGER NOT NULL)",

    "CREATE TABLE spans ("
    " id TEXT PRIMARY KEY,"
    " page_id TEXT NOT NULL REFERENCES pages(id),"
    " label_id TEXT NOT NULL REFERENCES labels(id),"
    " comment TEXT NOT NULL,"
    " start_pos INTEGER NOT NULL,"
    " end_pos INTEGER NOT NULL,"
    " quote TEXT NOT NULL,"
    " prefix TEXT NOT NULL,"
    " suffix TEXT NOT NULL,"
    " orphaned INTEGER NOT NULL,"
    " author TEXT NOT NULL,"
    " created TEXT NOT NULL,"
    " modified TEXT NOT NULL)",

    // The full history: the current status is the latest event.
    "CREATE TABLE review_events ("
    " id TEXT PRIMARY KEY,"
    " article_id TEXT NOT NULL REFERENCES articles(id),"
    " step TEXT NOT NULL,"
    " note TEXT NOT NULL,"
    " author TEXT NOT NULL,"
    " created TEXT NOT NULL)",

    // Segmentation fixes: anchor a is what the fix acts on (a paragraph,
    // a block, the first article), anchor b the other article, if any.
    "CREATE TABLE fixes ("
    " id TEXT PRIMARY KEY,"
    " page_id TEXT NOT NULL REFERENCES pages(id),"
    " kind TEXT NOT NULL,"
    " a_start INTEGER NOT NULL,"
    " a_end INTEGER NOT NULL,"
    " a_quote TEXT NOT NULL,"
    " a_prefix TEXT NOT NULL,"
    " a_suffix TEXT NOT NULL,"
    " b_start INTEGER,"
    " b_end INTEGER,"
    " b_quote TEXT,"
    " b_prefix TEXT,"
    " b_suffix TEXT,"
    " block_kind TEXT,"
    " orphaned INTEGER NOT NULL,"
    " author TEXT NOT NULL,"
    " created TEXT NOT NULL)",
};

const char *const version2[] = {
    "CREATE TABLE workflow_steps ("
    " name TEXT PRIMARY KEY,"
    " sort_order INTEGER NOT NULL,"
    " is_return INTEGER NOT NULL)",

    "CREATE TABLE warning_decisions ("
    " id TEXT PRIMARY KEY,"
    " page_id TEXT NOT NULL REFERENCES pages(id),"
    " warning_id TEXT NOT NULL,"
    " decision TEXT NOT NULL,"
    " comment TEXT NOT NULL,"
    " start_pos INTEGER NOT NULL,"
    " end_pos INTEGER NOT NULL,"
    " quote TEXT NOT NULL,"
    " prefix TEXT NOT NULL,"
    " suffix TEXT NOT NULL,"
    " orphaned INTEGER NOT NULL,"
    " author TEXT NOT NULL,"
    " created TEXT NOT NULL)",

    "CREATE INDEX spans_by_page ON spans (page_id)",
    "CREATE INDEX article_tags_by_tag ON article_tags (tag_id)",
    "CREATE INDEX review_events_by_article ON review_events (article_id, created)",
    "CREATE INDEX articles_by_page ON articles (page_id)",
    "CREATE INDEX revisions_by_page ON page_revisions (page_id, number)",
};

const char *const version3[] = {
    // The segmenter's raw output per revision (SegmentationCodec), so a
    // project reopens without segmenting; derived data, recomputed when
    // missing or made by another segmenter version. BYTEA: PostgreSQL's
    // binary type; SQLite stores blobs as they are under any type name.
    "CREATE TABLE segmentations ("
    " revision_id TEXT PRIMARY KEY REFERENCES page_revisions(id) ON DELETE CASCADE,"
    " segmenter_version INTEGER NOT NULL,"
    " data BYTEA NOT NULL)",

    // Settings that belong to the project rather than to one desktop
    // (the saved searches), each a name and a text value.
    "CREATE TABLE project_settings ("
    " name TEXT PRIMARY KEY,"
    " value TEXT NOT NULL)",

    // Opening reads every page's fixes in one query, ordered per page.
    "CREATE INDEX fixes_by_page ON fixes (page_id, created, id)",
};

const char *const version4[] = {
    // Each segmentation's outline (PageOutlineCodec): what the article list
    // shows of the page, so opening a project reads no page's text. NULL in
    // rows of older projects until the store makes them.
    "ALTER TABLE segmentations ADD COLUMN outline BYTEA",
};

const char *const version5[] = {
    // The article list of a project: one compact row per page (its latest
    // revision's outline and what the list says of the page). Opening a
    // project reads this table alone, in one pass; reading the outlines
    // through pages, revisions and segmentations cost a join per page and
    // pages of text rows and segmentation blobs read only to be skipped
    // (3 s at 70 000 pages). Derived data: a page without its row is made
    // again from its revision; a row goes with its revision (cascade).
    "CREATE TABLE page_listing ("
    " page_id TEXT PRIMARY KEY REFERENCES pages(id) ON DELETE CASCADE,"
    " revision_id TEXT NOT NULL REFERENCES page_revisions(id) ON DELETE CASCADE,"
    " name TEXT NOT NULL,"
    " source_path TEXT NOT NULL,"
    " sha256 TEXT NOT NULL,"
    " encoding TEXT NOT NULL,"
    " segmenter_version INTEGER NOT NULL,"
    " outline BYTEA NOT NULL)",
    // Deleting a revision looks its listing row up by revision.
    "CREATE INDEX page_listing_by_revision ON page_listing (revision_id)",
    "INSERT INTO page_listing (page_id, revision_id, name, source_path, sha256, encoding, segmenter_version, outline)"
    " SELECT p.id, r.id, p.name, p.source_path, r.sha256, r.encoding, s.segmenter_version, s.outline"
    " FROM pages p JOIN page_revisions r ON r.page_id = p.id JOIN segmentations s ON s.revision_id = r.id"
    " WHERE s.outline IS NOT NULL"
    " AND r.number = (SELECT MAX(number) FROM page_revisions WHERE page_id = p.id)",
};

template<std::size_t N>
QStringList toList(const char *const (&statements)[N])
{
    QStringList list;
    for (const char *statement : statements)
        list << QString::fromUtf8(statement);
    return list;
}

Result<bool> seedWorkflow(QSqlDatabase &db, const SqlDialect &dialect)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO workflow_steps (name, sort_order, is_return) VALUES (?, ?, ?)"));
    QStringList steps = ProjectSchema::defaultWorkflowSteps();
    steps << ProjectSchema::defaultReturnStep();
    for (int i = 0; i < steps.size(); ++i) {
        query.addBindValue(steps.at(i));
        query.addBindValue(i);
        query.addBindValue(i == steps.size() - 1 ? 1 : 0);
        if (!query.exec())
            return sqlError(dialect, query.lastError(), query.lastQuery());
    }
    return true;
}

} // namespace

QStringList ProjectSchema::statements(int version)
{
    switch (version) {
    case 1:
        return toList(version1);
    case 2:
        return toList(version2);
    case 3:
        return toList(version3);
    case 4:
        return toList(version4);
    case 5:
        return toList(version5);
    default:
        return {};
    }
}

QStringList ProjectSchema::defaultWorkflowSteps()
{
    return {QStringLiteral("待审"), QStringLiteral("初审"), QStringLiteral("复审"), QStringLiteral("终审"),
            QStringLiteral("签发")};
}

QString ProjectSchema::defaultReturnStep()
{
    return QStringLiteral("退回");
}

Result<bool> ProjectSchema::migrate(QSqlDatabase &db, const SqlDialect &dialect, int from)
{
    if (from >= currentVersion)
        return true;
    Result<bool> begun = execSql(db, dialect, dialect.beginWrite());
    if (!begun)
        return begun;
    auto fail = [&](const Error &error) -> Result<bool> {
        execSql(db, dialect, QStringLiteral("ROLLBACK"));
        return Error{error.code, tr("Cannot upgrade the project to schema version %1: %2").arg(currentVersion).arg(error.message)};
    };
    for (int version = from + 1; version <= currentVersion; ++version) {
        for (const QString &statement : statements(version)) {
            Result<bool> done = execSql(db, dialect, statement);
            if (!done)
                return fail(done.error());
        }
        if (version == 2) {
            Result<bool> seeded = seedWorkflow(db, dialect);
            if (!seeded)
                return fail(seeded.error());
        }
    }
    if (from == 0) {
        Result<bool> marked = dialect.markOurs(db);
        if (!marked)
            return fail(marked.error());
    }
    Result<bool> versioned = dialect.setSchemaVersion(db, currentVersion);
    if (!versioned)
        return fail(versioned.error());
    Result<bool> committed = execSql(db, dialect, QStringLiteral("COMMIT"));
    if (!committed)
        return fail(committed.error());
    return true;
}
