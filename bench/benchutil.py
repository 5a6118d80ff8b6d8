"""What the benchmarks share."""
from __future__ import annotations

import resource
from pathlib import Path


def peak_rss_mb() -> float:
    """Peak resident memory of this process. VmHWM belongs to the process image, so it starts afresh at exec;
    ru_maxrss on Linux keeps the high-water mark of the forked parent (here the benchmark itself, which would
    make every child look the same), so it is only the fallback."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
