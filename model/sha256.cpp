#include "sha256.h"

#include <openssl/sha.h>

namespace Sha256 {

QByteArray hash(const QByteArray &bytes)
{
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    // The one-shot SHA256() is not deprecated in OpenSSL 3 and is
    // reentrant: it keeps its context on the stack.
    SHA256(reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()),
           reinterpret_cast<unsigned char *>(digest.data()));
    return digest;
}

} // namespace Sha256
