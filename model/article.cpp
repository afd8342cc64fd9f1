#include "article.h"

#include <QCoreApplication>

#include <algorithm>

QString articleKindName(ArticleKind kind)
{
    switch (kind) {
    case ArticleKind::Article: return QStringLiteral("article");
    case ArticleKind::Brief: return QStringLiteral("brief");
    case ArticleKind::Photo: return QStringLiteral("photo");
    case ArticleKind::EditorNote: return QStringLiteral("editor_note");
    }
    return QString();
}

QString articleKindLabel(ArticleKind kind)
{
    switch (kind) {
    case ArticleKind::Article: return QCoreApplication::translate("ArticleKind", "Article");
    case ArticleKind::Brief: return QCoreApplication::translate("ArticleKind", "Brief");
    case ArticleKind::Photo: return QCoreApplication::translate("ArticleKind", "Photo");
    case ArticleKind::EditorNote: return QCoreApplication::translate("ArticleKind", "Editor's note");
    }
    return QString();
}

QString paragraphRoleName(ParagraphRole role)
{
    switch (role) {
    case ParagraphRole::Body: return QStringLiteral("body");
    case ParagraphRole::SectionHeading: return QStringLiteral("section_heading");
    case ParagraphRole::Caption: return QStringLiteral("caption");
    }
    return QString();
}

QString repairKindName(RepairKind kind)
{
    switch (kind) {
    case RepairKind::RejoinedParagraph: return QStringLiteral("rejoined_paragraph");
    case RepairKind::JoinedHeading: return QStringLiteral("joined_heading");
    case RepairKind::ReorderedSections: return QStringLiteral("reordered_sections");
    case RepairKind::MovedBody: return QStringLiteral("moved_body");
    case RepairKind::MatchedHeadline: return QStringLiteral("matched_headline");
    case RepairKind::DuplicatePassage: return QStringLiteral("duplicate_passage");
    case RepairKind::SplitSourceNote: return QStringLiteral("split_source_note");
    }
    return QString();
}

TextRange Paragraph::span() const
{
    if (parts.isEmpty())
        return {};
    TextRange all = parts.first();
    for (const TextRange &part : parts) {
        all.begin = std::min(all.begin, part.begin);
        all.end = std::max(all.end, part.end);
    }
    return all;
}

int Article::characterCount() const
{
    int count = title.size();
    for (const Paragraph &paragraph : paragraphs)
        count += paragraph.text.size();
    return count;
}

int Article::bodyParagraphCount() const
{
    return int(std::count_if(paragraphs.cbegin(), paragraphs.cend(), [](const Paragraph &p) {
        return p.role != ParagraphRole::SectionHeading;
    }));
}
