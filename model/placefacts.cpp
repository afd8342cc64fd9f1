#include "placefacts.h"

#include "gazetteer.h"
#include "gazetteershortforms.h"

#include <QSet>

namespace PlaceFacts {

QStringList names(const ArticleEntities &entities, const Gazetteer &gazetteer)
{
    QStringList out;
    QSet<int> seen;
    const auto addDivision = [&](int index) {
        if (index < 0 || index >= gazetteer.divisions().size() || seen.contains(index))
            return;
        seen.insert(index);
        const Division &division = gazetteer.division(index);
        out << division.name << division.code;
        for (const GazetteerShortForms::ShortForm &form : GazetteerShortForms::derive(division.name, division.level))
            out << form.name;
    };
    for (const PlaceMention &place : entities.places) {
        if (!place.isResolved())
            continue;
        addDivision(place.division);
        for (const int ancestor : gazetteer.ancestorsOf(place.division))
            addDivision(ancestor);
    }
    out.removeDuplicates();
    return out;
}

} // namespace PlaceFacts
