#include "projectpagereader.h"

#include "sqldialect.h"
#include "storerows.h"

#include <QSqlError>
#include <QSqlQuery>

ProjectPageReader::ProjectPageReader(std::unique_ptr<ReadConnection> connection)
    : m_connection(std::move(connection))
{}

ProjectPageReader::~ProjectPageReader() = default;

std::unique_ptr<ProjectPageReader> ProjectPageReader::open(const QString &projectPath)
{
    auto connection = std::make_unique<ReadConnection>(SqliteDialect(), QStringLiteral("reader"), projectPath);
    if (!connection->isOpen()) {
        qWarning("yuegao: cannot read the project %s: %s", qUtf8Printable(projectPath),
                 qUtf8Printable(connection->error().message));
        return nullptr;
    }
    return std::unique_ptr<ProjectPageReader>(new ProjectPageReader(std::move(connection)));
}

std::shared_ptr<const CorpusPage> ProjectPageReader::read(const PageOutline &outline)
{
    QSqlDatabase &db = m_connection->db();
    QSqlQuery query(db);
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
    page->segmentation = StoreRows::effectiveSegmentation(StoreRows::storedSegmentation(db, outline.revisionId, text),
                                                          StoreRows::fixesOfPage(db, outline.pageId), text);
    return page;
}
