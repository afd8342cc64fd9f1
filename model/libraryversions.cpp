#include "libraryversions.h"

#include <unicode/uchar.h>
#include <unicode/uversion.h>

namespace {

QString format(const UVersionInfo info)
{
    char text[U_MAX_VERSION_STRING_LENGTH] = {};
    u_versionToString(info, text);
    return QString::fromLatin1(text);
}

} // namespace

QString LibraryVersions::icu()
{
    UVersionInfo info;
    u_getVersion(info);
    return format(info);
}

QString LibraryVersions::unicode()
{
    UVersionInfo info;
    u_getUnicodeVersion(info);
    return format(info);
}
