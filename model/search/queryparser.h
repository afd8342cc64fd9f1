#pragma once

#include "query.h"

#include <QCoreApplication>

/// Turns query text into a Query (recursive descent: OR binds looser than
/// juxtaposition, '-' binds tightest). Reports the first problem with its
/// position instead of guessing what was meant.
class QueryParser
{
    Q_DECLARE_TR_FUNCTIONS(QueryParser)

public:
    static Query parse(const QString &text);
};
