#include "corpusloader.h"

#include "corpus.h"

CorpusLoader::CorpusLoader(Corpus *corpus, QObject *parent)
    : QObject(parent)
    , m_corpus(corpus)
    , m_loader(new PageBatchLoader(PageBatchLoader::Work::DecodeAndSegment, this))
{
    connect(m_loader, &PageBatchLoader::started, this, &CorpusLoader::started);
    connect(m_loader, &PageBatchLoader::progress, this, &CorpusLoader::progress);
    connect(m_loader, &PageBatchLoader::failed, this, &CorpusLoader::failed);
    connect(m_loader, &PageBatchLoader::finished, this, &CorpusLoader::finished);
    connect(m_loader, &PageBatchLoader::pageLoaded, this, &CorpusLoader::add);
}

CorpusLoader::~CorpusLoader()
{
    // Receivers may be half destroyed by now; they need no last word.
    blockSignals(true);
    m_loader->cancel();
}

void CorpusLoader::open(const QStringList &paths)
{
    QVector<LoadJob> jobs;
    for (const QString &file : expandPaths(paths))
        jobs.append(LoadJob{file, QString()});
    m_loader->load(std::move(jobs));
}

void CorpusLoader::reopen(const QString &path, const QString &encoding)
{
    m_loader->load({LoadJob{path, encoding}});
}

void CorpusLoader::add(const PageLoadOutcome &outcome)
{
    CorpusPage page;
    page.source = outcome.page;
    page.segmentation = outcome.segmentation;
    page.forcedEncoding = outcome.job.forcedEncoding;
    const int existing = m_corpus->indexOfPath(page.source.path);
    if (existing >= 0)
        m_corpus->replacePage(existing, page);
    else
        m_corpus->addPage(page);
}
