#pragma once

#include "gazetteer.h"
#include "textrange.h"

#include <QString>
#include <QVector>

/// A name of the gazetteer found in a text, with every division it may
/// stand for; which one it is, is the resolver's job (EntityPlaceResolver).
struct GazetteerMatch
{
    /// UTF-16 units into the text given to find(), plus its offset.
    TextRange range;
    QString text;
    QVector<NameEntry> candidates;
};

/// Finds gazetteer names in a text: leftmost-longest, so "海西州乌兰县" is
/// 海西州 + 乌兰县 and "海南区" is never "海南" + 区. Conservative about the
/// short forms, the ones that occur inside other words: a short form is
/// never taken when it is a common word ("平安济南", "朝阳") or when what
/// follows makes it part of another name ("海晏路", "青海湖", "安康杯",
/// "光明街道"). Stateless and thread-safe.
class GazetteerMatcher
{
public:
    explicit GazetteerMatcher(const Gazetteer &gazetteer)
        : m_gazetteer(gazetteer)
    {}

    /// The names in `text`; ranges are shifted by `offset` (the text's
    /// position in its page).
    QVector<GazetteerMatch> find(const QString &text, int offset = 0) const;

    /// Whether a short form followed by `rest` names something else (a
    /// road, a lake, a trophy) rather than the division.
    static bool isFollowedByOtherName(QStringView rest);

private:
    QVector<NameEntry> acceptable(const QString &name, const QVector<NameEntry> &entries, QStringView rest) const;

    const Gazetteer &m_gazetteer;
};
