#pragma once

#include "entitytypes.h"

#include <QStringView>
#include <QVector>

/// Finds people named in running text where a pattern makes it certain
/// that a name is a name:
/// - a title right before it: "居委会主任张梅说", "工作人员耿磊", "道德模范
///   钱俊莉", "提名奖吐爱香·托乎提";
/// - a form of address right after it, set off before: "的张三发老人",
///   "，季蕊同学", and "习近平总书记";
/// - "X说" / "X表示" right after a clause break, X a surname and one or two
///   characters: "，张梅说" (but never "他说", "大家说", "负责人说").
/// A name followed in its clause by 说/表示/介绍… is Quoted, else Mentioned.
/// Bylines and photographers come from the segmenter (EntityExtractor).
/// Stateless and thread-safe.
class EntityPeopleFinder
{
public:
    QVector<PersonMention> find(const EntityText &text) const;

    /// People listed with their place: "望都胡鹏松、易县尹新朋、莲池崔敬辉荣登
    /// …". Only in a list of two or more such items, where a name after a
    /// place cannot be a road or a park. `places` are the article's places.
    QVector<PersonMention> findAfterPlaces(const EntityText &text, const QVector<PlaceMention> &places) const;

    /// A common Chinese surname (one or two characters) opens `text`;
    /// returns its length or 0. Characters that mostly open ordinary words
    /// (万, 和, 时, 党 …) are left out on purpose.
    static int surnameLength(QStringView text);
};
