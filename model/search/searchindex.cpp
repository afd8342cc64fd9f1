#include "searchindex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtConcurrent>

#include <algorithm>
#include <cstring>

namespace {

const char *const ManifestName = "manifest.json";
constexpr int ManifestFormat = 1;

/// Intersects sorted `into` with sorted `other`, in place.
void intersect(std::vector<quint32> &into, const std::vector<quint32> &other)
{
    auto out = into.begin();
    auto b = other.cbegin();
    for (auto a = into.cbegin(); a != into.cend() && b != other.cend();) {
        if (*a < *b)
            ++a;
        else if (*b < *a)
            ++b;
        else {
            *out++ = *a;
            ++a;
            ++b;
        }
    }
    into.erase(out, into.end());
}

/// Whether `haystack` contains `needle`: glibc's memmem (two-way, word at a
/// time) is several times faster than a QChar loop, and verification of
/// long terms is where a query spends its time. A byte match at an odd
/// offset straddles two units and does not count.
bool containsUnits(QStringView haystack, QStringView needle)
{
    const auto *begin = reinterpret_cast<const char *>(haystack.utf16());
    const size_t size = size_t(haystack.size()) * 2;
    const auto *pattern = reinterpret_cast<const char *>(needle.utf16());
    const size_t length = size_t(needle.size()) * 2;
    size_t from = 0;
    while (from + length <= size) {
        const void *found = memmem(begin + from, size - from, pattern, length);
        if (!found)
            return false;
        const size_t at = size_t(static_cast<const char *>(found) - begin);
        if (at % 2 == 0)
            return true;
        from = at + 1;
    }
    return false;
}

} // namespace

QString SearchIndex::directoryFor(const QString &projectOrFolder)
{
    QString path = QDir::cleanPath(QFileInfo(projectOrFolder).absoluteFilePath());
    return path + QStringLiteral(".search");
}

int SearchIndex::liveDocumentCount() const
{
    int count = 0;
    for (const Segment &segment : m_segments)
        count += int(std::count(segment.removed.cbegin(), segment.removed.cend(), false));
    return count;
}

const IndexSegment &SearchIndex::segmentOf(IndexDocumentId id, int *local) const
{
    auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), id,
                               [](IndexDocumentId value, const Segment &segment) { return value < segment.base; });
    const Segment &segment = *(it - 1);
    *local = int(id - segment.base);
    return *segment.segment;
}

bool SearchIndex::isLive(IndexDocumentId id) const
{
    if (id >= m_slots)
        return false;
    auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), id,
                               [](IndexDocumentId value, const Segment &segment) { return value < segment.base; });
    return !(it - 1)->removed[id - (it - 1)->base];
}

QByteArray SearchIndex::revisionOf(const QString &path) const
{
    return m_revisions.value(path);
}

void SearchIndex::addSegment(std::shared_ptr<const IndexSegment> segment)
{
    // A page in the new segment replaces whatever the index had of it.
    QSet<QString> paths;
    for (int d = 0; d < segment->documentCount(); ++d)
        paths.insert(segment->path(d));
    for (const QString &path : qAsConst(paths))
        removePath(path);
    Segment entry;
    entry.base = m_slots;
    entry.removed.assign(size_t(segment->documentCount()), false);
    for (int d = 0; d < segment->documentCount(); ++d)
        m_revisions.insert(segment->path(d), segment->revision(d));
    m_slots += IndexDocumentId(segment->documentCount());
    entry.segment = std::move(segment);
    m_segments.push_back(std::move(entry));
}

void SearchIndex::removePath(const QString &path)
{
    if (!m_revisions.contains(path))
        return;
    for (Segment &segment : m_segments)
        markRemoved(segment, path);
    m_revisions.remove(path);
}

void SearchIndex::markRemoved(Segment &segment, const QString &path)
{
    bool any = false;
    for (int d = 0; d < segment.segment->documentCount(); ++d) {
        if (!segment.removed[size_t(d)] && segment.segment->path(d) == path) {
            segment.removed[size_t(d)] = true;
            any = true;
        }
    }
    if (any)
        segment.removedPaths.insert(path);
}

std::vector<IndexDocumentId> SearchIndex::documentsContaining(QStringView term) const
{
    std::vector<IndexDocumentId> out;
    for (const Segment &segment : m_segments)
        collect(segment, term, out);
    return out;
}

void SearchIndex::collect(const Segment &entry, QStringView term, std::vector<IndexDocumentId> &out) const
{
    const IndexSegment &segment = *entry.segment;
    const auto *units = reinterpret_cast<const char16_t *>(term.utf16());
    const qsizetype n = term.size();
    std::vector<quint32> candidates;
    bool exact = false;
    bool restricted = true; // false: every document is a candidate
    if (n == 0) {
        restricted = false;
        exact = true;
    } else if (n == 1) {
        candidates = segment.postings(IndexSegment::unigramKey(units[0])).decode();
        exact = true;
    } else {
        // The bigrams' lists, shortest first: intersecting from the rarest
        // pair shrinks the candidates fastest.
        std::vector<PostingList> lists;
        for (qsizetype i = 0; i + 1 < n; ++i) {
            if (!IndexSegment::isIndexedBigram(units[i], units[i + 1]))
                continue;
            const PostingList list = segment.postings(IndexSegment::bigramKey(units[i], units[i + 1]));
            if (list.isEmpty())
                return;
            lists.push_back(list);
        }
        exact = n == 2 && lists.size() == 1;
        if (lists.empty()) {
            restricted = false;
        } else {
            std::sort(lists.begin(), lists.end(), [](const PostingList &a, const PostingList &b) { return a.count < b.count; });
            candidates = lists.front().decode();
            // Past a few lists verification is cheaper than decoding more.
            for (size_t i = 1; i < lists.size() && i < 4 && candidates.size() > 16; ++i)
                intersect(candidates, lists[i].decode());
        }
    }
    auto accept = [&](quint32 local) {
        if (entry.removed[local])
            return;
        if (!exact && !containsUnits(segment.text(int(local)), term))
            return;
        out.push_back(entry.base + local);
    };
    if (restricted) {
        for (quint32 local : candidates)
            accept(local);
    } else {
        for (quint32 local = 0; local < quint32(segment.documentCount()); ++local)
            accept(local);
    }
}

std::optional<Error> SearchIndex::save(const QString &directory)
{
    QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory))
        return Error{ErrorCode::Unreadable, tr("Cannot create the search index folder %1.").arg(directory)};
    // New segments get names no earlier save used.
    int next = 1;
    for (const Segment &segment : m_segments) {
        if (segment.fileName.startsWith(QLatin1String("segment-")))
            next = std::max(next, segment.fileName.mid(8, 6).toInt() + 1);
    }
    QJsonArray segments;
    for (Segment &segment : m_segments) {
        if (segment.fileName.isEmpty()) {
            const QString name = QStringLiteral("segment-%1.ygs").arg(next++, 6, 10, QLatin1Char('0'));
            QSaveFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly)
                || file.write(reinterpret_cast<const char *>(segment.segment->data()), segment.segment->size())
                    != segment.segment->size()
                || !file.commit())
                return Error{ErrorCode::Unreadable, tr("Cannot write the search index %1: %2")
                                                        .arg(dir.filePath(name), file.errorString())};
            segment.fileName = name;
        }
        QJsonArray removed;
        QStringList removedPaths = segment.removedPaths.values();
        removedPaths.sort();
        for (const QString &path : qAsConst(removedPaths))
            removed.append(path);
        segments.append(QJsonObject{{QStringLiteral("file"), segment.fileName},
                                    {QStringLiteral("documents"), segment.segment->documentCount()},
                                    {QStringLiteral("removedPaths"), removed}});
    }
    const QJsonObject manifest{{QStringLiteral("format"), ManifestFormat},
                               {QStringLiteral("segmentFormat"), int(IndexSegment::FormatVersion)},
                               {QStringLiteral("segments"), segments}};
    QSaveFile file(dir.filePath(QString::fromLatin1(ManifestName)));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(manifest).toJson()) < 0 || !file.commit())
        return Error{ErrorCode::Unreadable, tr("Cannot write the search index manifest: %1").arg(file.errorString())};
    // Segments no manifest names any more (after a rebuild) go.
    const QStringList onDisk = dir.entryList({QStringLiteral("segment-*.ygs")}, QDir::Files);
    for (const QString &name : onDisk) {
        const bool used = std::any_of(m_segments.cbegin(), m_segments.cend(),
                                      [&](const Segment &segment) { return segment.fileName == name; });
        if (!used)
            dir.remove(name);
    }
    return std::nullopt;
}

Result<SearchIndex> SearchIndex::open(const QString &directory)
{
    QDir dir(directory);
    QFile file(dir.filePath(QString::fromLatin1(ManifestName)));
    if (!file.exists())
        return SearchIndex();
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Unreadable, tr("Cannot read the search index manifest: %1").arg(file.errorString())};
    const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
    if (manifest.value(QStringLiteral("format")).toInt() != ManifestFormat
        || manifest.value(QStringLiteral("segmentFormat")).toInt() != int(IndexSegment::FormatVersion))
        return Error{ErrorCode::DecodeFailed, tr("The search index has another format; it will be rebuilt.")};
    SearchIndex index;
    const QJsonArray segments = manifest.value(QStringLiteral("segments")).toArray();
    for (const QJsonValue &value : segments) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(QStringLiteral("file")).toString();
        Result<std::shared_ptr<const IndexSegment>> segment = IndexSegment::open(dir.filePath(name));
        if (!segment)
            return segment.error();
        // Replay: this segment's documents replace earlier ones of the same
        // pages, then its own removed pages are struck out.
        index.addSegment(segment.value());
        Segment &entry = index.m_segments.back();
        entry.fileName = name;
        const QJsonArray removed = object.value(QStringLiteral("removedPaths")).toArray();
        for (const QJsonValue &path : removed)
            index.markRemoved(entry, path.toString());
    }
    // Revisions of pages whose every document was removed are gone.
    QHash<QString, QByteArray> live;
    for (const Segment &entry : index.m_segments) {
        for (int d = 0; d < entry.segment->documentCount(); ++d) {
            if (!entry.removed[size_t(d)])
                live.insert(entry.segment->path(d), entry.segment->revision(d));
        }
    }
    index.m_revisions = live;
    return index;
}

Result<SearchIndexUpdater::Outcome> SearchIndexUpdater::update(SearchIndex index, const QVector<ArticleFacts> &facts,
                                                               const Options &options, const std::atomic_bool *cancel)
{
    Outcome outcome;
    // Which pages need indexing: new ones and those whose revision changed.
    QHash<QString, QVector<int>> pages;
    QStringList order;
    for (int row = 0; row < facts.size(); ++row) {
        auto it = pages.find(facts.at(row).path);
        if (it == pages.end()) {
            order.append(facts.at(row).path);
            it = pages.insert(facts.at(row).path, {});
        }
        it->append(row);
    }
    QVector<int> toIndex;
    for (const QString &path : qAsConst(order)) {
        const QVector<int> &rows = pages[path];
        const QByteArray revision = facts.at(rows.first()).revision;
        const bool indexed = index.containsPath(path);
        if (indexed && !revision.isEmpty() && index.revisionOf(path) == revision) {
            ++outcome.stats.pagesUnchanged;
            continue;
        }
        toIndex += rows;
        ++outcome.stats.pagesIndexed;
    }
    if (options.removeMissingPages) {
        const QStringList indexed = index.indexedPaths();
        for (const QString &path : indexed) {
            if (!pages.contains(path)) {
                index.removePath(path);
                ++outcome.stats.pagesRemoved;
            }
        }
    }

    // Chunks of whole pages, each becoming a segment.
    QVector<QVector<int>> chunks(1);
    qint64 characters = 0;
    for (int i = 0; i < toIndex.size(); ++i) {
        const ArticleFacts &row = facts.at(toIndex.at(i));
        const bool newPage = i == 0 || facts.at(toIndex.at(i - 1)).path != row.path;
        if (newPage && characters >= options.segmentCharacters && !chunks.last().isEmpty()) {
            chunks.append(QVector<int>());
            characters = 0;
        }
        chunks.last().append(toIndex.at(i));
        for (const TextPiece &piece : row.text.pieces)
            characters += piece.text.size();
    }
    if (chunks.last().isEmpty())
        chunks.removeLast();

    // Not Result: QtConcurrent's containers need a default-constructible value.
    struct Built
    {
        std::shared_ptr<const IndexSegment> segment;
        Error error;
    };
    std::function<Built(const QVector<int> &)> buildChunk = [&facts, cancel](const QVector<int> &rows) -> Built {
        std::vector<IndexDocument> documents;
        documents.reserve(size_t(rows.size()));
        for (int row : rows) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return Built{nullptr, Error{ErrorCode::Cancelled, tr("Indexing was cancelled.")}};
            const ArticleFacts &article = facts.at(row);
            documents.push_back(IndexDocument{article.path, article.revision, article.articleIndex,
                                              article.articleId, article.text.normalized()});
        }
        Result<std::shared_ptr<const IndexSegment>> segment = IndexSegment::build(documents, cancel);
        if (!segment)
            return Built{nullptr, segment.error()};
        return Built{segment.value(), Error{}};
    };
    QVector<Built> built;
    if (options.parallel && chunks.size() > 1) {
        built = QtConcurrent::blockingMapped<QVector<Built>>(chunks, buildChunk);
    } else {
        for (const QVector<int> &chunk : qAsConst(chunks))
            built.append(buildChunk(chunk));
    }
    for (const Built &segment : qAsConst(built)) {
        if (!segment.segment)
            return segment.error;
    }
    for (const Built &segment : qAsConst(built)) {
        outcome.stats.documentsIndexed += segment.segment->documentCount();
        index.addSegment(segment.segment);
    }
    outcome.index = std::move(index);
    return outcome;
}
