"""One contract for every draft store (addon.draftstore.DraftStore), run against each implementation: SQLite
(the embedded default) and PostgreSQL (a real server: see tests/pgcluster.py). A new implementation joins by
adding a parameter to the `kind` fixture."""
from __future__ import annotations

import multiprocessing
import re
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from addon.draftstore import LEASE_SECONDS, RECORD_TTL_SECONDS, DraftStore, StoreError, idempotency_key
from addon.sqlitestore import SqliteDraftStore
from gmail.draftrecord import DraftRecord

from .conftest import drop_table, new_table
from .storeworker import open_store, process_clicks

KEY = idempotency_key("sam.rivera@gmail.com", "18fae27693b40002", "decline")


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(params=["sqlite", "postgres"])
def kind(request) -> str:
    return request.param


@pytest.fixture
def spec(kind, tmp_path, request) -> Any:
    """(kind, file or URL, table): every store opened on one spec shares one record, as instances do."""
    table = new_table()
    if kind == "sqlite":
        yield ("sqlite", str(tmp_path / "drafts.sqlite3"), table)
        return
    url = request.getfixturevalue("pg_url")
    yield ("postgres", url, table)
    drop_table(url, table)


@pytest.fixture
def make(spec) -> Any:
    made: list[DraftStore] = []

    def factory(**kw: Any) -> DraftStore:
        s = open_store(spec, **kw)
        made.append(s)
        return s

    yield factory
    for s in made:
        s.close()


def test_empty_store_has_no_record(make):
    assert make().get(KEY) is None


def test_one_claim_owns_then_the_record_decides(make):
    a, b = make(), make()  # two instances on one database
    c = a.claim(KEY)
    assert c.owned and c.existing is None
    with pytest.raises(StoreError) as exc:
        b.claim(KEY, wait=0)
    assert exc.value.kind == "busy"
    assert b.get(KEY) is None  # pending is not a record yet
    assert a.complete(c, "r-123", "18fae2769aaa0001")
    rec = b.get(KEY)
    assert (rec.draft_id, rec.message_id) == ("r-123", "18fae2769aaa0001")
    # the one draft record shape, shared with the CLI's draft log (gmail.state.LoggedDraft extends it)
    assert type(rec) is DraftRecord and datetime.fromisoformat(rec.created_at).utcoffset() == timedelta(0)
    again = b.claim(KEY)
    assert not again.owned and again.existing == rec


def _in_another_thread(call: Callable[[], Any]) -> tuple[threading.Thread, list[Any]]:
    """`call` started in another thread (a second request waiting on the store), given time to start waiting; its
    answer lands in the list."""
    got: list[Any] = []
    t = threading.Thread(target=lambda: got.append(call()))
    t.start()
    time.sleep(0.2)
    return t, got


def test_a_waiting_claim_gets_the_record_when_it_is_made(make):
    a, b = make(), make()
    c = a.claim(KEY)
    t, got = _in_another_thread(lambda: b.claim(KEY, wait=10))
    a.complete(c, "r-1", "m-1")
    t.join(10)
    assert not got[0].owned and got[0].existing.draft_id == "r-1"


def test_settled_waits_for_a_pending_claim(make):
    """Redraft reads the record with `settled`: a claim in progress is waited for, not read as "no record"."""
    clock = Clock()
    a, b = make(clock=clock), make(clock=clock)
    assert b.settled(KEY, wait=0) is None  # no row at all
    c = a.claim(KEY)
    with pytest.raises(StoreError) as exc:
        b.settled(KEY, wait=0)
    assert exc.value.kind == "busy"
    t, got = _in_another_thread(lambda: b.settled(KEY, wait=10))
    a.complete(c, "r-1", "m-1")
    t.join(10)
    assert got[0].draft_id == "r-1"
    dead = a.claim(idempotency_key("x", "y", "decline"))
    clock.now += LEASE_SECONDS + 1  # a dead request's claim is no record, and no reason to wait
    assert b.settled(dead.key, wait=0) is None
    clock.now += RECORD_TTL_SECONDS  # and a record past its lifetime is forgotten
    assert b.settled(KEY, wait=0) is None


def test_release_frees_the_conversation(make):
    s = make()
    c = s.claim(KEY)
    s.release(c)
    assert s.get(KEY) is None
    assert s.claim(KEY).owned


def test_claimed_releases_on_error(make):
    s = make()
    with pytest.raises(RuntimeError), s.claimed(KEY) as c:
        assert c.owned
        raise RuntimeError("compose failed")
    assert s.claim(KEY, wait=0).owned


def test_a_dead_requests_claim_expires(make):
    clock = Clock()
    a, b = make(clock=clock), make(clock=clock)
    dead = a.claim(KEY)
    clock.now += LEASE_SECONDS + 1
    taken = b.claim(KEY, wait=0)
    assert taken.owned
    assert not a.complete(dead, "r-late", "m-late")  # the lease was lost: its late write changes nothing
    a.release(dead)  # nor does its release
    assert b.complete(taken, "r-2", "m-2")
    assert a.get(KEY).draft_id == "r-2"


def test_replace_only_the_named_draft(make):
    s = make()
    c = s.claim(KEY)
    s.complete(c, "r-old", "m-old")
    assert s.claim(KEY, replace="r-other").existing.draft_id == "r-old"
    new = s.claim(KEY, replace="r-old")
    assert new.owned
    # a second "draft again" / Redraft click naming the old draft waits for the new one, then opens it
    t, got = _in_another_thread(lambda: s.claim(KEY, replace="r-old", wait=10))
    s.complete(new, "r-new", "m-new")
    t.join(10)
    assert got[0].existing.draft_id == "r-new"


def test_unconfirmed_draft_is_recorded_and_replaceable(make):
    s = make()
    c = s.claim(KEY)
    s.complete(c, "", "")  # Gmail's answer was lost: a draft may exist
    assert s.get(KEY).draft_id == ""
    assert s.claim(KEY).existing.draft_id == ""
    assert s.claim(KEY, replace="").owned


def test_records_expire(make):
    clock = Clock()
    s = make(clock=clock)
    c = s.claim(KEY)
    s.complete(c, "r-1", "m-1")
    clock.now += RECORD_TTL_SECONDS + 1
    assert s.get(KEY) is None
    assert s.claim(KEY).owned


def test_keys_are_independent(make):
    s = make()
    other = idempotency_key("sam.rivera@gmail.com", "18fae27693b40002", "cancel")
    s.complete(s.claim(KEY), "r-1", "m-1")
    assert s.claim(other, wait=0).owned
    assert s.get(other) is None


def test_fifty_threads_one_owner(make):
    stores = [make(), make()]
    owners: list[int] = []

    def click(i: int) -> str:
        st = stores[i % 2]
        c = st.claim(KEY, wait=15)
        if c.owned:
            owners.append(i)
            time.sleep(0.05)  # Gmail making the draft
            st.complete(c, f"r-{i}", f"m-{i}")
            return f"r-{i}"
        return c.existing.draft_id

    with ThreadPoolExecutor(max_workers=50) as pool:
        ids = list(pool.map(click, range(50)))
    assert len(owners) == 1
    assert set(ids) == {f"r-{owners[0]}"}


def test_processes_one_owner(spec, make):
    make()  # schema ready before the processes race
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    procs = [ctx.Process(target=process_clicks, args=(spec, KEY, 8, out)) for _ in range(3)]
    for p in procs:
        p.start()
    results = [out.get(timeout=60) for _ in range(24)]
    for p in procs:
        p.join(30)
    assert results.count("owner") == 1
    assert len(set(results) - {"owner"}) == 1


def test_rows_hold_only_ids_and_hashes(make):
    s = make()
    s.complete(s.claim(KEY), "r-8371930", "18fae2769aaa0001")
    s.claim(idempotency_key("x@y.example", "t2", "cancel"))  # a pending one too
    allowed = re.compile(r"^(?:[0-9a-f]{32}|[0-9a-f]{64}|pending|done|r-\d+|[0-9a-f]{16}|)$")
    rows = s.rows()
    assert len(rows) == 2
    for row in rows:
        for value in row:
            assert value is None or isinstance(value, float) or allowed.match(str(value)), value


def test_a_database_that_cannot_be_reached(kind, tmp_path):
    if kind == "sqlite":
        with pytest.raises((StoreError, OSError)):
            SqliteDraftStore(tmp_path / "missing" / "drafts.sqlite3")
        return
    from addon.pgstore import PostgresDraftStore

    started = time.monotonic()
    with pytest.raises(StoreError) as exc:
        PostgresDraftStore("postgresql://nobody:secret-pw@127.0.0.1:1/regrets")
    assert exc.value.kind == "store" and "secret-pw" not in str(exc.value)
    assert time.monotonic() - started < 10


def test_sqlite_file_is_private(tmp_path):
    s = SqliteDraftStore(tmp_path / "drafts.sqlite3")
    s.complete(s.claim(KEY), "r-1", "m-1")
    for f in Path(tmp_path).iterdir():
        assert f.stat().st_mode & 0o077 == 0, f
    assert s.rows()
