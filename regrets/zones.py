"""Time-zone names as people write them, mapped to IANA zones.

Policy (see README "Time zones"):
1. An explicit numeric offset (``+07:00``, ``GMT+7``, ``(UTC+07:00)``) is read with its natural sign.
2. IANA names (``Asia/Jakarta``), Windows names (``India Standard Time``), and long names
   (``Pacific Time``, ``Waktu Indonesia Barat``) map to one IANA zone.
3. Abbreviations map to an IANA zone, so "2 PM PST" written for a July date lands on PDT as meant.
   Ambiguous ones (IST, CST, PST, BST, GST) have candidates; the one whose offset matches the
   message's Date header wins, else the default (Kolkata, Chicago, Los Angeles, London, Dubai),
   and the result is marked as assumed.
4. City names ("Melbourne time", "(Paris time)") map through a table of common cities.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

# Unambiguous abbreviations (and US generic forms) -> IANA
ABBREVIATIONS: dict[str, str] = {
    "WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura",
    "PT": "America/Los_Angeles", "PDT": "America/Los_Angeles", "PACIFIC": "America/Los_Angeles",
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
    "CT": "America/Chicago", "CDT": "America/Chicago",
    "MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
    "AKST": "America/Anchorage", "AKDT": "America/Anchorage", "HST": "Pacific/Honolulu",
    "GMT": "Etc/UTC", "UTC": "Etc/UTC", "UT": "Etc/UTC", "Z": "Etc/UTC",
    "WET": "Europe/Lisbon", "WEST": "Europe/Lisbon",
    "CET": "Europe/Paris", "CEST": "Europe/Paris", "MEZ": "Europe/Berlin", "MESZ": "Europe/Berlin",
    "EET": "Europe/Athens", "EEST": "Europe/Athens", "MSK": "Europe/Moscow",
    "SGT": "Asia/Singapore", "MYT": "Asia/Kuala_Lumpur", "PHT": "Asia/Manila", "PHST": "Asia/Manila",
    "HKT": "Asia/Hong_Kong", "JST": "Asia/Tokyo", "KST": "Asia/Seoul", "ICT": "Asia/Bangkok",
    "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "ACST": "Australia/Adelaide",
    "ACDT": "Australia/Adelaide", "AWST": "Australia/Perth", "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland", "PKT": "Asia/Karachi", "NPT": "Asia/Kathmandu", "SAST": "Africa/Johannesburg",
    "WAT": "Africa/Lagos", "EAT": "Africa/Nairobi", "BRT": "America/Sao_Paulo", "ART": "America/Argentina/Buenos_Aires",
    "AST": "America/Halifax", "ADT": "America/Halifax", "NST": "America/St_Johns",
}

# Ambiguous abbreviations: candidates in order of default preference.
AMBIGUOUS: dict[str, tuple[str, ...]] = {
    "IST": ("Asia/Kolkata", "Asia/Jerusalem", "Europe/Dublin"),
    "CST": ("America/Chicago", "Asia/Shanghai", "America/Havana"),
    "PST": ("America/Los_Angeles", "Asia/Manila"),
    "BST": ("Europe/London", "Asia/Dhaka"),
    "GST": ("Asia/Dubai", "Atlantic/South_Georgia"),
}

# Country (ccTLD or phone prefix) -> the zone an ambiguous abbreviation means there.
REGION_ZONES: dict[str, str] = {
    "in": "Asia/Kolkata", "il": "Asia/Jerusalem", "ie": "Europe/Dublin", "cn": "Asia/Shanghai", "hk": "Asia/Shanghai",
    "tw": "Asia/Shanghai", "mo": "Asia/Shanghai", "ph": "Asia/Manila", "us": "America/Chicago", "uk": "Europe/London",
    "bd": "Asia/Dhaka", "ae": "Asia/Dubai", "cu": "America/Havana",
}
PHONE_REGIONS: dict[str, str] = {"91": "in", "972": "il", "353": "ie", "86": "cn", "852": "hk", "886": "tw", "63": "ph",
                                 "880": "bd", "971": "ae", "44": "uk"}


def region_of(address: str | None, text: str = "") -> str | None:
    """A country code for the sender: the address's ccTLD, else the first international phone prefix in the text."""
    if address and "." in address:
        tld = address.rsplit(".", 1)[-1].lower()
        if tld in REGION_ZONES:
            return tld
    m = _PHONE_PREFIX.search(text)
    if m:
        for n in (3, 2):
            if m.group(1)[:n] in PHONE_REGIONS:
                return PHONE_REGIONS[m.group(1)[:n]]
    return None


_PHONE_PREFIX = re.compile(r"(?<![\w+])\+(\d{2,3})[\s\-(]")


# Long names as written in mail bodies (lower-case keys).
LONG_NAMES: dict[str, str] = {
    "pacific time": "America/Los_Angeles", "pacific standard time": "America/Los_Angeles",
    "pacific daylight time": "America/Los_Angeles", "eastern time": "America/New_York",
    "eastern standard time": "America/New_York", "eastern daylight time": "America/New_York",
    "central time": "America/Chicago", "central standard time": "America/Chicago",
    "mountain time": "America/Denver", "central daylight time": "America/Chicago", "mountain standard time": "America/Denver",
    "mountain daylight time": "America/Denver", "alaska time": "America/Anchorage", "hawaii time": "Pacific/Honolulu",
    "atlantic time": "America/Halifax", "central european standard time": "Europe/Paris", "eastern european time": "Europe/Athens",
    "western european time": "Europe/Lisbon", "gulf standard time": "Asia/Dubai", "hong kong time": "Asia/Hong_Kong",
    "china standard time": "Asia/Shanghai", "philippine time": "Asia/Manila", "malaysia time": "Asia/Kuala_Lumpur",
    "indochina time": "Asia/Bangkok", "korea standard time": "Asia/Seoul", "australian western standard time": "Australia/Perth",
    "new zealand time": "Pacific/Auckland",
    "greenwich mean time": "Etc/UTC", "coordinated universal time": "Etc/UTC",
    "british summer time": "Europe/London", "uk time": "Europe/London", "central european time": "Europe/Paris",
    "central european summer time": "Europe/Paris", "india standard time": "Asia/Kolkata",
    "singapore time": "Asia/Singapore", "singapore standard time": "Asia/Singapore",
    "waktu indonesia barat": "Asia/Jakarta", "waktu indonesia tengah": "Asia/Makassar",
    "waktu indonesia timur": "Asia/Jayapura", "western indonesia time": "Asia/Jakarta",
    "central indonesia time": "Asia/Makassar", "eastern indonesia time": "Asia/Jayapura",
    "japan standard time": "Asia/Tokyo", "australian eastern time": "Australia/Sydney",
    "australian eastern daylight time": "Australia/Sydney", "australian eastern standard time": "Australia/Sydney",
}

# Cities people name a zone by ("Berlin time", "(Paris time)", "Jakarta").
CITIES: dict[str, str] = {
    "jakarta": "Asia/Jakarta", "bandung": "Asia/Jakarta", "surabaya": "Asia/Jakarta", "semarang": "Asia/Jakarta",
    "yogyakarta": "Asia/Jakarta", "medan": "Asia/Jakarta", "pontianak": "Asia/Pontianak",
    "makassar": "Asia/Makassar", "denpasar": "Asia/Makassar", "bali": "Asia/Makassar", "balikpapan": "Asia/Makassar",
    "jayapura": "Asia/Jayapura", "ambon": "Asia/Jayapura", "sorong": "Asia/Jayapura", "merauke": "Asia/Jayapura",
    "ternate": "Asia/Jayapura", "timika": "Asia/Jayapura", "manokwari": "Asia/Jayapura",
    "manado": "Asia/Makassar", "kupang": "Asia/Makassar", "mataram": "Asia/Makassar", "lombok": "Asia/Makassar",
    "samarinda": "Asia/Makassar", "banjarmasin": "Asia/Makassar", "palu": "Asia/Makassar", "kendari": "Asia/Makassar",
    "gorontalo": "Asia/Makassar", "palembang": "Asia/Jakarta", "pekanbaru": "Asia/Jakarta", "padang": "Asia/Jakarta",
    "batam": "Asia/Jakarta", "bandar lampung": "Asia/Jakarta", "malang": "Asia/Jakarta", "bogor": "Asia/Jakarta",
    "bekasi": "Asia/Jakarta", "tangerang": "Asia/Jakarta", "depok": "Asia/Jakarta", "cirebon": "Asia/Jakarta",
    "karawang": "Asia/Jakarta", "cikarang": "Asia/Jakarta", "jambi": "Asia/Jakarta", "banda aceh": "Asia/Jakarta",
    "surakarta": "Asia/Jakarta",
    "singapore": "Asia/Singapore", "kuala lumpur": "Asia/Kuala_Lumpur", "manila": "Asia/Manila",
    "bangkok": "Asia/Bangkok", "hanoi": "Asia/Bangkok", "ho chi minh": "Asia/Ho_Chi_Minh",
    "hong kong": "Asia/Hong_Kong", "shanghai": "Asia/Shanghai", "beijing": "Asia/Shanghai", "taipei": "Asia/Taipei",
    "tokyo": "Asia/Tokyo", "seoul": "Asia/Seoul", "sydney": "Australia/Sydney", "melbourne": "Australia/Melbourne",
    "brisbane": "Australia/Brisbane", "perth": "Australia/Perth", "adelaide": "Australia/Adelaide",
    "auckland": "Pacific/Auckland", "wellington": "Pacific/Auckland",
    "mumbai": "Asia/Kolkata", "bangalore": "Asia/Kolkata", "bengaluru": "Asia/Kolkata", "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata", "kolkata": "Asia/Kolkata", "chennai": "Asia/Kolkata", "hyderabad": "Asia/Kolkata",
    "pune": "Asia/Kolkata", "dubai": "Asia/Dubai", "karachi": "Asia/Karachi", "istanbul": "Europe/Istanbul",
    "london": "Europe/London", "dublin": "Europe/Dublin", "edinburgh": "Europe/London", "lisbon": "Europe/Lisbon",
    "paris": "Europe/Paris", "berlin": "Europe/Berlin", "munich": "Europe/Berlin", "amsterdam": "Europe/Amsterdam",
    "brussels": "Europe/Brussels", "madrid": "Europe/Madrid", "barcelona": "Europe/Madrid", "rome": "Europe/Rome",
    "milan": "Europe/Rome", "zurich": "Europe/Zurich", "vienna": "Europe/Vienna", "stockholm": "Europe/Stockholm",
    "oslo": "Europe/Oslo", "copenhagen": "Europe/Copenhagen", "helsinki": "Europe/Helsinki", "warsaw": "Europe/Warsaw",
    "prague": "Europe/Prague", "athens": "Europe/Athens", "moscow": "Europe/Moscow", "cairo": "Africa/Cairo",
    "nairobi": "Africa/Nairobi", "lagos": "Africa/Lagos", "johannesburg": "Africa/Johannesburg",
    "new york": "America/New_York", "boston": "America/New_York", "toronto": "America/Toronto",
    "chicago": "America/Chicago", "austin": "America/Chicago", "dallas": "America/Chicago", "denver": "America/Denver",
    "seattle": "America/Los_Angeles", "san francisco": "America/Los_Angeles", "los angeles": "America/Los_Angeles",
    "vancouver": "America/Vancouver", "sao paulo": "America/Sao_Paulo", "são paulo": "America/Sao_Paulo",
    "mexico city": "America/Mexico_City", "buenos aires": "America/Argentina/Buenos_Aires",
}

# Legacy tzdata names that icalendar's Windows table still uses.
_CANONICAL = {"Asia/Calcutta": "Asia/Kolkata", "Asia/Saigon": "Asia/Ho_Chi_Minh", "Asia/Katmandu": "Asia/Kathmandu",
              "Asia/Rangoon": "Asia/Yangon", "Etc/GMT": "Etc/UTC", "UTC": "Etc/UTC",
              "GMT": "Etc/UTC", "Etc/UCT": "Etc/UTC", "Zulu": "Etc/UTC", "Etc/Zulu": "Etc/UTC"}


@dataclass(frozen=True)
class Zone:
    """A resolved zone: a tzinfo, its IANA name when known, and whether we had to guess."""

    tz: tzinfo
    name: str | None
    assumed: bool = False


def canonical(name: str) -> str:
    return _CANONICAL.get(name, name)


@lru_cache(maxsize=512)
def iana(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(canonical(name))
    except (ZoneInfoNotFoundError, ValueError):
        return None


def from_windows(name: str) -> str | None:
    """IANA name for a Windows zone name ("India Standard Time" -> "Asia/Kolkata")."""
    olson = WINDOWS_TO_OLSON.get(name.strip())
    return canonical(olson) if olson else None


def fixed(minutes: int) -> Zone:
    """A fixed UTC offset; when it is a whole-hour offset of an Indonesian zone, name that zone."""
    by_offset = {420: "Asia/Jakarta", 480: "Asia/Makassar", 540: "Asia/Jayapura", 0: "Etc/UTC"}
    name = by_offset.get(minutes)
    if name and minutes != 0:
        return Zone(iana(name), name)  # type: ignore[arg-type]
    if minutes == 0:
        return Zone(timezone.utc, "Etc/UTC")
    return Zone(timezone(timedelta(minutes=minutes)), None)


def by_abbreviation(abbr: str, on: datetime | None, hint_offset: timedelta | None,
                    region: str | None = None) -> Zone | None:
    """Resolve an abbreviation. For an ambiguous one, in order: the candidate that really uses this abbreviation
    at that date *and* whose offset equals `hint_offset` (the message Date header's offset); else the candidate of
    the sender's `region` (a country code from the address's domain or a phone prefix); else the default
    (first) candidate, marked as assumed."""
    key = abbr.upper().strip(".")
    if key in AMBIGUOUS:
        cands = AMBIGUOUS[key]
        if hint_offset is not None and on is not None:
            naive = on.replace(tzinfo=None)
            for c in cands:
                z = iana(c)
                # Dublin's winter offset is +00:00 but its abbreviation then is GMT: an "IST" is never Dublin in winter
                if z and z.utcoffset(naive) == hint_offset and z.tzname(naive) == key:
                    return Zone(z, c, assumed=False)
        if region:
            want = REGION_ZONES.get(region.lower())
            if want in cands:
                return Zone(iana(want), want, assumed=False)  # type: ignore[arg-type]
        return Zone(iana(cands[0]), cands[0], assumed=True)  # type: ignore[arg-type]
    name = ABBREVIATIONS.get(key)
    if name:
        return Zone(iana(name), name)  # type: ignore[arg-type]
    return None


def by_name(text: str) -> Zone | None:
    """Resolve a long name, Windows name, IANA name or city name."""
    t = " ".join(text.strip().split())
    if "/" in t:
        z = iana(t)
        if z:
            return Zone(z, canonical(t))
    low = t.lower()
    if low in LONG_NAMES:
        return Zone(iana(LONG_NAMES[low]), LONG_NAMES[low])  # type: ignore[arg-type]
    win = from_windows(t)
    if win and iana(win):
        return Zone(iana(win), win)  # type: ignore[arg-type]
    if low in CITIES:
        return Zone(iana(CITIES[low]), CITIES[low])  # type: ignore[arg-type]
    return None


_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?$", re.I)


def by_offset_text(text: str) -> Zone | None:
    """'+07:00', 'GMT+7', 'UTC-08:00', '+0530' with the natural sign (not POSIX's inverted one)."""
    m = _OFFSET.match(text.strip())
    if not m:
        return None
    sign = -1 if m.group(1) in "-\u2212" else 1
    hours, mins = int(m.group(2)), int(m.group(3) or 0)
    if hours > 14 or mins >= 60:
        return None
    return fixed(sign * (hours * 60 + mins))


def zone_name_of(tz: tzinfo | None) -> str | None:
    """IANA name of a tzinfo when it has one (ZoneInfo, or icalendar's Windows-named VTIMEZONE)."""
    if tz is None:
        return None
    key = getattr(tz, "key", None)
    if key:
        return canonical(key)
    z = getattr(tz, "zone", None) or str(tz)
    name = re.sub(r"^<tzicalvtz '(.*)'>$", r"\1", z) if isinstance(z, str) else None
    if name:
        win = from_windows(name)
        if win:
            return win
        if iana(name):
            return canonical(name)
    return None
