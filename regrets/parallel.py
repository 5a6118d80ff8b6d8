"""Work spread over the machine's cores, results in input order: the two passes over a big mailbox.

`ordered_map(fn, batches, jobs)` is `map(fn, batches)` run by `jobs` worker processes. It reads `batches` lazily
and keeps at most a few batches per worker in flight, so a mailbox of any size is never held in memory at once,
and the results come back in the order of the input (the order `regrets analyze --json` prints). With `jobs` 1 it
is plain `map`, in this process.

Workers are started with "forkserver" where the platform has it (a fork of a small clean process that has loaded
regrets' analysis once: safe when the parent has threads, unlike a plain fork) and "spawn" elsewhere; `fn` and the
batches must be picklable. The workers of one size serve the whole process (both passes) and stop at its exit.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from .errors import WorkerStopped

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

A = TypeVar("A")
R = TypeVar("R")
T = TypeVar("T")

IN_FLIGHT_PER_WORKER = 3  # batches queued per worker: enough to keep it busy, few enough to bound memory


def default_jobs() -> int:
    """Worker processes for a big mailbox: the cores this process may use, at most 4 (each holds ~40 MB)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        cores = os.cpu_count() or 1
    return max(1, min(cores, 4))


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """The items in lists of `size` (the last one shorter), lazily: the batches `ordered_map` hands out."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ordered_map(fn: Callable[[A], R], batches: Iterable[A], jobs: int) -> Iterator[R]:
    """fn(batch) for each batch, in order, computed by `jobs` processes (here, when `jobs` is 1)."""
    if jobs <= 1:
        yield from map(fn, batches)
        return
    from concurrent.futures.process import BrokenProcessPool

    batches = iter(batches)
    try:
        first = next(batches)
    except StopIteration:
        return
    try:
        pool = _pool(jobs)
        pending: deque[Future[R]] = deque([pool.submit(fn, first)])
    except (OSError, ImportError, NotImplementedError):
        # no worker processes here (a sandbox without POSIX semaphores or /dev/shm): the same work, in this process
        yield fn(first)
        yield from map(fn, batches)
        return
    try:
        for batch in batches:
            pending.append(pool.submit(fn, batch))
            if len(pending) >= jobs * IN_FLIGHT_PER_WORKER:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BrokenProcessPool:
        _pools.pop(jobs, None)
        raise WorkerStopped(f"one of the {jobs} worker processes stopped (killed, or out of memory?) and the run "
                            "stopped part-way: run the command again, or with --jobs 1 to read in one process") from None
    finally:
        for f in pending:  # a consumer that stops early leaves no work behind
            f.cancel()


# The modules a worker needs, loaded once in the fork server (every worker then starts with them) instead of once
# in every worker: regrets' analysis imports take ~0.4 s.
PRELOAD = ["regrets.pipeline", "regrets.sources", "regrets.detect", "regrets.analyze"]

_pools: dict[int, ProcessPoolExecutor] = {}


def _pool(jobs: int) -> ProcessPoolExecutor:
    """One pool per size for the whole process (both passes over a mailbox share its workers); shut down at exit."""
    if jobs not in _pools:
        import atexit
        import multiprocessing  # (here: a run without workers, and --help, do not load them)
        from concurrent.futures import ProcessPoolExecutor

        if "forkserver" in multiprocessing.get_all_start_methods():
            server = multiprocessing.get_context("forkserver")
            server.set_forkserver_preload(PRELOAD)
            _pools[jobs] = ProcessPoolExecutor(max_workers=jobs, mp_context=server)
        else:
            _pools[jobs] = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"))
        atexit.register(_pools[jobs].shutdown)
    return _pools[jobs]
