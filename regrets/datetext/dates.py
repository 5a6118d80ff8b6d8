"""Calendar dates in English and Indonesian text.

Absolute dates with a month name ("Thursday, December 3, 2026", "Kamis, 3 Desember 2026", "3rd of Dec"), numeric
dates ("21-01-2026", "12/03/2026", "5/3/2026", ISO "2026-12-03"), day/month without a year after a weekday or
"tanggal" ("Rabu (2/12)"), relative dates ("tomorrow", "lusa", "Senin depan", "this Friday"), and ranges of days
("11–22 Januari", "Jan 11-22", "Senin s/d Jumat", "the week of 11 January") which are windows, not dates.

A numeric date whose day/month order the text cannot settle keeps both readings (`DateMention.readings`); the
candidate step picks one from the evidence (see `pick`), or none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .vocab import DAY, MON, WD, WEAK_NAMES, YEAR, month, named, weekday

_DATE_DMY = re.compile(
    rf"\b(?:(?:hari\s+)?{WD},?\s+(?:tanggal\s+|tgl\.?\s+|the\s+)?)?{DAY}(?:\s+of)?[\s\-]+{MON}(?:,?[\s\-]+{YEAR})?\b", re.I)
_DATE_MDY = re.compile(rf"\b(?:{WD},?\s+)?{MON}\s+{DAY}(?:,?\s+{YEAR})?\b", re.I)
_DATE_NUM = re.compile(
    rf"\b(?:(?:hari\s+)?{WD},?\s+(?:tanggal\s+|tgl\.?\s+)?)?(?<![\d/.\-])(?P<a>\d{{1,2}})(?P<sep>[/.\-])(?P<b>\d{{1,2}})(?P=sep)"
    rf"(?P<y>\d{{4}}|\d{{2}})(?![\d/\-]|\.\d)", re.I)
# "Rabu (2/12)", "Senin 07/12", "tgl 11/12": day/month without a year, only after a weekday or tanggal/tgl
_DATE_SHORT = re.compile(
    rf"\b(?:(?:hari\s+)?{WD},?\s*(?:\(\s*)?|(?:tanggal|tgl\.?|on)\s+)(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)\)?(?![/\d])", re.I)
_DATE_ISO = re.compile(r"(?<![\d/])(?P<y>20\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")
_TO = r"\s*(?:-|–|—|s/d|s\.d\.?|sampai(?:\s+dengan)?|hingga|to|until|till|through|thru)\s*"
# Ranges of days: windows to pick from, never one date.
_RANGES = [re.compile(p, re.I) for p in (
    rf"\b{DAY}{_TO}{named(DAY, 'day', 'day2')}\s+{MON}(?:,?\s+{YEAR})?\b",
    rf"\b{DAY}\s+{MON}{_TO}{named(DAY, 'day', 'day2')}\s+{named(MON, 'mon', 'mon2')}(?:,?\s+{YEAR})?\b",
    rf"\b{MON}\s+{DAY}{_TO}(?:{named(MON, 'mon', 'mon2')}\s+)?{named(DAY, 'day', 'day2')}\b(?!\s*[:.]\d)(?:,?\s+{YEAR})?",
    rf"\b{WD},?{_TO}{named(WD, 'wd', 'wd2')}(?![a-z])",
    rf"\b(?:between|antara)\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:and|dan)\s+(?:the\s+)?{DAY}(?:\s+of)?\s+{MON}",
    rf"\b(?:between|antara)\s+(?:hari\s+)?{WD}\s+(?:and|dan)\s+(?:hari\s+)?{named(WD, 'wd', 'wd2')}(?![a-z])",
    r"\b(?:the\s+)?week\s+(?:of|starting|commencing|beginning)\b|\b(?:next|this|coming|the\s+following)\s+week\b(?!\s+on)|"
    r"\b(?:minggu|pekan)\s+(?:depan|ini|berikutnya)\b(?!\s*,?\s*(?:hari\s+)?(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu))",
)]
# "Tuesday next week", "Selasa minggu depan": one day, read before "next week" is taken as a window
_WD_WEEK = re.compile(rf"\b(?:hari\s+)?{WD},?\s+(?P<q>(?:next|the\s+following)\s+week|(?:minggu|pekan)\s+depan)\b", re.I)
_RELATIVE = re.compile(
    rf"""\b(?P<rel>
        \bday\s+after\s+tomorrow\b | \btomorrow\b | \b(?:tmrw|tmrrw|tomorow|2moro|2morrow)\b | \btmr\b(?=\s+(?:at\s+)?\d) | \besok\b | \btoday\b | \btonight\b | \bthis\s+(?:morning|afternoon|evening)\b
      | \bhari\s+ini\b | \b(?:pagi|siang|sore|malam)\s+ini\b | \bbesok\s+lusa\b | \blusa\b | \bbesok\b | \bnanti\s+(?:pagi|siang|sore|malam)\b
      | \b(?P<q1>this|next|coming|this\s+coming)\s+{named(WD, 'wd', 'wd1')}
      | (?:\bhari\s+)?{named(WD, 'wd', 'wd2')}\s+(?P<q2>depan|ini|minggu\s+depan|pekan\s+depan|besok)\b
      | (?:\b(?:on|pada|hari)\s+)?{named(WD, 'wd', 'wd3')}\b(?!\s*(?:[,.]\s*)?\d)
    )""",
    re.I | re.X)


@dataclass
class DateMention:
    start: int
    end: int
    value: date | None  # None while a numeric date's order is open (see `readings`), or when it is no date
    relative: bool
    weekday_ok: bool | None  # None: no weekday written
    explicit_year: bool
    is_range: bool = False  # a window of days ("11–22 Januari", "Senin s/d Jumat", "next week")
    readings: tuple[date, ...] = ()  # a numeric date's (day-first, month-first) readings when both are dates
    weekday_clash: bool = False  # a weekday was written that no reading of the date falls on
    doubt: str | None = None  # why a date that was written has no value ("next Tuesday" said on a Monday)


def find_dates(text: str, base: date, windows: list[tuple[int, int]] | None = None) -> list[DateMention]:
    """Every date in the given windows of `text` (all of it by default), in order; `base` is the mail's own date."""
    out: list[DateMention] = []
    taken = bytearray(len(text))  # 1 where a date was already read: checking a span costs its length, not the
    wins = windows if windows is not None else [(0, len(text))]  # number of dates so far (was quadratic)

    def scan(rx: re.Pattern):
        for a, b in wins:
            yield from rx.finditer(text, a, b)

    def free(s: int, e: int) -> bool:
        return taken.find(1, s, e) < 0

    def add(d: DateMention) -> None:
        if free(d.start, d.end):
            taken[d.start:d.end] = b"\x01" * (d.end - d.start)
            out.append(d)

    for m in scan(_WD_WEEK):
        wd = weekday(m.group("wd"))
        if wd is not None:
            monday_next = base + timedelta(days=7 - base.weekday())
            add(DateMention(m.start(), m.end(), monday_next + timedelta(days=wd), True, None, False))
    for rx in _RANGES:
        for m in scan(rx):
            wds = [m.groupdict().get(k) for k in ("wd", "wd2")]
            if all(w and w.lower().rstrip(".") in WEAK_NAMES and w[0].islower() for w in wds):
                continue  # "min to sat" in prose, not a range of days
            add(_range(m, base))
    for m in scan(_DATE_ISO):
        add(_mk(m.start(), m.end(), int(m.group("y")), int(m.group("m")), int(m.group("d")), None, True))
    for rx in (_DATE_DMY, _DATE_MDY):
        for m in scan(rx):
            mon = month(m.group("mon"))
            if mon is None or (m.group("mon").lower() in WEAK_NAMES
                               and not (m.group("day") and m.group("mon")[0].isupper() or m.group("year"))):
                continue
            year = int(m.group("year")) if m.group("year") else None
            other = _UNREAD_YEAR.match(text, m.end()) if year is None else None
            if other and (other.group(1) or not _is_hhmm(other.group(2))):
                # "December 3, 2126": a year was written that YEAR does not read (outside 1900-2099); resolving
                # the date as if none were written would quote another year with no doubt
                add(DateMention(m.start(), other.end(), None, False, None, True,
                                doubt=f"the year of this date cannot be right ({other.group(2)})"))
                continue
            add(_mk(m.start(), m.end(), year, mon, int(m.group("day")), weekday(m.group("wd")), year is not None, base))
    for m in scan(_DATE_NUM):
        if m.group("sep") == "." and len(m.group("y")) == 2:
            continue  # "10.30.45" style numbers
        y = m.group("y")
        d = _numeric(m.start(), m.end(), int(m.group("a")), int(m.group("b")), int(y) + (2000 if len(y) == 2 else 0),
                     weekday(m.group("wd")), True)
        if d is not None:
            add(d)
    for m in scan(_DATE_SHORT):
        d = _numeric(m.start(), m.end(), int(m.group("a")), int(m.group("b")), None, weekday(m.group("wd")), False, base)
        if d is not None:
            add(d)
    for m in scan(_RELATIVE):
        if not free(m.start(), m.end()):
            continue
        v = _resolve_relative(m, base)
        if v is not None:
            add(DateMention(m.start(), m.end(), v, True, None, False))
        elif _ambiguous_next(m, base):
            add(DateMention(m.start(), m.end(), None, True, None, False,
                            doubt=f"{m.group(0).strip()!r} could be this week's or next week's"))
    out.sort(key=lambda d: d.start)
    return _join_ranges(text, _attach_weekdays(text, out))


_BARE_WD = re.compile(r"(?:on\s+|pada\s+|hari\s+)?(\w+)\.?", re.I)
_WD_AFTER_GAP = re.compile(r"[\s,(]*")


def _attach_weekdays(text: str, dates: list[DateMention]) -> list[DateMention]:
    """"16/01/2027 (Saturday)", "14 January 2027, Thursday": a bare weekday right after a date checks that date
    (and settles a numeric one's order) instead of standing as a date of its own."""
    out: list[DateMention] = []
    for d in dates:
        prev = out[-1] if out else None
        if (prev is not None and d.relative and not prev.relative and not prev.is_range and d.start - prev.end <= 3
                and _WD_AFTER_GAP.fullmatch(text[prev.end: d.start])):
            m = _BARE_WD.fullmatch(text[d.start: d.end].strip(" ()"))
            wd = weekday(m.group(1)) if m else None
            if wd is not None:
                readings = tuple(r for r in (prev.readings or ((prev.value,) if prev.value else ())) if r.weekday() == wd)
                value = readings[0] if len(readings) == 1 else None
                clash = not readings
                out[-1] = DateMention(prev.start, d.end, value, False, not clash, prev.explicit_year, readings=readings,
                                      weekday_clash=clash)
                continue
        out.append(d)
    return out


_JOIN = re.compile(r"\s*(?:-|–|—|s/d|s\.d\.?|sampai(?:\s+dengan)?|hingga|to|until|till|through|thru)\s*$", re.I)
_BETWEEN_HEAD = re.compile(r"\b(?:between|antara)\s+$", re.I)


def _join_ranges(text: str, dates: list[DateMention]) -> list[DateMention]:
    """"Monday, 7 December to Friday, 11 December", "between 7 Dec and 11 Dec": two dates that make one window."""
    out: list[DateMention] = []
    for d in dates:
        prev = out[-1] if out else None
        if prev is not None and not prev.is_range and not d.is_range and d.start - prev.end <= 12:
            gap = text[prev.end: d.start]
            joined = bool(_JOIN.fullmatch(gap)) or (
                re.fullmatch(r"\s*(?:and|dan)\s*", gap, re.I) is not None
                and _BETWEEN_HEAD.search(text, max(0, prev.start - 10), prev.start) is not None)
            if joined:
                out[-1] = DateMention(prev.start, d.end, prev.value, prev.relative, None, prev.explicit_year, is_range=True)
                continue
        out.append(d)
    return out


def _range(m: re.Match, base: date) -> DateMention:
    g = m.groupdict()
    first: date | None = None
    if g.get("mon") and g.get("day"):
        first = _mk(0, 0, int(g["year"]) if g.get("year") else None, month(g["mon"]) or 1, int(g["day"]), None,
                    bool(g.get("year")), base).value
    return DateMention(m.start(), m.end(), first, False, None, bool(g.get("year")), is_range=True)


_UNREAD_YEAR = re.compile(r"[^\S\n]*(,)?[^\S\n]*(\d{4})\b(?![:.]\d)")


def _is_hhmm(digits: str) -> bool:
    """'1400' may be a time of day written military style."""
    return int(digits[:2]) < 24 and int(digits[2:]) < 60


def _year_for(mon: int, day: int, wd: int | None, base: date) -> date | None:
    """The next occurrence on or after (base - 7 days); a stated weekday picks the year when it can."""
    cands = []
    for y in (base.year, base.year + 1, base.year - 1):
        try:
            cands.append(date(y, mon, day))
        except ValueError:
            continue
    if wd is not None and any(c.weekday() == wd for c in cands):
        cands = [c for c in cands if c.weekday() == wd]
    future = [c for c in cands if c >= base - timedelta(days=7)]
    return min(future) if future else (max(cands) if cands else None)


def _mk(s: int, e: int, year: int | None, mon: int, day: int, wd: int | None, explicit: bool,
        base: date | None = None) -> DateMention:
    value: date | None = None
    if year is None and base is not None:
        value = _year_for(mon, day, wd, base)
    elif year is not None:
        try:
            value = date(year, mon, day)
        except ValueError:
            value = None
    ok = None if wd is None or value is None else value.weekday() == wd
    if value is not None and base is not None and year is not None and _year_typo(value, base):
        # "January 4th, 2026" written on 23 December 2026: last year's date, or next year's with the old year typed
        return DateMention(s, e, None, False, None, explicit, doubt=f"the year of this date looks mistyped ({value.isoformat()})")
    return DateMention(s, e, value, False, ok, explicit, weekday_clash=ok is False)


def _year_typo(value: date, base: date) -> bool:
    """A date about a year before the mail whose day and month fall in the weeks right after it."""
    if value >= base - timedelta(days=300):
        return False
    try:
        bumped = value.replace(year=value.year + 1)
    except ValueError:
        return False
    return base - timedelta(days=1) <= bumped <= base + timedelta(days=90)


def _numeric(s: int, e: int, a: int, b: int, year: int | None, wd: int | None, explicit: bool,
             base: date | None = None) -> DateMention | None:
    """A numeric date, day-first reading first. One valid reading (or one the weekday agrees with) is the value;
    two stay open as `readings` for the evidence to settle."""
    readings: list[date] = []
    for day_, mon_ in ((a, b), (b, a)):
        if not (1 <= mon_ <= 12 and 1 <= day_ <= 31):
            continue
        if year is None:
            v = _year_for(mon_, day_, wd, base) if base else None
        else:
            try:
                v = date(year, mon_, day_)
            except ValueError:
                v = None
        if v is not None and v not in readings:
            readings.append(v)
    if not readings:
        return None
    if wd is not None:
        agree = [r for r in readings if r.weekday() == wd]
        if not agree:
            return DateMention(s, e, None, False, False, explicit, readings=tuple(readings), weekday_clash=True)
        readings = agree
    value = readings[0] if len(readings) == 1 else None
    return DateMention(s, e, value, False, None if wd is None else True, explicit, readings=tuple(readings))


def pick(d: DateMention, month_first: bool | None, base: date) -> date | None:
    """A numeric date's reading: the one the writer's convention gives when it can be an interview date (not before
    the mail, not a year on), else the other one when that can; with no convention, the one reading that falls
    where an interview date usually does (from the mail's day to about four months on); else none."""
    if d.value is not None or not d.readings:
        return d.value
    day_first, mon_first = d.readings[0], d.readings[-1]
    if month_first is not None:
        order = (mon_first, day_first) if month_first else (day_first, mon_first)
        for r in order:
            if base - timedelta(days=1) <= r <= base + timedelta(days=400):
                return r
        return None
    plausible = [r for r in d.readings if base - timedelta(days=1) <= r <= base + timedelta(days=120)]
    return plausible[0] if len(plausible) == 1 else None


def _ambiguous_next(m: re.Match, base: date) -> bool:
    """English "next Tuesday" written earlier in the same week: tomorrow's Tuesday or the one after? People disagree."""
    if (m.group("q1") or "").lower() != "next":
        return False
    wd = weekday(m.group("wd1"))
    if wd is None:
        return False
    ahead = (wd - base.weekday()) % 7
    return 0 < ahead <= 6 - base.weekday()


def _resolve_relative(m: re.Match, base: date) -> date | None:
    rel = " ".join(m.group(0).lower().split())
    if "day after tomorrow" in rel or "besok lusa" in rel or rel == "lusa":
        return base + timedelta(days=2)
    if rel in ("tomorrow", "besok", "tmrw", "tmr", "tmrrw", "tomorow", "2moro", "2morrow", "esok"):
        return base + timedelta(days=1)
    if rel in ("today", "tonight", "hari ini") or rel.startswith(("this morning", "this afternoon", "this evening", "nanti")) \
            or rel in ("pagi ini", "siang ini", "sore ini", "malam ini"):
        return base
    wd_s = m.group("wd1") or m.group("wd2") or m.group("wd3")
    if not wd_s:
        return None
    wd = weekday(wd_s)
    if wd is None or len(wd_s) <= 3 and wd_s.lower() in WEAK_NAMES:
        if not (m.group("q1") or m.group("q2")):
            return None  # a bare 3-letter word is too weak ("min", "sat", "sun" are ordinary words)
        if wd is None:
            return None
    ahead = (wd - base.weekday()) % 7
    q = (m.group("q1") or m.group("q2") or "").lower()
    if q == "next" and 0 < ahead <= 6 - base.weekday():
        return None  # ambiguous: see _ambiguous_next
    if q in ("next",) or "depan" in q:
        # "next Tuesday" / "Selasa depan": the one in the following week when this week's is still ahead
        return base + timedelta(days=ahead + 7 if ahead <= (6 - base.weekday()) and ahead != 0 else (ahead or 7))
    if "besok" in q:
        return base + timedelta(days=1) if (base + timedelta(days=1)).weekday() == wd else None
    return base + timedelta(days=ahead or 7) if q != "this" or ahead else base
