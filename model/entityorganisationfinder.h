#pragma once

#include "entitytypes.h"

#include <QVector>

/// Finds named bodies: a name ending in a body's suffix (局, 委员会, 中心,
/// 公司, 集团, 医院, 学校, 协会, 妇联 …), read leftwards to the start of the
/// name. Only bodies a reader could look up are kept: the name must open
/// with a place ("隆昌市审计局", "竞秀区新时代文明实践中心"), a level ("县融
/// 媒体中心", "市文广旅局"), a national prefix ("中央文明办", "共青团…"), or be
/// a firm or school with a proper name ("陕煤集团黄陵矿业双龙煤业", "龙赛
/// 中学"). A generic "新时代文明实践中心" or a bare "交通局" names no one
/// body and is left out. Stateless and thread-safe.
class EntityOrganisationFinder
{
public:
    /// `places` are the article's place mentions (any text), used to read a
    /// place at the start of a name as one unit.
    QVector<OrganisationMention> find(const EntityText &text, const QVector<PlaceMention> &places) const;
};
