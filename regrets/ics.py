"""Read iCalendar (.ics) parts: METHOD, UID, SEQUENCE, STATUS, DTSTART with its zone, and attendee replies."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone

import icalendar

from . import zones


@dataclass
class CalendarEvent:
    method: str  # REQUEST, CANCEL, REPLY, PUBLISH, COUNTER ...
    uid: str
    sequence: int
    status: str  # CONFIRMED, CANCELLED, TENTATIVE, ""
    start: datetime | None  # aware
    zone: str | None  # IANA name when known
    summary: str = ""
    description: str = ""
    organizer: str = ""
    partstat: dict[str, str] = field(default_factory=dict)  # attendee email -> PARTSTAT


def parse_calendars(texts: tuple[str, ...] | list[str]) -> list[CalendarEvent]:
    """Events from raw iCalendar texts; broken calendars are skipped (never raise)."""
    out: list[CalendarEvent] = []
    seen: set[tuple[str, int, str]] = set()
    for raw in texts:
        try:
            cal = icalendar.Calendar.from_ical(raw)
        except Exception:  # icalendar raises ValueError and others on malformed input
            continue
        method = str(cal.get("METHOD", "") or "").upper()
        for ev in cal.walk("VEVENT"):
            try:
                item = _event(ev, method)
            except Exception:
                continue
            key = (item.uid, item.sequence, item.method)
            if key in seen:  # Google sends the same event inline and as invite.ics
                continue
            seen.add(key)
            out.append(item)
    return out


def _event(ev, method: str) -> CalendarEvent:
    start, zone = None, None
    if ev.get("DTSTART") is not None:
        value = ev.decoded("DTSTART")
        if isinstance(value, datetime):
            if value.tzinfo is None:  # floating time: keep it naive-as-UTC and mark the zone unknown
                value = value.replace(tzinfo=timezone.utc)
            zone = zones.zone_name_of(value.tzinfo)
            if zone is None and value.utcoffset() == timezone.utc.utcoffset(None):
                zone = "Etc/UTC"
            elif zone is None:
                tzid = ev.get("DTSTART").params.get("TZID")
                zone = zones.from_windows(str(tzid)) if tzid else None
            if zone and zones.iana(zone) is not None and not zone.startswith("Etc/"):
                value = value.astimezone(zones.iana(zone))
            start = value
        elif isinstance(value, date):  # all-day event
            start = datetime.combine(value, time(0), tzinfo=timezone.utc)
    partstat: dict[str, str] = {}
    attendees = ev.get("ATTENDEE")
    if attendees is not None:
        if not isinstance(attendees, list):
            attendees = [attendees]
        for a in attendees:
            addr = str(a).lower().removeprefix("mailto:").strip()
            partstat[addr] = str(a.params.get("PARTSTAT", "")).upper()
    try:
        seq = int(str(ev.get("SEQUENCE", 0)))
    except ValueError:
        seq = 0
    return CalendarEvent(
        method=method or "PUBLISH",
        uid=str(ev.get("UID", "")),
        sequence=seq,
        status=str(ev.get("STATUS", "") or "").upper(),
        start=start,
        zone=zone,
        summary=str(ev.get("SUMMARY", "") or ""),
        description=str(ev.get("DESCRIPTION", "") or ""),
        organizer=str(ev.get("ORGANIZER", "") or "").lower().removeprefix("mailto:"),
        partstat=partstat,
    )
