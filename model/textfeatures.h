#pragma once

#include <QString>
#include <QStringList>

#include <optional>

/// Text tests the classifier is built from. Each looks at one block's text
/// only; context (what comes before and after) is the classifier's job.
/// They describe the conventions of Chinese newspaper copy, not any page.
namespace TextFeatures {

/// Ends with sentence-final punctuation (。！？；… possibly inside closing
/// quotes or brackets): the paragraph is complete.
bool endsSentence(const QString &text);

/// Could be a headline, kicker or section heading: short, no sentence
/// punctuation, does not end in a comma or enumeration mark.
bool isHeadingLike(const QString &text);

/// "一、…", "（二）…": the section number (1-based), if the text starts with one.
std::optional<int> sectionNumber(const QString &text);

/// Value of a Chinese numeral such as "十二" (1–99), or 0.
int chineseNumeralValue(const QString &numeral);

/// A bare place or organisation name ("山东省济南市", "某某市审计局"), the
/// usual kicker above a headline.
bool isPlaceOrOrganisationName(const QString &text);

/// A headline that is complete on one line: "地名：标题" or two phrases
/// set apart by a space ("创出一条路 蝶变一座城").
bool isSelfContainedTitle(const QString &text);

/// The names of a byline line ("吕正楷 韩学英", "◎ 闫梦隆", "本报记者 张三"),
/// or nothing. `explicitMarker` is set when the line carries a byline
/// marker (◎, 记者, 文/) that makes it certain without context.
std::optional<QStringList> bylineNames(const QString &text, bool *explicitMarker = nullptr);

/// "——北京市顺义区…侧记": a subtitle line (not an editor's signature).
bool isSubtitle(const QString &text);

/// "——编  者", "——编者": the signature closing an editor's note.
bool isEditorNoteSignature(const QString &text);

/// A paragraph that opens with "编者按".
bool startsEditorNote(const QString &text);

/// "(据《人民日报》)" as a whole: the source's name ("人民日报").
std::optional<QString> sourceNote(const QString &text);

/// Length of a source note that ends `text` after a complete sentence
/// ("…前列。（据《人民日报》）"), or 0.
int trailingSourceNoteLength(const QString &text);

struct ContinuationMark
{
    bool fromElsewhere = false;  ///< "上接": the article began on another page
    QString page;                ///< "B1版"
};
/// "(上接B1版)", "（下转第3版）".
std::optional<ContinuationMark> continuationMark(const QString &text);

/// "本报讯(李道彬)…": the reporters named in the brief's lead.
std::optional<QStringList> briefLeadNames(const QString &text);

/// A photo caption: ends with a photographer's credit ("… 陈福平摄").
/// Returns the photographers.
std::optional<QStringList> captionCredit(const QString &text);

/// The distinctive parts of a place name that a text about the place
/// repeats: "山东省济南市" → 山东, 济南; "青海省乌兰县：…" → 青海, 乌兰.
/// Taken from a kicker, or from the place that opens a headline.
QStringList placeCores(const QString &kicker, const QString &title);

/// The text with every space removed: layouts insert spaces differently.
QString withoutSpaces(const QString &text);

/// What separates the names of a byline or a credit: white space as PCRE
/// reads it with Unicode properties (QChar::isSpace and U+180E), 、，,/／.
bool isNameSeparator(QChar c);

/// The runs of `text` between name separators (what splitting on the
/// regular expression "[\\s\\x{3000}、，,/／]+" with Unicode properties and
/// Qt::SkipEmptyParts gives).
QStringList splitOnNameSeparators(const QString &text);

} // namespace TextFeatures
