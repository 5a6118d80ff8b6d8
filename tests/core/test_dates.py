"""The date-time grammar (regrets.datetext): every rule, English and Indonesian, relative dates against the
sender's own clock, DST, the ambiguous-abbreviation policy, and the distractors that must never win."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regrets import datetext, zones
from regrets.analyze import _default_zone


def tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


def at(spec: str, offset: float) -> datetime:
    """'2026-12-03 14:00' at a fixed UTC offset."""
    return datetime.fromisoformat(spec).replace(tzinfo=tz(offset))


def best(text: str, sent: datetime, lang: str = "en", sender: str | None = None) -> datetime | None:
    cands = datetext.find_candidates(text, sent=sent, lang=lang, default_zone=_default_zone(sent, None)[0], sender=sender)
    chosen = datetext.choose(cands, text).best
    return chosen.start if chosen else None


def same(got: datetime | None, want: datetime) -> bool:
    """Same instant *and* same UTC offset (the interview's own zone)."""
    return got is not None and got == want and got.utcoffset() == want.utcoffset()


MON_30_NOV_WIB = at("2026-11-30 09:12", 7)
THU_26_NOV_UTC = at("2026-11-26 10:00", 0)

# ------------------------------------------------------------------------------------------------ English formats

EN_CASES = [
    ("Thursday, December 3, 2026 at 2:00 PM PST", THU_26_NOV_UTC, at("2026-12-03 14:00", -8)),
    ("The interview is on 3rd Dec, 10:30am IST.", at("2026-11-26 10:00", 5.5), at("2026-12-03 10:30", 5.5)),
    ("Invitation: Interview @ Thu Dec 3, 2026 2pm - 3pm (WIB)", THU_26_NOV_UTC, at("2026-12-03 14:00", 7)),
    ("When: 9:00 AM - 9:45 AM (GMT+07:00) Jakarta on Thursday, December 3, 2026", THU_26_NOV_UTC, at("2026-12-03 09:00", 7)),
    ("Start: 2026-12-03T14:00:00+07:00", THU_26_NOV_UTC, at("2026-12-03 14:00", 7)),
    ("Start time: 2026-12-03T07:00:00Z", THU_26_NOV_UTC, at("2026-12-03 07:00", 0)),
    ("Let's meet December 3 at 14:00 (UTC+7).", THU_26_NOV_UTC, at("2026-12-03 14:00", 7)),
    ("Interview: December 3 at 14:00 (UTC-03:00)", THU_26_NOV_UTC, at("2026-12-03 14:00", -3)),
    ("When: Wednesday, December 9, 2026 9:00 AM-10:00 AM (UTC+07:00) Bangkok, Hanoi, Jakarta.", THU_26_NOV_UTC, at("2026-12-09 09:00", 7)),
    ("Wednesday Feb 3, 2027 \u22c5 11am \u2013 12pm (Eastern Time - New York)", THU_26_NOV_UTC, at("2027-02-03 11:00", -5)),
    ("Your interview is at noon ET on Friday, December 4.", at("2026-11-27 16:40", -5), at("2026-12-04 12:00", -5)),
    ("Come in on Friday, December 4 at 3 o'clock.", at("2026-11-27 16:40", -5), at("2026-12-04 15:00", -5)),
    ("Interview on Tuesday Dec 8 from 1-2pm EST", at("2026-12-02 14:00", -5), at("2026-12-08 13:00", -5)),
    ("Interview on Tuesday Dec 8, 11-12:30pm EST", at("2026-12-02 14:00", -5), at("2026-12-08 11:00", -5)),
    ("Interview on Tuesday Dec 8 at 12-1pm EST", at("2026-12-02 14:00", -5), at("2026-12-08 12:00", -5)),
    ("Interview on Tuesday Dec 8, 9-10am EST", at("2026-12-02 14:00", -5), at("2026-12-08 09:00", -5)),
    ("Can you join us on 12/8 from 1-2pm EST for the interview?", at("2026-12-02 14:05", -5), at("2026-12-08 13:00", -5)),
    ("An interview at 9.30am on Wed 9th Dec at the studio.", at("2026-12-03 12:30", 0), at("2026-12-09 09:30", 0)),
    ("Wednesday, 16 December 2026 at 14:00 (Berlin time), on-site.", at("2026-12-08 08:12", 0), at("2026-12-16 14:00", 1)),
    ("15 December 2026 at 09:30 (Paris time)", THU_26_NOV_UTC, at("2026-12-15 09:30", 1)),
    ("Time: Dec 11, 2026 02:00 PM Jakarta", at("2026-12-07 17:45", 8), at("2026-12-11 14:00", 7)),
    ("Interview: Thursday 10 December, 16:00 Singapore time", THU_26_NOV_UTC, at("2026-12-10 16:00", 8)),
]


@pytest.mark.parametrize("text,sent,want", EN_CASES, ids=[c[0][:50] for c in EN_CASES])
def test_english_formats(text: str, sent: datetime, want: datetime) -> None:
    assert same(best(text, sent), want), best(text, sent)


def test_label_block_date_and_time_on_separate_lines() -> None:
    text = "Interview: Technical Deep Dive\nDate: Tuesday, November 17, 2026\nTime: 10:00 AM - 11:15 AM PST\nLocation: Zoom"
    assert same(best(text, at("2026-11-11 16:22", 0)), at("2026-11-17 10:00", -8))


def test_html_table_layout_with_blank_lines() -> None:
    text = "Date\n\nThursday,\u00a010 December 2026\n\nTime\n\n15:00 \u2013 16:00 GMT\n\nVenue\n\nLeeds"
    assert same(best(text, at("2026-11-30 12:15", 0)), at("2026-12-10 15:00", 0))


def test_numeric_dates_follow_the_sender() -> None:
    us = "Date/Time: 12/03/2026, 2:00 PM - 2:30 PM EST"
    assert same(best(us, at("2026-11-20 13:33", -5)), at("2026-12-03 14:00", -5))
    uk = "Interview date: 03/12/2026\nStart time: 14:00 (UK time)"
    assert same(best(uk, at("2026-11-25 10:02", 0)), at("2026-12-03 14:00", 0))
    # a stated weekday settles the order whatever the sender's habits
    assert same(best("Interview on Thursday 03/12/2026 at 14:00", at("2026-11-20 13:33", -5)), at("2026-12-03 14:00", -5))


# ------------------------------------------------------------------------------------------------ Indonesian formats

ID_CASES = [
    ("Kamis, 3 Desember 2026 pukul 14.00 WIB", MON_30_NOV_WIB, at("2026-12-03 14:00", 7)),
    ("Senin 07/12 jam 09:00 WITA", MON_30_NOV_WIB, at("2026-12-07 09:00", 8)),
    ("besok jam 10 pagi", MON_30_NOV_WIB, at("2026-12-01 10:00", 7)),
    ("Rabu, 2 Desember 2026, pukul 08.30 - selesai", MON_30_NOV_WIB, at("2026-12-02 08:30", 7)),
    ("tanggal 4 Desember 2026 jam 13:30 WIT", MON_30_NOV_WIB, at("2026-12-04 13:30", 9)),
    ("Selasa depan pukul 10.00 WIB", MON_30_NOV_WIB, at("2026-12-08 10:00", 7)),
    ("03-12-2026 pukul 14:00 WIB", MON_30_NOV_WIB, at("2026-12-03 14:00", 7)),
    ("hari Jumat tanggal 4 Des 2026 jam 2 siang", MON_30_NOV_WIB, at("2026-12-04 14:00", 7)),
    ("Hari/Tanggal : Kamis, 17 Desember 2026\nPukul : 09.30 WITA s.d. selesai", MON_30_NOV_WIB, at("2026-12-17 09:30", 8)),
    ("Jumat, 4 Desember 2026 jam setengah 3 sore", MON_30_NOV_WIB, at("2026-12-04 14:30", 7)),
    ("Selasa tanggal 15 Desember 2026 jam sepuluh pagi", MON_30_NOV_WIB, at("2026-12-15 10:00", 7)),
    ("Sabtu, 12 Desember 2026, pkl. 07.30 WIB", MON_30_NOV_WIB, at("2026-12-12 07:30", 7)),
    ("interview pada Rabu (2/12) pukul 09.00 WIB", MON_30_NOV_WIB, at("2026-12-02 09:00", 7)),
    ("tgl 11/12/2026 pkl 13.00 WIB", at("2026-11-09 08:45", 7), at("2026-12-11 13:00", 7)),
    ("Kamis, 10/12/2026 | 10:00-11:00 WIB | Zoom", MON_30_NOV_WIB, at("2026-12-10 10:00", 7)),
    ("Kapan: Rabu, 16 Desember 2026 14.00-15.00 (UTC+07:00) Bangkok, Hanoi, Jakarta.", at("2026-12-10 03:00", 0),
     at("2026-12-16 14:00", 7)),
    ("Jumat, 11 Desember 2026, pukul 10.00 WIT (08.00 WIB)", MON_30_NOV_WIB, at("2026-12-11 10:00", 9)),
    ("interview malam ini jam 7 malam", MON_30_NOV_WIB, at("2026-11-30 19:00", 7)),
    ("Kamis 10 Des 2026 \u22c5 13.00 \u2013 14.00\nWaktu Indonesia Tengah - Makassar", MON_30_NOV_WIB, at("2026-12-10 13:00", 8)),
]


@pytest.mark.parametrize("text,sent,want", ID_CASES, ids=[c[0][:50] for c in ID_CASES])
def test_indonesian_formats(text: str, sent: datetime, want: datetime) -> None:
    assert same(best(text, sent, "id"), want), best(text, sent, "id")


# ------------------------------------------------------------------------------------------------ relative dates

RELATIVE = [
    # sender's own day, not UTC's: Mon 21:48 -0500 is already Tuesday in UTC
    ("Your interview is tomorrow at 9:30am ET.", at("2026-12-07 21:48", -5), at("2026-12-08 09:30", -5), "en"),
    # Wed 06:55 +1100 is still Tuesday in UTC
    ("Your panel interview is tomorrow at 2pm AEDT.", at("2026-12-02 06:55", 11), at("2026-12-03 14:00", 11), "en"),
    ("tomorrow at 10am", at("2026-11-30 09:12", 0), at("2026-12-01 10:00", 0), "en"),
    ("next Monday 9:30", at("2026-11-30 09:12", 0), at("2026-12-07 09:30", 0), "en"),
    ("a final interview next Tuesday at 3pm ET", at("2026-11-19 15:10", -5), at("2026-11-24 15:00", -5), "en"),
    ("your interview for this Friday at 11:30am PT", at("2026-12-01 10:20", -8), at("2026-12-04 11:30", -8), "en"),
    ("the interview is today at 5pm", at("2026-12-01 10:20", -8), at("2026-12-01 17:00", -8), "en"),
    ("the day after tomorrow at 10am", at("2026-12-01 10:20", -8), at("2026-12-03 10:00", -8), "en"),
    ("besok pukul 10.00 WIB", MON_30_NOV_WIB, at("2026-12-01 10:00", 7), "id"),
    ("lusa jam 9 pagi", at("2026-12-07 11:32", 7), at("2026-12-09 09:00", 7), "id"),
    ("Senin depan pukul 10.00 WIB", at("2026-11-25 16:05", 7), at("2026-11-30 10:00", 7), "id"),
    ("Rabu minggu depan jam 13.00 WIB", at("2026-12-03 16:30", 7), at("2026-12-09 13:00", 7), "id"),
    ("besok jam 2 siang ada interview user", at("2026-12-02 16:40", 7), at("2026-12-03 14:00", 7), "id"),
    ("lusa, Kamis, pukul 16.00 WIB", at("2026-12-08 10:00", 7), at("2026-12-10 16:00", 7), "id"),
]


@pytest.mark.parametrize("text,sent,want,lang", RELATIVE, ids=[r[0][:50] for r in RELATIVE])
def test_relative_dates_resolve_in_the_senders_zone(text: str, sent: datetime, want: datetime, lang: str) -> None:
    assert same(best(text, sent, lang), want), best(text, sent, lang)


# ------------------------------------------------------------------------------------------------ DST

def test_dst_us_fall_back_is_applied_to_the_interview_date() -> None:
    # written in PDT, interview after the first Sunday of November: PST (-8)
    assert same(best("Thursday, November 5 at 10:00 AM PT", at("2026-10-28 14:03", -7)), at("2026-11-05 10:00", -8))


def test_dst_us_spring_forward() -> None:
    assert same(best("Tuesday, March 16, 2027 at 10:00am ET", at("2027-03-03 11:18", -5)), at("2027-03-16 10:00", -4))


def test_dst_uk_clocks_go_back() -> None:
    assert same(best("interview on Monday 2nd November at 11am (UK time)", at("2026-10-20 09:15", 1)), at("2026-11-02 11:00", 0))


def test_pst_written_for_a_summer_date_means_pacific_daylight() -> None:
    assert same(best("Interview: Tuesday, July 13, 2027 at 10:00 AM PST", at("2027-07-01 09:00", -7)), at("2027-07-13 10:00", -7))


def test_southern_hemisphere_dst() -> None:
    assert same(best("Interview: Monday 7 December 2026, 10am (Melbourne time)", at("2026-11-30 09:00", 11)), at("2026-12-07 10:00", 11))


# ------------------------------------------------------------------------------------------------ ambiguous abbreviations

@pytest.mark.parametrize("abbr,header,sender,want_offset", [
    ("IST", 5.5, None, 5.5),        # India, by the header
    ("IST", 2, None, 2),            # Israel in winter, by the header
    ("IST", 0, "hr@acme.co.in", 5.5),   # header says nothing; the .in domain does
    ("IST", 0, "hr@acme.co.il", 2),     # ... or the .il one
    ("IST", 0, None, 5.5),          # default policy: India (marked assumed)
    ("CST", 8, None, 8),            # China
    ("CST", -6, None, -6),          # US Central
    ("CST", 0, "hr@x.com.cn", 8),
    ("CST", 0, None, -6),           # default: US Central
    ("PST", 8, None, 8),            # Philippines
    ("PST", -8, None, -8),
])
def test_ambiguous_abbreviation_policy(abbr: str, header: float, sender: str | None, want_offset: float) -> None:
    text = f"Your interview is on Friday, December 4, 2026 at 10:00 AM {abbr}."
    got = best(text, at("2026-12-01 09:00", header), sender=sender)
    assert got is not None and got.utcoffset() == timedelta(hours=want_offset), got


def test_ist_phone_prefix_is_a_region_cue() -> None:
    text = "Interview on Friday, December 4, 2026 at 10:00 AM IST.\nCall me on +972 3 555 0101."
    assert best(text, at("2026-12-01 09:00", 0)).utcoffset() == timedelta(hours=2)


def test_assumed_flag_for_a_default_choice() -> None:
    cands = datetext.find_candidates("Friday, December 4, 2026 at 10:00 AM IST", sent=at("2026-12-01 09:00", 0), lang="en",
                                     default_zone=zones.fixed(0))
    assert cands and cands[0].zone.assumed and cands[0].zone.name == "Asia/Kolkata"


# ------------------------------------------------------------------------------------------------ distractors

NO_DATE = [
    "Call me on +62 812-3456-7890 if anything comes up.",
    "You need 2 years experience and 3-5 years in SQL.",
    "Reference: REQ-2026-1203, Order #120326.",
    "hubungi 0812 3456 7890 atau (021) 555-1234",
    "Meeting ID: 891 2345 6789 Passcode: 123456",
    "Gaji Rp 15.000.000 per bulan, cuti 12 hari",
    "Bawa pas foto 3x4 sebanyak 2 lembar dan fotokopi KTP.",
    "Our office is at 1201 Western Ave, Suite 600, Seattle WA 98101.",
    "The salary range is $120,000 - $145,000 plus 10.5% bonus.",
    "Version 2.30 of the app ships 3.50 times faster.",
]


@pytest.mark.parametrize("text", NO_DATE)
def test_numbers_are_not_dates(text: str) -> None:
    assert datetext.find_candidates(text, sent=MON_30_NOV_WIB, lang="id" if "Rp" in text or "hubungi" in text else "en",
                                    default_zone=zones.fixed(420)) == []


MIXED = [
    ("You applied on Nov 20. Your interview is on Dec 3, 2026 at 2:00 PM WIB.", at("2026-11-25 10:00", 7), at("2026-12-03 14:00", 7), "en"),
    ("Please confirm by Dec 1 at 5pm. The interview is Thursday, Dec 3 at 10:00 AM.", at("2026-11-25 10:00", 0),
     at("2026-12-03 10:00", 0), "en"),
    ("Before we lock this in, please reply by Friday, November 20 at 5:00 PM ET to confirm.\n\n"
     "Your panel interview is scheduled for Tuesday, November 24 at 11:00 AM ET.", at("2026-11-17 09:41", -5), at("2026-11-24 11:00", -5), "en"),
    ("Mohon konfirmasi paling lambat 1 Des 2026 pukul 12.00 WIB. Interview akan dilaksanakan Kamis 3 Des 2026 10.00 WIB.",
     MON_30_NOV_WIB, at("2026-12-03 10:00", 7), "id"),
    ("Interview: Senin, 14 Desember 2026 pukul 10.00 WIB.\nGaji Rp 15.000.000, telepon 0812-3456-7890, Meeting ID: 845 1290 3341",
     MON_30_NOV_WIB, at("2026-12-14 10:00", 7), "id"),
    ("Friday 11 December at 14:30 at our office.\n\nSophie Turner\nOffice hours: Mon-Fri 9:00-17:30 GMT", at("2026-12-04 16:10", 0),
     at("2026-12-11 14:30", 0), "en"),
    ("---------- Forwarded message ---------\nFrom: Google Calendar <calendar-notification@google.com>\n"
     "Date: Fri, Dec 4, 2026 at 3:12 PM\nSubject: Invitation\nTo: <x@y.sg>\n\nInterview\nThursday Dec 10, 2026 10am - 11am (WIB)",
     at("2026-12-04 15:20", 8), at("2026-12-10 10:00", 7), "en"),
    ("We received your application on December 1, 2026 at 9:41 PM. Interview: December 9, 2026 at 10:00 AM.",
     at("2026-12-02 10:00", 0), at("2026-12-09 10:00", 0), "en"),
]


@pytest.mark.parametrize("text,sent,want,lang", MIXED, ids=[m[0][:50] for m in MIXED])
def test_distractor_dates_do_not_win(text: str, sent: datetime, want: datetime, lang: str) -> None:
    assert same(best(text, sent, lang), want), best(text, sent, lang)


def test_dates_before_the_mail_are_dropped() -> None:
    assert best("Thanks for interviewing with us on Tuesday, November 24 at 2:00 PM.", at("2026-11-26 10:00", 0)) is None


def test_pick_a_slot_has_no_single_time() -> None:
    text = ("Please reply with the option that suits you best:\n1) Wed 6 Jan, 11:00-11:45 SGT\n2) Thu 7 Jan, 15:00-15:45 SGT\n"
            "3) Fri 8 Jan, 10:00-10:45 SGT")
    sent = at("2026-12-18 10:00", 8)
    cands = datetext.find_candidates(text, sent=sent, lang="en", default_zone=zones.fixed(480))
    assert len({c.start for c in cands}) == 3
    choice = datetext.choose(cands, text)
    assert choice.best is None and choice.pending


def test_rescheduled_time_beats_the_old_one_in_the_same_message() -> None:
    text = ("Your interview on Wednesday, December 2, 2026 at 09.00 WIB has been moved. "
            "The new time is Monday, December 7, 2026 at 11.00 WIB.")
    assert same(best(text, MON_30_NOV_WIB, "en"), at("2026-12-07 11:00", 7))


def test_grammar_is_fast() -> None:
    """The date grammar must stay cheap: a typical invite body is parsed well under a millisecond or two."""
    import time

    text = ID_CASES[8][0] * 3 + "\n" + EN_CASES[0][0] + "\nMeeting ID: 891 2345 6789\n" + NO_DATE[5]
    t0 = time.perf_counter()
    for _ in range(200):
        datetext.find_candidates(text, sent=MON_30_NOV_WIB, lang="id", default_zone=zones.fixed(420))
    per_call = (time.perf_counter() - t0) / 200
    assert per_call < 0.005, per_call


# ------------------------------------------------------------------------------------------------ calendar (.ics) times

from regrets.ics import parse_calendars  # noqa: E402


def _cal(dtstart: str, extra: str = "", vtimezone: str = "", method: str = "REQUEST") -> str:
    return (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:{method}\r\n{vtimezone}BEGIN:VEVENT\r\nUID:u1\r\n"
            f"DTSTAMP:20261120T000000Z\r\n{dtstart}\r\n{extra}SUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


CUSTOM_VTZ = ("BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
              "TZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n")


@pytest.mark.parametrize("dtstart,vtz,want,zone", [
    ("DTSTART;TZID=Asia/Jakarta:20261203T140000", "", at("2026-12-03 14:00", 7), "Asia/Jakarta"),
    ("DTSTART;TZID=\"Asia/Jakarta\":20261203T140000", "", at("2026-12-03 14:00", 7), "Asia/Jakarta"),
    ("DTSTART:20261203T070000Z", "", at("2026-12-03 07:00", 0), "Etc/UTC"),
    ("DTSTART;TZID=SE Asia Standard Time:20261203T140000", "", at("2026-12-03 14:00", 7), "Asia/Bangkok"),
    ("DTSTART;TZID=India Standard Time:20270107T153000", "", at("2027-01-07 15:30", 5.5), "Asia/Kolkata"),
    ("DTSTART;TZID=\"(UTC+07:00) Bangkok, Hanoi, Jakarta\":20261203T140000", "", at("2026-12-03 14:00", 7), None),
    ("DTSTART;TZID=GMT+07:00:20261203T140000", "", at("2026-12-03 14:00", 7), None),
    ("DTSTART;TZID=Jakarta Time:20261203T140000", "", at("2026-12-03 14:00", 7), "Asia/Jakarta"),
    ("DTSTART;TZID=GMT:20261203T070000Z", "", at("2026-12-03 07:00", 0), "Etc/UTC"),  # a malformed ATS export
    ("DTSTART;TZID=Customized Time Zone:20261203T140000", CUSTOM_VTZ, at("2026-12-03 14:00", 8), None),
    ("DTSTART:20261203T140000", "", at("2026-12-03 14:00", 8), None),  # floating: the message's own offset (+08:00 here)
])
def test_ics_start_times(dtstart: str, vtz: str, want: datetime, zone: str | None) -> None:
    (ev,) = parse_calendars([_cal(dtstart, vtimezone=vtz)], tz(8))
    assert ev.start == want and ev.start.utcoffset() == want.utcoffset()
    if zone is not None:
        assert ev.zone == zone


def test_ics_outlook_sequence_fallback_and_broken_input() -> None:
    (ev,) = parse_calendars([_cal("DTSTART:20261203T070000Z", extra="X-MICROSOFT-CDO-APPT-SEQUENCE:3\r\n")])
    assert ev.sequence == 3
    assert parse_calendars(["BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2026120\r\n", "", "not a calendar"]) == []


def test_ics_same_event_inline_and_attached_counts_once() -> None:
    raw = _cal("DTSTART:20261203T070000Z")
    assert len(parse_calendars([raw, raw])) == 1


@pytest.mark.parametrize("zone_text,offset,name", [
    ("10am Pacific", -8, "America/Los_Angeles"), ("10am Eastern", -5, "America/New_York"), ("10am Central", -6, "America/Chicago"),
    ("10 a.m. Eastern", -5, "America/New_York"), ("10 AM Eastern Time", -5, "America/New_York"), ("10am (ET)", -5, "America/New_York"),
    ("10am EST/EDT", -5, "America/New_York"), ("10:00 hrs IST", 5.5, "Asia/Kolkata"), ("1000hrs SGT", 8, "Asia/Singapore"),
    ("10:00 China Standard Time", 8, "Asia/Shanghai"), ("10:00 WIB (GMT+7)", 7, "Asia/Jakarta"), ("10:00 GMT+0700", 7, "Asia/Jakarta"),
    ("10:00 (UTC +7)", 7, "Asia/Jakarta"), ("10:00 Asia/Jakarta", 7, "Asia/Jakarta"), ("10am New York time", -5, "America/New_York"),
    ("10:00 Singapore", 8, "Asia/Singapore"), ("10.00 s/d 12.00 WIB", 7, "Asia/Jakarta"), ("10:00 CEST", 1, "Europe/Paris"),
])
def test_zone_spellings_after_a_time(zone_text: str, offset: float, name: str) -> None:
    text = f"Interview on Thursday, December 3, 2026 at {zone_text}."
    (c, *_) = datetext.find_candidates(text, sent=THU_26_NOV_UTC, lang="en", default_zone=zones.fixed(0))
    assert c.start.hour == 10 and c.start.utcoffset() == timedelta(hours=offset) and c.zone.name == name


def test_a_place_name_before_the_time_is_not_a_zone() -> None:
    (c,) = datetext.find_candidates("Meet at Central Park on Thursday, December 3, 2026 at 10am.", sent=THU_26_NOV_UTC, lang="en",
                                    default_zone=zones.fixed(0))
    assert c.start.utcoffset() == timedelta(0) and not c.zone_stated


@pytest.mark.parametrize("text,sent,want,lang", [
    ("can you do a quick video interview tmrw 11am EST?", at("2026-12-08 16:20", -5), at("2026-12-09 11:00", -5), "en"),
    ("I'll call you on Wednesday, December 9th between 2 and 3 PM Central for your phone interview.", at("2026-12-04 15:00", -6),
     at("2026-12-09 14:00", -6), "en"),
    ("Interview pada hari Kamis ini pukul 10.00 WIB.", at("2026-12-07 08:30", 7), at("2026-12-10 10:00", 7), "id"),
    ("Interview besok lusa jam 10 pagi.", at("2026-12-08 15:00", 7), at("2026-12-10 10:00", 7), "id"),
    ("Interview Rabu, 16 Desember 2026 pukul 1 siang via Google Meet.", at("2026-12-11 10:00", 7), at("2026-12-16 13:00", 7), "id"),
    ("Second interview on the 9th of December at 2:30pm GMT.", at("2026-12-02 11:00", 0), at("2026-12-09 14:30", 0), "en"),
    ("The CEO has time on Monday at 4:30pm PT for a final interview.", at("2026-12-10 13:00", -8), at("2026-12-14 16:30", -8), "en"),
])
def test_more_spoken_forms(text: str, sent: datetime, want: datetime, lang: str) -> None:
    assert same(best(text, sent, lang), want), best(text, sent, lang)


def test_and_joins_two_times_unless_between() -> None:
    cands = datetext.find_candidates("Options: Thursday, December 10 at 10am and 2pm.", sent=THU_26_NOV_UTC, lang="en",
                                     default_zone=zones.fixed(0))
    assert sorted(c.start.hour for c in cands) == [10, 14]


@pytest.mark.parametrize("text,want", [
    ("Final round on Tuesday 15 December (all times CET, at our Amsterdam office).\n\nPart 1: 10:00-11:00 - technical\n"
     "Part 2: 11:15-12:00 - CTO", at("2026-12-15 10:00", 1)),
    ("All times are in Eastern Time.\nInterview: Tuesday, December 15, 2026 at 10:00 AM", at("2026-12-15 10:00", -5)),
    ("Semua waktu dalam WITA.\nInterview: Selasa, 15 Desember 2026 pukul 10.00", at("2026-12-15 10:00", 8)),
    ("Interview on Tuesday 15 December 2026, 2pm EST - 3pm EST", at("2026-12-15 14:00", -5)),
    ("Start: 2026-12-03T14:00:00-05:00", at("2026-12-03 14:00", -5)),
])
def test_zone_stated_once_and_ranges(text: str, want: datetime) -> None:
    assert same(best(text, THU_26_NOV_UTC, "id" if "Semua" in text else "en"), want)


def test_an_hour_range_is_not_an_offset() -> None:
    (c,) = datetext.find_candidates("Interview: Tuesday 15 December 10:00-11:00", sent=THU_26_NOV_UTC, lang="en",
                                    default_zone=zones.fixed(60))
    assert c.start.utcoffset() == timedelta(hours=1)


_TOKENS = ["Tuesday", "Selasa", "December", "Desember", "Des", "3", "31", "32", "2026", "12/8", "31/02/2026", "2026-02-30", "03.12.2026",
           "at", "pukul", "jam", "setengah", "sepuluh", "10", "10:30", "25:61", "9.30am", "1-2pm", "0-0pm", "noon", "o'clock", "1400hrs",
           "WIB", "WITA", "IST", "CST", "PST", "(UTC+07:00)", "GMT+14", "+9999", "Berlin time", "Jakarta", "tomorrow", "tmrw", "lusa",
           "besok", "depan", "next", "this", "between", "and", "-", "–", ":", "(", ")", ",", ".", "\n", "\n\n", "Date:", "From:", "by",
           "interview", "all times", "s/d", "selesai"]


@given(st.lists(st.sampled_from(_TOKENS), max_size=40), st.integers(min_value=-12, max_value=14))
@settings(max_examples=300, deadline=None)
def test_grammar_never_raises_and_returns_aware_times(words: list[str], offset: int) -> None:
    sent = at("2026-11-30 09:00", offset)
    for c in datetext.find_candidates(" ".join(words), sent=sent, lang="id", default_zone=_default_zone(sent, None)[0], sender="a@b.in"):
        assert c.start.tzinfo is not None and c.start.utcoffset() is not None


# ------------------------------------------------------------------------------------------ the no-time shortcut

def _finds_a_time(text: str, lang: str) -> bool:
    from regrets.datetext.times import find_times

    return bool(find_times(text, lang, timedelta(hours=7), at("2026-11-30 09:00", 7), "ID"))


@given(st.lists(st.sampled_from(_TOKENS + ["pu\u212aul", "mıdday", "NOON", "Jam", "12", "7", "am", "p.m.", "hrs", "o' clock",
                                           "٣:٠٠", "3:", "00", "tengah", "hari"]), max_size=30), st.sampled_from(["en", "id"]))
@settings(max_examples=500, deadline=None)
def test_a_text_the_gate_passes_over_holds_no_time(words: list[str], lang: str) -> None:
    for text in (" ".join(words), "".join(words)):
        if _finds_a_time(text, lang):
            assert datetext.may_hold_time(text), text


def test_the_time_gate_on_every_corpus_mail() -> None:
    from pathlib import Path

    from regrets.mailparse import parse_bytes

    here = Path(__file__).resolve().parent
    timeless = 0
    for path in sorted(here.parent.glob("corpus/*/*.eml")) + sorted(here.glob("golden/*/*.eml")):
        m = parse_bytes(path.read_bytes())
        for text in (m.text, m.subject):
            if not datetext.may_hold_time(text):
                timeless += 1
                assert not _finds_a_time(text, "en") and not _finds_a_time(text, "id"), path.name
    assert timeless > 20  # the gate is not dead code
