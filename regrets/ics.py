"""Read iCalendar (.ics) parts: METHOD, UID, SEQUENCE, STATUS, DTSTART with its zone, and attendee replies."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache

import icalendar
from dateutil.rrule import rrulestr

from . import zones

# Bounds that keep a hostile calendar cheap. An invitation's .ics is a few KB (Outlook's with an HTML description
# some tens of KB) and holds one event, or a handful for a series' exceptions. icalendar reads ~0.5 MB/s of
# dense events, so MAX_CALENDAR_CHARS (per message, all calendar parts together) keeps a message well under a second.
MAX_CALENDAR_CHARS = 256_000
MAX_EVENTS = 100
MAX_OBSERVANCES = 32  # STANDARD/DAYLIGHT blocks read per VTIMEZONE (a real one has 1-4 for the years that matter)
MAX_ONSETS = 2_000  # recurrence instances expanded per calendar, over all its VTIMEZONEs


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


# VTIMEZONE blocks are renamed before icalendar parses the calendar: icalendar would otherwise cache each custom
# VTIMEZONE process-wide under its TZID (the first mail to define "Customized Time Zone" would decide it for every
# later mail, and the cache grows with every new TZID), and dateutil expands its recurrence rules from their start
# with a cache (a FREQ=SECONDLY rule from 1900 grew past 450 MB without end). They are read by `VTimezones` instead.
_VTIMEZONE_LINE = re.compile(r"^(BEGIN|END):VTIMEZONE[ \t]*(?=\r?$)", re.I | re.M)
_OWN_VTIMEZONE = "X-REGRETS-VTIMEZONE"


def load(raw: str) -> tuple[icalendar.Calendar, "VTimezones"] | None:
    """A calendar and its own time zones, read safely (size bounded, VTIMEZONEs never expanded by icalendar), or
    None when it cannot be read. Every reader of calendars goes through here (analysis and the calendar reply)."""
    if len(raw) > MAX_CALENDAR_CHARS:
        return None  # not an invitation; reading it would cost memory in proportion
    try:
        cal = icalendar.Calendar.from_ical(_VTIMEZONE_LINE.sub(rf"\1:{_OWN_VTIMEZONE}", raw))
    except Exception:  # icalendar raises ValueError and others on malformed input
        return None
    return cal, VTimezones(cal)


@lru_cache(maxsize=256)
def _parse_one(raw: str, default_tz: tzinfo | None) -> tuple[CalendarEvent, ...]:
    loaded = load(raw)
    if loaded is None:
        return ()
    cal, tzs = loaded
    method = str(cal.get("METHOD", "") or "").upper()
    out = []
    for n, ev in enumerate(cal.walk("VEVENT")):
        if n >= MAX_EVENTS:
            break
        try:
            out.append(_event(ev, method, default_tz, tzs))
        except Exception:
            continue
    return tuple(out)


class VTimezones:
    """The calendar's own VTIMEZONE definitions, read lazily: the UTC offset one gives a local time is the
    TZOFFSETTO of its latest onset at or before that time. Only yearly rules are taken (time zones change a few
    times a year; a secondly or daily "time zone" is not one) and they are expanded from a year before the time
    asked (or from the rule's start when a COUNT ends it), within a budget of MAX_ONSETS for the calendar."""

    def __init__(self, cal) -> None:
        self.defs = {str(c.get("TZID", "")).strip(): c for c in cal.walk(_OWN_VTIMEZONE) if c.get("TZID")}
        self.budget = MAX_ONSETS

    def tzinfo_at(self, tzid: str, local: datetime) -> tzinfo | None:
        """A fixed-offset tzinfo for `local` (naive) in the VTIMEZONE `tzid`; None when there is none or it is unusable."""
        vtz = self.defs.get(tzid.strip())
        if vtz is None:
            return None
        try:
            offset = self._offset_at(vtz, local)
        except Exception:  # a broken observance (bad DTSTART, TZOFFSETTO or RRULE) makes the definition unusable
            return None
        if offset is None or abs(offset) >= timedelta(days=1):
            return None
        return timezone(offset)

    def _offset_at(self, vtz, local: datetime) -> timedelta | None:
        latest: tuple[datetime, timedelta] | None = None
        earliest: tuple[datetime, timedelta] | None = None
        observances = [c for c in vtz.subcomponents if c.name in ("STANDARD", "DAYLIGHT")]
        if not observances or len(observances) > MAX_OBSERVANCES:
            return None
        offsets = {obs.decoded("TZOFFSETTO") for obs in observances}
        if len(offsets) == 1:
            return offsets.pop()  # one offset all along (WIB, IST...): nothing to expand
        for obs in observances:
            start = _naive(obs.decoded("DTSTART"))
            to, before = obs.decoded("TZOFFSETTO"), obs.decoded("TZOFFSETFROM", None)
            if earliest is None or start < earliest[0]:
                earliest = (start, before if before is not None else to)
            onsets = [start]
            rdates = obs.get("RDATE")
            for rd in (rdates if isinstance(rdates, list) else [rdates] if rdates is not None else []):
                onsets += [_naive(p.dt) for p in getattr(rd, "dts", [])[:MAX_ONSETS] if isinstance(p.dt, (date, datetime))]
            if obs.get("RRULE") is not None:
                last = self._last_onset(obs.get("RRULE"), start, local)
                if last is False:
                    return None
                if last is not None:
                    onsets.append(last)
            past = [o for o in onsets if o <= local]
            if past and (latest is None or max(past) > latest[0]):
                latest = (max(past), to)
        if latest is not None:
            return latest[1]
        return earliest[1] if earliest else None  # before every onset: the offset in force before the first one

    def _last_onset(self, rule, start: datetime, local: datetime) -> datetime | None | bool:
        """The rule's last instance at or before `local`; None when there is none; False when the rule is not
        a time zone's (not yearly, or more instances than the budget allows)."""
        text = rule.to_ical().decode("ascii", "replace")
        parts = {k.upper(): v for k, _, v in (p.partition("=") for p in text.split(";"))}
        if parts.get("FREQ", "").upper() != "YEARLY":
            return False
        count = int(parts.pop("COUNT")) if parts.get("COUNT", "").isdigit() else None
        until = parts.pop("UNTIL", None)
        first = start
        if count is None and local.year - start.year > 2:
            # same instances from a year before `local`: shift the start by whole periods of the rule
            step = max(1, int(parts.get("INTERVAL", "1") or 1))
            try:
                first = start.replace(year=start.year + (local.year - 1 - start.year) // step * step)
            except ValueError:  # 29 February
                first = start
        elif count is not None and local.year - start.year > 500:
            return False
        bound = local
        if until:
            y, mo, d, hh, mi, ss, _ = _RAW_DT.fullmatch(until.strip()).groups()
            bound = min(bound, datetime(int(y), int(mo), int(d), int(hh or 0), int(mi or 0), int(ss or 0)))
        if bound < first:
            return None
        rule_text = ";".join(f"{k}={v}" for k, v in parts.items() if k)
        # dateutil looks for a rule's next instance year after year up to 9999 without checking UNTIL (only
        # instances are compared with it), so a rule that never matches ("BYMONTH=2;BYMONTHDAY=30") costs 0.5 s a
        # call. A time zone's rule has an instance every year: probing the last dozen years costs a few
        # milliseconds and rules the others out.
        if next(iter(rrulestr(rule_text, dtstart=_in_year(first, 9988), cache=False)), None) is None:
            return False
        last = None
        for n, occ in enumerate(rrulestr(f"{rule_text};UNTIL={bound:%Y%m%dT%H%M%S}", dtstart=first, cache=False)):
            if count is not None and n >= count:
                break
            self.budget -= 1
            if self.budget < 0:
                return False
            last = occ
        return last


def _in_year(moment: datetime, year: int) -> datetime:
    try:
        return moment.replace(year=year)
    except ValueError:  # 29 February
        return moment.replace(year=year, day=28)


def _naive(value: datetime | date) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return datetime.combine(value, time(0))


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


def _decode_start(ev, name: str = "DTSTART") -> datetime | date | None:
    try:
        value = ev.decoded(name)
    except Exception:
        value = None
    if isinstance(value, (datetime, date)):
        return value
    # a value icalendar could not build ("DTSTART;TZID=GMT+07:00:2026..." splits at the wrong colon): read it raw, naive
    raw = value if isinstance(value, (str, bytes)) else ev.get(name)
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


def instant(ev, name: str, default_tz: tzinfo | None = None,
            tzs: VTimezones | None = None) -> tuple[datetime | date | None, str | None]:
    """The time property `name` (DTSTART, DTEND, RECURRENCE-ID) of `ev` as an aware datetime (a date for an
    all-day value) and its IANA zone when known; (None, None) when absent or unreadable."""
    start: datetime | date | None = None
    zone = None
    if ev.get(name) is not None:
        value = _decode_start(ev, name)
        tzid = ev.get(name).params.get("TZID") if hasattr(ev.get(name), "params") else None
        if isinstance(value, datetime):
            own = tzs.tzinfo_at(str(tzid), value) if value.tzinfo is None and tzid and tzs else None
            if own is not None:
                # a TZID icalendar does not know, defined by the calendar's own VTIMEZONE; named when it is a
                # Windows or IANA name
                value = value.replace(tzinfo=own)
                zone = zones.from_windows(str(tzid)) or (zones.canonical(str(tzid)) if zones.iana(str(tzid)) else None)
            elif value.tzinfo is None:
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
        elif isinstance(value, date):  # all-day value
            start = value
    return start, zone


def _event(ev, method: str, default_tz: tzinfo | None = None, tzs: VTimezones | None = None) -> CalendarEvent:
    start, zone = instant(ev, "DTSTART", default_tz, tzs)
    if isinstance(start, date) and not isinstance(start, datetime):  # all-day event
        start = datetime.combine(start, time(0), tzinfo=default_tz or timezone.utc)
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
