#pragma once

#include "articlefacts.h"
#include "query.h"

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

    static NormalizedFacts of(const ArticleFacts &facts);
};

/// Decides a `field:value` node for one article.
class FieldMatcher
{
public:
    static bool matches(const QueryNode &node, const ArticleFacts &facts, const NormalizedFacts &normalized);
};
