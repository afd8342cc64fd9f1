#pragma once

#include "pageloader.h"
#include "result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

/// The options every verb that reads page files takes: --encoding NAME
/// overrides charset detection, --max-size SIZE the size limit. One place
/// so that segment, check and search read them alike.
class LoadOptionsParser
{
    Q_DECLARE_TR_FUNCTIONS(LoadOptionsParser)

public:
    /// Adds the two options to `parser`, which must outlive this object.
    explicit LoadOptionsParser(QCommandLineParser &parser);

    /// The options the user gave; an unknown encoding or a malformed size
    /// is an error whose message starts with "yuegao VERB:" (a usage error).
    Result<LoadOptions> read(const QString &verb) const;

private:
    QCommandLineParser &m_parser;
    QCommandLineOption m_encoding;
    QCommandLineOption m_maxSize;
};

/// Parses "64M", "512K", "1G" or a plain number of bytes; -1 when invalid.
qint64 parseByteSize(const QString &text);
