#include "checkresultcache.h"

#include "checks/corpusduplicateindex.h"
#include "littleendianreader.h"
#include "mappedfilerelease.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <functional>
#include <limits>

namespace {

// The file: header (magic, format, whole key, checks' fingerprint), the
// body (entries, articles, titles, page names, each checked page's
// fingerprint; strings as indices), the string table, and a trailer
// giving the table's offset. Strings come last because they are known only
// once the body is written; the trailer's second magic tells a complete
// file from one cut short.
constexpr quint32 kMagic = 0x59474352;    // "YGCR"
constexpr quint32 kEndMagic = 0x52434759; // "RCGY"
constexpr quint32 kFormat = 3;
constexpr qint64 kTrailerSize = 8 + 4;

QString tr(const char *text)
{
    return QCoreApplication::translate("CheckResultCache", text);
}

/// Numbers each distinct string as it is first written.
class StringTableWriter
{
public:
    quint32 idOf(const QString &text)
    {
        auto it = m_ids.constFind(text);
        if (it != m_ids.constEnd())
            return it.value();
        const quint32 id = quint32(m_strings.size());
        m_ids.insert(text, id);
        m_strings.append(text);
        return id;
    }
    const QVector<QString> &strings() const { return m_strings; }

private:
    QHash<QString, quint32> m_ids;
    QVector<QString> m_strings;
};

void writeRange(QDataStream &out, const TextRange &range)
{
    out << qint32(range.begin) << qint32(range.end);
}

void writeEntry(QDataStream &out, StringTableWriter &strings, const WarningEntry &entry)
{
    const CopyWarning &w = entry.warning;
    out << strings.idOf(entry.pageId) << strings.idOf(entry.pageName) << strings.idOf(entry.articleTitle)
        << strings.idOf(w.id) << strings.idOf(w.check) << quint8(w.severity) << quint8(w.category)
        << quint8(w.errorClass) << strings.idOf(w.message) << strings.idOf(w.messageZh);
    writeRange(out, w.range);
    out << quint32(w.ranges.size());
    for (const TextRange &range : w.ranges)
        writeRange(out, range);
    out << qint32(w.count) << strings.idOf(w.quote) << strings.idOf(w.suggestion) << strings.idOf(w.prefix)
        << strings.idOf(w.suffix) << strings.idOf(w.articleId) << quint8(w.place);
}

/// The body: strings as indices into the table, counts checked against
/// what is left of the file.
class BodyReader
{
public:
    BodyReader(LittleEndianReader &in, const QVector<QString> &strings)
        : m_in(in)
        , m_strings(strings)
    {}

    /// False once any read failed: the rest of the body is not trusted.
    bool ok() const { return m_ok; }

    QString string()
    {
        const quint32 id = take<quint32>();
        if (id >= quint32(m_strings.size())) {
            m_ok = false;
            return QString();
        }
        return m_strings.at(int(id));
    }
    /// A count of records of at least `recordBytes` each.
    int count(int recordBytes)
    {
        const quint32 n = take<quint32>();
        if (qint64(n) * recordBytes > m_in.left()) {
            m_ok = false;
            return 0;
        }
        return int(n);
    }
    int number() { return take<qint32>(); }
    template<typename Enum> Enum enumeration(Enum last)
    {
        const quint8 n = take<quint8>();
        if (n > quint8(last))
            m_ok = false;
        return Enum(n);
    }
    QByteArray bytes()
    {
        QByteArray data;
        if (!m_in.read(data))
            m_ok = false;
        return data;
    }
    TextRange range()
    {
        TextRange range;
        range.begin = number();
        range.end = number();
        return range;
    }

    WarningEntry entry()
    {
        WarningEntry entry;
        entry.pageId = string();
        entry.pageName = string();
        entry.articleTitle = string();
        CopyWarning &w = entry.warning;
        w.id = string();
        w.check = string();
        w.severity = enumeration(CheckSeverity::Info);
        w.category = enumeration(CheckCategory::HouseStyle);
        w.errorClass = enumeration(ErrorClass::NumberUsage);
        w.message = string();
        w.messageZh = string();
        w.range = range();
        const int ranges = count(8);
        w.ranges.reserve(ranges);
        for (int r = 0; r < ranges && ok(); ++r)
            w.ranges.append(range());
        w.count = number();
        w.quote = string();
        w.suggestion = string();
        w.prefix = string();
        w.suffix = string();
        w.articleId = string();
        w.place = enumeration(TextPlace::Caption);
        return entry;
    }

private:
    template<typename Number> Number take()
    {
        Number n = 0;
        if (!m_in.read(n))
            m_ok = false;
        return n;
    }

    LittleEndianReader &m_in;
    const QVector<QString> &m_strings;
    bool m_ok = true;
};

Error unreadable(const QString &path, const QString &why)
{
    return Error{ErrorCode::Unreadable, tr("The saved copy-check results %1 cannot be used (%2); the pages are "
                                           "checked again.")
                                            .arg(QDir::toNativeSeparators(path), why)};
}

} // namespace

QString CheckResultCache::fileFor(const QString &projectPath)
{
    return QDir::cleanPath(QFileInfo(projectPath).absoluteFilePath()) + QStringLiteral(".checks");
}

CheckRunKey CheckRunKey::of(const QByteArray &checks, const QVector<PageOutline> &pages)
{
    CheckRunKey key;
    key.checks = checks;
    key.pages.reserve(pages.size());
    for (const PageOutline &page : pages)
        key.pages.append({page.checkKey(), pageFingerprint(page)});
    return key;
}

QByteArray CheckRunKey::pageFingerprint(const PageOutline &page)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto addNumber = [&hash](qint64 n) { hash.addData(reinterpret_cast<const char *>(&n), sizeof n); };
    // Length first: no two different lists of strings feed the same bytes.
    const auto addString = [&hash, &addNumber](const QString &s) {
        addNumber(s.size());
        hash.addData(reinterpret_cast<const char *>(s.constData()), s.size() * int(sizeof(QChar)));
    };
    addString(page.checkKey());
    addString(page.fileName());
    addString(page.revisionId);
    hash.addData(page.sha256);
    addNumber(page.searchHash);
    addNumber(page.textLength);
    addNumber(page.warningCount);
    addNumber(page.orphanCount);
    addNumber(page.repairCount);
    addNumber(page.articles.size());
    for (const ArticleOutline &article : page.articles) {
        addString(article.id);
        addNumber(int(article.kind));
        addString(article.title);
        addString(article.opening);
    }
    return hash.result();
}

QByteArray CheckRunKey::whole() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 format = kFormat;
    hash.addData(reinterpret_cast<const char *>(&format), sizeof format);
    hash.addData(checks);
    for (const auto &page : pages)
        hash.addData(page.second); // a fingerprint hashes the page's key too
    return hash.result();
}

namespace {

/// What a results file holds.
struct StoredRun
{
    QByteArray checks;
    CheckRunResult result; ///< its index not built
    QHash<QString, QByteArray> pageFingerprints;
};

/// The body into `stored`: false when it is damaged.
bool readBody(BodyReader &body, StoredRun &stored, const std::function<void()> &readSoFar)
{
    CheckRunResult &result = stored.result;
    // An entry holds at least 12 string ids, 4 one-byte enumerations and
    // 4 numbers (a range, the count of ranges, the count of errors).
    const int entryCount = body.count(12 * 4 + 4 + 4 * 4);
    result.entries.reserve(entryCount);
    for (int e = 0; e < entryCount && body.ok(); ++e) {
        result.entries.append(body.entry());
        if (e % 4096 == 4095)
            readSoFar();
    }
    readSoFar();
    const int articleCount = body.count(4 * 4);
    result.articles.reserve(articleCount);
    for (int a = 0; a < articleCount && body.ok(); ++a) {
        ErrorRateArticle article;
        article.pageKey = body.string();
        article.articleId = body.string();
        article.characters = body.number();
        const int warnings = body.count(4);
        article.warningRows.reserve(warnings);
        for (int w = 0; w < warnings && body.ok(); ++w) {
            const int row = body.number();
            if (row < 0 || row >= result.entries.size())
                return false;
            article.warningRows.append(row);
        }
        result.articles.append(article);
    }
    for (QHash<QString, QString> *names : {&result.articleTitles, &result.pageNames}) {
        const int count = body.count(8);
        names->reserve(count);
        for (int n = 0; n < count && body.ok(); ++n) {
            const QString id = body.string();
            names->insert(id, body.string());
        }
    }
    const int pageCount = body.count(4 + 4);
    stored.pageFingerprints.reserve(pageCount);
    for (int p = 0; p < pageCount && body.ok(); ++p) {
        const QString page = body.string();
        stored.pageFingerprints.insert(page, body.bytes());
    }
    return body.ok();
}

/// Reads a results file whose header `wanted` accepts (the whole key, the
/// checks' fingerprint); ErrorCode::NotFound for a file not wanted or absent.
Result<StoredRun> readRun(const QString &path,
                          const std::function<bool(const QByteArray &whole, const QByteArray &checks)> &wanted)
{
    QFile file(path);
    if (!file.exists())
        return Error{ErrorCode::NotFound, QString()};
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file.errorString());
    // Mapped where the file system allows, read whole where not.
    QByteArray readBytes;
    const char *begin = file.size() > 0 ? reinterpret_cast<const char *>(file.map(0, file.size())) : nullptr;
    if (!begin) {
        readBytes = file.readAll();
        begin = readBytes.constData();
    }
    const char *end = begin + (readBytes.isNull() ? file.size() : readBytes.size());
    LittleEndianReader in(begin, end);
    quint32 magic = 0;
    quint32 format = 0;
    if (!in.read(magic) || !in.read(format) || magic != kMagic)
        return unreadable(path, tr("not a yuegao check results file"));
    // Another format is another build's: as good as another key.
    if (format != kFormat)
        return Error{ErrorCode::NotFound, QString()};
    QByteArray storedWhole;
    StoredRun stored;
    if (!in.read(storedWhole) || !in.read(stored.checks))
        return unreadable(path, tr("cut short"));
    if (!wanted(storedWhole, stored.checks))
        return Error{ErrorCode::NotFound, QString()};
    const qint64 bodyStart = in.position();

    const qint64 trailerStart = in.position() + in.left() - kTrailerSize;
    quint64 stringsOffset = 0;
    quint32 endMagic = 0;
    if (trailerStart < bodyStart || !in.seek(trailerStart) || !in.read(stringsOffset) || !in.read(endMagic)
        || endMagic != kEndMagic || stringsOffset < quint64(bodyStart) || stringsOffset > quint64(trailerStart))
        return unreadable(path, tr("cut short"));
    in.seek(qint64(stringsOffset));
    quint32 stringCount = 0;
    // Each string takes at least its 4-byte length.
    if (!in.read(stringCount) || qint64(stringCount) * 4 > in.left())
        return unreadable(path, tr("damaged"));
    QVector<QString> strings(static_cast<int>(stringCount));
    for (QString &text : strings) {
        if (!in.read(text))
            return unreadable(path, tr("damaged"));
    }
    if (in.position() != trailerStart)
        return unreadable(path, tr("damaged"));
    // Every value is copied out as it is read: the file (49 MB at 100 MB of
    // pages) need not stay resident until the last entry, at the window's
    // peak while it builds a search index.
    MappedFileRelease release(readBytes.isNull() ? begin : nullptr);
    release.releaseRange(begin + stringsOffset, end);

    // The body, up to the string table.
    LittleEndianReader bodyBytes(begin, begin + stringsOffset);
    bodyBytes.seek(bodyStart);
    BodyReader body(bodyBytes, strings);
    const auto readSoFar = [&] { release.releaseBefore(begin + bodyBytes.position()); };
    if (!readBody(body, stored, readSoFar) || bodyBytes.left() != 0)
        return unreadable(path, tr("damaged"));
    return stored;
}

} // namespace

Result<CheckRunResult> CheckResultCache::load(const QString &path, const CheckRunKey &key)
{
    const QByteArray whole = key.whole();
    Result<StoredRun> stored
        = readRun(path, [&whole](const QByteArray &storedWhole, const QByteArray &) { return storedWhole == whole; });
    if (!stored)
        return stored.error();
    CheckRunResult result = std::move(stored->result);
    result.index = WarningIndex(result.entries);
    return result;
}

QHash<QString, PageCheckResult> CheckResultCache::pageResults(const QString &path, const CheckRunKey &key,
                                                              QString *problem)
{
    QHash<QString, PageCheckResult> pages;
    Result<StoredRun> stored
        = readRun(path, [&key](const QByteArray &, const QByteArray &checks) { return checks == key.checks; });
    if (!stored) {
        if (problem && stored.error().code != ErrorCode::NotFound)
            *problem = stored.error().message;
        return pages;
    }
    QSet<QString> unchanged;
    for (const auto &page : key.pages) {
        if (stored->pageFingerprints.value(page.first) == page.second)
            unchanged.insert(page.first);
    }
    // The error rate's articles are the checker's, in its order, each with
    // its own warnings followed by the copies found on other pages.
    const QString corpusDuplicate = CorpusDuplicateIndex::checkDefinition().id;
    for (const ErrorRateArticle &article : std::as_const(stored->result.articles)) {
        if (!unchanged.contains(article.pageKey))
            continue;
        ArticleCheckResult own;
        own.articleId = article.articleId;
        own.characters = article.characters;
        for (const int row : article.warningRows) {
            const CopyWarning &warning = stored->result.entries.at(row).warning;
            if (warning.check != corpusDuplicate)
                own.warnings.append(warning);
        }
        pages[article.pageKey].articles.append(own);
    }
    // A page without articles was checked too, and found nothing.
    for (const QString &page : std::as_const(unchanged)) {
        if (!pages.contains(page))
            pages.insert(page, PageCheckResult());
    }
    return pages;
}

std::optional<Error> CheckResultCache::save(const QString &path, const CheckRunKey &key, const CheckRunResult &result,
                                            const std::atomic_bool *cancelled)
{
    const auto failed = [&path](const QString &why) {
        return Error{ErrorCode::StoreFailed, tr("The copy-check results could not be kept in %1 (%2); the next "
                                                "opening checks the pages again.")
                                                 .arg(QDir::toNativeSeparators(path), why)};
    };
    const auto isCancelled = [cancelled]() { return cancelled && cancelled->load(); };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_5_15);
    // The byte order of the machines yuegao runs on: reading is then a
    // copy (LittleEndianReader).
    out.setByteOrder(QDataStream::LittleEndian);
    out << kMagic << kFormat << key.whole() << key.checks;

    StringTableWriter strings;
    out << quint32(result.entries.size());
    for (int e = 0; e < result.entries.size(); ++e) {
        if (e % 4096 == 0 && isCancelled()) {
            file.cancelWriting();
            return Error{ErrorCode::Cancelled, QString()};
        }
        writeEntry(out, strings, result.entries.at(e));
    }
    // An article's warnings are rows of the entries.
    out << quint32(result.articles.size());
    for (const ErrorRateArticle &article : result.articles) {
        out << strings.idOf(article.pageKey) << strings.idOf(article.articleId) << qint32(article.characters)
            << quint32(article.warningRows.size());
        for (const int row : article.warningRows)
            out << qint32(row);
    }
    for (const QHash<QString, QString> *names : {&result.articleTitles, &result.pageNames}) {
        out << quint32(names->size());
        for (auto it = names->cbegin(); it != names->cend(); ++it)
            out << strings.idOf(it.key()) << strings.idOf(it.value());
    }
    // Which page was which, for pageResults(): only pages that were read
    // and checked (a page that could not be read has no findings to keep).
    QVector<QPair<QString, QByteArray>> checkedPages;
    for (const auto &page : key.pages) {
        if (result.pageNames.contains(page.first))
            checkedPages.append(page);
    }
    out << quint32(checkedPages.size());
    for (const auto &page : std::as_const(checkedPages))
        out << strings.idOf(page.first) << page.second;
    const quint64 stringsOffset = quint64(file.pos());
    out << quint32(strings.strings().size());
    for (const QString &text : strings.strings())
        out << text;
    out << stringsOffset << kEndMagic;
    if (out.status() != QDataStream::Ok || isCancelled()) {
        file.cancelWriting();
        return isCancelled() ? std::optional<Error>(Error{ErrorCode::Cancelled, QString()})
                             : failed(file.errorString());
    }
    if (!file.commit())
        return failed(file.errorString());
    return std::nullopt;
}
