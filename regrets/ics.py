"""Read iCalendar (.ics) parts: METHOD, UID, SEQUENCE, STATUS, DTSTART with its zone, and attendee replies."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone, tzinfo
from functools import lru_cache

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


def parse_calendars(texts: tuple[str, ...] | list[str], default_tz: tzinfo | None = None) -> list[CalendarEvent]:
    """Events from raw iCalendar texts; broken calendars are skipped (never raise). `default_tz` (the carrying
    message's Date offset) places floating times and unknown TZIDs, which are otherwise read as UTC."""
    out: list[CalendarEvent] = []
    seen: set[tuple[str, int, str]] = set()
    for raw in texts:
        for item in _parse_one(raw, default_tz):
            key = (item.uid, item.sequence, item.method)
            if key in seen:  # Google sends the same event inline and as invite.ics
                continue
            seen.add(key)
            out.append(item)
    return out


@lru_cache(maxsize=256)
def _parse_one(raw: str, default_tz: tzinfo | None) -> tuple[CalendarEvent, ...]:
    try:
        cal = icalendar.Calendar.from_ical(raw)
    except Exception:  # icalendar raises ValueError and others on malformed input
        return ()
    method = str(cal.get("METHOD", "") or "").upper()
    out = []
    for ev in cal.walk("VEVENT"):
        try:
            out.append(_event(ev, method, default_tz))
        except Exception:
            continue
    return tuple(out)


_RAW_DT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?")
_TZID_OFFSET = re.compile(r"(?:UTC|GMT)\s*([+\-\u2212]\s*\d{1,2}(?::?\d{2})?)", re.I)


def _zone_of_tzid(tzid: str) -> zones.Zone | None:
    """A zone for a TZID icalendar could not resolve: Windows/IANA/long names, Outlook display strings
    ('(UTC+07:00) Bangkok, Hanoi, Jakarta'), 'GMT+07:00', or a city named in it."""
    tzid = tzid.strip().strip('"')
    z = zones.by_name(tzid)
    if z:
        return z
    m = _TZID_OFFSET.search(tzid)
    if m:
        return zones.by_offset_text(m.group(1).replace(" ", ""))
    for word in re.split(r"[,;/()]+|\s+-\s+", tzid):
        word = re.sub(r"\b(?:time|standard|daylight)\b", "", word, flags=re.I).strip()
        if word and (z := zones.by_name(word)):
            return z
    return None


def _decode_start(ev) -> datetime | date | None:
    try:
        value = ev.decoded("DTSTART")
    except Exception:
        value = None
    if isinstance(value, (datetime, date)):
        return value
    # a value icalendar could not build ("DTSTART;TZID=GMT+07:00:2026..." splits at the wrong colon): read it raw, naive
    raw = value if isinstance(value, (str, bytes)) else ev.get("DTSTART")
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", "replace")
    m = _RAW_DT.search(str(raw))
    if not m:
        return None
    y, mo, d, hh, mi, ss, z = m.groups()
    try:
        if hh is None:
            return date(int(y), int(mo), int(d))
        return datetime(int(y), int(mo), int(d), int(hh), int(mi), int(ss or 0), tzinfo=timezone.utc if z else None)
    except ValueError:
        return None


def _event(ev, method: str, default_tz: tzinfo | None = None) -> CalendarEvent:
    start, zone = None, None
    if ev.get("DTSTART") is not None:
        value = _decode_start(ev)
        tzid = ev.get("DTSTART").params.get("TZID") if hasattr(ev.get("DTSTART"), "params") else None
        if isinstance(value, datetime):
            if value.tzinfo is None:
                # an unknown TZID, or a floating time: a zone named in the TZID, else the message's own offset
                z = _zone_of_tzid(str(tzid)) if tzid else None
                if z is not None:
                    value, zone = value.replace(tzinfo=z.tz), z.name
                else:
                    value = value.replace(tzinfo=default_tz or timezone.utc)
            if zone is None:
                zone = zones.zone_name_of(value.tzinfo)
            if zone is None and value.utcoffset() == timezone.utc.utcoffset(None):
                zone = "Etc/UTC"
            elif zone is None and tzid:
                zone = zones.from_windows(str(tzid))
            if zone and zones.iana(zone) is not None and not zone.startswith("Etc/"):
                value = value.astimezone(zones.iana(zone))
            start = value
        elif isinstance(value, date):  # all-day event
            start = datetime.combine(value, time(0), tzinfo=default_tz or timezone.utc)
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
    if seq == 0:  # Outlook keeps its own counter (Thunderbird falls back to it the same way)
        try:
            seq = int(str(ev.get("X-MICROSOFT-CDO-APPT-SEQUENCE", 0)))
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
