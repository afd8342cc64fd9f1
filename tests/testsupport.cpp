#include "testsupport.h"

#include "projectsession.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtGlobal>

#include <unicode/translit.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/uset.h>

#include <algorithm>
#include <memory>

namespace {

struct ConverterCloser
{
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

struct SetCloser
{
    void operator()(USet *set) const { uset_close(set); }
};
using SetPtr = std::unique_ptr<USet, SetCloser>;

ConverterPtr openConverter(const char *name)
{
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(name, &status));
    if (U_FAILURE(status)) {
        qWarning("ICU has no converter named %s: %s", name, u_errorName(status));
        return {};
    }
    return converter;
}

const UChar *icuChars(const QString &text)
{
    return reinterpret_cast<const UChar *>(text.utf16());
}

} // namespace

QString seedsDir()
{
    return QStringLiteral(YUEGAO_SEEDS_DIR);
}

QStringList seedPaths()
{
    const QDir dir(seedsDir());
    QStringList paths;
    const QStringList names = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths.append(dir.absoluteFilePath(name));
    return paths;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Cannot read %s: %s", qUtf8Printable(path), qUtf8Printable(file.errorString()));
        return {};
    }
    return file.readAll();
}

QByteArray encodeWithIcu(const QString &text, const char *icuEncodingName, bool withBom)
{
    ConverterPtr converter = openConverter(icuEncodingName);
    if (!converter)
        return {};
    // Stop instead of substituting: a test that silently encoded '?' or SUB
    // for a character would compare against text the file does not contain.
    UErrorCode status = U_ZERO_ERROR;
    ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);

    const QString input = withBom ? QChar(0xFEFF) + text : text;
    const int capacity = UCNV_GET_MAX_BYTES_FOR_STRING(input.size(), ucnv_getMaxCharSize(converter.get()));
    QByteArray bytes(capacity, Qt::Uninitialized);
    char *target = bytes.data();
    const UChar *source = icuChars(input);
    ucnv_fromUnicode(converter.get(), &target, bytes.data() + bytes.size(), &source, source + input.size(), nullptr,
                     true, &status);
    if (U_FAILURE(status)) {
        const int at = int(source - icuChars(input)) - 1;
        qWarning("Cannot encode text in %s (%s) near UTF-16 index %d (U+%04X)", icuEncodingName, u_errorName(status),
                 at, at >= 0 && at < input.size() ? unsigned(input.at(at).unicode()) : 0U);
        return {};
    }
    bytes.resize(int(target - bytes.data()));
    return bytes;
}

QString representableIn(const QString &text, const char *icuEncodingName)
{
    ConverterPtr converter = openConverter(icuEncodingName);
    SetPtr set(uset_openEmpty());
    if (!converter || !set)
        return {};
    UErrorCode status = U_ZERO_ERROR;
    // The round-trip set leaves out fallback-only mappings, which decode to
    // a different character than was encoded.
    ucnv_getUnicodeSet(converter.get(), set.get(), UCNV_ROUNDTRIP_SET, &status);
    if (U_FAILURE(status)) {
        qWarning("No Unicode set for %s: %s", icuEncodingName, u_errorName(status));
        return {};
    }
    QString kept;
    kept.reserve(text.size());
    const auto codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        if (uset_contains(set.get(), UChar32(codePoint)))
            kept.append(QString::fromUcs4(&codePoint, 1));
    }
    return kept;
}

QString toTraditionalChinese(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> transliterator(icu::Transliterator::createInstance(
        icu::UnicodeString("Simplified-Traditional", -1, US_INV), UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !transliterator) {
        qWarning("No Simplified-Traditional transliterator: %s", u_errorName(status));
        return {};
    }
    icu::UnicodeString converted(icuChars(text), int32_t(text.size()));
    transliterator->transliterate(converted);
    return QString(reinterpret_cast<const QChar *>(converted.getBuffer()), converted.length());
}

QVector<std::pair<QString, int>> icuDetectorMatches(const QByteArray &bytes)
{
    QVector<std::pair<QString, int>> matches;
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector *)> detector(ucsdet_open(&status), ucsdet_close);
    ucsdet_setText(detector.get(), bytes.constData(), bytes.size(), &status);
    int32_t count = 0;
    const UCharsetMatch **found = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status)) {
        qWarning("ICU charset detection failed: %s", u_errorName(status));
        return matches;
    }
    for (int32_t i = 0; i < count; ++i) {
        const QString name = QString::fromLatin1(ucsdet_getName(found[i], &status));
        matches.append({name, ucsdet_getConfidence(found[i], &status)});
    }
    return matches;
}

QString firstDifference(const QString &actual, const QString &expected)
{
    if (actual == expected)
        return {};
    int at = 0;
    while (at < actual.size() && at < expected.size() && actual.at(at) == expected.at(at))
        ++at;
    const auto describe = [at](const QString &text) {
        if (at >= text.size())
            return QStringLiteral("end of text");
        return QStringLiteral("U+%1 \"%2\"")
            .arg(text.at(at).unicode(), 4, 16, QLatin1Char('0'))
            .arg(text.mid(std::max(0, at - 8), 16));
    };
    return QStringLiteral("texts differ at UTF-16 index %1 (sizes %2 and %3): actual %4, expected %5")
        .arg(at)
        .arg(actual.size())
        .arg(expected.size())
        .arg(describe(actual), describe(expected));
}

char *toString(ErrorCode code)
{
    // No default label: -Wswitch points here when ErrorCode grows.
    switch (code) {
    case ErrorCode::NotFound:
        return qstrdup("NotFound");
    case ErrorCode::NotAFile:
        return qstrdup("NotAFile");
    case ErrorCode::Unreadable:
        return qstrdup("Unreadable");
    case ErrorCode::Empty:
        return qstrdup("Empty");
    case ErrorCode::TooLarge:
        return qstrdup("TooLarge");
    case ErrorCode::Binary:
        return qstrdup("Binary");
    case ErrorCode::UnknownEncoding:
        return qstrdup("UnknownEncoding");
    case ErrorCode::DecodeFailed:
        return qstrdup("DecodeFailed");
    case ErrorCode::Cancelled:
        return qstrdup("Cancelled");
    case ErrorCode::StoreCorrupt:
        return qstrdup("StoreCorrupt");
    case ErrorCode::StoreLocked:
        return qstrdup("StoreLocked");
    case ErrorCode::StoreReadOnly:
        return qstrdup("StoreReadOnly");
    case ErrorCode::StoreTooNew:
        return qstrdup("StoreTooNew");
    case ErrorCode::StoreFailed:
        return qstrdup("StoreFailed");
    case ErrorCode::InvalidArgument:
        return qstrdup("InvalidArgument");
    case ErrorCode::Other:
        return qstrdup("Other");
    }
    return qstrdup(QByteArray("ErrorCode(" + QByteArray::number(int(code)) + ')').constData());
}

bool waitUntilOpened(ProjectSession *session, int timeoutMs)
{
    if (!session->isOpening())
        return session->hasProject();
    QSignalSpy finished(session, &ProjectSession::openingFinished);
    if (!finished.wait(timeoutMs) || finished.isEmpty())
        return false;
    return finished.last().first().toBool();
}

ProjectFileConnection::ProjectFileConnection(const QString &path)
{
    static int connections = 0;
    m_name = QStringLiteral("test-%1").arg(++connections);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.open();
}

ProjectFileConnection::~ProjectFileConnection()
{
    m_db.close();
    m_db = QSqlDatabase(); // no handle left when it is removed
    QSqlDatabase::removeDatabase(m_name);
}

bool execOn(const QString &path, const QString &sql, const QVariantList &values)
{
    ProjectFileConnection connection(path);
    QSqlQuery query(connection.db());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}
