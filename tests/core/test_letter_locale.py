"""Time in the letter (issue 8): the zone the invite used, else a natural label for the IANA zone (never
"UTC+08:00" when a name exists); US recipients get the US date form and spelling, others the British form."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from regrets.letter_locale import (
    american_spelling,
    derived_label,
    format_when,
    is_us_recipient,
    offset_label,
    zone_label,
)


def at(zone: str, month: int = 1) -> datetime:
    return datetime(2027, month, 13, 10, 0, tzinfo=ZoneInfo(zone))


@pytest.mark.parametrize("zone, month, en, idn", [
    ("Europe/London", 1, "GMT", "GMT"), ("Europe/London", 7, "BST", "BST"),
    ("America/New_York", 1, "ET", "ET"), ("America/New_York", 7, "ET", "ET"),
    ("America/Los_Angeles", 7, "PT", "PT"), ("America/Chicago", 1, "CT", "CT"), ("America/Denver", 1, "MT", "MT"),
    ("America/Phoenix", 7, "MST", "MST"),  # no daylight saving there: the real abbreviation, not the generic one
    ("Asia/Singapore", 1, "Singapore time", "waktu Singapura"), ("Asia/Dubai", 1, "Dubai time", "waktu Dubai"),
    ("Europe/Paris", 1, "CET", "CET"), ("Europe/Berlin", 7, "CEST", "CEST"),
    ("Asia/Jakarta", 1, "WIB", "WIB"), ("Asia/Makassar", 1, "WITA", "WITA"), ("Asia/Jayapura", 1, "WIT", "WIT"),
    ("Asia/Shanghai", 1, "China time", "waktu Tiongkok"),  # CST would read as Chicago
    ("Asia/Manila", 1, "Philippine time", "waktu Filipina"),  # PST would read as Los Angeles
    ("Asia/Kolkata", 1, "IST", "IST"), ("Australia/Sydney", 1, "AEDT", "AEDT"),
])
def test_a_natural_label_for_each_zone(zone, month, en, idn):
    t = at(zone, month)
    assert derived_label(t, zone, "en") == en
    assert derived_label(t, zone, "id") == idn
    assert "UTC+" not in en


def test_a_bare_offset_is_the_only_case_for_utc_plus():
    t = datetime(2027, 1, 13, 10, 0, tzinfo=timezone(timedelta(hours=8)))
    assert derived_label(t, None, "en") == "UTC+8"
    assert offset_label(timedelta(hours=5, minutes=30)) == "UTC+5:30" and offset_label(timedelta(hours=-3)) == "UTC-3"


@pytest.mark.parametrize("written, lang, expected", [
    ("GMT", "en", "GMT"), ("GMT", "id", "GMT"), ("ET", "en", "ET"), ("WIB", "id", "WIB"),
    ("Singapore time", "en", "Singapore time"), ("Singapore time", "id", "waktu Singapura"),
    ("waktu Singapura", "id", "waktu Singapura"), ("waktu Singapura", "en", "Singapore time"),
    ("GMT\r\nBcc: x@y", "en", "GMT Bcc: x@y"),  # one line, whatever the reader copied
])
def test_the_zone_the_invite_wrote_wins_when_it_suits_the_language(written, lang, expected):
    assert zone_label(at("Asia/Singapore"), "Asia/Singapore", written, lang) == expected


def test_gmt_stays_gmt_when_the_invite_said_gmt():
    t = datetime(2027, 1, 13, 10, 0, tzinfo=ZoneInfo("Etc/UTC"))
    assert format_when(t, "en", label=zone_label(t, "Etc/UTC", "GMT", "en")) == "Wednesday, 13 January 2027 at 10:00 AM GMT"


def test_date_forms():
    t = at("America/Los_Angeles")
    assert format_when(t, "en", label="PT", american=True) == "Wednesday, January 13, 2027 at 10:00 AM PT"
    assert format_when(t, "en", label="PT") == "Wednesday, 13 January 2027 at 10:00 AM PT"
    assert format_when(at("Asia/Jakarta"), "id", label="WIB") == "Rabu, 13 Januari 2027 pukul 10.00 WIB"


@pytest.mark.parametrize("zone, label, recipient, us", [
    ("America/New_York", None, "keisha@orbital.com", True),
    ("America/Los_Angeles", "PT", "hr@acme.io", True),
    ("Europe/London", None, "fiona@kelpiedata.co.uk", False),
    ("America/New_York", None, "fiona@kelpiedata.co.uk", False),  # a UK company, whatever the zone
    ("America/Toronto", None, "hr@maple.com", False),  # Canada
    ("Asia/Singapore", None, "hr@agency.us", True),  # the recipient's country domain
    (None, "ET", "hr@acme.com", True), (None, "GMT", "hr@acme.com", False), (None, None, "hr@state.gov", True),
])
def test_us_recipient_is_decided_from_evidence(zone, label, recipient, us):
    assert is_us_recipient(zone=zone, zone_label=label, recipient=recipient) is us


def test_american_spelling():
    assert american_spelling("apologise") == "apologize" and american_spelling("Apologise") == "Apologize"
    assert american_spelling("regards") == "regards"


@pytest.mark.parametrize("text, zone, label", [
    ("Friday 11 December 2026\nTime: 14:00 GMT", "Etc/UTC", "GMT"),
    ("Tuesday, December 1, 2026 at 11:00 AM PT", "America/Los_Angeles", "PT"),
    ("Thursday at 2:00 PM PST", "America/Los_Angeles", "PST"),
    ("Kamis, pukul 13.30 WIB", "Asia/Jakarta", "WIB"),
    ("Monday 10am Singapore time", "Asia/Singapore", "Singapore time"),
    ("Monday 10am CET (Berlin)", "Europe/Paris", "CET"),
    ("Monday at 10:00 AM IST", "Asia/Kolkata", "IST"),
    ("Monday at 10:00 AM IST", "Europe/London", None),  # the word names another zone than the one read
    ("Interview on Monday at 10:00 AM", "America/New_York", None),
    ("HR will call you Monday at 10", "Asia/Jakarta", None),
])
def test_the_label_the_invite_wrote_next_to_the_time(text, zone, label):
    from regrets.letter_locale import label_in_text
    assert label_in_text(text, zone) == label
