"""The folder that holds the embedded draft record (SQLite), and the checks that keep it private.

The default is ``<temp>/regrets-addon-<uid>``: the same for every gunicorn worker of one user, so they share one
record. A temp folder is shared with every local user, so whoever creates that name first owns it: a folder
made by another user, one that others can write to, or a symlink could let them read, swap or delete the record
(and so make the add-on create second drafts). Such a folder is refused with the reason and the variable to set
-- not replaced by a random private one, which the sibling workers would not find.
"""
from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from .config import STATE_DIR_ENV, AddonConfigError


def default_state_dir() -> Path:
    uid = os.getuid() if hasattr(os, "getuid") else "u"
    return Path(tempfile.gettempdir()) / f"regrets-addon-{uid}"


def private_state_dir(configured: str | os.PathLike[str] | None) -> Path:
    """The state folder, created 0700 when missing; raises AddonConfigError when it is not private."""
    path = Path(configured) if configured else default_state_dir()
    if configured:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        path.mkdir(mode=0o700)
    except FileExistsError:
        pass
    except OSError as exc:
        raise AddonConfigError(f"cannot create the state folder {path} ({exc.strerror}); set {STATE_DIR_ENV}") from None
    check_private(path)
    return path


def check_private(path: Path) -> None:
    try:
        st = os.lstat(path)
    except OSError as exc:
        raise AddonConfigError(f"cannot use the state folder {path} ({exc.strerror}); set {STATE_DIR_ENV}") from None
    problem = None
    if stat.S_ISLNK(st.st_mode):
        problem = "is a symbolic link"
    elif not stat.S_ISDIR(st.st_mode):
        problem = "is not a folder"
    elif hasattr(os, "getuid") and st.st_uid != os.getuid():
        problem = f"belongs to another user (uid {st.st_uid})"
    elif st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        problem = "can be written by other users"
    if problem:
        raise AddonConfigError(f"the state folder {path} {problem}: the draft record must be private. Remove it, or "
                               f"set {STATE_DIR_ENV} to a folder only this user can write (or use "
                               "REGRETS_ADDON_DATABASE_URL)")
