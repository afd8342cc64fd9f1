#include "testsupport.h"
#include "textdecoder.h"

#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace {

constexpr QChar Fffd(0xFFFD);

/// Bytes inserted into an otherwise clean encoded text.
struct Damage
{
    int at; ///< UTF-16 index in the clean text before which `bytes` go
    QByteArray bytes;
    int substitutions; ///< U+FFFDs the decoder must produce for them
};

struct Damaged
{
    QByteArray bytes;
    QString text; ///< what decoding must yield
    qint64 firstOffset = -1;
    int firstLine = 0;
};

/// Encodes `text` piece by piece with the damage in between. Works for the
/// stateless charsets used here (UTF-8, GB18030), whose encoding of a text is
/// the concatenation of the encodings of its pieces.
Damaged damage(const QString &text, const char *encoding, const QByteArray &prefix, const QVector<Damage> &damages)
{
    Damaged out;
    out.bytes = prefix;
    int from = 0;
    for (const Damage &d : damages) {
        const QString piece = text.mid(from, d.at - from);
        out.bytes += encodeWithIcu(piece, encoding);
        out.text += piece;
        if (out.firstOffset < 0) {
            out.firstOffset = out.bytes.size();
            out.firstLine = 1 + int(out.text.count(QLatin1Char('\n')));
        }
        out.bytes += d.bytes;
        out.text += QString(d.substitutions, Fffd);
        from = d.at;
    }
    const QString rest = text.mid(from);
    out.bytes += encodeWithIcu(rest, encoding);
    out.text += rest;
    return out;
}

/// A UTF-16 index near `fraction` of the text that does not split a surrogate pair.
int indexNear(const QString &text, double fraction)
{
    int at = int(text.size() * fraction);
    if (at > 0 && at < text.size() && text.at(at).isLowSurrogate())
        ++at;
    return at;
}

/// The first ASCII character at or after `fraction` of the text, -1 if none:
/// a truncated multi-byte sequence must be followed by a byte that cannot
/// continue it.
int asciiNear(const QString &text, double fraction)
{
    for (int i = int(text.size() * fraction); i < text.size(); ++i) {
        if (text.at(i).unicode() < 0x80)
            return i;
    }
    return -1;
}

QString seedName(const QString &path)
{
    return QFileInfo(path).baseName().left(3);
}

struct Variant
{
    QString label;
    QByteArray bytes;
    QString text;
    QString encoding;
    bool bom;
    int minConfidence;
};

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void roundTrip_data();
    void roundTrip();
    void brokenUtf8_data();
    void brokenUtf8();
    void brokenGb18030_data();
    void brokenGb18030();
    void otherBoms_data();
    void otherBoms();
    void undetectableFallsBackToGb18030();
    void detectionPrefersChinese_data();
    void detectionPrefersChinese();
    void forcedEncoding_data();
    void forcedEncoding();
    void unknownForcedEncoding_data();
    void unknownForcedEncoding();
    void isKnownEncoding_data();
    void isKnownEncoding();
    void lineEndingsPreserved_data();
    void lineEndingsPreserved();
    void emptyInput();
    void looksBinary_data();
    void looksBinary();
    void parallelDecoding();

private:
    QVector<Variant> variantsOf(const QString &seedPath) const;

    QStringList m_seedPaths;
    QHash<QString, QString> m_seedTexts; ///< by path
};

void TestTextDecoder::initTestCase()
{
    m_seedPaths = seedPaths();
    QCOMPARE(m_seedPaths.size(), 5);
    for (const QString &path : qAsConst(m_seedPaths)) {
        const QByteArray bytes = readFile(path);
        QVERIFY2(!bytes.isEmpty(), qPrintable(path));
        m_seedTexts.insert(path, QString::fromUtf8(bytes));
    }
}

/// The seed in every encoding the decoder must recognise. Empty entries mean
/// a variant could not be built; the caller fails on them.
QVector<Variant> TestTextDecoder::variantsOf(const QString &seedPath) const
{
    const QString seed = m_seedTexts.value(seedPath);
    QVector<Variant> variants;
    variants.append({QStringLiteral("UTF-8"), readFile(seedPath), seed, QStringLiteral("UTF-8"), false, 100});
    variants.append(
        {QStringLiteral("UTF-8+BOM"), encodeWithIcu(seed, "UTF-8", true), seed, QStringLiteral("UTF-8"), true, 100});
    variants.append({QStringLiteral("UTF-16LE+BOM"), encodeWithIcu(seed, "UTF-16LE", true), seed,
                     QStringLiteral("UTF-16LE"), true, 100});
    variants.append({QStringLiteral("UTF-16BE+BOM"), encodeWithIcu(seed, "UTF-16BE", true), seed,
                     QStringLiteral("UTF-16BE"), true, 100});
    // GB18030 encodes all of Unicode: the whole seed must round-trip. The
    // detector measured 100 on every seed; 80 leaves room for ICU updates.
    variants.append(
        {QStringLiteral("GB18030"), encodeWithIcu(seed, "GB18030"), seed, QStringLiteral("GB18030"), false, 80});
    // A GBK file is read as GB18030, its superset; GBK lacks a few
    // characters of the seeds, so only those it has are written.
    const QString gbkText = representableIn(seed, "GBK");
    variants.append(
        {QStringLiteral("GBK"), encodeWithIcu(gbkText, "GBK"), gbkText, QStringLiteral("GB18030"), false, 80});
    // Big5 is a traditional-character charset: transliterate first, then
    // drop the few characters Big5 still lacks.
    const QString big5Text = representableIn(toTraditionalChinese(seed), "Big5");
    variants.append(
        {QStringLiteral("Big5"), encodeWithIcu(big5Text, "Big5"), big5Text, QStringLiteral("Big5"), false, 80});
    return variants;
}

void TestTextDecoder::roundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<QString>("expectedEncoding");
    QTest::addColumn<bool>("expectedBom");
    QTest::addColumn<int>("minConfidence");

    for (const QString &path : qAsConst(m_seedPaths)) {
        const QString seed = m_seedTexts.value(path);
        const QVector<Variant> variants = variantsOf(path);
        for (const Variant &v : variants) {
            QVERIFY2(!v.bytes.isEmpty(), qPrintable(seedName(path) + QLatin1Char('/') + v.label));
            // Each variant must keep (nearly) the whole page to be a real test.
            QVERIFY2(v.text.size() >= seed.size() * 0.99, qPrintable(v.label));
            QTest::addRow("%s/%s", qPrintable(seedName(path)), qPrintable(v.label))
                << v.bytes << v.text << v.encoding << v.bom << v.minConfidence;
        }
        // The Big5 variant must really be traditional text, or Big5 would
        // only be tested on the characters both scripts share.
        QVERIFY(toTraditionalChinese(seed) != seed);
    }
}

void TestTextDecoder::roundTrip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedText);
    QFETCH(QString, expectedEncoding);
    QFETCH(bool, expectedBom);
    QFETCH(int, minConfidence);

    const Result<DecodedText> decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    QCOMPARE(decoded->encoding, expectedEncoding);
    QCOMPARE(decoded->hadBom, expectedBom);
    QVERIFY(!decoded->forced);
    QVERIFY2(decoded->confidence >= minConfidence && decoded->confidence <= 100,
             qPrintable(QString::number(decoded->confidence)));
    QVERIFY2(decoded->text == expectedText, qPrintable(firstDifference(decoded->text, expectedText)));
    QCOMPARE(decoded->invalidSequences, 0);
    QCOMPARE(decoded->firstInvalidByte, qint64(-1));
    QVERIFY2(decoded->warnings.isEmpty(), qPrintable(decoded->warnings.join(QLatin1Char('\n'))));
}

void TestTextDecoder::brokenUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<int>("expectedInvalid");
    QTest::addColumn<qint64>("expectedFirstOffset");
    QTest::addColumn<int>("expectedFirstLine");
    QTest::addColumn<bool>("bom");

    const auto addRow = [](const QByteArray &name, const Damaged &d, int invalid) {
        QVERIFY(!d.bytes.isEmpty());
        QTest::newRow(name.constData()) << d.bytes << d.text << invalid << d.firstOffset << d.firstLine
                                        << d.bytes.startsWith("\xEF\xBB\xBF");
    };
    const QByteArray ff("\xFF");
    for (const QString &path : qAsConst(m_seedPaths)) {
        const QString seed = m_seedTexts.value(path);
        const QByteArray name = seedName(path).toLatin1();
        addRow(name + "/three stray 0xFF",
               damage(seed, "UTF-8", {},
                      {{indexNear(seed, 0.1), ff, 1}, {indexNear(seed, 0.5), ff, 1}, {indexNear(seed, 0.9), ff, 1}}),
               3);
    }
    const QString seed = m_seedTexts.value(m_seedPaths.value(0));
    addRow("BOM, offsets count it", damage(seed, "UTF-8", "\xEF\xBB\xBF", {{indexNear(seed, 0.3), ff, 1}}), 1);
    addRow("0xFF as first byte", damage(seed, "UTF-8", {}, {{0, ff, 1}}), 1);
    // C0 AF is an overlong '/', ED A0 80 an encoded surrogate: both are
    // well-formed to a lax decoder and must be refused, one U+FFFD per byte
    // (Unicode's "maximal subpart" practice, which ICU follows).
    addRow("overlong", damage(seed, "UTF-8", {}, {{indexNear(seed, 0.4), "\xC0\xAF", 2}}), 2);
    addRow("surrogate", damage(seed, "UTF-8", {}, {{indexNear(seed, 0.4), "\xED\xA0\x80", 3}}), 3);
    // A truncated sequence is one invalid sequence; the ASCII byte after it
    // is still read.
    addRow("truncated before ASCII", damage(seed, "UTF-8", {}, {{asciiNear(seed, 0.5), "\xE4\xB8", 1}}), 1);
    addRow("truncated at end", damage(seed, "UTF-8", {}, {{int(seed.size()), "\xE4\xB8", 1}}), 1);
}

void TestTextDecoder::brokenUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedText);
    QFETCH(int, expectedInvalid);
    QFETCH(qint64, expectedFirstOffset);
    QFETCH(int, expectedFirstLine);
    QFETCH(bool, bom);

    const Result<DecodedText> decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    // A few damaged bytes must not make the detector guess another charset.
    QCOMPARE(decoded->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(decoded->hadBom, bom);
    // A BOM is certain; otherwise a high confidence that is not 100, which
    // is reserved for clean input.
    if (bom)
        QCOMPARE(decoded->confidence, 100);
    else
        QVERIFY2(decoded->confidence > 90 && decoded->confidence < 100,
                 qPrintable(QString::number(decoded->confidence)));
    QVERIFY2(decoded->text == expectedText, qPrintable(firstDifference(decoded->text, expectedText)));
    QCOMPARE(decoded->invalidSequences, expectedInvalid);
    QCOMPARE(decoded->firstInvalidByte, expectedFirstOffset);
    QCOMPARE(decoded->warnings.size(), 1);
    const QString warning = decoded->warnings.first();
    QVERIFY2(warning.contains(QString::number(expectedFirstOffset)), qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("(line %1)").arg(expectedFirstLine)), qPrintable(warning));
    QVERIFY2(warning.contains(QString::number(expectedInvalid)), qPrintable(warning));
}

void TestTextDecoder::brokenGb18030_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<int>("expectedInvalid");
    QTest::addColumn<qint64>("expectedFirstOffset");
    QTest::addColumn<int>("expectedFirstLine");

    const auto addRow = [](const QByteArray &name, const Damaged &d, int invalid) {
        QVERIFY(!d.bytes.isEmpty());
        QTest::newRow(name.constData()) << d.bytes << d.text << invalid << d.firstOffset << d.firstLine;
    };
    const QByteArray ff("\xFF"); // never valid in GB18030
    for (const QString &path : qAsConst(m_seedPaths)) {
        const QString seed = m_seedTexts.value(path);
        const QByteArray name = seedName(path).toLatin1();
        addRow(name + "/three stray 0xFF",
               damage(seed, "GB18030", {},
                      {{indexNear(seed, 0.2), ff, 1}, {indexNear(seed, 0.6), ff, 1}, {indexNear(seed, 0.8), ff, 1}}),
               3);
        // A lead byte followed by ASCII: one invalid byte, and the ASCII
        // character after it survives.
        const int ascii = asciiNear(seed, 0.3);
        QVERIFY(ascii >= 0);
        addRow(name + "/lead byte before ASCII", damage(seed, "GB18030", {}, {{ascii, "\x81", 1}}), 1);
    }
}

void TestTextDecoder::brokenGb18030()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedText);
    QFETCH(int, expectedInvalid);
    QFETCH(qint64, expectedFirstOffset);
    QFETCH(int, expectedFirstLine);

    // Detected (the detector measured 100 on these), then forced: both must
    // agree on where the damage is.
    for (const QString &forced : {QString(), QStringLiteral("GB18030")}) {
        const Result<DecodedText> decoded = TextDecoder::decode(bytes, forced);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
        QCOMPARE(decoded->encoding, QStringLiteral("GB18030"));
        QCOMPARE(decoded->forced, !forced.isEmpty());
        QVERIFY2(decoded->text == expectedText, qPrintable(firstDifference(decoded->text, expectedText)));
        QCOMPARE(decoded->invalidSequences, expectedInvalid);
        QCOMPARE(decoded->firstInvalidByte, expectedFirstOffset);
        QCOMPARE(decoded->warnings.size(), 1);
        const QString warning = decoded->warnings.first();
        QVERIFY2(warning.contains(QString::number(expectedFirstOffset)), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("(line %1)").arg(expectedFirstLine)), qPrintable(warning));
    }
}

void TestTextDecoder::otherBoms_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedEncoding");

    const QString text = m_seedTexts.value(m_seedPaths.value(4)).left(500);
    QTest::newRow("UTF-32LE") << encodeWithIcu(text, "UTF-32LE", true) << QStringLiteral("UTF-32LE");
    QTest::newRow("UTF-32BE") << encodeWithIcu(text, "UTF-32BE", true) << QStringLiteral("UTF-32BE");
    // U+FEFF in GB18030 is 84 31 95 33; some Chinese tools write it.
    QTest::newRow("GB18030") << encodeWithIcu(text, "GB18030", true) << QStringLiteral("GB18030");
}

void TestTextDecoder::otherBoms()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedEncoding);
    const QString expected = m_seedTexts.value(m_seedPaths.value(4)).left(500);

    const Result<DecodedText> decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    QCOMPARE(decoded->encoding, expectedEncoding);
    QVERIFY(decoded->hadBom);
    QCOMPARE(decoded->confidence, 100);
    QVERIFY2(decoded->text == expected, qPrintable(firstDifference(decoded->text, expected)));
    QVERIFY(!TextDecoder::looksBinary(bytes));
}

void TestTextDecoder::undetectableFallsBackToGb18030()
{
    // ICU only offers UTF-16BE/LE (at 10) for these Latin-1 bytes. Read as
    // UTF-16 they would silently become unrelated CJK characters; read as
    // GB18030 the two bytes it cannot decode are flagged.
    const QByteArray bytes = QByteArrayLiteral("caf\xE9, cr\xE8");
    const auto matches = icuDetectorMatches(bytes);
    QVERIFY(!matches.isEmpty());
    if (!matches.first().first.startsWith(QLatin1String("UTF-16")))
        QSKIP("ICU's detector no longer ranks UTF-16 first here: the premise of this test is gone.");

    const Result<DecodedText> decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    QCOMPARE(decoded->encoding, QStringLiteral("GB18030"));
    QCOMPARE(decoded->confidence, 0);
    QCOMPARE(decoded->text, QStringLiteral("caf\uFFFD, cr\uFFFD"));
    QCOMPARE(decoded->invalidSequences, 2);
    QCOMPARE(decoded->firstInvalidByte, qint64(3));
    QCOMPARE(decoded->warnings.size(), 2); // not detected; invalid bytes
}

void TestTextDecoder::detectionPrefersChinese_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedText");

    // Each of these makes ICU's detector, on its own, put something other
    // than GB18030 first (measured with ICU 72; see the premise check).
    const QString english = QStringLiteral(
        "The State Council Information Office held a press conference on Monday. Officials said the economy "
        "grew steadily in the first three quarters of the year, and that employment remained stable. ");
    const std::pair<const char *, QString> rows[] = {
        {"English with a Chinese name", english + QStringLiteral("国务院新闻办公室\n")}, // ISO-8859-1 first
        {"two-character title", QStringLiteral("新闻")},                                 // KOI8-R first
        {"country name", QStringLiteral("中华人民共和国")},                              // IBM420_ltr first
        {"byline", QStringLiteral("本报记者 王云\n")}, // UTF-16BE, Shift_JIS, GB18030… all at 10
    };
    for (const auto &[name, text] : rows) {
        const QByteArray bytes = encodeWithIcu(text, "GB18030");
        QVERIFY(!bytes.isEmpty());
        QTest::newRow(name) << bytes << text;
    }
}

void TestTextDecoder::detectionPrefersChinese()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedText);

    const auto matches = icuDetectorMatches(bytes);
    QVERIFY(!matches.isEmpty());
    if (matches.first().first == QLatin1String("GB18030"))
        QSKIP("ICU's detector now ranks GB18030 first here: this row no longer exercises the preference.");

    const Result<DecodedText> decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    QCOMPARE(decoded->encoding, QStringLiteral("GB18030"));
    QVERIFY2(decoded->text == expectedText, qPrintable(firstDifference(decoded->text, expectedText)));
    QCOMPARE(decoded->invalidSequences, 0);
    QVERIFY(decoded->confidence >= 0 && decoded->confidence < 100);
}

void TestTextDecoder::forcedEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("forced");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<QString>("expectedEncoding");
    QTest::addColumn<bool>("expectedBom");

    const QString seed = m_seedTexts.value(m_seedPaths.value(1));
    const QByteArray gb18030 = encodeWithIcu(seed, "GB18030");
    QVERIFY(!gb18030.isEmpty());
    QTest::newRow("GB18030") << gb18030 << QStringLiteral("GB18030") << seed << QStringLiteral("GB18030") << false;
    QTest::newRow("alias gb18030") << gb18030 << QStringLiteral("gb18030") << seed << QStringLiteral("GB18030")
                                   << false;
    const QString gbkText = representableIn(seed, "GBK");
    QTest::newRow("GBK") << encodeWithIcu(gbkText, "GBK") << QStringLiteral("GBK") << gbkText << QStringLiteral("GBK")
                         << false;
    const QString big5Text = representableIn(toTraditionalChinese(seed), "Big5");
    QTest::newRow("big5") << encodeWithIcu(big5Text, "Big5") << QStringLiteral("big5") << big5Text
                          << QStringLiteral("Big5") << false;
    // A BOM of the forced encoding is still not text.
    QTest::newRow("UTF-16LE with BOM") << encodeWithIcu(seed, "UTF-16LE", true) << QStringLiteral("UTF-16LE") << seed
                                       << QStringLiteral("UTF-16LE") << true;
    QTest::newRow("UTF-8 with BOM") << encodeWithIcu(seed, "UTF-8", true) << QStringLiteral("utf-8") << seed
                                    << QStringLiteral("UTF-8") << true;
    // Forcing overrides even a clear detection: UTF-8 read as Latin-1 is
    // mojibake, byte for byte, and that is what the user asked for.
    const QByteArray utf8 = seed.left(200).toUtf8();
    QTest::newRow("UTF-8 bytes as ISO-8859-1")
        << utf8 << QStringLiteral("ISO-8859-1") << QString::fromLatin1(utf8) << QStringLiteral("ISO-8859-1") << false;
}

void TestTextDecoder::forcedEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, forced);
    QFETCH(QString, expectedText);
    QFETCH(QString, expectedEncoding);
    QFETCH(bool, expectedBom);

    QVERIFY(!bytes.isEmpty());
    const Result<DecodedText> decoded = TextDecoder::decode(bytes, forced);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    QVERIFY(decoded->forced);
    QCOMPARE(decoded->confidence, 100);
    QCOMPARE(decoded->encoding, expectedEncoding);
    QCOMPARE(decoded->hadBom, expectedBom);
    QVERIFY2(decoded->text == expectedText, qPrintable(firstDifference(decoded->text, expectedText)));
    QCOMPARE(decoded->invalidSequences, 0);
}

void TestTextDecoder::unknownForcedEncoding_data()
{
    QTest::addColumn<QString>("forced");
    QTest::newRow("made up") << QStringLiteral("x-no-such-charset");
    QTest::newRow("Chinese name") << QStringLiteral("国标码");
    QTest::newRow("blank") << QStringLiteral("   ");
}

void TestTextDecoder::unknownForcedEncoding()
{
    QFETCH(QString, forced);
    const Result<DecodedText> decoded = TextDecoder::decode(QByteArrayLiteral("plain text"), forced);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, ErrorCode::UnknownEncoding);
    QVERIFY2(decoded.error().message.contains(forced), qPrintable(decoded.error().message));
}

void TestTextDecoder::isKnownEncoding_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::newRow("UTF-8") << QStringLiteral("UTF-8") << true;
    QTest::newRow("utf8") << QStringLiteral("utf8") << true;
    QTest::newRow("GB18030") << QStringLiteral("GB18030") << true;
    QTest::newRow("gbk") << QStringLiteral("gbk") << true;
    QTest::newRow("GB2312") << QStringLiteral("GB2312") << true;
    QTest::newRow("big5") << QStringLiteral("big5") << true;
    QTest::newRow("UTF-16LE") << QStringLiteral("UTF-16LE") << true;
    QTest::newRow("made up") << QStringLiteral("x-no-such-charset") << false;
    // ucnv_open(nullptr) would open the default converter: empty must not count.
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("non-ASCII") << QStringLiteral("ＵＴＦ－８") << false;
    // ICU's name matching skips bytes it does not know, so this would
    // otherwise be taken for UTF-8.
    QTest::newRow("accented") << QStringLiteral("utf-8é") << false;
}

void TestTextDecoder::isKnownEncoding()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    QCOMPARE(TextDecoder::isKnownEncoding(name), known);
}

void TestTextDecoder::lineEndingsPreserved_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedText");

    const QString crlf = QStringLiteral("第一行\r\n第二行 second\r\n\r\n第四行\r\n");
    const QString cr = QStringLiteral("第一行\r第二行\r\r第四行\r");
    const QString mixed = QStringLiteral("甲\r\n乙\r丙\n丁\n\r戊");
    QTest::newRow("UTF-8 CRLF") << crlf.toUtf8() << crlf;
    QTest::newRow("UTF-8 CR") << cr.toUtf8() << cr;
    QTest::newRow("UTF-8 mixed") << mixed.toUtf8() << mixed;
    // Chinese text long enough for the detector, so the ICU converter path is used.
    const QString longCrlf = crlf.repeated(20);
    QTest::newRow("GB18030 CRLF") << encodeWithIcu(longCrlf, "GB18030") << longCrlf;
    QTest::newRow("UTF-16LE CR") << encodeWithIcu(cr, "UTF-16LE", true) << cr;
    QTest::newRow("UTF-16BE mixed") << encodeWithIcu(mixed, "UTF-16BE", true) << mixed;
}

void TestTextDecoder::lineEndingsPreserved()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedText);
    const Result<DecodedText> decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    QVERIFY2(decoded->text == expectedText, qPrintable(firstDifference(decoded->text, expectedText)));
}

void TestTextDecoder::emptyInput()
{
    // The loader refuses empty files, but re-decoding may pass nothing.
    const Result<DecodedText> decoded = TextDecoder::decode(QByteArray());
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    QVERIFY(decoded->text.isEmpty());
    QCOMPARE(decoded->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(decoded->invalidSequences, 0);
}

void TestTextDecoder::looksBinary_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("binary");

    QRandomGenerator random(20211122); // fixed seed: reproducible failures
    QByteArray png = QByteArrayLiteral("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR");
    for (int i = 0; i < 4096; ++i)
        png.append(char(random.bounded(256)));
    QTest::newRow("PNG header + random bytes") << png << true;

    const QString seed = m_seedTexts.value(m_seedPaths.value(2));
    QByteArray withNuls = seed.toUtf8();
    withNuls.insert(12, '\0');
    withNuls.insert(withNuls.size() / 2, QByteArray(3, '\0'));
    QTest::newRow("seed with NULs") << withNuls << true;

    QByteArray controls;
    for (int i = 0; i < 2048; ++i)
        controls.append(char(1 + random.bounded(8))); // 0x01..0x08, no NUL
    QTest::newRow("control bytes without NUL") << controls << true;

    QTest::newRow("UTF-16LE with BOM") << encodeWithIcu(seed, "UTF-16LE", true) << false;
    QTest::newRow("UTF-16BE with BOM") << encodeWithIcu(seed, "UTF-16BE", true) << false;
    QTest::newRow("UTF-32LE with BOM") << encodeWithIcu(seed, "UTF-32LE", true) << false;
    // Without a BOM the NULs cannot be told from binary data.
    QTest::newRow("UTF-16LE without BOM") << encodeWithIcu(seed, "UTF-16LE") << true;
    QTest::newRow("UTF-8 seed") << seed.toUtf8() << false;
    QTest::newRow("GB18030 seed") << encodeWithIcu(seed, "GB18030") << false;
    QByteArray pageBreaks = seed.toUtf8();
    pageBreaks.replace("\xE3\x80\x80", "\f"); // ideographic spaces become form feeds
    pageBreaks.prepend("\x1B$A");             // an ISO-2022 escape
    QTest::newRow("form feeds and ESC") << pageBreaks << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestTextDecoder::looksBinary()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, binary);
    QCOMPARE(TextDecoder::looksBinary(bytes), binary);
}

void TestTextDecoder::parallelDecoding()
{
    // Every variant of every seed, several times over, decoded concurrently:
    // shared state in the decoder (or in how it uses ICU) shows up as wrong
    // text or a crash here.
    struct Job
    {
        Variant variant;
        QString failure;
    };
    QVector<Job> jobs;
    for (int round = 0; round < 4; ++round) {
        for (const QString &path : qAsConst(m_seedPaths)) {
            const QVector<Variant> variants = variantsOf(path);
            for (const Variant &v : variants)
                jobs.append({v, QStringLiteral("not run")});
        }
    }
    QCOMPARE(jobs.size(), 4 * 5 * 7);

    QtConcurrent::blockingMap(jobs, [](Job &job) {
        const Variant &v = job.variant;
        const Result<DecodedText> decoded = TextDecoder::decode(v.bytes);
        if (!decoded.ok())
            job.failure = v.label + QLatin1String(": ") + decoded.error().message;
        else if (decoded->encoding != v.encoding)
            job.failure = v.label + QLatin1String(": detected ") + decoded->encoding;
        else if (decoded->text != v.text)
            job.failure = v.label + QLatin1String(": ") + firstDifference(decoded->text, v.text);
        else
            job.failure.clear();
    });
    QStringList failures;
    for (const Job &job : qAsConst(jobs)) {
        if (!job.failure.isEmpty())
            failures.append(job.failure);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
