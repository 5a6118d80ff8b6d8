"""`regrets scan` reading a mailbox through the real google-api-python-client and the local emulator over HTTP:
it finds the right invitations, reads each thread exactly as the file reader does, and reports as
`regrets analyze --json` does (plus thread_id / draft_id / draft_status)."""
from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from gmail.calls import Gateway
from gmail.pacing import UnitPacer
from gmail.query import build_query, default_terms
from gmail.retry import Backoff
from gmail.scan import Scanner, ScanOptions
from gmail.service import build_gmail
from gmail.state import DraftLog
from regrets.analyze import analyze_thread
from regrets.sources import read_paths

from .conftest import FakeClock, make_mail

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "core" / "golden"
NOW = datetime(2026, 11, 1, tzinfo=timezone.utc)  # the corpora's scoring clock
FIELDS = ("is_invite", "interview_start", "timezone", "accepted", "cancelled", "language", "reply_to", "urgency",
          "company", "role", "recruiter", "intent")


def corpus(folder: Path) -> tuple[str, dict, list[Path]]:
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    files = sorted(p for p in folder.iterdir() if p.suffix in (".eml", ".mbox") and p.name in truth)
    return truth["owner"], truth, files


def gateway(emu, quota: int | None = None) -> Gateway:
    """A Gateway to `emu` on a FakeClock that the emulator's quota window shares (one per emulator): pacing,
    backoff and Retry-After waits take no real time and the emulator sees them pass."""
    clock = emu.quota.clock if isinstance(emu.quota.clock, FakeClock) else FakeClock()
    emu.quota.clock = clock
    return Gateway(build_gmail(root=emu.url), pacer=UnitPacer(quota, clock=clock, sleep=clock.sleep), clock=clock,
                   sleep=clock.sleep, backoff=Backoff(base=0.05, cap=0.4, rng=random.Random(0)))


def run_scan(emu, tmp_path: Path, **kw):
    quota = kw.pop("quota", None)
    kw.setdefault("now", NOW)
    kw.setdefault("pretend_now", True)
    gw = kw.pop("gw", None) or gateway(emu, quota)
    scanner = Scanner(gw, ScanOptions(**kw), log=DraftLog(tmp_path / "drafts.json"), api_root=emu.url)
    return scanner.run()


def by_first_id(threads) -> dict[str, object]:
    return {t.messages[0].message_id: t for t in threads if t.messages}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_scan_finds_exactly_the_invites_in_the_golden_corpus(make_emulator, tmp_path, lang):
    owner, truth, files = corpus(GOLDEN / lang)
    emu = make_emulator(files, me=owner, now=NOW)
    report = run_scan(emu, tmp_path)
    invites = {r["reply_to"] for r in report.rows if r["is_invite"]}
    expected = {t["reply_to"] for name, t in truth.items() if isinstance(t, dict) and t.get("is_invite")}
    assert invites == expected
    # every invite is offered a draft in a dry run, and nothing was written
    assert all(r["draft_status"] == "would-create" for r in report.invites)
    assert not emu.mailbox.drafts
    # one threads.get per listed thread, nothing read twice
    assert emu.counters.requests["threads.get"] == len(report.rows)
    assert report.stats["failed"] == 0


@pytest.mark.parametrize("folder", [GOLDEN / "en", GOLDEN / "id"], ids=["golden-en", "golden-id"])
def test_gmail_reading_matches_the_file_reader(make_emulator, tmp_path, folder):
    """The payload -> MIME rebuild loses nothing the analysis uses: every thread read through the Gmail API
    gets the same analysis as the same mail read from its file (charsets, QP/base64, .ics attachments,
    forwarded parts, Takeout threads). tests/readers holds every reader to this on every corpus; this test
    checks the scan's records (cancelled and recruiter too) as the whole scan makes them."""
    owner, truth, files = corpus(folder)
    emu = make_emulator(files, me=owner, now=NOW)
    report = run_scan(emu, tmp_path, newer_than="all", query="in:anywhere")  # every thread
    from_files = by_first_id(read_paths(files))
    rows = {r["thread_id"]: r for r in report.rows}
    gmail_threads = {}
    svc = build_gmail(root=emu.url)
    for tid in rows:
        first = svc.users().threads().get(userId="me", id=tid, format="metadata", metadataHeaders=["Message-ID"]).execute()
        hdrs = first["messages"][0]["payload"]["headers"]
        gmail_threads[tid] = next((h["value"] for h in hdrs if h["name"].lower() == "message-id"), None)
    checked = 0
    for tid, mid in gmail_threads.items():
        ft = from_files.get(mid)
        if ft is None or len(ft.messages) != len(emu.mailbox.threads[tid].message_ids):
            continue  # threaded differently from the file (e.g. two files joined by References)
        expected = analyze_thread(ft, owner, NOW)
        row = rows[tid]
        got = {k: row[k] for k in FIELDS}
        want = {"is_invite": expected.is_invite,
                "interview_start": expected.interview.start.isoformat() if expected.interview else None,
                "timezone": expected.interview.zone if expected.interview else None,
                "accepted": expected.accepted, "cancelled": expected.cancelled, "language": expected.language,
                "reply_to": expected.reply_to.email if expected.reply_to else None,
                "company": expected.company, "role": expected.role, "recruiter": expected.recruiter_name}
        got = {k: v for k, v in got.items() if k in want}
        assert got == want, f"{tid} ({ft.source})"
        checked += 1
    assert checked >= len(report.rows) * 0.9  # almost every thread compared
    assert not report.problems


CORPORA = sorted(p for p in (ROOT / "tests" / "corpus").iterdir() if (p / "truth.json").exists())


@pytest.mark.parametrize("folder", [GOLDEN / "en", GOLDEN / "id", *CORPORA],
                         ids=["golden-en", "golden-id", *(p.name for p in CORPORA)])
def test_default_query_lists_every_invite(make_emulator, folder):
    """Recall of the built-in search query: every thread the truth marks as an invite is listed."""
    owner, truth, files = corpus(folder)
    missed = []
    q = build_query(None, None)
    emu = make_emulator(None, me=owner, now=NOW)
    svc = build_gmail(root=emu.url)
    for f in files:
        if not truth[f.name].get("is_invite"):
            continue
        before = set(emu.mailbox.threads)
        for raw in _raw_messages(f):
            emu.mailbox.add_raw(raw)
        new = set(emu.mailbox.threads) - before
        listed = {t["id"] for t in svc.users().threads().list(userId="me", q=q, maxResults=500).execute().get("threads", [])}
        if not new & listed:
            missed.append(f.name)
    assert missed == []


def _raw_messages(path: Path) -> list[bytes]:
    import mailbox

    if path.suffix == ".mbox":
        return [m.as_bytes() for m in mailbox.mbox(str(path), create=False)]
    return [path.read_bytes()]


def test_query_shape():
    q = build_query(None, "30d")
    assert q.startswith("(interview OR ") and q.endswith("newer_than:30d -in:chats")
    assert "wawancara" in q and "filename:ics" in q and '"phone screen"' in q
    assert build_query("from:hr@acme.example", "7d") == "(from:hr@acme.example) newer_than:7d -in:chats"
    now = datetime(2026, 11, 1, tzinfo=timezone.utc)
    assert build_query("x", "10d", now) == f"(x) after:{int((now - timedelta(days=10)).timestamp())} -in:chats"
    assert "newer_than" not in build_query(None, "all") and default_terms() in build_query(None, "all")


def test_age_limit_uses_the_pretend_clock(make_emulator, tmp_path):
    old = make_mail("Interview invitation", date=NOW - timedelta(days=40),
                    body="We would like to invite you to an interview on 20 November 2026 at 10:00 WIB.")
    new = make_mail("Interview invitation (2)", date=NOW - timedelta(days=2),
                    body="We would like to invite you to an interview on 21 November 2026 at 10:00 WIB.")
    emu = make_emulator([old, new], me="alex.tan@gmail.com", now=NOW + timedelta(days=300))
    report = run_scan(emu, tmp_path)  # emulator clock far ahead: newer_than would find nothing
    assert [r["subject"] for r in report.rows] == ["Interview invitation (2)"]
    assert len(run_scan(emu, tmp_path, newer_than="60d").rows) == 2


def test_paging_through_many_threads(make_emulator, tmp_path):
    mails = [make_mail(f"Interview {i}", body=f"Hello, interview number {i}.", date=NOW - timedelta(hours=i))
             for i in range(12)]
    emu = make_emulator(mails, me="alex.tan@gmail.com", now=NOW)
    gw = gateway(emu)
    import gmail.reading as reading

    old = reading.PAGE_SIZE
    reading.PAGE_SIZE = 5
    try:
        report = run_scan(emu, tmp_path, gw=gw)
    finally:
        reading.PAGE_SIZE = old
    assert len(report.rows) == 12 and len({r["thread_id"] for r in report.rows}) == 12
    assert emu.counters.requests["threads.list"] == 3


# ---- the command line ------------------------------------------------------------------------------------------
def cli_runner(monkeypatch, emu, tmp_path):
    from regrets.cli import cli  # the console script's group: `scan` loads through its entry point

    monkeypatch.setenv("REGRETS_GMAIL_API_ROOT", emu.url)
    monkeypatch.setenv("REGRETS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return cli, CliRunner()


def test_cli_scan_json_has_the_analyze_fields(make_emulator, tmp_path, monkeypatch):
    owner, truth, files = corpus(GOLDEN / "en")
    emu = make_emulator(files, me=owner, now=NOW)
    cli, runner = cli_runner(monkeypatch, emu, tmp_path)
    res = runner.invoke(cli, ["scan", "--json", "--now", NOW.isoformat()])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    analyze = runner.invoke(cli, ["analyze", "--json", "--me", owner, "--now", NOW.isoformat(), *map(str, files)])
    a_keys = set(json.loads(analyze.stdout.splitlines()[0]))
    for r in rows:
        assert a_keys <= set(r) and {"thread_id", "draft_id", "draft_status"} <= set(r)
    assert sum(r["is_invite"] for r in rows) == sum(1 for t in truth.values() if isinstance(t, dict) and t.get("is_invite"))
    assert "invitation(s)" in res.stderr

    table = runner.invoke(cli, ["scan", "--now", NOW.isoformat(), "--zone", "Asia/Jakarta"])
    assert table.exit_code == 0, table.output
    lines = table.stdout.splitlines()
    assert lines[0].split()[:4] == ["URGENCY", "LEFT", "INTERVIEW", "(Asia/Jakarta)"]
    assert "would-create" in table.stdout and "WIB" in table.stdout
    # most urgent first: 'unknown' (no fixed time) rows come before 'normal' ones, nearest interview first
    order = {"critical": 0, "urgent": 1, "soon": 2, "unknown": 3, "normal": 4, "past": 5}
    levels = [ln.split()[0] for ln in lines[1:] if ln.split() and ln.split()[0] in order]
    assert len(levels) == sum(r["is_invite"] for r in rows)
    assert levels == sorted(levels, key=order.__getitem__)

    csv_out = runner.invoke(cli, ["scan", "--csv", "--now", NOW.isoformat()])
    assert csv_out.exit_code == 0 and csv_out.stdout.splitlines()[0].startswith("source,thread,subject,is_invite")


def test_cli_refuses_both_formats(make_emulator, tmp_path, monkeypatch):
    emu = make_emulator()
    cli, runner = cli_runner(monkeypatch, emu, tmp_path)
    res = runner.invoke(cli, ["scan", "--json", "--csv"])
    assert res.exit_code == 2 and "Error: choose one of --json and --csv" in res.output
    res = runner.invoke(cli, ["scan", "--zone", "Mars/Olympus"])
    assert res.exit_code == 2 and "IANA" in res.output
    res = runner.invoke(cli, ["scan", "--newer-than", "soon"])
    assert res.exit_code == 2 and "--newer-than" in res.output  # a usage error, found before any Gmail call
    assert emu.counters.total_units == 0


@pytest.mark.parametrize("table", ["classic", "2026"])
def test_full_threads_are_cheaper_than_raw_messages(make_emulator, table):
    """The reading strategy, measured: threads.get(format=full) + the calendar attachments it needs costs no
    more quota than threads.get(minimal) + messages.get(format=raw) for every message (threads.get cannot
    return raw), over the samples and the golden corpus."""
    from gmail import decode

    files = [f for folder in (GOLDEN / "en", GOLDEN / "id") for f in corpus(folder)[2]]
    emu = make_emulator(files, me="sam.lee@gmail.com", now=NOW, unit_table=table)
    svc = build_gmail(root=emu.url)
    tids = [t["id"] for t in svc.users().threads().list(userId="me", maxResults=500).execute()["threads"]]
    emu.reset_counters()
    for tid in tids:
        t = svc.users().threads().get(userId="me", id=tid, format="full").execute()
        for m in t["messages"]:
            for ref in decode.needed_attachments(m):
                svc.users().messages().attachments().get(userId="me", messageId=ref.message_id,
                                                         id=ref.attachment_id).execute()
    full = emu.counters.total_units
    emu.reset_counters()
    for tid in tids:
        t = svc.users().threads().get(userId="me", id=tid, format="minimal").execute()
        for m in t["messages"]:
            svc.users().messages().get(userId="me", id=m["id"], format="raw").execute()
    raw = emu.counters.total_units
    assert full < raw
    print(f"{table}: {len(tids)} threads: full+attachments {full} units, minimal+raw {raw} units")
