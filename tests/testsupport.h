#pragma once

#include "result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

#include <utility>

class ProjectSession;

// Fixtures shared by the test suites: where the seed pages are, and how to
// produce variants of them (other encodings, other scripts). Data is found
// through compile definitions, never through the working directory.

/// The directory of the seed pages (YUEGAO_SEEDS_DIR).
QString seedsDir();

/// Absolute paths of the seed pages (*.txt in seedsDir()), sorted by name.
QStringList seedPaths();

/// The bytes of a file; an empty array (and a warning) when it cannot be read.
QByteArray readFile(const QString &path);

/// `text` converted by ICU to the charset `icuEncodingName` ("GB18030",
/// "Big5", "UTF-16LE", …). With `withBom`, U+FEFF is encoded in front; use
/// the explicit-endian UTF-16/32 names for that, since ICU's plain "UTF-16"
/// writes a BOM of its own. Characters the charset cannot represent are not
/// substituted: the result is then a null QByteArray and a warning names the
/// first such character (see representableIn()).
QByteArray encodeWithIcu(const QString &text, const char *icuEncodingName, bool withBom = false);

/// `text` without the characters that do not round-trip through the charset
/// `icuEncodingName` (e.g. simplified characters missing from Big5).
QString representableIn(const QString &text, const char *icuEncodingName);

/// `text` converted to Traditional Chinese with ICU's "Simplified-Traditional"
/// transliterator, e.g. to build Big5 variants of the (simplified) seeds.
/// Note: uses ICU's i18n library.
QString toTraditionalChinese(const QString &text);

/// ICU's charset detector's raw ranking of `bytes`, best first, as (name,
/// confidence): lets a test check the premise of a detection rule, i.e.
/// that the detector alone would get the input wrong. Uses ICU's i18n library.
QVector<std::pair<QString, int>> icuDetectorMatches(const QByteArray &bytes);

/// Waits (the event loop running) until the project `session` is opening
/// in the background (ProjectSession::beginOpen, MainWindow::openProject)
/// is shown: whether it opened. True at once when nothing is opening and a
/// project is open.
bool waitUntilOpened(ProjectSession *session, int timeoutMs = 20000);

/// Empty when the strings are equal; otherwise where they first differ and
/// the code points there, so a failing comparison of whole pages is readable.
QString firstDifference(const QString &actual, const QString &expected);

/// A connection of the test's own to a project file, as another program
/// would hold it (to build an old project, damage one, lock one or look
/// inside): opened under a name of its own, closed and removed when it
/// goes, so no test repeats Qt SQL's add-open-remove dance.
class ProjectFileConnection
{
public:
    explicit ProjectFileConnection(const QString &path);
    ~ProjectFileConnection();
    Q_DISABLE_COPY_MOVE(ProjectFileConnection)

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

/// Runs `sql` with `values` bound on a connection of its own to `path`:
/// whether it succeeded.
bool execOn(const QString &path, const QString &sql, const QVariantList &values = QVariantList());

/// The enumerator's name, so QCOMPARE on ErrorCode prints something useful
/// (found by argument-dependent lookup; the caller owns the result).
char *toString(ErrorCode code);
