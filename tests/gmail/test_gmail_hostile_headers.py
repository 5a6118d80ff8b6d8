"""Hostile header content on the Gmail path (issue 13 §2): CR, LF, VT, FF, FS/GS/RS, NEL, U+2028/2029 and NUL,
raw or RFC 2047-encoded, in From / Reply-To / Subject / Message-ID / In-Reply-To. Gmail serves header values
decoded, which can turn an encoded display name into address syntax; the adapter then reads the message raw and
lets the core's file parser decide, so the Gmail path picks the same recipient as `regrets analyze` on the file.
"""
from __future__ import annotations

import base64
import email
import email.policy
import re
from datetime import timedelta

import pytest

from gmail.service import build_gmail
from regrets.analyze import analyze_thread
from regrets.mailparse import parse_bytes
from regrets.model import Thread

from .conftest import EXAMPLE_MBOX, EXAMPLE_OWNER, NOW
from .test_gmail_drafts import run_scan

OWNER = EXAMPLE_OWNER
CHARS = {"CR": "\r", "LF": "\n", "CRLF": "\r\n", "VT": "\x0b", "FF": "\x0c", "FS": "\x1c", "GS": "\x1d",
         "RS": "\x1e", "NEL": "\x85", "LS": "\u2028", "PS": "\u2029", "NUL": "\x00"}
FIELDS = ("From", "Reply-To", "Subject", "Message-ID", "In-Reply-To")
MODES = ("raw", "q", "b")
CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")


def encoded(text: str, mode: str) -> str:
    data = text.encode("utf-8")
    if mode == "b":
        return "=?utf-8?b?" + base64.b64encode(data).decode() + "?="
    return "=?utf-8?q?" + "".join(chr(b) if chr(b).isalnum() else f"={b:02X}" for b in data) + "?="


def hostile_invite(i: int, field: str, char: str, mode: str) -> bytes:
    """An interview invitation whose `field` carries `char`, written raw or as an encoded word."""
    c = CHARS[char]
    put = (lambda text: text) if mode == "raw" else (lambda text: encoded(text, mode))
    when = NOW + timedelta(days=8)
    h = {"From": f"Rita Recruiter <rita{i}@acme{i}.example>", "To": f"Alex Tan <{OWNER}>",
         "Subject": f"Interview invitation - Data Analyst at Acme {i}",
         "Date": (NOW - timedelta(hours=3)).strftime("%a, %d %b %Y %H:%M:%S +0000"),
         "Message-ID": f"<inv{i}@acme{i}.example>"}
    if field == "From":  # a display name that turns into a second address once decoded
        h["From"] = put(f"Rita{c}Bcc: evil{i}@attacker.example") + f" <rita{i}@acme{i}.example>"
    elif field == "Reply-To":
        h["Reply-To"] = put(f"HR{c}Team, <other{i}@attacker.example>") + f" <hr{i}@acme{i}.example>"
    elif field == "Subject":
        h["Subject"] = put(f"Interview invitation {i}{c}Bcc: evil{i}@attacker.example")
    elif field == "Message-ID":
        h["Message-ID"] = "<" + put(f"inv{i}{c}x") + f"@acme{i}.example>"
    else:
        h["In-Reply-To"] = put(f"<prev{i}{c}@acme{i}.example>")
    body = (f"Dear Alex,\n\nThank you for applying for the Data Analyst position at Acme {i}. We would like to "
            f"invite you to an interview on {when:%A}, {when.day} {when:%B %Y} at 10:00 WIB via Google Meet.\n\n"
            "Please confirm your availability.\n\nBest regards,\nRita Recruiter\n")
    head = "".join(f"{k}: {v}\r\n" for k, v in h.items())
    return (head + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n")).encode("utf-8")


CASES = [(f, c, m) for f in FIELDS for c in CHARS for m in MODES]


@pytest.fixture(scope="module")
def hostile_scan(tmp_path_factory):
    """One dry scan and one drafting scan of all the crafted mail (module-scoped: it is the slow part)."""
    from gmail.emulator import Emulator

    raws = [hostile_invite(i, *case) for i, case in enumerate(CASES)]
    with Emulator(raws, me=OWNER, now=NOW) as emu:
        report = run_scan(emu, tmp_path_factory.mktemp("hostile"), create_drafts=True, newer_than="all",
                          query="in:anywhere")
        by_raw = {emu.mailbox.messages[t.message_ids[0]].raw: tid for tid, t in emu.mailbox.threads.items()
                  if "DRAFT" not in emu.mailbox.messages[t.message_ids[0]].labels}
        svc = build_gmail(root=emu.url)
        drafts = {}
        for r in report.rows:
            if r.get("draft_id"):
                d = svc.users().drafts().get(userId="me", id=r["draft_id"], format="raw").execute()
                drafts[r["thread_id"]] = base64.urlsafe_b64decode(d["message"]["raw"])
        stats = emu.stats()
    rows = {r["thread_id"]: r for r in report.rows}
    return raws, by_raw, rows, drafts, stats, report


def offline(raw: bytes):
    msg = parse_bytes(raw)
    return analyze_thread(Thread(key="x", messages=[msg], source="x"), OWNER, NOW)


def test_no_hostile_header_stops_the_scan(hostile_scan):
    raws, by_raw, rows, drafts, stats, report = hostile_scan
    assert len(rows) == len(CASES) == 180
    assert not [r for r in rows.values() if r.get("error")]
    assert all(r["is_invite"] for r in rows.values())


def test_gmail_path_chooses_the_recipient_the_file_path_chooses(hostile_scan):
    raws, by_raw, rows, drafts, stats, report = hostile_scan
    differ = []
    for raw, case in zip(raws, CASES, strict=True):
        a = offline(raw)
        row = rows[by_raw[raw]]
        want = a.reply_to.email if a.reply_to else None
        if (row["is_invite"], row["reply_to"]) != (a.is_invite, want):
            differ.append((case, row["reply_to"], want))
    assert not differ
    # an address that only exists inside an encoded word never becomes the recipient (Gmail serves it decoded)
    encoded_cases = [by_raw[raw] for raw, case in zip(raws, CASES, strict=True) if case[2] != "raw"]
    assert not [t for t in encoded_cases if "attacker" in (rows[t]["reply_to"] or "")]
    # only messages whose decoded headers are unusual were read raw: at most one messages.get per crafted mail
    assert 0 < stats["requests"].get("messages.get", 0) <= len(CASES)


def test_drafts_have_one_recipient_and_no_injected_header(hostile_scan):
    raws, by_raw, rows, drafts, stats, report = hostile_scan
    assert drafts
    for tid, raw in drafts.items():
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        to = [a.addr_spec for a in msg["To"].addresses] if msg["To"] is not None else []
        # the analysis' reply address, or none when the mail names no usable one (then the file path's
        # draft has no recipient either: the core's choice, the same on both paths)
        assert to == ([rows[tid]["reply_to"]] if rows[tid]["reply_to"] else [])
        assert not {"Bcc", "Cc"} & set(msg.keys())


def test_ordinary_mail_is_never_read_raw(make_emulator, tmp_path):
    emu = make_emulator([EXAMPLE_MBOX], me=OWNER)
    report = run_scan(emu, tmp_path, create_drafts=True, now=NOW)
    assert report.created == 4
    assert emu.counters.requests.get("messages.get", 0) == 0


def test_hostile_ids_cost_no_draft_and_reach_no_header(hostile_scan):
    """With regrets/headers.py (compose's header hygiene): every crafted mail gets its draft, and no control
    character from a hostile id or name reaches a header of it."""
    raws, by_raw, rows, drafts, stats, report = hostile_scan
    failed = [(case, rows[by_raw[raw]].get("problems")) for raw, case in zip(raws, CASES, strict=True)
              if rows[by_raw[raw]]["draft_status"] != "created"]
    assert not failed
    for raw in drafts.values():
        head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0].decode("utf-8", "replace")
        for line in head.replace("\r\n", "\n").split("\n"):
            assert not CONTROL.search(line.replace("\t", " ")), line


@pytest.mark.parametrize("value,raw", [
    ("Rita Recruiter <rita@acme.example>", False), ('"Tan, Alex" <alex@acme.example>', False),
    ("José Ñúñez <jose@acme.example>", False), ("rita@acme.example", False),
    ("Rita\rBcc: evil@x.example <rita@acme.example>", True), ("Bob <evil@x.example> <bob@acme.example>", True),
    ("Bob (evil@x.example) <bob@acme.example>", True), ("a@acme.example, b@acme.example", True),
    ("Rita\u2028 <rita@acme.example>", True), ("Rita\x00 <rita@acme.example>", True)])
def test_which_messages_are_read_raw(value, raw):
    from gmail.decode import needs_raw

    assert needs_raw({"payload": {"headers": [{"name": "From", "value": value}]}}) is raw
    assert needs_raw({"payload": {"headers": [{"name": "From", "value": "a@b.example"},
                                              {"name": "Reply-To", "value": value}]}}) is raw


def test_control_characters_in_copied_headers_mean_raw():
    from gmail.decode import needs_raw

    base = [{"name": "From", "value": "a@b.example"}]
    assert not needs_raw({"payload": {"headers": base + [{"name": "Subject", "value": "Hello\tthere"}]}})
    for name in ("Subject", "Message-ID", "In-Reply-To", "References"):
        assert needs_raw({"payload": {"headers": base + [{"name": name, "value": "<a\x0bb@c>"}]}})
    two_froms = base + [{"name": "From", "value": "c@d.example"}]
    assert needs_raw({"payload": {"headers": two_froms}})
