#include "storetypes.h"

QStringList ReviewWorkflow::allowedNext(const QString &current) const
{
    const int at = steps.indexOf(current.isEmpty() ? initialStep() : current);
    QStringList next;
    if (current == returnStep) {
        if (steps.size() > 1)
            next << steps.at(1);
        next << initialStep();
        return next;
    }
    if (at >= 0 && at + 1 < steps.size())
        next << steps.at(at + 1);
    if (at > 0 && !returnStep.isEmpty())
        next << returnStep;
    return next;
}

namespace {

struct FixName
{
    SegmentationFix::Kind kind;
    const char *name;
};

constexpr FixName fixNames[] = {
    {SegmentationFix::Kind::SplitArticle, "split_article"},
    {SegmentationFix::Kind::MergeArticles, "merge_articles"},
    {SegmentationFix::Kind::MoveBlock, "move_block"},
    {SegmentationFix::Kind::ChangeKind, "change_kind"},
};

} // namespace

QString fixKindName(SegmentationFix::Kind kind)
{
    for (const FixName &entry : fixNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

bool fixKindFromName(const QString &name, SegmentationFix::Kind *kind)
{
    for (const FixName &entry : fixNames) {
        if (name == QLatin1String(entry.name)) {
            *kind = entry.kind;
            return true;
        }
    }
    return false;
}

bool blockKindFromName(const QString &name, BlockKind *kind)
{
    for (int k = int(BlockKind::Unclassified); k <= int(BlockKind::Furniture); ++k) {
        if (blockKindName(BlockKind(k)) == name) {
            *kind = BlockKind(k);
            return true;
        }
    }
    return false;
}

QString annotationKindName(AnnotationRecord::Kind kind)
{
    switch (kind) {
    case AnnotationRecord::Kind::Tag:
        return QStringLiteral("tag");
    case AnnotationRecord::Kind::Span:
        return QStringLiteral("span");
    case AnnotationRecord::Kind::Review:
        return QStringLiteral("review");
    case AnnotationRecord::Kind::Fix:
        return QStringLiteral("fix");
    case AnnotationRecord::Kind::Decision:
        break;
    }
    return QStringLiteral("decision");
}
