#include "pageoutlinecodec.h"

#include "littleendianreader.h"

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
    LittleEndianReader in(data);
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
