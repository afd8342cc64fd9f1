#pragma once

#include <QtGlobal>

/// Lets the pages of a read-only file mapping go from the process once they
/// are read and copied out, so a large file read in order does not stay
/// resident as a whole until it is unmapped. The pages stay in the page
/// cache: one touched again is mapped again, so releasing too much costs
/// time, never correctness. Does nothing where the platform cannot.
class MappedFileRelease
{
public:
    /// `mapping`: the start of the mapping (page-aligned, as QFile::map
    /// gives at offset 0); null when the bytes are not mapped.
    explicit MappedFileRelease(const char *mapping);

    /// Drops the whole pages inside [begin, end).
    void releaseRange(const char *begin, const char *end) const;
    /// Drops what lies before `readTo` and after the last release, when
    /// that is a few MiB: for a mapping read from its start onwards.
    void releaseBefore(const char *readTo);

    /// Bytes between releases in releaseBefore().
    static constexpr quintptr Step = 4 << 20;

private:
    const char *m_released; // where the part still held starts; null: not mapped
};
