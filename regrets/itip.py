"""Decline the calendar invitation along with the letter: an iTIP REPLY attached to the draft.

When the invitation carried a calendar request (`METHOD:REQUEST` naming the owner as ATTENDEE), the draft gets
an iTIP REPLY (RFC 5546 §3.2.3) carried the iMIP way (RFC 6047 §2.4: a `text/calendar; method=REPLY` part, here
inside the multipart/alternative like Google Calendar's own replies, plus an `invite.ics` attachment): METHOD:REPLY,
the request's UID, SEQUENCE and RECURRENCE-ID, its ORGANIZER, the owner's ATTENDEE with PARTSTAT=DECLINED and a
short note as COMMENT. When the user sends the draft, the organiser's calendar marks the owner as declined and
frees the slot. Built with icalendar (the project's iCalendar library), so folding, escaping and parameter
quoting follow RFC 5545.

Which request: the latest one in the thread that names the owner as attendee (Gmail addresses compared without
dots and +tags, as Gmail delivers them), unless a later CANCEL for the same UID withdrew it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from email.message import EmailMessage

import icalendar

from . import headers, ics
from .mailboxes import same_mailbox
from .model import Thread

PRODID = "-//Regrets//Interview decline//EN"
MAX_CALENDAR = 1_000_000  # characters; a larger calendar is not an interview invitation we reply to

NOTES = {
    ("en", "decline"): "Thank you for the invitation. I have withdrawn my application, so I will not be attending. "
                       "Sorry for any inconvenience.",
    ("en", "cancel"): "I'm sorry, I need to cancel: I have withdrawn my application, so I will not be attending. "
                      "Apologies for the inconvenience.",
    ("id", "decline"): "Terima kasih atas undangannya. Saya telah menarik lamaran saya sehingga tidak dapat hadir. "
                       "Mohon maaf atas ketidaknyamanannya.",
    ("id", "cancel"): "Mohon maaf, saya perlu membatalkan kehadiran karena telah menarik lamaran saya. "
                      "Mohon maaf atas ketidaknyamanannya.",
}


@dataclass(frozen=True)
class Request:
    """A calendar request to the owner, as found in the thread."""

    event: icalendar.Component  # the VEVENT
    attendee: icalendar.vCalAddress  # the owner's ATTENDEE line, as the organiser wrote it
    timezones: ics.VTimezones  # the calendar's own VTIMEZONEs, read within bounds
    uid: str
    sequence: int


def note(lang: str, intent: str) -> str:
    """The short note the organiser sees with the decline."""
    return NOTES.get((lang, intent), NOTES[("en", "decline")])


def _attendees(ev: icalendar.Component) -> list[icalendar.vCalAddress]:
    a = ev.get("ATTENDEE")
    if a is None:
        return []
    return list(a) if isinstance(a, list) else [a]


def _sequence(ev: icalendar.Component) -> int:
    try:
        return int(str(ev.get("SEQUENCE", 0)).strip())
    except ValueError:
        return 0


def find_request(thread: Thread, owner: str | None) -> Request | None:
    """The calendar request to answer, or None (no request, the owner is not invited, or it was cancelled)."""
    if not owner:
        return None
    live: dict[str, Request] = {}
    order: list[str] = []
    for m in thread.messages:
        for raw in m.calendars:
            loaded = ics.load(raw)  # bounded, as the analysis reads calendars
            if loaded is None:
                continue
            cal, tzs = loaded
            method = str(cal.get("METHOD", "") or "").strip().upper()
            for ev in cal.walk("VEVENT"):
                uid = str(ev.get("UID", "") or "").strip()
                if not uid:
                    continue
                if method == "CANCEL" or str(ev.get("STATUS", "")).upper() == "CANCELLED":
                    live.pop(uid, None)
                    continue
                if method != "REQUEST":
                    continue
                mine = next((a for a in _attendees(ev) if same_mailbox(str(a), owner)), None)
                if mine is None:
                    continue
                seq = _sequence(ev)
                old = live.get(uid)
                if old is not None and (old.sequence > seq or (ev.get("RECURRENCE-ID") is not None
                                                               and old.event.get("RECURRENCE-ID") is None)):
                    continue  # keep the newer revision, and the whole series over one occurrence
                live[uid] = Request(ev, mine, tzs, uid, seq)
                if uid in order:
                    order.remove(uid)
                order.append(uid)
    for uid in reversed(order):
        if uid in live:
            return live[uid]
    return None


def _copy_time(request: Request, dst: icalendar.Component, name: str) -> None:
    """DTSTART/DTEND/RECURRENCE-ID in UTC (no VTIMEZONE needed), a date as a date; an unreadable one is left out."""
    prop = request.event.get(name)
    if prop is None:
        return
    value, _zone = ics.instant(request.event, name, None, request.timezones)
    if isinstance(value, datetime) and not getattr(prop, "params", {}).get("TZID"):
        try:
            written = request.event.decoded(name)
        except Exception:
            written = None
        if isinstance(written, datetime) and written.tzinfo is None:
            value = written  # a floating time stays floating
    if isinstance(value, datetime):
        dst.add(name, value.astimezone(timezone.utc) if value.tzinfo else value)
    elif isinstance(value, date):
        dst.add(name, value)


def decline(request: Request, owner: str, comment: str, now: datetime, name: str | None = None) -> bytes:
    """The iTIP REPLY (RFC 5546 §3.2.3) declining `request` for `owner`, as iCalendar bytes."""
    cal = icalendar.Calendar()
    cal.add("PRODID", PRODID)
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("METHOD", "REPLY")
    src = request.event
    ev = icalendar.Event()
    ev.add("UID", request.uid)
    ev.add("SEQUENCE", request.sequence)
    ev.add("DTSTAMP", now.astimezone(timezone.utc))
    if src.get("ORGANIZER") is not None:
        ev.add("ORGANIZER", src.get("ORGANIZER"))
    for prop in ("RECURRENCE-ID", "DTSTART", "DTEND"):
        _copy_time(request, ev, prop)
    if src.get("SUMMARY") is not None:
        ev.add("SUMMARY", headers.one_line(str(src.get("SUMMARY")), 200))
    attendee = icalendar.vCalAddress(str(request.attendee).strip() or f"mailto:{owner}")
    cn = request.attendee.params.get("CN")
    if not cn or "@" in str(cn):  # Google writes the address as CN when it knows no name
        cn = name or cn
    if cn:
        attendee.params["CN"] = headers.one_line(str(cn), headers.MAX_NAME)
    attendee.params["PARTSTAT"] = "DECLINED"
    ev.add("ATTENDEE", attendee, encode=False)
    ev.add("COMMENT", comment)
    cal.add_component(ev)
    text: bytes = cal.to_ical()  # (icalendar leaves to_ical unannotated)
    return text


def attach(msg: EmailMessage, ics: bytes) -> None:
    """Carry the REPLY as iMIP does: an inline text/calendar alternative with method=REPLY, and invite.ics."""
    text = ics.decode("utf-8")
    msg.add_alternative(text, subtype="calendar", charset="utf-8", params={"method": "REPLY"})
    msg.add_attachment(ics, maintype="application", subtype="ics", filename="invite.ics", params={"name": "invite.ics"})
