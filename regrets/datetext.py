"""Find interview date-times in English and Indonesian text.

A small grammar, not a general date parser: times are the anchors ("2:30pm", "pukul 09.00",
"jam 2 siang"); a date is looked for near each time (same line first, then the lines just above,
as in "Date: ... / Time: ..." blocks); a zone is read right after the time. Relative dates
("tomorrow", "lusa", "Senin depan", "this Friday") resolve against the message's Date in the
sender's own offset. Each candidate gets a score from its context (labels, interview words,
reschedule words raise it; deadlines lower it), and dates before the message was sent are dropped.

Why not dateparser: on our kind of sentences it mis-reads Indonesian times ("pukul 10.00" dropped),
turns meeting IDs and phone numbers into years, and reads IST as Israel (../shared/reference/
dates-and-zones.md §0, §2); it also costs ~1.5 ms a call. The grammar below is ~50x faster and
its every rule is tested.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from . import zones
from .zones import Zone

MONTHS = {
    "january": 1, "januari": 1, "jan": 1, "february": 2, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "march": 3, "maret": 3, "mar": 3, "april": 4, "apr": 4, "may": 5, "mei": 5, "june": 6, "juni": 6, "jun": 6,
    "july": 7, "juli": 7, "jul": 7, "august": 8, "agustus": 8, "aug": 8, "agu": 8, "agt": 8, "agus": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oktober": 10, "oct": 10, "okt": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11, "december": 12, "desember": 12, "dec": 12, "des": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "senin": 0, "sen": 0,
    "tuesday": 1, "tue": 1, "tues": 1, "selasa": 1, "sel": 1,
    "wednesday": 2, "wed": 2, "rabu": 2, "rab": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "kamis": 3, "kam": 3,
    "friday": 4, "fri": 4, "jumat": 4, "jum'at": 4, "jum": 4,
    "saturday": 5, "sat": 5, "sabtu": 5, "sab": 5,
    "sunday": 6, "sun": 6, "minggu": 6, "ahad": 6, "min": 6,
}

_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WD = r"(?P<wd>" + "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# Absolute dates with a month name: "Thursday, December 3, 2026", "Kamis, 3 Desember 2026", "Tue Dec 8, 2026",
# "15 December 2026", "3rd of December".
_DATE_DMY = re.compile(
    rf"(?:(?:hari\s+)?{_WD},?\s+(?:tanggal\s+|tgl\.?\s+|the\s+)?)?{_DAY}(?:\s+of)?[\s\-]+{_MON}(?:,?[\s\-]+{_YEAR})?\b",
    re.I)
_DATE_MDY = re.compile(rf"(?:{_WD},?\s+)?{_MON}\s+{_DAY}(?:,?\s+{_YEAR})?\b", re.I)
_DATE_NUM = re.compile(
    rf"(?:(?:hari\s+)?{_WD},?\s+(?:tanggal\s+|tgl\.?\s+)?)?(?<![\d/.\-])(?P<a>\d{{1,2}})(?P<sep>[/.\-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}|\d{{2}})(?![\d/\-]|\.\d)",
    re.I)
# "Rabu (2/12)", "Senin 07/12", "tgl 11/12": day/month without a year, only after a weekday or tanggal/tgl
_DATE_SHORT = re.compile(
    rf"(?:(?:hari\s+)?{_WD},?\s*(?:\(\s*)?|\b(?:tanggal|tgl\.?|on)\s+)(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)\)?(?![/\d])", re.I)
_DATE_ISO = re.compile(r"(?<![\d/])(?P<y>20\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")
_RELATIVE = re.compile(
    rf"""(?P<rel>
        \bday\s+after\s+tomorrow\b | \btomorrow\b | \b(?:tmrw|tmrrw|tomorow|2moro|2morrow)\b | \btmr\b(?=\s+(?:at\s+)?\d) | \besok\b | \btoday\b | \btonight\b | \bthis\s+(?:morning|afternoon|evening)\b
      | \bhari\s+ini\b | \b(?:pagi|siang|sore|malam)\s+ini\b | \bbesok\s+lusa\b | \blusa\b | \bbesok\b | \bnanti\s+(?:pagi|siang|sore|malam)\b
      | \b(?P<q1>this|next|coming|this\s+coming)\s+{_WD.replace('(?P<wd>', '(?P<wd1>')}
      | (?:\bhari\s+)?{_WD.replace('(?P<wd>', '(?P<wd2>')}\s+(?P<q2>depan|ini|minggu\s+depan|pekan\s+depan|besok)\b
      | (?:\b(?:on|pada|hari)\s+)?{_WD.replace('(?P<wd>', '(?P<wd3>')}\b(?!\s*[,.]?\s*\d)
    )""",
    re.I | re.X)

# Times: "2:30pm", "2 p.m.", "14:00", "09.00" (with care), "noon", "pukul 10 pagi", "jam 2 siang".
_TIME = re.compile(
    r"""(?<![\d:.,/+\-\u2212])(?<!UTC)(?<!GMT)(?:(?P<lead>\b(?:pukul|pkl\.?|jam|at|@|from|mulai|starting\s+at)\s*)?)
        (?:
          (?P<h>[0-2]?\d)(?P<sep>[:.])(?P<m>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?![\d]|\.\d)(?:\s*(?P<ap>[ap]\.?\s?m\.?)(?![a-z])|\s*hrs?\b\.?)?
        | (?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)\s*(?:hrs?|hours)\b\.?
        | (?P<h3>1[0-2]|0?[1-9])(?=\s*(?:-|–|—|to|until|and)\s*(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*[ap]\.?\s?m\.?(?![a-z]))
        | (?P<h2>1[0-2]|0?[1-9])\s*(?:(?P<ap2>[ap]\.?\s?m\.?)(?![a-z])|o'?\s?clock\b(?:\s+in\s+the\s+(?P<ap3>morning|afternoon|evening))?)
        | (?P<noon>\bnoon\b|\bmidday\b|\btengah\s+hari\b)
        )
        (?:\s*(?P<part>pagi|siang|sore|malam)\b)?""",
    re.I | re.X)
ID_NUMBERS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
              "sepuluh": 10, "sebelas": 11, "dua belas": 12}
_ID_NUM = "|".join(sorted(ID_NUMBERS, key=len, reverse=True))
_BETWEEN = re.compile(r"\b(?:between|antara)\s+$", re.I)
_AMPM_END = re.compile(r"[ap]\.?\s?m\.?$", re.I)
_ID_BARE_HOUR = re.compile(
    rf"\b(?P<lead>pukul|pkl\.?|jam)\s+(?P<half>setengah\s+)?(?P<h>[0-2]?\d(?!\s*[:.]\d)|{_ID_NUM})"
    rf"(?:\s+(?P<part>pagi|siang|sore|malam))?\b", re.I)
_RANGE_END = re.compile(
    r"""\s*(?:-|–|—|to|until|till|and|sampai(?:\s+dengan)?|s\.?\s?d\.?|s/d|hingga)\s*
        (?:(?:[0-2]?\d[:.][0-5]\d|1[0-2]|0?[1-9])(?:\s*[ap]\.?\s?m\.?)?|selesai|finish|done)""",
    re.I | re.X)

_ZONE_ABBR = "|".join(sorted(set(zones.ABBREVIATIONS) | set(zones.AMBIGUOUS), key=len, reverse=True))
_ZONE_AFTER = re.compile(
    rf"""^[\s,(\[]{{0,3}}(?:
        (?P<off>(?:UTC|GMT)\s*[+\-\u2212]\s*\d{{1,2}}(?::?\d{{2}})?|[+\-\u2212]\d{{2}}:?\d{{2}})
      | (?P<abbr>(?:{_ZONE_ABBR}))(?![A-Za-z])
      | (?P<long>(?i:{"|".join(re.escape(k) for k in sorted(zones.LONG_NAMES, key=len, reverse=True))}))
      | (?P<usword>Pacific|Eastern|Central|Mountain)\b
      | (?P<iana>[A-Z][a-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?)
      | (?P<city>[A-Z][a-zA-Zãé]+(?:\s[A-Z][a-z]+)?)\s+time\b
      | \((?P<city2>[A-Z][a-zA-Zãé]+(?:\s[A-Z][a-z]+)?)\s+time\)
      | (?P<city3>{"|".join(sorted((re.escape(c.title()) for c in zones.CITIES), key=len, reverse=True))})(?=\s*(?:$|[\n.,;)]))
    )""",
    re.X)
_ZONE_LINE = re.compile(  # a zone written on its own near the time (Google Calendar's body, Outlook's When:)
    rf"""(?:
        \((?P<off>(?:UTC|GMT)\s*[+\-\u2212]\s*\d{{1,2}}(?::?\d{{2}})?)\)
      | \b(?P<long>(?:{"|".join(re.escape(k) for k in sorted(zones.LONG_NAMES, key=len, reverse=True))}))\b
      | \((?P<abbr>(?:{_ZONE_ABBR}))\)
    )""",
    re.X | re.I)

_LABEL = re.compile(r"(?:^|\n)\s*[•\-*]?\s*(?:when|date|time|date\s*(?:&|and)\s*time|start|schedule|tanggal|hari\s*/\s*tanggal|hari,?\s*tanggal|hari|waktu|jam|pukul|jadwal|waktu\s*/\s*pukul)\s*:\s*[^\n]*$", re.I)
_INTERVIEW_CTX = re.compile(r"(?:intro\w*|screening|phone|video|recruiter|quick|short|\d+[\s-]min(?:ute)?)\s+call|interview|wawancara|interviu|psikotes|screen|meet\s+(?:you|with)|booked|scheduled|dijadwalkan|undang|invite|hadir|join\s+us|chat\s+with|conversation|onsite|on-site|round|tahap|pertemuan|bertemu", re.I)
_RESCHEDULE_CTX = re.compile(r"\b(?:move[ds]?|moving|reschedul\w*|rebook\w*|re-?arrang\w*|instead|new\s+time|changed?\s+to|push(?:ed)?\s+(?:back\s+)?to|bring\s+forward|diundur|dimajukan|diubah|dipindah\w*|menjadi|jadwal\s+ulang|perubahan\s+jadwal|updated?)\b", re.I)
_DEADLINE_CTX = re.compile(r"\b(?:office\s+hours|business\s+hours|opening\s+hours|jam\s+(?:kerja|operasional|kantor)|by|before|no\s+later\s+than|deadline|due|reply\s+by|respond\s+by|confirm\s+by|paling\s+lambat|batas(?:\s+waktu)?|sebelum|selambat-lambatnya|applied(?:\s+on)?|submitted(?:\s+on)?|received(?:\s+on)?|sent(?:\s+on)?|posted|within|konfirmasi\s+paling\s+lambat|expires?)\b[^\n]{0,25}$", re.I)
_LABEL_ONLY = re.compile(r"^\s*[\w/ ]{1,20}:?\s*$")
_HEADER_BLOCK = re.compile(r"^\s*>?\s*(?:from|dari|sent|date|tanggal|dikirim|terkirim|to|kepada|subject|subjek|cc)\s*:", re.I)
_SLOT_CTX = re.compile(r"\b(?:options?|slots?|pilih\w*|choose|which\s+(?:of\s+these|one|time)|works?\s+best|availability|available\s+times|pilihan|tersedia|alternatively|or\s+alternatively)\b", re.I)


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


def _hour24(h: int, ap: str | None, part: str | None) -> int | None:
    if ap:
        ap = ap.lower().replace(".", "").replace(" ", "")
        if h < 1 or h > 12:
            return None
        h = h % 12 + (12 if ap.startswith("p") else 0)
    elif part:
        p = part.lower()
        if p == "siang" and h < 11:
            h += 12
        elif p in ("sore", "malam") and h < 12:
            h += 12
        elif p == "malam" and h == 12:
            h = 0
    return h if 0 <= h <= 23 else None


@dataclass
class _Time:
    start: int
    end: int  # end of the time expression incl. a range's end
    hour: int
    minute: int
    strong: bool  # written unambiguously as a time (am/pm, colon, pukul/jam, zone right after)
    zone: Zone | None
    zone_text: str


@dataclass
class _Date:
    start: int
    end: int
    value: date | None
    relative: bool
    weekday_ok: bool | None  # None: no weekday written
    explicit_year: bool


MAX_TIMES = 200


def _times(text: str, lang: str, hint_offset: timedelta | None, on: datetime, region: str | None = None) -> list[_Time]:
    out: list[_Time] = []
    taken: list[tuple[int, int]] = []
    taken_until = -1  # matches come in order, so one running end replaces a scan of every span (was O(n^2))
    for m in _TIME.finditer(text):
        if m.start() < taken_until:
            continue  # the end of a range already read ("13.00 – 14.00")
        if len(out) >= MAX_TIMES:
            break  # no real invitation holds this many times; a pathological text must stay fast
        if m.group("noon"):
            h, mi, strong = 12, 0, True
        elif m.group("h4"):  # "1400hrs"
            h, mi, strong = int(m.group("h4")), int(m.group("m4")), True
        elif m.group("h3"):  # "1-2pm": the start takes the end's am/pm (see the range below)
            h, mi, strong = int(m.group("h3")), 0, True
        elif m.group("h2"):
            ap = m.group("ap2") or {"morning": "am", "afternoon": "pm", "evening": "pm"}.get((m.group("ap3") or "").lower())
            h = int(m.group("h2")) if ap is None else _hour24(int(m.group("h2")), ap, None)
            if ap is None and h is not None and h < 7:
                h += 12  # "3 o'clock" in a working day is the afternoon
            mi, strong = 0, True
        else:
            h = _hour24(int(m.group("h")), m.group("ap"), m.group("part"))
            mi = int(m.group("m"))
            strong = bool(m.group("ap") or m.group("sep") == ":" or m.group("lead") or m.group("part"))
        if h is None:
            continue
        end = m.end()
        iso = m.start() > 0 and text[m.start() - 1] in "Tt" and text[m.start() - 2: m.start() - 1].isdigit()
        r = None if iso else _RANGE_END.match(text, end)  # "T14:00:00-05:00" ends with an offset, not a range
        between = bool(_BETWEEN.search(text, max(0, m.start() - 12), m.start()))
        if r and r.group(0).strip().lower().startswith("and") and not between:
            r = None  # "10:00 and 14:00" are two times, unless "between ... and ..."
            if m.group("h3"):
                continue
        if r:
            end = r.end()
            strong = True
            ap_end = _AMPM_END.search(r.group(0))
            if ap_end and not m.group("ap") and not m.group("ap2") and not m.group("part") and h <= 12:
                # "1:00-2:00pm" / "1-2pm" / "11-12:30pm": the start shares the end's half of the day unless that
                # would put it after the end ("11-1pm" starts at 11am)
                end_h = int(re.match(r"\s*\D*?(\d{1,2})", r.group(0)).group(1))
                if ap_end.group(0).lower().startswith("p"):
                    h = h % 12 + 12 if h % 12 + 12 <= end_h % 12 + 12 else h % 12
                else:
                    h = h % 12
        z, ztext, zend = _zone_after(text, end, on, hint_offset, region)
        if z is None and r:  # "13.00 - 14.00 (WITA)" or a zone after the first time of a range ("2pm EST - 3pm")
            z, ztext, zend2 = _zone_after(text, m.end(), on, hint_offset, region)
            if z is not None and m.end() < zend2 and zend2 <= r.end() and ztext.lstrip()[:1] in "+-\u2212":
                z, ztext = None, ""  # that "offset" was the range's own end ("10:00-11:00")
        if z is not None:
            strong = True
            if r is None and zend > end:  # "2pm EST - 3pm EST": the range's end comes after the zone
                r2 = _RANGE_END.match(text, zend)
                if r2 and not r2.group(0).strip().lower().startswith("and"):
                    z2 = _ZONE_AFTER.match(text[r2.end(): r2.end() + 60])
                    zend = r2.end() + (z2.end() if z2 else 0)
        if not strong and m.group("sep") == "." and lang != "id":
            continue  # "3.50" in English prose is a number, not a time
        if not strong and m.group("sep") == "." and not _near_date_word(text, m.start()):
            continue
        out.append(_Time(m.start(), max(end, zend), h, mi, strong, z, ztext))
        taken.append((m.start(), max(end, zend)))
        taken_until = max(taken_until, end, zend)
    for m in _ID_BARE_HOUR.finditer(text):
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
        h = _hour24(n, None, m.group("part"))
        if h is None:
            continue
        end = m.end()
        r = _RANGE_END.match(text, end)
        z, ztext, zend = _zone_after(text, r.end() if r else end, on, hint_offset, region)
        if z is None and r:
            z, ztext, zend = _zone_after(text, end, on, hint_offset, region)
        out.append(_Time(m.start(), max(r.end() if r else end, zend), h, mi, True, z, ztext))
    out.sort(key=lambda t: t.start)
    return out


def _near_date_word(text: str, pos: int) -> bool:
    window = text[max(0, pos - 60): pos].lower()
    return any(w in window for w in ("pukul", "jam", "waktu", "tanggal", "pkl", "desember", "januari", "besok", "lusa"))


def _zone_after(text: str, pos: int, on: datetime, hint: timedelta | None,
                region: str | None = None) -> tuple[Zone | None, str, int]:
    seg = text[pos: pos + 60]
    m = _ZONE_AFTER.match(seg)
    if m:
        z = _zone_from_match(m, on, hint, region)
        if z is not None:
            return z, m.group(0).strip(" ,([)"), pos + m.end()
    # a zone further on the same line or the next one (Outlook "(UTC+07:00) Bangkok", Google "Eastern Time - New York")
    tail = text[pos: pos + 90]
    nl = tail.find("\n")
    if nl >= 0:
        nl2 = tail.find("\n", nl + 1)
        tail = tail[: nl2 if nl2 >= 0 else len(tail)]
    m2 = _ZONE_LINE.search(tail)
    if m2:
        z = _zone_from_match(m2, on, hint, region)
        if z is not None:
            return z, m2.group(0).strip(" ()"), pos
    return None, "", pos


def _zone_from_match(m: re.Match, on: datetime, hint: timedelta | None, region: str | None = None) -> Zone | None:
    g = m.groupdict()
    if g.get("off"):
        return zones.by_offset_text(g["off"].replace("\u2212", "-"))
    if g.get("abbr"):
        return zones.by_abbreviation(g["abbr"], on, hint, region)
    if g.get("long"):
        return zones.by_name(g["long"])
    if g.get("usword"):  # "10am Eastern": the US zones, as US recruiters write them
        return zones.by_name(g["usword"] + " time")
    if g.get("iana"):
        return zones.by_name(g["iana"])
    city = g.get("city") or g.get("city2") or g.get("city3")
    if city:
        return zones.by_name(city)
    return None


def _windows(text: str, times: list[_Time]) -> list[tuple[int, int]]:
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


def _dates(text: str, base: date, lang: str, us_order: bool, windows: list[tuple[int, int]] | None = None) -> list[_Date]:
    out: list[_Date] = []
    taken = bytearray(len(text))  # 1 where a date was already read: checking a span costs its length, not the
    wins = windows if windows is not None else [(0, len(text))]  # number of dates so far (was quadratic)

    def scan(rx: re.Pattern):
        for a, b in wins:
            yield from rx.finditer(text, a, b)

    def free(s: int, e: int) -> bool:
        return taken.find(1, s, e) < 0

    def add(d: _Date) -> None:
        if free(d.start, d.end):
            taken[d.start:d.end] = b"\x01" * (d.end - d.start)
            out.append(d)

    for m in scan(_DATE_ISO):
        add(_mk(m.start(), m.end(), int(m.group("y")), int(m.group("m")), int(m.group("d")), None, True))
    for rx in (_DATE_DMY, _DATE_MDY):
        for m in scan(rx):
            mon = MONTHS.get(m.group("mon").lower().rstrip("."))
            if mon is None or (m.group("mon").lower() in ("may", "mar", "jun", "sep", "des", "min", "sen", "sel")
                               and not (m.group("day") and m.group("mon")[0].isupper() or m.group("year"))):
                continue
            year = int(m.group("year")) if m.group("year") else None
            wd = WEEKDAYS.get(m.group("wd").lower().rstrip(".")) if m.group("wd") else None
            add(_mk(m.start(), m.end(), year, mon, int(m.group("day")), wd, year is not None, base))
    for m in scan(_DATE_NUM):
        a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
        year = int(y) + (2000 if len(y) == 2 else 0)
        wd = WEEKDAYS.get(m.group("wd").lower().rstrip(".")) if m.group("wd") else None
        if m.group("sep") == "." and len(y) == 2:
            continue  # "10.30.45" style numbers
        options = []
        if a <= 12 and b <= 31:
            options.append((b, a))  # month-first: day=b, month=a
        if b <= 12 and a <= 31:
            options.append((a, b))  # day-first
        if not options:
            continue
        if len(options) == 2 and not (us_order and lang == "en"):
            options.reverse()  # day first, unless the sender writes month first
        valid = []
        for d_, mo in options:
            try:
                valid.append((d_, mo, date(year, mo, d_)))
            except ValueError:
                pass
        if wd is not None and any(v[2].weekday() == wd for v in valid):
            valid = [v for v in valid if v[2].weekday() == wd]
        # a reading that lies in the past loses to one in the future ("12/03/2026" written in November 2026)
        future = [v for v in valid if v[2] >= base - timedelta(days=7)]
        pick = (future or valid or [None])[0]
        if pick is None:
            continue
        chosen = (pick[0], pick[1])
        add(_mk(m.start(), m.end(), year, chosen[1], chosen[0], wd, True))
    for m in scan(_DATE_SHORT):
        a, b = int(m.group("a")), int(m.group("b"))
        wd = WEEKDAYS.get(m.group("wd").lower().rstrip(".")) if m.group("wd") else None
        opts = [(a, b), (b, a)] if not (us_order and lang == "en") else [(b, a), (a, b)]
        for d_, mo in opts:
            if 1 <= mo <= 12 and 1 <= d_ <= 31:
                add(_mk(m.start(), m.end(), None, mo, d_, wd, False, base))
                break
    for m in scan(_RELATIVE):
        if not free(m.start(), m.end()):
            continue
        d = _resolve_relative(m, base)
        if d is not None:
            add(_Date(m.start(), m.end(), d, True, None, False))
    out.sort(key=lambda d: d.start)
    return out


def _mk(s: int, e: int, year: int | None, mon: int, day: int, wd: int | None, explicit: bool,
        base: date | None = None) -> _Date:
    value: date | None = None
    if year is None and base is not None:
        # the next occurrence on or after (base - 7 days); a stated weekday picks the year when it can
        cands = []
        for y in (base.year, base.year + 1, base.year - 1):
            try:
                cands.append(date(y, mon, day))
            except ValueError:
                continue
        if wd is not None and any(c.weekday() == wd for c in cands):
            cands = [c for c in cands if c.weekday() == wd]
        future = [c for c in cands if c >= base - timedelta(days=7)]
        value = min(future) if future else (max(cands) if cands else None)
    elif year is not None:
        try:
            value = date(year, mon, day)
        except ValueError:
            value = None
    ok = None if wd is None or value is None else value.weekday() == wd
    return _Date(s, e, value, False, ok, explicit)


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
    wd = WEEKDAYS.get(wd_s.lower().rstrip("."))
    if wd is None or len(wd_s) <= 3 and wd_s.lower() in ("sen", "sel", "rab", "kam", "jum", "sab", "min", "mon", "sun", "sat", "wed"):
        if not (m.group("q1") or m.group("q2")):
            return None  # a bare 3-letter word is too weak ("min", "sat", "sun" are ordinary words)
        if wd is None:
            return None
    ahead = (wd - base.weekday()) % 7
    q = (m.group("q1") or m.group("q2") or "").lower()
    if q in ("next",) or "depan" in q:
        # "next Tuesday" / "Selasa depan": the one in the following week when this week's is still ahead
        return base + timedelta(days=ahead + 7 if ahead <= (6 - base.weekday()) and ahead != 0 else (ahead or 7))
    if "besok" in q:
        return base + timedelta(days=1) if (base + timedelta(days=1)).weekday() == wd else None
    return base + timedelta(days=ahead or 7) if q != "this" or ahead else base


def find_candidates(text: str, *, sent: datetime, lang: str, default_zone: Zone, sender: str | None = None) -> list[Candidate]:
    """Every plausible date-time in `text`, scored; `sent` is the message's Date (aware); `sender` (an address)
    helps read ambiguous zone abbreviations (IST from a .in domain is India's)."""
    hint = sent.utcoffset()
    base = sent.date()
    times = _times(text, lang, hint, sent, zones.region_of(sender, text))
    if not times:
        return []
    us_order = bool(hint is not None and hint < timedelta(hours=-2))
    for t in times:
        if t.zone and t.zone.name and t.zone.name.startswith("America/"):
            us_order = True
    dates = _dates(text, base, lang, us_order, _windows(text, times))
    stated = _global_zone(text, sent, hint, zones.region_of(sender, text))
    out: list[Candidate] = []
    for t in times:
        d = _date_for(text, t, dates, times)
        if d is None or d.value is None:
            continue
        zone = t.zone or stated or default_zone
        try:
            start = datetime.combine(d.value, time(t.hour, t.minute), tzinfo=zone.tz)
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
        out.append(Candidate(start, zone, score, t.start, text[min(d.start, t.start): max(d.end, t.end)],
                             relative=d.relative, zone_stated=t.zone is not None or stated is not None, reasons=reasons))
    return out


_GLOBAL_ZONE = re.compile(
    r"\b(?:all\s+times?\s+(?:are\s+|listed\s+|shown\s+|given\s+)?(?:in\s+)?|times?\s+(?:are\s+|shown\s+|listed\s+)?in\s+|"
    r"(?:semua\s+)?waktu\s+(?:dalam|menggunakan|mengikuti)\s+|(?:semua\s+)?jam\s+(?:dalam|menggunakan|mengikuti)\s+)", re.I)


def _global_zone(text: str, on: datetime, hint: timedelta | None, region: str | None) -> Zone | None:
    """A zone stated once for the whole mail: "(all times CET)", "times are in Eastern Time", "semua waktu dalam WIB"."""
    for m in _GLOBAL_ZONE.finditer(text):
        z, _, _ = _zone_after(text, m.end() - 1, on, hint, region)
        if z is not None:
            return z
    return None


def _date_for(text: str, t: _Time, dates: list[_Date], times: list[_Time] = ()) -> _Date | None:
    """The date that goes with a time: same line (before, then after), else the two lines above."""
    line_start = text.rfind("\n", 0, t.start) + 1
    line_end = text.find("\n", t.end)
    line_end = len(text) if line_end < 0 else line_end
    before = [d for d in dates if line_start <= d.start and d.end <= t.start + 1 and t.start - d.end <= 120]
    if before:
        return before[-1]
    after = [d for d in dates if t.end <= d.start < line_end and d.start - t.end <= 40]
    if after:
        return after[0]
    # "Date: Thursday 10 December\nTime: 16:00": a date on one of the lines just above (blank lines and
    # label-only lines, as HTML tables render, do not count), not further than a short block away
    if line_end - line_start > 90:
        return None  # a time inside prose does not take a date from another paragraph
    # a short line ("Time: 16:00", "Part 2: 11:15-12:00", a table cell) takes the date of the block above it:
    # blank lines, label-only lines and sibling lines with their own times do not count as distance
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
                return None  # that date already has its own time ("Friday 11 December at 14:30")
            return d
        if len(line) > 90:
            return None
        has_time = any(prev_start <= o.start < prev_start + len(line) for o in times)
        if line.strip() and not _LABEL_ONLY.match(line) and not has_time:
            seen += 1
    return None


def _score(text: str, t: _Time, d: _Date, start: datetime, sent: datetime, reasons: list[str]) -> float | None:
    if start < sent - timedelta(hours=1):
        return None  # before the mail was written: a past event, not the interview to come
    if start > sent + timedelta(days=400):
        return None
    pos = min(t.start, d.start)
    score = 1.0
    line_start = text.rfind("\n", 0, pos) + 1
    prefix_line = text[line_start:pos]
    window = text[max(0, pos - 160): pos]
    if _LABEL.search(text[max(0, line_start - 1): t.end]) or re.search(r":\s*$", prefix_line):
        score += 2
    if _INTERVIEW_CTX.search(window):
        score += 2
    else:
        after = text[t.end: t.end + 80]
        stop = re.search(r"[.!?\n]", after)
        if _INTERVIEW_CTX.search(after[: stop.start() if stop else len(after)]):
            score += 1
    if _INTERVIEW_CTX.search(_passage(text, pos, max(t.end, d.end))):
        reasons.append("interview")
    if _in_header_block(text, line_start):
        score -= 6  # "Date: Fri, Dec 4, 2026 at 3:12 PM" in a forwarded message's header block
    if _RESCHEDULE_CTX.search(text[max(0, pos - 100): pos]):
        score += 3
        reasons.append("reschedule")
    if _DEADLINE_CTX.search(text[max(0, pos - 40): pos]):
        score -= 4
    if d.explicit_year:
        score += 0.5
    if d.weekday_ok is True:
        score += 1
    elif d.weekday_ok is False:
        score -= 2
    if t.zone is not None:
        score += 1
    if not t.strong:
        score -= 1
    return score


def _passage(text: str, start: int, end: int) -> str:
    """The sentence (or the label block, which ends at a blank line) around text[start:end]."""
    head = text[max(0, start - 300): start]
    cut = max(head.rfind(". "), head.rfind("! "), head.rfind("? "), head.rfind("\n\n"), head.rfind(".\n"))
    head = head[cut + 1:] if cut >= 0 else head
    tail = text[end: end + 200]
    stop = re.search(r"[.!?](?:\s|$)|\n\s*\n", tail)
    return head + text[start:end] + (tail[: stop.start()] if stop else tail)


def _in_header_block(text: str, line_start: int) -> bool:
    """Is this line part of a mail header block (From:/Sent:/Date:/To: lines of a forwarded or quoted message)?"""
    line_end = text.find("\n", line_start)
    line = text[line_start: line_end if line_end >= 0 else len(text)]
    if not re.match(r"^\s*>?\s*(?:sent|date|tanggal|dikirim|terkirim)\s*:", line, re.I):
        return False
    prev = text[max(0, line_start - 300): line_start].rstrip("\n").split("\n")[-3:]
    nxt = text[line_end + 1: line_end + 300].split("\n")[:3] if line_end >= 0 else []
    return sum(bool(_HEADER_BLOCK.match(x)) for x in prev + nxt) >= 2


def slot_cues(text: str) -> bool:
    return bool(_SLOT_CTX.search(text))
