#include "pageoutlinecodec.h"

#include <QDataStream>
#include <QtEndian>

namespace {

constexpr quint32 magic = 0x59474f4c; // "YGOL"

/// Little-endian: strings are then copied, not byte-swapped, when read
/// (opening a large project decodes hundreds of thousands of titles).
void prepare(QDataStream &stream)
{
    stream.setVersion(QDataStream::Qt_5_15);
    stream.setByteOrder(QDataStream::LittleEndian);
}

} // namespace

QByteArray PageOutlineCodec::encode(const PageOutline &outline)
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    prepare(out);
    out << magic << formatVersion;
    out << qint64(outline.sizeBytes) << qint32(outline.textLength) << qint32(outline.warningCount)
        << qint32(outline.orphanCount) << qint32(outline.repairCount) << quint32(outline.searchHash);
    out << quint32(outline.articles.size());
    for (const ArticleOutline &article : outline.articles) {
        out << article.id << qint32(article.kind) << article.title << article.opening << article.byline
            << qint32(article.paragraphCount) << qint32(article.characterCount) << qint32(article.warningCount)
            << qint32(article.repairCount);
    }
    return data;
}

namespace {

/// Reads what QDataStream (Qt_5_15, little-endian) wrote, straight from the
/// bytes: opening a large project decodes hundreds of thousands of
/// outlines, and the stream's device calls per field were half the cost.
/// Every read checks the bytes left, so a damaged blob fails, never reads
/// past its end.
class BlobReader
{
public:
    explicit BlobReader(const QByteArray &data)
        : m_at(data.constData())
        , m_end(data.constData() + data.size())
    {}

    template<typename T>
    bool read(T &value)
    {
        if (m_end - m_at < qptrdiff(sizeof(T)))
            return false;
        value = qFromLittleEndian<T>(m_at);
        m_at += sizeof(T);
        return true;
    }

    bool read(QString &text)
    {
        quint32 bytes = 0;
        if (!read(bytes))
            return false;
        if (bytes == 0xFFFFFFFFu) { // a null string
            text = QString();
            return true;
        }
        if (bytes % 2 != 0 || quint64(bytes) > quint64(m_end - m_at))
            return false;
        text = QString(int(bytes / 2), Qt::Uninitialized);
        qFromLittleEndian<quint16>(m_at, bytes / 2, text.data());
        m_at += bytes;
        return true;
    }

    bool read(QStringList &list)
    {
        quint32 count = 0;
        // Each string takes at least its four-byte length.
        if (!read(count) || quint64(count) * 4 > quint64(m_end - m_at))
            return false;
        list.clear();
        list.reserve(int(count));
        for (quint32 i = 0; i < count; ++i) {
            QString text;
            if (!read(text))
                return false;
            list.append(std::move(text));
        }
        return true;
    }

    qptrdiff left() const { return m_end - m_at; }

private:
    const char *m_at;
    const char *m_end;
};

} // namespace

std::optional<PageOutline> PageOutlineCodec::decode(const QByteArray &data)
{
    BlobReader in(data);
    quint32 readMagic = 0;
    quint8 version = 0;
    if (!in.read(readMagic) || !in.read(version) || readMagic != magic || version != formatVersion)
        return std::nullopt;
    PageOutline outline;
    qint64 sizeBytes = 0;
    qint32 textLength = 0, warnings = 0, orphans = 0, repairs = 0;
    quint32 searchHash = 0, articleCount = 0;
    if (!in.read(sizeBytes) || !in.read(textLength) || !in.read(warnings) || !in.read(orphans) || !in.read(repairs)
        || !in.read(searchHash) || !in.read(articleCount))
        return std::nullopt;
    // Each article takes well over 8 bytes: a larger count is a damaged blob,
    // not a reason to allocate gigabytes.
    if (articleCount > quint32(in.left() / 8))
        return std::nullopt;
    outline.sizeBytes = sizeBytes;
    outline.textLength = textLength;
    outline.warningCount = warnings;
    outline.orphanCount = orphans;
    outline.repairCount = repairs;
    outline.searchHash = searchHash;
    outline.articles.resize(int(articleCount));
    for (ArticleOutline &article : outline.articles) {
        qint32 kind = 0, paragraphs = 0, characters = 0, articleWarnings = 0, articleRepairs = 0;
        if (!in.read(article.id) || !in.read(kind) || !in.read(article.title) || !in.read(article.opening)
            || !in.read(article.byline) || !in.read(paragraphs) || !in.read(characters) || !in.read(articleWarnings)
            || !in.read(articleRepairs))
            return std::nullopt;
        if (kind < int(ArticleKind::Article) || kind > int(ArticleKind::EditorNote))
            return std::nullopt;
        article.kind = ArticleKind(kind);
        article.paragraphCount = paragraphs;
        article.characterCount = characters;
        article.warningCount = articleWarnings;
        article.repairCount = articleRepairs;
    }
    if (in.left() != 0)
        return std::nullopt;
    return outline;
}
