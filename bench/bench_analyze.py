#!/usr/bin/env python3
"""Benchmark: `regrets analyze --json` on a big Takeout-style mbox, against a bare mailbox+email parse.

    python bench/bench_analyze.py                   # 10,000 messages; memory at 2,500 / 5,000 / 10,000
    python bench/bench_analyze.py --messages 4000   # smaller run (memory at 1,000 / 2,000 / 4,000)
    python bench/bench_analyze.py --profile         # also print where regrets spends its time (cProfile)
    python bench/bench_analyze.py --takeout         # also the real-Takeout case: 50,000 messages, ~7.5 GB (issue 10)
    python bench/bench_analyze.py --takeout 10000 --skip-mixed   # only the Takeout case, smaller (~1.5 GB)
    python bench/bench_analyze.py --takeout --skip-mixed --jobs 1  # ... with one process only

The Takeout case (`--takeout [N]`, default 50,000 messages; ~150 KB a message, so check the free space of --dir
or the temporary folder, which the benchmark does before building): a Google Takeout of a job seeker's year where
~10 % of the messages carry a 50 KB-2 MB attachment, ~15 % are large HTML newsletters, ~1.2 messages share a
thread, and job words appear in ordinary conversations. It is compared, in the same run, with
(f) the floor - the least any Python tool must do with the file: mmap it, find every message with bytes.find on
    the From_ separators, and parse each header block with email.parser.BytesHeaderParser; and
(c) `cat FILE > /dev/null` (best of 2), the speed of reading it at all.
regrets runs in a fresh child process as `regrets analyze --json` runs (time without imports), with the worker
processes `--jobs` gives it (default: as the CLI, this machine's cores, at most 4) and again with --jobs 1; each
run reports its CPU seconds and peak RSS summed over the process and its workers (sampled from /proc). The goal is
<= 5x the floor (moonshot 2x) and peak RSS <= 200 MB. The file is built in a temporary folder and removed afterwards.

What is built (deterministic, seed 2026): a Google-Takeout-style mbox (From_ lines, X-GM-THRID, X-Gmail-Labels)
of a job seeker's year of mail. About 3 % of the messages are interview invitations in English and Indonesian,
some in multi-message threads (invite, the owner's reply, a confirmation or reschedule), a third with .ics
parts (text/calendar + invite.ics, as Google Calendar sends them). The rest is job-related noise that shares
the vocabulary (application receipts, rejections after interviews, job-alert digests, webinars about
interviews, recruiter cold messages, offers) and ordinary mail: conversations, HTML newsletters with style
blocks and tables, notifications, receipts, mailing-list digests, non-interview calendar invitations, and
some PDF/image attachments. Message sizes follow real mail: a few KB for personal mail, 20-80 KB for HTML
newsletters, 50-400 KB with an attachment.

What is measured:
(a) baseline - the least any tool must do to look at every message of the file: `mailbox.mbox` builds its
    table of contents, then every message is parsed with `email.message_from_bytes` (the email package's
    default compat32 policy, the fastest one) and every leaf part's body is decoded with
    `get_payload(decode=True)`; From/Subject/Date/Message-ID are read. Nothing is understood.
(b) regrets - exactly what `regrets analyze --json` does, in-process: `read_paths(..., relevant=might_be_invite)`
    -> `analyse_all` -> `record()`/`error_record()` -> `json.dumps` per thread (output discarded). The console
    script is also run once in a subprocess on the biggest file, to include start-up and printing.
The ratio is (b)/(a), best of --repeat runs each. Peak memory is measured in fresh subprocesses per mailbox
size: peak RSS (VmHWM, whole process incl. the interpreter and imports; ru_maxrss where there is no /proc)
and tracemalloc's peak of Python allocations during the run (imports excluded), so growth with the
mailbox size is visible.
"""
from __future__ import annotations

import argparse
import base64
import cProfile
import io
import json
import pstats
import random
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchutil import TreeRss, peak_rss_mb  # noqa: E402

from regrets.display import EN_DAYS, EN_MONTHS, ID_DAYS, ID_MONTHS  # noqa: E402

OWNER = "sam.lee@gmail.com"
OWNER_NAME = "Sam Lee"
NOW = "2026-11-26T09:00:00+07:00"

# --------------------------------------------------------------------------------------------- mailbox builder

WORDS = ("the a of to and in for on with at by from about as into like through after over between out against "
         "during without before under around among team project update week plan meeting report review design "
         "customer product market data system service platform launch budget quarter goal result feedback "
         "schedule release version issue support community garden recipe travel photo family weekend dinner "
         "concert ticket order delivery payment account invoice receipt subscription offer discount sale store "
         "article story news research study method analysis growth strategy insight trend future change "
         "share learn build ship fix improve test deploy monitor measure discuss decide agree note remind").split()
ID_WORDS = ("dan yang di ke dari untuk dengan pada ini itu akan sudah kami anda saya tim proyek laporan rapat "
            "jadwal minggu depan hari kerja kantor data sistem layanan produk pelanggan hasil rencana program "
            "kegiatan informasi terima kasih mohon silakan segera bulan tahun acara keluarga makan malam").split()
FIRST = ["Keisha", "Marisol", "Aditi", "Ellis", "Zoe", "Leo", "Priya", "Tomas", "Hannah", "Omar", "Mei", "Lukas",
         "Rina", "Dimas", "Sari", "Budi", "Putri", "Agus", "Wulan", "Yohana", "Fajar", "Intan"]
LAST = ["Grant", "Vega", "Rao", "Turner", "Laurent", "Meyer", "Nakamura", "Okafor", "Silva", "Kusuma", "Saputra",
        "Wijaya", "Pratama", "Hartono", "Lestari", "Nugroho", "Santoso"]
COMPANIES = [("Orbital Freight", "orbitalfreight.com"), ("Tinker Trail", "tinkertrail.com"), ("Cendana Pay", "cendanapay.com"),
             ("Harbor Pine", "harborpine.com"), ("Atelier Noma", "ateliernoma.fr"), ("Quokka Health", "quokkahealth.com"),
             ("Velaro", "velaro.io"), ("Nimbus Labs", "nimbuslabs.dev")]
ID_COMPANIES = [("PT Maju Jaya", "majujaya.co.id"), ("PT Sinar Nusantara", "sinarnusantara.co.id"),
                ("PT Kopi Kenangan Digital", "kkdigital.id"), ("PT Bumi Data", "bumidata.co.id")]
ROLES = ["Backend Engineer", "Data Analyst", "Product Designer", "Mobile Engineer", "Site Reliability Engineer",
         "Product Manager", "QA Engineer", "Data Scientist"]
EN_ZONES = [("PST", "America/Los_Angeles", -8), ("EST", "America/New_York", -5), ("CET", "Europe/Berlin", 1),
            ("SGT", "Asia/Singapore", 8), ("GMT", "Europe/London", 0)]
ID_ZONES = [("WIB", "Asia/Jakarta", 7), ("WITA", "Asia/Makassar", 8), ("WIT", "Asia/Jayapura", 9)]


class Builder:
    """Writes messages one by one into an mbox file (never holds the mailbox in memory)."""

    def __init__(self, path: Path, total: int, seed: int = 2026, profile: str = "mixed") -> None:
        self.rng = random.Random(seed)
        self.profile = profile
        # takeout: attachment bytes are slices of one random pool (generating 7 GB of fresh randomness would take
        # longer than reading it; the bytes are still incompressible base64, read the same way)
        self.pool = self.rng.randbytes(16 << 20) if profile == "takeout" else b""
        self.fh = path.open("wb")
        self.total = total
        self.count = 0
        self.thread_seq = 1786000000000000000
        self.mid_seq = 0
        self.start = datetime(2025, 11, 26, tzinfo=timezone.utc)
        self.invites = 0

    # -- small helpers
    def words(self, n: int, vocab=WORDS) -> str:
        r = self.rng
        out: list[str] = []
        for i in range(n):
            w = r.choice(vocab)
            out.append(w.capitalize() if i == 0 or out[-1].endswith(".") else w)
            if r.random() < 0.08:
                out[-1] += "."
        return " ".join(out) + "."

    def paragraphs(self, k: int, size=(25, 80), vocab=WORDS) -> str:
        return "\n\n".join(self.words(self.rng.randint(*size), vocab) for _ in range(k))

    def person(self, domain: str | None = None) -> tuple[str, str]:
        first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
        return f"{first} {last}", f"{first.lower()}.{last.lower()}@{domain or self.rng.choice(['gmail.com', 'yahoo.com', 'outlook.com'])}"

    def when(self) -> datetime:
        # mail over the past year, a little denser towards now
        frac = self.count / max(1, self.total)
        return self.start + timedelta(days=365 * frac, minutes=self.rng.randint(0, 600))

    def mid(self, domain: str) -> str:
        self.mid_seq += 1
        return f"<{self.mid_seq:08d}.{self.rng.getrandbits(48):012x}@{domain}>"

    def thrid(self) -> str:
        self.thread_seq += self.rng.randint(1, 10 ** 6)
        return str(self.thread_seq)

    # -- MIME
    def message(self, *, frm: str, to: str, subject: str, date: datetime, mid: str, thrid: str, labels: str,
                text: str | None, html: str | None = None, in_reply_to: str | None = None, refs: list[str] | None = None,
                ics: str | None = None, attachment: tuple[str, str, int] | None = None, reply_to: str | None = None,
                charset: str = "UTF-8") -> None:
        b = f"{self.rng.getrandbits(64):016x}"
        h = [f"X-GM-THRID: {thrid}", f"X-Gmail-Labels: {labels}", f"Delivered-To: {OWNER}",
             f"Received: by 2002:a05:7022:3ae0:b0:1491:b8f6:{self.rng.randint(100, 999)} with SMTP id d15csp{self.rng.randint(10**5, 10**6)};",
             f"        {format_datetime(date)}",
             f"From: {frm}", f"To: {to}", f"Subject: {subject}", f"Date: {format_datetime(date)}", f"Message-ID: {mid}"]
        if reply_to:
            h.append(f"Reply-To: {reply_to}")
        if in_reply_to:
            h.append(f"In-Reply-To: {in_reply_to}")
        if refs:
            h.append("References: " + " ".join(refs))
        h.append("MIME-Version: 1.0")
        parts: list[tuple[str, str]] = []
        if text is not None:
            parts.append((f'text/plain; charset="{charset}"', text))
        if html is not None:
            parts.append((f'text/html; charset="{charset}"', html))
        if ics is not None:
            parts.append(('text/calendar; charset="UTF-8"; method=REQUEST', ics))
        body: str
        if len(parts) == 1 and not attachment and ics is None:
            ctype, content = parts[0]
            body = f"Content-Type: {ctype}\nContent-Transfer-Encoding: quoted-printable\n\n" + _qp(content)
            h.append(body)
        else:
            alt = "\n".join(f"--{b}a\nContent-Type: {c}\nContent-Transfer-Encoding: quoted-printable\n\n{_qp(v)}" for c, v in parts)
            alt = f"Content-Type: multipart/alternative; boundary=\"{b}a\"\n\n{alt}\n--{b}a--\n"
            mixed = [alt]
            if ics is not None:
                mixed.append(f'Content-Type: application/ics; name="invite.ics"\nContent-Disposition: attachment; filename="invite.ics"\n'
                             f"Content-Transfer-Encoding: base64\n\n{base64.encodebytes(ics.encode()).decode()}")
            if attachment:
                name, ctype, size = attachment
                data = base64.encodebytes(self.payload(size)).decode()
                mixed.append(f'Content-Type: {ctype}; name="{name}"\nContent-Disposition: attachment; filename="{name}"\n'
                             f"Content-Transfer-Encoding: base64\n\n{data}")
            h.append(f"Content-Type: multipart/mixed; boundary=\"{b}m\"\n\n" +
                     "".join(f"--{b}m\n{p}\n" for p in mixed) + f"--{b}m--\n")
        raw = "\n".join(h)
        lines = [(">" + ln) if ln.lstrip(">").startswith("From ") else ln for ln in raw.split("\n")]
        envelope = f"From {self.rng.getrandbits(60)}@xxx {date.strftime('%a %b %d %H:%M:%S +0000 %Y')}\n"
        self.fh.write((envelope + "\n".join(lines) + "\n\n").encode("utf-8"))
        self.count += 1

    def close(self) -> None:
        self.fh.close()

    def payload(self, size: int) -> bytes:
        if not self.pool:
            return self.rng.randbytes(size)
        start = self.rng.randrange(len(self.pool) - min(size, len(self.pool) - 1))
        chunk = self.pool[start: start + size]
        return chunk * (size // len(chunk)) + chunk[: size % len(chunk)] if len(chunk) < size else chunk

    # -- kinds of mail
    def build(self) -> None:
        r = self.rng
        kinds = [(self.invite_thread, 2.2), (self.receipt, 4), (self.rejection, 2.5), (self.job_alert, 6),
                 (self.webinar, 1), (self.recruiter_cold, 1.5), (self.offer, 0.2), (self.conversation, 20),
                 (self.newsletter, 25), (self.notification, 22), (self.digest, 5), (self.meeting_invite, 3),
                 (self.with_attachment, 5)]
        if self.profile == "takeout":
            # issue 10: by messages, ~10 % with a 50 KB-2 MB attachment, ~15 % large HTML newsletters, ~1.4
            # messages per thread, and job words in ordinary conversations (a job seeker's inbox)
            kinds = [(self.invite_thread, 1.5), (self.receipt, 4), (self.rejection, 2.5), (self.job_alert, 5),
                     (self.webinar, 1), (self.recruiter_cold, 1.5), (self.offer, 0.2), (self.conversation, 10),
                     (self.newsletter, 15), (self.notification, 20), (self.digest, 4), (self.meeting_invite, 3),
                     (self.with_attachment, 10)]
        funcs, weights = zip(*kinds, strict=True)
        while self.count < self.total:
            r.choices(funcs, weights)[0]()

    def _left(self) -> int:
        return self.total - self.count

    def invite_thread(self) -> None:
        r = self.rng
        lang = "id" if r.random() < 0.4 else "en"
        company, domain = r.choice(ID_COMPANIES if lang == "id" else COMPANIES)
        name, addr = self.person(domain)
        role = r.choice(ROLES)
        date = self.when()
        start_day = datetime(2026, 11, 27) + timedelta(days=r.randint(0, 60))
        hour, minute = r.choice([(9, 0), (10, 30), (13, 0), (14, 0), (15, 30), (16, 0)])
        abbr, zone, off = r.choice(ID_ZONES if lang == "id" else EN_ZONES)
        with_ics = r.random() < 0.35
        thrid, mid = self.thrid(), self.mid(domain)
        frm = f"{name} <{addr}>"
        if lang == "id":
            when = f"{ID_DAYS[start_day.weekday()]}, {start_day.day} {ID_MONTHS[start_day.month - 1]} {start_day.year}"
            subject = r.choice([f"Undangan Wawancara {role} - {company}", f"Undangan Interview User - {company}",
                                f"Panggilan Psikotes dan Interview {company}"])
            text = (f"Yth. Sdr. {OWNER_NAME},\n\nTerima kasih atas lamaran Anda untuk posisi {role} di {company}. "
                    f"Kami mengundang Anda untuk mengikuti wawancara yang akan dilaksanakan pada:\n\n"
                    f"Hari/Tanggal : {when}\nWaktu : {hour:02d}.{minute:02d} {abbr} - selesai\nTempat : Google Meet "
                    f"(https://meet.google.com/abc-defg-{r.randint(100, 999)})\n\nMohon konfirmasi kehadiran Anda dengan "
                    f"membalas email ini paling lambat 2 x 24 jam.\n\n{self.paragraphs(1, vocab=ID_WORDS)}\n\nHormat kami,\n{name}\nHR {company}\n")
        else:
            h12 = hour % 12 or 12
            when = f"{EN_DAYS[start_day.weekday()]}, {EN_MONTHS[start_day.month - 1]} {start_day.day}, {start_day.year} at {h12}:{minute:02d} {'AM' if hour < 12 else 'PM'} {abbr}"
            subject = r.choice([f"Interview invitation: {role}", f"{company} - next steps for the {role} role",
                                f"Technical interview with {company}"])
            text = (f"Hi Sam,\n\nThank you for applying for the {role} role at {company}. We would like to invite you to "
                    f"a technical interview on {when}. It will take about 60 minutes on Zoom: "
                    f"https://{domain.split('.')[0]}.zoom.us/j/{r.randint(10**10, 10**11)}\n\n{self.paragraphs(1)}\n\n"
                    f"Please let me know if this time works for you.\n\nBest regards,\n{name}\nTalent Acquisition, {company}\n")
        html = "<div dir=\"ltr\">" + "".join(f"<div>{ln or '<br>'}</div>" for ln in text.split("\n")) + "</div>"
        ics = None
        if with_ics:
            ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
                   f"BEGIN:VEVENT\r\nDTSTART;TZID={zone}:{start_day:%Y%m%d}T{hour:02d}{minute:02d}00\r\n"
                   f"DTEND;TZID={zone}:{start_day:%Y%m%d}T{(hour + 1) % 24:02d}{minute:02d}00\r\nDTSTAMP:20261101T000000Z\r\n"
                   f"ORGANIZER;CN={name}:mailto:{addr}\r\nUID:{mid[1:-1]}\r\n"
                   f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={OWNER}:mailto:{OWNER}\r\n"
                   f"SEQUENCE:0\r\nSTATUS:CONFIRMED\r\nSUMMARY:{subject}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        self.message(frm=frm, to=f"{OWNER_NAME} <{OWNER}>", subject=subject, date=date, mid=mid, thrid=thrid,
                     labels="Inbox,Important,Category Updates", text=text, html=html, ics=ics)
        self.invites += 1
        if r.random() < 0.5 and self._left() > 2:  # the owner answers, the recruiter confirms
            reply = self.mid("mail.gmail.com")
            d2 = date + timedelta(hours=r.randint(1, 20))
            body = ("Baik, saya bersedia hadir. Terima kasih.\n\nSam\n" if lang == "id" else
                    "Hi, thank you - I confirm, that time works for me.\n\nSam\n")
            self.message(frm=f"{OWNER_NAME} <{OWNER}>", to=frm, subject="Re: " + subject, date=d2, mid=reply, thrid=thrid,
                         labels="Sent", text=body + "\n" + "\n".join("> " + ln for ln in text.split("\n")),
                         in_reply_to=mid, refs=[mid])
            d3 = d2 + timedelta(hours=r.randint(1, 30))
            conf = ("Terima kasih, sampai jumpa.\n" if lang == "id" else "Great, see you then! The Zoom link is above.\n")
            self.message(frm=frm, to=f"{OWNER_NAME} <{OWNER}>", subject="Re: " + subject, date=d3,
                         mid=self.mid(domain), thrid=thrid, labels="Inbox", text=conf + f"\n{name}\n",
                         in_reply_to=reply, refs=[mid, reply])

    def receipt(self) -> None:
        company, domain = self.rng.choice(COMPANIES + ID_COMPANIES)
        role = self.rng.choice(ROLES)
        text = (f"Dear Sam,\n\nThank you for your application for the {role} position at {company}. Our team will "
                f"review your profile. If your experience matches our needs, we will contact you to schedule an "
                f"interview.\n\n{self.paragraphs(2)}\n\nKind regards,\n{company} Talent Team\n")
        self.message(frm=f"{company} Careers <no-reply@{domain}>", to=OWNER, subject=f"We received your application - {company}",
                     date=self.when(), mid=self.mid(domain), thrid=self.thrid(), labels="Inbox,Category Updates",
                     text=text, html=_html_page(self, text, 2))

    def rejection(self) -> None:
        company, domain = self.rng.choice(COMPANIES)
        text = (f"Hi Sam,\n\nThank you for taking the time to interview with {company}. After careful consideration "
                f"we have decided to move forward with other candidates whose experience more closely matches the "
                f"role.\n\n{self.paragraphs(1)}\n\nWe wish you the best in your search.\n\n{company} Recruiting\n")
        self.message(frm=f"{company} Recruiting <jobs@{domain}>", to=OWNER, subject=f"Your application at {company}",
                     date=self.when(), mid=self.mid(domain), thrid=self.thrid(), labels="Inbox", text=text)

    def job_alert(self) -> None:
        r = self.rng
        rows = "".join(
            f"<tr><td style=\"padding:12px;border-bottom:1px solid #eee\"><a href=\"https://jobs.example.com/view/{r.randint(10**8, 10**9)}?utm_source=alert\" "
            f"style=\"color:#0a66c2;font-weight:600\">{r.choice(ROLES)}</a><br><span style=\"color:#666\">{r.choice(COMPANIES)[0]} - "
            f"{r.choice(['Jakarta', 'Remote', 'Singapore', 'Berlin', 'Austin'])}</span><br>{self.words(30)}</td></tr>"
            for _ in range(r.randint(10, 25)))
        html = (f"<html><head><style>{_CSS * 3}</style></head><body><table width=\"600\" cellpadding=\"0\">{rows}</table>"
                f"<p>Tip of the week: prepare for your next interview with our guide.</p></body></html>")
        self.message(frm="Job Alerts <alerts@jobs.example.com>", to=OWNER, subject=f"{r.randint(5, 40)} new jobs for {r.choice(ROLES)}",
                     date=self.when(), mid=self.mid("jobs.example.com"), thrid=self.thrid(), labels="Inbox,Category Updates",
                     text=None, html=html)

    def webinar(self) -> None:
        text = (f"Hello,\n\nJoin our free webinar: How to ace your technical interview - live on Thursday at 7pm.\n\n"
                f"{self.paragraphs(3)}\n\nRegister now.\n")
        self.message(frm="Career Academy <events@careeracademy.example>", to=OWNER, subject="Webinar: ace your next interview",
                     date=self.when(), mid=self.mid("careeracademy.example"), thrid=self.thrid(), labels="Inbox,Category Promotions",
                     text=text, html=_html_page(self, text, 4))

    def recruiter_cold(self) -> None:
        name, addr = self.person("talentfirm.example")
        text = (f"Hi Sam,\n\nI came across your profile and I'm hiring for a {self.rng.choice(ROLES)} position with a client. "
                f"Would you be open to a quick chat next week?\n\n{self.paragraphs(1)}\n\nBest,\n{name}\n")
        self.message(frm=f"{name} <{addr}>", to=OWNER, subject="Opportunity you might like", date=self.when(),
                     mid=self.mid("talentfirm.example"), thrid=self.thrid(), labels="Inbox", text=text)

    def offer(self) -> None:
        company, domain = self.rng.choice(COMPANIES)
        text = (f"Dear Sam,\n\nWe are delighted to offer you the position. Please find the offer letter attached.\n\n"
                f"{self.paragraphs(2)}\n\nWarm regards,\n{company} People Team\n")
        self.message(frm=f"{company} People <people@{domain}>", to=OWNER, subject=f"Offer letter - {company}",
                     date=self.when(), mid=self.mid(domain), thrid=self.thrid(), labels="Inbox,Important", text=text,
                     attachment=("Offer_Letter.pdf", "application/pdf", self.rng.randint(40_000, 120_000)))

    def conversation(self) -> None:
        r = self.rng
        lang_words = ID_WORDS if r.random() < 0.3 else WORDS
        name, addr = self.person()
        thrid, date = self.thrid(), self.when()
        subject = self.words(r.randint(3, 7), lang_words).rstrip(".")
        refs: list[str] = []
        history = ""
        for i in range(min(self._left(), r.randint(1, 5))):
            mine = i % 2 == 1
            frm = f"{OWNER_NAME} <{OWNER}>" if mine else f"{name} <{addr}>"
            to = f"{name} <{addr}>" if mine else f"{OWNER_NAME} <{OWNER}>"
            mid = self.mid("mail.gmail.com")
            text = self.paragraphs(r.randint(1, 4), vocab=lang_words) + f"\n\n{'Sam' if mine else name.split()[0]}\n"
            if self.profile == "takeout" and r.random() < 0.15:  # job talk among friends: passes the prefilter
                text = r.choice(JOB_TALK) + " " + text
            if history:
                text += "\n" + "\n".join("> " + ln for ln in history.split("\n"))
            html = "<div dir=\"ltr\">" + "".join(f"<div>{ln or '<br>'}</div>" for ln in text.split("\n")) + "</div>"
            self.message(frm=frm, to=to, subject=("Re: " if i else "") + subject, date=date, mid=mid, thrid=thrid,
                         labels="Sent" if mine else "Inbox,Opened", text=text, html=html,
                         in_reply_to=refs[-1] if refs else None, refs=list(refs) or None)
            refs.append(mid)
            history = text[:4000]
            date += timedelta(hours=r.randint(1, 48))

    def newsletter(self) -> None:
        r = self.rng
        brand = r.choice(["Morning Brew", "The Verge", "Tokopedia", "Medium Daily Digest", "Substack", "Zalora", "Traveloka"])
        sections = "".join(
            f"<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"margin:0 0 24px\"><tr><td class=\"h\">"
            f"<h2 style=\"font:700 20px/26px Arial\">{self.words(8).rstrip('.')}</h2></td></tr><tr><td class=\"body\">"
            f"<img src=\"https://img.example.com/{r.getrandbits(40):x}.jpg\" width=\"560\" alt=\"\"><p>{self.words(r.randint(60, 160))}</p>"
            f"<a class=\"btn\" href=\"https://click.example.com/{r.getrandbits(80):x}\">Read more</a></td></tr></table>"
            for _ in range(r.randint(12, 40) if self.profile == "takeout" else r.randint(4, 12)))
        html = (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{brand}</title><style>{_CSS * r.randint(3, 8)}</style></head>"
                f"<body><center><table width=\"600\">{sections}</table><p class=\"foot\">Unsubscribe | View in browser</p></center></body></html>")
        text = self.paragraphs(r.randint(4, 10)) if r.random() < 0.6 else None
        self.message(frm=f"{brand} <newsletter@{brand.lower().replace(' ', '')}.example>", to=OWNER,
                     subject=self.words(r.randint(4, 9)).rstrip("."), date=self.when(), mid=self.mid("news.example"),
                     thrid=self.thrid(), labels="Inbox,Category Promotions", text=text, html=html)

    def notification(self) -> None:
        r = self.rng
        svc = r.choice([("GitHub", "notifications@github.com"), ("BCA", "noreply@bca.co.id"), ("Gojek", "no-reply@gojek.com"),
                        ("Google", "no-reply@accounts.google.com"), ("Shopee", "info@shopee.co.id"), ("Slack", "feedback@slack.com")])
        text = f"{self.paragraphs(r.randint(1, 3))}\n\nOrder #{r.randint(10**7, 10**8)} - Rp {r.randint(10, 900)}.000\n"
        self.message(frm=f"{svc[0]} <{svc[1]}>", to=OWNER, subject=self.words(r.randint(3, 8)).rstrip("."), date=self.when(),
                     mid=self.mid(svc[1].split("@")[1]), thrid=self.thrid(), labels="Inbox,Category Updates", text=text,
                     html=_html_page(self, text, 1) if r.random() < 0.7 else None)

    def digest(self) -> None:
        text = "\n\n".join(f"Message {i}\nFrom: {self.person()[1]}\n\n{self.paragraphs(2)}" for i in range(self.rng.randint(5, 15)))
        self.message(frm="python-list <python-list@python.org>", to=OWNER, subject="python-list Digest, Vol 250, Issue 3",
                     date=self.when(), mid=self.mid("python.org"), thrid=self.thrid(), labels="Inbox,Forums", text=text)

    def meeting_invite(self) -> None:
        r = self.rng
        name, addr = self.person("gmail.com")
        day = datetime(2026, 11, 20) + timedelta(days=r.randint(0, 40))
        summary = r.choice(["Team sync", "Dentist appointment", "Book club", "Sprint planning", "Coffee with Ana"])
        ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
               f"DTSTART;TZID=Asia/Jakarta:{day:%Y%m%d}T100000\r\nDTEND;TZID=Asia/Jakarta:{day:%Y%m%d}T110000\r\n"
               f"UID:{r.getrandbits(64):x}@google.com\r\nORGANIZER:mailto:{addr}\r\nSUMMARY:{summary}\r\nSEQUENCE:0\r\n"
               "END:VEVENT\r\nEND:VCALENDAR\r\n")
        self.message(frm=f"{name} <{addr}>", to=OWNER, subject=f"Invitation: {summary} @ {day:%a %b %d, %Y} 10am",
                     date=self.when(), mid=self.mid("google.com"), thrid=self.thrid(), labels="Inbox",
                     text=f"You have been invited to the following event.\n\n{summary}\n{self.words(20)}\n", ics=ics)

    def with_attachment(self) -> None:
        r = self.rng
        name, addr = self.person()
        kind = r.choice([("photos.jpg", "image/jpeg"), ("statement.pdf", "application/pdf"), ("slides.pdf", "application/pdf")])
        self.message(frm=f"{name} <{addr}>", to=OWNER, subject=self.words(r.randint(2, 5)).rstrip("."), date=self.when(),
                     mid=self.mid("mail.gmail.com"), thrid=self.thrid(), labels="Inbox",
                     text=self.paragraphs(1) + f"\n\n{name}\n",
                     attachment=(kind[0], kind[1], r.randint(50_000, 2_000_000) if self.profile == "takeout" else r.randint(30_000, 300_000)))


JOB_TALK = ["My interview at the bank went well, I think.", "Can we schedule a call next week about the project?",
            "The hiring manager liked my portfolio!", "I have a phone screen on Monday, wish me luck.",
            "Saya ada interview kerja besok jam 10.", "Our team is hiring a data analyst, know anyone?",
            "Let's have a quick chat about the role you mentioned.", "Ada panggilan kerja dari PT Maju, doakan ya."]


_CSS = ("body{margin:0;padding:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif}"
        "table{border-collapse:collapse}img{border:0;display:block}.btn{background:#0a66c2;color:#fff;padding:10px 18px;"
        "border-radius:4px;text-decoration:none}.foot{color:#999;font-size:11px}@media only screen and (max-width:600px)"
        "{table[class=body]{width:100%!important}.h{font-size:18px!important}}\n")


def _html_page(b: Builder, text: str, extra: int) -> str:
    paras = "".join(f"<p style=\"margin:0 0 12px\">{p}</p>" for p in text.split("\n\n"))
    more = "".join(f"<p>{b.words(40)}</p>" for _ in range(extra))
    return f"<html><head><style>{_CSS}</style></head><body><table width=\"600\"><tr><td>{paras}{more}</td></tr></table></body></html>"


def _qp(text: str) -> str:
    import quopri
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def build_mbox(path: Path, n: int, profile: str = "mixed") -> dict:
    b = Builder(path, n, profile=profile)
    b.build()
    b.close()
    return {"messages": b.count, "invites": b.invites, "bytes": path.stat().st_size}


# --------------------------------------------------------------------------------------------- the two workloads

def baseline(path: str) -> int:
    """Bare mailbox + email parse of every message, touching every body. Returns a checksum-ish count."""
    import email
    import mailbox

    box = mailbox.mbox(path, factory=None, create=False)
    total = 0
    for key in box.iterkeys():
        msg = email.message_from_bytes(box.get_bytes(key))
        for name in ("From", "Subject", "Date", "Message-ID"):
            total += len(str(msg.get(name, "")))
        for part in msg.walk():
            if not part.is_multipart():
                total += len(part.get_payload(decode=True) or b"")
    return total


JOBS: int | None = None  # --jobs; None: what `regrets analyze` uses by default (the cores, at most 8)


def regrets_analyze(path: str) -> int:
    """What `regrets analyze --json --me OWNER --now NOW [--jobs JOBS] PATH` does, in-process; output discarded."""
    from regrets.detect import might_be_invite
    from regrets.options import parse_now
    from regrets.parallel import default_jobs
    from regrets.pipeline import Failed, analyse_all
    from regrets.report import error_record, record
    from regrets.sources import plan_paths

    now = parse_now(NOW)
    jobs = JOBS or default_jobs()
    n = 0
    for r in analyse_all(plan_paths([path], relevant=might_be_invite, jobs=jobs), OWNER, now, jobs=jobs):
        rec = (error_record(r.thread.source, r.error) if isinstance(r, Failed)
               else record(r.thread, r.analysis, r.urgency, r.decision))
        n += len(json.dumps(rec, ensure_ascii=False))
    return n


def floor(path: str) -> int:
    """Find every message (mmap + bytes.find on the From_ separators) and parse its header block
    (email.parser.BytesHeaderParser): the least any Python tool must do with a Takeout file."""
    import mmap
    from email.parser import BytesHeaderParser
    from email.policy import compat32

    parser = BytesHeaderParser(policy=compat32)
    total = 0
    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        size = len(mm)
        pos = 0 if mm[:5] == b"From " else (mm.find(b"\nFrom ") + 1 or -1)
        while pos >= 0:
            nxt = mm.find(b"\nFrom ", pos)
            end = size if nxt < 0 else nxt + 1
            line_end = mm.find(b"\n", pos, end)
            head_end = mm.find(b"\n\n", line_end, end) if line_end >= 0 else -1
            msg = parser.parsebytes(mm[line_end + 1: head_end + 1 if head_end >= 0 else end])
            total += 1 if msg.get("Message-ID") is not None else 0
            pos = end if nxt >= 0 else -1
    return total


WORK = {"baseline": baseline, "regrets": regrets_analyze, "floor": floor}


def child(kind: str, path: str, trace: bool) -> None:
    """Run one workload in this (fresh) process and print its figures as JSON."""
    # imported here so that imports are not part of the measured run
    import email  # noqa: F401
    import mailbox  # noqa: F401

    import regrets.analyze  # noqa: F401
    import regrets.commands  # noqa: F401
    import regrets.pipeline  # noqa: F401
    import regrets.report  # noqa: F401
    import regrets.sources  # noqa: F401
    if trace:
        import tracemalloc
        tracemalloc.start()
    with TreeRss() as tree:
        t0 = time.perf_counter()
        WORK[kind](path)
        secs = time.perf_counter() - t0
    out = {"seconds": secs, "maxrss_mb": peak_rss_mb(), "tree_rss_mb": tree.peak_mb, "cpu_s": tree.cpu_s}
    if trace:
        out["traced_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2 ** 20
    print(json.dumps(out))


def run_child(kind: str, path: Path, trace: bool = False, jobs: int | None = None) -> dict:
    """The workload in a fresh process: its seconds, peak RSS (alone, and with its workers) and CPU seconds (this
    process and its workers, during the run)."""
    jobs_args = ["--jobs", str(jobs)] if jobs else (["--jobs", str(JOBS)] if JOBS else [])
    proc = subprocess.run([sys.executable, __file__, "--child", kind, str(path)] + (["--trace"] if trace else []) + jobs_args,
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def takeout_case(folder: Path, n: int, profile: bool = False) -> None:
    """Build the N-message Takeout, time cat, the floor and regrets on it, print the figures, remove the file."""
    import shutil

    need = n * 160_000
    free = shutil.disk_usage(folder).free
    if need > free * 0.9:
        sys.exit(f"--takeout {n} needs about {need / 2 ** 30:.1f} GB in {folder}; only {free / 2 ** 30:.1f} GB free "
                 "(use a smaller N or --dir)")
    path = folder / f"takeout-real-{n}.mbox"
    try:
        t0 = time.perf_counter()
        info = build_mbox(path, n, profile="takeout")
        print(f"built {path.name}: {info['messages']} messages, {info['invites']} invite threads, "
              f"{info['bytes'] / 2 ** 30:.2f} GB in {time.perf_counter() - t0:.0f}s", file=sys.stderr, flush=True)
        cat_s = min(_timed(["cat", str(path)]) for _ in range(2))
        floor_s = best_of(floor, str(path), 2)
        print(f"  cat {cat_s:.1f}s, floor {floor_s:.1f}s; running regrets ...", file=sys.stderr, flush=True)
        from regrets.parallel import default_jobs

        jobs = JOBS or default_jobs()
        reg = run_child("regrets", path, jobs=jobs)
        one = run_child("regrets", path, jobs=1) if jobs > 1 else reg
        gb = info["bytes"] / 2 ** 30
        print()
        print(f"Takeout case: {info['messages']:,} messages, {gb:.2f} GB")
        print(f"  cat FILE > /dev/null                        {cat_s:8.1f} s  ({gb / cat_s:.2f} GB/s)")
        print(f"  floor: mmap + From_ split + header parse    {floor_s:8.1f} s")
        for label, r in ((f"--jobs {jobs}", reg), ("--jobs 1", one))[:1 if one is reg else 2]:
            print(f"  regrets analyze --json {label:<9} (a child) {r['seconds']:8.1f} s  = {r['seconds'] / floor_s:.2f}x the floor, "
                  f"{r['seconds'] / cat_s:.1f}x cat; CPU {r['cpu_s']:.1f} s (all its processes); "
                  f"peak RSS {r['maxrss_mb']:.0f} MB, {r['tree_rss_mb']:.0f} MB with its workers")
        goal = "met" if reg["seconds"] <= 5 * floor_s and reg["tree_rss_mb"] <= 200 else "NOT met"
        print(f"  goal <= 5x the floor and <= 200 MB: {goal} (moonshot 2x: {'met' if reg['seconds'] <= 2 * floor_s else 'not met'})")
        if profile:
            print_profile(str(path), [("tottime", 25)])
    finally:
        path.unlink(missing_ok=True)


def print_profile(path: str, orders: list[tuple[str, int]]) -> None:
    """cProfile of regrets on `path`, in one process (a worker's time would not show), printed in each order."""
    global JOBS
    jobs, JOBS = JOBS, 1
    pr = cProfile.Profile()
    try:
        pr.enable()
        regrets_analyze(path)
        pr.disable()
    finally:
        JOBS = jobs
    for order, lines in orders:
        out = io.StringIO()
        pstats.Stats(pr, stream=out).sort_stats(order).print_stats(lines)
        print(out.getvalue())


def _timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t0


def best_of(fn, path: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(path)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--messages", type=int, default=10_000, help="size of the biggest mailbox (default 10000)")
    ap.add_argument("--repeat", type=int, default=3, help="timing runs per workload; the best is kept (default 3)")
    ap.add_argument("--dir", help="where to build the mailboxes (default: a temporary folder, removed afterwards)")
    ap.add_argument("--profile", action="store_true", help="print a cProfile of regrets on the biggest mailbox")
    ap.add_argument("--takeout", type=int, nargs="?", const=50_000, metavar="N",
                    help="also the real-Takeout case with N messages (default 50000, ~7.5 GB)")
    ap.add_argument("--skip-mixed", action="store_true", help="skip the mixed mailboxes (only --takeout)")
    ap.add_argument("--child", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    ap.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--jobs", type=int, help="worker processes for regrets (default: as `regrets analyze`, the cores)")
    args = ap.parse_args()
    global JOBS
    JOBS = args.jobs
    if args.child:
        child(args.child[0], args.child[1], args.trace)
        return

    sizes = [] if args.skip_mixed else sorted({max(1, args.messages // 4), max(1, args.messages // 2), args.messages})
    tmp = tempfile.TemporaryDirectory(prefix="regrets-bench-") if not args.dir else None
    folder = Path(args.dir or tmp.name)
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    try:
        import regrets.pipeline  # noqa: F401,E401  warm imports before timing in-process
        for n in sizes:
            path = folder / f"takeout-{n}.mbox"
            t0 = time.perf_counter()
            info = build_mbox(path, n)
            built = time.perf_counter() - t0
            print(f"built {path.name}: {info['messages']} messages, {info['invites']} invite threads, "
                  f"{info['bytes'] / 2 ** 20:.1f} MB in {built:.1f}s", file=sys.stderr, flush=True)
            base_s = best_of(baseline, str(path), args.repeat)
            reg_s = best_of(regrets_analyze, str(path), args.repeat)
            base_mem, reg_mem = run_child("baseline", path), run_child("regrets", path)
            base_tr, reg_tr = run_child("baseline", path, trace=True), run_child("regrets", path, trace=True)
            rows.append({"n": info["messages"], "mb": info["bytes"] / 2 ** 20, "invites": info["invites"],
                         "base_s": base_s, "reg_s": reg_s, "ratio": reg_s / base_s,
                         "base_rss": base_mem["maxrss_mb"], "reg_rss": reg_mem["maxrss_mb"],
                         "base_tr": base_tr["traced_peak_mb"], "reg_tr": reg_tr["traced_peak_mb"], "path": path})
            print(f"  {n}: baseline {base_s:.2f}s, regrets {reg_s:.2f}s, ratio {reg_s / base_s:.2f}x", file=sys.stderr, flush=True)

        if args.takeout:
            takeout_case(folder, args.takeout, args.profile)
        if not rows:
            return
        big = rows[-1]["path"]
        t0 = time.perf_counter()
        proc = subprocess.run(["regrets", "analyze", "--json", "--me", OWNER, "--now", NOW, str(big)],
                              capture_output=True, check=False)
        cli_s = time.perf_counter() - t0
        cli_lines = proc.stdout.count(b"\n")
        invites = sum(1 for ln in proc.stdout.splitlines() if b'"is_invite": true' in ln)

        print()
        print(f"{'messages':>9} {'MB':>7} {'baseline s':>11} {'regrets s':>10} {'ratio':>6}  "
              f"{'RSS base MB':>11} {'RSS regrets MB':>14}  {'py-peak base MB':>15} {'py-peak regrets MB':>18}")
        for r in rows:
            print(f"{r['n']:>9} {r['mb']:>7.1f} {r['base_s']:>11.2f} {r['reg_s']:>10.2f} {r['ratio']:>5.2f}x  "
                  f"{r['base_rss']:>11.1f} {r['reg_rss']:>14.1f}  {r['base_tr']:>15.1f} {r['reg_tr']:>18.1f}")
        last = rows[-1]
        print()
        print(f"CLI subprocess (`regrets analyze --json` on {last['n']} messages, incl. start-up and printing): "
              f"{cli_s:.2f}s = {cli_s / last['base_s']:.2f}x the in-process baseline; exit {proc.returncode}; "
              f"{cli_lines} JSON lines, {invites} invites ({last['invites']} invite threads were built)")
        target = "met" if last["ratio"] <= 2 else "NOT met"
        print(f"target ratio <= 2x: {target} ({last['ratio']:.2f}x at {last['n']} messages)")
        if len(rows) > 1:
            first = rows[0]
            grow = (last["reg_tr"] - first["reg_tr"]) / max(1, last["n"] - first["n"]) * 1000
            print(f"regrets Python peak grows {grow:.2f} MB per 1,000 messages "
                  f"({first['reg_tr']:.1f} MB at {first['n']} -> {last['reg_tr']:.1f} MB at {last['n']}); "
                  f"the mailbox grows {(last['mb'] - first['mb']) / max(1, last['n'] - first['n']) * 1000:.1f} MB per 1,000")

        if args.profile:
            print_profile(str(big), [("cumulative", 35), ("tottime", 25)])
    finally:
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    main()
