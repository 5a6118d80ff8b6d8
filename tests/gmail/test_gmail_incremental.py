"""Rescans that cost only the new mail (issue 10 §2): a scan continues from the last one's history id, reads only
the threads that changed (new messages, label changes, a draft the user deleted), never its own drafts, falls
back to a full scan when Gmail answers 404 for a too-old history id, and `--watch` repeats this until Ctrl-C."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest

from gmail import sync as gsync
from gmail import watch as gwatch
from gmail.service import build_gmail
from regrets.errors import UsageError

from .conftest import EXAMPLE_OWNER, NOW, make_mail
from .test_gmail_convergence import regrets_counts
from .test_gmail_drafts import invite, noise
from .test_gmail_scan import cli_runner, gateway

OWNER = EXAMPLE_OWNER


def scan(emu, tmp_path, **kw):
    from gmail.scan import Scanner, ScanOptions
    from gmail.state import DraftLog

    kw.setdefault("now", NOW)
    kw.setdefault("pretend_now", True)
    kw.setdefault("create_drafts", True)
    kw.setdefault("incremental", True)
    gw = kw.pop("gw", None) or gateway(emu)
    return Scanner(gw, ScanOptions(**kw), log=DraftLog(tmp_path / "drafts.json"), api_root=emu.url,
                   sync=gsync.SyncState(tmp_path / "sync.json")).run()


def follow_up(i: int) -> bytes:
    """The recruiter writes again in the thread of invite(i) (message id <inv{i}@...>)."""
    return make_mail(f"Re: Interview invitation - Data Analyst at Acme {i}", sender=f"Rita Recruiter <rita{i}@acme{i}.example>",
                     in_reply_to=f"<inv{i}@acme{i}.example>", references=f"<inv{i}@acme{i}.example>",
                     body="Just checking you got our invitation. Could you confirm?", date=NOW - timedelta(hours=1))


def mailbox() -> list[bytes]:
    return [invite(i, message_id=f"<inv{i}@acme{i}.example>", days=3 + i % 7) for i in range(10)] + \
           [noise(i) for i in range(10)]


def test_rescan_reads_only_the_changed_threads(make_emulator, tmp_path):
    emu = make_emulator(mailbox(), me=OWNER)
    first = scan(emu, tmp_path)
    assert first.since is None and first.created == 10  # no checkpoint yet: a full scan
    full_units = emu.counters.total_units

    emu.reset_counters()
    idle = scan(emu, tmp_path)  # only our own drafts happened since: nothing to read
    assert idle.since and idle.rows == [] and idle.created == 0
    assert dict(emu.counters.units) == {"getProfile": 1, "settings.sendAs.list": 1, "history.list": 2}

    new = [invite(20 + i, days=5) for i in range(2)]
    for raw in [*new, follow_up(3), noise(50), make_mail("Invitation: webinar on careers", body="Register now.")]:
        emu.mailbox.add_raw(raw)
    emu.reset_counters()
    again = scan(emu, tmp_path)
    status = {r["reply_to"]: r["draft_status"] for r in again.invites}
    assert status == {"rita20@acme20.example": "created", "rita21@acme21.example": "created",
                      "rita3@acme3.example": "exists"}  # the old invite got a follow-up: no second draft
    assert len(again.rows) == 4  # + the webinar (listed by the query); the receipt is not even read
    assert emu.counters.requests["threads.get"] == 4 and emu.counters.requests["threads.list"] == 1
    assert emu.counters.total_units == 1 + 1 + 2 + 10 + 4 * 10 + 2 * 10
    assert emu.counters.total_units < 0.4 * full_units  # (the 5,000-thread benchmark: under 5 %)
    assert set(regrets_counts(emu).values()) == {1} and len(regrets_counts(emu)) == 12


def test_what_the_user_did_is_seen_and_what_the_scan_did_is_not(make_emulator, tmp_path):
    emu = make_emulator(mailbox(), me=OWNER)
    first = scan(emu, tmp_path)
    rows = {r["reply_to"]: r for r in first.invites}
    svc = build_gmail(root=emu.url)
    svc.users().drafts().delete(userId="me", id=rows["rita1@acme1.example"]["draft_id"]).execute()
    svc.users().drafts().send(userId="me", body={"id": rows["rita2@acme2.example"]["draft_id"]}).execute()
    tid4 = rows["rita4@acme4.example"]["thread_id"]
    svc.users().threads().modify(userId="me", id=tid4, body={"removeLabelIds": ["UNREAD"]}).execute()
    again = scan(emu, tmp_path)
    assert {r["reply_to"]: r["draft_status"] for r in again.rows} == {
        "rita1@acme1.example": "created",  # the user deleted our draft: offered again, as a full scan does
        "rita2@acme2.example": "sent", "rita4@acme4.example": "exists"}


def test_labels_the_scan_applies_are_its_own(make_emulator, tmp_path):
    emu = make_emulator(mailbox(), me=OWNER)
    assert scan(emu, tmp_path, label=True).labelled == 10
    emu.reset_counters()
    assert scan(emu, tmp_path, label=True).rows == []
    assert emu.counters.requests.get("threads.get", 0) == 0


def test_too_old_history_means_a_full_scan(make_emulator, tmp_path):
    emu = make_emulator(mailbox(), me=OWNER)
    scan(emu, tmp_path)
    emu.mailbox.add_raw(invite(30))
    emu.mailbox.expire_history()  # Gmail kept the history about a week
    again = scan(emu, tmp_path)
    assert again.history_expired and again.since is None
    assert len(again.invites) == 11 and again.created == 1  # every thread read, no second draft
    assert emu.counters.statuses["history.list"][404] == 1
    emu.reset_counters()
    assert scan(emu, tmp_path).rows == []  # and the checkpoint is fresh again


def test_another_query_or_a_dry_run_first_means_a_full_scan(make_emulator, tmp_path):
    emu = make_emulator(mailbox(), me=OWNER)
    dry = scan(emu, tmp_path, create_drafts=False)
    assert {r["draft_status"] for r in dry.invites} == {"would-create"}
    made = scan(emu, tmp_path)  # the dry run's checkpoint does not hide the drafts still to make
    assert made.since is None and made.created == 10
    other = scan(emu, tmp_path, query="interview")
    assert other.since is None and len(other.invites) == 10


def test_threads_left_undone_are_tried_again(make_emulator, tmp_path):
    emu = make_emulator(mailbox(), me=OWNER, fault_rate=1.0, fault_kinds=("500",), fault_methods=("drafts.create",))
    gw = gateway(emu)
    gw.max_attempts = 2
    first = scan(emu, tmp_path, gw=gw)
    assert first.created == 0 and len(first.failed_drafts) == 10
    emu.set_knobs(fault_rate=0.0)
    again = scan(emu, tmp_path)  # nothing changed in Gmail, but the drafts are still owed
    assert again.since and again.created == 10


def test_parse_interval():
    assert gwatch.parse_interval("90") == 90 and gwatch.parse_interval("90s") == 90
    assert gwatch.parse_interval("5m") == 300 and gwatch.parse_interval("1h") == 3600
    for bad in ("soon", "1", "-5", "5d"):
        with pytest.raises(UsageError):
            gwatch.parse_interval(bad)


def test_watch_until_ctrl_c(make_emulator, tmp_path, monkeypatch, fake_clock):
    """`regrets scan --create-drafts --watch 60 --json`: each pass handles what arrived since the last one, an
    idle pass costs 4 units, and Ctrl-C stops it with exit status 0 and no traceback (no real sleeping: the
    passes wait in fake_sleep, the pacer on the fake clock)."""
    import gmail.cli

    emu = make_emulator(mailbox(), me=OWNER)
    cli, runner = cli_runner(monkeypatch, emu, tmp_path)
    arrivals = iter([[invite(40, days=4)], [], [follow_up(5), invite(41, days=6)]])
    slept: list[float] = []
    units: list[int] = []

    def fake_sleep(seconds: float) -> None:
        slept.append(seconds)
        units.append(emu.counters.total_units)
        batch = next(arrivals, None)
        if batch is None:
            raise KeyboardInterrupt
        emu.reset_counters()
        for raw in batch:
            emu.mailbox.add_raw(raw)

    real_watch = gwatch.watch
    monkeypatch.setattr(gmail.cli, "watch", lambda *a, **k: real_watch(*a, sleep=fake_sleep, **k))
    res = runner.invoke(cli, ["scan", "--create-drafts", "--json", "--now", NOW.isoformat(), "--watch", "60"])
    assert res.exit_code == 0, res.output
    assert "Stopped." in res.stderr and "Traceback" not in res.output
    assert slept == [60.0] * 4
    rows = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    created = [r["reply_to"] for r in rows if r["draft_status"] == "created"]
    assert len(created) == 12 and "rita40@acme40.example" in created and "rita41@acme41.example" in created
    assert [r["draft_status"] for r in rows if r["reply_to"] == "rita5@acme5.example"] == ["created", "exists"]
    assert units[2] == 4  # the idle pass: getProfile + sendAs + one history.list page
    assert set(regrets_counts(emu).values()) == {1} and len(regrets_counts(emu)) == 12
    assert res.stderr.count("thread(s) read") == 4


def test_cli_dry_runs_leave_the_checkpoint_alone(make_emulator, tmp_path, monkeypatch):
    emu = make_emulator(mailbox(), me=OWNER)
    cli, runner = cli_runner(monkeypatch, emu, tmp_path)
    args = ["scan", "--json", "--now", NOW.isoformat()]
    first = runner.invoke(cli, args + ["--create-drafts"])
    assert first.exit_code == 0 and "10 draft(s) created" in first.stderr
    look = runner.invoke(cli, args)  # a one-off dry run: everything, as before
    assert look.exit_code == 0 and len([x for x in look.stdout.splitlines() if x.startswith("{")]) == 10
    emu.mailbox.add_raw(invite(60, days=4))
    again = runner.invoke(cli, args + ["--create-drafts"])
    rows = [json.loads(x) for x in again.stdout.splitlines() if x.startswith("{")]
    assert [(r["reply_to"], r["draft_status"]) for r in rows] == [("rita60@acme60.example", "created")]
    assert "changed since the last scan" in again.stderr
    full = runner.invoke(cli, args + ["--create-drafts", "--full"])
    assert len([x for x in full.stdout.splitlines() if x.startswith("{")]) == 11
