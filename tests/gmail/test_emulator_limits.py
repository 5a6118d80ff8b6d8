"""Knobs: quota with 429 + Retry-After, injected faults (reproducible), drops, latency, concurrency, stats."""
from __future__ import annotations

import threading
import time

import pytest
import requests
from googleapiclient.errors import HttpError

from .conftest import gmail_client


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def _tid(emu) -> str:
    return next(iter(emu.mailbox.threads))


def test_quota_429_with_retry_after_then_recovers(make_emulator):
    emu = make_emulator(quota_per_minute=30)
    clock = FakeClock()
    emu.quota.clock = clock
    svc = gmail_client(emu)
    tid = _tid(emu)
    for _ in range(3):
        svc.users().threads().get(userId="me", id=tid, format="minimal").execute()
        clock.t += 10
    with pytest.raises(HttpError) as exc:
        svc.users().getProfile(userId="me").execute()  # even 1 unit more is refused
    err = exc.value
    assert err.status_code == 429 and err.error_details[0]["reason"] == "rateLimitExceeded"
    assert err.reason.startswith("User-rate limit exceeded.  Retry after 20")
    assert err.resp["retry-after"] == "30"  # the first 10 units leave the 60 s window 30 s from now
    clock.t += 30
    assert svc.users().getProfile(userId="me").execute()["emailAddress"]
    c = emu.counters
    assert c.units == {"threads.get": 30, "getProfile": 1} and c.quota_rejections == 1
    assert c.statuses["getProfile"] == {429: 1, 200: 1}


def test_unit_table_2026(make_emulator):
    emu = make_emulator(unit_table="2026")
    svc = gmail_client(emu)
    mid = next(iter(emu.mailbox.messages))
    svc.users().messages().get(userId="me", id=mid).execute()
    assert emu.counters.units["messages.get"] == 20


def _run_calls(emu, n: int) -> list[int]:
    svc = gmail_client(emu)
    tid = _tid(emu)
    out = []
    for _ in range(n):
        try:
            svc.users().threads().get(userId="me", id=tid, format="minimal").execute()
            out.append(200)
        except HttpError as exc:
            out.append(exc.status_code)
    return out


def test_injected_faults_are_counted_and_reproducible(make_emulator):
    a = make_emulator(fault_rate=0.3, seed=7, fault_kinds=("429", "500", "503"))
    b = make_emulator(fault_rate=0.3, seed=7, fault_kinds=("429", "500", "503"))
    first, second = _run_calls(a, 60), _run_calls(b, 60)
    assert first == second
    failures = [s for s in first if s != 200]
    assert 8 <= len(failures) <= 30 and set(failures) <= {429, 500, 503}
    faults = a.counters.faults
    assert sum(faults.values()) == len(failures)
    assert faults.get("500", 0) == failures.count(500)
    assert a.counters.units["threads.get"] == 10 * first.count(200)  # faulted calls are not charged
    assert a.counters.failed() == len(failures)


def test_dropped_connections(make_emulator):
    emu = make_emulator(fault_rate=1.0, fault_kinds=("drop",))
    svc = gmail_client(emu)
    with pytest.raises(Exception) as exc:
        svc.users().getProfile(userId="me").execute()
    assert not isinstance(exc.value, HttpError)  # no HTTP answer at all
    assert emu.counters.faults["drop"] >= 1
    emu.fault_rate = 0.0
    assert svc.users().getProfile(userId="me").execute()["emailAddress"]


def test_drop_after_commit_keeps_the_side_effect(make_emulator, mail_factory):
    import base64

    emu = make_emulator(fault_rate=1.0, fault_kinds=("drop_after",))
    svc = gmail_client(emu)
    raw = base64.urlsafe_b64encode(mail_factory("Draft")).decode()
    with pytest.raises(requests.ConnectionError):  # the answer was dropped: no HTTP status
        svc.users().drafts().create(userId="me", body={"message": {"raw": raw}}).execute()
    assert len(emu.mailbox.drafts) == 1  # created although the client never heard back (and sent once)


def test_error_after_commit_only_on_chosen_methods(make_emulator, mail_factory):
    """500_after: the write runs, then the answer is a 500; --fault-methods keeps reads clean."""
    import base64

    emu = make_emulator(fault_rate=1.0, fault_kinds=("500_after",), fault_methods=("drafts.create", "drafts.delete"))
    svc = gmail_client(emu)
    assert svc.users().getProfile(userId="me").execute()["emailAddress"]  # not a chosen method: no fault
    raw = base64.urlsafe_b64encode(mail_factory("Draft")).decode()
    with pytest.raises(HttpError) as exc:
        svc.users().drafts().create(userId="me", body={"message": {"raw": raw}}).execute()
    assert exc.value.resp.status == 500
    (draft_id,) = emu.mailbox.drafts  # it was made
    with pytest.raises(HttpError) as exc:
        svc.users().drafts().delete(userId="me", id=draft_id).execute()
    assert exc.value.resp.status == 500 and not emu.mailbox.drafts  # and deleted
    assert emu.counters.faults == {"500_after": 2}
    assert emu.counters.units["drafts.create"] == 10  # it ran, so it is charged
    knobs = requests.post(emu.url + "_emulator/knobs", json={"fault_methods": None}, timeout=5).json()
    assert knobs["fault_methods"] is None
    with pytest.raises(HttpError):
        svc.users().getProfile(userId="me").execute()


def test_server_without_batch_support(make_emulator):
    emu = make_emulator(batch=False)
    svc = gmail_client(emu)
    batch = svc.new_batch_http_request()
    batch.add(svc.users().getProfile(userId="me"))
    with pytest.raises(HttpError) as exc:
        batch.execute()
    assert exc.value.resp.status == 404
    assert svc.users().getProfile(userId="me").execute()["emailAddress"]  # single calls work


def test_latency(make_emulator):
    emu = make_emulator(latency_ms=150)
    svc = gmail_client(emu)
    t0 = time.perf_counter()
    svc.users().getProfile(userId="me").execute()
    assert time.perf_counter() - t0 >= 0.15


def test_concurrency_limit(make_emulator):
    emu = make_emulator(latency_ms=0, max_concurrent=1)
    gate = threading.Event()
    original = emu.api.get_profile

    def slow(req, params):
        gate.wait(2)
        return original(req, params)

    emu.api.routes = [(v, rx, n, slow if n == "getProfile" else h) for v, rx, n, h in emu.api.routes]
    results: list[int] = []

    def call():
        results.append(requests.get(emu.url + "gmail/v1/users/me/profile",
                                    headers={"Authorization": "Bearer x"}, timeout=5).status_code)

    t = threading.Thread(target=call)
    t.start()
    time.sleep(0.2)
    second = requests.get(emu.url + "gmail/v1/users/me/profile", headers={"Authorization": "Bearer x"}, timeout=5)
    gate.set()
    t.join()
    assert second.status_code == 429 and second.headers["Retry-After"] == "1"
    assert results == [200] and emu.counters.concurrency_rejections == 1


def test_auth_required_and_stats_endpoints(emulator):
    r = requests.get(emulator.url + "gmail/v1/users/me/profile", timeout=5)
    assert r.status_code == 401 and r.json()["error"]["status"] == "UNAUTHENTICATED"
    r = requests.get(emulator.url + "gmail/v1/users/me/nothing-here", headers={"Authorization": "Bearer x"}, timeout=5)
    assert r.status_code == 404
    ok = requests.get(emulator.url + "gmail/v1/users/me/threads?maxResults=1&alt=json",
                      headers={"Authorization": "Bearer x"}, timeout=5)
    assert ok.status_code == 200 and ok.headers["Content-Type"].startswith("application/json")
    stats = requests.get(emulator.url + "_emulator/stats", timeout=5).json()
    assert stats["requests"]["threads.list"] == 1 and stats["units"]["threads.list"] == 10
    assert stats["mailbox"]["threads"] == 6 and stats["http_requests"] == 3
    knobs = requests.post(emulator.url + "_emulator/knobs", json={"fault_rate": 0.5, "latency_ms": 5}, timeout=5).json()
    assert knobs["fault_rate"] == 0.5 and emulator.latency_ms == 5
    assert requests.post(emulator.url + "_emulator/reset", timeout=5).json() == {"reset": True}
    assert emulator.counters.total_requests == 0 and emulator.stats()["total_units"] == 0
