#include "corpus.h"

#include <utility>

Corpus::Corpus(QObject *parent)
    : QObject(parent)
{
}

Corpus::~Corpus() = default;

const CorpusPage &Corpus::page(int index) const
{
    Q_ASSERT(index >= 0 && index < m_pages.size());
    return m_pages.at(index);
}

const Article *Corpus::article(int pageIndex, int articleIndex) const
{
    if (pageIndex < 0 || pageIndex >= m_pages.size())
        return nullptr;
    const QVector<Article> &articles = m_pages.at(pageIndex).segmentation.articles;
    if (articleIndex < 0 || articleIndex >= articles.size())
        return nullptr;
    return &articles.at(articleIndex);
}

int Corpus::indexOfPath(const QString &path) const
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).source.path == path)
            return i;
    }
    return -1;
}

int Corpus::indexOfPageId(const QString &pageId) const
{
    if (pageId.isEmpty())
        return -1;
    return m_indexOfPageId.value(pageId, -1);
}

QStringList Corpus::paths() const
{
    QStringList result;
    result.reserve(m_pages.size());
    for (const CorpusPage &page : m_pages)
        result.append(page.source.path);
    return result;
}

int Corpus::addPage(CorpusPage page)
{
    const int index = m_pages.size();
    // The first page keeps an id that two pages share, as the scan did.
    if (!page.pageId.isEmpty() && !m_indexOfPageId.contains(page.pageId))
        m_indexOfPageId.insert(page.pageId, index);
    m_pages.append(std::move(page));
    emit pageAdded(index);
    return index;
}

void Corpus::addPages(QVector<CorpusPage> pages)
{
    if (pages.isEmpty())
        return;
    const int first = m_pages.size();
    m_pages.reserve(first + pages.size());
    for (CorpusPage &page : pages) {
        if (!page.pageId.isEmpty() && !m_indexOfPageId.contains(page.pageId))
            m_indexOfPageId.insert(page.pageId, m_pages.size());
        m_pages.append(std::move(page));
    }
    emit pagesAdded(first, m_pages.size() - 1);
}

void Corpus::replacePage(int index, CorpusPage page)
{
    Q_ASSERT(index >= 0 && index < m_pages.size());
    emit pageAboutToBeReplaced(index);
    const QString oldId = m_pages.at(index).pageId;
    if (oldId != page.pageId) {
        if (m_indexOfPageId.value(oldId, -1) == index)
            m_indexOfPageId.remove(oldId);
        if (!page.pageId.isEmpty() && !m_indexOfPageId.contains(page.pageId))
            m_indexOfPageId.insert(page.pageId, index);
    }
    m_pages[index] = std::move(page);
    emit pageReplaced(index);
}

void Corpus::clear()
{
    emit aboutToBeCleared();
    m_pages.clear();
    m_indexOfPageId.clear();
    emit cleared();
}
