#pragma once

#include <QByteArray>

/// SHA-256 of a page's bytes, the revision id of every imported file.
///
/// OpenSSL's libcrypto rather than QCryptographicHash: Qt's portable code
/// ran at about 250 MB/s and was the largest single cost of an import, while
/// libcrypto picks the CPU's SHA instructions at run time (several times
/// faster). Thread-safe.
namespace Sha256 {

/// The digest, 32 bytes.
QByteArray hash(const QByteArray &bytes);

} // namespace Sha256
