#pragma once

#include "checks/copywarning.h"
#include "warningentry.h"

#include <QString>
#include <QVector>

#include <functional>
#include <optional>

/// A stretch of text the reader underlines for a warning.
struct WarningUnderline
{
    /// In the coordinates asked for (the page's text, or a view's document).
    TextRange range;
    QString warningId;
    QString check;
    CheckSeverity severity = CheckSeverity::Warning;
    WarningState state = WarningState::Open;
    /// The tooltip: the message in the UI language.
    QString message;
};

/// Which warnings the reader underlines, and where.
///
/// Warnings are anchored to the page's decoded text. The page view's
/// document is that text one for one; the article view typesets it, so a
/// caller gives a mapping from page ranges to its document (or uses
/// mapByQuote). Rejected warnings are not underlined: the editor said they
/// are false alarms.
class WarningUnderlines
{
public:
    using RangeMapper = std::function<std::optional<TextRange>(const CopyWarning &warning)>;
    using StateLookup = std::function<WarningState(const CopyWarning &warning)>;

    /// Underlines for `warnings` (all of one page), each of their ranges
    /// (a once-per-article summary underlines every place it counts).
    /// `map` may drop a warning by returning nullopt; empty `map`: page
    /// coordinates. `chinese` picks messageZh for the tooltip.
    static QVector<WarningUnderline> compute(const CopyWarnings &warnings, const StateLookup &state,
                                             const RangeMapper &map = RangeMapper(), bool chinese = false);

    /// Finds a warning in a text that is not the page's (the typeset
    /// article): its quote with its context when the context is there, the
    /// quote alone otherwise, searching from `hint` (e.g. where the
    /// paragraph starts). nullopt when the quote is not in `text`.
    static std::optional<TextRange> mapByQuote(const CopyWarning &warning, const QString &text, int hint = 0);
};
