#pragma once

#include "articlefacts.h"
#include "query.h"
#include "stringinterner.h"

#include <QString>
#include <QStringList>

/// The short text fields of ArticleFacts, normalised once (TextNormalizer),
/// so field queries compare them width-, case- and script-insensitively
/// without normalising on every query.
struct NormalizedFacts
{
    QString path;
    QString pageLabel;
    QString status;
    QStringList statusAliases;
    QStringList people;
    QStringList warningChecks;
    QStringList tags;
    QStringList authors;
    QStringList labels;
    QStringList places;

    /// With an `interner`, equal values of every article share one string:
    /// a corpus's articles repeat the same statuses, tags, places and names
    /// (at 100 MB they held 67 MB of separate copies).
    static NormalizedFacts of(const ArticleFacts &facts, StringInterner *interner = nullptr);
};

/// Decides a `field:value` node for one article.
class FieldMatcher
{
public:
    static bool matches(const QueryNode &node, const ArticleFacts &facts, const NormalizedFacts &normalized);
};
