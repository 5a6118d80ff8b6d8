"""Where a mail comes from: the sender's country, read from evidence in the mail itself.

The country decides how a numeric date is read ("12-03-2026" is 12 March in Jakarta, Delhi and London, but
3/12/2026 from a US system is 12 March too: month first) and which zone a time written without one is in when
the Date header cannot say (an ATS server in UTC says nothing about the company: its Date is +0000 whatever the
office's zone). Evidence, strongest first: the ccTLD of the sender, Reply-To and links; international phone
prefixes (+62, +91, +44, +1 ...) and national mobile formats (0812-…); office addresses (Jl./Jalan, Kav.,
a US state with a ZIP code, a UK postcode) and city names; currencies. Each clue adds a weight to its country;
the country with clearly the most wins, or nothing does.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from . import zones

# ccTLDs (second-level forms included: .co.id, .co.uk, .com.au, .com.sg ...) -> country code
_TLDS = {"id": "id", "in": "in", "uk": "uk", "au": "au", "sg": "sg", "my": "my", "ph": "ph", "nz": "nz", "ie": "ie",
         "za": "za", "ca": "ca", "us": "us", "de": "de", "fr": "fr", "nl": "nl", "es": "es", "it": "it", "ch": "ch",
         "at": "at", "be": "be", "se": "se", "no": "no", "dk": "dk", "fi": "fi", "pl": "pl", "cz": "cz", "pt": "pt",
         "jp": "jp", "kr": "kr", "cn": "cn", "hk": "hk", "tw": "tw", "th": "th", "vn": "vn", "ae": "ae", "pk": "pk",
         "bd": "bd", "lk": "lk", "ng": "ng", "ke": "ke", "br": "br", "mx": "mx", "ar": "ar", "il": "il", "gov": "us",
         "edu": "us"}
_PHONES = {"62": "id", "91": "in", "44": "uk", "61": "au", "65": "sg", "60": "my", "63": "ph", "64": "nz", "353": "ie",
           "27": "za", "1": "us", "49": "de", "33": "fr", "31": "nl", "34": "es", "39": "it", "41": "ch", "43": "at",
           "32": "be", "46": "se", "47": "no", "45": "dk", "358": "fi", "48": "pl", "351": "pt", "81": "jp",
           "82": "kr", "86": "cn", "852": "hk", "886": "tw", "66": "th", "84": "vn", "971": "ae", "92": "pk",
           "880": "bd", "94": "lk", "234": "ng", "254": "ke", "55": "br", "52": "mx", "972": "il"}
# Countries that write numeric dates month first. Everyone else in our mail writes the day first.
MONTH_FIRST = frozenset({"us", "ph"})

_URL_HOST = re.compile(r"https?://(?:[\w-]+\.)+([a-z]{2,6})(?=[/:?#\s\"'>)]|$)", re.I)
_PHONE_INTL = re.compile(r"(?<![\w+])\+\s?(\d{1,3})[\s\-.(]")
_PHONE_ID = re.compile(r"(?<![\d+])(?:08[1-9]\d|021|022|031|024|061|0361)[\s\-.]?\d{3,4}[\s\-.]?\d{3,5}(?!\d)")
_ADDR_ID = re.compile(r"\b(?:Jl\.|Jln\.|Jalan\s+[A-Z]|Kav\.|Kec\.|Kel\.|Kabupaten|RT\s?\d+\s?/\s?RW|Gedung\s+[A-Z]|Graha\s+[A-Z]|"
                      r"Menara\s+[A-Z]|Lt\.\s?\d)")
_ADDR_US = re.compile(r"\b(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|"
                      r"V[AT]|W[AIVY])\s+\d{5}(?:-\d{4})?\b")
_ADDR_UK = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b")
_PIN_IN = re.compile(r"\b(?:Bengaluru|Bangalore|Mumbai|Delhi|Chennai|Hyderabad|Pune|Kolkata|Noida|Gurugram|Gurgaon)\b[^\n]{0,40}\b\d{3}\s?\d{3}\b")
# Company-name suffixes that belong to one country's company law ("Sarvam Logistics Pvt Ltd", "PT Maju Jaya Tbk").
_SUFFIXES = {"in": re.compile(r"\b(?:Pvt\.?\s*Ltd|Private\s+Limited|LLP\s+India)\b", re.I),
             "id": re.compile(r"(?<![0-9APMapm.]\s)\bPT\.?\s+[A-Z][a-z]+|\bTbk\b|\bCV\.\s+[A-Z]"),
             "sg": re.compile(r"\bPte\.?\s*Ltd\b", re.I), "my": re.compile(r"\bSdn\.?\s*Bhd\b", re.I),
             "au": re.compile(r"\bPty\.?\s*Ltd\b", re.I), "de": re.compile(r"\bGmbH\b"),
             "us": re.compile(r"\b(?:Inc\.|LLC)(?!\w)")}
_MONEY = {"id": re.compile(r"\bRp\.?\s?\d"), "in": re.compile(r"₹|\bINR\b|\bRs\.?\s?\d"), "uk": re.compile(r"£")}

_COUNTRY_OF_ZONE = {"Asia/Jakarta": "id", "Asia/Makassar": "id", "Asia/Jayapura": "id", "Asia/Pontianak": "id",
                    "Asia/Kolkata": "in", "Europe/London": "uk", "Asia/Singapore": "sg", "Asia/Kuala_Lumpur": "my",
                    "Asia/Manila": "ph", "Pacific/Auckland": "nz", "Europe/Dublin": "ie"}


def _city_countries() -> dict[str, str]:
    out = {}
    for city, zone in zones.CITIES.items():
        if zone.startswith("America/") and zone not in ("America/Sao_Paulo", "America/Mexico_City", "America/Toronto",
                                                         "America/Vancouver", "America/Argentina/Buenos_Aires"):
            out[city] = "us"
        elif zone.startswith("Australia/"):
            out[city] = "au"
        elif zone in _COUNTRY_OF_ZONE:
            out[city] = _COUNTRY_OF_ZONE[zone]
    return out


_CITY_COUNTRY = _city_countries()
_CITY = re.compile(r"\b(" + "|".join(sorted((re.escape(c) for c in _CITY_COUNTRY), key=len, reverse=True)) + r")\b", re.I)


@dataclass(frozen=True)
class Origin:
    """The sender's country (a lower-case code such as "id", "in", "us") and the city named, when known."""

    country: str | None
    city_zone: str | None = None  # the IANA zone of an office city named in the mail ("Denpasar" -> Asia/Makassar)
    clues: tuple[str, ...] = ()

    @property
    def month_first(self) -> bool | None:
        """True when numeric dates are written month first, False day first, None when unknown."""
        if self.country is None:
            return None
        return self.country in MONTH_FIRST

    def zone(self) -> zones.Zone | None:
        """The zone of the sender's office, when the evidence names one country with one zone (or a city)."""
        if self.city_zone and (self.country is None or _CITY_COUNTRY_ZONE_OK(self.country, self.city_zone)):
            z = zones.iana(self.city_zone)
            return zones.Zone(z, self.city_zone) if z else None
        single = {"id": "Asia/Jakarta", "in": "Asia/Kolkata", "uk": "Europe/London", "sg": "Asia/Singapore",
                  "my": "Asia/Kuala_Lumpur", "ph": "Asia/Manila", "ie": "Europe/Dublin", "nz": "Pacific/Auckland",
                  "de": "Europe/Berlin", "fr": "Europe/Paris", "nl": "Europe/Amsterdam", "es": "Europe/Madrid",
                  "it": "Europe/Rome", "ch": "Europe/Zurich", "at": "Europe/Vienna", "be": "Europe/Brussels",
                  "se": "Europe/Stockholm", "no": "Europe/Oslo", "dk": "Europe/Copenhagen", "fi": "Europe/Helsinki",
                  "pl": "Europe/Warsaw", "pt": "Europe/Lisbon", "jp": "Asia/Tokyo", "kr": "Asia/Seoul",
                  "cn": "Asia/Shanghai", "hk": "Asia/Hong_Kong", "tw": "Asia/Taipei", "th": "Asia/Bangkok",
                  "vn": "Asia/Ho_Chi_Minh", "ae": "Asia/Dubai", "pk": "Asia/Karachi", "bd": "Asia/Dhaka",
                  "lk": "Asia/Colombo", "ng": "Africa/Lagos", "ke": "Africa/Nairobi", "za": "Africa/Johannesburg",
                  "il": "Asia/Jerusalem"}.get(self.country or "")
        # Indonesia spans three zones, but offices without a named WITA/WIT city are overwhelmingly in WIB
        if single:
            z = zones.iana(single)
            return zones.Zone(z, single) if z else None
        return None


def _CITY_COUNTRY_ZONE_OK(country: str, zone: str) -> bool:
    """A city's zone is used only when it lies in the country the other clues point to."""
    c = _COUNTRY_OF_ZONE.get(zone)
    if c is not None:
        return c == country
    if zone.startswith("America/"):
        return country == "us"
    if zone.startswith("Australia/"):
        return country == "au"
    return True


def _tld_country(host_or_addr: str) -> str | None:
    tld = host_or_addr.rstrip(".>").rsplit(".", 1)[-1].lower()
    return _TLDS.get(tld)


def find(addresses: Iterable[str], text: str, lang: str | None = None) -> Origin:
    """The sender's country from the addresses the mail comes from (From, Reply-To, organiser) and its text."""
    score: Counter[str] = Counter()
    clues: list[str] = []
    for a in addresses:
        c = _tld_country(a or "")
        if c:
            score[c] += 3
            clues.append(f"address .{a.rsplit('.', 1)[-1]}")
    hosts = Counter(_TLDS.get(m.group(1).lower()) for m in _URL_HOST.finditer(text[:50000]))
    for c, n in hosts.items():
        if c and c not in ("us",):  # .gov/.edu links are too common in footers to say much
            score[c] += min(n, 2)
            clues.append(f"links .{c}")
    for m in _PHONE_INTL.finditer(text[:50000]):
        digits = m.group(1)
        for n in (3, 2, 1):
            c = _PHONES.get(digits[:n])
            if c:
                score[c] += 2
                clues.append(f"phone +{digits[:n]}")
                break
    if _PHONE_ID.search(text):
        score["id"] += 2
        clues.append("Indonesian phone")
    if _ADDR_ID.search(text):
        score["id"] += 2
        clues.append("Indonesian address")
    if _ADDR_US.search(text):
        score["us"] += 2
        clues.append("US address")
    if _ADDR_UK.search(text):
        score["uk"] += 1
        clues.append("UK postcode")
    if _PIN_IN.search(text):
        score["in"] += 2
        clues.append("Indian address")
    for c, rx in _SUFFIXES.items():
        if rx.search(text):
            score[c] += 1 if c == "us" else 2
            clues.append(f"company form {c}")
    for c, rx in _MONEY.items():
        if rx.search(text):
            score[c] += 1
            clues.append(f"currency {c}")
    cities = Counter(_CITY_COUNTRY[m.group(1).lower()] for m in _CITY.finditer(text[:50000]))
    for c, n in cities.items():
        score[c] += min(n, 2)
    if lang == "id":
        score["id"] += 3
        clues.append("Indonesian text")
    city_zone = None
    for m in _CITY.finditer(text[:50000]):
        city_zone = zones.CITIES.get(m.group(1).lower())
        break
    if not score:
        return Origin(None, city_zone, tuple(clues))
    (best, n), *rest = score.most_common(2) + [("", 0)]
    runner = rest[0][1] if rest else 0
    if n >= 2 and n >= 2 * runner:
        return Origin(best, city_zone, tuple(dict.fromkeys(clues)))
    return Origin(None, city_zone, tuple(dict.fromkeys(clues)))
