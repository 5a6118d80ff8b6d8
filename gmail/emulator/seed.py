"""Read raw messages for seeding: an mbox (Google Takeout style), an .eml, a Maildir, or a folder of them."""
from __future__ import annotations

import mailbox
import os
from collections.abc import Iterator
from pathlib import Path

from regrets.errors import UnreadablePath

MAIL_SUFFIXES = (".eml", ".mbox", ".msg", ".txt")


def _is_mbox(path: Path) -> bool:
    if path.suffix.lower() == ".mbox":
        return True
    with path.open("rb") as fh:
        return fh.read(5) == b"From "


def read_raw(path: str | os.PathLike) -> Iterator[bytes]:
    """Raw bytes of every message under `path`, in file order (folders sorted by name)."""
    p = Path(path)
    if not p.exists():
        raise UnreadablePath(f"{p}: no such file or folder")
    if not os.access(p, os.R_OK):
        raise UnreadablePath(f"{p}: permission denied")
    if p.is_dir():
        if (p / "cur").is_dir() and (p / "new").is_dir():
            box = mailbox.Maildir(str(p), factory=None, create=False)
            for key in sorted(box.keys()):
                yield box.get_bytes(key)
            return
        for child in sorted(p.rglob("*")):
            if child.is_file() and child.suffix.lower() in MAIL_SUFFIXES:
                yield from read_raw(child)
        return
    try:
        if _is_mbox(p):
            box = mailbox.mbox(str(p), factory=None, create=False)
            try:
                for key in box.iterkeys():
                    yield box.get_bytes(key)
            finally:
                box.close()
        else:
            yield p.read_bytes()
    except OSError as exc:
        raise UnreadablePath(f"{p}: {exc.strerror or exc}") from None
