#include "codepointoffsets.h"

#include <algorithm>

CodePointOffsets::CodePointOffsets(const QString &text)
{
    for (int i = 1; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            m_lowSurrogates.append(i);
    }
}

int CodePointOffsets::toCodePoint(int utf16Offset) const
{
    const auto before = std::lower_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16Offset);
    return utf16Offset - int(before - m_lowSurrogates.cbegin());
}

int CodePointOffsets::toUtf16(int codePointOffset) const
{
    // Each low surrogate before the target shifts it by one unit.
    int offset = codePointOffset;
    for (int low : m_lowSurrogates) {
        if (low <= offset)
            ++offset;
        else
            break;
    }
    return offset;
}
