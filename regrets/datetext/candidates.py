"""Date-times in a text: each time of day paired with its date, placed in its zone, scored, and given a role.

Times are the anchors; a date is looked for near each time (same line first, then the lines just above, as in
"Date: … / Time: …" blocks). A zone is read right after the time, else once for the whole mail, else the caller's
default (the sender's zone). The score says how much the words around a candidate make it the interview's start
(labels, interview words, an explicit year, a matching weekday raise it; deadlines and header blocks lower it); the
role says what else it could be: the old or the new time of a reschedule, part of an availability window, or one
of several dates offered for the same time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from .. import zones
from ..zones import Zone
from . import context
from .dates import DateMention, find_dates, pick
from .times import TimeMention, find_times
from .zonetext import ZoneText, global_zone

_OR = re.compile(r"\s*(?:,|;|/|\bor\b|\batau\b|\band\b|\bdan\b)\s*(?:(?:on|pada|hari)\s+)?", re.I)


@dataclass
class Candidate:
    """One date-time found in text, with how much we trust it to be the interview start."""

    start: datetime
    zone: Zone
    score: float
    pos: int
    text: str
    relative: bool = False
    zone_stated: bool = True
    reasons: list[str] = field(default_factory=list)
    role: str = "time"  # "time", "old", "new" (reschedule), "window" (availability), "choice" (one of several dates)
    zone_label: str | None = None  # the zone as the mail wrote it, when it wrote a name
    span_minutes: int | None = None


@dataclass
class Reading:
    """Every candidate in a text, and what made the reader drop a date it could not trust."""

    candidates: list[Candidate]
    problems: list[str] = field(default_factory=list)


def month_first(lang: str, country_month_first: bool | None, t: TimeMention, text: str, sent: datetime) -> bool | None:
    """Does the writer put the month first in numeric dates? From the evidence nearest to the date, strongest first:
    a dotted time ("10.15.00": Indonesian locale output), the language, the sender's country, the zone written with
    the time, the Date header's offset. None when nothing says."""
    if "." in _bare(text, t):
        return False
    if lang == "id":
        return False
    if country_month_first is not None:
        return country_month_first
    if t.zone is not None and t.zone.name:
        if t.zone.name.startswith("America/"):
            return True
        if t.zone.name.split("/")[0] in ("Asia", "Europe", "Australia", "Africa", "Pacific"):
            return False
    off = sent.utcoffset()
    if off is not None and off <= timedelta(hours=-3):
        return True
    if off is not None and off >= timedelta(hours=1):
        return False
    return None


def _bare(text: str, t: TimeMention) -> str:
    """The time's own digits ("10.15.00" of "pukul 10.15.00 WIB")."""
    m = re.search(r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?", text[t.start: t.end])
    return m.group(0) if m else ""


def read(text: str, *, sent: datetime, lang: str, default_zone: Zone, sender: str | None = None,
         country: str | None = None, country_month_first: bool | None = None) -> Reading:
    """Every plausible date-time in `text`, scored; `sent` is the message's Date (aware); `sender` (an address) and
    `country` (the sender's, when known) help read ambiguous zone abbreviations and numeric dates."""
    hint = sent.utcoffset()
    base = sent.date()
    region = country or zones.region_of(sender, text)
    times = find_times(text, lang, hint, sent, region)
    if not times:
        return Reading([])
    dates = find_dates(text, base, _windows(text, times))
    stated = global_zone(text, sent, hint, region)
    out: list[Candidate] = []
    problems: list[str] = []
    for t in times:
        found = _dates_for(text, t, dates, times)
        for d in found:
            value = pick(d, month_first(lang, country_month_first, t, text, sent), base)
            if d.weekday_clash:
                problems.append(f"the weekday does not match the date in {text[d.start:d.end]!r}")
                continue
            if value is None:
                if d.doubt:
                    problems.append(d.doubt)
                elif d.readings:
                    problems.append(f"day and month order unclear in {text[d.start:d.end]!r}")
                continue
            zone = t.zone or (stated.zone if stated else None) or default_zone
            label = t.zone_label if t.zone else (stated.label if stated else None)
            try:
                start = datetime.combine(value, time(t.hour, t.minute), tzinfo=zone.tz)
            except (ValueError, OverflowError):
                continue
            if zone.name and not zone.name.startswith("Etc/"):
                real = zones.iana(zone.name)
                if real is not None:
                    start = start.replace(tzinfo=real)
            reasons: list[str] = []
            score = _score(text, t, d, start, sent, reasons)
            if score is None:
                continue
            role = _role(text, t, d, found)
            out.append(Candidate(start, zone, score, t.start, text[min(d.start, t.start): max(d.end, t.end)],
                                 relative=d.relative, zone_stated=t.zone is not None or stated is not None, reasons=reasons,
                                 role=role, zone_label=label, span_minutes=t.span_minutes))
    if not out and not problems:
        lone = _lone_pair(text, times, dates, sent, default_zone, stated)
        if lone is not None:
            out.append(lone)
    return Reading(out, list(dict.fromkeys(problems)))


def _lone_pair(text: str, times: list[TimeMention], dates: list[DateMention], sent: datetime, default_zone: Zone,
               stated: ZoneText | None) -> Candidate | None:
    """A mail with exactly one date and one time, a few lines apart ("pada tanggal 18 January 2027 ... Catatan: harap
    hadir pukul 09.00 WIB"): they belong together even though neither sits in the other's line or block."""
    singles = [d for d in dates if not d.is_range and d.value is not None]
    if len(times) != 1 or len(singles) != 1 or len({d.value for d in dates if d.value is not None}) != 1:
        return None
    t, d = times[0], singles[0]
    if abs(t.start - d.start) > 600 or not t.strong:
        return None
    zone = t.zone or (stated.zone if stated else None) or default_zone
    try:
        start = datetime.combine(d.value, time(t.hour, t.minute), tzinfo=zone.tz)  # type: ignore[arg-type]
    except (ValueError, OverflowError):
        return None
    if zone.name and not zone.name.startswith("Etc/"):
        real = zones.iana(zone.name)
        if real is not None:
            start = start.replace(tzinfo=real)
    reasons: list[str] = ["lone date and time"]
    score = _score(text, t, d, start, sent, reasons)
    if score is None or _role(text, t, d, [d]) != "time":
        return None
    return Candidate(start, zone, score - 1, t.start, text[t.start:t.end], relative=d.relative,
                     zone_stated=t.zone is not None or stated is not None, reasons=reasons, role="time",
                     zone_label=t.zone_label if t.zone else (stated.label if stated else None), span_minutes=t.span_minutes)


def find_candidates(text: str, *, sent: datetime, lang: str, default_zone: Zone, sender: str | None = None) -> list[Candidate]:
    """The candidates of `read`, for callers that need no problems."""
    return read(text, sent=sent, lang=lang, default_zone=default_zone, sender=sender).candidates


def _role(text: str, t: TimeMention, d: DateMention, siblings: list[DateMention]) -> str:
    if d.is_range:
        return "window"
    pos = min(t.start, d.start)
    if context.DEADLINE.search(text[max(0, pos - 40): pos]):
        return "deadline"
    side = context.reschedule_side(text, pos)
    if side is not None:
        return side
    if len(siblings) > 1:
        return "choice"
    line = text[text.rfind("\n", 0, pos) + 1: max(t.end, d.end) + 60]
    if t.span_minutes is not None and t.span_minutes >= 180 and context.PRACTICE.search(line):
        return "practice"  # a try-out window before a test: not the attended step
    if t.span_minutes is not None and t.span_minutes >= 180 and context.AVAILABILITY.search(context.passage(text, pos, t.end)):
        return "window"
    return "time"


def _windows(text: str, times: list[TimeMention]) -> list[tuple[int, int]]:
    """The parts of the text where a date can belong to one of the times (a few lines above to just after),
    whole lines, merged: date patterns run only there, which keeps long mails cheap."""
    out: list[tuple[int, int]] = []
    for t in times:
        a = text.rfind("\n", 0, max(0, t.start - 420)) + 1
        b = text.find("\n", min(len(text), t.end + 80))
        b = len(text) if b < 0 else b
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _dates_for(text: str, t: TimeMention, dates: list[DateMention], times: list[TimeMention]) -> list[DateMention]:
    """The date(s) that go with a time: same line (before, then after), else the lines above. Several dates joined
    by "or"/"," right before one time ("Monday 7 or Tuesday 8 December at 10am") are all returned: a choice."""
    line_start = text.rfind("\n", 0, t.start) + 1
    line_end = text.find("\n", t.end)
    line_end = len(text) if line_end < 0 else line_end
    before = [d for d in dates if line_start <= d.start and d.end <= t.start + 1 and t.start - d.end <= 120]
    if before:
        chosen = [before[-1]]
        for d in reversed(before[:-1]):
            gap = text[d.end: chosen[0].start]
            if _OR.fullmatch(gap) and d.value != chosen[0].value and not d.is_range:
                chosen.insert(0, d)
            else:
                break
        return chosen
    after = [d for d in dates if t.end <= d.start < line_end and d.start - t.end <= 40]
    if after:
        return [after[0]]
    # "Date: Thursday 10 December\nTime: 16:00": a date on one of the lines just above (blank lines and
    # label-only lines, as HTML tables render, do not count), not further than a short block away
    if line_end - line_start > 90:
        return []  # a time inside prose does not take a date from another paragraph
    prev_start = line_start
    seen = 0
    while prev_start > 0 and seen < 3 and line_start - prev_start < 400:
        prev_start = text.rfind("\n", 0, prev_start - 1) + 1
        nl = text.find("\n", prev_start)
        line = text[prev_start: nl if nl >= 0 else len(text)]
        above = [d for d in dates if prev_start <= d.start < line_start]
        if above:
            d = above[-1]
            own_line_end = text.find("\n", d.start)
            own_line_end = len(text) if own_line_end < 0 else own_line_end
            if any(prev_start <= o.start < own_line_end for o in times):
                return []  # that date already has its own time ("Friday 11 December at 14:30")
            return [d]
        if len(line) > 90:
            return []
        has_time = any(prev_start <= o.start < prev_start + len(line) for o in times)
        if line.strip() and not context.LABEL_ONLY.match(line) and not has_time:
            seen += 1
    return []


def _score(text: str, t: TimeMention, d: DateMention, start: datetime, sent: datetime, reasons: list[str]) -> float | None:
    if start < sent - timedelta(hours=1):
        return None  # before the mail was written: a past event, not the interview to come
    if start > sent + timedelta(days=400):
        return None
    pos = min(t.start, d.start)
    score = 1.0
    line_start = text.rfind("\n", 0, pos) + 1
    prefix_line = text[line_start:pos]
    window = text[max(0, pos - 160): pos]
    if context.LABEL.search(text[max(0, line_start - 1): t.end]) or re.search(r":\s*$", prefix_line):
        score += 2
    if context.INTERVIEW.search(window):
        score += 2
    else:
        after = text[t.end: t.end + 80]
        stop = re.search(r"[.!?\n]", after)
        if context.INTERVIEW.search(after[: stop.start() if stop else len(after)]):
            score += 1
    if context.INTERVIEW.search(context.passage(text, pos, max(t.end, d.end))):
        reasons.append("interview")
    if context.in_header_block(text, line_start):
        score -= 6  # "Date: Fri, Dec 4, 2026 at 3:12 PM" in a forwarded message's header block
    if context.RESCHEDULE.search(text[max(0, pos - 100): pos]):
        score += 3
        reasons.append("reschedule")
    if context.DEADLINE.search(text[max(0, pos - 40): pos]):
        score -= 4
        reasons.append("deadline")
    if d.explicit_year:
        score += 0.5
    if d.weekday_ok is True:
        score += 1
    if t.zone is not None:
        score += 1
    if not t.strong:
        score -= 1
    return score


def slot_cues(text: str) -> bool:
    return bool(context.SLOT.search(text))
