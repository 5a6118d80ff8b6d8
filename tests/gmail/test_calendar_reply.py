"""The iTIP REPLY travels with the draft through the real Gmail client and the emulator, and Gmail's documented
draft threading rules (threadId + In-Reply-To/References + matching Subject; the emulator enforces 2 and 3 and
leaves a draft that breaks them outside the thread) still hold with the calendar part attached."""
from __future__ import annotations

from datetime import timedelta

import icalendar

from gmail.service import build_gmail
from regrets.compose import ComposeOptions

from .conftest import EXAMPLE_OWNER, NOW, make_mail
from .test_gmail_drafts import parsed_draft, run_scan


def request_ics(uid: str, sequence: int = 1) -> str:
    start = (NOW + timedelta(days=9)).astimezone().strftime("%Y%m%dT030000Z")
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
            f"BEGIN:VEVENT\r\nDTSTART:{start}\r\nDTSTAMP:20261101T000000Z\r\n"
            "ORGANIZER;CN=Rita Recruiter:mailto:rita@acme.example\r\n"
            f"UID:{uid}\r\nATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alex Tan:mailto:{EXAMPLE_OWNER}\r\n"
            f"SEQUENCE:{sequence}\r\nSTATUS:CONFIRMED\r\nSUMMARY:Interview: Data Analyst\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def invite_with_calendar(uid: str) -> bytes:
    when = NOW + timedelta(days=9)
    body = (f"Dear Alex,\n\nWe would like to invite you to an interview for the Data Analyst position on "
            f"{when:%A}, {when.day} {when:%B %Y} at 10:00 WIB via Google Meet. The calendar invitation is attached."
            "\n\nBest regards,\nRita Recruiter\nTalent Acquisition, Acme\n")
    return make_mail("Invitation: Interview: Data Analyst", body=body, calendar=request_ics(uid))


def test_the_draft_declines_the_calendar_request_and_stays_in_its_thread(make_emulator, tmp_path):
    emu = make_emulator([invite_with_calendar("evt-1@google.com")], me=EXAMPLE_OWNER, name="Alex Tan")
    report = run_scan(emu, tmp_path, create_drafts=True)
    (row,) = [r for r in report.rows if r.get("draft_status") == "created"]
    svc = build_gmail(root=emu.url)
    d, msg = parsed_draft(svc, row["draft_id"])
    assert d["message"]["threadId"] == row["thread_id"]  # the emulator keeps it there only if rules 2 and 3 hold
    assert msg["Subject"] == "Re: Invitation: Interview: Data Analyst" and msg["In-Reply-To"]
    cal_parts = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    assert len(cal_parts) == 1 and cal_parts[0].get_param("method") == "REPLY"
    ev = icalendar.Calendar.from_ical(cal_parts[0].get_payload(decode=True)).walk("VEVENT")[0]
    assert str(ev["UID"]) == "evt-1@google.com" and int(ev["SEQUENCE"]) == 1
    assert ev["ATTENDEE"].params["PARTSTAT"] == "DECLINED" and str(ev["ATTENDEE"]) == f"mailto:{EXAMPLE_OWNER}"
    assert msg.get_body(("plain",)) is not None and msg.get_body(("html",)) is not None


def test_opting_out_leaves_the_calendar_alone(make_emulator, tmp_path):
    emu = make_emulator([invite_with_calendar("evt-2@google.com")], me=EXAMPLE_OWNER, name="Alex Tan")
    report = run_scan(emu, tmp_path, create_drafts=True, compose=ComposeOptions(calendar_reply=False))
    (row,) = [r for r in report.rows if r.get("draft_status") == "created"]
    _, msg = parsed_draft(build_gmail(root=emu.url), row["draft_id"])
    assert not [p for p in msg.walk() if p.get_content_type() in ("text/calendar", "application/ics")]
    assert msg.get_content_type() == "multipart/alternative"
