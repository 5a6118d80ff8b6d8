"""The golden letters: every intent x language x formality, with each option (presets, own words in either
language, words that say "decided", other roles, referral, short notice, missing company/role/name, a no-reply
sender, a booked slot, a calendar request, a UK and a US recipient, a title the thread states). Each case is a
thread and an Analysis built by hand -- the letter's input, independent of how the reader analyses mail -- plus
the ComposeOptions. `build_letters.py` writes one .eml per case into en/ and id/; `test_letters.py` checks
each draft against its file and lints every combination of options."""
from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import partial
from zoneinfo import ZoneInfo

from regrets.compose import ComposeOptions
from regrets.mailparse import parse_bytes
from regrets.model import Analysis, InterviewTime, Thread

from ..conftest import make_mail

OWNER, OWNER_NAME = "sam.lee@gmail.com", "Sam Lee"
NOW = datetime(2026, 11, 26, 2, 0, tzinfo=timezone.utc)  # 09:00 WIB
SHORT_NOTICE_START = datetime(2026, 11, 27, 10, 0, tzinfo=ZoneInfo("Asia/Jakarta"))  # 32 hours after NOW

CALENDAR = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nDTSTART:{start}\r\nDTSTAMP:20261123T090000Z\r\nORGANIZER;CN={org_name}:mailto:{org}\r\n"
            "UID:golden-{uid}@google.com\r\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
            "RSVP=TRUE;CN=" + OWNER + ":mailto:" + OWNER + "\r\nSEQUENCE:1\r\nSTATUS:CONFIRMED\r\nSUMMARY:Interview\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")


@dataclass(frozen=True)
class Recruiter:
    """Who invited: the thread's sender and what a reader would have found."""

    key: str
    lang: str
    sender: str  # "Name <address>"
    name: str | None
    company: str | None
    role: str | None
    start: datetime
    zone: str
    zone_label: str | None
    subject: str
    body: str
    title: str | None = None  # Analysis.recruiter_title


EN_US = Recruiter(
    "us", "en", "Keisha Grant <keisha.grant@orbitalfreight.com>", "Keisha Grant", "Orbital Freight",
    "Backend Engineer", datetime(2026, 12, 3, 14, 0, tzinfo=ZoneInfo("America/Los_Angeles")), "America/Los_Angeles",
    "PT", "Interview invitation: Backend Engineer",
    "Hi Sam,\n\nThank you for applying for the Backend Engineer role at Orbital Freight. We would like to invite you "
    "to a technical interview on Thursday, December 3, 2026 at 2:00 PM PT on Zoom.\n\nPlease let me know if this "
    "time works for you.\n\nBest regards,\nKeisha Grant\nTalent Acquisition, Orbital Freight\n")
EN_UK = Recruiter(
    "uk", "en", "Fiona Grant <fiona.grant@kelpiedata.co.uk>", "Fiona Grant", "Kelpie Data", "Platform Engineer",
    datetime(2027, 1, 13, 10, 0, tzinfo=ZoneInfo("Europe/London")), "Europe/London", "GMT",
    "Interview invitation - Platform Engineer",
    "Dear Sam,\n\nThank you for your application for the Platform Engineer position at Kelpie Data. We would like to "
    "invite you to an interview on Wednesday 13 January 2027 at 10:00 GMT at our Edinburgh office.\n\nKind regards,\n"
    "Fiona Grant\nPeople Team, Kelpie Data\n")
ID_RATNA = Recruiter(
    "ratna", "id", "Ratna Sari <ratna.sari@majujaya.co.id>", "Ratna Sari", "PT Maju Jaya", "Data Analyst",
    datetime(2026, 12, 10, 14, 0, tzinfo=ZoneInfo("Asia/Jakarta")), "Asia/Jakarta", "WIB",
    "Undangan Wawancara - Data Analyst",
    "Yth. Sdr. Sam,\n\nTerima kasih atas lamaran Anda untuk posisi Data Analyst di PT Maju Jaya. Kami mengundang Anda "
    "untuk mengikuti wawancara user pada Kamis, 10 Desember 2026 pukul 14.00 WIB melalui Google Meet.\n\nMohon "
    "konfirmasi kehadiran Anda dengan membalas email ini.\n\nHormat kami,\nRatna Sari\nHR PT Maju Jaya\n")
ID_JOKO = Recruiter(  # the title comes from the thread ("Pak Joko"), the name alone would not tell
    "joko", "id", "Joko Prasetyo <rekrutmen@sinarlogistik.co.id>", "Joko Prasetyo", "PT Sinar Logistik",
    "Staf Operasional", datetime(2026, 12, 8, 9, 30, tzinfo=ZoneInfo("Asia/Makassar")), "Asia/Makassar", "WITA",
    "Panggilan Interview - Staf Operasional",
    "Selamat siang Sam,\n\nKami mengundang Anda untuk interview posisi Staf Operasional pada Selasa, 8 Desember 2026 "
    "pukul 09.30 WITA di kantor kami, Makassar. Pak Joko akan menemui Anda di lobi.\n\nSalam,\nJoko Prasetyo\n"
    "Rekrutmen PT Sinar Logistik\n")
ID_DIAN = Recruiter(  # an ambiguous given name: Bapak/Ibu
    "dian", "id", "Dian Pratama <dian@kopikita.id>", "Dian Pratama", "Kopi Kita", "Barista Supervisor",
    datetime(2026, 12, 4, 13, 30, tzinfo=ZoneInfo("Asia/Jakarta")), "Asia/Jakarta", "WIB",
    "Panggilan Psikotes dan Interview - Barista Supervisor",
    "Halo Sam,\n\nKami mengundang Anda untuk psikotes dan interview posisi Barista Supervisor di Kopi Kita pada "
    "Jumat, 4 Desember 2026 pukul 13.30 WIB.\n\nSalam,\nDian Pratama\n")


def noreply(base: Recruiter) -> Recruiter:
    """The same invitation sent by an applicant-tracking system; the reader read its display name as a name."""
    return dataclasses.replace(base, key=f"{base.key}-noreply", sender="Brightpath Careers <no-reply@ashbyhq.com>",
                               name="Brightpath", body=base.body.rsplit("\n\n", 1)[0] + "\n")


def missing(base: Recruiter, *fields: str) -> Recruiter:
    return dataclasses.replace(base, key=f"{base.key}-no-{'-'.join(fields)}", **{f: None for f in fields})


@dataclass(frozen=True)
class Case:
    name: str  # the golden file's name without .eml
    recruiter: Recruiter
    intent: str
    options: ComposeOptions = field(default_factory=ComposeOptions)
    booked: bool = False
    accepted: bool = False
    short_notice: bool = False
    calendar: bool = False

    @property
    def lang(self) -> str:
        return self.recruiter.lang


def thread_of(case: Case) -> Thread:
    r = case.recruiter
    ics = None
    if case.calendar:
        org = r.sender.split("<")[1].rstrip(">")
        ics = CALENDAR.format(start=r.start.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ"), org=org,
                              org_name=r.name or "Recruiting", uid=case.name)
    raw = make_mail(sender=r.sender, to=f"{OWNER_NAME} <{OWNER}>", subject=r.subject, body=r.body, ics=ics,
                    date=datetime(2026, 11, 23, 10, 0, tzinfo=timezone(timedelta(hours=7))),
                    message_id=f"<{case.name}@golden.example>", references=[f"<root-{case.name}@golden.example>"])
    return Thread(case.name, [parse_bytes(raw)], f"{case.name}.eml")


def analysis_of(case: Case, thread: Thread) -> Analysis:
    r = case.recruiter
    start = SHORT_NOTICE_START if case.short_notice else r.start
    zone = "Asia/Jakarta" if case.short_notice else r.zone
    label = "WIB" if case.short_notice else r.zone_label
    target = thread.messages[-1]
    return Analysis(is_invite=True, language=r.lang, interview=InterviewTime(start, zone, "text", zone_label=label),
                    accepted=case.accepted, reply_to=target.sender, owner=OWNER, owner_name=OWNER_NAME,
                    company=r.company, role=r.role, recruiter_name=r.name, recruiter_title=r.title,
                    booked=case.booked, invited_at=target.date, evidence=["text"], reply_target=target)


CUSTOM = {"en": "I'm relocating to Singapore next month.", "id": "Saya akan pindah ke Surabaya bulan depan."}
CUSTOM_DECIDED = {"en": "I have decided to focus on finishing my master's degree.",
                  "id": "Saya memutuskan untuk fokus menyelesaikan kuliah S2."}


def _cases() -> list[Case]:
    out: list[Case] = []
    for lang, base in (("en", EN_US), ("id", ID_RATNA)):
        other = "id" if lang == "en" else "en"
        for intent in ("decline", "cancel"):
            for formality in ("formal", "casual"):
                pre = f"{intent}_{lang}_{formality}"
                opts = partial(ComposeOptions, formality=formality)
                acc = intent == "cancel"
                # (called only within this iteration, so the loop variables it reads are the current ones)
                add = lambda name, rec=base, **kw: out.append(Case(f"{pre}_{name}", rec, intent, accepted=acc, **kw))  # noqa: E731, B023
                add("plain", options=opts())
                add("reason-other-offer_other-roles_referral", options=opts(reason="other-offer",
                                                                         other_roles="data engineering", referral=True))
                add("reason-personal", options=opts(reason="personal"))
                add("reason-own-words", options=opts(reason=CUSTOM[lang]))
                add("reason-own-words-decided", options=opts(reason=CUSTOM_DECIDED[lang]))
                add("reason-in-the-other-language", options=opts(reason=CUSTOM[other]))
                add("short-notice", options=opts())
                out[-1] = dataclasses.replace(out[-1], short_notice=True)
                add("no-company-role-name", rec=missing(base, "company", "role", "name"), options=opts())
                add("no-reply-sender", rec=noreply(base), options=opts())
                add("calendar-request", options=opts(), calendar=True)
                if formality == "formal":
                    add("reason-direction", options=opts(reason="direction"))
                    add("reason-stay_referral", options=opts(reason="stay", referral=True))
                    add("other-roles", options=opts(other_roles="analitik data" if lang == "id" else "data engineering"))
                    add("no-company", rec=missing(base, "company"), options=opts())
                    add("no-role", rec=missing(base, "role"), options=opts())
                    add("no-name", rec=missing(base, "name"), options=opts())
                if intent == "decline":
                    add("booked-slot", options=opts(), booked=True)
                    add("booked-slot_reason-stay", options=opts(reason="stay"), booked=True)
                if lang == "en":
                    add("uk-recipient", rec=EN_UK, options=opts(reason="other-offer"))
                else:
                    add("title-from-thread", rec=ID_JOKO, options=opts())
                    add("ambiguous-name", rec=ID_DIAN, options=opts())
    return out


CASES = _cases()

# every combination, rendered and linted (not stored): recipients x intents x formality x reasons x options
RECIPIENTS = [EN_US, EN_UK, ID_RATNA, ID_JOKO, ID_DIAN, noreply(EN_US), noreply(ID_RATNA),
              missing(EN_US, "company", "role", "name"), missing(ID_RATNA, "company", "role", "name"),
              missing(EN_US, "company"), missing(ID_RATNA, "role")]
REASON_CHOICES = [None, "other-offer", "direction", "personal", "stay", CUSTOM["en"], CUSTOM["id"],
                  CUSTOM_DECIDED["en"], CUSTOM_DECIDED["id"], "because my partner got a job abroad", "relokasi"]


def all_combinations():
    for rec, intent, formality, reason, other_roles, referral, short, booked in itertools.product(
            RECIPIENTS, ("decline", "cancel"), ("formal", "casual"), REASON_CHOICES, (None, "data engineering"),
            (False, True), (False, True), (False, True)):
        if booked and intent == "cancel":
            continue
        yield Case(f"combo-{rec.key}", rec, intent, ComposeOptions(formality=formality, reason=reason,
                                                                   other_roles=other_roles, referral=referral),
                   booked=booked, accepted=intent == "cancel", short_notice=short)
