#include "textdecoder.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <QVector>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

// Thread safety: decode() may run on several threads at once (the loader runs
// under QtConcurrent). Every ICU object (converter, detector) is opened and
// closed inside one call and nothing here is static and mutable; ICU's shared
// converter data is immutable and reference-counted by ICU itself.

namespace {

struct ConverterCloser
{
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

struct DetectorCloser
{
    void operator()(UCharsetDetector *detector) const { ucsdet_close(detector); }
};
using DetectorPtr = std::unique_ptr<UCharsetDetector, DetectorCloser>;

constexpr UChar ReplacementCharacter = 0xFFFD;

// The charset detector is linear but slow (about 5 MB/s, measured on the
// seeds); a page's encoding is evident from its first few hundred KiB, and
// this bounds the cost for files near LoadOptions::maxSizeBytes.
constexpr int MaxDetectionBytes = 256 * 1024;

// A mostly-UTF-8 file with a few damaged bytes is still UTF-8: ICU's detector
// rates such input at 25 and ranks Shift_JIS, Big5 or windows-1252 above it
// (measured on the seeds with two stray 0xFF bytes), which would turn the
// whole page into mojibake. Legacy CJK text read as UTF-8 has far more
// invalid than valid sequences, so one invalid sequence per 20 valid
// non-ASCII characters separates the two cases with a wide margin.
constexpr int MinValidPerInvalidUtf8 = 20;

struct Bom
{
    const char *encoding = nullptr; ///< ICU name of the converter for the bytes after the BOM
    int length = 0;
    bool wide = false; ///< UTF-16/32, whose text legitimately contains NUL bytes
};

Bom detectBom(const QByteArray &bytes)
{
    const auto startsWith = [&bytes](const char *prefix, int length) {
        return bytes.size() >= length && std::equal(prefix, prefix + length, bytes.constData());
    };
    // UTF-32LE before UTF-16LE: FF FE 00 00 starts both, and a UTF-16 text
    // beginning with U+0000 is far less likely than a UTF-32 one.
    if (startsWith("\xFF\xFE\x00\x00", 4))
        return {"UTF-32LE", 4, true};
    if (startsWith("\x00\x00\xFE\xFF", 4))
        return {"UTF-32BE", 4, true};
    if (startsWith("\xEF\xBB\xBF", 3))
        return {"UTF-8", 3, false};
    if (startsWith("\xFF\xFE", 2))
        return {"UTF-16LE", 2, true};
    if (startsWith("\xFE\xFF", 2))
        return {"UTF-16BE", 2, true};
    // U+FEFF encoded in GB18030; some Chinese tools write it like a BOM.
    if (startsWith("\x84\x31\x95\x33", 4))
        return {"GB18030", 4, false};
    return {};
}

/// Converter names are printable ASCII. Anything else is refused here:
/// ICU's name matching skips bytes it does not know ("utf-8é" would open
/// UTF-8), and ucnv_open() opens the *default* converter when the name is null.
QByteArray converterName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    for (const QChar c : trimmed) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7E)
            return {};
    }
    return trimmed.toLatin1();
}

ConverterPtr openConverter(const QByteArray &name)
{
    if (name.isEmpty())
        return {};
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(name.constData(), &status));
    // U_AMBIGUOUS_ALIAS_WARNING (e.g. "windows-950") still yields a usable converter.
    if (U_FAILURE(status))
        return {};
    return converter;
}

/// The name users know: MIME, else IANA, else ICU's internal name. ICU's
/// internal names are table ids such as "windows-950-2000" for Big5.
QString displayName(UConverter *converter)
{
    UErrorCode status = U_ZERO_ERROR;
    const char *internal = ucnv_getName(converter, &status);
    if (U_FAILURE(status) || !internal)
        return QString();
    for (const char *standard : {"MIME", "IANA"}) {
        UErrorCode standardStatus = U_ZERO_ERROR;
        const char *name = ucnv_getStandardName(internal, standard, &standardStatus);
        if (U_SUCCESS(standardStatus) && name)
            return QString::fromLatin1(name);
    }
    return QString::fromLatin1(internal);
}

QByteArray internalName(UConverter *converter)
{
    UErrorCode status = U_ZERO_ERROR;
    const char *name = ucnv_getName(converter, &status);
    return U_SUCCESS(status) && name ? QByteArray(name) : QByteArray();
}

/// What the to-Unicode callback learns while ICU converts.
struct InvalidTally
{
    const char *sourceBase = nullptr;  ///< start of the whole input, so offsets are file offsets
    const UChar *targetBase = nullptr; ///< start of the output buffer of the current ucnv_toUnicode call
    int count = 0;
    qint64 firstByte = -1;
    qint64 firstUnit = -1; ///< UTF-16 index in the output of the first U+FFFD we wrote
};

// Counts each invalid or unmappable sequence and writes U+FFFD for it. ICU's
// stock substitute callback writes U+001A for single-byte charsets and does
// not tell us where the damage was.
void countAndSubstitute(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits, int32_t length,
                        UConverterCallbackReason reason, UErrorCode *status)
{
    Q_UNUSED(codeUnits)
    // UCNV_RESET, UCNV_CLOSE and UCNV_CLONE are lifecycle notifications, not errors.
    if (reason != UCNV_UNASSIGNED && reason != UCNV_ILLEGAL && reason != UCNV_IRREGULAR)
        return;
    // Our own object, passed as non-const in convert(); ICU's API is const only.
    auto *tally = static_cast<InvalidTally *>(const_cast<void *>(context));
    if (tally->count == 0) {
        // The whole input is handed to ICU in one piece, so `source` points
        // into it, just past the offending bytes (ICU backs up over bytes it
        // will reprocess, e.g. the ASCII byte after a truncated lead byte).
        tally->firstByte = qint64(args->source - tally->sourceBase) - length;
        tally->firstUnit = args->target - tally->targetBase;
    }
    ++tally->count;
    *status = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &ReplacementCharacter, 1, 0, status);
}

struct Conversion
{
    bool ok = false;
    QString text;
    InvalidTally tally;
};

/// Converts bytes[offset..] with ICU, counting invalid sequences.
Conversion convert(UConverter *converter, const QByteArray &bytes, int offset)
{
    Conversion result;
    result.tally.sourceBase = bytes.constData();

    UErrorCode status = U_ZERO_ERROR;
    ucnv_setToUCallBack(converter, countAndSubstitute, &result.tally, nullptr, nullptr, &status);
    if (U_FAILURE(status))
        return result;

    const char *source = bytes.constData() + offset;
    const char *const sourceLimit = bytes.constData() + bytes.size();
    // Nearly every charset yields at most one UTF-16 unit per byte; the loop
    // below grows the buffer for the rare mappings that yield more.
    QString text(bytes.size() - offset + 16, Qt::Uninitialized);
    int written = 0;
    for (;;) {
        auto *base = reinterpret_cast<UChar *>(text.data());
        UChar *target = base + written;
        result.tally.targetBase = base;
        status = U_ZERO_ERROR;
        ucnv_toUnicode(converter, &target, base + text.size(), &source, sourceLimit, nullptr, true, &status);
        written = int(target - base);
        if (status != U_BUFFER_OVERFLOW_ERROR)
            break;
        text.resize(text.size() * 2);
    }
    if (U_FAILURE(status))
        return result;
    text.resize(written);
    result.text = std::move(text);
    result.ok = true;
    return result;
}

/// Strict UTF-8 in one pass: decodes and counts ill-formed sequences
/// (overlongs, surrogates, truncations, stray bytes) as substitutions.
struct Utf8Check
{
    QString text;
    int substitutions = 0;
    int validNonAscii = 0;
};

Utf8Check checkUtf8(const QByteArray &bytes, int offset)
{
    Utf8Check check;
    const int length = bytes.size() - offset;
    // UTF-16 never needs more code units than UTF-8 needs bytes.
    QString text(length, Qt::Uninitialized);
    int32_t written = 0;
    int32_t substitutions = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8WithSub(reinterpret_cast<UChar *>(text.data()), text.size(), &written, bytes.constData() + offset,
                         length, ReplacementCharacter, &substitutions, &status);
    if (U_FAILURE(status)) {
        check.substitutions = std::max(1, length);
        return check;
    }
    text.resize(written);
    check.substitutions = substitutions;
    if (substitutions > 0) {
        const auto nonAscii = std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x80; });
        check.validNonAscii = int(nonAscii) - substitutions;
    }
    check.text = std::move(text);
    return check;
}

struct Candidate
{
    QByteArray name;
    int confidence = 0;
};

QVector<Candidate> detectCandidates(const QByteArray &bytes)
{
    QVector<Candidate> candidates;
    UErrorCode status = U_ZERO_ERROR;
    DetectorPtr detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return candidates;
    ucsdet_setText(detector.get(), bytes.constData(), std::min(bytes.size(), MaxDetectionBytes), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status) || !matches)
        return candidates;
    candidates.reserve(count);
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode matchStatus = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &matchStatus);
        const int confidence = ucsdet_getConfidence(matches[i], &matchStatus);
        if (U_FAILURE(matchStatus) || !name)
            continue;
        QByteArray canonical(name);
        // GBK and GB2312 are subsets of GB18030: decoding as GB18030 reads
        // them identically and also copes with the characters they lack.
        if (canonical.compare("GBK", Qt::CaseInsensitive) == 0 || canonical.compare("GB2312", Qt::CaseInsensitive) == 0)
            canonical = QByteArrayLiteral("GB18030");
        candidates.append({canonical, confidence});
    }
    return candidates;
}

bool isSingleByteCharset(const QByteArray &name)
{
    return name.startsWith("ISO-8859-") || name.startsWith("windows-125") || name.startsWith("KOI8")
           || name.startsWith("IBM42");
}

bool isChineseCharset(const QByteArray &name)
{
    return name == "GB18030" || name == "Big5";
}

bool isWideUnicode(const QByteArray &name)
{
    return name.startsWith("UTF-16") || name.startsWith("UTF-32");
}

/// Orders the detector's candidates by how we want to try them. The
/// measurements quoted are ICU 72's on GB18030 text.
QVector<Candidate> rankCandidates(QVector<Candidate> candidates, bool hasNulBytes)
{
    // Without a BOM the detector rates UTF-16/32 at 10 for any input, which
    // ties with (and, listed first, beats) GB18030 on a short page such as
    // a byline. Text in those encodings without a single NUL byte would need
    // to contain no ASCII at all, not even a line break.
    if (!hasNulBytes) {
        candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                        [](const Candidate &c) { return isWideUnicode(c.name); }),
                         candidates.end());
    }
    if (candidates.isEmpty())
        return candidates;

    // Our input is Chinese newspaper text. The detector's byte statistics
    // mistake short or mostly-English GB18030 pages for a single-byte
    // charset (ISO-8859-1 at 85-92 for an English paragraph with a Chinese
    // name in it, KOI8-R at 60 for a two-character title, GB18030 at 10),
    // and every byte sequence is "valid" in those charsets, so no decoding
    // error would ever reveal the mojibake. When the detector also reports
    // GB18030 or Big5, trust that over the single-byte guess; likewise on a
    // tie with another multi-byte guess (all candidates score 10 on a short
    // byline).
    const Candidate &best = candidates.first();
    const auto chinese = std::find_if(candidates.begin(), candidates.end(), [&best](const Candidate &c) {
        return isChineseCharset(c.name) && (isSingleByteCharset(best.name) || c.confidence == best.confidence);
    });
    if (chinese != candidates.end())
        std::rotate(candidates.begin(), chinese, chinese + 1);
    return candidates;
}

/// 1-based line of a UTF-16 index; CRLF, LF and CR each end a line.
int lineAt(const QString &text, qint64 index)
{
    int line = 1;
    const qint64 end = std::min<qint64>(index, text.size());
    for (qint64 i = 0; i < end; ++i) {
        const QChar c = text.at(int(i));
        if (c == QLatin1Char('\n')
            || (c == QLatin1Char('\r') && (i + 1 >= text.size() || text.at(int(i) + 1) != QLatin1Char('\n'))))
            ++line;
    }
    return line;
}

struct Decoding
{
    bool ok = false;
    DecodedText decoded;
    /// UTF-16 index of the first U+FFFD we wrote, -1 when none.
    qint64 firstInvalidUnit = -1;
};

void applyConversion(Decoding &decoding, Conversion &&conversion)
{
    decoding.decoded.text = std::move(conversion.text);
    decoding.decoded.invalidSequences = conversion.tally.count;
    decoding.decoded.firstInvalidByte = conversion.tally.firstByte;
    decoding.firstInvalidUnit = conversion.tally.firstUnit;
    decoding.ok = true;
}

/// UTF-8 with the fast strict path; falls back to ICU's converter (which
/// tells us where the damage is) only when the bytes are not well-formed.
Decoding decodeUtf8(const QByteArray &bytes, int offset, const Utf8Check *precomputed = nullptr)
{
    Decoding result;
    Utf8Check local;
    if (!precomputed) {
        local = checkUtf8(bytes, offset);
        precomputed = &local;
    }
    if (precomputed->substitutions == 0) {
        result.decoded.text = precomputed->text;
        result.ok = true;
        return result;
    }
    ConverterPtr converter = openConverter(QByteArrayLiteral("UTF-8"));
    if (!converter)
        return result;
    Conversion conversion = convert(converter.get(), bytes, offset);
    if (conversion.ok)
        applyConversion(result, std::move(conversion));
    return result;
}

Decoding decodeWith(UConverter *converter, const QByteArray &bytes, int offset)
{
    Decoding result;
    if (internalName(converter) == "UTF-8")
        return decodeUtf8(bytes, offset);
    Conversion conversion = convert(converter, bytes, offset);
    if (conversion.ok)
        applyConversion(result, std::move(conversion));
    return result;
}

} // namespace

Result<DecodedText> TextDecoder::decode(const QByteArray &bytes, const QString &forcedEncoding)
{
    const Bom bom = detectBom(bytes);
    Decoding decoding;

    if (!forcedEncoding.isEmpty()) {
        ConverterPtr converter = openConverter(converterName(forcedEncoding));
        if (!converter)
            return Error{
                ErrorCode::UnknownEncoding,
                tr("Unknown text encoding \"%1\": no converter of that name is available.").arg(forcedEncoding)};
        // Drop a BOM that matches the forced encoding: it is not text. ICU's
        // endianness-neutral "UTF-16"/"UTF-32" converters consume it themselves.
        int offset = 0;
        if (bom.encoding) {
            ConverterPtr bomConverter = openConverter(QByteArray(bom.encoding));
            if (bomConverter && internalName(bomConverter.get()) == internalName(converter.get()))
                offset = bom.length;
        }
        decoding = decodeWith(converter.get(), bytes, offset);
        decoding.decoded.encoding = displayName(converter.get());
        decoding.decoded.confidence = 100;
        decoding.decoded.forced = true;
        decoding.decoded.hadBom = offset > 0;
    } else if (bom.encoding) {
        ConverterPtr converter = openConverter(QByteArray(bom.encoding));
        if (converter)
            decoding = decodeWith(converter.get(), bytes, bom.length);
        decoding.decoded.encoding = QString::fromLatin1(bom.encoding);
        decoding.decoded.confidence = 100;
        decoding.decoded.hadBom = true;
    } else {
        const Utf8Check utf8 = checkUtf8(bytes, 0);
        if (utf8.substitutions == 0) {
            decoding = decodeUtf8(bytes, 0, &utf8);
            decoding.decoded.confidence = 100;
            decoding.decoded.encoding = QStringLiteral("UTF-8");
        } else if (utf8.validNonAscii >= MinValidPerInvalidUtf8 * utf8.substitutions) {
            decoding = decodeUtf8(bytes, 0, &utf8);
            decoding.decoded.encoding = QStringLiteral("UTF-8");
            // Not the detector's score (see MinValidPerInvalidUtf8) but the
            // share of well-formed non-ASCII characters, kept below the 100
            // reserved for clean input.
            decoding.decoded.confidence
                = std::min(99, int(100LL * utf8.validNonAscii / (utf8.validNonAscii + utf8.substitutions)));
        } else {
            const QVector<Candidate> candidates = rankCandidates(detectCandidates(bytes), bytes.contains('\0'));
            for (const Candidate &candidate : candidates) {
                // The detector knows a few charsets ICU cannot convert (e.g. IBM424_rtl).
                ConverterPtr converter = openConverter(candidate.name);
                if (!converter)
                    continue;
                decoding = decodeWith(converter.get(), bytes, 0);
                decoding.decoded.encoding = QString::fromLatin1(candidate.name);
                decoding.decoded.confidence = candidate.confidence;
                break;
            }
            if (!decoding.ok) {
                // Nothing recognisable: GB18030 decodes every byte sequence a
                // Chinese page plausibly contains and reports the rest as invalid.
                ConverterPtr converter = openConverter(QByteArrayLiteral("GB18030"));
                if (converter)
                    decoding = decodeWith(converter.get(), bytes, 0);
                decoding.decoded.encoding = QStringLiteral("GB18030");
                decoding.decoded.confidence = 0;
                decoding.decoded.warnings.append(
                    tr("The text encoding could not be detected; the page was read as GB18030."));
            }
        }
    }

    if (!decoding.ok)
        return Error{ErrorCode::DecodeFailed,
                     tr("The text could not be converted from %1.").arg(decoding.decoded.encoding)};

    DecodedText &decoded = decoding.decoded;
    if (decoded.invalidSequences > 0) {
        // The line comes from where the callback wrote its first U+FFFD:
        // searching the text could find a U+FFFD that was in the file.
        decoded.warnings.append(tr("%n invalid byte sequence(s) in %1 replaced by U+FFFD; the first is at byte "
                                   "offset %2 (line %3).",
                                   "", decoded.invalidSequences)
                                    .arg(decoded.encoding)
                                    .arg(decoded.firstInvalidByte)
                                    .arg(lineAt(decoded.text, decoding.firstInvalidUnit)));
    }
    return std::move(decoded);
}

bool TextDecoder::isKnownEncoding(const QString &name)
{
    return openConverter(converterName(name)) != nullptr;
}

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    // UTF-16/32 text is full of NUL bytes; its BOM says it is text.
    if (detectBom(bytes).wide)
        return false;
    if (std::memchr(bytes.constData(), 0, size_t(bytes.size())))
        return true;
    // Control bytes other than the usual layout ones are rare in pages: tab,
    // LF, VT, FF, CR, plus SUB (DOS end of file) and ESC (ISO-2022 escapes).
    // Counted through a table, without branches: this runs over every byte
    // of every imported file.
    static const auto isControl = [] {
        std::array<quint8, 256> table{};
        for (int c = 0; c < 0x20; ++c)
            table[size_t(c)] = !(c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == 0x1A || c == 0x1B);
        table[0x7F] = 1;
        return table;
    }();
    qint64 controls = 0;
    for (const char ch : bytes)
        controls += isControl[static_cast<unsigned char>(ch)];
    // One in ten leaves room for stray page breaks and terminal codes in a
    // real page while catching binary formats that happen to lack NULs.
    return controls * 10 > bytes.size();
}
