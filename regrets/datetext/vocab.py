"""Words for dates in English and Indonesian: month and weekday names, Indonesian number words, and the regex
fragments built from them."""
from __future__ import annotations

import re

MONTHS = {
    "january": 1, "januari": 1, "jan": 1, "february": 2, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "march": 3, "maret": 3, "mar": 3, "april": 4, "apr": 4, "may": 5, "mei": 5, "june": 6, "juni": 6, "jun": 6,
    "july": 7, "juli": 7, "jul": 7, "august": 8, "agustus": 8, "aug": 8, "agu": 8, "agt": 8, "agus": 8, "ags": 8,
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
# Three-letter forms that are also ordinary words ("may", "sun", "min"): trusted only in a date's shape.
WEAK_NAMES = frozenset({"may", "mar", "jun", "sep", "des", "min", "sen", "sel", "rab", "kam", "jum", "sab", "mon", "sun",
                        "sat", "wed"})
ID_NUMBERS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
              "sepuluh": 10, "sebelas": 11, "dua belas": 12}

MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WD = r"(?P<wd>" + "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True)) + r")\.?"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
ID_NUM = "|".join(sorted(ID_NUMBERS, key=len, reverse=True))


def named(fragment: str, old: str, new: str) -> str:
    """A fragment with its named group renamed, to use it twice in one pattern."""
    return fragment.replace(f"(?P<{old}>", f"(?P<{new}>")


def month(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def weekday(word: str | None) -> int | None:
    return WEEKDAYS.get(word.lower().rstrip(".")) if word else None
