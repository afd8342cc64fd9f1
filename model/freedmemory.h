#pragma once

/// Memory a large job has just let go of, handed back to the system.
///
/// glibc keeps freed memory for reuse, per thread arena, and returns it
/// only from the top of a heap. A job that frees a gigabyte in page-sized
/// pieces (the texts read for indexing, a check run's per-page lists)
/// leaves it all counted against the window until the process ends. Call
/// this after such a job, on any thread; it walks every arena, so not in a
/// loop. Elsewhere than glibc it does nothing.
namespace FreedMemory {

void giveBack();

/// Blocks of 4 MiB or more get a mapping of their own, which goes back to
/// the system when they are freed. glibc otherwise raises that threshold
/// each time it frees such a mapping (up to 32 MiB), and later blocks of
/// that size then come from the arenas, where freed ones stay resident
/// among small live data: 17 MiB of the window opening a 100 MB project
/// for the first time (292 -> 275 MiB). 1 MiB would slow an import by a
/// quarter (a block of that size mapped and unmapped per page); 4 MiB costs
/// nothing measurable. Call once, early in main().
void mapLargeBlocksApart();

/// The size mapLargeBlocksApart() sets.
constexpr int LargeBlockBytes = 4 << 20;

} // namespace FreedMemory
