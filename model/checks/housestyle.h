#pragma once

#include "check.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QVector>

/// A newsroom's word list: words to replace, forbid or use with care, and
/// Latin terms that are not "stray English". Plain UTF-8, one entry a line:
///
///     # comment (a line, or the rest of a line after " #")
///     其它 => 其他          # preferred form: replace the left by the right
///     ! 残废人 => 残疾人    # forbidden (a replacement is optional)
///     ? 截止 => 截至        # use with care: look at the context
///     = app                 # a term the Latin-word check accepts
///
/// Blank lines are ignored; whitespace around words and "=>" does not
/// matter. The default list ships in resources/housestyle/default.txt; the
/// editor can load an edited copy from any path.
class HouseStyle
{
    Q_DECLARE_TR_FUNCTIONS(HouseStyle)

public:
    enum class Kind {
        Preferred,
        Forbidden,
        Caution,
    };

    struct Entry
    {
        Kind kind = Kind::Preferred;
        QString word;
        QString replacement;
        QString reason;
        int line = 0;
    };

    /// Parses a list; errors name the line.
    static Result<HouseStyle> parse(const QString &text);
    static Result<HouseStyle> load(const QString &path);
    /// The shipped default (resources/housestyle/default.txt).
    static HouseStyle defaults();
    /// Its text, as the settings show it for editing.
    static QString defaultText();
    /// Where the newsroom's own list is kept (the user's data directory):
    /// plain UTF-8, edited in the settings or by hand.
    static QString userListPath();
    /// The newsroom's list when there is one that parses, else the default.
    static HouseStyle current();

    const QVector<Entry> &entries() const { return m_entries; }
    const QSet<QString> &allowedTerms() const { return m_allowedTerms; }
    /// A hash of everything the checks take from the list (words, kinds,
    /// replacements, reasons, allowed terms; not line numbers): equal
    /// exactly when the checks find the same with either list.
    QByteArray fingerprint() const;

private:
    QVector<Entry> m_entries;
    QSet<QString> m_allowedTerms;
};

/// housestyle.preferred / housestyle.forbidden / housestyle.caution: the
/// words of a HouseStyle of one kind found in an article.
class HouseStyleCheck final : public Check
{
public:
    HouseStyleCheck(HouseStyle::Kind kind, const HouseStyle &style);
    CheckDefinition definition() const override;
    CopyWarnings run(const ArticleText &text) const override;

private:
    HouseStyle::Kind m_kind;
    QVector<HouseStyle::Entry> m_entries;
};
