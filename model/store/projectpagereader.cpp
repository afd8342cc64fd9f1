#include "projectpagereader.h"

#include "sqldialect.h"
#include "storerows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

ProjectPageReader::ProjectPageReader(const QString &connectionName)
    : m_connectionName(connectionName)
{}

ProjectPageReader::~ProjectPageReader()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<ProjectPageReader> ProjectPageReader::open(const QString &projectPath)
{
    const SqliteDialect dialect;
    std::unique_ptr<ProjectPageReader> reader(
        new ProjectPageReader(QStringLiteral("yuegao-reader-") + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    Result<QSqlDatabase> db = openReadConnection(dialect, reader->m_connectionName, projectPath);
    if (!db) {
        qWarning("yuegao: cannot read the project %s: %s", qUtf8Printable(projectPath),
                 qUtf8Printable(db.error().message));
        return nullptr;
    }
    reader->m_db = db.value();
    return reader;
}

std::shared_ptr<const CorpusPage> ProjectPageReader::read(const PageOutline &outline)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT body FROM page_revisions WHERE id = ?"));
    query.addBindValue(outline.revisionId);
    if (!query.exec() || !query.next())
        return nullptr;
    auto page = std::make_shared<CorpusPage>();
    page->pageId = outline.pageId;
    page->revisionId = outline.revisionId;
    page->source.path = outline.path;
    page->source.sha256 = outline.sha256;
    page->source.sizeBytes = outline.sizeBytes;
    page->source.decoded.text = query.value(0).toString();
    page->source.decoded.encoding = outline.encoding;
    page->source.decoded.confidence = outline.confidence;
    query.finish();
    const QString &text = page->source.decoded.text;
    page->segmentation = StoreRows::effectiveSegmentation(StoreRows::storedSegmentation(m_db, outline.revisionId, text),
                                                          StoreRows::fixesOfPage(m_db, outline.pageId), text);
    return page;
}
