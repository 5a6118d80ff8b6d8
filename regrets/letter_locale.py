"""How the letter writes a time and which English it speaks.

- The zone: the label the invite used (`InterviewTime.zone_label`: "GMT", "ET", "WIB", "Singapore time"), else a
  natural one derived from the IANA zone: GMT/BST for London, ET/CT/MT/PT for US zones, CET/CEST, WIB/WITA/WIT,
  "Singapore time" / "waktu Singapura" where the zone has no letters of its own. "UTC+08:00" only when no name
  exists (a bare offset).
- US recipients get "Wednesday, January 13, 2027" and American spelling; other English letters the British
  form "Wednesday, 13 January 2027"; Indonesian "Rabu, 13 Januari 2027 pukul 10.00 WIB".
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from . import headers, zones
from .display import EN_DAYS, EN_MONTHS, ID_DAYS, ID_MONTHS, offset_label

_EN_DAYS, _ID_DAYS = EN_DAYS, ID_DAYS

_US_ZONES = re.compile(r"^(?:America/(?:New_York|Detroit|Indiana/\w+|Kentucky/\w+|Chicago|Menominee|North_Dakota/\w+|"
                       r"Denver|Boise|Phoenix|Los_Angeles|Anchorage|Juneau|Sitka|Nome|Yakutat|Metlakatla|Adak|"
                       r"Indianapolis|Louisville)|Pacific/Honolulu|US/\w+)$")
_US_LABELS = {"ET", "EST", "EDT", "CT", "CDT", "MT", "MST", "MDT", "PT", "PDT", "AKST", "AKDT", "AKT", "HST",
              "EASTERN", "PACIFIC", "CENTRAL", "MOUNTAIN"}
# North American abbreviations that change with daylight saving: the letter uses the generic form
_GENERIC = {"EST": "ET", "EDT": "ET", "CST": "CT", "CDT": "CT", "MST": "MT", "MDT": "MT", "PST": "PT", "PDT": "PT",
            "AKST": "AKT", "AKDT": "AKT", "AST": "AT", "ADT": "AT", "NST": "NT", "NDT": "NT"}
# abbreviations that mean another zone first (zones.AMBIGUOUS): elsewhere, say the place
_PLACE_NAMES = {"Asia/Shanghai": ("China time", "waktu Tiongkok"), "Asia/Manila": ("Philippine time", "waktu Filipina"),
                "Asia/Jerusalem": ("Israel time", "waktu Israel"), "Asia/Dhaka": ("Bangladesh time", "waktu Bangladesh"),
                "America/Havana": ("Cuba time", "waktu Kuba"), "Asia/Singapore": ("Singapore time", "waktu Singapura")}
_ID_EXONYMS = {"Singapore": "Singapura", "Beijing": "Beijing", "Tokyo": "Tokyo", "Seoul": "Seoul"}
# country domains used world-wide as generic ones (startups' .io, .ai, .co ...): they say nothing of the country
_VANITY_TLDS = {"io", "ai", "co", "me", "tv", "ly", "gg", "sh", "so", "to", "fm", "cc", "ws"}
_BRITISH_TO_AMERICAN = {"apologise": "apologize", "apologised": "apologized", "organise": "organize",
                        "organised": "organized", "favour": "favor", "cancelled": "canceled", "cancelling": "canceling"}


def is_us_recipient(*, zone: str | None, zone_label: str | None, recipient: str | None) -> bool:
    """Whether an English letter goes to someone in the US, from the evidence we have: the recipient's country
    domain first (.us yes; any other two-letter country domain no; .gov/.edu/.mil yes), then the interview's
    zone (a US zone), then the label the invite used (ET, PT, ...)."""
    tld = (recipient or "").rsplit(".", 1)[-1].lower() if recipient and "." in recipient else ""
    if tld == "us" or tld in ("gov", "edu", "mil"):
        return True
    if len(tld) == 2 and tld not in _VANITY_TLDS:
        return False
    if zone:
        return bool(_US_ZONES.match(zone))
    return (zone_label or "").strip().upper().removesuffix(" TIME") in _US_LABELS


def zone_label(start: datetime, zone: str | None, written: str | None, lang: str) -> str:
    """The zone as the letter writes it: what the invite wrote when it suits the letter's language, else a
    natural label for the zone."""
    label = headers.one_line(written or "", 40)
    if label and _suits(label, lang):
        return label
    return derived_label(start, zone, lang)


_ABBR = re.compile(r"(?<![\w+-])([A-Z]{2,5})(?![\w+-])")
_CITY_TIME = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) [Tt]ime\b")


def label_in_text(text: str | None, zone: str | None) -> str | None:
    """The zone as the invite's own words wrote it next to the time ('14:00 GMT' -> 'GMT', '10am Singapore time'
    -> 'Singapore time'), when it names the zone the time was read in; a fallback while the reader leaves
    InterviewTime.zone_label empty."""
    if not text or not zone:
        return None
    want = zones.canonical(zone)
    for m in _ABBR.finditer(text[:500]):
        word = m.group(1)
        cands = (zones.ABBREVIATIONS.get(word),) + zones.AMBIGUOUS.get(word, ())
        if any(c and zones.canonical(c) == want for c in cands):
            return word
    for m in _CITY_TIME.finditer(text[:500]):
        place = m.group(1)
        if zones.CITIES.get(place.lower()) == want or zones.LONG_NAMES.get(f"{place.lower()} time") == want:
            return f"{place} time"
    return None


def _suits(label: str, lang: str) -> bool:
    """An abbreviation or offset reads in both languages; a phrase only in its own ('Singapore time')."""
    if not re.search(r"[a-z]", label):
        return True
    english = re.search(r"\btime\b", label, re.I) is not None
    indonesian = re.search(r"\bwaktu\b", label, re.I) is not None
    return (english and lang == "en") or (indonesian and lang == "id") or not (english or indonesian)


def derived_label(start: datetime, zone: str | None, lang: str) -> str:
    """A natural label for the zone the time is in (see the module doc)."""
    name = zones.canonical(zone) if zone else None
    abbr = start.tzname() or ""
    if name in _PLACE_NAMES:
        return _PLACE_NAMES[name][1 if lang == "id" else 0]
    if name and name.startswith("America/") and abbr in _GENERIC:
        tz = zones.iana(name)
        observes_dst = tz is not None and _has_dst(tz, start)
        return _GENERIC[abbr] if observes_dst else abbr
    if re.fullmatch(r"[A-Za-z]{2,6}", abbr):
        return abbr
    if name and "/" in name and not name.startswith("Etc/"):
        city = name.rsplit("/", 1)[-1].replace("_", " ")
        return f"waktu {_ID_EXONYMS.get(city, city)}" if lang == "id" else f"{city} time"
    return offset_label(start.utcoffset() or timedelta(0))


def _has_dst(tz, when: datetime) -> bool:
    jan = datetime(when.year, 1, 15, 12, tzinfo=tz).utcoffset()
    jul = datetime(when.year, 7, 15, 12, tzinfo=tz).utcoffset()
    return jan != jul


def format_when(start: datetime | None, lang: str, *, label: str, american: bool = False) -> str | None:
    """'Thursday, 3 December 2026 at 2:00 PM GMT' / 'Thursday, December 3, 2026 at 2:00 PM PT' /
    'Kamis, 10 Desember 2026 pukul 14.00 WIB'."""
    if start is None:
        return None
    if lang == "id":
        return (f"{_ID_DAYS[start.weekday()]}, {start.day} {ID_MONTHS[start.month - 1]} {start.year} "
                f"pukul {start.hour:02d}.{start.minute:02d} {label}")
    day = _EN_DAYS[start.weekday()]
    date = (f"{EN_MONTHS[start.month - 1]} {start.day}, {start.year}" if american
            else f"{start.day} {EN_MONTHS[start.month - 1]} {start.year}")
    return f"{day}, {date} at {clock_12h(start)} {label}"


def clock_12h(t: datetime) -> str:
    return f"{t.hour % 12 or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def american_spelling(word: str) -> str:
    """The American spelling of a British word our templates use ('apologise' -> 'apologize')."""
    lower = _BRITISH_TO_AMERICAN.get(word.lower())
    if lower is None:
        return word
    return lower.capitalize() if word[:1].isupper() else lower
