"""Failures on the wire: injected 429/500/503/dropped connections give the same report and drafts as a clean run
(none lost, none doubled), calls that may have run before the connection dropped never leave two drafts,
rate-limit answers are waited out, the pacer keeps a scan under the per-user quota, and malformed mail is
skipped with a reason while the scan goes on."""
from __future__ import annotations

from datetime import timedelta

from gmail.service import build_gmail

from .conftest import EXAMPLE_OWNER, NOW, FakeClock, make_mail
from .test_gmail_drafts import draft_counts, invite, noise, parsed_draft, run_scan

OWNER = EXAMPLE_OWNER
ICS = """BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r
BEGIN:VEVENT\r\nDTSTART:20261203T030000Z\r\nDTEND:20261203T040000Z\r\nUID:int-{i}@acme.example\r
ORGANIZER;CN=Rita Recruiter:mailto:rita{i}@acme{i}.example\r
ATTENDEE;PARTSTAT=NEEDS-ACTION;CN=Alex Tan:mailto:alex.tan@gmail.com\r
SUMMARY:Interview: Alex Tan / Acme {i}\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"""


def calendar_invite(i: int) -> bytes:
    """A Google-Calendar-style invitation whose event comes only as an invite.ics attachment (attachments.get)."""
    return make_mail(f"Invitation: Interview: Alex Tan / Acme {i} @ Thu Dec 3, 2026 10am - 11am (WIB)",
                     sender=f"Rita Recruiter <rita{i}@acme{i}.example>",
                     body="Rita Recruiter has invited you to an interview for the Data Analyst role.",
                     attachments=[("invite.ics", "application/ics", ICS.format(i=i).encode())],
                     date=NOW - timedelta(hours=3))


def mailbox() -> list[bytes]:
    return ([invite(i, lang="id" if i % 3 == 0 else "en", days=1 + i) for i in range(10)]
            + [calendar_invite(i) for i in range(20, 24)] + [noise(i) for i in range(4)])


def comparable(report) -> dict[str, dict]:
    return {r["thread_id"]: {k: v for k, v in r.items() if k != "draft_id"} for r in report.rows}


def draft_shapes(emu) -> dict[str, tuple]:
    svc = build_gmail(root=emu.url)
    out = {}
    req = svc.users().drafts().list(userId="me", maxResults=500)
    res = req.execute()
    for d in res.get("drafts", []):
        _, msg = parsed_draft(svc, d["id"])
        out.setdefault(d["message"]["threadId"], []).append(
            (msg["Subject"], msg["To"], msg["In-Reply-To"], msg["References"], msg["X-Regrets"]))
    return out


def test_ten_percent_faults_same_report_and_drafts(make_emulator, tmp_path):
    mails = mailbox()
    clean = make_emulator(mails, me=OWNER)
    expected = run_scan(clean, tmp_path / "clean", create_drafts=True, label=True)
    faulty = make_emulator(mails, me=OWNER, fault_rate=0.10, seed=7)
    got = run_scan(faulty, tmp_path / "faulty", create_drafts=True, label=True)
    assert sum(faulty.counters.faults.values()) >= 3, "no faults were injected"
    faulty.set_knobs(fault_rate=0.0)  # look at the result without faults
    assert comparable(got) == comparable(expected)
    assert len(expected.invites) == 14 and expected.created == 14
    assert draft_shapes(faulty) == draft_shapes(clean)  # one draft per invite thread, same threading headers
    assert got.stats["failed"] == 0 and got.stats["retries"] >= 3
    # the .ics-only invites were read through attachments.get despite the faults
    assert sum(1 for r in got.rows if "ics" in r["evidence"]) >= 4


def test_lost_answers_never_leave_two_drafts(make_emulator, tmp_path):
    """drop_after: the call runs, then the connection closes, so the client never hears that the draft exists.
    The transport never re-sends the POST on its own (httplib2 did), and there is exactly one draft per thread."""
    emu = make_emulator(mailbox(), me=OWNER, fault_rate=0.35, fault_kinds=("drop_after", "drop", "500"), seed=4)
    report = run_scan(emu, tmp_path, create_drafts=True)
    assert emu.counters.faults.get("drop_after", 0) >= 2
    emu.set_knobs(fault_rate=0.0)  # look at the result without faults
    counts = draft_counts(build_gmail(root=emu.url))
    invites = {r["thread_id"] for r in report.invites}
    assert len(invites) == 14
    assert {t: counts.get(t) for t in invites} == {t: 1 for t in invites}
    assert sum(counts.values()) == 14
    assert all(r["draft_status"] == "created" for r in report.invites)
    # every drafts.create the server received was sent by the Gateway (none re-sent behind its back)
    assert emu.counters.requests["drafts.create"] == report.stats["per_method"]["drafts.create"]


def test_rate_limit_answers_are_retried_after_retry_after(make_emulator, tmp_path):
    emu = make_emulator([invite(i) for i in range(6)], me=OWNER, fault_rate=0.2, fault_kinds=("429",), seed=11)
    report = run_scan(emu, tmp_path, create_drafts=True)
    rejected = emu.counters.faults.get("429", 0)
    assert rejected >= 1
    assert report.stats["rate_limited"] == rejected and report.stats["failed"] == 0
    assert report.created == 6 and len(report.rows) == 6
    assert max(emu.quota.clock.waits) >= 1.0  # the injected 429s say Retry-After: 1 (waited in fake time)


def test_pacer_keeps_a_scan_under_the_user_quota(make_emulator, tmp_path):
    """With the quota the emulator enforces told to the pacer, a scan that uses nearly all of it sees no 429."""
    mails = [invite(i) for i in range(8)] + [calendar_invite(i) for i in range(30, 34)]
    emu = make_emulator(mails, me=OWNER)
    need = run_scan(emu, tmp_path / "a", create_drafts=True).stats["units"]
    tight = make_emulator(mails, me=OWNER, quota_per_minute=need)
    report = run_scan(tight, tmp_path / "b", create_drafts=True, quota=need)
    assert report.created == 12
    assert tight.counters.quota_rejections == 0 and report.stats["rate_limited"] == 0
    assert tight.counters.total_units == need
    # the same scan told a quota that is too small for it refuses up front rather than sending a 429-bound call
    from gmail.pacing import UnitPacer

    pacer = UnitPacer(need, clock=lambda: 0.0, sleep=lambda s: (_ for _ in ()).throw(TimeoutError(s)))
    pacer.acquire(need)
    try:
        pacer.acquire(1)
    except TimeoutError as waited:
        assert 59.9 < waited.args[0] <= 60.01
    else:
        raise AssertionError("the pacer let a call over the quota go")


def test_malformed_messages_are_skipped_with_a_reason(make_emulator, tmp_path):
    junk = [
        b"\xff\xfe\x00garbage interview without any mail header",
        b"In-Reply-To: <nothing@x>\r\n\r\ninterview reply without a mail header",
    ]
    emu = make_emulator([invite(1), *junk, invite(2)], me=OWNER)
    report = run_scan(emu, tmp_path, create_drafts=True)
    broken = [r for r in report.rows if r.get("error")]
    assert len(broken) == 2
    assert all("no mail headers found" in r["error"] for r in broken)
    assert report.created == 2 and len(report.invites) == 2
    assert len(report.problems) >= 2 and all("no mail headers" in p for _, p in report.problems)


def test_server_without_batch_support_gets_single_calls(make_emulator, tmp_path, monkeypatch):
    """A Gmail-compatible server that answers 404 to /batch: the scan notices once and goes on call by call."""
    from .test_gmail_scan import cli_runner

    emu = make_emulator(mailbox(), me=OWNER, batch=False)
    cli, runner = cli_runner(monkeypatch, emu, tmp_path)
    res = runner.invoke(cli, ["scan", "--json", "--now", NOW.isoformat()])
    assert res.exit_code == 0, res.output
    rows = [x for x in res.stdout.splitlines() if x.startswith("{")]
    assert len(rows) == 14 and "14 thread(s) read" in res.stderr  # the query lists 14 of the 18
    assert emu.counters.batch_requests == 0 and emu.counters.requests["threads.get"] == 14


def test_a_scan_whose_reads_all_fail_says_so_and_exits_non_zero(make_emulator, tmp_path, monkeypatch, fake_clock):
    """Issue 13 §4: every part of every batch fails (the server errs on each threads.get): the exit code is not
    0 and the message says what failed instead of 'threads read'."""
    from .test_gmail_scan import cli_runner

    emu = make_emulator(mailbox(), me=OWNER, fault_rate=1.0, fault_kinds=("500",), fault_methods=("threads.get",))
    cli, runner = cli_runner(monkeypatch, emu, tmp_path)
    res = runner.invoke(cli, ["scan", "--now", NOW.isoformat()])
    assert res.exit_code == 4, res.output
    assert "Error: 14 of 14 thread(s) could not be read from Gmail (HTTP 500 (Backend Error) x14)" in res.stderr
    assert "0 thread(s) read" in res.stdout and "Traceback" not in res.output
    emu.set_knobs(fault_rate=0.0)
    res = runner.invoke(cli, ["scan", "--now", NOW.isoformat()])
    assert res.exit_code == 0 and "14 thread(s) read" in res.stdout


def test_writes_answered_500_after_running_stay_on_the_pacers_ledger(make_emulator, tmp_path):
    """A drafts.create that ran and then answered 500 was charged by the server; a pacer that took it off its
    ledger would spend past the per-user limit and meet 429s (the 5,000-thread campaign at 10 % met 21)."""
    import random

    from gmail.calls import Gateway
    from gmail.pacing import UnitPacer
    from gmail.retry import Backoff

    clock = FakeClock()  # one for the client's pacer and backoff and the emulator's quota window
    emu = make_emulator([invite(i) for i in range(8)], me=OWNER, quota_per_minute=120, fault_rate=1.0,
                        fault_kinds=("500_after",), fault_methods=("drafts.create",))
    emu.quota.clock = clock
    gw = Gateway(build_gmail(root=emu.url), pacer=UnitPacer(120, clock=clock, sleep=clock.sleep), clock=clock,
                 sleep=clock.sleep, backoff=Backoff(base=0.05, cap=0.4, rng=random.Random(0)))
    report = run_scan(emu, tmp_path, create_drafts=True, gw=gw)
    assert report.created == 8 and emu.counters.faults["500_after"] == 8
    assert emu.counters.quota_rejections == 0 and report.stats["rate_limited"] == 0
    assert clock.t > 1000.0 + 60  # it did have to wait for the window (in fake time)
