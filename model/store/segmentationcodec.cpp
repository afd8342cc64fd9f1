#include "segmentationcodec.h"

#include <QDataStream>
#include <QtEndian>

#include <algorithm>

namespace {

constexpr quint32 magic = 0x59475347; // "YGSG"

// Every slice-backed string is written as a flag byte: the decoder then
// either takes the text's slice or reads the string that follows.
constexpr quint8 textFromSource = 0;
constexpr quint8 textInline = 1;
/// A paragraph rejoined across a column break: its parts' text, in order.
constexpr quint8 textFromParts = 2;

/// The text of `parts` (all inside `text`) one after the other.
QString joinedParts(const QString &text, const QVector<TextRange> &parts)
{
    QString joined;
    for (const TextRange &part : parts)
        joined += QStringView(text).mid(part.begin, part.length());
    return joined;
}

class Writer
{
public:
    Writer(QDataStream &stream, const QString &text) : m_out(stream), m_text(text) {}

    void range(const TextRange &range) { m_out << qint32(range.begin) << qint32(range.end); }
    void ranges(const QVector<TextRange> &list)
    {
        m_out << quint32(list.size());
        for (const TextRange &each : list)
            range(each);
    }
    void ints(const QVector<int> &list)
    {
        m_out << quint32(list.size());
        for (int value : list)
            m_out << qint32(value);
    }
    void sliceOrText(const QString &value, const TextRange &range)
    {
        if (isSlice(value, range)) {
            m_out << textFromSource;
        } else {
            m_out << textInline << value;
        }
    }
    void partsOrText(const QString &value, const QVector<TextRange> &parts)
    {
        if (parts.size() == 1)
            return sliceOrText(value, parts.first());
        const bool joinable = parts.size() > 1 && std::all_of(parts.cbegin(), parts.cend(), [this](const TextRange &part) {
            return inText(part);
        });
        if (joinable && joinedParts(m_text, parts) == value)
            m_out << textFromParts;
        else
            m_out << textInline << value;
    }
    void repairs(const QVector<Repair> &list)
    {
        m_out << quint32(list.size());
        for (const Repair &repair : list) {
            m_out << qint32(repair.kind) << repair.description;
            ranges(repair.ranges);
        }
    }
    void warnings(const QVector<SegmentationWarning> &list)
    {
        m_out << quint32(list.size());
        for (const SegmentationWarning &warning : list) {
            m_out << warning.code << warning.message;
            range(warning.range);
        }
    }
    void block(const Block &block)
    {
        const quint8 flags = (block.markedHeading ? 1 : 0) | (block.afterBreak ? 2 : 0) | (block.startsHeadline ? 4 : 0)
                             | (block.continuesPrevious ? 8 : 0);
        m_out << qint32(block.index) << qint32(block.kind) << flags;
        range(block.range);
        sliceOrText(block.text, block.range);
    }
    void paragraph(const Paragraph &paragraph)
    {
        const quint8 flags = (paragraph.cut ? 1 : 0) | (paragraph.fragment ? 2 : 0);
        m_out << qint32(paragraph.role) << flags;
        ranges(paragraph.parts);
        ints(paragraph.blocks);
        partsOrText(paragraph.text, paragraph.parts);
    }
    void article(const Article &article)
    {
        m_out << article.id << qint32(article.kind) << article.kicker << article.title << article.titleLines
              << article.subtitle << article.byline << article.source << article.continuedFrom << article.continuedTo;
        m_out << quint32(article.paragraphs.size());
        for (const Paragraph &each : article.paragraphs)
            paragraph(each);
        ints(article.blocks);
        repairs(article.repairs);
        warnings(article.warnings);
    }

private:
    bool inText(const TextRange &range) const
    {
        return range.begin >= 0 && range.end >= range.begin && range.end <= m_text.size();
    }
    bool isSlice(const QString &value, const TextRange &range) const
    {
        return inText(range) && QStringView(m_text).mid(range.begin, range.length()) == QStringView(value);
    }

    QDataStream &m_out;
    const QString &m_text;
};

class Reader
{
public:
    Reader(QDataStream &stream, const QString &text) : m_in(stream), m_text(text) {}

    bool ok() const { return m_ok && m_in.status() == QDataStream::Ok; }

    TextRange range()
    {
        qint32 begin = 0, end = 0;
        m_in >> begin >> end;
        return {begin, end};
    }
    /// A count that cannot be larger than what is left of the blob: a
    /// damaged count must not make us allocate gigabytes.
    int count()
    {
        quint32 n = 0;
        m_in >> n;
        if (n > quint32(m_in.device()->bytesAvailable())) {
            m_ok = false;
            return 0;
        }
        return int(n);
    }
    QVector<TextRange> ranges()
    {
        QVector<TextRange> list(count());
        for (TextRange &each : list)
            each = range();
        return list;
    }
    QVector<int> ints()
    {
        QVector<int> list(count());
        for (int &value : list) {
            qint32 read = 0;
            m_in >> read;
            value = read;
        }
        return list;
    }
    /// A QString as QDataStream writes it, its length checked first: a
    /// damaged length must not make us allocate gigabytes.
    QString text()
    {
        const QByteArray head = m_in.device()->peek(4);
        if (head.size() < 4) {
            m_ok = false;
            return QString();
        }
        const quint32 bytes = qFromBigEndian<quint32>(head.constData());
        if (bytes != 0xffffffffu && qint64(bytes) > m_in.device()->bytesAvailable() - 4) {
            m_ok = false;
            return QString();
        }
        QString value;
        m_in >> value;
        return value;
    }
    QStringList texts()
    {
        QStringList list;
        const int n = count();
        list.reserve(n);
        for (int i = 0; i < n && ok(); ++i)
            list << text();
        return list;
    }
    QString partsOrText(const QVector<TextRange> &parts)
    {
        if (parts.size() == 1)
            return sliceOrText(parts.first());
        quint8 how = 0;
        m_in >> how;
        if (how == textInline)
            return text();
        const bool joinable = parts.size() > 1 && std::all_of(parts.cbegin(), parts.cend(), [this](const TextRange &part) {
            return part.begin >= 0 && part.begin <= part.end && part.end <= m_text.size();
        });
        if (how != textFromParts || !joinable) {
            m_ok = false;
            return QString();
        }
        return joinedParts(m_text, parts);
    }
    QString sliceOrText(const TextRange &range)
    {
        quint8 how = 0;
        m_in >> how;
        if (how == textInline)
            return text();
        if (how != textFromSource || range.begin < 0 || range.end < range.begin || range.end > m_text.size()) {
            m_ok = false;
            return QString();
        }
        return m_text.mid(range.begin, range.length());
    }
    template<typename Enum>
    Enum enumValue(int last)
    {
        qint32 value = 0;
        m_in >> value;
        if (value < 0 || value > last)
            m_ok = false;
        return Enum(value);
    }
    QVector<Repair> repairs()
    {
        QVector<Repair> list(count());
        for (Repair &repair : list) {
            repair.kind = enumValue<RepairKind>(int(RepairKind::SplitSourceNote));
            repair.description = text();
            repair.ranges = ranges();
        }
        return list;
    }
    QVector<SegmentationWarning> warnings()
    {
        QVector<SegmentationWarning> list(count());
        for (SegmentationWarning &warning : list) {
            warning.code = text();
            warning.message = text();
            warning.range = range();
        }
        return list;
    }
    Block block()
    {
        Block block;
        qint32 index = 0;
        m_in >> index;
        block.index = index;
        block.kind = enumValue<BlockKind>(int(BlockKind::Furniture));
        quint8 flags = 0;
        m_in >> flags;
        block.markedHeading = flags & 1;
        block.afterBreak = flags & 2;
        block.startsHeadline = flags & 4;
        block.continuesPrevious = flags & 8;
        block.range = range();
        block.text = sliceOrText(block.range);
        return block;
    }
    Paragraph paragraph()
    {
        Paragraph paragraph;
        paragraph.role = enumValue<ParagraphRole>(int(ParagraphRole::Caption));
        quint8 flags = 0;
        m_in >> flags;
        paragraph.cut = flags & 1;
        paragraph.fragment = flags & 2;
        paragraph.parts = ranges();
        paragraph.blocks = ints();
        paragraph.text = partsOrText(paragraph.parts);
        return paragraph;
    }
    Article article()
    {
        Article article;
        article.id = text();
        article.kind = enumValue<ArticleKind>(int(ArticleKind::EditorNote));
        article.kicker = text();
        article.title = text();
        article.titleLines = texts();
        article.subtitle = text();
        article.byline = texts();
        article.source = text();
        article.continuedFrom = text();
        article.continuedTo = text();
        article.paragraphs.resize(count());
        for (Paragraph &each : article.paragraphs) {
            each = paragraph();
            if (!ok())
                return article;
        }
        article.blocks = ints();
        article.repairs = repairs();
        article.warnings = warnings();
        return article;
    }

private:
    QDataStream &m_in;
    const QString &m_text;
    bool m_ok = true;
};

/// Views index the block list and the page's text with these; one out of
/// range would crash them.
bool indicesValid(const SegmentedPage &page, const QString &text)
{
    auto rangeValid = [&text](const TextRange &range) {
        return range.begin >= 0 && range.begin <= range.end && range.end <= text.size();
    };
    for (const Block &block : page.blocks) {
        if (!rangeValid(block.range))
            return false;
    }
    const int blockCount = page.blocks.size();
    auto inRange = [blockCount](const QVector<int> &indices) {
        return std::all_of(indices.cbegin(), indices.cend(), [blockCount](int i) { return i >= 0 && i < blockCount; });
    };
    if (!inRange(page.furniture) || !inRange(page.orphans))
        return false;
    for (const Article &article : page.articles) {
        if (!inRange(article.blocks))
            return false;
        for (const Paragraph &paragraph : article.paragraphs) {
            if (!inRange(paragraph.blocks) || !std::all_of(paragraph.parts.cbegin(), paragraph.parts.cend(), rangeValid))
                return false;
        }
    }
    return true;
}

} // namespace

QByteArray SegmentationCodec::encode(const SegmentedPage &page, const QString &text)
{
    QByteArray data;
    QDataStream stream(&data, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_5_15);
    stream << magic << formatVersion;
    Writer out(stream, text);
    stream << quint32(page.blocks.size());
    for (const Block &block : page.blocks)
        out.block(block);
    stream << quint32(page.articles.size());
    for (const Article &article : page.articles)
        out.article(article);
    out.ints(page.furniture);
    out.ints(page.orphans);
    out.repairs(page.repairs);
    out.warnings(page.warnings);
    return data;
}

std::optional<SegmentedPage> SegmentationCodec::decode(const QByteArray &data, const QString &text)
{
    QDataStream stream(data);
    stream.setVersion(QDataStream::Qt_5_15);
    quint32 readMagic = 0;
    quint8 version = 0;
    stream >> readMagic >> version;
    if (stream.status() != QDataStream::Ok || readMagic != magic || version != formatVersion)
        return std::nullopt;
    Reader in(stream, text);
    SegmentedPage page;
    page.blocks.resize(in.count());
    for (Block &block : page.blocks) {
        block = in.block();
        if (!in.ok())
            return std::nullopt;
    }
    page.articles.resize(in.count());
    for (Article &article : page.articles) {
        article = in.article();
        if (!in.ok())
            return std::nullopt;
    }
    page.furniture = in.ints();
    page.orphans = in.ints();
    page.repairs = in.repairs();
    page.warnings = in.warnings();
    // Trailing bytes mean a blob we do not understand, however well the
    // front of it read.
    if (!in.ok() || !stream.atEnd() || !indicesValid(page, text))
        return std::nullopt;
    return page;
}
