"""Idempotent draft creation: one Regrets draft per (mailbox, thread, intent), even when Gmail retries a
request or the user double-clicks.

Two guards:
1. A lock per idempotency key, held while the thread is re-read and the draft created: a threading lock
   for requests in this process and an ``fcntl`` file lock for other gunicorn workers on the same host. The
   second request then sees the first one's draft in the thread (by its ``X-Regrets`` header) and opens it.
2. A small record per key (the draft id and its message id). The add-on scopes cannot list drafts
   (drafts.list/get need gmail.compose or broader), and threads.get shows a draft's message id but not its draft
   id, which `openCreatedDraftActionMarkup` needs; the record supplies it. Draft ids survive edits in Gmail.

Records hold ids only (no addresses, no content); the key is a SHA-256 of mailbox, thread and intent.
Different Cloud Run instances do not share this folder: Gmail's own state (the draft in the thread) is then the
only guard, which a truly simultaneous retry on two instances could race.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: in-process locking only
    fcntl = None  # type: ignore[assignment]

RECORD_TTL_SECONDS = 90 * 24 * 3600


@dataclass(frozen=True)
class DraftRecord:
    draft_id: str
    message_id: str
    thread_id: str
    intent: str
    created: float


def idempotency_key(mailbox: str | None, thread_id: str, intent: str) -> str:
    raw = f"{(mailbox or '').strip().lower()}\x00{thread_id}\x00{intent}".encode()
    return hashlib.sha256(raw).hexdigest()


class DraftStore:
    def __init__(self, directory: str | os.PathLike | None = None) -> None:
        base = Path(directory) if directory else Path(tempfile.gettempdir()) / f"regrets-addon-{os.getuid() if hasattr(os, 'getuid') else 'u'}"
        base.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.dir = base
        self._locks: dict[str, threading.Lock] = {}
        self._locks_guard = threading.Lock()

    @contextlib.contextmanager
    def lock(self, key: str) -> Iterator[None]:
        with self._locks_guard:
            tlock = self._locks.setdefault(key, threading.Lock())
        with tlock:
            if fcntl is None:
                yield
                return
            with open(self.dir / f"{key}.lock", "a+") as fh:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
                try:
                    yield
                finally:
                    fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

    def get(self, key: str) -> DraftRecord | None:
        try:
            data = json.loads((self.dir / f"{key}.json").read_text(encoding="utf-8"))
            rec = DraftRecord(**data)
        except (OSError, ValueError, TypeError):
            return None
        if time.time() - rec.created > RECORD_TTL_SECONDS:
            return None
        return rec

    def put(self, key: str, rec: DraftRecord) -> None:
        path = self.dir / f"{key}.json"
        tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_text(json.dumps(rec.__dict__), encoding="utf-8")
        os.replace(tmp, path)

    def find_for_thread(self, mailbox: str | None, thread_id: str, draft_message_ids: set[str],
                        intents: tuple[str, ...] = ("decline", "cancel")) -> DraftRecord | None:
        """A recorded Regrets draft of this thread that is still there (its message or the draft id known)."""
        for intent in intents:
            rec = self.get(idempotency_key(mailbox, thread_id, intent))
            if rec is not None and draft_message_ids:
                return rec
        return None
