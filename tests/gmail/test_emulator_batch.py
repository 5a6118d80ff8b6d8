"""The /batch endpoint through googleapiclient's BatchHttpRequest (multipart/mixed both ways)."""
from __future__ import annotations

import base64
from email.message import EmailMessage

import pytest
from googleapiclient.errors import HttpError
from googleapiclient.http import BatchHttpRequest

from .conftest import EXAMPLE_OWNER, gmail_client


def _thread_ids(gmail) -> list[str]:
    return [t["id"] for t in gmail.users().threads().list(userId="me").execute()["threads"]]


def test_batch_threads_get_with_a_missing_one(emulator, gmail):
    ids = _thread_ids(gmail)
    results: dict[str, object] = {}

    def cb(request_id, response, exception):
        results[request_id] = exception or response

    batch = gmail.new_batch_http_request(callback=cb)
    for tid in ids:
        batch.add(gmail.users().threads().get(userId="me", id=tid, format="metadata", metadataHeaders=["Subject"],
                                              fields="id,messages(id,payload/headers)"), request_id=tid)
    batch.add(gmail.users().threads().get(userId="me", id="00000000000000aa"), request_id="missing")
    batch.execute()
    assert set(results) == set(ids) | {"missing"}
    assert isinstance(results["missing"], HttpError) and results["missing"].status_code == 404
    for tid in ids:
        assert results[tid]["id"] == tid and set(results[tid]) == {"id", "messages"}
    c = emulator.counters
    assert c.batch_requests == 1 and c.batch_parts == len(ids) + 1 and c.http_requests == 2  # + the list
    assert c.requests["threads.get"] == len(ids) + 1
    assert c.units["threads.get"] == 10 * (len(ids) + 1)  # each part is charged, the 404 included


def test_batch_on_plain_batch_path_with_post_and_delete(emulator, gmail):
    """POST /batch (the discovery default) works too; POST and DELETE parts run; 204 parts parse."""
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = EXAMPLE_OWNER, "x@example.com", "Hello"
    m.set_content("Body ünïcode")
    raw = base64.urlsafe_b64encode(m.as_bytes()).decode()
    out: dict[str, object] = {}

    def cb(request_id, response, exception):
        out[request_id] = exception or response

    batch = BatchHttpRequest(callback=cb, batch_uri=emulator.url + "batch")
    batch.add(gmail.users().drafts().create(userId="me", body={"message": {"raw": raw}}), request_id="create")
    batch.add(gmail.users().labels().list(userId="me"), request_id="labels")
    batch.execute(http=gmail._http)
    draft = out["create"]
    assert draft["message"]["labelIds"] == ["DRAFT"]
    assert "labels" in out["labels"]
    body = gmail.users().drafts().get(userId="me", id=draft["id"]).execute()["message"]["payload"]["body"]["data"]
    assert "ünïcode" in base64.urlsafe_b64decode(body + "==").decode()

    batch = BatchHttpRequest(callback=cb, batch_uri=emulator.url + "batch")
    batch.add(gmail.users().drafts().delete(userId="me", id=draft["id"]), request_id="delete")
    batch.execute(http=gmail._http)
    assert out["delete"] == ""
    assert emulator.mailbox.drafts == {}


def test_batch_over_100_calls_is_refused(emulator, gmail):
    ids = _thread_ids(gmail)
    batch = gmail.new_batch_http_request()
    for i in range(101):
        batch.add(gmail.users().threads().get(userId="me", id=ids[i % len(ids)], format="minimal"))
    with pytest.raises(HttpError) as exc:
        batch.execute()
    assert exc.value.status_code == 400 and "Limit: 100" in str(exc.value)


def test_batch_parts_count_against_quota(make_emulator):
    emu = make_emulator(quota_per_minute=30)
    svc = gmail_client(emu)
    ids = list(emu.mailbox.threads)[:5]
    errors: list[HttpError] = []
    ok: list[dict] = []

    def cb(request_id, response, exception):
        (errors.append(exception) if exception else ok.append(response))

    batch = svc.new_batch_http_request(callback=cb)
    for tid in ids:
        batch.add(svc.users().threads().get(userId="me", id=tid, format="minimal"))
    batch.execute()
    assert len(ok) == 3 and len(errors) == 2
    assert all(e.status_code == 429 and e.error_details[0]["reason"] == "rateLimitExceeded" for e in errors)
    assert emu.counters.units["threads.get"] == 30 and emu.counters.quota_rejections == 2
