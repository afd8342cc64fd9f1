#include "block.h"

QString blockKindName(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Unclassified: return QStringLiteral("unclassified");
    case BlockKind::Headline: return QStringLiteral("headline");
    case BlockKind::Kicker: return QStringLiteral("kicker");
    case BlockKind::Subtitle: return QStringLiteral("subtitle");
    case BlockKind::Byline: return QStringLiteral("byline");
    case BlockKind::Body: return QStringLiteral("body");
    case BlockKind::SectionHeading: return QStringLiteral("section_heading");
    case BlockKind::Caption: return QStringLiteral("caption");
    case BlockKind::BriefLead: return QStringLiteral("brief_lead");
    case BlockKind::SourceNote: return QStringLiteral("source_note");
    case BlockKind::ContinuationMark: return QStringLiteral("continuation_mark");
    case BlockKind::EditorNote: return QStringLiteral("editor_note");
    case BlockKind::Furniture: return QStringLiteral("furniture");
    }
    return QString();
}

QString blockKindLabel(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Unclassified: return QCoreApplication::translate("BlockKind", "Unclassified");
    case BlockKind::Headline: return QCoreApplication::translate("BlockKind", "Headline");
    case BlockKind::Kicker: return QCoreApplication::translate("BlockKind", "Kicker");
    case BlockKind::Subtitle: return QCoreApplication::translate("BlockKind", "Subtitle");
    case BlockKind::Byline: return QCoreApplication::translate("BlockKind", "Byline");
    case BlockKind::Body: return QCoreApplication::translate("BlockKind", "Body");
    case BlockKind::SectionHeading: return QCoreApplication::translate("BlockKind", "Section heading");
    case BlockKind::Caption: return QCoreApplication::translate("BlockKind", "Caption");
    case BlockKind::BriefLead: return QCoreApplication::translate("BlockKind", "Brief lead");
    case BlockKind::SourceNote: return QCoreApplication::translate("BlockKind", "Source note");
    case BlockKind::ContinuationMark: return QCoreApplication::translate("BlockKind", "Continuation mark");
    case BlockKind::EditorNote: return QCoreApplication::translate("BlockKind", "Editor's note");
    case BlockKind::Furniture: return QCoreApplication::translate("BlockKind", "Page furniture");
    }
    return QString();
}
