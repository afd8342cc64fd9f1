#pragma once

#include "textrange.h"

#include <QString>
#include <QVector>

/// Finds passages printed twice: the same run of at least `minimumLength`
/// characters in two places of a text. Layout damage duplicates passages
/// on a page; the same brief printed on two pages is the corpus-wide case.
class DuplicateFinder
{
public:
    struct Passage
    {
        TextRange first;   ///< the earlier occurrence
        TextRange repeat;  ///< the later one
    };

    /// `pieces` are ranges of `text` to compare (paragraphs); a passage is
    /// not matched across a piece boundary.
    static QVector<Passage> find(const QString &text, const QVector<TextRange> &pieces, int minimumLength = 20);
};
