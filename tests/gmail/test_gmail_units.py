"""Small pieces of the Gmail adapter on their own: the quota pacer (with a fake clock), retry classification and
backoff, payload decoding, aliases and signatures, the local draft record."""
from __future__ import annotations

import base64
import json
import random
import stat

import httplib2
import pytest
from googleapiclient.errors import HttpError

from gmail import b64url, decode
from gmail.errors import GmailProblem
from gmail.identity import Identity
from gmail.pacing import UnitPacer
from gmail.query import parse_age
from gmail.retry import Backoff, is_refused, is_retryable, retry_after
from gmail.draftrecord import DraftRecord
from gmail.state import DraftLog, LoggedDraft, mailbox_key
from regrets.errors import MalformedMessage


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def sleep(self, s: float) -> None:
        assert s >= 0
        self.t += s


def test_pacer_never_spends_more_than_the_limit_in_any_window():
    clock = FakeClock()
    pacer = UnitPacer(6000, clock=clock, sleep=clock.sleep)
    spent: list[tuple[float, int]] = []
    rng = random.Random(5)
    for _ in range(2500):
        units = rng.choice([1, 5, 10, 10, 10, 200])
        t = pacer.acquire(units)
        start = clock.t
        clock.t += rng.uniform(0.01, 0.3)  # the call takes a while
        pacer.settle(t)
        spent.append((start, units))
    for i, (t0, _) in enumerate(spent):
        window = sum(u for t, u in spent if t0 <= t < t0 + 60)
        assert window <= 6000, (i, window)
        burst = sum(u for t, u in spent if t0 <= t < t0 + 1)
        assert burst <= 250, (i, burst)  # the per-second cap (older "250 units per second" rule)
    # and it is not needlessly slow: within 5% of total units / rate, despite calls of mixed sizes (a big call
    # waits until enough budget is free) and entries being kept until their answer arrives
    total = sum(u for _, u in spent)
    assert total > 4 * 6000
    assert clock.t - 1000.0 <= 1.05 * total / 100


def test_pacer_refunds_refused_calls_and_obeys_cool_down():
    clock = FakeClock()
    pacer = UnitPacer(100, clock=clock, sleep=clock.sleep)
    t = pacer.acquire(100)
    pacer.settle(t, 0)  # refused (429): not charged
    pacer.acquire(100)  # fits at once
    assert clock.t == 1000.0
    pacer.cool_down(5)
    pacer2 = pacer.acquire  # the next call waits for the window, which is longer than the cool-down
    pacer2(1)
    assert clock.t >= 1060.0
    free = UnitPacer(None, clock=clock, sleep=clock.sleep)
    free.cool_down(3)
    before = clock.t
    free.acquire(10_000)
    assert clock.t - before == pytest.approx(3)


def _error(status: int, reason: str = "", headers: dict | None = None, message: str = "") -> HttpError:
    resp = httplib2.Response({"status": status, **(headers or {})})
    body = {"error": {"code": status, "message": message, "errors": [{"reason": reason}] if reason else []}}
    return HttpError(resp, json.dumps(body).encode())


def test_retry_classification_and_hints():
    assert is_retryable(_error(429, "rateLimitExceeded")) and is_refused(_error(429))
    assert is_retryable(_error(503)) and not is_refused(_error(503))
    assert is_retryable(_error(403, "userRateLimitExceeded")) and is_refused(_error(403, "rateLimitExceeded"))
    assert not is_retryable(_error(403, "forbidden")) and not is_retryable(_error(404)) and not is_retryable(_error(400))
    assert is_retryable(ConnectionResetError()) and not is_retryable(httplib2.ServerNotFoundError("x"))
    assert retry_after(_error(429, headers={"retry-after": "7"})) == 7
    msg = _error(429, message="User-rate limit exceeded.  Retry after 2030-01-01T00:00:10.000Z")
    from datetime import datetime, timezone

    assert retry_after(msg, now=datetime(2030, 1, 1, tzinfo=timezone.utc)) == pytest.approx(10)
    b = Backoff(base=0.5, cap=8, rng=random.Random(1))
    for attempt in range(8):
        d = b.delay(attempt)
        ceiling = min(8, 0.5 * 2 ** attempt)
        assert ceiling / 2 <= d <= ceiling
    assert b.delay(0, server_hint=30) == 30


def test_decode_unpadded_and_standard_alphabet():
    data = "Zoë → wawancara ✓".encode()
    unpadded = base64.urlsafe_b64encode(data).decode().rstrip("=")
    assert b64url.decode(unpadded) == data
    assert b64url.decode(base64.b64encode(data).decode()) == data
    assert b64url.decode(b64url.encode(data, pad=False)) == data == b64url.decode(b64url.encode(data))
    assert b64url.encode(b"ab") == "YWI=" and b64url.encode(b"ab", pad=False) == "YWI"
    with pytest.raises(ValueError):
        b64url.decode("a")
    with pytest.raises(MalformedMessage):
        decode.body_bytes("a")


def _part(mime, data=None, filename="", att=None, size=None, headers=(), parts=None):
    body = {"size": size if size is not None else len(data or b"")}
    if data is not None:
        body["data"] = base64.urlsafe_b64encode(data).decode().rstrip("=")
    if att:
        body["attachmentId"] = att
    p = {"mimeType": mime, "filename": filename, "headers": [{"name": k, "value": v} for k, v in headers], "body": body}
    if parts is not None:
        p["parts"] = parts
    return p


ICS = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261203T030000Z\r\nSUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"


def test_needed_attachments_are_fetched_once():
    inline = _part("text/calendar", ICS, headers=[("Content-Type", "text/calendar; method=REQUEST")])
    same_file = _part("application/ics", filename="invite.ics", att="A1", size=len(ICS))
    other_file = _part("application/octet-stream", filename="other.ics", att="A2", size=999)
    pdf = _part("application/pdf", filename="cv.pdf", att="A3", size=5000)
    msg = {"id": "m1", "payload": _part("multipart/mixed", parts=[inline, same_file, other_file, pdf])}
    assert decode.needed_attachments(msg) == [decode.AttachmentRef("m1", "A2")]
    only_file = {"id": "m2", "payload": _part("multipart/mixed", parts=[_part("text/plain", b"hi"), same_file])}
    assert decode.needed_attachments(only_file) == [decode.AttachmentRef("m2", "A1")]


def test_forwarded_message_by_attachment_id_is_fetched_and_read():
    """A message/rfc822 part served whole by attachment id is fetched (only it and calendars: not the PDF) and read
    as a nested message; one served with its own part tree needs no fetch."""
    fwd = (b"From: Rina <rina@maju.example>\r\nSubject: Undangan\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n"
           b"<p>Wawancara: Kamis, 3 Desember 2026 pukul 10.00 WIB \x96 Caf\xe9</p>\r\n")
    whole = _part("message/rfc822", filename="Undangan.eml", att="F1", size=len(fwd))
    tree = _part("message/rfc822", parts=[_part("text/plain", b"nested text", headers=[("Content-Type", "text/plain")])])
    pdf = _part("application/pdf", filename="cv.pdf", att="P1", size=5000)
    payload = _part("multipart/mixed", headers=[("From", "Dewi <dewi@maju.example>"), ("Subject", "Fwd: Undangan")],
                    parts=[_part("text/plain", b"Terlampir."), whole, tree, pdf])
    msg = {"id": "m5", "payload": payload}
    assert decode.needed_attachments(msg) == [decode.AttachmentRef("m5", "F1")]
    asked = []

    def lookup(aid):
        asked.append(aid)
        return {"F1": fwd, "P1": b"%PDF"}[aid]

    m = decode.to_core(msg, lookup)
    assert asked == ["F1"]
    assert "Terlampir." in m.text and "pukul 10.00 WIB \u2013 Caf\u00e9" in m.text and "nested text" in m.text
    assert "pukul 10.00" not in decode.to_core(msg).text  # nothing fetched: the forwarded text is not there


def test_payload_to_core_message():
    text = "Undangan wawancara: Kamis, 3 Desember 2026 pukul 10.00 WIB".encode("iso-8859-1", "replace")
    fwd = b"From: Giulia <g@velaro.it>\r\nSubject: Interview\r\nContent-Type: text/plain\r\n\r\nForwarded interview text\r\n"
    payload = _part("multipart/mixed", headers=[("From", "Rina <rina@maju.example>"), ("To", "Alex <alex.tan@gmail.com>"),
                                                ("Subject", "Undangan – wawancara"), ("Message-ID", "<a@b>"),
                                                ("Date", "Thu, 26 Nov 2026 09:00:00 +0700")],
                    parts=[_part("text/plain", text, headers=[("Content-Type", "text/plain; charset=ISO-8859-1"),
                                                               ("Content-Transfer-Encoding", "quoted-printable")]),
                           _part("application/ics", filename="invite.ics", att="X", size=len(ICS)),
                           _part("message/rfc822", fwd, headers=[("Content-Type", "message/rfc822")])])
    m = decode.to_core({"id": "m9", "threadId": "t1", "labelIds": ["INBOX"], "payload": payload}, {"X": ICS}.get)
    assert m.subject == "Undangan – wawancara" and m.message_id == "<a@b>" and m.gmail_id == "m9"
    assert m.sender.email == "rina@maju.example" and m.to[0].email == "alex.tan@gmail.com"
    assert "pukul 10.00 WIB" in m.text and "Forwarded interview text" in m.text
    assert m.calendars and "DTSTART:20261203T030000Z" in m.calendars[0]
    assert m.labels == ("INBOX",) and m.thread_hint == "t1"
    with pytest.raises(MalformedMessage):
        decode.to_core({"id": "x", "payload": _part("text/plain", b"no headers at all")})
    with pytest.raises(MalformedMessage):
        decode.to_core({"id": "x"})


def test_alias_choice_and_signature_text():
    me = Identity.from_api({"emailAddress": "Alex.Tan@gmail.com"}, {"sendAs": [
        {"sendAsEmail": "alex.tan@gmail.com", "displayName": "Alex Tan", "isPrimary": True, "isDefault": True,
         "signature": "<div>Alex Tan<br>+62 812</div>"},
        {"sendAsEmail": "alex@work.example", "displayName": "Alex (Work)", "verificationStatus": "accepted"},
        {"sendAsEmail": "pending@x.example", "verificationStatus": "pending"}]})
    assert [a.email for a in me.aliases] == ["alex.tan@gmail.com", "alex@work.example"]
    assert me.alias_for(["someone@else.example", "ALEX@work.example"]).name == "Alex (Work)"
    assert me.alias_for(["alextan+jobs@googlemail.com"]).email == "alex.tan@gmail.com"  # Gmail dots/+tags
    assert me.alias_for([]).is_default
    assert me.default.signature_text == "Alex Tan\n+62 812"
    assert me.owns("a.l.e.x.t.a.n@gmail.com") and not me.owns("rita@acme.example")


def test_draft_record_file_is_private_and_keyed_by_mailbox(tmp_path):
    log = DraftLog(tmp_path / "d" / "gmail-drafts.json")
    key = mailbox_key("Alex.Tan@gmail.com", None)
    assert key == "alex.tan@gmail.com" and mailbox_key("a@b", "http://127.0.0.1:1/").endswith("via http://127.0.0.1:1/")
    log.put(key, LoggedDraft("r1", "m1", "2026-11-26T02:00:00+00:00", thread_id="t1", rfc_message_id="<x@y>",
                             subject="Re: Hi", to="rita@acme.example"))
    log.put("other@x", LoggedDraft("r2", "m2", "2026-11-26T02:00:00+00:00", thread_id="t2"))
    assert [r.draft_id for r in log.records(key)] == ["r1"]
    assert isinstance(log.get(key, "t1"), DraftRecord)  # the add-on's draft store keeps the same record
    assert stat.S_IMODE(log.path.stat().st_mode) == 0o600
    log.path.write_text("{broken")
    with pytest.raises(GmailProblem, match="unreadable"):
        log.records(key)


def test_draft_record_leftovers_of_killed_writes_are_removed(tmp_path):
    import os

    from gmail.state import TEMP_PREFIX

    dead = tmp_path / (TEMP_PREFIX + "abc123")  # a writer killed before its rename (nobody holds it locked)
    dead.write_text('{"half')
    fresh = tmp_path / (TEMP_PREFIX + "def456")  # too young to tell: left alone
    fresh.write_text("{")
    other = tmp_path / "notes.txt"
    other.write_text("mine")
    os.utime(dead, (1, 1))
    DraftLog(tmp_path / "gmail-drafts.json")
    assert not dead.exists() and fresh.exists() and other.exists()


def test_age_values():
    assert parse_age("30d") == (30, "d") and parse_age(" 2M ") == (2, "m")
    for bad in ("", "0d", "3w", "soon"):
        with pytest.raises(GmailProblem):
            parse_age(bad)
