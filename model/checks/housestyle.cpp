#include "housestyle.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QStandardPaths>

#include <QFile>

static void initHouseStyleResources()
{
    // The default list lives in a static library's resources, which the
    // linker drops unless something refers to them.
    Q_INIT_RESOURCE(housestyle);
}

Result<HouseStyle> HouseStyle::parse(const QString &text)
{
    HouseStyle style;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        QString reason;
        if (line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const int comment = line.indexOf(QStringLiteral(" #"));
        if (comment >= 0) {
            reason = line.mid(comment + 2).trimmed();
            line = line.left(comment);
        }
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        Entry entry;
        entry.line = n + 1;
        entry.reason = reason;
        const QChar marker = line.at(0);
        if (marker == QLatin1Char('=') && !line.startsWith(QStringLiteral("=>"))) {
            const QString term = line.mid(1).trimmed();
            if (term.isEmpty())
                return Error{ErrorCode::Other, tr("Line %1: \"=\" needs a term").arg(n + 1)};
            style.m_allowedTerms.insert(term);
            continue;
        }
        if (marker == QLatin1Char('!') || marker == QLatin1Char('?')) {
            entry.kind = marker == QLatin1Char('!') ? Kind::Forbidden : Kind::Caution;
            line = line.mid(1).trimmed();
        }
        const int arrow = line.indexOf(QStringLiteral("=>"));
        entry.word = (arrow >= 0 ? line.left(arrow) : line).trimmed();
        entry.replacement = arrow >= 0 ? line.mid(arrow + 2).trimmed() : QString();
        if (entry.word.isEmpty())
            return Error{ErrorCode::Other, tr("Line %1: no word before \"=>\"").arg(n + 1)};
        if (entry.kind == Kind::Preferred && entry.replacement.isEmpty())
            return Error{
                ErrorCode::Other,
                tr("Line %1: \"%2\" needs \"=> preferred form\", or a leading ! (forbidden) or ? (use with care)")
                    .arg(n + 1)
                    .arg(entry.word)};
        style.m_entries.append(entry);
    }
    return style;
}

Result<HouseStyle> HouseStyle::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error{ErrorCode::NotFound, tr("%1: no such file").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Unreadable, tr("%1: %2").arg(path, file.errorString())};
    Result<HouseStyle> parsed = parse(QString::fromUtf8(file.readAll()));
    if (!parsed)
        return Error{parsed.error().code, tr("%1: %2").arg(path, parsed.error().message)};
    return parsed;
}

QString HouseStyle::defaultText()
{
    initHouseStyleResources();
    QFile file(QStringLiteral(":/housestyle/default.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QString HouseStyle::userListPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/housestyle.txt");
}

QByteArray HouseStyle::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QString &text) {
        hash.addData(text.toUtf8());
        hash.addData("\x1f", 1);
    };
    for (const Entry &entry : m_entries) {
        add(QString::number(int(entry.kind)));
        add(entry.word);
        add(entry.replacement);
        add(entry.reason);
    }
    QStringList allowed(m_allowedTerms.cbegin(), m_allowedTerms.cend());
    allowed.sort(); // a QSet's order is not the list's
    hash.addData("\x1e", 1);
    for (const QString &term : std::as_const(allowed))
        add(term);
    return hash.result();
}

HouseStyle HouseStyle::current()
{
    if (QFileInfo::exists(userListPath())) {
        Result<HouseStyle> own = load(userListPath());
        // A list that no longer parses must not silence the checks: the
        // settings refuse to save one, so this is a hand edit gone wrong.
        if (own)
            return std::move(own).value();
    }
    return defaults();
}

HouseStyle HouseStyle::defaults()
{
    initHouseStyleResources();
    Result<HouseStyle> parsed = load(QStringLiteral(":/housestyle/default.txt"));
    // The shipped list is tested; an empty style is the safe fallback.
    return parsed ? std::move(parsed).value() : HouseStyle();
}

// ---------------------------------------------------------------------------

HouseStyleCheck::HouseStyleCheck(HouseStyle::Kind kind, const HouseStyle &style)
    : m_kind(kind)
{
    for (const HouseStyle::Entry &entry : style.entries()) {
        if (entry.kind == kind)
            m_entries.append(entry);
    }
}

CheckDefinition HouseStyleCheck::definition() const
{
    switch (m_kind) {
    case HouseStyle::Kind::Preferred:
        return {QStringLiteral("housestyle.preferred"),
                CheckSeverity::Warning,
                CheckCategory::HouseStyle,
                ErrorClass::Ordinary,
                QT_TRANSLATE_NOOP("CopyChecks", "Non-preferred word form"),
                QStringLiteral("非推荐词形")};
    case HouseStyle::Kind::Forbidden:
        return {QStringLiteral("housestyle.forbidden"),
                CheckSeverity::Error,
                CheckCategory::HouseStyle,
                ErrorClass::Ordinary,
                QT_TRANSLATE_NOOP("CopyChecks", "Forbidden word"),
                QStringLiteral("禁用词")};
    case HouseStyle::Kind::Caution:
        break;
    }
    return {QStringLiteral("housestyle.caution"),
            CheckSeverity::Info,
            CheckCategory::HouseStyle,
            ErrorClass::Ordinary,
            QT_TRANSLATE_NOOP("CopyChecks", "Word to use with care"),
            QStringLiteral("慎用词")};
}

CopyWarnings HouseStyleCheck::run(const ArticleText &text) const
{
    static const CheckMessage preferred{QT_TRANSLATE_NOOP("CopyChecks", "House style prefers “%2” to “%1”%3"),
                                        "按本报用字规范，“%1”应作“%2”%3"};
    static const CheckMessage forbidden{QT_TRANSLATE_NOOP("CopyChecks", "“%1” is on the forbidden list%3"),
                                        "“%1”属禁用词%3"};
    static const CheckMessage caution{QT_TRANSLATE_NOOP("CopyChecks", "“%1” is to be used with care%3"),
                                      "“%1”属慎用词，请核实语境%3"};
    const CheckMessage &message = m_kind == HouseStyle::Kind::Preferred   ? preferred
                                  : m_kind == HouseStyle::Kind::Forbidden ? forbidden
                                                                          : caution;
    CopyWarnings warnings;
    for (const CheckUnit &unit : text.units()) {
        for (const HouseStyle::Entry &entry : m_entries) {
            int from = 0;
            while ((from = unit.text.indexOf(entry.word, from)) >= 0) {
                const QString reason
                    = entry.reason.isEmpty() ? QString() : QStringLiteral(" (") + entry.reason + QLatin1Char(')');
                CopyWarning warning = warningAt(unit, from, from + int(entry.word.size()), message,
                                                {entry.word, entry.replacement, reason}, entry.replacement);
                warnings.append(warning);
                from += int(entry.word.size());
            }
        }
    }
    return warnings;
}
