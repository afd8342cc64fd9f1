#pragma once

#include <QtGlobal>

/// A half-open range [begin, end) into a page's decoded text.
/// Inside the program the unit is the UTF-16 code unit of QString; anything
/// that leaves the program (JSON, exports) converts to code points with
/// CodePointOffsets, as the W3C TextPositionSelector counts them.
struct TextRange
{
    int begin = 0;
    int end = 0;

    int length() const { return end - begin; }
    bool isEmpty() const { return end <= begin; }
    bool contains(int position) const { return position >= begin && position < end; }
    bool overlaps(const TextRange &other) const { return begin < other.end && other.begin < end; }
    friend bool operator==(const TextRange &a, const TextRange &b) { return a.begin == b.begin && a.end == b.end; }
    friend bool operator!=(const TextRange &a, const TextRange &b) { return !(a == b); }
    friend bool operator<(const TextRange &a, const TextRange &b)
    {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    }
};
Q_DECLARE_TYPEINFO(TextRange, Q_PRIMITIVE_TYPE);
