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
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).pageId == pageId)
            return i;
    }
    return -1;
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
    m_pages.append(std::move(page));
    const int index = m_pages.size() - 1;
    emit pageAdded(index);
    return index;
}

void Corpus::replacePage(int index, CorpusPage page)
{
    Q_ASSERT(index >= 0 && index < m_pages.size());
    emit pageAboutToBeReplaced(index);
    m_pages[index] = std::move(page);
    emit pageReplaced(index);
}

void Corpus::clear()
{
    emit aboutToBeCleared();
    m_pages.clear();
    emit cleared();
}
