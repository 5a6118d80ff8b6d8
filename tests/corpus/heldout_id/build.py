"""Build the held-out Indonesian corpus (stdlib only, deterministic).

Every case is rendered from the public e-mail template of a real Indonesian recruiting / HRIS / psikotes /
scheduling application (or a public article / gallery), with the template's wording kept and its placeholders
filled the way that application's code fills them (date formatting included). People, companies, addresses,
links and phone numbers are fictional. `python3 build.py` rewrites every case file, truth.json and SOURCES.md.

Truth is written by hand in the CASES table below (a careful human reading of each thread), never taken from the
product's output.
"""
from __future__ import annotations

import hashlib
import html as htmlmod
import json
import re
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
OWNER = ("Ayu Lestari", "ayu.lestari@gmail.com")
WIB, WITA, WIT, UTC = ZoneInfo("Asia/Jakarta"), ZoneInfo("Asia/Makassar"), ZoneInfo("Asia/Jayapura"), timezone.utc

# --------------------------------------------------------------------------------------------------------------
# Date rendering, mirroring the formatters of the source applications
# --------------------------------------------------------------------------------------------------------------
ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
GMAIL_ID_DAYS = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
GMAIL_ID_MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def dt(ts: str, tz=WIB) -> datetime:
    """'2026-12-01 10:02' in a zone -> aware datetime."""
    return datetime.strptime(ts, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def php_date(fmt: str, d: datetime, lang: str = "en") -> str:
    """PHP date()/Carbon::format() (lang='en') and Carbon::translatedFormat() with locale id (lang='id')."""
    days, months = (ID_DAYS, ID_MONTHS) if lang == "id" else (EN_DAYS, EN_MONTHS)
    out = []
    for ch in fmt:
        out.append({
            "l": days[d.weekday()], "D": days[d.weekday()][:3], "d": f"{d.day:02d}", "j": str(d.day),
            "F": months[d.month - 1], "M": months[d.month - 1][:3], "m": f"{d.month:02d}", "n": str(d.month),
            "Y": str(d.year), "H": f"{d.hour:02d}", "i": f"{d.minute:02d}", "s": f"{d.second:02d}",
        }.get(ch, ch))
    return "".join(out)


def js_id_long(d: datetime, weekday: bool = True) -> str:
    """Node 20 / ICU 78: toLocaleString('id-ID', {weekday:'long', year, month:'long', day, hour:'2-digit',
    minute:'2-digit'}) -> 'Kamis, 14 Januari 2027 pukul 10.00'; dateStyle long + timeStyle short drops the
    weekday ('14 Januari 2027 pukul 10.00'). Checked with node (see SOURCES.md)."""
    head = f"{ID_DAYS[d.weekday()]}, " if weekday else ""
    return f"{head}{d.day} {ID_MONTHS[d.month - 1]} {d.year} pukul {d.hour:02d}.{d.minute:02d}"


def js_en_gb(d: datetime) -> str:
    """toLocaleString('en-GB', {weekday:'long', year, month:'long', day, hour:'2-digit', minute:'2-digit',
    hour12:false, timeZone:'Asia/Jakarta'}) -> 'Tuesday 19 January 2027 at 10:00' (node 20 / ICU 78)."""
    d = d.astimezone(WIB)
    return f"{EN_DAYS[d.weekday()]} {d.day} {EN_MONTHS[d.month - 1]} {d.year} at {d.hour:02d}:{d.minute:02d}"


def gmail_attribution(d: datetime, name: str, email: str) -> str:
    d = d.astimezone(WIB)
    return (f"Pada {GMAIL_ID_DAYS[d.weekday()]}, {d.day} {GMAIL_ID_MONTHS[d.month - 1]} {d.year} pukul "
            f"{d.hour:02d}.{d.minute:02d} {name} <{email}> menulis:")


# --------------------------------------------------------------------------------------------------------------
# HTML -> text (for quoting an HTML-only message in the owner's reply)
# --------------------------------------------------------------------------------------------------------------
class _Text(HTMLParser):
    BLOCK = {"p", "div", "tr", "h1", "h2", "h3", "h4", "h5", "li", "table", "ul", "ol", "hr"}

    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "title", "head", "script"):
            self.skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in self.BLOCK:
            self.parts.append("\n")
        elif tag == "td":
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "title", "head", "script"):
            self.skip -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(markup: str) -> str:
    p = _Text()
    p.feed(markup)
    lines = [ln.strip() for ln in "".join(p.parts).split("\n")]
    out = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    return "\n".join(out).strip()


def quote(text: str) -> str:
    return "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))


def reply_html(text: str) -> str:
    """Gmail-style HTML for an owner's reply: one div per line, the quoted part in a gmail_quote blockquote."""
    out, q = [], []
    for line in text.split("\n") + [""]:
        if line.startswith(">"):
            q.append(htmlmod.escape(line[1:].lstrip(" ")) or "<br>")
            continue
        if q:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                       'rgb(204,204,204);padding-left:1ex">' + "<br>\n".join(q) + "</blockquote>")
            q = []
        out.append(f"<div>{htmlmod.escape(line) if line.strip() else '<br>'}</div>")
    return '<div dir="ltr">\n' + "\n".join(out[:-1]) + "\n</div>"


# --------------------------------------------------------------------------------------------------------------
# MIME
# --------------------------------------------------------------------------------------------------------------
def _h(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def addr(name_email) -> str:
    name, email = name_email
    return formataddr((name, email)) if name else email


class Mail:
    def __init__(self, *, sender, subject, when: datetime, to=(OWNER,), cc=(), reply_to=None, text=None,
                 html=None, ics=None, ics_method="REQUEST", attachments=(), extra=(), msgid=None,
                 in_reply_to=None, references=(), labels="Inbox,Category Updates"):
        self.__dict__.update(locals())
        del self.__dict__["self"]

    def build(self, key: str) -> EmailMessage:
        m = EmailMessage(policy=policy.default)
        m["From"] = addr(self.sender)
        if self.reply_to:
            m["Reply-To"] = addr(self.reply_to)
        m["To"] = ", ".join(addr(a) for a in self.to)
        if self.cc:
            m["Cc"] = ", ".join(addr(a) for a in self.cc)
        m["Subject"] = self.subject
        m["Date"] = format_datetime(self.when)
        m["Message-ID"] = self.msgid
        if self.in_reply_to:
            m["In-Reply-To"] = self.in_reply_to
            m["References"] = " ".join(list(self.references) or [self.in_reply_to])
        for k, v in self.extra:
            m[k] = v
        m["MIME-Version"] = "1.0"
        if self.text is not None and self.html is None and self.ics is None:
            m.set_content(self.text, cte="quoted-printable")
        elif self.text is None and self.html is not None and self.ics is None:
            m.set_content(self.html, subtype="html", cte="quoted-printable")
        else:
            m.set_content(self.text, cte="quoted-printable")
            if self.html is not None:
                m.add_alternative(self.html, subtype="html", cte="quoted-printable")
            if self.ics is not None:
                m.add_alternative(self.ics, subtype="calendar", cte="quoted-printable",
                                  params={"method": self.ics_method})
        for filename, ctype, data in self.attachments:
            maintype, subtype = ctype.split("/")
            if maintype == "text":
                m.add_attachment(data.decode(), subtype=subtype, filename=filename, cte="base64")
            else:
                m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
        n = 0
        for part in m.walk():
            if part.is_multipart():
                part.set_boundary(f"----=_Part_{_h(key, self.msgid, str(n))[:24]}")
                n += 1
        return m


def serialize(m: EmailMessage) -> bytes:
    return m.as_bytes(policy=policy.default.clone(linesep="\n", max_line_length=998))


def write_eml(name: str, mail: Mail) -> None:
    (HERE / name).write_bytes(serialize(mail.build(name)))


def write_mbox(name: str, mails: list[Mail]) -> None:
    thrid = str(int(_h(name)[:15], 16))
    chunks = []
    for i, mail in enumerate(mails):
        body = serialize(mail.build(name)).decode("utf-8")
        body = re.sub(r"(?m)^(>*From )", r">\1", body)
        utc = mail.when.astimezone(UTC)
        gmid = str(int(_h(name, str(i))[:15], 16))
        chunks.append(f"From {gmid}@xxx {utc.strftime('%a %b %d %H:%M:%S +0000 %Y')}\n"
                      f"X-GM-THRID: {thrid}\nX-Gmail-Labels: {mail.labels}\n" + body.rstrip("\n") + "\n")
    (HERE / name).write_bytes("\n".join(chunks).encode("utf-8"))


def mid(domain: str, *seed: str, style: str = "symfony") -> str:
    h = _h(domain, *seed)
    if style == "nodemailer":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "gmail":
        return f"<CAK{h[:30].upper()}{h[30:38]}@mail.gmail.com>"
    if style == "ci4":
        return f"<{h[:13]}{'@'}{domain}>"
    return f"<{h[:32]}@{domain}>"


def owner_reply(prev: Mail, prev_text: str, body: str, when: datetime, to=None, key: str = "") -> Mail:
    """The owner's Gmail reply: her text, then the Gmail attribution and the quoted previous message."""
    subject = prev.subject if prev.subject.lower().startswith("re:") else "Re: " + prev.subject
    rcpt = to or (prev.reply_to or prev.sender)
    text = body + "\n\n" + gmail_attribution(prev.when, prev.sender[0] or prev.sender[1], prev.sender[1]) + \
        "\n" + quote(prev_text)
    refs = list(prev.references) + [prev.msgid] if prev.references else [prev.msgid]
    return Mail(sender=OWNER, to=(rcpt,), subject=subject, when=when, text=text, html=reply_html(text),
                msgid=mid("mail.gmail.com", key, body, style="gmail"), in_reply_to=prev.msgid,
                references=refs, labels="Sent")


CASES: dict[str, dict] = {}


def case(name: str, *, invite: bool, start: str | None, accepted: bool = False, reply_to: str | None,
         note: str, source: str, language: str = "id"):
    CASES[name] = {"is_invite": invite, "interview_start": start, "accepted": accepted, "language": language,
                   "reply_to": reply_to if invite else None, "note": note, "source": source}


PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")


# ==============================================================================================================
# A. fjrarifin/hris (Laravel HRIS, 'Hompim Play' recruitment module) -> fictional 'Petak Umpet (CV Lima Detik)'
# ==============================================================================================================
from urllib.parse import quote as rawurlencode

HRIS_URL = "https://github.com/fjrarifin/hris (commit ea545ac21bac55b4aa04c9b7f3168a7177dfcc10)"
PU_FROM = ("Petak Umpet HRIS", "rekrutmen@petakumpet.id")
PU_PIC = ("Rahmat Hidayat", "0812-2750-4431")


def _pu_wa(text: str) -> str:
    clean = "62" + re.sub(r"\D", "", PU_PIC[1])[1:]
    return f"https://wa.me/{clean}?text={rawurlencode(text, safe='')}"


def _pu_table(typ, date_s, time_s, meet=None, location=None):
    td1 = 'style="padding: 8px; font-weight: bold; background-color: #f8fafc; border: 1px solid #e2e8f0;"'
    td2 = 'style="padding: 8px; border: 1px solid #e2e8f0;"'
    rows = [f'''             <tr>
                <td style="padding: 8px; font-weight: bold; width: 150px; background-color: #f8fafc; border: 1px solid #e2e8f0;">Metode</td>
                <td {td2}>{typ.capitalize()}</td>
            </tr>''', f'''            <tr>
                <td {td1}>Hari/Tanggal</td>
                <td {td2}>{date_s}</td>
            </tr>''', f'''            <tr>
                <td {td1}>Waktu</td>
                <td {td2}>{time_s} WIB</td>
            </tr>''']
    if typ == "online":
        if meet:
            rows.append(f'''                <tr>
                    <td {td1}>Tautan (Link Meet)</td>
                    <td {td2}><a href="{meet}" target="_blank" style="color: #3b82f6; text-decoration: underline;">Klik di sini untuk bergabung</a></td>
                </tr>''')
    else:
        rows.append(f'''            <tr>
                <td {td1}>Lokasi</td>
                <td {td2}>{htmlmod.escape(location)}</td>
            </tr>''')
    return '        <table style="width: 100%; border-collapse: collapse; margin: 20px 0;">\n' + "\n".join(rows) + \
        "\n        </table>"


def _pu_note(typ, location):
    if typ == "online":
        return ('<p style="margin: 0;"><strong>Interview online:</strong> Link meeting akan kami kirimkan setelah '
                'Bapak/Ibu mengonfirmasi kehadiran (atau Anda dapat menggunakan tautan di atas jika sudah tersedia).</p>')
    return (f'<p style="margin: 0;"><strong>Interview offline:</strong> Lokasi: Petak Umpet, {htmlmod.escape(location)}. '
            'Mohon hadir 10–15 menit sebelum jadwal interview dimulai.</p>')


def pu_hr_interview(position, d: datetime, typ, meet=None, location=None, prev: datetime | None = None):
    date_s, time_s = php_date("l, d F Y", d, "id"), php_date("H:i", d)
    label = meet if typ == "online" else location
    wa = _pu_wa(f"Dear Tim Rekrutmen Petak Umpet, pada tanggal {date_s} jam {time_s} WIB lokasi/tautan {label}, "
                f"saya {OWNER[0]} *Bersedia / Tidak Bersedia* hadir untuk memenuhi undangan interview HR, Terima kasih.")
    if prev:
        h2 = "Revisi Undangan Wawancara HR"
        intro = (f"<p>Mohon maaf, terdapat perubahan jadwal untuk tahapan HR Interview Anda untuk posisi <strong>{position}"
                 f"</strong> yang sebelumnya direncanakan pada <strong>{php_date('l, d F Y', prev, 'id')}</strong> pukul "
                 f"<strong>{php_date('H:i', prev)} WIB</strong>. Jadwal tersebut diubah menjadi sebagai berikut:</p>")
    else:
        h2 = "Undangan Wawancara HR"
        intro = ("<p>Terima kasih atas ketertarikan Bapak/Ibu untuk bergabung dengan Petak Umpet (CV Lima Detik) untuk "
                 f"posisi <strong>{position}</strong>. Setelah kami melakukan review terhadap profil Bapak/Ibu, kami ingin "
                 "mengundang Bapak/Ibu untuk mengikuti HR Interview dengan detail sebagai berikut:</p>")
    return f'''<!DOCTYPE html>
<html>
<head>
    <title>Undangan Wawancara HR - Petak Umpet</title>
</head>
<body style="font-family: Arial, sans-serif; line-height: 1.6; color: #333333;">
    <div style="max-width: 600px; margin: 0 auto; padding: 20px; border: 1px solid #dddddd; border-radius: 5px;">
            <h2 style="color: #0f172a; border-bottom: 2px solid #3b82f6; padding-bottom: 10px;">{h2}</h2>

        <p>Halo <strong>{OWNER[0]}</strong>,</p>

        <p>Perkenalkan, saya {PU_PIC[0]} dari Petak Umpet (CV Lima Detik).</p>

            {intro}

{_pu_table(typ, date_s, time_s, meet, location)}

        <p>Mohon konfirmasi apakah Bapak/Ibu bersedia hadir sesuai jadwal tersebut. Apabila belum berkenan, silakan informasikan ketersediaan waktu lainnya agar kami dapat menyesuaikan jadwal.</p>

            <p>Silakan konfirmasi kehadiran Anda dengan membalas email ini, atau menghubungi PIC kami langsung melalui WhatsApp di <a href="{htmlmod.escape(wa)}" target="_blank" style="color: #3b82f6; font-weight: bold; text-decoration: underline;">Tautan WhatsApp PIC Screening</a>.</p>

        <p>Terima kasih. Kami tunggu konfirmasinya.</p>

        <div style="margin-top: 20px; border-top: 1px solid #e2e8f0; padding-top: 15px; font-size: 13px; color: #475569;">
            <p style="margin: 0 0 5px 0; font-weight: bold;">Catatan:</p>
                {_pu_note(typ, location)}
        </div>

        <br>
        <p>Salam,</p>
        <p><strong>HRBP Team – Petak Umpet</strong></p>
    </div>
</body>
</html>
'''


def pu_user_interview(position, rnd, d: datetime, typ, meet=None, location=None):
    date_s, time_s = php_date("l, d F Y", d, "id"), php_date("H:i", d)
    label = meet if typ == "online" else location
    wa = _pu_wa(f"Dear Tim Rekrutmen Petak Umpet, pada tanggal {date_s} jam {time_s} WIB lokasi/tautan {label}, saya "
                f"{OWNER[0]} *Bersedia / Tidak Bersedia* hadir untuk memenuhi undangan wawancara User Tahap {rnd}, Terima kasih.")
    return f'''<!DOCTYPE html>
<html>
<head>
    <title>Undangan Wawancara User - Petak Umpet</title>
</head>
<body style="font-family: Arial, sans-serif; line-height: 1.6; color: #333333;">
    <div style="max-width: 600px; margin: 0 auto; padding: 20px; border: 1px solid #dddddd; border-radius: 5px;">
        <h2 style="color: #0f172a; border-bottom: 2px solid #3b82f6; padding-bottom: 10px;">Undangan Wawancara Rekrutmen</h2>

        <p>Halo Bapak/Ibu <strong>{OWNER[0]}</strong>,</p>

            <p>Terima kasih telah mengikuti proses seleksi di Petak Umpet (CV Lima Detik).</p>
            <p>Dengan senang hati kami menginformasikan bahwa Bapak/Ibu lolos ke tahap selanjutnya, yaitu <strong>Wawancara User Tahap {rnd}</strong>.</p>

        <p>Berikut detail jadwal interview:</p>

{_pu_table(typ, date_s, time_s, meet, location)}

        <p>Mohon konfirmasi kesediaan Bapak/Ibu untuk mengikuti interview sesuai jadwal tersebut. Apabila berhalangan hadir, silakan menginformasikan ketersediaan waktu lainnya agar kami dapat menyesuaikan jadwal.</p>

            <p>Silakan konfirmasi kehadiran Anda dengan membalas email ini, atau menghubungi PIC kami langsung melalui WhatsApp di <a href="{htmlmod.escape(wa)}" target="_blank" style="color: #3b82f6; font-weight: bold; text-decoration: underline;">Tautan WhatsApp PIC Screening</a>.</p>

        <p>Terima kasih, kami tunggu konfirmasinya.</p>

        <div style="margin-top: 20px; border-top: 1px solid #e2e8f0; padding-top: 15px; font-size: 13px; color: #475569;">
            <p style="margin: 0 0 5px 0; font-weight: bold;">Catatan:</p>
                {_pu_note(typ, location)}
        </div>

        <br>
        <p>Salam,</p>
        <p><strong>HRBP Team – Petak Umpet</strong></p>
    </div>
</body>
</html>
'''


def build_hris():
    loc = "Jl. Kaliurang Km 7,5 No. 12, Sleman, Yogyakarta"
    d = dt("2026-11-17 10:00")
    m = Mail(sender=PU_FROM, subject=f"Undangan Wawancara HR - {OWNER[0]}", when=dt("2026-11-05 10:12"),
             html=pu_hr_interview("Social Media Specialist", d, "offline", location=loc),
             msgid=mid("petakumpet.id", "a1"))
    write_eml("id_hris_undangan_wawancara_hr_offline_hari_tanggal_translatedformat.eml", m)
    case("id_hris_undangan_wawancara_hr_offline_hari_tanggal_translatedformat.eml", invite=True,
         start=d.isoformat(), reply_to=PU_FROM[1],
         note="HTML-only Laravel mail: 'Hari/Tanggal | Selasa, 17 November 2026' / 'Waktu | 10:00 WIB', offline in "
              "Sleman; the WhatsApp confirmation link repeats the date URL-encoded. Reply by e-mail -> From.",
         source=f"{HRIS_URL}: app/Mail/InterviewInvitationMail.php (isHr) + resources/views/emails/candidate-interview"
                ".blade.php | Carbon::parse(date)->locale('id')->translatedFormat('l, d F Y'); time = substr(time,0,5)"
                " + ' WIB' in the view; subject 'Undangan Wawancara HR - '.name")

    prev, new = dt("2026-11-30 13:00"), dt("2026-12-03 09:30")
    m = Mail(sender=PU_FROM, subject=f"Revisi Undangan Wawancara HR - {OWNER[0]}", when=dt("2026-11-26 15:20"),
             html=pu_hr_interview("Content Strategist", new, "online", meet="https://meet.google.com/pux-tmvq-kra",
                                  prev=prev), msgid=mid("petakumpet.id", "a2"))
    write_eml("id_hris_revisi_undangan_wawancara_sebelumnya_diubah_menjadi.eml", m)
    case("id_hris_revisi_undangan_wawancara_sebelumnya_diubah_menjadi.eml", invite=True, start=new.isoformat(),
         reply_to=PU_FROM[1],
         note="Reschedule carrying both times: 'sebelumnya direncanakan pada Senin, 30 November 2026 pukul 13:00 WIB. "
              "Jadwal tersebut diubah menjadi' -> table 'Kamis, 03 Desember 2026' / '09:30 WIB' (the new one counts).",
         source=f"{HRIS_URL}: app/Mail/InterviewInvitationMail.php (isReschedule when interview_hr_prev_date is set; "
                "subject 'Revisi Undangan Wawancara HR - '.name) + candidate-interview.blade.php | prev and new dates "
                "both via translatedFormat('l, d F Y') (locale id)")

    d = dt("2027-01-13 14:00")
    inv = Mail(sender=PU_FROM, subject=f"Undangan Wawancara User (Tahap 2) - {OWNER[0]}",
               when=dt("2027-01-06 09:05"),
               html=pu_user_interview("Content Strategist", 2, d, "online", meet="https://meet.google.com/pux-wusr-2tq"),
               msgid=mid("petakumpet.id", "a3"))
    rep = owner_reply(inv, html_to_text(inv.html),
                      "Selamat malam Bapak Rahmat,\n\nTerima kasih atas informasinya. Baik, saya bersedia hadir pada "
                      "Wawancara User Tahap 2 hari Rabu, 13 Januari 2027 pukul 14.00 WIB melalui Google Meet.\n\n"
                      "Salam,\nAyu Lestari", dt("2027-01-06 19:42"), key="a3r")
    write_mbox("id_hris_thread_wawancara_user_tahap_2_baik_bersedia_hadir.mbox", [inv, rep])
    case("id_hris_thread_wawancara_user_tahap_2_baik_bersedia_hadir.mbox", invite=True, start=d.isoformat(),
         accepted=True, reply_to=PU_FROM[1],
         note="User interview round 2 'Rabu, 13 Januari 2027' / '14:00 WIB' (online); the owner replied 'Baik, saya "
              "bersedia hadir ...' -> accepted. reply_to = From of HR's message (no Reply-To).",
         source=f"{HRIS_URL}: app/Mail/CandidateUserInterviewMail.php (subject 'Undangan Wawancara User (Tahap "
                "{round}) - '.name) + resources/views/emails/candidate-user-interview.blade.php | translatedFormat('l, "
                "d F Y') locale id; owner's reply written for the thread")

    body = f'''<!DOCTYPE html>
<html>
<head>
    <title>Instruksi Case Study - Petak Umpet</title>
</head>
<body style="font-family: Arial, sans-serif; line-height: 1.6; color: #333333;">
    <div style="max-width: 600px; margin: 0 auto; padding: 20px; border: 1px solid #dddddd; border-radius: 5px;">
        <h2 style="color: #0f172a; border-bottom: 2px solid #3b82f6; padding-bottom: 10px;">Instruksi Case Study Rekrutmen</h2>

        <p>Halo Bapak/Ibu <strong>{OWNER[0]}</strong>,</p>

        <p>Terima kasih telah mengikuti proses HR Interview di Petak Umpet (CV Lima Detik).</p>
        <p>Dengan senang hati kami menginformasikan bahwa Bapak/Ibu lolos ke tahap selanjutnya, yaitu <strong>Case Study</strong>.</p>

        <p>Silakan mengerjakan case study sesuai dengan instruksi pada dokumen yang kami lampirkan.</p>

        <div style="background-color: #f8fafc; border: 1px solid #e2e8f0; padding: 15px; border-radius: 5px; margin: 20px 0;">
            <p style="margin: 0 0 10px 0; font-weight: bold;">Detail Case Study:</p>
            <p style="margin: 0;">Format: Presentasi</p>
            <p style="margin: 0;">Deadline: 3 hari sejak pesan ini dikirimkan.</p>
        </div>

        <div style="margin: 20px 0;">
                <p style="margin: 0 0 5px 0;"><strong>Tautan Dokumen / Soal:</strong></p>
                <p style="margin: 0;"><a href="https://drive.google.com/file/d/1pU7cSxQmKd0Lh3/view" target="_blank" style="color: #3b82f6;">Klik di sini untuk membuka Soal Case Study (Tautan)</a></p>
                <p style="margin: 5px 0 0 0; font-size: 13px; color: #64748b;">*Catatan: Dokumen soal tambahan terlampir pada email ini.</p>
        </div>

        <div style="margin: 20px 0; padding: 15px; border: 1px solid #fde68a; background-color: #fffbeb; border-radius: 5px;">
            <p style="margin: 0 0 5px 0; font-weight: bold;">Halaman Pengumpulan Jawaban Case Study:</p>
            <p style="margin: 0 0 5px 0;">Untuk mengumpulkan jawaban/penyelesaian, silakan kunjungi tautan berikut:</p>
            <p style="margin: 0 0 5px 0;"><a href="https://hris.petakumpet.id/case-study/upload/9f3b2c" target="_blank" style="color: #3b82f6;">Tautan Unggah Jawaban Case Study</a></p>
            <p style="margin: 0 0 5px 0;">Gunakan PIN berikut untuk mengakses halaman tersebut: <strong style="font-size: 16px;">482913</strong></p>
            <p style="margin: 10px 0 0 0; color: #b45309; font-size: 13px;">
                ⚠️ PENTING: Mohon untuk tidak membuka halaman unggah case study tersebut jika Anda belum benar-benar selesai mengerjakan case study Anda.
            </p>
        </div>

        <p>Case study yang telah disiapkan nantinya akan dipresentasikan pada tahap User Interview sebagai bagian dari proses evaluasi.</p>

        <p>Mohon mengirimkan hasil case study sebelum batas waktu yang telah ditentukan. Apabila terdapat pertanyaan, jangan ragu untuk menghubungi kami.</p>

        <br>
        <p>Salam,</p>
        <p><strong>HRBP Team – Petak Umpet</strong></p>
    </div>
</body>
</html>
'''
    m = Mail(sender=PU_FROM, subject=f"Instruksi Case Study Rekrutmen - {OWNER[0]}", when=dt("2026-12-08 11:30"),
             html=body, attachments=[("Soal Case Study - Content Strategist.pdf", "application/pdf", PDF)],
             msgid=mid("petakumpet.id", "a4"))
    write_eml("id_non_hris_instruksi_case_study_deadline_3_hari.eml", m)
    case("id_non_hris_instruksi_case_study_deadline_3_hari.eml", invite=False, start=None, reply_to=None,
         note="Take-home case study with only a deadline ('Deadline: 3 hari sejak pesan ini dikirimkan'); it will be "
              "presented at a user interview that is not scheduled here -> not an invite.",
         source=f"{HRIS_URL}: app/Mail/CandidateCaseStudyMail.php (subject 'Instruksi Case Study Rekrutmen - '.name; "
                "document attached) + resources/views/emails/candidate-case-study.blade.php | no dates")
