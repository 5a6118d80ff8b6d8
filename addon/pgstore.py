"""The draft record in PostgreSQL, for many instances (Cloud Run scaling out, e.g. on Cloud SQL):
``REGRETS_ADDON_DATABASE_URL=postgresql://…``.

psycopg 3 (the maintained PostgreSQL driver; its binary wheel bundles libpq, so the slim container needs no
system package) with psycopg_pool: a small pool per worker process, opened lazily after gunicorn forks and
reopened if the process forks again; connections are checked before use, so one dropped by Cloud SQL's proxy or
a failover is replaced instead of failing a click. Statements run in autocommit: the claim protocol in
`addon.draftstore` is one atomic statement per step (``INSERT … ON CONFLICT (key) DO NOTHING``, a conditional
``UPDATE``), so no transaction or row lock is held while Gmail is called, and exactly one request per
conversation gets the insert. The schema is created under a transaction-level advisory lock, as several
workers start at once and ``CREATE TABLE IF NOT EXISTS`` alone can race in PostgreSQL.

Connection errors become StoreError('store'); the URL (it may hold a password) is never logged.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool, PoolTimeout

from .draftstore import SCHEMA, SqlDraftStore, StoreError

POOL_MAX = 4  # per worker process; a claim holds a connection only for one statement
CONNECT_TIMEOUT = 5
_SCHEMA_LOCK = 0x5265677265747301  # pg_advisory_xact_lock key: "Regrets" + 1


class PostgresDraftStore(SqlDraftStore):
    def __init__(self, url: str, *, pool_max: int = POOL_MAX, **kw: Any) -> None:
        super().__init__(**kw)
        self._url = url
        self._pool_max = pool_max
        self._pool: ConnectionPool | None = None
        self._pid = 0
        self._guard = threading.Lock()
        self.create_schema()
        self.prune()
        self.close()  # no pool carried into workers forked from this process; reopened on first use

    def _pool_here(self) -> ConnectionPool:
        with self._guard:
            if self._pool is None or self._pid != os.getpid():
                # a pool inherited through fork shares its sockets with the parent: never use it, open our own
                self._pool = ConnectionPool(self._url, min_size=1, max_size=self._pool_max, open=False,
                                            kwargs={"autocommit": True, "connect_timeout": CONNECT_TIMEOUT},
                                            check=ConnectionPool.check_connection, timeout=CONNECT_TIMEOUT * 2,
                                            name="regrets-drafts")
                self._pool.open(wait=False)
                self._pid = os.getpid()
            return self._pool

    def create_schema(self) -> None:
        """At start, on a connection of its own: a wrong URL or a database that is down fails at once."""
        try:
            with psycopg.connect(self._url, connect_timeout=CONNECT_TIMEOUT) as conn, conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
                conn.execute(self._sql(SCHEMA))
        except (psycopg.Error, PoolTimeout) as exc:
            raise StoreError("store", f"draft database ({type(exc).__name__})") from None

    def _run(self, sql: str, params: Sequence[Any] = ()) -> tuple[int, list[tuple[Any, ...]]]:
        try:
            with self._pool_here().connection() as conn:
                cur = conn.execute(sql.replace("?", "%s"), tuple(params))
                rows = cur.fetchall() if cur.description else []
                return cur.rowcount, rows
        except (psycopg.Error, PoolTimeout) as exc:
            raise StoreError("store", f"draft database ({type(exc).__name__})") from None

    def close(self) -> None:
        with self._guard:
            if self._pool is not None and self._pid == os.getpid():
                self._pool.close()
            self._pool = None
