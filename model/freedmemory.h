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

} // namespace FreedMemory
