#pragma once

#include "article.h"

#include <QString>
#include <QStringList>
#include <QVector>

/// Which part of an article a piece of searchable text is.
enum class TextPart {
    Kicker,
    Title,
    Subtitle,
    Byline,
    Source,
    Paragraph,
};

/// One field of an article's searchable text; `index` tells paragraphs (and
/// byline entries) apart.
struct TextPiece
{
    TextPart field = TextPart::Paragraph;
    int index = 0;
    QString text;
};

/// What full-text search reads of an article: the fields an editor reads,
/// in reading order. Kept as pieces (not one string) so a hit can be shown
/// where the reader shows that text.
struct SearchableText
{
    QVector<TextPiece> pieces;

    static SearchableText fromArticle(const Article &article);

    /// The pieces joined by line breaks. A query term never contains a line
    /// break, so no phrase matches across two fields or paragraphs.
    QString joined() const;
    /// The joined text, normalised (TextNormalizer): what the index stores.
    QString normalized() const;
    /// Appends normalized() to `out`: lets the indexer reuse one buffer.
    void appendNormalized(QString &out) const;
};
