"""The calendar reply (issue 8): when the invitation is a calendar REQUEST naming the owner as ATTENDEE, the
draft carries an iTIP REPLY (RFC 5546 §3.2.3, iMIP RFC 6047) declining it: METHOD:REPLY, the same UID and
SEQUENCE, the owner's ATTENDEE with PARTSTAT=DECLINED, the short note as COMMENT. Read back with icalendar and
with vobject, an independent parser; only when there was a request; never when opted out; threading intact."""
from __future__ import annotations

import email
import email.policy
from datetime import datetime, timezone

import icalendar
import pytest
import vobject

from regrets import itip
from regrets.analyze import analyze_thread
from regrets.compose import ComposeOptions, compose_reply
from regrets.mailboxes import same_mailbox
from regrets.mailparse import parse_bytes
from regrets.model import Thread

from .conftest import NOW, OWNER, make_mail

GOOGLE = """BEGIN:VCALENDAR\r
PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
VERSION:2.0\r
CALSCALE:GREGORIAN\r
METHOD:{method}\r
BEGIN:VEVENT\r
DTSTART:20261203T220000Z\r
DTEND:20261203T230000Z\r
DTSTAMP:20261123T171500Z\r
ORGANIZER;CN=Keisha Grant:mailto:keisha.grant@orbitalfreight.com\r
UID:7kq3fo0ab1c2d3e4f5g6h7i8j9@google.com\r
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE\r
 ;CN={attendee};X-NUM-GUESTS=0:mailto:{attendee}\r
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Keisha Grant;X-NUM-GUESTS=0:mailto:keisha.grant@orbitalfreight.com\r
SEQUENCE:{sequence}\r
STATUS:{status}\r
SUMMARY:Technical interview: Backend Engineer (Orbital Freight)\r
END:VEVENT\r
END:VCALENDAR\r
"""

OUTLOOK = """BEGIN:VCALENDAR\r
METHOD:REQUEST\r
PRODID:Microsoft Exchange Server 2010\r
VERSION:2.0\r
BEGIN:VTIMEZONE\r
TZID:Eastern Standard Time\r
BEGIN:STANDARD\r
DTSTART:16010101T020000\r
TZOFFSETFROM:-0400\r
TZOFFSETTO:-0500\r
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:16010101T020000\r
TZOFFSETFROM:-0500\r
TZOFFSETTO:-0400\r
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
ORGANIZER;CN="Grant, Keisha":mailto:keisha.grant@orbitalfreight.com\r
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sam Lee:mailto:Sam.Lee@gmail.com\r
UID:040000008200E00074C5B7101A82E00800000000D0A7\r
SUMMARY;LANGUAGE=en-US:Interview\r
DTSTART;TZID=Eastern Standard Time:20261203T170000\r
DTEND;TZID=Eastern Standard Time:20261203T180000\r
SEQUENCE:0\r
DTSTAMP:20261123T171500Z\r
END:VEVENT\r
END:VCALENDAR\r
"""


def google(method: str = "REQUEST", attendee: str = OWNER, sequence: int = 2, status: str = "CONFIRMED") -> str:
    return GOOGLE.format(method=method, attendee=attendee, sequence=sequence, status=status)


def thread_of(*raws: bytes) -> Thread:
    return Thread("t", [parse_bytes(r) for r in raws], "t.eml")


def draft(thread: Thread, options: ComposeOptions | None = None):
    a = analyze_thread(thread, OWNER, NOW)
    raw = compose_reply(thread, a, options or ComposeOptions(), NOW).as_bytes()
    return raw, email.message_from_bytes(raw, policy=email.policy.default)


def calendar_parts(m) -> list:
    return [p for p in m.walk() if p.get_content_type() in ("text/calendar", "application/ics")]


def test_a_request_to_the_owner_is_declined_in_the_draft():
    inv = make_mail(ics=google(), message_id="<cal-1@orbitalfreight.com>")
    raw, m = draft(thread_of(inv))
    parts = calendar_parts(m)
    assert [p.get_content_type() for p in parts] == ["text/calendar", "application/ics"]
    inline = parts[0]
    assert inline.get_param("method") == "REPLY"
    assert parts[1].get_filename() == "invite.ics"
    assert inline.get_payload(decode=True) == parts[1].get_payload(decode=True)
    data = inline.get_payload(decode=True)

    # read back with icalendar ...
    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["METHOD"]) == "REPLY" and str(cal["VERSION"]) == "2.0" and cal.get("PRODID")
    (ev,) = cal.walk("VEVENT")
    assert str(ev["UID"]) == "7kq3fo0ab1c2d3e4f5g6h7i8j9@google.com" and int(ev["SEQUENCE"]) == 2
    att = ev["ATTENDEE"]
    assert str(att).lower() == f"mailto:{OWNER}" and att.params["PARTSTAT"] == "DECLINED"
    assert "RSVP" not in att.params
    assert str(ev["ORGANIZER"]).lower() == "mailto:keisha.grant@orbitalfreight.com"
    assert ev.decoded("DTSTAMP") == NOW and ev.decoded("DTSTART") == datetime(2026, 12, 3, 22, tzinfo=timezone.utc)
    assert "withdrawn my application" in str(ev["COMMENT"])

    # ... and with vobject, an independent parser
    vcal = vobject.readOne(data.decode("utf-8"))
    assert vcal.method.value == "REPLY"
    vev = vcal.vevent
    assert vev.uid.value == "7kq3fo0ab1c2d3e4f5g6h7i8j9@google.com" and vev.sequence.value == "2"
    assert vev.attendee.value.lower() == f"mailto:{OWNER}" and vev.attendee.params["PARTSTAT"] == ["DECLINED"]
    assert vev.organizer.value.lower() == "mailto:keisha.grant@orbitalfreight.com"
    assert "withdrawn my application" in vev.comment.value


def test_the_letter_and_gmail_threading_are_unchanged_by_the_calendar_part():
    inv = make_mail(ics=google(), message_id="<cal-1@orbitalfreight.com>", references=["<r0@orbitalfreight.com>"])
    raw, m = draft(thread_of(inv))
    _, without = draft(thread_of(inv), ComposeOptions(calendar_reply=False))
    assert m.get_content_type() == "multipart/mixed"
    for h in ("In-Reply-To", "References", "Subject", "To", "From", "X-Regrets"):
        assert m[h] == without[h], h  # Gmail's three threading rules hold as without the calendar
    assert m["In-Reply-To"] == "<cal-1@orbitalfreight.com>" and m["Subject"].startswith("Re: ")
    assert m.get_body(("plain",)).get_content() == without.get_body(("plain",)).get_content()
    assert m.get_body(("html",)).get_content() == without.get_body(("html",)).get_content()
    assert calendar_parts(without) == []  # --no-calendar-reply


def test_the_indonesian_letter_gets_an_indonesian_note():
    body = ("Yth. Sdr. Sam,\n\nKami mengundang Anda untuk mengikuti wawancara user pada Kamis, 10 Desember 2026 pukul "
            "14.00 WIB melalui Google Meet.\n\nHormat kami,\nRina Kusuma\nHR PT Maju Jaya\n")
    _, m = draft(thread_of(make_mail(ics=google(), body=body, subject="Undangan Wawancara")))
    cal = icalendar.Calendar.from_ical(calendar_parts(m)[0].get_payload(decode=True))
    assert "menarik lamaran saya" in str(cal.walk("VEVENT")[0]["COMMENT"])


@pytest.mark.parametrize("ics", [
    google(method="PUBLISH"),  # not an invitation to answer
    google(attendee="someone.else@gmail.com"),  # the owner is not invited
    google(method="REPLY"),
    "BEGIN:VCALENDAR\r\nthis is not a calendar",
])
def test_no_request_to_the_owner_means_no_calendar_part(ics):
    _, m = draft(thread_of(make_mail(ics=ics)))
    assert calendar_parts(m) == []


def test_no_calendar_at_all_means_no_calendar_part():
    _, m = draft(thread_of(make_mail()))
    assert m.get_content_type() == "multipart/alternative" and calendar_parts(m) == []


def test_a_cancelled_request_is_not_answered_and_the_latest_revision_is():
    first = make_mail(ics=google(sequence=1), message_id="<a@x.com>")
    later = make_mail(ics=google(sequence=3), message_id="<b@x.com>", in_reply_to="<a@x.com>", references=["<a@x.com>"],
                      subject="Updated invitation: Backend Engineer")
    cancel = make_mail(ics=google(method="CANCEL", sequence=4, status="CANCELLED"), message_id="<c@x.com>")
    t = thread_of(first, later)
    assert itip.find_request(t, OWNER).sequence == 3
    assert itip.find_request(thread_of(first, later, cancel), OWNER) is None
    assert itip.find_request(thread_of(later, first), OWNER).sequence == 3  # an older revision arriving late


def test_gmail_addresses_match_without_dots_and_case():
    t = thread_of(make_mail(ics=google(attendee="Sam.Lee+jobs@gmail.com")))
    req = itip.find_request(t, OWNER)
    assert req is not None
    data = itip.decline(req, OWNER, "x", NOW, "Sam Lee")
    ev = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    assert str(ev["ATTENDEE"]) == "mailto:Sam.Lee+jobs@gmail.com"  # as the organiser knows the owner
    assert ev["ATTENDEE"].params["CN"] == "Sam Lee"  # Google put the address as CN: the owner's name reads better
    assert same_mailbox("a.b@googlemail.com", "ab@gmail.com") and not same_mailbox("a.b@x.com", "ab@x.com")


def test_outlook_request_with_a_windows_zone_and_quoted_organizer():
    t = thread_of(make_mail(ics=OUTLOOK))
    _, m = draft(t)
    data = calendar_parts(m)[0].get_payload(decode=True)
    cal = icalendar.Calendar.from_ical(data)
    ev = cal.walk("VEVENT")[0]
    assert str(ev["UID"]) == "040000008200E00074C5B7101A82E00800000000D0A7" and int(ev["SEQUENCE"]) == 0
    assert ev["ORGANIZER"].params["CN"] == "Grant, Keisha"
    assert ev.decoded("DTSTART") == datetime(2026, 12, 3, 22, tzinfo=timezone.utc)  # 17:00 EST, written in UTC
    vev = vobject.readOne(data.decode("utf-8")).vevent
    assert vev.attendee.params["PARTSTAT"] == ["DECLINED"] and vev.organizer.params["CN"] == ["Grant, Keisha"]


HOSTILE_VTIMEZONE = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//fuzz//EN\r
METHOD:REQUEST\r
BEGIN:VTIMEZONE\r
TZID:Custom/Fuzz\r
BEGIN:STANDARD\r
DTSTART:00010101T000000\r
RRULE:FREQ=MINUTELY;UNTIL=99991231T235959Z\r
TZOFFSETFROM:+0800\r
TZOFFSETTO:+0700\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:00010101T000000\r
RRULE:FREQ=MINUTELY;UNTIL=99991231T235959Z\r
TZOFFSETFROM:+0700\r
TZOFFSETTO:+0800\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:fuzz-1@orbitalfreight.com\r
DTSTAMP:20261120T000000Z\r
DTSTART;TZID=Custom/Fuzz:20261203T140000\r
SUMMARY:Interview\r
ORGANIZER:mailto:keisha.grant@orbitalfreight.com\r
ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:sam.lee@gmail.com\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_a_minutely_custom_time_zone_is_not_expanded_by_the_calendar_reply():
    """Found by the fuzz campaign: the reply read DTSTART through icalendar, which expanded the VTIMEZONE's
    MINUTELY rule from the year 1 (minutes and gigabytes); it now reads times the bounded way the analysis does."""
    import resource
    import time

    t = thread_of(make_mail(ics=HOSTILE_VTIMEZONE))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    _, m = draft(t)
    assert time.monotonic() - started < 10
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200_000  # KiB
    parts = calendar_parts(m)
    if parts:  # an unusable zone may leave DTSTART out, never the reply's correctness
        ev = icalendar.Calendar.from_ical(parts[0].get_payload(decode=True)).walk("VEVENT")[0]
        dt = ev.decoded("DTSTART") if ev.get("DTSTART") is not None else None
        assert dt is None or dt.tzinfo is not None
