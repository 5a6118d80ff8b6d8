"""Calendar parts stay cheap and per-mail: recurrence rules in a VTIMEZONE are expanded only around the event's
time and within a budget, a calendar's size is bounded, and one mail's VTIMEZONE never decides another's times."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from dateutil import rrule as dateutil_rrule

from regrets.ics import MAX_CALENDAR_CHARS, parse_calendars
from regrets.mailparse import parse_bytes

from .conftest import make_mail

PLUS_8 = timezone(timedelta(hours=8))


def _cal(tzid: str, dtstart: str, vtimezone: str, uid: str = "u1", extra: str = "") -> str:
    return (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REQUEST\r\n{vtimezone}BEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:20261120T000000Z\r\nDTSTART;TZID={tzid}:{dtstart}\r\n{extra}SUMMARY:Interview\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")


def _vtz(tzid: str, *observances: tuple[str, str, str, str, str]) -> str:
    """observances: (STANDARD|DAYLIGHT, DTSTART, TZOFFSETFROM, TZOFFSETTO, RRULE or '')."""
    body = "".join(f"BEGIN:{kind}\r\nDTSTART:{start}\r\nTZOFFSETFROM:{frm}\r\nTZOFFSETTO:{to}\r\n"
                   + (f"RRULE:{rule}\r\n" if rule else "") + f"END:{kind}\r\n" for kind, start, frm, to, rule in observances)
    return f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\n{body}END:VTIMEZONE\r\n"


# Outlook's way of writing US Pacific time under a made-up TZID: yearly rules from 1601
PACIFIC = _vtz("Customized Time Zone",
               ("STANDARD", "16010101T020000", "-0700", "-0800", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11"),
               ("DAYLIGHT", "16010101T020000", "-0800", "-0700", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"))
# issue 12 §4: a few hundred bytes whose "time zone" changes every second since 1900
SECONDLY = _vtz("Custom/Bomb",
                ("STANDARD", "19000101T000000", "+0800", "+0700", "FREQ=SECONDLY;INTERVAL=2"),
                ("DAYLIGHT", "19000101T000001", "+0700", "+0800", "FREQ=SECONDLY;INTERVAL=2"))


@pytest.fixture
def rule_steps(monkeypatch):
    """Counts every instance dateutil produces; stops a runaway expansion instead of letting it eat the machine."""
    steps = [0]
    original = dateutil_rrule.rrule._iter

    def counting(self):
        for value in original(self):
            steps[0] += 1
            if steps[0] > 100_000:
                raise RuntimeError("runaway recurrence expansion")
            yield value

    monkeypatch.setattr(dateutil_rrule.rrule, "_iter", counting)
    return steps


@pytest.mark.parametrize("when,offset", [("20260715T100000", -7), ("20261203T100000", -8), ("20270310T100000", -8),
                                          ("20270315T100000", -7)])
def test_custom_vtimezone_with_yearly_rules_gives_the_offset_in_force(rule_steps, when, offset):
    (ev,) = parse_calendars([_cal("Customized Time Zone", when, PACIFIC)])
    assert ev.start.utcoffset() == timedelta(hours=offset)
    assert ev.start.replace(tzinfo=None) == datetime.strptime(when, "%Y%m%dT%H%M%S")
    assert rule_steps[0] < 20  # expanded from a year before the event, not from 1601


def test_a_secondly_vtimezone_is_not_expanded(rule_steps):
    raw = _cal("Custom/Bomb", "20261203T140000", SECONDLY)
    assert len(raw.encode()) < 1000
    (ev,) = parse_calendars([raw], PLUS_8)
    assert rule_steps[0] == 0
    # not a time zone: the TZID is unknown, so the time is read in the message's own offset, as for any unknown TZID
    assert ev.start == datetime(2026, 12, 3, 14, 0, tzinfo=PLUS_8)


def test_yearly_rules_that_explode_or_never_match_stay_within_budget(rule_steps):
    every_second = _vtz("Custom/Yearly", ("STANDARD", "19000101T000000", "+0800", "+0700",
                                          "FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,"
                                          "13,14,15,16,17,18,19,20,21,22,23;BYMINUTE=0,10,20,30,40,50"),
                        ("DAYLIGHT", "19000101T000000", "+0700", "+0800", "FREQ=YEARLY;COUNT=1000000;BYMONTH=2;BYMONTHDAY=30"))
    parse_calendars([_cal("Custom/Yearly", "20261203T140000", every_second)], PLUS_8)
    assert rule_steps[0] <= 2_010  # the budget, and one probe instance per rule


def test_one_mails_vtimezone_never_decides_anothers():
    """icalendar caches a custom VTIMEZONE process-wide under its TZID: the first definition would win for every
    later mail (a hostile one could move every later Outlook invite in a long-running add-on)."""
    plus_14 = _vtz("Customized Time Zone", ("STANDARD", "16010101T000000", "+1400", "+1400", ""))
    jakarta = _vtz("Customized Time Zone", ("STANDARD", "16010101T000000", "+0700", "+0700", ""))
    (first,) = parse_calendars([_cal("Customized Time Zone", "20261203T140000", plus_14, uid="a")])
    (second,) = parse_calendars([_cal("Customized Time Zone", "20261203T140000", jakarta, uid="b")])
    assert first.start.utcoffset() == timedelta(hours=14)
    assert second.start.utcoffset() == timedelta(hours=7)


def test_a_calendar_over_the_size_bound_is_skipped():
    huge = _cal("Asia/Jakarta", "20261203T140000", "", extra="DESCRIPTION:" + "x" * MAX_CALENDAR_CHARS + "\r\n")
    assert parse_calendars([huge]) == []
    assert len(parse_calendars([_cal("Asia/Jakarta", "20261203T140000", "")])) == 1


def test_a_huge_calendar_part_is_not_even_decoded(monkeypatch):
    import regrets.mailparse as mailparse

    decoded = []
    original = mailparse._decode_part
    monkeypatch.setattr(mailparse, "_decode_part", lambda part: decoded.append(part.get_content_type()) or original(part))
    ics = _cal("Asia/Jakarta", "20261203T140000", "", extra="DESCRIPTION:" + "x" * (4 * MAX_CALENDAR_CHARS) + "\r\n")
    msg = parse_bytes(make_mail(ics=ics))
    assert msg.calendars == ()
    assert "text/calendar" not in decoded


def test_a_message_keeps_calendar_parts_only_up_to_the_size_bound():
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "hr@example.com", "sam.lee@gmail.com", "Interview"
    m.set_content("See the invitation.")
    pad = "DESCRIPTION:" + "x" * (MAX_CALENDAR_CHARS * 2 // 3) + "\r\n"
    for uid in ("a", "b"):
        m.add_attachment(_cal("Asia/Jakarta", "20261203T140000", "", uid=uid, extra=pad).encode(), maintype="text",
                         subtype="calendar", filename=f"{uid}.ics")
    assert [c.count("UID:a") for c in parse_bytes(m.as_bytes()).calendars] == [1]


def test_a_rule_that_never_matches_is_not_searched_to_the_year_9999(monkeypatch):
    """dateutil looks for the next instance year after year up to 9999 (UNTIL is only compared with instances):
    ~8,000 years, 0.5 s per call, for 'BYMONTH=2;BYMONTHDAY=30'."""
    years = [0]
    original = dateutil_rrule._iterinfo.rebuild

    def counting(self, year, month):
        years[0] += 1
        return original(self, year, month)

    monkeypatch.setattr(dateutil_rrule._iterinfo, "rebuild", counting)
    never = _vtz("Custom/Never", ("STANDARD", "20200101T000000", "+0800", "+0700", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"),
                 ("DAYLIGHT", "20200101T000000", "+0700", "+0800", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"))
    (ev,) = parse_calendars([_cal("Custom/Never", "20261203T140000", never, uid="never")], PLUS_8)
    assert years[0] < 100
    assert ev.start == datetime(2026, 12, 3, 14, 0, tzinfo=PLUS_8)  # not a time zone: the message's own offset
