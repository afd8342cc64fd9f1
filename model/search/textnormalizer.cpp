#include "textnormalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

#include <memory>
#include <vector>

namespace {

constexpr char16_t Expanded = 0xFFFF; // the table entry says: look in the pool

/// The per-character table: most BMP characters map to one unit
/// (`single`); the few that expand or vanish map into `pool`.
struct Table
{
    std::vector<char16_t> single = std::vector<char16_t>(0x10000);
    std::vector<quint32> poolBegin = std::vector<quint32>(0x10000, 0);
    std::vector<quint16> poolLength = std::vector<quint16>(0x10000, 0);
    std::vector<char16_t> pool;

    void set(char16_t unit, const icu::UnicodeString &mapped)
    {
        if (mapped.length() == 1 && mapped.charAt(0) != Expanded) {
            single[unit] = mapped.charAt(0);
            return;
        }
        single[unit] = Expanded;
        poolBegin[unit] = quint32(pool.size());
        poolLength[unit] = quint16(mapped.length());
        for (int i = 0; i < mapped.length(); ++i)
            pool.push_back(mapped.charAt(i));
    }
};

icu::UnicodeString nfkcFolded(const icu::UnicodeString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfkc = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status))
        return text;
    icu::UnicodeString normalized = nfkc->normalize(text, status);
    if (U_FAILURE(status))
        return text;
    return normalized.foldCase(U_FOLD_CASE_DEFAULT);
}

bool isHanIdeograph(char16_t unit)
{
    return (unit >= 0x3400 && unit <= 0x4DBF) || (unit >= 0x4E00 && unit <= 0x9FFF);
}

std::unique_ptr<Table> buildTable()
{
    auto table = std::make_unique<Table>();
    for (uint c = 0; c < 0x10000; ++c) {
        const auto unit = char16_t(c);
        if (QChar::isSurrogate(c)) { // pairs are handled one by one, see appendNormalized
            table->single[unit] = unit;
            continue;
        }
        table->set(unit, nfkcFolded(icu::UnicodeString(UChar32(c))));
    }

    // Traditional → simplified for the ideographs, in one transliterator call
    // (one call per character would take seconds): each ideograph's mapping
    // on its own line, so no rule sees a neighbour.
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> toSimplified(
        icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !toSimplified)
        return table;
    std::vector<char16_t> ideographs;
    icu::UnicodeString batch;
    for (uint c = 0x3400; c <= 0x9FFF; ++c) {
        const auto unit = char16_t(c);
        if (!isHanIdeograph(unit) || table->single[unit] != unit)
            continue;
        ideographs.push_back(unit);
        batch.append(UChar(unit)).append(UChar(u'\n'));
    }
    toSimplified->transliterate(batch);
    int line = 0;
    int start = 0;
    for (int i = 0; i < batch.length() && line < int(ideographs.size()); ++i) {
        if (batch.charAt(i) != u'\n')
            continue;
        const icu::UnicodeString mapped(batch, start, i - start);
        if (mapped.length() == 1 && mapped.charAt(0) != ideographs[line])
            table->set(ideographs[line], nfkcFolded(mapped));
        ++line;
        start = i + 1;
    }
    // Compatibility ideographs (U+F900…) and radicals NFKC mapped to a
    // traditional character go on to its simplified form.
    for (uint c = 0; c < 0x10000; ++c) {
        const char16_t target = table->single[c];
        if (target != Expanded && target != char16_t(c) && isHanIdeograph(target)
            && table->single[target] != target && table->single[target] != Expanded)
            table->single[c] = table->single[target];
    }
    return table;
}

const Table &table()
{
    static const std::unique_ptr<Table> instance = buildTable();
    return *instance;
}

/// Supplementary characters are rare (CJK Extension B names, emoji): ICU
/// maps them directly rather than through a table.
void appendSupplementary(char32_t codePoint, QString &out)
{
    const icu::UnicodeString mapped = nfkcFolded(icu::UnicodeString(UChar32(codePoint)));
    out.append(reinterpret_cast<const QChar *>(mapped.getBuffer()), mapped.length());
}

template<typename Emit>
void normalizeInto(QStringView text, QString &out, Emit emitted)
{
    const Table &map = table();
    const qsizetype size = text.size();
    const char16_t *units = text.utf16();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = units[i];
        const int before = out.size();
        if (QChar::isHighSurrogate(unit) && i + 1 < size && QChar::isLowSurrogate(units[i + 1])) {
            appendSupplementary(QChar::surrogateToUcs4(unit, units[i + 1]), out);
            emitted(int(i), int(i + 2), before);
            ++i;
            continue;
        }
        const char16_t mapped = map.single[unit];
        if (mapped != Expanded)
            out.append(QChar(mapped));
        else
            out.append(reinterpret_cast<const QChar *>(map.pool.data() + map.poolBegin[unit]), map.poolLength[unit]);
        emitted(int(i), int(i + 1), before);
    }
}

} // namespace

QString TextNormalizer::normalize(QStringView text)
{
    QString out;
    appendNormalized(text, out);
    return out;
}

void TextNormalizer::appendNormalized(QStringView text, QString &out)
{
    // The indexer's hot path: write straight into the buffer while every
    // character maps to one unit (nearly always), fall back otherwise.
    const Table &map = table();
    const int start = out.size();
    out.resize(start + int(text.size()));
    char16_t *target = reinterpret_cast<char16_t *>(out.data()) + start;
    const char16_t *units = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t mapped = map.single[units[i]];
        if (mapped == Expanded || QChar::isHighSurrogate(units[i])) {
            out.resize(start + int(i));
            normalizeInto(text.mid(i), out, [](int, int, int) {});
            return;
        }
        target[i] = mapped;
    }
}

NormalizedText TextNormalizer::normalizeWithOffsets(QStringView text)
{
    NormalizedText result;
    result.text.reserve(text.size());
    result.sourceBegin.reserve(text.size());
    result.sourceEnd.reserve(text.size());
    normalizeInto(text, result.text, [&result](int begin, int end, int before) {
        for (int i = before; i < result.text.size(); ++i) {
            result.sourceBegin.append(begin);
            result.sourceEnd.append(end);
        }
    });
    return result;
}

void TextNormalizer::warmUp()
{
    table();
}
