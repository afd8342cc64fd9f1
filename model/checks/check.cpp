#include "check.h"

namespace {

/// Replaces %1…%9 by the arguments in one pass. QString::arg would number
/// the placeholders present rather than use their digits, and would expand
/// a "%1" inside a quoted argument.
QString filled(const QString &text, const QStringList &arguments)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size()) {
            const int digit = text.at(i + 1).digitValue();
            if (digit >= 1 && digit <= arguments.size()) {
                out += arguments.at(digit - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

CopyWarning Check::warningAt(const CheckUnit &unit, int from, int to, const CheckMessage &message,
                             const QStringList &arguments, const QString &suggestion) const
{
    return warningAt(unit.sourceRange(from, to), unit.place, message, arguments, suggestion);
}

CopyWarning Check::warningAt(const TextRange &range, TextPlace place, const CheckMessage &message,
                             const QStringList &arguments, const QString &suggestion) const
{
    const CheckDefinition definition = this->definition();
    CopyWarning warning;
    warning.check = definition.id;
    warning.severity = definition.severity;
    warning.category = definition.category;
    warning.errorClass = definition.errorClass;
    warning.range = range;
    warning.place = place;
    warning.suggestion = suggestion;
    warning.message = filled(QCoreApplication::translate("CopyChecks", message.en), arguments);
    warning.messageZh = filled(QString::fromUtf8(message.zh), arguments);
    return warning;
}
