"""Time-zone names as people write them (regrets.zones): natural-sign offsets, IANA/Windows/long/city names,
Indonesian zones, and the stated policy for ambiguous abbreviations."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from regrets import zones


def offset_on(z: zones.Zone, when: datetime) -> timedelta:
    return when.replace(tzinfo=z.tz).utcoffset()


DEC = datetime(2026, 12, 3, 12, 0)
JUL = datetime(2027, 7, 3, 12, 0)


@pytest.mark.parametrize("text,minutes", [
    ("+07:00", 420), ("+0700", 420), ("GMT+7", 420), ("UTC+7", 420), ("UTC+07:00", 420), ("GMT +8", 480),
    ("UTC-08:00", -480), ("GMT-5", -300), ("+05:30", 330), ("UTC+5:45", 345), ("\u221203:00", -180), ("UTC+00:00", 0),
])
def test_offsets_keep_their_natural_sign(text: str, minutes: int) -> None:
    """Unlike POSIX TZ strings (and dateutil), 'UTC+7' is seven hours *ahead* of UTC."""
    z = zones.by_offset_text(text)
    assert z is not None and offset_on(z, DEC) == timedelta(minutes=minutes)


@pytest.mark.parametrize("text", ["+15:00", "UTC+7:75", "7", "GMT", "UTC+"])
def test_bad_offsets_are_rejected(text: str) -> None:
    assert zones.by_offset_text(text) is None


def test_indonesian_offsets_are_named() -> None:
    assert zones.fixed(420).name == "Asia/Jakarta"
    assert zones.fixed(480).name == "Asia/Makassar"
    assert zones.fixed(540).name == "Asia/Jayapura"
    assert zones.fixed(0).name == "Etc/UTC"
    assert zones.fixed(330).name is None and offset_on(zones.fixed(330), DEC) == timedelta(minutes=330)


@pytest.mark.parametrize("abbr,name,dec_hours", [
    ("WIB", "Asia/Jakarta", 7), ("WITA", "Asia/Makassar", 8), ("WIT", "Asia/Jayapura", 9),
    ("EST", "America/New_York", -5), ("PT", "America/Los_Angeles", -8), ("CET", "Europe/Paris", 1),
    ("SGT", "Asia/Singapore", 8), ("AEDT", "Australia/Sydney", 11), ("JST", "Asia/Tokyo", 9), ("GMT", "Etc/UTC", 0),
])
def test_unambiguous_abbreviations(abbr: str, name: str, dec_hours: float) -> None:
    z = zones.by_abbreviation(abbr, DEC, None)
    assert z is not None and z.name == name and not z.assumed
    assert offset_on(z, DEC) == timedelta(hours=dec_hours)


def test_wit_is_plus_nine_not_duckling_plus_seven() -> None:
    assert offset_on(zones.by_abbreviation("WIT", DEC, None), DEC) == timedelta(hours=9)


def test_us_abbreviations_map_to_the_iana_zone_so_summer_dates_get_daylight_time() -> None:
    z = zones.by_abbreviation("EST", DEC, None)
    assert offset_on(z, JUL) == timedelta(hours=-4)


@pytest.mark.parametrize("abbr,hint_hours,region,want,assumed", [
    ("IST", 5.5, None, "Asia/Kolkata", False),
    ("IST", 2, None, "Asia/Jerusalem", False),
    ("IST", 0, None, "Asia/Kolkata", True),       # Dublin is GMT (not IST) in December: +00:00 is no evidence
    ("IST", 0, "in", "Asia/Kolkata", False),
    ("IST", 0, "il", "Asia/Jerusalem", False),
    ("IST", None, "ie", "Europe/Dublin", False),
    ("CST", 8, None, "Asia/Shanghai", False),
    ("CST", -6, None, "America/Chicago", False),
    ("CST", 0, "cn", "Asia/Shanghai", False),
    ("CST", 0, None, "America/Chicago", True),
    ("PST", 8, None, "Asia/Manila", False),
    ("PST", -8, None, "America/Los_Angeles", False),
    ("PST", None, None, "America/Los_Angeles", True),
    ("BST", 0, None, "Europe/London", True),
])
def test_ambiguous_abbreviation_policy(abbr: str, hint_hours: float | None, region: str | None, want: str, assumed: bool) -> None:
    hint = None if hint_hours is None else timedelta(hours=hint_hours)
    z = zones.by_abbreviation(abbr, DEC, hint, region)
    assert (z.name, z.assumed) == (want, assumed)


def test_ist_in_irish_summer_is_dublin_by_header() -> None:
    z = zones.by_abbreviation("IST", datetime(2027, 7, 1, 10), timedelta(hours=1))
    assert z.name == "Europe/Dublin"


@pytest.mark.parametrize("text,want", [
    ("Asia/Jakarta", "Asia/Jakarta"), ("Asia/Calcutta", "Asia/Kolkata"), ("India Standard Time", "Asia/Kolkata"),
    ("SE Asia Standard Time", "Asia/Bangkok"), ("Pacific Standard Time", "America/Los_Angeles"),
    ("Pacific Time", "America/Los_Angeles"), ("Waktu Indonesia Tengah", "Asia/Makassar"),
    ("Western Indonesia Time", "Asia/Jakarta"), ("Berlin", "Europe/Berlin"), ("New York", "America/New_York"),
    ("Denpasar", "Asia/Makassar"), ("Ambon", "Asia/Jayapura"), ("  eastern   time ", "America/New_York"),
])
def test_names(text: str, want: str) -> None:
    z = zones.by_name(text)
    assert z is not None and z.name == want


def test_unknown_names() -> None:
    assert zones.by_name("Atlantis") is None
    assert zones.by_abbreviation("XYZ", DEC, None) is None


@pytest.mark.parametrize("addr,text,want", [
    ("hr@vyoma-analytics.in", "", "in"), ("a@b.co.il", "", "il"), ("x@y.com.cn", "", "cn"), ("a@gmail.com", "", None),
    ("a@gmail.com", "Call +91 98450 12345", "in"), ("a@gmail.com", "Call +63 917 555 0101", "ph"),
    ("a@gmail.com", "Call +972 3 555 0101", "il"), (None, "Tel. +62 812 3456 7890", None),
])
def test_region_of(addr: str | None, text: str, want: str | None) -> None:
    assert zones.region_of(addr, text) == want


def test_zone_name_of() -> None:
    assert zones.zone_name_of(ZoneInfo("Asia/Calcutta")) == "Asia/Kolkata"
    assert zones.zone_name_of(None) is None
    assert zones.zone_name_of(timezone.utc) is None or zones.zone_name_of(timezone.utc) == "Etc/UTC"
