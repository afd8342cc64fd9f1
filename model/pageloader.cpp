#include "pageloader.h"

#include "sha256.h"
#include "textdecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <limits>

// Thread safety: both functions only touch their arguments and locals;
// TextDecoder opens its ICU objects per call.

namespace {

/// How messages name the file: as the caller gave it, with the platform's separators.
QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// The caller's limit, capped at what fits in memory as QByteArray and then
/// QString: Qt 5 containers hold less than 2 GiB, and the UTF-16 text can
/// be twice the size of the bytes.
qint64 sizeLimit(const LoadOptions &options)
{
    return std::min<qint64>(options.maxSizeBytes, std::numeric_limits<int>::max() / 4);
}

Error tooLarge(const QString &path, qint64 size, qint64 limit)
{
    return Error{ErrorCode::TooLarge, PageLoader::tr("%1: file too large for a page (%2 bytes; the limit is %3 bytes)")
                                          .arg(shownPath(path))
                                          .arg(size)
                                          .arg(limit)};
}

bool isBlank(const QString &text)
{
    // QChar::isSpace covers U+3000, the ideographic space of Chinese layouts.
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

} // namespace

Result<DecodedPage> PageLoader::load(const QString &path, const LoadOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorCode::NotFound, tr("%1: no such file").arg(shownPath(path))};
    if (info.isDir())
        return Error{ErrorCode::NotAFile, tr("%1: is a directory, not a page file").arg(shownPath(path))};
    // Devices, FIFOs and sockets: reading them may block or never end.
    if (!info.isFile())
        return Error{ErrorCode::NotAFile, tr("%1: not a regular file").arg(shownPath(path))};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Unreadable, tr("%1: cannot be read (%2)").arg(shownPath(path), file.errorString())};

    // Refuse by size before reading, so a huge file costs a stat, not its contents.
    const qint64 size = file.size();
    const qint64 limit = sizeLimit(options);
    if (size > limit)
        return tooLarge(path, size, limit);

    // Read in chunks up to one byte past the limit: the file may have grown
    // since its size was taken, and QIODevice::read(qint64) would allocate
    // the whole limit up front.
    QByteArray bytes;
    bytes.reserve(int(size));
    char chunk[64 * 1024];
    for (;;) {
        const qint64 wanted = std::min<qint64>(sizeof chunk, limit + 1 - bytes.size());
        if (wanted <= 0)
            break;
        const qint64 got = file.read(chunk, wanted);
        if (got < 0)
            return Error{ErrorCode::Unreadable, tr("%1: cannot be read (%2)").arg(shownPath(path), file.errorString())};
        if (got == 0)
            break;
        bytes.append(chunk, int(got));
    }
    if (bytes.size() > limit)
        return tooLarge(path, bytes.size(), limit);

    return fromBytes(path, bytes, options);
}

Result<DecodedPage> PageLoader::fromBytes(const QString &path, const QByteArray &bytes, const LoadOptions &options)
{
    const qint64 limit = sizeLimit(options);
    if (bytes.size() > limit)
        return tooLarge(path, bytes.size(), limit);
    if (bytes.isEmpty())
        return Error{ErrorCode::Empty, tr("%1: the file is empty").arg(shownPath(path))};
    if (TextDecoder::looksBinary(bytes)) {
        // looksBinary() refuses any NUL outside UTF-16/32, so a NUL, when
        // present, is the reason to report.
        const int nul = bytes.indexOf('\0');
        const QString reason = nul >= 0 ? tr("NUL bytes at offset %1").arg(nul) : tr("too many control characters");
        return Error{ErrorCode::Binary, tr("%1: not a text page (binary data: %2)").arg(shownPath(path), reason)};
    }

    Result<DecodedText> decoded = TextDecoder::decode(bytes, options.forcedEncoding);
    if (!decoded)
        return Error{decoded.error().code, tr("%1: %2").arg(shownPath(path), decoded.error().message)};
    if (isBlank(decoded->text))
        return Error{ErrorCode::Empty, tr("%1: the file contains only white space").arg(shownPath(path))};

    DecodedPage page;
    page.path = path;
    page.sizeBytes = bytes.size();
    page.sha256 = Sha256::hash(bytes).toHex();
    page.decoded = std::move(decoded).value();
    return page;
}
