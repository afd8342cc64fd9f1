#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// The outcome of turning a page file's bytes into text.
struct DecodedText
{
    QString text;
    /// ICU's canonical charset name, e.g. "UTF-8", "GB18030", "Big5", "UTF-16LE".
    QString encoding;
    /// How sure the detection was, 0–100: 100 for a BOM, valid UTF-8 or an
    /// encoding the user forced; for UTF-8 with a few damaged sequences the
    /// share of valid non-ASCII characters (at most 99); ICU's detector
    /// confidence otherwise.
    int confidence = 0;
    bool hadBom = false;
    bool forced = false;
    /// Byte sequences that were not valid in `encoding`; each became U+FFFD.
    int invalidSequences = 0;
    /// Byte offset of the first invalid sequence, -1 when there is none.
    qint64 firstInvalidByte = -1;
    /// Human-readable warnings (translated), e.g. about invalid sequences.
    QStringList warnings;
};

/// A page file loaded from disk and decoded, with what the editor needs to
/// know about how it was read.
struct DecodedPage
{
    QString path;
    qint64 sizeBytes = 0;
    /// SHA-256 of the file's bytes, hex: identifies the revision.
    QByteArray sha256;
    DecodedText decoded;

    const QString &text() const { return decoded.text; }
};
