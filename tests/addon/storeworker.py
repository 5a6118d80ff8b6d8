"""Opening a store from a picklable spec, and a process full of draft clicks (kept apart from the test modules so
that a spawned process imports only the store, not the test fixtures)."""
from __future__ import annotations

import multiprocessing
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from addon.draftstore import DraftStore
from addon.sqlitestore import SqliteDraftStore


def open_store(spec: tuple[str, str, str], **kw: Any) -> DraftStore:
    """spec = (kind, SQLite file or PostgreSQL URL, table)."""
    kind, where, table = spec
    if kind == "sqlite":
        return SqliteDraftStore(where, table=table, **kw)
    from addon.pgstore import PostgresDraftStore

    return PostgresDraftStore(where, table=table, **kw)


def process_clicks(spec: tuple[str, str, str], key: str, n: int, out: Any) -> None:
    """`n` threads of this process claim `key` at once; the owner records a draft named after the process."""
    store = open_store(spec)

    def click(_: int) -> str:
        c = store.claim(key, wait=30)
        if c.owned:
            time.sleep(0.05)
            store.complete(c, f"r-{multiprocessing.current_process().pid}", "m")
            return "owner"
        return c.existing.draft_id

    with ThreadPoolExecutor(max_workers=n) as pool:
        for r in pool.map(click, range(n)):
            out.put(r)
    store.close()
