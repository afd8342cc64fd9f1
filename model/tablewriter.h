#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;

/// Writes a flat table model (its header and DisplayRole text) as CSV or
/// HTML: the error-rate report's export, which chief editors open in Excel
/// or paste into Word.
class TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(TableWriter)

public:
    enum class Format { Csv, Html };

    /// RFC 4180 CSV: fields quoted when needed, CRLF line ends, a UTF-8
    /// BOM so Excel reads the Chinese.
    static QString toCsv(const QAbstractItemModel &model);
    /// A standalone UTF-8 HTML page with one table, `title` as heading and
    /// `note` (plain text) under it.
    static QString toHtml(const QAbstractItemModel &model, const QString &title, const QString &note = QString());

    /// Writes the table to `path` (atomically: QSaveFile).
    static Result<bool> write(const QAbstractItemModel &model, Format format, const QString &path,
                              const QString &title = QString(), const QString &note = QString());
    /// The format a file name asks for (".htm"/".html" → HTML, else CSV).
    static Format formatForPath(const QString &path);
};
