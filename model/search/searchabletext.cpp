#include "searchabletext.h"

#include "textnormalizer.h"

SearchableText SearchableText::fromArticle(const Article &article)
{
    SearchableText text;
    auto add = [&text](TextPart field, int index, const QString &value) {
        if (!value.isEmpty())
            text.pieces.append({field, index, value});
    };
    add(TextPart::Kicker, 0, article.kicker);
    add(TextPart::Title, 0, article.title);
    add(TextPart::Subtitle, 0, article.subtitle);
    for (int i = 0; i < article.byline.size(); ++i)
        add(TextPart::Byline, i, article.byline.at(i));
    add(TextPart::Source, 0, article.source);
    for (int i = 0; i < article.paragraphs.size(); ++i)
        add(TextPart::Paragraph, i, article.paragraphs.at(i).text);
    return text;
}

QString SearchableText::joined() const
{
    QString out;
    for (const TextPiece &piece : pieces) {
        if (!out.isEmpty())
            out.append(QLatin1Char('\n'));
        out.append(piece.text);
    }
    return out;
}

QString SearchableText::normalized() const
{
    QString out;
    appendNormalized(out);
    return out;
}

void SearchableText::appendNormalized(QString &out) const
{
    const int start = out.size();
    for (const TextPiece &piece : pieces) {
        if (out.size() > start)
            out.append(QLatin1Char('\n'));
        TextNormalizer::appendNormalized(piece.text, out);
    }
}
