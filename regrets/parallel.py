"""Work spread over the machine's cores, results in input order: the two passes over a big mailbox.

`ordered_map(fn, batches, jobs)` is `map(fn, batches)` run by `jobs` worker processes. It reads `batches` lazily
and keeps at most a few batches per worker in flight, so a mailbox of any size is never held in memory at once,
and the results come back in the order of the input (the order `regrets analyze --json` prints). With `jobs` 1 it
is plain `map`, in this process.

Workers are started with "forkserver" where the platform has it (a fork of a small clean process: safe when the
parent has threads, unlike a plain fork) and "spawn" elsewhere; `fn` and the batches must be picklable.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

A = TypeVar("A")
R = TypeVar("R")

IN_FLIGHT_PER_WORKER = 3  # batches queued per worker: enough to keep it busy, few enough to bound memory


def default_jobs() -> int:
    """Worker processes for a big mailbox: the cores this process may use, at most 8."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def ordered_map(fn: Callable[[A], R], batches: Iterable[A], jobs: int, *, serial_first: int = 0) -> Iterator[R]:
    """fn(batch) for each batch, in order, computed by `jobs` processes (here, when `jobs` is 1). The first
    `serial_first` batches are done here: workers start only for work big enough to repay their start."""
    batches = iter(batches)
    for _ in range(serial_first if jobs > 1 else 0):
        try:
            batch = next(batches)
        except StopIteration:
            return
        yield fn(batch)
    if jobs <= 1:
        yield from map(fn, batches)
        return
    import multiprocessing  # (here: a run without workers, and --help, do not load them)
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        pending: deque[Future[R]] = deque()
        for batch in batches:
            pending.append(pool.submit(fn, batch))
            if len(pending) >= jobs * IN_FLIGHT_PER_WORKER:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
