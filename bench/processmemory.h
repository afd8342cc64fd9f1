#pragma once

/// The benchmark process's memory, as the memory targets count it.
namespace ProcessMemory {

/// Peak resident set of this process's own address space, in MiB: Linux's
/// VmHWM. Not getrusage's ru_maxrss, which a child started by fork and exec
/// inherits from its parent: yuegao_openbench's first reopening reported
/// the importing parent's 3.4 GB as its own.
double peakResidentMegabytes();

} // namespace ProcessMemory
