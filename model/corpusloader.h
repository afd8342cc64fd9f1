#pragma once

#include "pagebatchloader.h"

#include <QObject>
#include <QStringList>

class Corpus;

/// Loads and segments page files off the GUI thread and puts them into a
/// Corpus on the GUI thread (a PageBatchLoader that segments): in file
/// order, the first pages showing while the rest still load. A file already
/// in the corpus is replaced, not added twice.
class CorpusLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusLoader)

public:
    explicit CorpusLoader(Corpus *corpus, QObject *parent = nullptr);
    ~CorpusLoader() override;

    /// See PageBatchLoader::expandPaths.
    static QStringList expandPaths(const QStringList &paths) { return PageBatchLoader::expandPaths(paths); }

    /// Loads `paths` (files or folders). While a batch runs, the new one
    /// waits for it.
    void open(const QStringList &paths);
    /// Loads one page again with a forced encoding.
    void reopen(const QString &path, const QString &encoding);
    void cancel() { m_loader->cancel(); }
    bool isRunning() const { return m_loader->isRunning(); }

    void setMaxFileSize(qint64 bytes) { m_loader->setMaxFileSize(bytes); }

signals:
    void started(int total);
    void progress(int done, int total);
    /// A file that could not be opened; `message` is translated.
    void failed(const QString &path, const QString &message);
    void finished(bool cancelled);

private:
    void add(const PageLoadOutcome &outcome);

    Corpus *m_corpus;
    PageBatchLoader *m_loader;
};
