"""The add-on's draft record: which Regrets draft a conversation already has, shared by every worker and
instance, and the claim that lets exactly one request per conversation create it.

Why a record at all: the add-on scopes cannot list drafts (drafts.list/get need gmail.compose or broader), and
threads.get shows a draft's message id but not its draft id, which `openCreatedDraftActionMarkup` needs. When
threads.get is refused (403) or the event has no thread id, the add-on reads the open message alone
(messages.get), which shows no drafts at all: then the record is the only thing that knows a draft exists.

One row per key, the key a SHA-256 of (mailbox, thread id, intent). The row is also the lock -- its uniqueness
decides who makes the draft:
- ``claim(key)`` inserts a *pending* row (``INSERT … ON CONFLICT DO NOTHING``). The request whose insert
  succeeded owns the conversation and makes the draft; the others wait (polling, bounded) until the row is
  *done* and then open that draft. A pending row left by a crashed request expires after `LEASE_SECONDS`.
- ``complete(claim, record)`` turns the owner's row into *done* with the draft id; ``release`` drops it when no
  draft was made. ``claim(key, replace=draft_id)`` takes over a done row whose draft the user deleted or sent
  -- only while the row still names that draft, so a storm of "draft again" clicks makes one new draft.

Rows hold ids and hashes only: the key, Gmail's draft and message ids, a random lease token, times. No
address, subject, text or token. Implementations: `addon.sqlitestore` (embedded default, one host) and
`addon.pgstore` (PostgreSQL, many instances); tests/addon/test_store_contract.py runs one suite on both.
"""
from __future__ import annotations

import abc
import hashlib
import re
import secrets
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from gmail.draftrecord import DraftRecord, iso_utc

RECORD_TTL_SECONDS = 90 * 24 * 3600  # a record older than this is forgotten (Gmail may have dropped the draft)
LEASE_SECONDS = 60.0  # a pending claim older than this belongs to a request that died
WAIT_SECONDS = 20.0  # how long a request waits for another one's pending claim (add-on calls time out at ~30 s)
TABLE = "regrets_addon_drafts"
_TABLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class StoreError(Exception):
    """The draft record cannot be used right now. `kind`: busy (another request holds the claim too long) or
    store (the database cannot be reached). The message is a short reason without secrets."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass
class Claim:
    """The answer to `claim`: either this request owns the conversation (`token`), or a draft is recorded."""

    key: str
    token: str | None = None
    existing: DraftRecord | None = None
    done: bool = False  # set by complete/release

    @property
    def owned(self) -> bool:
        return self.token is not None


def _record(draft_id: Any, message_id: Any, created: Any) -> DraftRecord:
    return DraftRecord(str(draft_id or ""), str(message_id or ""), iso_utc(float(created)))


def idempotency_key(mailbox: str | None, thread_id: str, intent: str) -> str:
    raw = f"{(mailbox or '').strip().lower()}\x00{thread_id}\x00{intent}".encode()
    return hashlib.sha256(raw).hexdigest()


class DraftStore(abc.ABC):
    """The interface the handlers use. Thread-safe; safe to share between gunicorn workers and instances."""

    @abc.abstractmethod
    def get(self, key: str) -> DraftRecord | None:
        """The done record for `key`, if one is recorded and younger than the TTL."""

    @abc.abstractmethod
    def settled(self, key: str, *, wait: float = WAIT_SECONDS) -> DraftRecord | None:
        """Like `get`, but a claim another request holds is waited for (bounded) rather than read as "no record":
        what Redraft needs to check that the draft it replaces is Regrets' own. Raises StoreError("busy")."""

    @abc.abstractmethod
    def claim(self, key: str, *, replace: str | None = None, wait: float = WAIT_SECONDS) -> Claim:
        """Own `key`, or learn its recorded draft; waits while another request owns it. Raises StoreError."""

    @abc.abstractmethod
    def complete(self, claim: Claim, draft_id: str, message_id: str) -> bool:
        """Record the draft the owner made ('' ids: Gmail did not confirm it). False when the lease was lost
        meanwhile (the request took longer than LEASE_SECONDS and another one took over)."""

    @abc.abstractmethod
    def release(self, claim: Claim) -> None:
        """Give up an owned claim without a draft."""

    @abc.abstractmethod
    def rows(self) -> list[tuple[Any, ...]]:
        """Every stored row, every column (for the tests that check nothing private is stored)."""

    def close(self) -> None:
        """Free connections."""

    @contextmanager
    def claimed(self, key: str, *, replace: str | None = None, wait: float = WAIT_SECONDS) -> Iterator[Claim]:
        """`claim`, released on the way out unless completed (an exception in between frees the conversation)."""
        c = self.claim(key, replace=replace, wait=wait)
        try:
            yield c
        finally:
            if c.owned and not c.done:
                self.release(c)


# ---- the one claim algorithm, over any SQL database with INSERT … ON CONFLICT ---------------------------------
SCHEMA = """CREATE TABLE IF NOT EXISTS {table} (
    key TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    token TEXT,
    expires DOUBLE PRECISION,
    draft_id TEXT NOT NULL DEFAULT '',
    message_id TEXT NOT NULL DEFAULT '',
    created DOUBLE PRECISION NOT NULL
)"""


class SqlDraftStore(DraftStore):
    """The claim protocol as single autocommit statements, so it holds no transaction (and no connection)
    while Gmail is called. Subclasses provide `_run` for their driver; SQL is written with ``?`` placeholders."""

    def __init__(self, *, table: str = TABLE, clock: Callable[[], float] = time.time,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if not _TABLE_NAME.match(table):
            raise ValueError("table name must be a lower-case SQL identifier")
        self.table = table
        self.clock = clock
        self.sleep = sleep

    @abc.abstractmethod
    def _run(self, sql: str, params: Sequence[Any] = ()) -> tuple[int, list[tuple[Any, ...]]]:
        """Execute one statement in autocommit mode: (rowcount, rows). Raises StoreError("store")."""

    def _sql(self, text: str) -> str:
        return text.format(table=self.table)

    def create_schema(self) -> None:
        self._run(self._sql(SCHEMA))

    def prune(self) -> int:
        """Forget done records past the TTL (their conversations are long decided)."""
        n, _ = self._run(self._sql("DELETE FROM {table} WHERE state = 'done' AND created < ?"),
                         (self.clock() - RECORD_TTL_SECONDS,))
        return n

    def get(self, key: str) -> DraftRecord | None:
        _, rows = self._run(self._sql("SELECT draft_id, message_id, created FROM {table} "
                                      "WHERE key = ? AND state = 'done' AND created >= ?"),
                            (key, self.clock() - RECORD_TTL_SECONDS))
        return _record(*rows[0]) if rows else None

    def _polls(self, wait: float) -> Iterator[None]:
        """One turn per look at a row another request holds: sleeps 10 ms, doubling to 200 ms, between turns, and
        raises StoreError("busy") once `wait` seconds have passed."""
        deadline = time.monotonic() + wait
        delay = 0.01
        while True:
            yield
            if time.monotonic() >= deadline:
                raise StoreError("busy", "another request is still making this draft")
            self.sleep(delay)
            delay = min(delay * 2, 0.2)

    def settled(self, key: str, *, wait: float = WAIT_SECONDS) -> DraftRecord | None:
        for _ in self._polls(wait):
            now = self.clock()
            _, rows = self._run(self._sql("SELECT state, expires, draft_id, message_id, created FROM {table} "
                                          "WHERE key = ?"), (key,))
            if not rows:
                return None
            state, expires, draft_id, message_id, created = rows[0]
            if state == "done":
                return _record(draft_id, message_id, created) if float(created) >= now - RECORD_TTL_SECONDS else None
            if expires is not None and float(expires) < now:
                return None  # the claim of a request that died
        raise AssertionError("unreachable")

    def claim(self, key: str, *, replace: str | None = None, wait: float = WAIT_SECONDS) -> Claim:
        token = secrets.token_hex(16)
        for _ in self._polls(wait):
            now = self.clock()
            n, _ = self._run(self._sql("INSERT INTO {table} (key, state, token, expires, created) "
                                       "VALUES (?, 'pending', ?, ?, ?) ON CONFLICT (key) DO NOTHING"),
                             (key, token, now + LEASE_SECONDS, now))
            if n == 1:
                return Claim(key, token)
            # take over a dead request's claim, a forgotten record, or the record of a draft the user removed
            # (`replace` names it; NULL never equals anything in SQL, so replace=None replaces nothing)
            n, _ = self._run(self._sql(
                "UPDATE {table} SET state = 'pending', token = ?, expires = ?, draft_id = '', message_id = '', "
                "created = ? WHERE key = ? AND ((state = 'pending' AND expires < ?) OR "
                "(state = 'done' AND (created < ? OR draft_id = ?)))"),
                (token, now + LEASE_SECONDS, now, key, now, now - RECORD_TTL_SECONDS, replace))
            if n == 1:
                return Claim(key, token)
            _, rows = self._run(self._sql("SELECT state, token, draft_id, message_id, created FROM {table} "
                                          "WHERE key = ?"), (key,))
            if rows:
                state, holder, draft_id, message_id, created = rows[0]
                if state == "pending" and holder == token:
                    return Claim(key, token)  # our own insert, whose answer a dropped connection lost
                if state == "done":
                    return Claim(key, existing=_record(draft_id, message_id, created))
        raise AssertionError("unreachable")

    def complete(self, claim: Claim, draft_id: str, message_id: str) -> bool:
        if not claim.owned:
            raise ValueError("complete() needs an owned claim")
        n, _ = self._run(self._sql("UPDATE {table} SET state = 'done', token = NULL, expires = NULL, draft_id = ?, "
                                   "message_id = ?, created = ? WHERE key = ? AND token = ?"),
                         (draft_id, message_id, self.clock(), claim.key, claim.token))
        claim.done = True
        return n == 1

    def release(self, claim: Claim) -> None:
        if claim.owned:
            self._run(self._sql("DELETE FROM {table} WHERE key = ? AND token = ? AND state = 'pending'"),
                      (claim.key, claim.token))
        claim.done = True

    def rows(self) -> list[tuple[Any, ...]]:
        return self._run(self._sql("SELECT * FROM {table}"))[1]
