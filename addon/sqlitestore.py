"""The draft record in SQLite: the embedded default, for one instance (its gunicorn workers share the file) and
the demo.

WAL journal (readers never block the one writer; https://www.sqlite.org/wal.html), a busy timeout so workers
queue for the write lock instead of failing, one connection per thread and process (sqlite3 connections must not
cross threads, and never a fork). Each claim step is one autocommit statement, so the write lock is held for
microseconds, never while Gmail is called. The file is created 0600 inside a private folder (`addon.statedir`);
SQLite gives its -wal/-shm files the same permissions.
"""
from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .draftstore import SqlDraftStore, StoreError

FILE_NAME = "drafts.sqlite3"
BUSY_TIMEOUT_MS = 10_000


class SqliteDraftStore(SqlDraftStore):
    def __init__(self, path: str | os.PathLike[str], **kw: Any) -> None:
        super().__init__(**kw)
        self.path = Path(path)
        if not self.path.exists():
            os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600))
        self._local = threading.local()
        self._run("PRAGMA journal_mode=WAL")
        self.create_schema()
        self.prune()
        self.close()  # nothing open when gunicorn --preload forks workers from this process; reopened on use

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None or getattr(self._local, "pid", None) != os.getpid():
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA synchronous=NORMAL")  # durable at checkpoints; WAL keeps the file consistent
            self._local.conn, self._local.pid = conn, os.getpid()
        return conn

    def _run(self, sql: str, params: Sequence[Any] = ()) -> tuple[int, list[tuple[Any, ...]]]:
        try:
            cur = self._conn().execute(sql, tuple(params))
            rows = cur.fetchall()
            return cur.rowcount, rows
        except sqlite3.Error as exc:
            raise StoreError("store", f"draft record ({type(exc).__name__})") from None

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
