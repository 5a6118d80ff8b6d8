"""Invite detection (regrets.detect) and thread state (regrets.analyze): cues in English and Indonesian, hard
negatives, the cheap prefilter, acceptance phrases and calendar state."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regrets import detect
from regrets.analyze import analyze_thread
from regrets.model import Address, Message, Thread

OWNER = "owner@gmail.com"
NOW = datetime(2026, 11, 1, tzinfo=timezone.utc)


def msg(text: str, *, subject: str = "Hello", sender: str = "recruiter@acme.example", date: str = "2026-11-30T10:00:00+07:00",
        calendars: tuple[str, ...] = (), labels: tuple[str, ...] = (), reply_to: tuple[Address, ...] = ()) -> Message:
    return Message(message_id=f"<{abs(hash((text, sender, date)))}@x>", subject=subject, sender=Address("Someone", sender),
                   to=(Address("Owner", OWNER),), date=datetime.fromisoformat(date), text=text, calendars=calendars,
                   labels=labels, reply_to=reply_to)


def thread(*messages: Message) -> Thread:
    return Thread(key="t", messages=list(messages), source="test")


def analyse(*messages: Message):
    return analyze_thread(thread(*messages), OWNER, NOW)


# ------------------------------------------------------------------------------------------------ classifier

INVITES = [
    ("Interview invitation", "We would like to invite you to an interview for the Data Analyst role on Thursday, December 3 at 2pm."),
    ("Next steps", "I'd like to set up a 30-minute phone screen. What does your availability look like next week?"),
    ("Your interview", "Your interview with Sam is confirmed for tomorrow at 9:30am ET."),
    ("Req 2026-1187", "Congratulations - you have been selected for a phone interview. Date/Time: 12/03/2026, 2:00 PM EST"),
    ("Chat", "Thanks for applying to the Customer Success Lead role. Next step is a quick chat with Marcus, our hiring manager, "
             "on Friday, December 4 at 3:00 PM ET."),
    ("Client interview", "My client would like to interview you. They've booked Monday 14 December at 16:30 GMT."),
    ("Undangan Interview", "Dengan hormat, kami mengundang Saudari untuk mengikuti interview pada Selasa, 8 Desember 2026 pukul 09.00 WIB."),
    ("Reminder", "Halo Putri, mengingatkan kembali ya, besok jam 2 siang ada interview user via Google Meet."),
    ("HR interview", "Hi Putri! Kami mau invite kamu untuk HR interview besok jam 10 ya, via GMeet."),
    ("Interview QA", "Kami ingin mengajakmu interview untuk posisi QA Engineer.\n\nKamis, 10/12/2026 | 10:00-11:00 WIB | Zoom"),
    ("Interview via telepon", "Kami ingin melakukan interview singkat via telepon. Kapan waktu yang nyaman bagi Ibu minggu ini?"),
    ("Panggilan", "Menindaklanjuti lamaran Saudari, dengan ini kami memanggil Saudari untuk mengikuti interview."),
]

NON_INVITES = [
    ("Thank you for applying", "We have received your application. If your experience matches our needs, a recruiter will contact "
                               "you to schedule an interview."),
    ("Your application", "After careful consideration, we have decided to move forward with other candidates."),
    ("Offer", "Thank you for the time you spent interviewing with us. I am delighted to extend you an offer; your offer letter is attached."),
    ("Webinar", "You're invited to our free webinar: Ace Your Tech Interview, Wednesday, December 9, 2026, 6:00 PM EST. Register now."),
    ("Newsletter", "The Career Compass newsletter: 5 interview questions that trip up senior candidates. Unsubscribe here."),
    ("Survey", "How was your interview experience? Take our 2-minute survey."),
    ("Loop", "You're on the interview panel for Casey Lin. Please submit your scorecard within 24 hours."),
    ("Podcast", "We'd love to invite you to be interviewed for an episode of our podcast on Thursday, December 17 at 4pm ET."),
    ("Readout", "Walkthrough of findings from the 12 user interviews we ran. Tue Dec 8, 2026 10am."),
    ("congrats!!", "Congrats on landing the interview at Northwind! Coffee Saturday at 10am to prep?"),
    ("interview at your company!!", "I've got an interview at your company next Tuesday at 2pm! Any tips?"),
    ("Assessment", "You have been invited to take the Backend Engineer - Online Assessment. The timer cannot be paused."),
    ("Hasil seleksi", "Dengan berat hati kami sampaikan bahwa kami belum dapat melanjutkan proses Anda ke tahap berikutnya."),
    ("Rapat", "Kami mengundang Bapak/Ibu untuk hadir pada rapat koordinasi persiapan wawancara responden survei."),
    ("Kelas Online", "Yuk ikuti Kelas Online GRATIS: Tips Lolos Interview Kerja, Sabtu 12 Desember 2026. Daftar sekarang!"),
    ("Lowongan", "Lowongan terbaru untuk kamu: Recruitment Staff (Interviewer) - PT Sumber Daya Prima."),
    ("Accepted: Interview prep swap", "Sam has accepted this invitation."),
    ("Lunch", "Let's grab lunch on Friday at noon, my treat."),  # no interview word at all
]


@pytest.mark.parametrize("subject,text", INVITES, ids=[s for s, _ in INVITES])
def test_invites_are_recognised(subject: str, text: str) -> None:
    a = analyse(msg(text, subject=subject))
    assert a.is_invite, a.evidence


@pytest.mark.parametrize("subject,text", NON_INVITES, ids=[s for s, _ in NON_INVITES])
def test_hard_negatives_are_rejected(subject: str, text: str) -> None:
    a = analyse(msg(text, subject=subject))
    assert not a.is_invite, a.evidence


def test_conditional_sentences_do_not_count_as_invitations() -> None:
    text = "Thanks for applying. If you are shortlisted, we will invite you to schedule an interview."
    v = detect.classify("Application", [text], has_request=False, has_future_time=False)
    assert not v.is_invite and "invites you" not in v.cues


def test_a_receipt_that_also_invites_is_an_invite() -> None:
    text = "Thank you for applying! We'd like to invite you to an interview on Tuesday, December 8 at 10:00 AM."
    assert analyse(msg(text, subject="Interview")).is_invite


def test_calendar_request_alone_is_strong_evidence() -> None:
    v = detect.classify("Invitation: Interview with Jordan", [""], has_request=True, has_future_time=True, time_in_context=True)
    assert v.is_invite


# ------------------------------------------------------------------------------------------------ prefilter

@pytest.mark.parametrize("subject,text,want", [
    ("Interview invitation", "", True),
    ("Hello", "We'd like to schedule a phone screen with you.", True),
    ("Undangan", "Undangan wawancara kerja", True),
    ("Quick question", "Would you have time for a quick chat with our hiring manager?", True),
    ("Your order has shipped", "Your parcel will arrive on Tuesday.", False),
    ("Team lunch", "Pizza at noon in the kitchen.", False),
])
def test_prefilter(subject: str, text: str, want: bool) -> None:
    assert detect.might_be_invite(msg(text, subject=subject)) is want


def test_prefilter_keeps_every_calendar_message() -> None:
    assert detect.might_be_invite(msg("", subject="x", calendars=("BEGIN:VCALENDAR\nEND:VCALENDAR",)))


def test_prefilter_is_a_superset_of_the_classifier() -> None:
    for subject, text in INVITES:
        assert detect.might_be_invite(msg(text, subject=subject)), subject


def test_prefilter_is_cheap() -> None:
    import time

    m = msg(("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 300), subject="Monthly report")
    t0 = time.perf_counter()
    for _ in range(200):
        detect.might_be_invite(m)
    assert (time.perf_counter() - t0) / 200 < 0.002


# ------------------------------------------------------------------------------------------------ thread state

INVITE = "We would like to invite you to an interview on Tuesday, December 8, 2026 at 10:00 AM WIB."


@pytest.mark.parametrize("reply,accepted", [
    ("I confirm, see you then.", True),
    ("Tuesday at 10 works great for me. Should I bring anything?", True),
    ("Option 2 is perfect for me, thank you!", True),
    ("Yes, that works. See you Tuesday!", True),
    ("Baik Bu, saya konfirmasi akan hadir.", True),
    ("Siap hadir Pak, terima kasih.", True),
    ("Unfortunately I can't make Tuesday. Could we do Thursday instead?", False),
    ("Mohon maaf, saya berhalangan hadir. Apakah bisa dijadwalkan ulang?", False),
    ("Thanks! Quick question: is parking available?", False),
])
def test_owner_acceptance(reply: str, accepted: bool) -> None:
    a = analyse(msg(INVITE, subject="Interview"),
                msg(reply, subject="Re: Interview", sender=OWNER, date="2026-11-30T12:00:00+07:00", labels=("Sent",)))
    assert a.is_invite and a.accepted is accepted


def test_later_refusal_undoes_an_earlier_confirmation() -> None:
    a = analyse(msg(INVITE, subject="Interview"),
                msg("I confirm, see you then.", sender=OWNER, date="2026-11-30T12:00:00+07:00", labels=("Sent",)),
                msg("So sorry, I can't make it after all; I have to withdraw.", sender=OWNER, date="2026-12-01T12:00:00+07:00",
                    labels=("Sent",)))
    assert not a.accepted


def test_reply_to_header_wins_and_owner_is_never_the_target() -> None:
    a = analyse(msg(INVITE, subject="Interview", sender="no-reply@ats.example", reply_to=(Address("Rina", "rina@acme.example"),)),
                msg("I confirm.", sender=OWNER, date="2026-11-30T12:00:00+07:00", labels=("Sent",)))
    assert a.reply_to == Address("Rina", "rina@acme.example")


def _ics(method: str, uid: str, seq: int, start: str, status: str = "CONFIRMED", partstat: str = "NEEDS-ACTION",
         attendee: str = OWNER) -> str:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:" + method + "\r\nBEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nSEQUENCE:{seq}\r\nDTSTAMP:20261120T000000Z\r\nDTSTART;TZID=Asia/Jakarta:{start}\r\n"
            f"DTEND;TZID=Asia/Jakarta:{start[:9]}235900\r\nSUMMARY:Interview\r\nSTATUS:{status}\r\n"
            "ORGANIZER:mailto:recruiter@acme.example\r\n"
            f"ATTENDEE;PARTSTAT={partstat}:mailto:{attendee}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def test_ics_sequence_and_uid_state() -> None:
    jkt = timezone(timedelta(hours=7))
    req = msg("Invitation: Interview", subject="Invitation: Interview", calendars=(_ics("REQUEST", "a", 0, "20261203T100000"),))
    moved = msg("Updated invitation", subject="Updated invitation: Interview", date="2026-12-01T10:00:00+07:00",
                calendars=(_ics("REQUEST", "a", 1, "20261204T140000"),))
    stale = msg("Invitation (resent)", subject="Invitation: Interview", date="2026-12-01T11:00:00+07:00",
                calendars=(_ics("REQUEST", "a", 0, "20261203T100000"),))
    a = analyse(req, moved, stale)
    assert a.is_invite and a.interview_start == datetime(2026, 12, 4, 14, tzinfo=jkt)

    new_event = msg("Invitation: Interview (new)", subject="Invitation: Interview", date="2026-12-01T12:00:00+07:00",
                    calendars=(_ics("REQUEST", "b", 0, "20261207T090000"),))
    cancel_old = msg("Canceled event", subject="Canceled event: Interview", date="2026-12-01T12:05:00+07:00",
                     calendars=(_ics("CANCEL", "a", 2, "20261204T140000", status="CANCELLED"),))
    a = analyse(req, moved, new_event, cancel_old)
    assert a.is_invite and a.interview_start == datetime(2026, 12, 7, 9, tzinfo=jkt)

    cancel_only = msg("Canceled event", subject="Canceled event: Interview", date="2026-12-02T10:00:00+07:00",
                      calendars=(_ics("CANCEL", "a", 2, "20261204T140000", status="CANCELLED"),))
    assert not analyse(req, moved, cancel_only).is_invite


def test_owner_calendar_reply_marks_accepted() -> None:
    req = msg("Invitation: Interview", subject="Invitation: Interview", calendars=(_ics("REQUEST", "a", 0, "20261203T100000"),))
    reply = msg("Owner has accepted this invitation.", subject="Accepted: Interview", sender=OWNER, date="2026-11-30T12:00:00+07:00",
                calendars=(_ics("REPLY", "a", 0, "20261203T100000", partstat="ACCEPTED"),))
    a = analyse(req, reply)
    assert a.is_invite and a.accepted


def test_someone_elses_calendar_answer_is_not_the_reply_target() -> None:
    req = msg("Invitation: Interview", subject="Invitation: Interview", sender="rina@acme.example",
              calendars=(_ics("REQUEST", "a", 0, "20261203T100000"),))
    other = msg("Budi has accepted this invitation.", subject="Accepted: Interview", sender="budi@acme.example",
                date="2026-11-30T12:00:00+07:00", calendars=(_ics("REPLY", "a", 0, "20261203T100000", partstat="ACCEPTED", attendee="budi@acme.example"),))
    a = analyse(req, other)
    assert a.is_invite and not a.accepted and a.reply_to.email == "rina@acme.example"


def test_language_follows_the_invitation_text() -> None:
    assert analyse(msg(INVITE, subject="Interview")).language == "en"
    a = analyse(msg("Dengan hormat, kami mengundang Anda untuk wawancara pada Selasa, 8 Desember 2026 pukul 10.00 WIB.",
                    subject="Interview invitation"))
    assert a.language == "id"


_VOCAB = ["interview", "Interviews", "wawancara", "psiko", "tes", "tes:", "tes\n", "tertulis", "written", "exam", "aptitude", "asesmen",
          "medical", "check-up", "pemeriksaan", "kesehatan", "jadwal", "phone", "screen", "screening", "call", "recruiter",
          "technical", "round", "2", "on-site", "onsite", "final", "hiring", "manager", "chat", "panel", "session", "portfolio",
          "review", "case", "study", "presentation", "user", "fgd", "assessment", "centre", "panggilan", "kerja", "undangan",
          "seleksi", "quick", "a", "intro", "conversation", "with", "meet", "you", "the", "team", "speak", "come", "in", "by",
          "to", "and", "bertemu", "ngobrol", "our", "lunch", "report", "\n", "  ", "MEET", "Hiring\nManager", "role", "Position",
          "application", "candidate", "resume", "CV", "posisi", "lamaran", "Recruiting", "talent", "opening"]


@given(st.lists(st.sampled_from(_VOCAB), max_size=12), st.sampled_from(["", "Re: ", "Undangan "]))
@settings(max_examples=400, deadline=None)
def test_prefilter_never_drops_what_the_patterns_accept(words: list[str], subject: str) -> None:
    text = " ".join(words)
    m = msg(text, subject=subject)
    both = subject + "\n" + text
    if detect.INTERVIEW_WORD.search(both) or (detect.CHAT_WORD.search(both) and detect.RECRUITING_CONTEXT.search(both)):
        assert detect.might_be_invite(m)
        assert detect.could_be_invite(subject, [text])


@pytest.mark.parametrize("subject", ["Written exam on Monday", "Jadwal medical check-up", "Asesmen", "Jadwal tes:",
                                     "Pemeriksaan kesehatan calon karyawan"])
def test_the_prefilter_keeps_every_interview_word(subject: str) -> None:
    # a substring gate once stood before the interview words and missed these (a big mailbox then dropped them)
    assert detect.INTERVIEW_WORD.search(subject) and detect.might_be_invite(msg("See below.", subject=subject))


def test_owner_recognised_through_gmail_dots_and_plus_tags() -> None:
    a = analyse(msg(INVITE, subject="Interview"),
                msg("I confirm, see you then.", sender="Owner+jobs@googlemail.com", date="2026-11-30T12:00:00+07:00"))
    assert a.accepted and a.reply_to.email == "recruiter@acme.example"


def test_a_no_reply_reminder_does_not_become_the_reply_address() -> None:
    a = analyse(msg(INVITE, subject="Interview", sender="rina@acme.example"),
                msg("Reminder: your interview is tomorrow at 10:00 AM WIB.", subject="Reminder: Interview", sender="no_reply@ats.example",
                    date="2026-12-07T10:00:00+07:00"))
    assert a.is_invite and a.reply_to.email == "rina@acme.example"


# ------------------------------------------------------------------------------------------------ company, role, recruiter

def test_people_guesses_are_checked() -> None:
    from regrets.people import describe

    t = thread(msg("Hi Jordan, your interview for the Actuarial Analyst role at Keystone Mutual is at 11am PT. She'll call you.",
                   subject="Interview - Actuarial Analyst - Jordan Reyes", sender="hannah.price@keystonemutual.com"))
    who = describe(t, t.messages[0], Address("Hannah Price", "hannah.price@keystonemutual.com"), [t.messages[0].text],
                   owner_name="Jordan Reyes", owner="jordan.reyes@gmail.com")
    assert who.role == "Actuarial Analyst" and who.company == "Keystone Mutual" and who.recruiter_name == "Hannah Price"

    t = thread(msg("Kami dari PT Kencana Media Utama mengundang Anda untuk wawancara posisi Social Media Specialist pada hari Senin.",
                   subject="Undangan Wawancara", sender="hr@kencanamedia.co.id"))
    who = describe(t, t.messages[0], Address("HRD Kencana", "hr@kencanamedia.co.id"), [t.messages[0].text])
    assert who.company == "PT Kencana Media Utama" and who.role == "Social Media Specialist" and who.recruiter_name is None

    # a sender that is an organisation is not greeted as a person; a time zone is not a company
    t = thread(msg("Your call is at 11:30am PT. Which works?", subject="Hello", sender="jobs@granitebay.example"))
    who = describe(t, t.messages[0], Address("Granite Bay Financial", "jobs@granitebay.example"), [t.messages[0].text])
    assert who.recruiter_name is None and (who.company or "").lower() != "pt. which"


def test_a_company_is_named_as_the_mail_writes_it_never_from_an_address_or_link() -> None:
    from regrets.people import describe

    # name particles ("van der", "de la") belong to the name; a mailbox in a link is not how the mail writes it
    body = ("Thank you for booking with Van der Linde Recruitment.\nService: First interview - Supply Chain Planner\n"
            "Manage your booking: https://outlook.office365.com/owa/calendar/VanderLinde@vanderlinde.nl/bookings/")
    t = thread(msg(body, subject="Booking confirmed: First interview", sender="VanderLinde@vanderlinde.nl"))
    who = describe(t, t.messages[0], Address("Van der Linde Recruitment", "recruitment@vanderlinde.nl"), [body])
    assert who.company == "Van der Linde"
    t = thread(msg("Manage your booking: https://outlook.office365.com/owa/calendar/OrbitalFreight@orbitalfreight.nl/bookings/",
                   subject="Booking confirmed", sender="OrbitalFreight@orbitalfreight.nl"))
    who = describe(t, t.messages[0], Address("", "bookings@orbitalfreight.nl"), [t.messages[0].text])
    assert who.company != "OrbitalFreight"
    # from the domain alone: the name as written, particles and all, and never a piece of a lower-case word
    t = thread(msg(body, subject="Booking confirmed", sender="bookings@vanderlinde.nl"))
    assert describe(t, t.messages[0], Address("", "recruitment@vanderlinde.nl"), [body]).company == "Van der Linde"
    for domain, text in (("globaldesign", "Global design team says hi."), ("acmedental", "Welcome to Acme dental care."),
                         ("bluedata", "Blue data platform news."), ("northforge", "North forward planning.")):
        t = thread(msg(text, subject="Hello", sender=f"jobs@{domain}.com"))
        company = describe(t, t.messages[0], Address("", f"jobs@{domain}.com"), [text]).company
        assert company is None or " " not in company, (domain, company)


def test_owner_forwarding_the_invite_is_not_accepting_it() -> None:
    fwd = ("FYI - see below.\n\n---------- Forwarded message ---------\nFrom: Rina <recruiter@acme.example>\n"
           "Subject: Interview\n\nYour interview is confirmed for Tuesday, December 8, 2026 at 10:00 AM WIB. See you then!")
    a = analyse(msg(INVITE, subject="Interview"),
                msg(fwd, subject="Fwd: Interview", sender=OWNER, date="2026-11-30T12:00:00+07:00", labels=("Sent",)))
    assert a.is_invite and not a.accepted


@pytest.mark.parametrize("text,cancelled", [
    ("Your interview is on Tuesday at 10am. To cancel or reschedule, use the link below.", False),
    ("Need to make changes to this event?\nCancel: https://calendly.com/cancellations/6f1a", False),
    ("Cancellation policy: please give us 24 hours notice.", False),
    ("Kalau berhalangan, mohon kabari kami agar jadwal bisa dibatalkan atau diubah.", False),
    ("Interviews can be cancelled up to 24 hours before.", False),
    ("If you need to cancel, reply to this email.", False),
    ("Unfortunately we have to cancel your interview.", True),
    ("We need to call off tomorrow's interview.", True),
    ("Your interview on Friday has unfortunately been cancelled.", True),
    ("Jadwal interview pada Jumat, 11 Desember 2026 dibatalkan karena posisi telah terisi.", True),
])
def test_cancellation_statements_versus_footers(text: str, cancelled: bool) -> None:
    from regrets.statements import is_cancellation as _is_cancellation

    assert _is_cancellation("Interview", text) is cancelled


def test_a_reschedule_link_footer_keeps_the_invite() -> None:
    body = INVITE + "\n\nTo cancel or reschedule, use this link: https://calendly.com/reschedulings/abc"
    a = analyse(msg(body, subject="Interview confirmed"))
    assert a.is_invite and a.interview_start is not None


def test_conditional_after_semicolon_is_not_an_invitation():
    """A receipt promising an interview 'if your profile matches' after a ';' invites no one (found by bench_scan)."""
    from regrets.detect import classify

    text = ("Thanks for applying for the Backend Engineer role. Our team reviews every application; "
            "if your profile matches, a recruiter will contact you to schedule an interview.")
    assert not classify("Thanks for applying", [text], has_request=False, has_future_time=False).is_invite
    invite = "We would like to schedule an interview; please pick a slot that suits you."
    assert classify("Interview", [invite], has_request=False, has_future_time=False).is_invite


# ------------------------------------------------------------------------------------ ruling out before the dates

def _corpus_texts() -> list[tuple[str, list[str]]]:
    from pathlib import Path

    from regrets.mailparse import parse_bytes
    from regrets.textutil import new_text

    here = Path(__file__).resolve().parent
    out = []
    for path in sorted(here.parent.glob("corpus/*/*.eml")) + sorted(here.glob("golden/*/*.eml")):
        m = parse_bytes(path.read_bytes())
        out.append((m.subject, [new_text(m.text) or m.text]))
    return out


@pytest.mark.parametrize("bulk", [False, True])
@pytest.mark.parametrize("calendar", [False, True])
def test_ruled_out_is_exactly_classify_at_its_best(bulk: bool, calendar: bool) -> None:
    # ruled_out may skip the date reading only when no dates could make classify say "invite"
    owner_words = frozenset({"owner", "gmail", "com"})
    ruled = 0
    for subject, texts in _corpus_texts():
        best = detect.classify(subject, texts, has_request=calendar, has_future_time=True, time_in_context=True,
                               time_labelled=True, bulk=bulk, owner_words=owner_words)
        out = detect.ruled_out(subject, texts, calendar=calendar, bulk=bulk, owner_words=owner_words)
        assert (out is None) == best.is_invite, subject
        if out is not None:
            ruled += 1
            assert out.score >= best.score and out.cues and not out.is_invite
    assert ruled > 20  # the shortcut is not dead code


def test_a_job_alert_that_mentions_interviews_is_ruled_out_before_its_dates_are_read() -> None:
    text = ("Data Analyst - Orbital Freight - Remote\nBackend Engineer - Velaro - Jakarta\n"
            "Tip of the week: prepare for your next interview on Monday, December 7 at 10am.")
    out = detect.ruled_out("12 new jobs for Data Analyst", [text], calendar=False, bulk=True)
    assert out is not None and "-job alert / newsletter" in out.cues
    a = analyse(msg(text, subject="12 new jobs for Data Analyst"))
    assert not a.is_invite and a.interview is None


def test_ruled_out_without_a_time_is_exactly_classify_without_one() -> None:
    # with no time to read, the verdict is the one classify gives the thread's words and nothing else
    owner_words = frozenset({"owner", "gmail", "com"})
    ruled = 0
    for subject, texts in _corpus_texts():
        for bulk in (False, True):
            plain = detect.classify(subject, texts, has_request=False, has_future_time=False, bulk=bulk, owner_words=owner_words)
            out = detect.ruled_out(subject, texts, calendar=False, bulk=bulk, owner_words=owner_words, timed=False)
            assert (out is None) == plain.is_invite, subject
            if out is not None:
                ruled += 1
                assert out.score >= plain.score and not out.is_invite
    assert ruled > 20


def test_the_no_time_shortcut_changes_no_verdict(monkeypatch: pytest.MonkeyPatch) -> None:
    # every labelled thread: the same is_invite (and interview) with the shortcut and with every thread read in full
    import json
    from pathlib import Path

    from regrets import datetext
    from regrets.sources import read_paths

    here = Path(__file__).resolve().parent
    folders = [d for d in sorted(here.parent.glob("corpus/*")) + sorted(here.glob("golden/*")) if (d / "truth.json").exists()]
    now = datetime(2026, 11, 1, tzinfo=timezone.utc)
    runs = []
    for gate in (datetext.may_hold_time, lambda text: True):
        monkeypatch.setattr(datetext, "may_hold_time", gate)
        seen = []
        for d in folders:
            truth = json.loads((d / "truth.json").read_text())
            owner = truth.pop("owner")
            for t in read_paths([d / f for f in sorted(truth)]):
                a = analyze_thread(t, owner, now)
                seen.append((t.source, a.is_invite, a.interview, a.evidence))
        runs.append(seen)
    assert [r[:3] for r in runs[0]] == [r[:3] for r in runs[1]] and sum(r[1] for r in runs[0]) > 100
    assert sum(a[3] != b[3] for a, b in zip(*runs, strict=True)) > 10  # the shortcut was taken (a thread not read in full says less)
