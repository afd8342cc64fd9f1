#include "corpusgenerator.h"

#include "articlesegmenter.h"

#include <QDir>
#include <QFile>
#include <QTextCodec>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace {

enum class Layout { BlankLines, Markdown, SingleLine };

QString toTraditional(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    static std::unique_ptr<icu::Transliterator> transliterator(
        icu::Transliterator::createInstance("Simplified-Traditional", UTRANS_FORWARD, status));
    if (!transliterator)
        return text;
    icu::UnicodeString unicode(reinterpret_cast<const UChar *>(text.utf16()), text.size());
    transliterator->transliterate(unicode);
    return QString(reinterpret_cast<const QChar *>(unicode.getBuffer()), unicode.length());
}

Article traditionalOf(const Article &article)
{
    Article out = article;
    out.kicker = toTraditional(article.kicker);
    out.title = toTraditional(article.title);
    out.subtitle = toTraditional(article.subtitle);
    for (QString &name : out.byline)
        name = toTraditional(name);
    for (Paragraph &paragraph : out.paragraphs)
        paragraph.text = toTraditional(paragraph.text);
    return out;
}

/// The article's blocks as printed, in reading order.
QStringList blocksOf(const Article &article)
{
    QStringList blocks;
    if (!article.kicker.isEmpty())
        blocks << article.kicker;
    if (!article.title.isEmpty())
        blocks << article.title;
    if (!article.subtitle.isEmpty())
        blocks << article.subtitle;
    if (!article.byline.isEmpty())
        blocks << article.byline.join(QLatin1Char(' '));
    for (const Paragraph &paragraph : article.paragraphs)
        blocks << paragraph.text;
    return blocks;
}

QString writePage(const QString &banner, const QVector<Article> &articles, Layout layout)
{
    QString page;
    const QString ideographicSpaces = QStringLiteral("　　");
    switch (layout) {
    case Layout::BlankLines:
        page = banner + QStringLiteral("\n\n");
        for (const Article &article : articles)
            page += blocksOf(article).join(QStringLiteral("\n\n")) + QStringLiteral("\n\n\n");
        break;
    case Layout::Markdown:
        page = QStringLiteral("# ") + banner + QStringLiteral("\n\n");
        for (const Article &article : articles) {
            if (!article.title.isEmpty()) {
                QString heading = article.kicker.isEmpty() ? QString() : article.kicker + QStringLiteral("  \n");
                page += QStringLiteral("## ") + heading + article.title + QStringLiteral("\n\n");
            }
            if (!article.subtitle.isEmpty())
                page += article.subtitle + QStringLiteral("\n\n");
            if (!article.byline.isEmpty())
                page += article.byline.join(QLatin1Char(' ')) + QStringLiteral("\n\n");
            for (const Paragraph &paragraph : article.paragraphs)
                page += paragraph.text + QStringLiteral("\n\n");
            page += QLatin1Char('\n');
        }
        break;
    case Layout::SingleLine: {
        QStringList blocks{banner};
        for (const Article &article : articles)
            blocks += blocksOf(article);
        page = blocks.join(ideographicSpaces) + QLatin1Char('\n');
        break;
    }
    }
    return page;
}

} // namespace

CorpusGenerator::CorpusGenerator(const QVector<QString> &seedTexts, quint32 seed) : m_random(seed)
{
    const ArticleSegmenter segmenter;
    for (const QString &text : seedTexts) {
        const SegmentedPage page = segmenter.segment(text);
        for (const Article &article : page.articles) {
            if (!article.paragraphs.isEmpty())
                m_pool << article;
        }
        for (int index : page.furniture)
            m_banners << page.blocks.at(index).text;
    }
    for (const Article &article : qAsConst(m_pool))
        m_traditionalPool << traditionalOf(article);
    if (m_banners.isEmpty())
        m_banners << QStringLiteral("要闻");
}

QString CorpusGenerator::randomName()
{
    static const QString surnames = QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤");
    static const QString given = QStringLiteral("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰梅雪晨宇浩然子轩欣怡梓涵一诺思远正楷学福梦隆");
    QString name = surnames.at(m_random.bounded(surnames.size()));
    const int length = m_random.bounded(10) < 3 ? 1 : 2;
    for (int i = 0; i < length; ++i)
        name += given.at(m_random.bounded(given.size()));
    return name;
}

QString CorpusGenerator::mutateNumbers(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9') && m_random.bounded(3) == 0)
            c = QLatin1Char(char('0' + m_random.bounded(10)));
    }
    return out;
}

Article CorpusGenerator::mutated(const Article &source)
{
    Article article = source;
    for (QString &name : article.byline) {
        const int count = int(name.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        QStringList names;
        for (int i = 0; i < std::max(1, count); ++i)
            names << randomName();
        name = names.join(QLatin1Char(' '));
    }
    for (Paragraph &paragraph : article.paragraphs)
        paragraph.text = mutateNumbers(paragraph.text);
    article.title = mutateNumbers(article.title);
    // Some articles lose or repeat a paragraph, as edited copy does.
    if (article.paragraphs.size() > 3 && m_random.bounded(4) == 0)
        article.paragraphs.removeAt(m_random.bounded(article.paragraphs.size()));
    return article;
}

QString CorpusGenerator::nextPage(int *articleCount)
{
    const int count = 3 + m_random.bounded(5);
    QVector<Article> articles;
    for (int i = 0; i < count; ++i) {
        const int pick = m_random.bounded(m_pool.size());
        const bool traditional = m_random.bounded(100) < 3;
        articles << mutated(traditional ? m_traditionalPool.at(pick) : m_pool.at(pick));
    }
    if (articleCount)
        *articleCount = count;
    const auto layout = Layout(m_random.bounded(3));
    return writePage(m_banners.at(m_random.bounded(m_banners.size())), articles, layout);
}

CorpusGenerator::Stats CorpusGenerator::generate(const QString &directory, qint64 totalBytes)
{
    Stats stats;
    QTextCodec *gb18030 = QTextCodec::codecForName("GB18030");
    while (stats.bytes < totalBytes) {
        int articles = 0;
        const QString text = nextPage(&articles);
        const bool legacy = gb18030 && m_random.bounded(100) < 5;
        const QByteArray bytes = legacy ? gb18030->fromUnicode(text) : text.toUtf8();
        const QString folder = QStringLiteral("%1/%2").arg(directory).arg(stats.pages / 1000, 4, 10, QLatin1Char('0'));
        if (stats.pages % 1000 == 0)
            QDir().mkpath(folder);
        QFile file(QStringLiteral("%1/%2_%3.txt").arg(folder).arg(stats.pages, 7, 10, QLatin1Char('0'))
                       .arg(legacy ? QStringLiteral("gb") : QStringLiteral("u8")));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            break;
        ++stats.pages;
        stats.articles += articles;
        stats.bytes += bytes.size();
        stats.gb18030Pages += legacy ? 1 : 0;
    }
    return stats;
}
