#include "entityplaceresolver.h"

#include "gazetteermatcher.h"
#include "gazetteershortforms.h"

#include <QSet>

#include <algorithm>

struct EntityPlaceResolver::Mention
{
    PlaceMention place;
    /// Index of the text it was found in, for adjacency.
    int text = -1;
    QVector<NameEntry> entries;
    QVector<int> strengths;
};

namespace {

int zoneWeight(EntityZone zone)
{
    switch (zone) {
    case EntityZone::Kicker:
        return 3;
    case EntityZone::Title:
        return 2;
    case EntityZone::Body:
        return 1;
    }
    return 1;
}

// Whether the name stands apart from the word before it: at the start of
// its text, after punctuation, a particle or verb of motion, or right after
// another place ("湖北武汉").
bool isSetOff(const QString &text, int position, bool afterPlace)
{
    if (position == 0 || afterPlace)
        return true;
    const QChar before = text.at(position - 1);
    const ushort u = before.unicode();
    if (u < 0x3400 || u > 0x9FFF)
        return true;
    static const QString particles
        = QStringLiteral("在到去赴于从和与及的是对向将把为由自至往让使给同跟据经来回抵驻援了着过");
    return particles.contains(before);
}

// A place written right before another ("北京市朝阳区", "青海省海西州乌兰县")
// settles which one the second is.
constexpr int AdjacentSupport = 100;
// Strength of a name: 3 and 2 are taken without context, 1 needs it.
constexpr int StrongEnough = 2;

} // namespace

int EntityPlaceResolver::strength(const QString &name, const NameEntry &entry, bool setOff) const
{
    const Division &division = m_gazetteer.division(entry.division);
    if (division.level == DivisionLevel::Area && m_gazetteer.isHkMoTw(entry.division))
        return 1;
    switch (entry.form) {
    case NameForm::Full:
        return division.level == DivisionLevel::Area && name.size() < 3 ? 1 : 3;
    case NameForm::Short:
        if (division.level == DivisionLevel::Province) {
            // "洞庭湖南岸", "泰山东麓", "黄河北岸": a province whose name opens
            // with 湖 山 江 河 海 may be the end of a lake or river.
            static const QString geographic = QStringLiteral("湖山江河海");
            return setOff || !geographic.contains(name.front()) ? 3 : 1;
        }
        // A short name run into the word before it may be no name at all:
        // "千佛山" holds 佛山, "均衡水平" 衡水. Then it needs context too.
        if (!setOff)
            return 1;
        return division.level == DivisionLevel::City ? 2 : 1;
    case NameForm::Bare:
        return 1;
    }
    return 1;
}

bool EntityPlaceResolver::resolveByContext(QVector<Mention> &mentions) const
{
    bool changed = false;
    for (int i = 0; i < mentions.size(); ++i) {
        Mention &mention = mentions[i];
        if (mention.place.isResolved())
            continue;
        const Mention *previous = i > 0 ? &mentions.at(i - 1) : nullptr;
        const bool adjacent = previous && previous->text == mention.text && previous->place.isResolved()
                              && previous->place.range.end == mention.place.range.begin;
        int best = -1;
        int bestSupport = 0;
        bool tie = false;
        for (const NameEntry &entry : mention.entries) {
            int support = 0;
            if (adjacent && entry.division != previous->place.division
                && m_gazetteer.isWithin(entry.division, previous->place.division))
                support += AdjacentSupport;
            for (int j = 0; j < mentions.size(); ++j) {
                const PlaceMention &other = mentions.at(j).place;
                if (j == i || !other.isResolved())
                    continue;
                // The article names a place inside this candidate or one
                // containing it: "湖南" with 长沙 named, "乌兰" with 青海.
                if (m_gazetteer.isWithin(entry.division, other.division)
                    || m_gazetteer.isWithin(other.division, entry.division))
                    support += zoneWeight(other.zone);
            }
            if (support > bestSupport) {
                best = entry.division;
                bestSupport = support;
                tie = false;
            } else if (support > 0 && support == bestSupport) {
                tie = true;
            }
        }
        if (best >= 0 && !tie) {
            mention.place.division = best;
            changed = true;
        }
    }
    return changed;
}

bool EntityPlaceResolver::resolveByStrength(QVector<Mention> &mentions) const
{
    bool changed = false;
    for (Mention &mention : mentions) {
        if (mention.place.isResolved())
            continue;
        // The clearly strongest reading wins without context: a bare 海南 is
        // the province, not 海南藏族自治州 (海南州) or 海南区.
        int best = -1;
        int bestStrength = 0;
        bool tie = false;
        for (int k = 0; k < mention.entries.size(); ++k) {
            const int value = mention.strengths.at(k);
            if (value > bestStrength) {
                best = mention.entries.at(k).division;
                bestStrength = value;
                tie = false;
            } else if (value == bestStrength) {
                tie = true;
            }
        }
        if (best >= 0 && !tie && bestStrength >= StrongEnough) {
            mention.place.division = best;
            changed = true;
        }
    }
    return changed;
}

void EntityPlaceResolver::addStreets(QVector<Mention> &mentions, const QVector<EntityText> &texts) const
{
    QSet<int> parents;
    for (const Mention &mention : mentions) {
        if (mention.place.isResolved() && m_gazetteer.division(mention.place.division).level != DivisionLevel::Province)
            parents.insert(mention.place.division);
    }
    const auto overlaps = [&](const TextRange &range) {
        for (const Mention &mention : mentions) {
            if (mention.place.range.overlaps(range))
                return true;
        }
        return false;
    };
    // Replaces shorter mentions inside `range` (a street beats a name it contains).
    const auto addMention = [&](int textIndex, const TextRange &range, const QString &name, int division) {
        for (int i = mentions.size() - 1; i >= 0; --i) {
            const TextRange &other = mentions.at(i).place.range;
            if (other.overlaps(range) && other.begin >= range.begin && other.end <= range.end)
                mentions.remove(i);
        }
        if (overlaps(range))
            return;
        Mention mention;
        mention.text = textIndex;
        mention.place.range = range;
        mention.place.text = name;
        mention.place.division = division;
        mention.place.zone = texts.at(textIndex).zone;
        mentions.append(mention);
    };
    const auto findAll = [&](const QString &name, int division, bool shortForm) {
        int found = 0;
        for (int t = 0; t < texts.size(); ++t) {
            const QString &text = texts.at(t).text;
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + int(name.size()))) {
                const int end = at + int(name.size());
                if (shortForm && GazetteerMatcher::isFollowedByOtherName(QStringView(text).mid(end)))
                    continue;
                addMention(t, {texts.at(t).offset + at, texts.at(t).offset + end}, name, division);
                ++found;
            }
        }
        return found;
    };
    for (int parent : qAsConst(parents)) {
        const QVector<int> streets = m_gazetteer.streetsOf(parent);
        for (int street : streets) {
            const QString &name = m_gazetteer.division(street).name;
            // Two-character streets ("张镇") are too easily part of a word.
            if (name.size() < 3 || findAll(name, street, false) == 0)
                continue;
            // Once the full name is in the article, its short form is that street.
            const auto forms = GazetteerShortForms::derive(name, DivisionLevel::Street);
            for (const GazetteerShortForms::ShortForm &form : forms) {
                if (!m_gazetteer.isCommonWord(form.name))
                    findAll(form.name, street, true);
            }
        }
    }
}

QVector<PlaceMention> EntityPlaceResolver::resolve(const QVector<EntityText> &texts) const
{
    QVector<Mention> mentions;
    const GazetteerMatcher matcher(m_gazetteer);
    for (int t = 0; t < texts.size(); ++t) {
        const QVector<GazetteerMatch> matches = matcher.find(texts.at(t).text, texts.at(t).offset);
        for (const GazetteerMatch &match : matches) {
            Mention mention;
            mention.text = t;
            mention.place.range = match.range;
            mention.place.text = match.text;
            mention.place.zone = texts.at(t).zone;
            mention.entries = match.candidates;
            const int local = match.range.begin - texts.at(t).offset;
            const bool afterPlace = !mentions.isEmpty() && mentions.constLast().text == t
                                    && mentions.constLast().place.range.end == match.range.begin;
            const bool setOff = isSetOff(texts.at(t).text, local, afterPlace);
            for (const NameEntry &entry : match.candidates)
                mention.strengths.append(strength(match.text, entry, setOff));
            if (mention.entries.size() == 1 && mention.strengths.first() >= StrongEnough)
                mention.place.division = mention.entries.first().division;
            mentions.append(mention);
        }
    }

    for (;;) {
        if (resolveByContext(mentions))
            continue;
        if (!resolveByStrength(mentions))
            break;
    }

    // Keep what is resolved, and names that are places for sure but which
    // one is unclear (strong candidates only); drop weak names left alone.
    QVector<Mention> kept;
    for (Mention &mention : mentions) {
        if (!mention.place.isResolved()) {
            for (int k = 0; k < mention.entries.size(); ++k) {
                if (mention.strengths.at(k) >= StrongEnough)
                    mention.place.candidates.append(mention.entries.at(k).division);
            }
            if (mention.place.candidates.size() < 2)
                continue;
            // A strong reading exists but a weak one may be meant: keep all.
            mention.place.candidates.clear();
            for (const NameEntry &entry : qAsConst(mention.entries))
                mention.place.candidates.append(entry.division);
        }
        kept.append(mention);
    }
    addStreets(kept, texts);

    std::sort(kept.begin(), kept.end(),
              [](const Mention &a, const Mention &b) { return a.place.range < b.place.range; });
    QVector<PlaceMention> places;
    places.reserve(kept.size());
    for (const Mention &mention : qAsConst(kept)) {
        places.append(mention.place);
        if (mention.place.isResolved())
            places.last().depth = int(m_gazetteer.ancestorsOf(mention.place.division).size());
    }
    return places;
}
