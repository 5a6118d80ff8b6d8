"""Zones as written next to a time ("2pm EST", "14.00 WIB", "(GMT+07:00)", "16:00 Singapore time",
"Eastern Time - New York"), or once for the whole mail ("all times CET", "semua waktu dalam WIB")."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from .. import zones
from ..zones import Zone

_ZONE_ABBR = "|".join(sorted(set(zones.ABBREVIATIONS) | set(zones.AMBIGUOUS), key=len, reverse=True))
_LONG = "|".join(re.escape(k) for k in sorted(zones.LONG_NAMES, key=len, reverse=True))
_CITY3 = "|".join(sorted((re.escape(c.title()) for c in zones.CITIES), key=len, reverse=True))
ZONE_AFTER = re.compile(
    rf"""^[\s,(\[]{{0,3}}(?:
        (?P<off>(?:UTC|GMT)\s*[+\-\u2212]\s*\d{{1,2}}(?::?\d{{2}})?|[+\-\u2212]\d{{2}}:?\d{{2}})
      | (?P<abbr>(?:{_ZONE_ABBR}))(?![A-Za-z])
      | (?P<long>(?i:{_LONG}))
      | (?P<usword>Pacific|Eastern|Central|Mountain)\b
      | (?P<iana>[A-Z][a-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?)
      | (?P<city>[A-Z][a-zA-Zãé]+(?:\s[A-Z][a-z]+)?)\s+time\b
      | \((?P<city2>[A-Z][a-zA-Zãé]+(?:\s[A-Z][a-z]+)?)\s+time\)
      | (?P<city3>{_CITY3})(?=\s*(?:$|[\n.,;)]))
    )""",
    re.X)
_ZONE_LINE = re.compile(  # a zone written on its own near the time (Google Calendar's body, Outlook's When:)
    rf"""(?:
        \((?P<off>(?:UTC|GMT)\s*[+\-\u2212]\s*\d{{1,2}}(?::?\d{{2}})?)\)
      | \b(?P<long>(?:{_LONG}))\b
      | \((?P<abbr>(?:{_ZONE_ABBR}))\)
    )""",
    re.X | re.I)
_GLOBAL_ZONE = re.compile(
    r"\b(?:all\s+times?\s+(?:are\s+|listed\s+|shown\s+|given\s+)?(?:in\s+)?|times?\s+(?:are\s+|shown\s+|listed\s+)?in\s+|"
    r"(?:semua\s+)?waktu\s+(?:dalam|menggunakan|mengikuti)\s+|(?:semua\s+)?jam\s+(?:dalam|menggunakan|mengikuti)\s+|"
    r"\bthe\s+times?\s+(?:is|are|will\s+be)\s+(?:in\s+)?|\btimes?\s+(?:given|shown|listed|stated)\s+(?:are\s+|is\s+)?(?:in\s+)?)", re.I)


@dataclass(frozen=True)
class ZoneText:
    """A zone read from the text: the zone, the words as written (for the letter), and where they end."""

    zone: Zone
    label: str | None  # "PST", "WIB", "Singapore time", "Eastern Time"; None for offsets and IANA names
    end: int


def _label(m: re.Match) -> str | None:
    g = m.groupdict()
    if g.get("abbr"):
        return g["abbr"]
    if g.get("long"):
        return " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in g["long"].split())
    if g.get("usword"):
        return g["usword"] + " Time"
    city = g.get("city") or g.get("city2")
    if city:
        return f"{city} time"
    return None


def _zone(m: re.Match, on: datetime, hint: timedelta | None, region: str | None) -> Zone | None:
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


def zone_after(text: str, pos: int, on: datetime, hint: timedelta | None, region: str | None = None) -> ZoneText | None:
    """The zone written right after text[:pos] (a time), or further on its line or the next one."""
    m = ZONE_AFTER.match(text[pos: pos + 60])
    if m:
        z = _zone(m, on, hint, region)
        if z is not None:
            return ZoneText(z, _label(m), pos + m.end())
    # a zone further on the same line or the next one (Outlook "(UTC+07:00) Bangkok", Google "Eastern Time - New York")
    tail = text[pos: pos + 90]
    nl = tail.find("\n")
    if nl >= 0:
        nl2 = tail.find("\n", nl + 1)
        tail = tail[: nl2 if nl2 >= 0 else len(tail)]
    m2 = _ZONE_LINE.search(tail)
    if m2:
        z = _zone(m2, on, hint, region)
        if z is not None:
            return ZoneText(z, _label(m2), pos)
    return None


def global_zone(text: str, on: datetime, hint: timedelta | None, region: str | None) -> ZoneText | None:
    """A zone stated once for the whole mail: "(all times CET)", "times are in Eastern Time", "semua waktu dalam WIB"."""
    for m in _GLOBAL_ZONE.finditer(text):
        z = zone_after(text, m.end() - 1, on, hint, region)
        if z is not None:
            return z
    return None
