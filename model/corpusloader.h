#pragma once

#include "pageloader.h"

#include <QObject>
#include <QQueue>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <memory>

class Corpus;
template<typename T>
class QFutureWatcher;
struct LoadOutcome;

/// One file to load, and where its result goes.
struct LoadJob
{
    QString path;
    /// Overrides detection when not empty (Reopen with Encoding).
    QString forcedEncoding;
};

/// Loads and segments page files off the GUI thread and applies the
/// results to a Corpus on the GUI thread.
///
/// Each file is read, decoded and segmented in a QtConcurrent worker; the
/// results are applied in file order as soon as they (and all files before
/// them) are ready, so the first pages show while the rest still load. A
/// file already in the corpus is replaced, not added twice. Cancelling sets
/// an atomic flag the workers poll and drops results still in flight.
class CorpusLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusLoader)

public:
    explicit CorpusLoader(Corpus *corpus, QObject *parent = nullptr);
    ~CorpusLoader() override;

    /// Files as given; each folder replaced by its *.txt files sorted by
    /// name. Paths that do not exist are kept, so their failure is reported.
    static QStringList expandPaths(const QStringList &paths);

    /// Loads `paths` (files or folders). While a batch runs, the new one
    /// waits for it.
    void open(const QStringList &paths);
    /// Loads one page again with a forced encoding.
    void reopen(const QString &path, const QString &encoding);
    void cancel();
    bool isRunning() const { return m_watcher != nullptr; }

    void setMaxFileSize(qint64 bytes) { m_options.maxSizeBytes = bytes; }

signals:
    void started(int total);
    void progress(int done, int total);
    /// A file that could not be opened; `message` is translated.
    void failed(const QString &path, const QString &message);
    void finished(bool cancelled);

private:
    void enqueue(QVector<LoadJob> jobs);
    void startNext();
    void onResultReady(int index);
    void onFinished();
    void applyReady();
    void apply(const LoadOutcome &outcome);

    Corpus *m_corpus;
    LoadOptions m_options;
    QQueue<QVector<LoadJob>> m_queue;
    QFutureWatcher<LoadOutcome> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QVector<LoadOutcome> m_ready;
    QVector<bool> m_isReady;
    int m_nextToApply = 0;
    int m_done = 0;
    int m_total = 0;
};
