"""Drafts through the real client and the emulator: they join their threads (threadId + In-Reply-To/References +
Re: subject), come from the alias that got the invite with its signature, are made once per thread (reruns, user
drafts, sent replies, a run killed half-way), are labelled on request, and `regrets drafts` tracks them."""
from __future__ import annotations

import email
import email.policy
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from datetime import datetime, timedelta
from pathlib import Path

from gmail import b64url, tracking
from gmail import labels as gl
from gmail.emulator.store import normalize_subject
from gmail.service import build_gmail
from gmail.state import DraftLog, mailbox_key
from gmail.tracking import states

from .conftest import EXAMPLE_OWNER, NOW, make_mail
from .test_gmail_scan import GOLDEN, cli_runner, corpus, gateway
from .test_gmail_scan import run_scan as _run_scan

OWNER = EXAMPLE_OWNER
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]


def invite(i: int, *, lang: str = "en", days: float = 10, to: str = f"Alex Tan <{OWNER}>",
           sent: datetime | None = None, message_id: str | None = None) -> bytes:
    """A one-message interview invitation `days` after the tests' clock (10:00 WIB that day)."""
    when = NOW + timedelta(days=days)
    if lang == "en":
        subject = f"Interview invitation - Data Analyst at Acme {i}"
        body = (f"Dear Alex,\n\nThank you for applying for the Data Analyst position at Acme {i}. We would like to "
                f"invite you to an interview on {EN_DAYS[when.weekday()]}, {when.day} {when:%B %Y} at 10:00 WIB via "
                f"Google Meet.\n\nPlease confirm your availability.\n\nBest regards,\nRita Recruiter\n"
                f"Talent Acquisition, Acme {i}\n")
    else:
        subject = f"Undangan Wawancara - PT Maju {i}"
        body = (f"Yth. Alex,\n\nTerima kasih atas lamaran Anda untuk posisi Data Analyst di PT Maju {i}. Kami "
                f"mengundang Anda untuk mengikuti wawancara pada hari {ID_DAYS[when.weekday()]}, {when.day} "
                f"{ID_MONTHS[when.month - 1]} {when.year} pukul 10.00 WIB secara daring.\n\nMohon konfirmasi "
                f"kehadiran Anda.\n\nHormat kami,\nRina Wulandari\nHRD PT Maju {i}\n")
    return make_mail(subject, sender=f"Rita Recruiter <rita{i}@acme{i}.example>", to=to, body=body,
                     date=sent or NOW - timedelta(hours=5), message_id=message_id)


def run_scan(emu, tmp_path, **kw):
    kw.setdefault("now", NOW)
    return _run_scan(emu, tmp_path, **kw)


def noise(i: int) -> bytes:
    return make_mail(f"Your receipt #{i}", sender="shop@store.example", body="Thanks for your order. Total: $12.")


def parsed_draft(svc, draft_id: str) -> tuple[dict, email.message.EmailMessage]:
    d = svc.users().drafts().get(userId="me", id=draft_id, format="raw").execute()
    return d, email.message_from_bytes(b64url.decode(d["message"]["raw"]), policy=email.policy.default)


def thread_headers(svc, tid: str) -> list[dict[str, str]]:
    t = svc.users().threads().get(userId="me", id=tid, format="metadata",
                                  metadataHeaders=["Message-ID", "References", "Subject"]).execute()
    return [{h["name"].lower(): h["value"] for h in m["payload"]["headers"]} | {"_labels": m.get("labelIds", [])}
            for m in t["messages"]]


def draft_counts(svc) -> dict[str, int]:
    out: dict[str, int] = {}
    req = svc.users().drafts().list(userId="me", maxResults=500)
    while req is not None:
        res = req.execute()
        for d in res.get("drafts", []):
            out[d["message"]["threadId"]] = out.get(d["message"]["threadId"], 0) + 1
        req = svc.users().drafts().list_next(req, res)
    return out


def test_drafts_join_their_threads(make_emulator, tmp_path):
    owner, truth, files = corpus(GOLDEN / "en")
    emu = make_emulator(files, me=owner, name="Jordan Reyes", now=datetime(2026, 11, 1, tzinfo=NOW.tzinfo))
    report = _run_scan(emu, tmp_path, create_drafts=True)
    created = [r for r in report.rows if r["draft_status"] == "created"]
    statuses = {r["draft_status"] for r in report.invites}
    assert statuses <= {"created", "past", "replied", "cancelled"}, statuses
    assert len(created) >= 0.8 * len(report.invites) and len(report.invites) >= 60
    svc = build_gmail(root=emu.url)
    for r in created:
        d, msg = parsed_draft(svc, r["draft_id"])
        tid = r["thread_id"]
        assert d["message"]["threadId"] == tid  # rule 1 (and the emulator only keeps it there if 2 and 3 hold)
        theirs = [h for h in thread_headers(svc, tid) if "DRAFT" not in h["_labels"]]
        ids = {h["message-id"] for h in theirs}
        assert msg["In-Reply-To"] in ids  # rule 2
        assert msg["References"].split()[-1] == msg["In-Reply-To"]
        original = next(h["subject"] for h in theirs if h["message-id"] == msg["In-Reply-To"])
        assert normalize_subject(msg["Subject"]) == normalize_subject(original)  # rule 3
        assert msg["Subject"].startswith("Re: ")
        assert msg["From"] == "Jordan Reyes <jordan.reyes@gmail.com>"
        assert msg["To"].addresses[0].addr_spec == r["reply_to"]
        assert msg["X-Regrets"] == r["intent"]
        assert "DRAFT" in [lab for h in thread_headers(svc, tid) for lab in h["_labels"]]
    # an interview the owner accepted, with its date known, gets a cancellation; the others a decline
    cancels = [r for r in created if r["intent"] == "cancel"]
    assert cancels and all(r["accepted"] and r["interview_start"] for r in cancels)
    assert not any(r["accepted"] and r["interview_start"] for r in created if r["intent"] == "decline")


def test_alias_display_name_and_signature(make_emulator, tmp_path):
    alias = {"sendAsEmail": "alex@work.example", "displayName": "Alex Tan (Work)",
             "signature": "<div dir=\"ltr\">Alex Tan<br><b>Data Analyst</b> &amp; friend</div>"}
    emu = make_emulator([invite(1, to="Alex <alex@work.example>"), invite(2)], me=OWNER, name="Alex Tan",
                        signature="<div>Alex (personal)</div>", aliases=[alias])
    report = run_scan(emu, tmp_path, create_drafts=True)
    svc = build_gmail(root=emu.url)
    froms = {}
    for r in report.rows:
        _, msg = parsed_draft(svc, r["draft_id"])
        froms[r["reply_to"]] = msg
    work, home = froms["rita1@acme1.example"], froms["rita2@acme2.example"]
    assert work["From"] == "\"Alex Tan (Work)\" <alex@work.example>"
    assert home["From"] == "Alex Tan <alex.tan@gmail.com>"
    text = work.get_body(("plain",)).get_content().replace("\r\n", "\n")
    html = work.get_body(("html",)).get_content()
    reply, _, quoted = text.partition("\nOn ")
    assert "-- \nAlex Tan\nData Analyst & friend" in reply  # signature (HTML turned into text) before the quote
    assert "<b>Data Analyst</b> &amp; friend" in html.split("gmail_quote")[0]
    assert "Alex (personal)" in home.get_body(("plain",)).get_content()


def test_reruns_make_no_second_draft(make_emulator, tmp_path):
    emu = make_emulator([invite(i) for i in range(4)] + [noise(9)], me=OWNER)
    first = run_scan(emu, tmp_path, create_drafts=True)
    assert first.created == 4
    again = run_scan(emu, tmp_path, create_drafts=True)
    assert again.created == 0
    assert {r["draft_status"] for r in again.invites} == {"exists"}
    assert {r["draft_id"] for r in again.invites} == {r["draft_id"] for r in first.invites}
    svc = build_gmail(root=emu.url)
    assert sorted(draft_counts(svc).values()) == [1, 1, 1, 1]
    # no drafts.list needed to tell: the record kept the ids; rerun costs reads only
    assert emu.counters.requests["drafts.create"] == 4


def test_user_draft_and_sent_reply_mean_no_draft(make_emulator, tmp_path):
    mails = [invite(1, message_id="<inv1@acme1.example>"), invite(2, message_id="<inv2@acme2.example>"), invite(3)]
    emu = make_emulator(mails, me=OWNER)
    svc = build_gmail(root=emu.url)
    tids = {r["reply_to"]: r["thread_id"] for r in run_scan(emu, tmp_path).rows}
    # 1: the user started a reply of their own (a draft without X-Regrets)
    own = make_mail("Re: Interview invitation - Data Analyst at Acme 1", sender=f"Alex Tan <{OWNER}>",
                    to="rita1@acme1.example", in_reply_to="<inv1@acme1.example>", references="<inv1@acme1.example>",
                    body="Let me think about it.", date=NOW)

    svc.users().drafts().create(userId="me", body={"message": {"raw": b64url.encode(own),
                                                               "threadId": tids["rita1@acme1.example"]}}).execute()
    # 2: the user already answered (sent) after the invite
    emu.mailbox.add_raw(make_mail("Re: Interview invitation - Data Analyst at Acme 2", sender=f"Alex Tan <{OWNER}>",
                                  to="rita2@acme2.example", in_reply_to="<inv2@acme2.example>",
                                  references="<inv2@acme2.example>", date=NOW - timedelta(hours=1),
                                  body="Thank you, could we talk about the role first?"))
    report = run_scan(emu, tmp_path, create_drafts=True)
    status = {r["reply_to"]: r["draft_status"] for r in report.invites}
    assert status == {"rita1@acme1.example": "user-draft", "rita2@acme2.example": "replied",
                      "rita3@acme3.example": "created"}
    assert report.created == 1


def test_past_interviews_get_no_draft_unless_forced(make_emulator, tmp_path):
    emu = make_emulator([invite(1, days=-3, sent=NOW - timedelta(days=8))], me=OWNER)
    report = run_scan(emu, tmp_path, create_drafts=True)
    assert [(r["urgency"], r["draft_status"]) for r in report.rows] == [("past", "past")]
    forced = run_scan(emu, tmp_path, create_drafts=True, force_past=True)
    assert forced.rows[0]["draft_status"] == "created"


def test_drafts_command_tracks_draft_sent_deleted(make_emulator, tmp_path, monkeypatch):
    emu = make_emulator([invite(i) for i in range(3)], me=OWNER)
    cli, runner = cli_runner(monkeypatch, emu, tmp_path)
    res = runner.invoke(cli, ["scan", "--create-drafts", "--now", NOW.isoformat(), "--json"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    svc = build_gmail(root=emu.url)
    sent_id, deleted_id = rows[0]["draft_id"], rows[1]["draft_id"]
    svc.users().drafts().send(userId="me", body={"id": sent_id}).execute()
    svc.users().drafts().delete(userId="me", id=deleted_id).execute()
    out = runner.invoke(cli, ["drafts", "--json"])
    assert out.exit_code == 0, out.output
    found = {json.loads(x)["thread_id"]: json.loads(x) for x in out.stdout.splitlines()}
    assert found[rows[0]["thread_id"]]["state"] == "sent"
    assert found[rows[1]["thread_id"]]["state"] == "deleted"
    still = found[rows[2]["thread_id"]]
    assert still["state"] == "draft"
    msg_id = svc.users().drafts().get(userId="me", id=rows[2]["draft_id"]).execute()["message"]["id"]
    # against the emulator the links open the emulator's views (Gmail's web UI knows nothing of its drafts)
    assert still["link"] == f"{emu.url}_emulator/drafts/{rows[2]['draft_id']}"
    assert found[rows[0]["thread_id"]]["link"] == f"{emu.url}_emulator/threads/{rows[0]['thread_id']}"
    with urllib.request.urlopen(still["link"], timeout=10) as page:
        assert page.headers["Content-Type"].startswith("text/plain") and b"X-Regrets: decline" in page.read()
    with urllib.request.urlopen(found[rows[0]["thread_id"]]["link"], timeout=10) as page:
        assert page.read().count(b"\nSubject: ") == 2  # the invitation and the sent reply
    # against Gmail they open Gmail's web UI: the draft in the compose window, anything else its conversation
    assert tracking.draft_link(msg_id, rows[2]["draft_id"]) == f"https://mail.google.com/mail/u/0/#drafts?compose={msg_id}"
    assert tracking.thread_link(rows[0]["thread_id"]) == f"https://mail.google.com/mail/u/0/#all/{rows[0]['thread_id']}"
    table = runner.invoke(cli, ["drafts"])
    assert table.exit_code == 0 and table.stdout.splitlines()[0].split() == ["STATE", "CREATED", "TO", "SUBJECT", "LINK"]
    # a sent Regrets reply also keeps later scans from drafting again; the rerun reads only the two threads
    # that changed (Gmail's history), not the one whose draft is untouched
    again = runner.invoke(cli, ["scan", "--create-drafts", "--now", NOW.isoformat(), "--json"])
    status = {json.loads(x)["thread_id"]: json.loads(x)["draft_status"] for x in again.stdout.splitlines()}
    assert status == {rows[0]["thread_id"]: "sent",
                      rows[1]["thread_id"]: "created"}  # the user deleted it: a rerun offers a new one
    full = runner.invoke(cli, ["scan", "--create-drafts", "--now", NOW.isoformat(), "--json", "--full"])
    status = {json.loads(x)["thread_id"]: json.loads(x)["draft_status"] for x in full.stdout.splitlines()}
    assert status == {rows[0]["thread_id"]: "sent", rows[1]["thread_id"]: "exists", rows[2]["thread_id"]: "exists"}


def test_killed_run_then_rerun_leaves_one_draft_per_invite(make_emulator, tmp_path):
    n = 16
    emu = make_emulator([invite(i, lang="id" if i % 2 else "en") for i in range(n)] + [noise(i) for i in range(5)],
                        me=OWNER, latency_ms=40)
    env = {**os.environ, "REGRETS_GMAIL_API_ROOT": emu.url, "REGRETS_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    cmd = [sys.executable, "-m", "regrets", "scan", "--create-drafts", "--now", NOW.isoformat(), "--batch-size", "4"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    svc = build_gmail(root=emu.url)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and sum(draft_counts(svc).values()) < 3:
            time.sleep(0.02)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    made_before = sum(draft_counts(svc).values())
    assert 3 <= made_before < n, "the run was not killed half-way"
    done = subprocess.run(cmd + ["--json"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(x) for x in done.stdout.splitlines()]
    counts = draft_counts(svc)
    invites = {r["thread_id"] for r in rows if r["is_invite"]}
    assert len(invites) == n and all(counts.get(t) == 1 for t in invites) and sum(counts.values()) == n
    statuses = [r["draft_status"] for r in rows if r["is_invite"]]
    assert statuses.count("exists") == made_before and statuses.count("created") == n - made_before
    # drafts the killed run could not record are adopted: `regrets drafts` knows all of them
    key = mailbox_key(OWNER, emu.url)
    records = DraftLog(tmp_path / "data" / "gmail-drafts.json").records(key)
    assert len(records) == n
    assert {s.state for s in states(gateway(emu), records)} == {"draft"}


def test_labels_are_created_once_reused_and_kept_current(make_emulator, tmp_path):
    emu = make_emulator([invite(1, days=0.5), invite(2, days=10), noise(3)], me=OWNER)
    svc = build_gmail(root=emu.url)
    pre = svc.users().labels().create(userId="me", body={"name": gl.DRAFTED}).execute()  # from an earlier run
    report = run_scan(emu, tmp_path, create_drafts=True, label=True)
    assert report.labelled == 2
    names = [lab["name"] for lab in svc.users().labels().list(userId="me").execute()["labels"]]
    assert names.count(gl.DRAFTED) == 1 and gl.PARENT in names
    ids = {lab["name"]: lab["id"] for lab in svc.users().labels().list(userId="me").execute()["labels"]}
    assert ids[gl.DRAFTED] == pre["id"]
    by_reply = {r["reply_to"]: r["thread_id"] for r in report.invites}
    def labels_of(tid):
        t = svc.users().threads().get(userId="me", id=tid, format="minimal").execute()
        return {lab for m in t["messages"] if "DRAFT" not in m.get("labelIds", []) for lab in m.get("labelIds", [])}
    assert {ids[gl.DRAFTED], ids["Regrets/Critical"]} <= labels_of(by_reply["rita1@acme1.example"])
    assert {ids[gl.DRAFTED], ids["Regrets/Normal"]} <= labels_of(by_reply["rita2@acme2.example"])
    modifies = emu.counters.requests["threads.modify"]
    creates = emu.counters.requests["labels.create"]
    again = run_scan(emu, tmp_path, create_drafts=True, label=True)
    assert again.labelled == 0 and emu.counters.requests["threads.modify"] == modifies
    assert emu.counters.requests["labels.create"] == creates
    # nine days later the interview is 25 h away (urgent): the old urgency label goes
    later = run_scan(emu, tmp_path, label=True, now=NOW + timedelta(days=9))
    assert later.labelled >= 1
    got = labels_of(by_reply["rita2@acme2.example"])
    assert ids["Regrets/Urgent"] in got and ids["Regrets/Normal"] not in got and ids[gl.DRAFTED] in got
