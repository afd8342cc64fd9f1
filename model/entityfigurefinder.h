#pragma once

#include "entitytypes.h"

#include <QVector>

/// Finds figures an editor checks: Arabic numbers with a unit or a
/// multiplier ("16.3万人", "1亿平方米", "97.33%", "160余篇", "142万").
/// Years and dates ("2021年", "9月10日") and bare numbers ("12345热线")
/// are not figures. Stateless and thread-safe.
class EntityFigureFinder
{
public:
    QVector<FigureMention> find(const EntityText &text) const;
};
