"""The `regrets analyze` and `regrets draft` command lines: the JSON contract, the table, drafts on disk,
and every bad-input path (clear message, exit code, no traceback). Mostly in-process with click's CliRunner;
a few runs go through the real `regrets` console script in a subprocess."""
from __future__ import annotations

import email
import email.policy
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from .conftest import (
    INVITE_ID,
    MAIL,
    NEWSLETTER,
    NOW,
    NOW_ISO,
    OWNER,
    make_mail,
    mbox_bytes,
)

CONTRACT = ("source", "thread", "subject", "is_invite", "interview_start", "timezone", "accepted", "language",
            "reply_to", "hours_left", "urgency", "evidence")
LEVELS = {"past", "critical", "urgent", "soon", "normal", "unknown", "none"}


def analyze_json(cli, *paths, me=OWNER, now=NOW_ISO):
    args = ["analyze", "--json", "--now", now] + (["--me", me] if me else []) + [str(p) for p in paths]
    res = cli(*args)
    assert res.exception is None, res.exception
    assert res.exit_code == 0, res.stderr
    return res, res.records()


def assert_clean_error(res, code: int, *needles: str) -> None:
    """A user-fixable error: one 'Error: ...' line naming the problem, the right exit code, no traceback."""
    assert res.exit_code == code, (res.exit_code, res.stdout, res.stderr)
    assert res.exception is None, res.exception
    assert "Traceback" not in res.stderr and "Traceback" not in res.stdout
    assert "Error: " in res.stderr.splitlines()[-1], res.stderr  # ours, or click's usage error ending in one
    for n in needles:
        assert n in res.stderr, res.stderr


# --------------------------------------------------------------------------------------------- analyze --json

def test_analyze_json_contract_for_eml_and_mbox(cli):
    eml = MAIL / "invite_plain_en.eml"
    box = MAIL / "takeout_thrid_grouping.mbox"
    _, recs = analyze_json(cli, eml, box)
    assert len(recs) == 4
    for r in recs:
        for field in CONTRACT:
            assert field in r, field
        assert isinstance(r["is_invite"], bool) and isinstance(r["accepted"], bool)
        assert isinstance(r["evidence"], list) and r["urgency"] in LEVELS
    first = recs[0]
    assert first["source"] == str(eml) and first["thread"] == "<plain-en-1@orbitalfreight.com>"
    assert first["subject"] == "Interview invitation: Backend Engineer"
    assert first["is_invite"] is True and first["accepted"] is False and first["language"] == "en"
    assert first["interview_start"] == "2026-12-03T14:00:00-08:00"
    assert first["timezone"] == "America/Los_Angeles"
    assert first["reply_to"] == "keisha.grant@orbitalfreight.com"
    assert "text" in first["evidence"]
    start = datetime.fromisoformat(first["interview_start"])
    assert start.tzinfo is not None
    assert first["hours_left"] == round((start - NOW) / timedelta(hours=1), 1) == 188.0
    assert first["urgency"] == "normal"  # 7.8 days
    # mbox threads: source is path#thread-key, and the key is the record's thread
    mbox_recs = recs[1:]
    assert sorted(r["thread"] for r in mbox_recs) == ["1786000000000000001", "1786000000000000002", "1786000000000000003"]
    for r in mbox_recs:
        assert r["source"] == f"{box}#{r['thread']}"
    by = {r["thread"]: r for r in mbox_recs}
    assert by["1786000000000000001"]["accepted"] is True
    assert by["1786000000000000003"]["language"] == "id" and by["1786000000000000003"]["timezone"] == "Asia/Jakarta"
    assert by["1786000000000000003"]["interview_start"] == "2026-12-10T14:00:00+07:00"
    news = by["1786000000000000002"]
    assert news["is_invite"] is False and news["interview_start"] is None and news["hours_left"] is None
    assert news["urgency"] == "none" and news["reply_to"] is None


def test_analyze_json_reads_ics_evidence(cli):
    _, (r,) = analyze_json(cli, MAIL / "ics_application_ics_attachment.eml")
    assert "ics" in r["evidence"] and r["interview_start"] == "2026-12-04T10:00:00-08:00"


def test_analyze_json_one_record_per_thread_in_every_urgency(cli, inbox):
    _, recs = analyze_json(cli, inbox)
    got = {Path(r["source"]).stem: r for r in recs}
    assert set(got) == {"critical", "urgent", "soon", "normal", "past", "unknown", "newsletter"}
    for level in ("critical", "urgent", "soon", "normal", "past", "unknown"):
        assert got[level]["urgency"] == level and got[level]["is_invite"] is True
    assert got["newsletter"]["urgency"] == "none"
    assert got["critical"]["hours_left"] == 6.0 and got["past"]["hours_left"] < 0
    assert got["unknown"]["interview_start"] is None and got["unknown"]["hours_left"] is None


def test_analyze_without_me_guesses_the_owner_from_recipients(cli):
    _, recs = analyze_json(cli, MAIL / "takeout_thrid_grouping.mbox", me=None)
    by = {r["thread"]: r for r in recs}
    assert by["1786000000000000001"]["accepted"] is True  # the owner (most common recipient) confirmed


def test_analyze_uses_the_config_file(cli, tmp_path, monkeypatch):
    conf = tmp_path / "config.toml"
    conf.write_text(f'me = "{OWNER}"\nzone = "Asia/Jakarta"\n')
    monkeypatch.setenv("REGRETS_CONFIG", str(conf))
    res = cli("analyze", "--now", NOW_ISO, str(MAIL / "invite_plain_en.eml"))
    assert res.exit_code == 0
    assert "INTERVIEW (Asia/Jakarta)" in res.stdout and "Fri 04 Dec 2026 05:00 WIB" in res.stdout


def test_invalid_config_file_is_a_clear_error(cli, tmp_path, monkeypatch):
    conf = tmp_path / "config.toml"
    conf.write_text("me = \n")
    monkeypatch.setenv("REGRETS_CONFIG", str(conf))
    assert_clean_error(cli("analyze", str(MAIL / "invite_plain_en.eml")), 2, "not valid TOML")


# --------------------------------------------------------------------------------------------- table

def test_table_is_sorted_by_urgency(cli, inbox):
    res = cli("analyze", "--now", NOW_ISO, "--me", OWNER, str(inbox))
    assert res.exit_code == 0, res.stderr
    lines = res.stdout.splitlines()
    assert lines[0].split()[:4] == ["URGENCY", "LEFT", "INTERVIEW", "ACCEPTED"]
    order = [ln.split()[0] for ln in lines[1:]]
    assert order == ["critical", "urgent", "soon", "unknown", "normal", "past", "none"]
    crit = lines[1]
    assert "6h" in crit and "Thu 26 Nov 2026 15:00" in crit and "keisha.grant@orbitalfreight.com" in crit


def test_table_shows_times_in_the_given_zone(cli):
    res = cli("analyze", "--now", NOW_ISO, "--me", OWNER, "--zone", "Europe/Berlin", str(MAIL / "invite_plain_en.eml"))
    assert res.exit_code == 0
    assert "INTERVIEW (Europe/Berlin)" in res.stdout and "Thu 03 Dec 2026 23:00 CET" in res.stdout


def test_table_lists_unreadable_messages_as_errors(cli):
    res = cli("analyze", "--now", NOW_ISO, "--me", OWNER, str(MAIL / "empty.eml"), str(MAIL / "invite_plain_en.eml"))
    assert res.exit_code == 0
    rows = res.stdout.splitlines()[1:]
    assert rows[0].startswith("normal") and rows[1].startswith("error") and "empty.eml" in rows[1]


# --------------------------------------------------------------------------------------------- malformed in a batch

def test_malformed_messages_are_reported_on_stderr_and_the_rest_is_output(cli):
    box = MAIL / "mbox_one_malformed_among_good.mbox"
    res, recs = analyze_json(cli, MAIL / "binary_junk.eml", box, MAIL / "invite_plain_en.eml")
    assert f"warning: {MAIL / 'binary_junk.eml'}: skipped binary_junk.eml: no mail headers found" in res.stderr
    assert f"warning: {box}#message-2: skipped message 2: no mail headers found" in res.stderr
    assert f"warning: {box}#message-4: skipped message 4: empty message" in res.stderr
    assert "Traceback" not in res.stderr
    sources = [r["source"] for r in recs]
    assert sources[0] == str(MAIL / "binary_junk.eml") and recs[0]["error"]
    assert sources[-1] == str(MAIL / "invite_plain_en.eml") and recs[-1]["is_invite"]
    good = [r for r in recs if not r.get("error")]
    assert sorted(r["thread"] for r in good if r["is_invite"]) == [
        "<g2@orbitalfreight.com>", "<g3@majujaya.co.id>", "<plain-en-1@orbitalfreight.com>"]
    assert len(recs) == 1 + 5 + 1


# --------------------------------------------------------------------------------------------- draft

def _drafts(out: Path) -> dict[str, email.message.EmailMessage]:
    return {p.name: email.message_from_bytes(p.read_bytes(), policy=email.policy.default) for p in sorted(out.glob("*.eml"))}


def test_draft_writes_one_eml_per_invite_and_flags_past_ones(cli, inbox, tmp_path):
    out = tmp_path / "drafts"
    res = cli("draft", "--now", NOW_ISO, "--me", OWNER, "--out", str(out), str(inbox))
    assert res.exit_code == 0, res.stderr
    drafts = _drafts(out)
    # critical, urgent, soon, normal, unknown: drafted; past: flagged; newsletter: nothing
    assert len(drafts) == 5
    replied = sorted(d["In-Reply-To"] for d in drafts.values())
    assert replied == ["<c@x.com>", "<k@x.com>", "<n@x.com>", "<s@x.com>", "<u@x.com>"]
    assert all(d["X-Regrets"] == "decline" for d in drafts.values())
    assert f"past    {inbox / 'past.eml'}" in res.stderr and "not drafted (use --force)" in res.stderr
    assert "5 draft(s) written" in res.stdout + res.stderr and "1 invitation(s) not drafted" in res.stdout + res.stderr
    crit = [ln for ln in res.stdout.splitlines() if "[critical:" in ln]
    assert len(crit) == 1 and "phone the recruiter" in crit[0]


def test_draft_force_also_drafts_past_interviews(cli, inbox, tmp_path):
    out = tmp_path / "drafts"
    res = cli("draft", "--now", NOW_ISO, "--me", OWNER, "--out", str(out), "--force", str(inbox / "past.eml"))
    assert res.exit_code == 0
    (d,) = _drafts(out).values()
    assert d["In-Reply-To"] == "<p@x.com>"


def test_draft_writes_nothing_for_non_invites(cli, tmp_path):
    out = tmp_path / "drafts"
    res = cli("draft", "--now", NOW_ISO, "--me", OWNER, "--out", str(out), str(MAIL / "date_missing.eml"),
              str(MAIL / "rfc2047_names_subject.eml"))
    assert res.exit_code == 0
    assert not out.exists() or list(out.iterdir()) == []
    assert "0 draft(s) written" in res.stdout + res.stderr


def test_draft_per_mbox_thread_cancels_accepted_ones_with_options(cli, tmp_path):
    out = tmp_path / "drafts"
    res = cli("draft", "--now", NOW_ISO, "--me", OWNER, "--out", str(out), "--reason", "other-offer", "--other-roles",
              "data engineering", "--referral", "--name", "Sam Lee", str(MAIL / "takeout_thrid_grouping.mbox"))
    assert res.exit_code == 0, res.stderr
    drafts = list(_drafts(out).values())
    assert len(drafts) == 2  # two invite threads, the newsletter gets nothing
    by = {d["In-Reply-To"]: d for d in drafts}
    en = by["<a3@orbitalfreight.com>"]  # the latest recruiter message of the thread
    assert en["X-Regrets"] == "cancel"  # the owner had confirmed
    body = en.get_body(("plain",)).get_content()
    # US recipient: US date form; the zone as the invite wrote it (PST) or its generic name (PT)
    assert re.search(r"Thursday, December 3, 2026 at 2:00 PM PS?T\.", body), body
    assert "I have accepted another offer" in body and "data engineering" in body
    id_ = by["<c1@majujaya.co.id>"]
    assert id_["X-Regrets"] == "cancel" and "Kamis, 10 Desember 2026 pukul 14.00 WIB" in id_.get_body(("plain",)).get_content()
    assert all(d["From"] == f"Sam Lee <{OWNER}>" for d in drafts)


def test_draft_intent_and_language_can_be_forced(cli, tmp_path):
    out = tmp_path / "drafts"
    res = cli("draft", "--now", NOW_ISO, "--me", OWNER, "--out", str(out), "--intent", "cancel", "--lang", "id",
              str(MAIL / "invite_plain_en.eml"))
    assert res.exit_code == 0
    (d,) = _drafts(out).values()
    assert d["X-Regrets"] == "cancel"
    assert "pukul" in d.get_body(("plain",)).get_content()


def test_draft_skips_malformed_messages_and_goes_on(cli, tmp_path):
    out = tmp_path / "drafts"
    res = cli("draft", "--now", NOW_ISO, "--me", OWNER, "--out", str(out), str(MAIL / "mbox_one_malformed_among_good.mbox"))
    assert res.exit_code == 0
    assert "no mail headers found" in res.stderr and "Traceback" not in res.stderr
    assert len(_drafts(out)) == 2


# --------------------------------------------------------------------------------------------- bad input

def test_nonexistent_path(cli, tmp_path):
    assert_clean_error(cli("analyze", str(tmp_path / "missing.mbox")), 2, "missing.mbox: no such file or folder")
    assert_clean_error(cli("draft", "--out", str(tmp_path / "o"), str(tmp_path / "missing.eml")), 2, "no such file")


def test_nonexistent_path_after_good_ones_outputs_nothing(cli, tmp_path):
    res = cli("analyze", "--json", str(MAIL / "invite_plain_en.eml"), str(tmp_path / "missing.eml"))
    assert_clean_error(res, 2, "missing.eml")
    assert res.stdout == ""


def test_unreadable_path_permission_denied(cli, tmp_path, monkeypatch):
    """Tests run as root, where chmod 000 does not stop reading: the OS refusal is simulated at os.access."""
    p = tmp_path / "locked.eml"
    p.write_bytes(make_mail())
    real = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, *a, **k: False if Path(path) == p else real(path, mode, *a, **k))
    assert_clean_error(cli("analyze", str(p)), 2, "locked.eml", "not readable")  # click.Path checks first


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads chmod 000 files anyway")
def test_unreadable_path_chmod_000(cli, tmp_path):
    p = tmp_path / "locked.eml"
    p.write_bytes(make_mail())
    p.chmod(0)
    try:
        assert_clean_error(cli("analyze", str(p)), 2, "not readable")
    finally:
        p.chmod(0o600)


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_path_that_fails_with_an_io_error(cli):
    assert_clean_error(cli("analyze", "/proc/self/mem"), 2, "/proc/self/mem")


def test_fifo_path_is_refused_not_waited_on(cli, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert_clean_error(cli("analyze", str(fifo)), 2, "not a regular file")


@pytest.mark.parametrize("value", ["garbage", "2026-13-01T00:00:00", "tomorrow", "", "2026-11-26T25:00"])
def test_bad_now(cli, value):
    assert_clean_error(cli("analyze", "--now", value, str(MAIL / "invite_plain_en.eml")), 2, "--now", "ISO 8601")


def test_now_without_offset_is_read_in_the_given_zone(cli):
    res = cli("analyze", "--json", "--me", OWNER, "--zone", "Asia/Jakarta", "--now", "2026-11-26T09:00",
              str(MAIL / "invite_plain_en.eml"))
    assert res.exit_code == 0, res.stderr
    (r,) = res.records()
    assert r["hours_left"] == 188.0  # 09:00 WIB = 02:00 UTC, as NOW_ISO
    assert res.stderr.count("note: --now 2026-11-26T09:00 has no UTC offset: read as 2026-11-26T09:00:00+07:00 "
                            "in Asia/Jakarta (from --zone)") == 1


@pytest.mark.parametrize("value", ["Mars/Olympus", "WIB", "../../etc/passwd", "UTC+7"])
def test_bad_zone(cli, value):
    assert_clean_error(cli("analyze", "--zone", value, str(MAIL / "invite_plain_en.eml")), 2, "--zone", "IANA")


def test_bad_choice_is_clicks_usage_error(cli, tmp_path):
    res = cli("draft", "--intent", "ghost", str(MAIL / "invite_plain_en.eml"))
    assert res.exit_code == 2 and "Invalid value for '--intent'" in res.stderr and res.exception is None


def _user_templates(tmp_path: Path, text: str, name: str = "decline_en.txt.j2") -> Path:
    d = tmp_path / "tpl"
    d.mkdir(exist_ok=True)
    (d / name).write_text(text)
    return d


def _draft(cli, tmp_path, tpl: Path):
    return cli("draft", "--now", NOW_ISO, "--me", OWNER, "--out", str(tmp_path / "out"), "--templates", str(tpl),
               str(MAIL / "invite_plain_en.eml"))


def test_user_template_is_used(cli, tmp_path):
    tpl = _user_templates(tmp_path, "{{ greeting }}\n\nNo, thank you{% if company %}, {{ company }}{% endif %}.\n\n{{ closing }}\n{{ sender_name }}\n")
    res = _draft(cli, tmp_path, tpl)
    assert res.exit_code == 0, res.stderr
    (d,) = _drafts(tmp_path / "out").values()
    assert "No, thank you, Orbital Freight." in d.get_body(("plain",)).get_content()


def test_unknown_template_variable(cli, tmp_path):
    tpl = _user_templates(tmp_path, "{{ greeting }} {{ favourite_colour }}\n")
    res = _draft(cli, tmp_path, tpl)
    assert_clean_error(res, 2, "decline_en.txt.j2", "favourite_colour", "available:", "interview_when")
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_broken_template_syntax(cli, tmp_path):
    tpl = _user_templates(tmp_path, "{{ greeting }}\n{% if role %}\nunclosed if\n")
    assert_clean_error(_draft(cli, tmp_path, tpl), 2, "decline_en.txt.j2", "line")


def test_missing_included_template(cli, tmp_path):
    tpl = _user_templates(tmp_path, '{% include "signature.j2" %}\n')
    assert_clean_error(_draft(cli, tmp_path, tpl), 2, "signature.j2 not found")


def test_missing_templates_folder(cli, tmp_path):
    assert_clean_error(_draft(cli, tmp_path, tmp_path / "no-such-folder"), 2, "no-such-folder", "does not exist")


def test_template_that_fails_at_run_time(cli, tmp_path):
    tpl = _user_templates(tmp_path, '{{ greeting | truncate("ten") }}\n')
    assert_clean_error(_draft(cli, tmp_path, tpl), 2, "decline_en.txt.j2")


# --------------------------------------------------------------------------------------------- the real console script

def _regrets() -> list[str]:
    exe = shutil.which("regrets") or str(Path(sys.executable).with_name("regrets"))
    assert Path(exe).exists(), "the regrets console script is not installed (pip install -e .)"
    return [exe]


def _run(*args: str, cwd: Path | None = None, **env: str) -> subprocess.CompletedProcess:
    """`regrets ARGS` as a user runs it, with no user config (os.environ's XDG_CONFIG_HOME is the autouse
    fixture's empty folder) and `env` on top."""
    full = {k: v for k, v in os.environ.items() if k != "REGRETS_CONFIG"}
    return subprocess.run(_regrets() + list(args), capture_output=True, text=True, timeout=120, cwd=cwd,
                          env={**full, **env})


def test_console_script_analyze_json(tmp_path):
    box = tmp_path / "mix.mbox"
    box.write_bytes(mbox_bytes([
        make_mail(sender="Rina Kusuma <rina.kusuma@majujaya.co.id>", subject="Undangan Wawancara User", body=INVITE_ID,
                  message_id="<id1@majujaya.co.id>"),
        b"\x00\x01 not a header\n\nnot a body either\n",
        make_mail(sender="Garden Club <news@gardenclub.example>", subject="Garden club news", body=NEWSLETTER,
                  message_id="<g@x.com>"),
    ]))
    proc = _run("analyze", "--json", "--me", OWNER, "--now", NOW_ISO, str(MAIL / "invite_plain_en.eml"), str(box))
    assert proc.returncode == 0, proc.stderr
    recs = [json.loads(ln) for ln in proc.stdout.splitlines()]
    assert [r["source"] for r in recs] == [str(MAIL / "invite_plain_en.eml"), f"{box}#<id1@majujaya.co.id>",
                                           f"{box}#<g@x.com>", f"{box}#message-2"]
    assert recs[0]["interview_start"] == "2026-12-03T14:00:00-08:00" and recs[0]["urgency"] == "normal"
    assert recs[1]["language"] == "id" and recs[1]["interview_start"] == "2026-12-10T14:00:00+07:00"
    assert recs[3]["error"]
    assert "skipped message 2" in proc.stderr and "Traceback" not in proc.stderr


def test_console_script_errors_have_exit_codes_and_no_traceback(tmp_path):
    proc = _run("analyze", "--now", "not-a-time", str(MAIL / "invite_plain_en.eml"))
    assert proc.returncode == 2 and proc.stderr.startswith("Error: --now") and "Traceback" not in proc.stderr
    proc = _run("analyze", str(tmp_path / "nothing-here"))
    assert proc.returncode == 2 and "nothing-here: no such file or folder" in proc.stderr and "Traceback" not in proc.stderr


def test_console_script_draft(tmp_path):
    proc = _run("draft", "--me", OWNER, "--now", NOW_ISO, "--out", str(tmp_path / "d"), str(MAIL / "invite_plain_en.eml"))
    assert proc.returncode == 0, proc.stderr
    (p,) = (tmp_path / "d").glob("*.eml")
    msg = email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
    assert msg["In-Reply-To"] == "<plain-en-1@orbitalfreight.com>" and msg["X-Regrets"] == "decline"


def test_me_with_a_line_break_is_a_usage_error(cli, tmp_path):
    res = cli("draft", "--me", "sam.lee@gmail.com\r\nBcc: evil@attacker.example", "--now", NOW_ISO, "--out", str(tmp_path / "o"),
              str(MAIL / "invite_plain_en.eml"))
    assert_clean_error(res, 2, "--me")


def test_me_that_is_not_an_address_is_a_usage_error(cli, tmp_path):
    res = cli("draft", "--me", "not an address", "--now", NOW_ISO, "--out", str(tmp_path / "o"), str(MAIL / "invite_plain_en.eml"))
    assert_clean_error(res, 2, "--me")


# ------------------------------------------------------------------------------- letter options (issue 8)

def test_a_mistyped_reason_preset_gets_a_suggestion(cli, tmp_path):
    res = cli("draft", "--now", NOW_ISO, "--me", OWNER, "--out", str(tmp_path / "d"), "--reason", "other_offer",
              str(MAIL / "invite_plain_en.eml"))
    assert res.exit_code == 2 and res.exception is None
    assert "did you mean other-offer?" in res.stderr and "Traceback" not in res.stderr
    assert not (tmp_path / "d").exists()


def test_reasons_per_language_and_a_note_for_the_letters_without_one(cli, tmp_path):
    en, idn = MAIL / "invite_plain_en.eml", tmp_path / "id.eml"
    idn.write_bytes(make_mail(sender="Rina Kusuma <rina.kusuma@majujaya.co.id>", subject="Undangan Wawancara",
                              body=INVITE_ID, message_id="<id-1@majujaya.co.id>"))
    out = tmp_path / "one"
    res = cli("draft", "--now", NOW_ISO, "--me", OWNER, "--out", str(out), "--reason",
              "Saya akan pindah ke Surabaya bulan depan.", str(en), str(idn))
    assert res.exit_code == 0, res.stderr
    letters = [d.get_body(("plain",)).get_content() for d in _drafts(out).values()]
    assert len(letters) == 2
    assert any("karena saya akan pindah ke Surabaya bulan depan." in t for t in letters)
    assert not any("Saya akan" in t.split("\nOn ")[0] and "Dear" in t for t in letters)
    assert "the English letters go without it (give --reason-en for them)" in res.stderr
    out2 = tmp_path / "two"
    res = cli("draft", "--now", NOW_ISO, "--me", OWNER, "--out", str(out2), "--reason",
              "Saya akan pindah ke Surabaya bulan depan.", "--reason-en", "I'm moving to Surabaya next month.",
              str(en), str(idn))
    assert res.exit_code == 0 and "go without it" not in res.stderr
    letters = [d.get_body(("plain",)).get_content() for d in _drafts(out2).values()]
    assert any("as I'm moving to Surabaya next month. I'm sorry" in t for t in letters)


def test_no_calendar_reply_option(cli, tmp_path):
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:u1@x\r\nSEQUENCE:0\r\n"
           "DTSTAMP:20261123T000000Z\r\nDTSTART:20261203T220000Z\r\nORGANIZER:mailto:keisha.grant@orbitalfreight.com\r\n"
           f"ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:{OWNER}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    src = tmp_path / "cal.eml"
    src.write_bytes(make_mail(ics=ics))
    for flag, expected in (([], True), (["--no-calendar-reply"], False)):
        out = tmp_path / f"out{len(flag)}"
        res = cli("draft", "--now", NOW_ISO, "--me", OWNER, "--out", str(out), *flag, str(src))
        assert res.exit_code == 0, res.stderr
        (d,) = _drafts(out).values()
        assert any(p.get_content_type() == "text/calendar" for p in d.walk()) is expected


def test_a_me_that_is_no_recipient_of_the_thread_is_warned_about(cli, tmp_path):
    res = cli("draft", "--now", NOW_ISO, "--me", "someone.else@example.com", "--out", str(tmp_path / "d"),
              str(MAIL / "invite_plain_en.eml"))
    assert res.exit_code == 0
    assert "--me 'someone.else@example.com' is a recipient of none of the 1 invitation threads read" in res.stderr
    res = cli("draft", "--now", NOW_ISO, "--me", "Sam.Lee+jobs@gmail.com", "--out", str(tmp_path / "e"),
              str(MAIL / "invite_plain_en.eml"))
    assert "warning" not in res.stderr  # Gmail's dots and +tags reach the same mailbox


def test_an_unreadable_file_is_reported_once_and_a_run_that_read_nothing_fails(cli, tmp_path):
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    res = cli("analyze", "--json", "--me", "sam.lee@gmail.com", "--now", "2026-11-26T09:00:00+07:00", empty)
    assert len([ln for ln in res.stderr.splitlines() if "empty.eml" in ln]) == 1
    assert res.exit_code == 1 and "Error: no mail could be read" in res.stderr
    ok = cli("analyze", "--json", "--me", "sam.lee@gmail.com", "--now", "2026-11-26T09:00:00+07:00", empty,
             MAIL / "invite_plain_en.eml")
    assert ok.exit_code == 0 and len([ln for ln in ok.stderr.splitlines() if "empty.eml" in ln]) == 1


def test_analyze_and_draft_agree_on_the_intent_of_an_accepted_thread_without_a_time(cli, tmp_path):
    """An accepted pick-a-slot thread: nothing to cancel, so `analyze` and `draft` both say decline."""

    from .conftest import make_mail

    inv = make_mail(body="Hi Sam,\n\nWe would like to invite you to an interview for the Backend Engineer "
                                   "role. Please pick a time that suits you: https://calendly.com/orbital/interview\n")
    rep = make_mail(body="Hi Keisha,\n\nThank you, I would be happy to attend the interview. See you then!\n",
                              sender="Sam Lee <sam.lee@gmail.com>", to="Keisha Grant <keisha.grant@orbitalfreight.com>",
                              subject="Re: Interview invitation: Backend Engineer", message_id="<rep-1@gmail.com>",
                              in_reply_to="<invite-1@orbitalfreight.com>",
                              date=datetime(2026, 11, 24, 2, 0, tzinfo=timezone.utc))
    box = tmp_path / "thread.mbox"
    box.write_bytes(b"".join(b"From x@y Mon Nov 23 17:15:00 2026\n" + m.replace(b"\r\n", b"\n") + b"\n" for m in (inv, rep)))
    now = "2026-11-25T09:00:00+07:00"
    _, recs = analyze_json(cli, box, now=now)
    (rec,) = recs
    assert rec["accepted"] and rec["interview_start"] is None
    assert rec["intent"] == "decline" and rec["draft"] is True
    out = tmp_path / "drafts"
    d = cli("draft", "--me", "sam.lee@gmail.com", "--now", now, "--out", out, box)
    assert d.exit_code == 0, d.stderr
    (eml,) = out.glob("*.eml")
    assert "X-Regrets: decline" in eml.read_text()
