#pragma once

#include "decodedpage.h"
#include "result.h"

#include <QCoreApplication>

struct LoadOptions
{
    /// Files larger than this are refused: a page dump is tens of KiB; a
    /// file of many MiB is almost certainly not one.
    qint64 maxSizeBytes = 64LL * 1024 * 1024;
    /// Overrides charset detection when not empty.
    QString forcedEncoding;
};

/// Reads one page file and decodes it, refusing what is not a page:
/// missing paths, directories, unreadable, empty, too large or binary files.
/// Thread-safe: loads run in parallel off the GUI thread.
class PageLoader
{
    Q_DECLARE_TR_FUNCTIONS(PageLoader)

public:
    static Result<DecodedPage> load(const QString &path, const LoadOptions &options = LoadOptions());
    static Result<DecodedPage> fromBytes(const QString &path, const QByteArray &bytes,
                                         const LoadOptions &options = LoadOptions());
};
