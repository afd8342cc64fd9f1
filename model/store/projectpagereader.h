#pragma once

#include "corpus.h"

#include <QString>

#include <memory>

class ReadConnection;

/// Reads a project's pages on a worker thread, through a read-only
/// connection of its own (SQLite's WAL lets it read while the window's
/// connection writes): the revision's text and its segmentation with the
/// editor's fixes, exactly as the store shows them (StoreRows).
///
/// Lives and dies on one thread, as Qt SQL connections must.
class ProjectPageReader final : public PageContentSource::Reader
{
public:
    /// Null when the project cannot be opened (it went away, it is locked
    /// beyond the timeout); the reason goes to stderr.
    static std::unique_ptr<ProjectPageReader> open(const QString &projectPath);
    ~ProjectPageReader() override;
    Q_DISABLE_COPY_MOVE(ProjectPageReader)

    std::shared_ptr<const CorpusPage> read(const PageOutline &outline) override;

private:
    explicit ProjectPageReader(std::unique_ptr<ReadConnection> connection);

    std::unique_ptr<ReadConnection> m_connection;
};
