#include "indexmaintainer.h"

#include <QDebug>
#include <QSet>

namespace {

/// Replaced pages leave their old documents in the segments, struck out
/// but still on disk, mapped and walked by every query: nothing compacts
/// segments. Once much of the index is dead or about to be replaced,
/// indexing everything anew is cheaper than carrying it, and save() then
/// deletes the dead segments' files.
bool cheaperToRebuild(const SearchIndex &index, const QVector<ArticleFacts> &facts)
{
    const int live = index.liveDocumentCount();
    if (live == 0)
        return false;
    const qint64 dead = qint64(index.documentSlots()) - live;
    if (dead * 8 > live)
        return true;
    const int indexedPages = index.indexedPaths().size();
    int replacedPages = 0;
    QSet<QString> pagesInFacts;
    for (int row = 0; row < facts.size(); ++row) {
        const ArticleFacts &article = facts.at(row);
        if (row > 0 && facts.at(row - 1).path == article.path)
            continue;
        pagesInFacts.insert(article.path);
        if (index.containsPath(article.path) && index.revisionOf(article.path) != article.revision)
            ++replacedPages;
    }
    int removedPages = 0;
    for (const QString &path : index.indexedPaths())
        removedPages += pagesInFacts.contains(path) ? 0 : 1;
    return qint64(replacedPages + removedPages) * 8 > indexedPages;
}

} // namespace

IndexMaintainer::Plan IndexMaintainer::plan(std::optional<SearchIndex> current, const QString &directory,
                                            const QVector<ArticleFacts> &facts)
{
    Plan plan;
    if (!current && !directory.isEmpty()) {
        Result<SearchIndex> opened = SearchIndex::open(directory);
        if (opened) {
            current = std::move(opened.value());
        } else {
            // Unusable (torn by a crash, written by another version): the
            // facts hold everything needed to build it again, and save()
            // then drops the files the old manifest named.
            qWarning("Rebuilding the search index in %s: %s", qUtf8Printable(directory),
                     qUtf8Printable(opened.error().message));
            plan.rebuilt = true;
        }
    }
    plan.start = current.value_or(SearchIndex());
    if (cheaperToRebuild(plan.start, facts)) {
        plan.start = SearchIndex();
        plan.rebuilt = true;
    }
    // As SearchIndexUpdater decides: a page not in the index, or in it
    // with another revision (or none known), is indexed.
    for (int row = 0; row < facts.size(); ++row) {
        const ArticleFacts &article = facts.at(row);
        if (row > 0 && facts.at(row - 1).path == article.path)
            continue;
        if (!plan.start.containsPath(article.path) || article.revision.isEmpty()
            || plan.start.revisionOf(article.path) != article.revision)
            plan.pagesToIndex.insert(article.path);
    }
    return plan;
}

IndexMaintainer::Outcome IndexMaintainer::update(std::optional<SearchIndex> current, const QString &directory,
                                                 const QVector<ArticleFacts> &facts, const std::atomic_bool *cancel)
{
    return update(plan(std::move(current), directory, facts), directory, facts, cancel);
}

IndexMaintainer::Outcome IndexMaintainer::update(Plan plan, const QString &directory,
                                                 const QVector<ArticleFacts> &facts, const std::atomic_bool *cancel,
                                                 SearchIndexUpdater::TextLoader loadTexts)
{
    Outcome outcome;
    outcome.rebuilt = plan.rebuilt;
    outcome.index = plan.start;
    const SearchIndex start = std::move(plan.start);

    SearchIndexUpdater::Options options;
    options.removeMissingPages = true; // the facts are every page of the project
    options.directory = directory;
    options.loadTexts = std::move(loadTexts);
    Result<SearchIndexUpdater::Outcome> updated = SearchIndexUpdater::update(start, facts, options, cancel);
    if (!updated && updated.error().code != ErrorCode::Cancelled && !directory.isEmpty()) {
        // The disk refused (full, read-only): search still deserves an
        // index, if only for this session.
        qWarning("Keeping the search index in memory only: %s", qUtf8Printable(updated.error().message));
        options.directory.clear();
        updated = SearchIndexUpdater::update(start, facts, options, cancel);
    }
    if (!updated) {
        outcome.error = updated.error();
        return outcome;
    }
    outcome.index = std::move(updated->index);
    outcome.stats = updated->stats;

    const bool changed = outcome.rebuilt || outcome.stats.documentsIndexed > 0 || outcome.stats.pagesRemoved > 0;
    if (!options.directory.isEmpty() && changed) {
        if (std::optional<Error> error = outcome.index.save(directory))
            qWarning("Cannot save the search index: %s", qUtf8Printable(error->message));
    }
    return outcome;
}
