#pragma once

#include "decodedpage.h"
#include "result.h"

#include <QCoreApplication>

/// Decodes the bytes of a page into text.
///
/// Order of business: a BOM decides; otherwise strict UTF-8 validation
/// (hundreds of times faster than charset detection, and right for most
/// files); otherwise ICU's charset detector picks among UTF-16, GB18030 and
/// Big5 (GBK and GB2312 are subsets of GB18030). Conversion is done by ICU;
/// invalid sequences become U+FFFD and are counted.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    /// `forcedEncoding` (any name ICU knows, e.g. "GBK", "big5") overrides
    /// detection; an unknown name is an ErrorCode::UnknownEncoding error.
    static Result<DecodedText> decode(const QByteArray &bytes, const QString &forcedEncoding = QString());

    /// True when ICU has a converter of that name.
    static bool isKnownEncoding(const QString &name);

    /// Heuristic used by the loader: NUL bytes (outside UTF-16/32 with a
    /// BOM) or mostly control bytes mean the file is not a text page.
    static bool looksBinary(const QByteArray &bytes);
};
