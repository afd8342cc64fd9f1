#include "pageoutlinecodec.h"

#include <QDataStream>

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

std::optional<PageOutline> PageOutlineCodec::decode(const QByteArray &data)
{
    QDataStream in(data);
    prepare(in);
    quint32 readMagic = 0;
    quint8 version = 0;
    in >> readMagic >> version;
    if (in.status() != QDataStream::Ok || readMagic != magic || version != formatVersion)
        return std::nullopt;
    PageOutline outline;
    qint64 sizeBytes = 0;
    qint32 textLength = 0, warnings = 0, orphans = 0, repairs = 0;
    quint32 searchHash = 0, articleCount = 0;
    in >> sizeBytes >> textLength >> warnings >> orphans >> repairs >> searchHash >> articleCount;
    // Each article takes well over 8 bytes: a larger count is a damaged blob,
    // not a reason to allocate gigabytes.
    if (in.status() != QDataStream::Ok || articleCount > quint32(data.size() / 8))
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
        in >> article.id >> kind >> article.title >> article.opening >> article.byline >> paragraphs >> characters
            >> articleWarnings >> articleRepairs;
        if (in.status() != QDataStream::Ok || kind < int(ArticleKind::Article) || kind > int(ArticleKind::EditorNote))
            return std::nullopt;
        article.kind = ArticleKind(kind);
        article.paragraphCount = paragraphs;
        article.characterCount = characters;
        article.warningCount = articleWarnings;
        article.repairCount = articleRepairs;
    }
    if (!in.atEnd())
        return std::nullopt;
    return outline;
}
