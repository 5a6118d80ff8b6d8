"""Write a private file (mode 0600, folder 0700) atomically: a crash leaves the old file or the new one, never half.

A writer killed between creating its temporary file and renaming it leaves the temporary file behind (issue 13:
50 kills during token refreshes left 29). Each writer holds an advisory lock on its temporary file while it
writes, so `remove_leftovers` can tell a dead writer's file (unlocked) from a live one's and delete only those.
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX
    fcntl = None  # type: ignore[assignment]

MIN_AGE_SECONDS = 1.0  # a temporary file younger than this may not be locked by its writer yet


def write_private(path: Path, text: str, *, prefix: str = ".regrets-") -> Path:
    """Replace `path` with `text` via a synced temporary file in the same folder."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=prefix, dir=path.parent)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)  # released when the file is closed, or when this process dies
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
            os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    os.chmod(path, 0o600)
    return path


def remove_leftovers(folder: Path, prefix: str, *, now: float | None = None) -> int:
    """Delete temporary files `write_private` left in `folder` (names starting with `prefix`) when its process
    was killed: those no writer holds locked. Returns how many were removed."""
    if fcntl is None:
        return 0
    now = time.time() if now is None else now
    removed = 0
    try:
        names = [n for n in os.listdir(folder) if n.startswith(prefix)]
    except OSError:
        return 0
    for name in names:
        path = folder / name
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError:
            continue
        try:
            if now - os.fstat(fd).st_mtime < MIN_AGE_SECONDS:
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # a live writer
            os.unlink(path)
            removed += 1
        except OSError:
            continue
        finally:
            os.close(fd)
    return removed
