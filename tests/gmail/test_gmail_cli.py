"""`regrets scan` / `regrets drafts` as a user meets them (issue 11, "Command line"): the letter options `draft`
has, one order for the table, --json and --csv, CSV booleans, a summary that says what already exists, templates
checked before the first Gmail call, and a server that does not answer as one actionable error (exit 4).
Through click's CliRunner on the console script's group, against the emulator seeded with examples/inbox.mbox."""
from __future__ import annotations

import base64
import csv
import email
import email.policy
import io
import json
import socket

import click
from click.testing import CliRunner

from gmail.service import build_gmail
from regrets.cli import cli
from regrets.model import Urgency
from regrets.urgency import ORDER

from .conftest import NOW

NOW_ISO = NOW.isoformat()


def run(monkeypatch, tmp_path, emu_url: str, *args: str):
    monkeypatch.setenv("REGRETS_GMAIL_API_ROOT", emu_url)
    monkeypatch.setenv("REGRETS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("REGRETS_CONFIG", raising=False)
    return CliRunner().invoke(cli, list(args), prog_name="regrets")


def _rank(row: dict) -> int:
    return ORDER[Urgency(row["urgency"])]


def test_scan_outputs_share_one_order_most_urgent_first(make_emulator, tmp_path, monkeypatch):
    emu = make_emulator()
    as_json = run(monkeypatch, tmp_path, emu.url, "scan", "--json", "--all", "--now", NOW_ISO)
    assert as_json.exit_code == 0, as_json.output
    rows = [json.loads(x) for x in as_json.stdout.splitlines()]
    assert [r["urgency"] for r in rows][:4] == ["critical", "soon", "normal", "normal"]
    assert [_rank(r) for r in rows] == sorted(_rank(r) for r in rows)
    as_csv = run(monkeypatch, tmp_path, emu.url, "scan", "--csv", "--now", NOW_ISO)
    table = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [r["thread_id"] for r in table] == [r["thread_id"] for r in rows]
    assert {r["is_invite"] for r in table} == {"true"}  # the query leaves the newsletters out
    assert {r["accepted"] for r in table} == {"true", "false"} and {r["cancelled"] for r in table} == {"false"}
    assert "True" not in as_csv.stdout and "False" not in as_csv.stdout
    shown = run(monkeypatch, tmp_path, emu.url, "scan", "--now", NOW_ISO).stdout.splitlines()
    subjects = [r["subject"][:60] for r in rows if r["is_invite"]]
    assert [next(s for s in subjects if ln.endswith(s)) for ln in shown[1:5]] == subjects


def test_scan_takes_every_letter_option_draft_takes():
    ctx = click.Context(cli)
    names = {name: {p.name for p in cli.get_command(ctx, name).params} for name in ("draft", "scan")}
    from regrets.options import LetterFlags

    letter = set(LetterFlags.__dataclass_fields__)
    assert letter <= names["draft"] and letter <= names["scan"]
    assert {"reason_en", "reason_id", "other_roles", "referral", "no_calendar_reply"} <= letter


def test_scan_letter_options_reach_the_drafts_and_a_rescan_says_they_exist(make_emulator, tmp_path, monkeypatch):
    emu = make_emulator()
    res = run(monkeypatch, tmp_path, emu.url, "scan", "--create-drafts", "--now", NOW_ISO, "--other-roles",
              "data engineering", "--referral", "--reason-en", "I'm moving to Surabaya next month.", "--name", "Alex T")
    assert res.exit_code == 0, res.output
    assert "4 draft(s) created" in res.stdout
    svc = build_gmail(root=emu.url)
    drafts = svc.users().drafts().list(userId="me").execute()["drafts"]
    bodies = {}
    for d in drafts:
        raw = svc.users().drafts().get(userId="me", id=d["id"], format="raw").execute()["message"]["raw"]
        msg = email.message_from_bytes(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)), policy=email.policy.default)
        assert msg["From"].startswith("Alex T <")
        bodies[msg["Subject"]] = msg.get_body(("plain",)).get_content()
    english = [b for s, b in bodies.items() if "Undangan" not in s and "Panggilan" not in s]
    assert len(english) == 2
    for body in english:
        assert "moving to Surabaya next month" in body and "data engineering" in body and "suggest someone" in body
    again = run(monkeypatch, tmp_path, emu.url, "scan", "--now", NOW_ISO)
    assert again.exit_code == 0, again.output
    summary = again.stdout.splitlines()[-1]
    assert "4 invitation(s); none would get a new draft; 4 already have a draft" in summary, summary
    assert "would get a draft" not in summary


def test_a_broken_template_stops_the_scan_before_any_gmail_call(make_emulator, tmp_path, monkeypatch):
    emu = make_emulator()
    tpl = tmp_path / "tpl"
    tpl.mkdir()
    (tpl / "cancel_id.txt.j2").write_text("{{ salam }}\n")
    res = run(monkeypatch, tmp_path, emu.url, "scan", "--create-drafts", "--now", NOW_ISO, "--templates", str(tpl))
    assert res.exit_code == 2
    assert res.stderr == (f"Error: template {tpl / 'cancel_id.txt.j2'} line 1: unknown variable 'salam' (available: "
                          "american, booked, closing, company, formality, greeting, intent, interview_when, language, "
                          "other_roles, reason, reason_clause, reason_decides, recruiter_first_name, recruiter_name, "
                          "recruiter_title, referral, role, sender_name, short_notice, you). Fix it, or move it out "
                          "of your templates folder to use the built-in one.\n")
    assert emu.counters.http_requests == 0


def test_a_server_that_does_not_answer_is_one_error_with_what_to_do(tmp_path, monkeypatch, fake_clock):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    res = run(monkeypatch, tmp_path, f"http://127.0.0.1:{port}/", "scan", "--now", NOW_ISO)
    assert res.exit_code == 4
    (line,) = res.stderr.splitlines()
    assert line == (f"Error: Reading the Gmail profile failed: no answer from the Gmail API server at "
                    f"http://127.0.0.1:{port}/ (connection refused). Start it (`regrets emulator --mailbox ...` "
                    "prints the REGRETS_GMAIL_API_ROOT to export), or unset REGRETS_GMAIL_API_ROOT to use Gmail.")
