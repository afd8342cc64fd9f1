#pragma once

#include "textrange.h"

#include <QString>
#include <QVector>

/// Converts UTF-16 offsets of a text into code-point offsets, the unit of
/// every offset that leaves the program (a W3C TextPositionSelector counts
/// code points). Names in CJK Extension B take two UTF-16 units and one
/// code point; counting them wrong is how other tools shift annotations.
class CodePointOffsets
{
public:
    explicit CodePointOffsets(const QString &text);

    int toCodePoint(int utf16Offset) const;
    int toUtf16(int codePointOffset) const;
    TextRange toCodePoints(const TextRange &utf16Range) const
    {
        return {toCodePoint(utf16Range.begin), toCodePoint(utf16Range.end)};
    }

private:
    /// UTF-16 positions of the low halves of surrogate pairs, ascending.
    QVector<int> m_lowSurrogates;
};
