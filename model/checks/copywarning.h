#pragma once

#include "textrange.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

/// How serious a finding is. Errors are almost always wrong in print;
/// warnings usually are; infos are worth a look.
enum class CheckSeverity {
    Error,
    Warning,
    Info,
};

/// "error", "warning", "info": the names used in JSON.
QString checkSeverityName(CheckSeverity severity);

/// Which group of checks a check belongs to (for filters and docks).
enum class CheckCategory {
    Punctuation,
    Script,
    Numbers,
    Structure,
    Consistency,
    HouseStyle,
};

QString checkCategoryName(CheckCategory category);

/// How an accepted warning of a check counts in the 编校差错率 (see
/// ErrorRateReport): number usage that breaks GB/T 15835 counts 0.1 per
/// place, everything else as an ordinary error.
enum class ErrorClass {
    Ordinary,
    NumberUsage,
};

/// Where in an article a warning was found: errors in headlines (kicker,
/// title, subtitle) count double in the error rate.
enum class TextPlace {
    Headline,
    Body,
    Caption,
};

/// One finding of a copy check, anchored to the page's decoded text.
///
/// A warning carries its explanation in both UI languages; the GUI picks
/// one. Its `id` is stable: it is derived from the check, the quoted text
/// and the text around it (not from the article's index or the order of
/// checks), so an accept/reject decision stored against it re-attaches
/// after the page is segmented again; `prefix`/`suffix` let a store re-anchor
/// it like a W3C TextQuoteSelector when the text itself changed.
struct CopyWarning
{
    /// Stable id (hex); unique within a page.
    QString id;
    /// The check's id, e.g. "punctuation.halfwidth".
    QString check;
    CheckSeverity severity = CheckSeverity::Warning;
    CheckCategory category = CheckCategory::Punctuation;
    ErrorClass errorClass = ErrorClass::Ordinary;
    /// One line, English source text translated into the UI language (tr()).
    QString message;
    /// The same line in Chinese.
    QString messageZh;
    /// The range to underline (UTF-16 units of the decoded page).
    TextRange range;
    /// Every range the warning concerns when that is more than `range`
    /// (the places a once-per-article summary stands for, the sections of
    /// a reordering); empty when it is `range` alone, as for most warnings,
    /// which would each hold a list of one (about 47 MB at 1 GB).
    QVector<TextRange> ranges;
    /// How many errors the warning stands for when accepted: a summary of
    /// 12 half-width commas stands for 12, a reordering of sections for 1.
    int count = 1;
    /// The page's text in `range`.
    QString quote;
    /// What the quote should read instead; empty when there is no single
    /// correction (e.g. a cut paragraph).
    QString suggestion;
    /// Up to 16 characters before and after `range` within its paragraph,
    /// for re-anchoring.
    QString prefix;
    QString suffix;
    /// The article's id (Article::id); empty for page-level findings.
    QString articleId;
    TextPlace place = TextPlace::Body;

    /// The key under which repeats of the same error are capped in the
    /// error rate: the same check with the same quote is the same error.
    QString errorKey() const { return check + QLatin1Char('\x1f') + quote; }
    /// `ranges`, or `range` alone when it is empty.
    QVector<TextRange> allRanges() const { return ranges.isEmpty() ? QVector<TextRange>{range} : ranges; }
};

Q_DECLARE_TYPEINFO(CopyWarning, Q_MOVABLE_TYPE);

using CopyWarnings = QVector<CopyWarning>;
