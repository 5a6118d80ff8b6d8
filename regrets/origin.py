"""Where a mail comes from: the sender's country and, when the mail says, its office's zone — from evidence in the
mail itself.

The country decides how a numeric date is read ("12-03-2026" is 12 March in Jakarta, Delhi and London; 3/12/2026
from a US system is 12 March too, month first) and which zone a time written without one is in when the Date header
cannot say (an ATS server in UTC says nothing about the company: its Date is +0000 whatever the office's zone).

Evidence, each adding a weight to its country: country-code top-level domains of the addresses in the thread and of
links (every ISO 3166 code, from the tz database's iso3166.tab); phone numbers, read with phonenumbers (Google's
libphonenumber data, which also knows the zone of an area code: 0361 is Bali, 415 is California); country names and
city names (the tz database's own city names, its region notes such as "Bali" or "Java", and common cities);
office-address shapes (Jl./Kav., a US state with a ZIP code, a UK postcode); company forms (Pvt Ltd, Pte Ltd, PT …);
currencies; and the language. The country with clearly the most weight wins, or nothing does.

The zone: a venue or office city the mail names, else the phone's area zone, else the country's zone when it has
just one (Indonesia without a named city counts as WIB: most offices are), else none.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import phonenumbers
from phonenumbers import timezone as phone_zones

from . import zones

# Countries that write numeric dates month first. Everyone else in our mail writes the day first.
MONTH_FIRST = frozenset({"us", "ph", "fm", "mh", "pw"})
_GENERIC_TLDS = {"gov": "us", "edu": "us", "mil": "us", "uk": "gb"}
# country codes sold worldwide as vanity domains (hireloop.ai, calendly.io, app.co): they say nothing of a country
_VANITY_TLDS = frozenset({"ai", "io", "co", "me", "tv", "fm", "ly", "to", "gg", "sh", "ac", "cc", "ws", "la", "nu", "so",
                          "vc", "im", "ag", "bz", "gl", "md", "ms", "sc", "st", "tk", "ml", "ga", "cf", "gq", "cx", "pw",
                          "ps", "re"})


# tz database city names that are also words or people's names in mail ("Christmas", "Stanley", "Jordan")
_NOT_PLACES = frozenset({"christmas", "easter", "wake", "midway", "stanley", "reunion", "chatham", "norfolk", "pitcairn",
                         "palau", "guam", "saipan", "tarawa", "majuro", "nauru", "noumea", "efate", "galapagos", "marquesas",
                         "gambier", "fakaofo", "kiritimati", "kanton", "enderbury", "funafuti", "wallis", "apia", "niue",
                         "rarotonga", "tahiti", "truk", "chuuk", "pohnpei", "kosrae", "kwajalein", "bougainville",
                         "chagos", "cocos", "mahe", "kerguelen", "faroe", "madeira", "canary", "azores", "bermuda",
                         "cayenne", "paramaribo", "belize", "panama", "regina", "boise", "nome", "sitka", "juneau",
                         "yakutat", "metlakatla", "adak", "whitehorse", "dawson", "inuvik", "edmonton", "creston",
                         "glace bay", "goose bay", "moncton", "iqaluit", "resolute", "rankin inlet", "cambridge bay",
                         "swift current", "thule", "danmarkshavn", "scoresbysund", "nuuk", "miquelon", "barbados",
                         "dominica", "grenada", "jamaica", "martinique", "montserrat", "aruba", "curacao", "anguilla",
                         "antigua", "nassau", "havana", "lima", "la paz", "vienna", "victoria", "bahia", "belem",
                         "fortaleza", "recife", "maceio", "araguaina", "cuiaba", "porto velho", "boa vista", "manaus",
                         "eirunepe", "rio branco", "noronha", "santarem", "punta arenas", "salta", "jujuy", "tucuman",
                         "catamarca", "la rioja", "san juan", "mendoza", "san luis", "rio gallegos", "ushuaia", "cordoba",
                         "matamoros", "monterrey", "merida", "chihuahua", "ojinaga", "hermosillo", "mazatlan",
                         "bahia banderas", "tijuana", "cancun", "kralendijk", "marigot", "lower princes", "tortola",
                         "st thomas", "st kitts", "st lucia", "st vincent", "st barthelemy", "guadeloupe",
                         "grand turk", "cayman", "port of spain", "port-au-prince", "el salvador", "costa rica",
                         "guatemala", "tegucigalpa", "managua", "asuncion", "montevideo", "caracas", "bogota",
                         "guayaquil", "georgetown", "jersey", "guernsey", "isle of man", "gibraltar", "monaco",
                         "vatican", "san marino", "andorra", "malta", "luxembourg", "liechtenstein"})


@lru_cache(maxsize=1)
def _tz_tables() -> tuple[dict[str, str], dict[str, list[str]], dict[str, str]]:
    """(country code -> English name, country code -> its zones, place name -> zone) from the tz database files
    that ship with tzdata (zone.tab, iso3166.tab)."""
    base = resources.files("tzdata").joinpath("zoneinfo")
    names: dict[str, str] = {}
    for line in base.joinpath("iso3166.tab").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, _, name = line.partition("\t")
            names[code.lower()] = name.strip()
    country_zones: dict[str, list[str]] = {}
    places: dict[str, str] = {}
    for line in base.joinpath("zone.tab").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        code, zone = cols[0].lower(), cols[2]
        country_zones.setdefault(code, []).append(zone)
        city = zone.rsplit("/", 1)[-1].replace("_", " ").lower()
        if zone.count("/") == 1 and not zone.startswith("Antarctica/") and city not in _NOT_PLACES:
            places.setdefault(city, zone)
    for city, zone in zones.CITIES.items():
        places[city] = zone
    return names, country_zones, places


def _country_of_zone(zone: str) -> str | None:
    _, country_zones, _ = _tz_tables()
    for code, zs in country_zones.items():
        if zone in zs or zones.canonical(zone) in zs:
            return code
    return None


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Lower-case English country name -> country code."""
    return {v.lower(): k for k, v in _tz_tables()[0].items()}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names, _, places = _tz_tables()
    country_rx = re.compile(r"\b(" + "|".join(sorted((re.escape(n) for n in names.values() if len(n) > 3), key=len, reverse=True))
                            + r")\b")
    # places are matched capitalised, as an address or a sentence writes them ("Maseru", "Calamba, Laguna")
    place_rx = re.compile(r"\b(" + "|".join(sorted((re.escape(p.title()) for p in places if len(p) > 3), key=len, reverse=True))
                          + r")\b")
    return country_rx, place_rx


_ADDRESS = re.compile(r"[\w.+-]+@((?:[\w-]+\.)+([a-z]{2,10}))\b", re.I)
_URL_HOST = re.compile(r"https?://(?:[\w-]+\.)+([a-z]{2,10})(?=[/:?#\s\"'>)\]]|$)", re.I)
_ADDR_ID = re.compile(r"\b(?:Jl\.|Jln\.|Jalan\s+[A-Z]|Kav\.|Kec\.|Kel\.|Kabupaten|RT\s?\d+\s?/\s?RW|Gedung\s+[A-Z]|Graha\s+[A-Z]|"
                      r"Menara\s+[A-Z]|Lt\.\s?\d)")
_ADDR_US = re.compile(r"\b(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|"
                      r"V[AT]|W[AIVY])\s+\d{5}(?:-\d{4})?\b")
_ADDR_UK = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b")
# Company-name suffixes that belong to one country's company law ("Sarvam Logistics Pvt Ltd", "PT Maju Jaya Tbk").
_SUFFIXES = {"in": re.compile(r"\b(?:Pvt\.?\s*Ltd|Private\s+Limited)\b", re.I),
             "id": re.compile(r"(?<![0-9APMapm.]\s)\bPT\.?\s+[A-Z][a-z]+|\bTbk\b|\bCV\.\s+[A-Z]"),
             "sg": re.compile(r"\bPte\.?\s*Ltd\b", re.I), "my": re.compile(r"\bSdn\.?\s*Bhd\b", re.I),
             "au": re.compile(r"\bPty\.?\s*Ltd\b", re.I), "de": re.compile(r"\bGmbH\b"),
             "us": re.compile(r"\b(?:Inc\.|LLC)(?!\w)")}
_MONEY = {"id": re.compile(r"\bRp\.?\s?\d"), "in": re.compile(r"₹|\bINR\b|\bRs\.?\s?\d"), "gb": re.compile(r"£")}
# A line that says where the interview happens: its city decides the zone of a time written without one
_VENUE = re.compile(r"(?im)^[^\S\n]*(?:[•\-*][^\S\n]*)?(?:tempat|lokasi|alamat|venue|location|address|where|place|kantor|office|"
                    r"cabang|branch|site)\b[^\n]{0,12}:[^\n]*$|\b(?:at\s+our|di\s+kantor|di\s+cabang|at\s+the)\b[^\n.]{0,80}")
_SCAN = 50_000
# country names that are also first names or ordinary words ("Jordan Reyes", "Georgia", "turkey", "Chad")
_NOT_COUNTRIES = frozenset({"jordan", "georgia", "chad", "turkey", "israel", "jersey", "guernsey", "niger", "guinea"})


@dataclass(frozen=True)
class Origin:
    """The sender's country (a lower-case ISO code such as "id", "in", "us"), and the zones the mail points at."""

    country: str | None
    city_zone: str | None = None  # an office city named in the mail ("Denpasar" -> Asia/Makassar)
    phone_zone: str | None = None  # the zone of the sender's phone area ("+62 361" -> Asia/Makassar)
    venue_zone: str | None = None  # the city of a "Tempat:/Venue:/Location:" line
    clues: tuple[str, ...] = ()

    @property
    def month_first(self) -> bool | None:
        """True when numeric dates are written month first, False day first, None when unknown."""
        if self.country is None:
            return None
        return self.country in MONTH_FIRST

    def zone(self) -> zones.Zone | None:
        """The zone of the sender's office: a named city in the sender's country, else the phone's area zone, else
        the country's only zone (Indonesia: WIB)."""
        _, country_zones, _ = _tz_tables()
        for candidate in (self.venue_zone, self.city_zone, self.phone_zone):
            if candidate and (self.country is None or _country_of_zone(candidate) == self.country):
                return _zone(candidate)
        if self.country is None:
            return None
        own = country_zones.get("gb" if self.country == "uk" else self.country, [])
        if len(own) == 1:
            return _zone(own[0])
        if self.country == "id":
            return _zone("Asia/Jakarta")
        return None


def _zone(name: str) -> zones.Zone | None:
    z = zones.iana(name)
    return zones.Zone(z, zones.canonical(name)) if z else None


def _tld_country(tld: str) -> str | None:
    t = tld.lower()
    if t in _VANITY_TLDS:
        return None
    if t in _GENERIC_TLDS:
        return _GENERIC_TLDS[t]
    names, _, _ = _tz_tables()
    return t if len(t) == 2 and t in names else None


# add(country, weight, clue): one piece of evidence for a country
_Add = Callable[[str | None, int, str], None]


def _phones(text: str, lang: str | None, add: _Add) -> str | None:
    """Countries of the phone numbers written in `text`; the zone of the first one that has a single zone."""
    phone_zone = None
    for region in ((None, "ID") if lang == "id" else (None,)):
        try:
            matches = list(phonenumbers.PhoneNumberMatcher(text, region))[:10]
        except Exception:  # noqa: BLE001 - the phone reader must never stop the analysis
            matches = []
        for m in matches:
            code = phonenumbers.region_code_for_number(m.number)
            if code and code != "ZZ":
                add(code.lower(), 2, f"phone {code}")
                tzs = phone_zones.time_zones_for_number(m.number)
                if phone_zone is None and len(tzs) == 1 and tzs[0] != "Etc/Unknown":
                    phone_zone = tzs[0]
        if matches:
            break
    return phone_zone


def _places(text: str, add: _Add) -> tuple[str | None, str | None]:
    """Countries and places named in `text`; the zone of the first place named, and of the venue's place."""
    country_rx, place_rx = _patterns()
    _, _, places = _tz_tables()
    by_name = _country_codes()
    for m in country_rx.finditer(text):
        if m.group(1).lower() not in _NOT_COUNTRIES:
            add(by_name.get(m.group(1).lower()), 2, f"country {m.group(1)}")
    city_zone = None
    for m in place_rx.finditer(text):
        zone = places.get(m.group(1).lower())
        if zone:
            add(_country_of_zone(zone), 2, f"place {m.group(1)}")
            city_zone = city_zone or zone
    venue_zone = None
    for v in _VENUE.finditer(text):
        p = place_rx.search(v.group(0))
        if p:
            venue_zone = places.get(p.group(1).lower())
            break
    return city_zone, venue_zone


def find(addresses: Iterable[str], text: str, lang: str | None = None, *, others: Iterable[str] = (),
         hosts: Iterable[str] = ()) -> Origin:
    """The sender's country from the addresses the mail comes from (From, Reply-To, organiser), other addresses of
    the thread (co-recipients, `others`), the hosts that wrote the messages (Message-ID domains, `hosts`), and the
    text."""
    text = text[:_SCAN]
    score: Counter[str] = Counter()
    clues: list[str] = []

    def add(country: str | None, weight: int, clue: str) -> None:
        if country:
            country = "uk" if country == "gb" else country
            score[country] += weight
            clues.append(clue)

    for a in addresses:
        add(_tld_country((a or "").rsplit(".", 1)[-1]), 3, f"address .{(a or '').rsplit('.', 1)[-1]}")
    for h in hosts:
        add(_tld_country((h or "").rsplit(".", 1)[-1]), 2, f"message host .{(h or '').rsplit('.', 1)[-1]}")
    for a in others:
        add(_tld_country((a or "").rsplit(".", 1)[-1]), 1, f"co-recipient .{(a or '').rsplit('.', 1)[-1]}")
    mentioned = Counter(_tld_country(m.group(2)) for m in _ADDRESS.finditer(text))
    mentioned.update(_tld_country(m.group(1)) for m in _URL_HOST.finditer(text))
    for c, n in mentioned.items():
        if c and c != "us":  # .gov/.edu/.com links say little
            add(c, min(n, 2), f"addresses and links .{c}")
    phone_zone = _phones(text, lang, add)
    for rx, country, clue in ((_ADDR_ID, "id", "Indonesian address"), (_ADDR_US, "us", "US address"),
                              (_ADDR_UK, "uk", "UK postcode")):
        if rx.search(text):
            add(country, 2 if country != "uk" else 1, clue)
    for c, rx in _SUFFIXES.items():
        if rx.search(text):
            add(c, 1 if c == "us" else 2, f"company form {c}")
    for c, rx in _MONEY.items():
        if rx.search(text):
            add(c, 1, f"currency {c}")
    city_zone, venue_zone = _places(text, add)
    if lang == "id":
        add("id", 3, "Indonesian text")
    clue_t = tuple(dict.fromkeys(clues))
    if not score:
        return Origin(None, city_zone, phone_zone, venue_zone, clue_t)
    (best, n), *rest = score.most_common(2) + [("", 0)]
    runner = rest[0][1] if rest else 0
    if n >= 2 and n >= 2 * runner:
        return Origin(best, city_zone, phone_zone, venue_zone, clue_t)
    return Origin(None, city_zone, phone_zone, venue_zone, clue_t)
