"""Many instances on one draft record: two gunicorn instances of the add-on, 4 workers each, as Cloud Run scales
out -- on one PostgreSQL database, and (one host) on one SQLite file. Clicks and cards are split across them."""
from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import requests

from gmail.emulator import Emulator

from .conftest import ACCESS_TOKEN, BASE_URL, DEMO_MBOX, NOW, OWNER, SERVICE_ACCOUNT, USER_TOKEN, Addon
from .procs import Gunicorn

INSTANCES = 2
WORKERS = 4


@pytest.fixture
def database(request, tmp_path) -> Iterator[dict[str, str]]:
    """The environment that points every instance at one draft record (a fresh database or state folder)."""
    if request.param == "sqlite":
        yield {"REGRETS_ADDON_STATE_DIR": str(tmp_path / "state")}
        return
    import psycopg

    url = request.getfixturevalue("pg_url")
    name = f"regrets_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield {"REGRETS_ADDON_DATABASE_URL": url.rsplit("/", 1)[0] + "/" + name}
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture
def instances(keys, database, tmp_path) -> Iterator[tuple[Emulator, list[Gunicorn]]]:
    emu = Emulator([DEMO_MBOX], me=OWNER, now=NOW).start()
    env = {"REGRETS_ADDON_BASE_URL": BASE_URL, "REGRETS_ADDON_SERVICE_ACCOUNT": SERVICE_ACCOUNT,
           "REGRETS_GOOGLE_CERTS_URL": keys.certs_url, "REGRETS_GMAIL_API_ROOT": emu.url, **database}
    # started together (the schema made at once by two masters); --preload: each app is built once and forked into
    # its workers, so the store's connections must be reopened per process (and boot costs one import, not four)
    servers = [Gunicorn(env, tmp_path / f"instance-{i}.log", workers=WORKERS, threads=2, preload=True)
               for i in range(INSTANCES)]
    try:
        for s in servers:
            s.wait()
        yield emu, servers
    finally:
        for s in servers:
            s.stop()
        emu.stop()


def storm(n: int, send: Any) -> list[requests.Response]:
    """n requests released together (a barrier), each on its own connection."""
    gate = threading.Barrier(n)

    def one(i: int) -> requests.Response:
        with requests.Session() as s:
            gate.wait(30)
            return send(s, i)

    with ThreadPoolExecutor(max_workers=n) as pool:
        return list(pool.map(one, range(n)))


@pytest.mark.parametrize("database", ["postgres", "sqlite"], indirect=True)
def test_two_instances_make_one_draft_and_answer_every_card(keys, instances):
    emu, servers = instances
    probe = Addon(None, keys, emu, None)  # only for ids and event bodies
    tid = probe.thread_id("Lumen")
    mid = probe.last_message_id(tid)
    click = probe.event(tid, mid, form={"intent": "decline"}, params={"threadId": tid, "messageId": mid, "mode": "invite"})
    draft_token = keys.mint(BASE_URL + "/actions/draft", SERVICE_ACCOUNT)

    resps = storm(50, lambda s, i: s.post(servers[i % INSTANCES].url + "/actions/draft", json=click, timeout=60,
                                          headers={"Authorization": f"Bearer {draft_token}"}))
    assert [r.status_code for r in resps] == [200] * 50
    assert len(emu.mailbox.drafts) == 1
    assert emu.counters.requests["drafts.create"] == 1
    (draft_id,) = emu.mailbox.drafts
    opened = {r.json()["renderActions"]["hostAppAction"]["gmailAction"]["openCreatedDraftActionMarkup"]["draftId"]
              for r in resps}
    assert opened == {draft_id}

    threads = list(emu.mailbox.threads)
    card_token = keys.mint(BASE_URL + "/on-message", SERVICE_ACCOUNT)

    def card(s: requests.Session, i: int) -> requests.Response:
        t = threads[i % len(threads)]
        return s.post(servers[i % INSTANCES].url + "/on-message", json=probe.event(t, probe.last_message_id(t)),
                      headers={"Authorization": f"Bearer {card_token}"}, timeout=60)

    cards = storm(200, card)
    errors = [r.status_code for r in cards if r.status_code != 200 or "regrets-error" in r.text]
    assert errors == []
    assert all("pushCard" in r.text for r in cards)

    # nothing the record holds is mail content or a token
    record = dump_record(servers)
    for secret in (USER_TOKEN, ACCESS_TOKEN, draft_token, card_token, OWNER, "sam.rivera", "Lumen", "Priya",
                   "Senior Data Engineer", "lumenfreight"):
        assert secret not in record


def dump_record(servers: list[Gunicorn]) -> str:
    """Every byte the draft record holds, as text (the SQLite files, or every row of the PostgreSQL table)."""
    env = servers[0].env
    if "REGRETS_ADDON_DATABASE_URL" in env:
        import psycopg

        with psycopg.connect(env["REGRETS_ADDON_DATABASE_URL"]) as conn:
            rows = conn.execute("SELECT * FROM regrets_addon_drafts").fetchall()
        assert len(rows) == 1
        return repr(rows)
    files = sorted(Path(env["REGRETS_ADDON_STATE_DIR"]).iterdir())
    assert any(f.name == "drafts.sqlite3" for f in files)
    return "".join(f.read_bytes().decode("latin-1") for f in files)
