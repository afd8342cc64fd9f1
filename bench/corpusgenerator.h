#pragma once

#include "article.h"

#include <QRandomGenerator>
#include <QString>
#include <QVector>

/// Builds realistic page files of any total size from the seed pages: the
/// seeds' articles shuffled onto new pages, their numbers and bylines
/// mutated, some in traditional characters, written in the three layouts
/// (blank lines, markdown-ish "## ", one line with "　　"), some in GB18030.
class CorpusGenerator
{
public:
    struct Stats
    {
        int pages = 0;
        int articles = 0;
        qint64 bytes = 0;
        int gb18030Pages = 0;
    };

    /// `seedTexts` are decoded seed pages; `seed` fixes the random choices.
    CorpusGenerator(const QVector<QString> &seedTexts, quint32 seed);

    /// Writes pages into `directory` (in sub-folders of 1000 pages) until
    /// `totalBytes` are written.
    Stats generate(const QString &directory, qint64 totalBytes);

    /// One page's text (for tests of the generator).
    QString nextPage(int *articleCount = nullptr);

private:
    Article mutated(const Article &article);
    QString mutateNumbers(const QString &text);
    QString randomName();

    QVector<Article> m_pool;
    QVector<Article> m_traditionalPool;
    QStringList m_banners;
    QRandomGenerator m_random;
};
