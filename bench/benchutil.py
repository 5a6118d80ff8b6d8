"""What the benchmarks share."""
from __future__ import annotations

import os
import resource
import threading
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


class TreeRss:
    """The peak of the summed resident memory of this process and all its descendants (worker processes),
    sampled every 100 ms from /proc (Linux); elsewhere, this process' own peak."""

    def __init__(self) -> None:
        self.peak_kb = 0
        self._cpu: dict[int, int] = {}  # pid -> utime + stime in clock ticks, the last seen
        self._start: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeRss:
        self._sample(first=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    @property
    def cpu_s(self) -> float:
        """CPU seconds this process and its descendants spent while sampled (workers that ended included)."""
        ticks = sum(t - self._start.get(pid, 0) for pid, t in self._cpu.items())
        return ticks / os.sysconf("SC_CLK_TCK")

    @property
    def peak_mb(self) -> float:
        return max(self.peak_kb / 1024, peak_rss_mb())

    def _run(self) -> None:
        while not self._stop.wait(0.1):
            try:
                self._sample()
            except OSError:
                return

    def _sample(self, first: bool = False) -> None:
        if not os.path.isdir("/proc"):
            return
        tree = _tree(os.getpid())
        self.peak_kb = max(self.peak_kb, sum(rss for rss, _ in tree.values()))
        for pid, (_, ticks) in tree.items():
            if first:
                self._start[pid] = ticks
            self._cpu[pid] = max(self._cpu.get(pid, 0), ticks)


def _tree(root: int) -> dict[int, tuple[int, int]]:
    """pid -> (VmRSS in kB, utime + stime in clock ticks) for `root` and its descendants."""
    parent: dict[int, int] = {}
    seen: dict[int, tuple[int, int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()  # after "pid (comm) ": state ppid ... utime(12) stime(13)
        parent[int(entry)] = int(fields[1])
        rss = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
        seen[int(entry)] = (rss, int(fields[11]) + int(fields[12]))
    out = {}
    for pid, figures in seen.items():
        p = pid
        while p and p != root:
            p = parent.get(p, 0)
        if p == root:
            out[pid] = figures
    return out
