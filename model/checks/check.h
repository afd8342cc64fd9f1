#pragma once

#include "articletext.h"
#include "copywarning.h"

#include <QCoreApplication>
#include <QString>

/// What a check is, independent of any text: shown in settings and docks,
/// and copied into every warning the check makes.
struct CheckDefinition
{
    /// Stable id, "category.name"; used in filters (`warning:ID`), JSON and
    /// stored decisions, so never renamed.
    QString id;
    CheckSeverity severity = CheckSeverity::Warning;
    CheckCategory category = CheckCategory::Punctuation;
    ErrorClass errorClass = ErrorClass::Ordinary;
    /// Short name, English source text (translated with translatedTitle()).
    const char *title = "";
    /// Short name in Chinese.
    QString titleZh;

    QString translatedTitle() const { return QCoreApplication::translate("CopyChecks", title); }
};

/// A one-line explanation in both UI languages. `en` is the source text of
/// a translation (mark it QT_TRANSLATE_NOOP("CopyChecks", …)); `zh` is the
/// Chinese line, UTF-8. Both may contain %1, %2 … placeholders.
struct CheckMessage
{
    const char *en;
    const char *zh;
};

/// One copy check: looks at one article and reports what a copy editor
/// would circle. Checks are stateless after construction and `run` is
/// const, so one instance serves every thread.
class Check
{
public:
    virtual ~Check() = default;

    virtual CheckDefinition definition() const = 0;
    /// The warnings for one article. Checks fill check, range(s), message,
    /// suggestion and place; CopyChecker fills the rest (quote, context, id).
    virtual CopyWarnings run(const ArticleText &text) const = 0;

protected:
    /// A warning of this check on `unit`'s characters [from, to).
    CopyWarning warningAt(const CheckUnit &unit, int from, int to, const CheckMessage &message,
                          const QStringList &arguments = {}, const QString &suggestion = QString()) const;
    /// A warning on a range of the page.
    CopyWarning warningAt(const TextRange &range, TextPlace place, const CheckMessage &message,
                          const QStringList &arguments = {}, const QString &suggestion = QString()) const;
};
