"""Times of day in English and Indonesian text: "2:30pm", "2 p.m.", "14:00", "09.00 WIB", "noon", "1400hrs",
"pukul 10 pagi", "jam setengah 3 sore", ranges ("1-2pm", "13.00 – 14.00", "09.00 - selesai") and the zone right
after. A bare "3.50" in English prose is a number, not a time; in Indonesian, dotted times count near a date word."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..rxstems import fold
from ..zones import Zone
from .vocab import ID_NUM, ID_NUMBERS
from .zonetext import ZONE_AFTER, ZoneText, zone_after

_TIME = re.compile(
    r"""(?<![\d:.,/+\-\u2212])(?<!UTC)(?<!GMT)(?:(?P<lead>\b(?:pukul|pkl\.?|jam|at|@|from|mulai|starting\s+at)[ \t]*:?[ \t]*)?)
        (?:
          (?P<h>[0-2]?\d)(?P<sep>[:.])(?P<m>[0-5]\d)(?:(?P=sep)[0-5]\d(?:\.\d+)?)?(?![\d]|\.\d)(?:\s*(?P<ap>[ap]\.?\s?m\.?)(?![a-z])|\s*hrs?\b\.?)?
        | (?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)\s*(?:hrs?|hours)\b\.?
        | (?P<h3>1[0-2]|0?[1-9])(?=\s*(?:-|–|—|to|until|and)\s*(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*[ap]\.?\s?m\.?(?![a-z]))
        | (?P<h2>1[0-2]|0?[1-9])\s*(?:(?P<ap2>[ap]\.?\s?m\.?)(?![a-z])|o'?\s?clock\b(?:\s+in\s+the\s+(?P<ap3>morning|afternoon|evening))?)
        | (?P<noon>\bnoon\b|\bmidday\b|\btengah\s+hari\b)
        )
        (?:\s*(?P<part>pagi|siang|sore|malam)\b)?""",
    re.I | re.X)
_BETWEEN = re.compile(r"\b(?:between|antara)\s+$", re.I)
_AMPM_END = re.compile(r"[ap]\.?\s?m\.?$", re.I)
_ID_BARE_HOUR = re.compile(
    rf"\b(?P<lead>pukul|pkl\.?|jam)[ \t]*:?[ \t]+(?P<half>setengah\s+)?(?P<h>[0-2]?\d(?!\s*[:.]\d)|{ID_NUM})"
    rf"(?:\s+(?P<part>pagi|siang|sore|malam))?\b", re.I)
_RANGE_END = re.compile(
    r"""\s*(?:-|–|—|to|until|till|and|sampai(?:\s+dengan)?|s\.?\s?d\.?|s/d|hingga)\s*
        (?:(?:(?P<eh>[0-2]?\d)[:.](?P<em>[0-5]\d)|(?P<eh2>1[0-2]|0?[1-9]))(?:\s*(?P<eap>[ap]\.?\s?m\.?))?|(?P<open>selesai|finish|done))""",
    re.I | re.X)
_DATE_BEFORE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}[ T]$")
_DATE_WORDS = ("pukul", "jam", "waktu", "tanggal", "pkl", "desember", "januari", "besok", "lusa", "jadwal", "pelaksanaan",
               "hari", "sesi", "mulai")
_NUMERIC_DATE_NEAR = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\W{0,4}$")

MAX_TIMES = 200  # no real invitation holds this many times; a pathological text must stay fast

# Every match of _TIME holds one of these (a digit, a separator and two digits; two digits before "hrs"; a digit
# before am/pm or o'clock, which is also where an "1-2pm" range's lookahead ends; noon), and _ID_BARE_HOUR starts with
# pukul/pkl/jam. It reads the folded text (rxstems.fold: what re.IGNORECASE equates with ASCII letters, lower-cased)
# without re.I, which is 3x faster than re.I on the text. tests/core/test_dates.py checks it.
_MAY_HOLD_TIME = re.compile(r"\d(?:[:.][0-5]\d|\d\s*(?:hrs?|hours)\b|\s*(?:[ap]\.?\s?m|o'?\s?clock))|noon|midday|"
                            r"tengah\s+hari|pukul|pkl|jam")


def may_hold_time(text: str) -> bool:
    """False only when `find_times` finds no time in `text`, whatever the language, zone or date: a cheap test
    that lets a thread without any time skip the reading."""
    return _MAY_HOLD_TIME.search(fold(text)) is not None


@dataclass
class TimeMention:
    start: int
    end: int  # end of the time expression incl. a range's end and the zone
    hour: int
    minute: int
    strong: bool  # written unambiguously as a time (am/pm, colon, pukul/jam, zone right after)
    zone: Zone | None
    zone_label: str | None  # the zone as written ("PST", "WIB", "Singapore time"), when it is a name
    span_minutes: int | None = None  # a range's length ("09.00-15.00" -> 360); None for a single time or "- selesai"


def hour24(h: int, ap: str | None, part: str | None) -> int | None:
    """A 24-hour clock hour from a 12-hour one and "am"/"pm" or an Indonesian part of the day."""
    if ap:
        ap = ap.lower().replace(".", "").replace(" ", "")
        if h < 1 or h > 12:
            return None
        h = h % 12 + (12 if ap.startswith("p") else 0)
    elif part:
        p = part.lower()
        if (p == "siang" and h < 11) or (p in ("sore", "malam") and h < 12):
            h += 12
        elif p == "malam" and h == 12:
            h = 0
    return h if 0 <= h <= 23 else None


def _range_minutes(h: int, mi: int, r: re.Match[str]) -> int | None:
    if r.group("open"):
        return None
    eh = int(r.group("eh") or r.group("eh2"))
    em = int(r.group("em") or 0)
    if r.group("eap"):
        eh = hour24(eh, r.group("eap"), None) or eh
    elif eh < h and eh + 12 <= 23:
        eh += 12  # "10-2" read on a working day
    span = (eh * 60 + em) - (h * 60 + mi)
    return span if span > 0 else None


def find_times(text: str, lang: str, hint: timedelta | None, on: datetime, region: str | None = None) -> list[TimeMention]:
    """Every time of day in `text`, in order."""
    out: list[TimeMention] = []
    taken: list[tuple[int, int]] = []
    taken_until = -1  # matches come in order, so one running end replaces a scan of every span
    for m in _TIME.finditer(text):
        if m.start() < taken_until:
            continue  # the end of a range already read ("13.00 – 14.00")
        if len(out) >= MAX_TIMES:
            break
        t = _clock_time(m, text, lang, hint, on, region)
        if t is not None:
            out.append(t)
            taken.append((t.start, t.end))
            taken_until = max(taken_until, t.end)
    _add_bare_hours(out, taken, text, hint, on, region)
    out.sort(key=lambda t: t.start)
    return out


def _clock(m: re.Match[str], text: str) -> tuple[int, int, bool] | None:
    """The hour (0-23), minute and strength of one _TIME match, before any range or zone; None for no hour."""
    if m.group("noon"):
        return 12, 0, True
    if m.group("h4"):  # "1400hrs"
        return int(m.group("h4")), int(m.group("m4")), True
    if m.group("h3"):  # "1-2pm": the start takes the end's am/pm (see _start_hour)
        return int(m.group("h3")), 0, True
    if m.group("h2"):
        ap = m.group("ap2") or {"morning": "am", "afternoon": "pm", "evening": "pm"}.get((m.group("ap3") or "").lower())
        h2 = int(m.group("h2")) if ap is None else hour24(int(m.group("h2")), ap, None)
        if ap is None and h2 is not None and h2 < 7:
            h2 += 12  # "3 o'clock" in a working day is the afternoon
        return None if h2 is None else (h2, 0, True)
    h = hour24(int(m.group("h")), m.group("ap"), m.group("part"))
    if h is None:
        return None
    seconds = m.end("m") < len(text) and text[m.end("m")] == m.group("sep") and m.group(0).count(m.group("sep")) >= 2
    strong = bool(m.group("ap") or m.group("sep") == ":" or m.group("lead") or m.group("part") or seconds)
    return h, int(m.group("m")), strong


def _clock_time(m: re.Match[str], text: str, lang: str, hint: timedelta | None, on: datetime,
                region: str | None) -> TimeMention | None:
    """The time one _TIME match writes, with a range's end and the zone after it; None when it is no time."""
    clock = _clock(m, text)
    if clock is None:
        return None
    h, mi, strong = clock
    if h == 0 and mi == 0 and _DATE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None  # "2027-01-19 00:00:00", "19/01/2027 00:00": a date rendered with its midnight, not a time
    end = m.end()
    iso = m.start() > 0 and text[m.start() - 1] in "Tt" and text[m.start() - 2: m.start() - 1].isdigit()
    r = None if iso else _RANGE_END.match(text, end)  # "T14:00:00-05:00" ends with an offset, not a range
    between = bool(_BETWEEN.search(text, max(0, m.start() - 12), m.start()))
    if r and r.group(0).strip().lower().startswith("and") and not between:
        r = None  # "10:00 and 14:00" are two times, unless "between ... and ..."
        if m.group("h3"):
            return None
    span = None
    if r:
        end = r.end()
        strong = True
        h = _start_hour(h, m, r)
        span = _range_minutes(h, mi, r)
    zt, zend = _zone_of_time(m, text, end, r, hint, on, region)
    if zt is not None:
        strong = True
        if r is None and zend > end:  # "2pm EST - 3pm EST": the range's end comes after the zone
            r2 = _RANGE_END.match(text, zend)
            if r2 and not r2.group(0).strip().lower().startswith("and"):
                z2 = ZONE_AFTER.match(text[r2.end(): r2.end() + 60])
                span = _range_minutes(h, mi, r2)
                zend = r2.end() + (z2.end() if z2 else 0)
    if not strong and m.group("sep") == "." and lang != "id":
        return None  # "3.50" in English prose is a number, not a time
    if not strong and m.group("sep") == "." and not _near_date_word(text, m.start()):
        return None
    return TimeMention(m.start(), max(end, zend), h, mi, strong, zt.zone if zt else None, zt.label if zt else None,
                       span)


def _start_hour(h: int, m: re.Match[str], r: re.Match[str]) -> int:
    """A range's start when only its end says am or pm ("1:00-2:00pm" / "1-2pm" / "11-12:30pm"): the start shares
    the end's half of the day unless that would put it after the end ("11-1pm" starts at 11am)."""
    ap_end = _AMPM_END.search(r.group(0))
    if not ap_end or m.group("ap") or m.group("ap2") or m.group("part") or h > 12:
        return h
    end_h = int(r.group("eh") or r.group("eh2"))
    if ap_end.group(0).lower().startswith("p"):
        return h % 12 + 12 if h % 12 + 12 <= end_h % 12 + 12 else h % 12
    return h % 12


def _zone_of_time(m: re.Match[str], text: str, end: int, r: re.Match[str] | None, hint: timedelta | None,
                  on: datetime, region: str | None) -> tuple[ZoneText | None, int]:
    """The zone written after a time (or after a range's first time) and where it ends (`end` when none)."""
    zt = zone_after(text, end, on, hint, region)
    zend = zt.end if zt else end
    if zt is None and r:  # "13.00 - 14.00 (WITA)" or a zone after the first time of a range ("2pm EST - 3pm")
        zt = zone_after(text, m.end(), on, hint, region)
        if zt is not None:
            zend2 = zt.end
            head = text[m.end(): zend2].lstrip(" ,([")
            if m.end() < zend2 <= r.end() and head[:1] in "+-\u2212":
                zt = None  # that "offset" was the range's own end ("10:00-11:00")
            else:
                zend = zend2
    return zt, zend


def _add_bare_hours(out: list[TimeMention], taken: list[tuple[int, int]], text: str, hint: timedelta | None,
                    on: datetime, region: str | None) -> None:
    """Indonesian hours written without minutes after pukul/jam ("pukul 10 pagi", "jam setengah tiga sore"),
    outside the spans `taken` by clock times."""
    for m in _ID_BARE_HOUR.finditer(text):
        if len(out) >= 2 * MAX_TIMES:
            break
        i = bisect.bisect_right(taken, (m.start("h"), float("inf"))) - 1
        if i >= 0 and taken[i][0] <= m.start("h") < taken[i][1]:
            continue
        raw = m.group("h").lower()
        n = int(raw) if raw.isdigit() else ID_NUMBERS.get(" ".join(raw.split()))
        if n is None:
            continue
        mi = 0
        if m.group("half"):  # "setengah tiga" is half past two
            n, mi = (n - 1) % 24 or 12, 30
        h = hour24(n, None, m.group("part"))
        if h is None:
            continue
        end = m.end()
        r = _RANGE_END.match(text, end)
        zt = zone_after(text, r.end() if r else end, on, hint, region)
        if zt is None and r:
            zt = zone_after(text, end, on, hint, region)
        stop = max(r.end() if r else end, zt.end if zt else end)
        out.append(TimeMention(m.start(), stop, h, mi, True, zt.zone if zt else None, zt.label if zt else None,
                               _range_minutes(h, mi, r) if r else None))


def _near_date_word(text: str, pos: int) -> bool:
    """A dotted "09.00" counts as a time near a date or a schedule word ("Jadwal: 5/2/2027, 09.00")."""
    window = text[max(0, pos - 60): pos].lower()
    return any(w in window for w in _DATE_WORDS) or bool(_NUMERIC_DATE_NEAR.search(window))
