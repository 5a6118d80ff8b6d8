"""Write a private file (mode 0600, folder 0700) atomically: a crash leaves the old file or the new one, never half."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_private(path: Path, text: str, *, prefix: str = ".regrets-") -> Path:
    """Replace `path` with `text` via a synced temporary file in the same folder."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=prefix, dir=path.parent)
    try:
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
