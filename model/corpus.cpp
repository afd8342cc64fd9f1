#include "corpus.h"

#include <algorithm>
#include <utility>

// ---- CorpusSnapshot ---------------------------------------------------------

CorpusSnapshot::Reader::Reader(const CorpusSnapshot &snapshot)
    : m_snapshot(&snapshot)
{}

CorpusSnapshot::Reader::~Reader() = default;
CorpusSnapshot::Reader::Reader(Reader &&) noexcept = default;

std::shared_ptr<const CorpusPage> CorpusSnapshot::Reader::page(int index)
{
    if (index < 0 || index >= m_snapshot->pageCount())
        return nullptr;
    if (const std::shared_ptr<const CorpusPage> &held = m_snapshot->m_inMemory.at(index))
        return held;
    if (!m_snapshot->m_source)
        return nullptr;
    // The connection is opened on first use, on the thread that reads.
    if (!m_source)
        m_source = m_snapshot->m_source->reader();
    return m_source ? m_source->read(m_snapshot->outline(index)) : nullptr;
}

int CorpusSnapshot::articleCount() const
{
    int count = 0;
    for (const PageOutline &outline : m_outlines)
        count += outline.articles.size();
    return count;
}

CorpusSnapshot CorpusSnapshot::ofPages(const QVector<CorpusPage> &pages)
{
    CorpusSnapshot snapshot;
    snapshot.m_outlines.reserve(pages.size());
    snapshot.m_inMemory.reserve(pages.size());
    for (const CorpusPage &page : pages) {
        snapshot.m_outlines.append(PageOutline::of(page));
        snapshot.m_inMemory.append(std::make_shared<const CorpusPage>(page));
    }
    return snapshot;
}

// ---- Corpus -----------------------------------------------------------------

Corpus::Corpus(QObject *parent)
    : QObject(parent)
{
}

Corpus::~Corpus() = default;

const PageOutline &Corpus::outline(int index) const
{
    Q_ASSERT(index >= 0 && index < m_entries.size());
    return m_entries.at(index).outline;
}

int Corpus::articleCount(int pageIndex) const
{
    return pageIndex >= 0 && pageIndex < m_entries.size() ? m_entries.at(pageIndex).outline.articles.size() : 0;
}

bool Corpus::isInMemory(int index) const
{
    if (index < 0 || index >= m_entries.size())
        return false;
    if (m_entries.at(index).held)
        return true;
    return std::any_of(m_cache.cbegin(), m_cache.cend(), [index](const CacheSlot &slot) { return slot.page == index; });
}

std::shared_ptr<const CorpusPage> Corpus::page(int index) const
{
    if (index < 0 || index >= m_entries.size())
        return nullptr;
    const Entry &entry = m_entries.at(index);
    if (entry.held)
        return entry.held;
    if (std::shared_ptr<const CorpusPage> cached = cachedContent(index))
        return cached;
    if (!m_source)
        return nullptr;
    std::shared_ptr<const CorpusPage> loaded = m_source->load(entry.outline);
    if (loaded)
        remember(index, loaded);
    return loaded;
}

std::shared_ptr<const Article> Corpus::article(int pageIndex, int articleIndex) const
{
    if (articleIndex < 0 || articleIndex >= articleCount(pageIndex))
        return nullptr;
    const std::shared_ptr<const CorpusPage> content = page(pageIndex);
    if (!content || articleIndex >= content->segmentation.articles.size())
        return nullptr;
    // Shares the page's ownership: the article lives as long as it is held.
    return std::shared_ptr<const Article>(content, &content->segmentation.articles.at(articleIndex));
}

std::shared_ptr<const CorpusPage> Corpus::cachedContent(int index) const
{
    for (CacheSlot &slot : m_cache) {
        if (slot.page == index) {
            slot.used = ++m_useCounter;
            return slot.content;
        }
    }
    return nullptr;
}

void Corpus::remember(int index, std::shared_ptr<const CorpusPage> content) const
{
    if (m_cache.size() < CachedPages) {
        m_cache.append(CacheSlot{index, ++m_useCounter, std::move(content)});
        return;
    }
    auto oldest = std::min_element(m_cache.begin(), m_cache.end(),
                                   [](const CacheSlot &a, const CacheSlot &b) { return a.used < b.used; });
    *oldest = CacheSlot{index, ++m_useCounter, std::move(content)};
}

void Corpus::forgetCached(int index)
{
    m_cache.erase(
        std::remove_if(m_cache.begin(), m_cache.end(), [index](const CacheSlot &slot) { return slot.page == index; }),
        m_cache.end());
}

int Corpus::indexOfPath(const QString &path) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).outline.path == path)
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
    result.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        result.append(entry.outline.path);
    return result;
}

QPair<int, int> Corpus::locate(const QString &articleId) const
{
    if (articleId.isEmpty())
        return {-1, -1};
    if (!m_articleLocationsValid) {
        m_articleLocations.clear();
        for (int p = 0; p < m_entries.size(); ++p) {
            const QVector<ArticleOutline> &articles = m_entries.at(p).outline.articles;
            for (int a = 0; a < articles.size(); ++a) {
                // The first page keeps an id that two pages share (the same
                // brief printed on both), as a scan in page order would.
                if (!m_articleLocations.contains(articles.at(a).id))
                    m_articleLocations.insert(articles.at(a).id, {p, a});
            }
        }
        m_articleLocationsValid = true;
    }
    return m_articleLocations.value(articleId, {-1, -1});
}

void Corpus::setContentSource(std::shared_ptr<const PageContentSource> source)
{
    m_source = std::move(source);
    m_cache.clear();
}

CorpusSnapshot Corpus::snapshot() const
{
    CorpusSnapshot snapshot;
    snapshot.m_source = m_source;
    snapshot.m_outlines.reserve(m_entries.size());
    snapshot.m_inMemory.resize(m_entries.size());
    for (int i = 0; i < m_entries.size(); ++i) {
        snapshot.m_outlines.append(m_entries.at(i).outline);
        snapshot.m_inMemory[i] = m_entries.at(i).held;
    }
    // Pages read lately are the same revision as their outlines: the
    // worker need not read them again.
    for (const CacheSlot &slot : m_cache)
        snapshot.m_inMemory[slot.page] = slot.content;
    return snapshot;
}

void Corpus::append(Entry entry)
{
    const int index = m_entries.size();
    // The first page keeps an id that two pages share, as the scan did.
    if (!entry.outline.pageId.isEmpty() && !m_indexOfPageId.contains(entry.outline.pageId))
        m_indexOfPageId.insert(entry.outline.pageId, index);
    m_entries.append(std::move(entry));
}

int Corpus::addPage(CorpusPage page)
{
    const int index = m_entries.size();
    PageOutline outline = PageOutline::of(page);
    append(Entry{std::move(outline), std::make_shared<const CorpusPage>(std::move(page))});
    m_articleLocationsValid = false;
    emit pageAdded(index);
    return index;
}

void Corpus::addPages(QVector<CorpusPage> pages)
{
    if (pages.isEmpty())
        return;
    const int first = m_entries.size();
    m_entries.reserve(first + pages.size());
    for (CorpusPage &page : pages) {
        PageOutline outline = PageOutline::of(page);
        append(Entry{std::move(outline), std::make_shared<const CorpusPage>(std::move(page))});
    }
    m_articleLocationsValid = false;
    emit pagesAdded(first, m_entries.size() - 1);
}

void Corpus::addOutlines(QVector<PageOutline> outlines)
{
    if (outlines.isEmpty())
        return;
    const int first = m_entries.size();
    m_entries.reserve(first + outlines.size());
    m_indexOfPageId.reserve(first + outlines.size());
    for (PageOutline &outline : outlines)
        append(Entry{std::move(outline), nullptr});
    m_articleLocationsValid = false;
    emit pagesAdded(first, m_entries.size() - 1);
}

void Corpus::replace(int index, Entry entry)
{
    Q_ASSERT(index >= 0 && index < m_entries.size());
    emit pageAboutToBeReplaced(index);
    const QString oldId = m_entries.at(index).outline.pageId;
    const QString &newId = entry.outline.pageId;
    if (oldId != newId) {
        if (m_indexOfPageId.value(oldId, -1) == index)
            m_indexOfPageId.remove(oldId);
        if (!newId.isEmpty() && !m_indexOfPageId.contains(newId))
            m_indexOfPageId.insert(newId, index);
    }
    forgetCached(index);
    m_entries[index] = std::move(entry);
    m_articleLocationsValid = false;
    emit pageReplaced(index);
}

void Corpus::replacePage(int index, CorpusPage page)
{
    PageOutline outline = PageOutline::of(page);
    replace(index, Entry{std::move(outline), std::make_shared<const CorpusPage>(std::move(page))});
}

void Corpus::replaceOutline(int index, PageOutline outline)
{
    replace(index, Entry{std::move(outline), nullptr});
}

void Corpus::clear()
{
    emit aboutToBeCleared();
    m_entries.clear();
    m_indexOfPageId.clear();
    m_articleLocations.clear();
    m_articleLocationsValid = false;
    m_cache.clear();
    emit cleared();
}
