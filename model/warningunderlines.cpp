#include "warningunderlines.h"

QVector<WarningUnderline> WarningUnderlines::compute(const CopyWarnings &warnings, const StateLookup &state,
                                                     const RangeMapper &map, bool chinese)
{
    QVector<WarningUnderline> out;
    for (const CopyWarning &warning : warnings) {
        const WarningState decided = state ? state(warning) : WarningState::Open;
        if (decided == WarningState::Rejected)
            continue;
        WarningUnderline underline;
        underline.warningId = warning.id;
        underline.check = warning.check;
        underline.severity = warning.severity;
        underline.state = decided;
        underline.message = chinese && !warning.messageZh.isEmpty() ? warning.messageZh : warning.message;
        if (map) {
            const std::optional<TextRange> mapped = map(warning);
            if (!mapped)
                continue;
            underline.range = *mapped;
            out.append(underline);
            continue;
        }
        const QVector<TextRange> ranges = warning.allRanges();
        for (const TextRange &range : ranges) {
            if (range.isEmpty())
                continue;
            underline.range = range;
            out.append(underline);
        }
    }
    return out;
}

std::optional<TextRange> WarningUnderlines::mapByQuote(const CopyWarning &warning, const QString &text, int hint)
{
    if (warning.quote.isEmpty())
        return std::nullopt;
    const QString withContext = warning.prefix + warning.quote + warning.suffix;
    int at = text.indexOf(withContext, hint);
    if (at < 0)
        at = text.indexOf(withContext);
    if (at >= 0) {
        const int begin = at + warning.prefix.size();
        return TextRange{begin, begin + int(warning.quote.size())};
    }
    // The typesetter may have dropped line breaks or context: the quote
    // alone, nearest after the hint.
    at = text.indexOf(warning.quote, hint);
    if (at < 0)
        at = text.indexOf(warning.quote);
    if (at < 0)
        return std::nullopt;
    return TextRange{at, at + int(warning.quote.size())};
}
