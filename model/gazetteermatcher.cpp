#include "gazetteermatcher.h"

#include <QStringList>

bool GazetteerMatcher::isFollowedByOtherName(QStringView rest)
{
    if (rest.isEmpty())
        return false;
    // Two-character words first: 街道 and 大道 are not 街 and 道.
    static const QStringList words = {
        QStringLiteral("大道"), QStringLiteral("大街"), QStringLiteral("街道"), QStringLiteral("胡同"),
        QStringLiteral("社区"), QStringLiteral("小区"), QStringLiteral("花园"), QStringLiteral("公园"),
        QStringLiteral("广场"), QStringLiteral("大厦"), QStringLiteral("宾馆"), QStringLiteral("饭店"),
        QStringLiteral("酒店"), QStringLiteral("新村"),
    };
    for (const QString &word : words) {
        if (rest.startsWith(word))
            return true;
    }
    // A road, a village, a lake, a trophy … named after the place.
    static const QString single = QStringLiteral("路街巷村镇乡杯号站桥湖河江山寺塔港湾岛峰门坊厂矿族");
    return single.contains(rest.front());
}

QVector<NameEntry> GazetteerMatcher::acceptable(const QString &name, const QVector<NameEntry> &entries,
                                                QStringView rest) const
{
    if (m_gazetteer.isCommonWord(name))
        return {};
    const bool followedByOtherName = isFollowedByOtherName(rest);
    QVector<NameEntry> kept;
    for (const NameEntry &entry : entries) {
        if (entry.form != NameForm::Full && followedByOtherName)
            continue;
        kept.append(entry);
    }
    return kept;
}

QVector<GazetteerMatch> GazetteerMatcher::find(const QString &text, int offset) const
{
    QVector<GazetteerMatch> matches;
    const QStringView view(text);
    int position = 0;
    while (position < text.size()) {
        bool matched = false;
        const QVector<QString> names = m_gazetteer.namesStartingWith(text.at(position));
        for (const QString &name : names) {
            if (name.size() < 2 || !view.mid(position).startsWith(name))
                continue;
            const int end = position + int(name.size());
            const QVector<NameEntry> candidates = acceptable(name, m_gazetteer.names().value(name), view.mid(end));
            if (candidates.isEmpty())
                continue;
            matches.append({{offset + position, offset + end}, name, candidates});
            position = end;
            matched = true;
            break;
        }
        if (!matched)
            ++position;
    }
    return matches;
}
