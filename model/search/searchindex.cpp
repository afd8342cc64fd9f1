#include "searchindex.h"

#include "indexsegmentbuilder.h"
#include "parallelwork.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cstring>

namespace {

const char *const ManifestName = "manifest.json";
constexpr int ManifestFormat = 1;

/// Directories compared as the same place however they were written.
QString cleanDirectory(const QString &directory)
{
    return QDir::cleanPath(QDir(directory).absolutePath());
}

/// The number after the highest "segment-NNNNNN.ygs" in `dir` and in `used`.
int nextSegmentNumber(const QDir &dir, const QStringList &used)
{
    int next = 1;
    const QStringList names = dir.entryList({QStringLiteral("segment-*.ygs")}, QDir::Files) + used;
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("segment-")))
            next = std::max(next, name.mid(8, 6).toInt() + 1);
    }
    return next;
}

QString segmentFileName(int number)
{
    return QStringLiteral("segment-%1.ygs").arg(number, 6, 10, QLatin1Char('0'));
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
    Segment entry;
    for (int d = 0; d < segment->documentCount(); ++d)
        entry.documentsOfPath[segment->path(d)].push_back(d);
    // A page in the new segment replaces whatever the index had of it.
    for (auto it = entry.documentsOfPath.cbegin(); it != entry.documentsOfPath.cend(); ++it)
        removePath(it.key());
    entry.base = m_slots;
    entry.removed.assign(size_t(segment->documentCount()), false);
    for (int d = 0; d < segment->documentCount(); ++d)
        m_revisions.insert(segment->path(d), segment->revision(d));
    const int position = int(m_segments.size());
    for (auto it = entry.documentsOfPath.cbegin(); it != entry.documentsOfPath.cend(); ++it)
        m_segmentsOfPath[it.key()].push_back(position);
    m_slots += IndexDocumentId(segment->documentCount());
    entry.segment = std::move(segment);
    m_segments.push_back(std::move(entry));
}

void SearchIndex::addSavedSegment(std::shared_ptr<const IndexSegment> segment, const QString &directory,
                                  const QString &fileName)
{
    addSegment(std::move(segment));
    m_segments.back().fileName = fileName;
    m_segments.back().directory = cleanDirectory(directory);
}

void SearchIndex::removePath(const QString &path)
{
    if (!m_revisions.contains(path))
        return;
    for (int position : m_segmentsOfPath.value(path))
        markRemoved(m_segments[size_t(position)], path);
    m_revisions.remove(path);
}

void SearchIndex::markRemoved(Segment &segment, const QString &path)
{
    const auto documents = segment.documentsOfPath.constFind(path);
    if (documents == segment.documentsOfPath.constEnd())
        return;
    bool any = false;
    for (int d : *documents) {
        if (!segment.removed[size_t(d)]) {
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
    for (quint32 local : entry.segment->documentsContaining(term)) {
        if (!entry.removed[local])
            out.push_back(entry.base + local);
    }
}

std::optional<Error> SearchIndex::save(const QString &directory)
{
    QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory))
        return Error{ErrorCode::Unreadable, tr("Cannot create the search index folder %1.").arg(directory)};
    // New segments (and those saved elsewhere) get names no file there has:
    // a file the manifest on disk still names is never overwritten.
    const QString target = cleanDirectory(directory);
    QStringList namesThere;
    for (const Segment &segment : m_segments) {
        if (segment.directory == target)
            namesThere << segment.fileName;
    }
    int next = nextSegmentNumber(dir, namesThere);
    QJsonArray segments;
    for (Segment &segment : m_segments) {
        if (segment.fileName.isEmpty() || segment.directory != target) {
            const QString name = segmentFileName(next++);
            QSaveFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly)
                || file.write(reinterpret_cast<const char *>(segment.segment->data()), segment.segment->size())
                    != segment.segment->size()
                || !file.commit())
                return Error{ErrorCode::Unreadable, tr("Cannot write the search index %1: %2")
                                                        .arg(dir.filePath(name), file.errorString())};
            // The next opening maps it: not from the large folios the write left.
            QFile saved(dir.filePath(name));
            if (saved.open(QIODevice::ReadOnly))
                IndexSegment::evictFromPageCache(saved);
            segment.fileName = name;
            segment.directory = target;
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
        entry.directory = cleanDirectory(directory);
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
        if (options.loadTexts) {
            characters += row.characterCount;
        } else {
            for (const TextPiece &piece : row.text.pieces)
                characters += piece.text.size();
        }
    }
    if (chunks.last().isEmpty())
        chunks.removeLast();

    // Not Result: the slots filled in parallel need a default-constructible value.
    struct Built
    {
        std::shared_ptr<const IndexSegment> segment;
        Error error;
        QString fileName; // when written as it was built
    };
    // Names for the segments written as they are built, fixed before the
    // parallel part so no two chunks pick the same one.
    QStringList fileNames;
    if (!options.directory.isEmpty()) {
        if (!QDir().mkpath(options.directory))
            return Error{ErrorCode::Unreadable,
                         tr("Cannot create the search index folder %1.").arg(options.directory)};
        const int first = nextSegmentNumber(QDir(options.directory), {});
        for (int i = 0; i < chunks.size(); ++i)
            fileNames << segmentFileName(first + i);
    }
    std::function<Built(const int &)> buildChunk = [&](const int &chunk) -> Built {
        IndexSegmentBuilder builder;
        const QVector<int> &rows = chunks.at(chunk);
        const QVector<SearchableText> loaded = options.loadTexts ? options.loadTexts(rows) : QVector<SearchableText>();
        if (options.loadTexts && loaded.size() != rows.size())
            return Built{nullptr, Error{ErrorCode::Unreadable, tr("The articles' texts could not be read for indexing.")},
                         QString()};
        QString text; // one article's normalised text at a time, its memory reused
        for (int i = 0; i < rows.size(); ++i) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return Built{nullptr, Error{ErrorCode::Cancelled, tr("Indexing was cancelled.")}, QString()};
            const ArticleFacts &article = facts.at(rows.at(i));
            text.resize(0);
            (options.loadTexts ? loaded.at(i) : article.text).appendNormalized(text);
            builder.add(IndexDocument{article.path, article.revision, article.articleIndex, article.articleId}, text);
        }
        Result<std::shared_ptr<const IndexSegment>> segment = builder.finish();
        if (!segment)
            return Built{nullptr, segment.error(), QString()};
        if (fileNames.isEmpty())
            return Built{segment.value(), Error{}, QString()};
        // A plain write, not QSaveFile: its fsync per segment would make the
        // build wait for the disk. No manifest names this file yet, so it
        // needs no atomic replace; one torn by a crash fails its checksum
        // when opened, and the index is rebuilt.
        const QString path = QDir(options.directory).filePath(fileNames.at(chunk));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(reinterpret_cast<const char *>(segment.value()->data()), segment.value()->size())
                != segment.value()->size()
            || !file.flush()) {
            const Error error{ErrorCode::Unreadable,
                              tr("Cannot write the search index %1: %2").arg(path, file.errorString())};
            file.remove();
            return Built{nullptr, error, QString()};
        }
        IndexSegment::evictFromPageCache(file);
        file.close();
        Result<std::shared_ptr<const IndexSegment>> mapped = IndexSegment::open(path);
        if (!mapped)
            return Built{nullptr, mapped.error(), QString()};
        return Built{mapped.value(), Error{}, fileNames.at(chunk)};
    };
    QVector<Built> built;
    if (options.parallel && chunks.size() > 1) {
        built.resize(chunks.size());
        Built *made = built.data(); // detached once, before the helpers share it
        ParallelWork::forEachIndex(int(chunks.size()), [&](int chunk) { made[chunk] = buildChunk(chunk); });
    } else {
        for (int chunk = 0; chunk < chunks.size(); ++chunk)
            built.append(buildChunk(chunk));
    }
    for (const Built &segment : qAsConst(built)) {
        if (!segment.segment)
            return segment.error;
    }
    for (const Built &segment : qAsConst(built)) {
        outcome.stats.documentsIndexed += segment.segment->documentCount();
        if (segment.fileName.isEmpty())
            index.addSegment(segment.segment);
        else
            index.addSavedSegment(segment.segment, options.directory, segment.fileName);
    }
    outcome.index = std::move(index);
    return outcome;
}
