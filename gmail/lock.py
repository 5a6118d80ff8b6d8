"""One writing scan per mailbox at a time on this machine: an advisory lock file per mailbox.

Two `regrets scan --create-drafts` started together would both read a thread without a draft and both make
one (issue 12: 46 invitations, 91 drafts). The lock makes the second wait for the first; it then reads the
threads with the drafts already in them and skips them. ``flock`` locks belong to the open file, so the kernel
drops one when its process dies (kill -9 included): a lock is never left behind. Scans on different machines
are not covered by it; they converge through the duplicate sweep (gmail/drafting.py `converge`).

The lock files live in ``<data folder>/locks/`` (mode 0700), named by a hash of the mailbox key, and hold the
pid of the holder, for the waiting message. Where ``fcntl`` does not exist (Windows), there is no lock.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX
    fcntl = None  # type: ignore[assignment]


def lock_path(folder: Path, key: str) -> Path:
    return folder / "locks" / (hashlib.sha256(key.encode("utf-8")).hexdigest()[:24] + ".lock")


@contextmanager
def mailbox_lock(folder: Path, key: str, *, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the lock of mailbox `key` (waiting for it if another process or thread holds it)."""
    if fcntl is None:
        yield
        return
    path = lock_path(folder, key)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait is not None:
                holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
                on_wait(holder)
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
