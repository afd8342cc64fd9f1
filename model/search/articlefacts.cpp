#include "articlefacts.h"

#include <QFileInfo>

ArticleFacts ArticleFacts::fromArticle(const Article &article, const QString &path, int articleIndex,
                                       const QByteArray &revision)
{
    ArticleFacts facts = fromOutline(ArticleOutline::of(article), path, articleIndex, revision);
    facts.text = SearchableText::fromArticle(article);
    return facts;
}

ArticleFacts ArticleFacts::fromOutline(const ArticleOutline &article, const QString &path, int articleIndex,
                                       const QByteArray &revision)
{
    ArticleFacts facts;
    facts.path = path;
    facts.revision = revision;
    facts.pageLabel = pageLabelOf(path);
    facts.articleIndex = articleIndex;
    facts.articleId = article.id;
    facts.kind = article.kind;
    facts.characterCount = article.characterCount;
    facts.authors = article.byline;
    facts.hasWarning = article.warningCount > 0;
    return facts;
}

QString ArticleFacts::pageLabelOf(const QString &path)
{
    const QString base = QFileInfo(path).completeBaseName();
    const int underscore = base.indexOf(QLatin1Char('_'));
    return underscore > 0 ? base.left(underscore) : base;
}
