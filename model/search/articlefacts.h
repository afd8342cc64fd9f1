#pragma once

#include "article.h"
#include "pageoutline.h"
#include "searchabletext.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

/// Everything a query can ask about one article, in one value.
///
/// Segmentation fills the text, kind, page and warnings (fromArticle); the
/// project store fills what editors make (tags, status, labels,
/// annotations, orphans) and the entity recogniser the places. Search reads
/// only this struct, so it does not depend on where the facts come from.
struct ArticleFacts
{
    /// The page file, as opened.
    QString path;
    /// The page file's revision (SHA-256 of its bytes, hex): the index uses
    /// it to notice a re-imported page.
    QByteArray revision;
    /// What `page:` compares with: the printed page ("A3") when known,
    /// otherwise the file name's first part ("000" for 000_e282….txt).
    QString pageLabel;
    /// The article's place on its page (0-based) and its stable id.
    int articleIndex = 0;
    QString articleId;

    ArticleKind kind = ArticleKind::Article;
    SearchableText text;
    /// Characters of title and paragraphs (Article::characterCount).
    int characterCount = 0;
    /// The byline's names (`author:`).
    QStringList authors;

    /// Tag paths, levels separated by '/' ("地方/山东"): `tag:地方` matches both.
    QStringList tags;
    /// Review status; "unreviewed" until the store says otherwise.
    QString status = QStringLiteral("unreviewed");
    /// Other names the status answers to: a workflow's first step (待审) is
    /// also "unreviewed", its return step (退回) also "returned", so the
    /// predefined searches work whatever the project calls its steps.
    QStringList statusAliases;
    /// Labels of the article's span annotations.
    QStringList labels;
    /// Place names found in the article (entities).
    QStringList places;
    /// People named in the article (entities: byline, photographers,
    /// quoted and mentioned names): `person:`.
    QStringList people;
    /// Check ids of the article's copy-check warnings ("script.traditional"):
    /// `warning:script.traditional`, or `warning:script` for the family.
    QStringList warningChecks;
    bool hasAnnotation = false;
    bool hasWarning = false;
    bool hasOrphan = false;

    /// The facts segmentation knows; the rest keep their defaults.
    static ArticleFacts fromArticle(const Article &article, const QString &path, int articleIndex,
                                    const QByteArray &revision = QByteArray());
    /// fromArticle()'s facts but the text (left empty), from the article's
    /// outline: the same values, without reading the page.
    static ArticleFacts fromOutline(const ArticleOutline &article, const QString &path, int articleIndex,
                                    const QByteArray &revision = QByteArray());
    /// "000" for ".../000_e282ff9c88fb90cf.txt", "B1" for "B1.txt".
    static QString pageLabelOf(const QString &path);
};
