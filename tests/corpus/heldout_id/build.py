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
    hour12:false, timeZone:'Asia/Jakarta'}) -> 'Tuesday, 19 January 2027 at 10:00' (node 20 / ICU 78)."""
    d = d.astimezone(WIB)
    return f"{EN_DAYS[d.weekday()]}, {d.day} {EN_MONTHS[d.month - 1]} {d.year} at {d.hour:02d}:{d.minute:02d}"


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


# ==============================================================================================================
# B. adi4142/hris-rekrutmen (Laravel, locale 'en') -> fictional 'PT Nuvra Teknologi Indonesia', Surabaya
# ==============================================================================================================
ADI_URL = "https://github.com/adi4142/hris-rekrutmen (commit fc950be69f9f37eae26e986de208faccc0378b6a)"
NUVRA_FROM = ("PT Nuvra Teknologi Indonesia", "rekrutmen@nuvra.co.id")


def nuvra_layout(title: str, content: str, year: int) -> str:
    return f'''<!DOCTYPE html>
<html>
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>{htmlmod.escape(title)}</title>
    <style>
        body {{ font-family: 'Inter', -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; background-color: #f1f5f9; margin: 0; padding: 0; }}
        .wrapper {{ width: 100%; table-layout: fixed; background-color: #f1f5f9; padding: 20px 0; }}
        .content {{ max-width: 600px; width: 95%; margin: 0 auto; background-color: #ffffff; border-radius: 16px; border: 1px solid #e2e8f0; }}
        .header {{ padding: 40px 30px; text-align: center; border-bottom: 1px solid #f1f5f9; }}
        .header h1 {{ margin: 0; font-size: 28px; font-weight: 800; color: #0d6efd; }}
        .body {{ padding: 40px 30px; color: #334155; line-height: 1.8; font-size: 15px; }}
        .highlight-box {{ background-color: #f8fafc; border-radius: 12px; padding: 20px; margin: 20px 0; border: 1px solid #e2e8f0; }}
        .info-grid td.label {{ color: #64748b; width: 40%; }}
        .footer {{ padding: 30px; text-align: center; font-size: 12px; color: #94a3b8; }}
    </style>
</head>
<body>
    <div class="wrapper">
        <div class="content">
            <div class="header">
                <h1>PT Nuvra Teknologi Indonesia</h1>
                <p>Tetap Semangat, Sukses 👍</p>
            </div>
            <div class="body">
{content}
                <p style="margin-top: 30px;">Terima kasih,<br><strong>Tim Rekrutmen PT Nuvra Teknologi</strong></p>
            </div>
            <div class="footer">
                &copy; {year} PT Nuvra Teknologi Indonesia. All rights reserved.<br>
            </div>
        </div>
    </div>
</body>
</html>
'''


def build_adi():
    job = "Staff IT Support"
    batch_name = "Batch Januari 2027 - Gelombang 1"
    loc = "Kantor PT Nuvra Teknologi Indonesia, Jl. Raya Darmo No. 88, Surabaya"
    stages = [(dt("2027-01-11 08:00"), dt("2027-01-11 10:00"), "Psikotes", "Membawa alat tulis (pensil 2B dan penghapus)."),
              (dt("2027-01-11 13:00"), dt("2027-01-11 14:00"), "Wawancara HR", None),
              (dt("2027-01-12 09:00"), dt("2027-01-12 10:00"), "Wawancara User", "Bersama IT Infrastructure Manager.")]
    days = []
    for day in sorted({s[0].date() for s in stages}):
        items = []
        for st, en, name, desc in [s for s in stages if s[0].date() == day]:
            extra = (f'''                            <tr>
                                <td class="label">Catatan</td>
                                <td class="value" style="font-style: italic;">{desc}</td>
                            </tr>''' if desc else "")
            items.append(f'''                    <div style="margin-bottom: 15px; padding: 15px; border: 1px solid #e2e8f0; border-radius: 10px;">
                        <div style="font-weight: 700; color: #0f172a;">
                            {name} 
                            <span style="font-weight: 500; color: #64748b; font-size: 13px;">
                                ({php_date('H:i', st)} - {php_date('H:i', en)})
                            </span>
                        </div>
                        <table class="info-grid" style="width: 100%; margin-top: 8px;">
                            <tr>
                                <td class="label" style="width: 30%;">Lokasi</td>
                                <td class="value">{loc}</td>
                            </tr>
{extra}
                        </table>
                    </div>''')
        d0 = datetime.combine(day, datetime.min.time())
        days.append(f'''            <div style="margin-bottom: 10px;">
                <h5 style="margin: 0; color: #0d6efd; font-size: 15px;">
                    <i class="far fa-calendar-alt mr-2"></i> {php_date('l, d F Y', d0)}
                </h5>
            </div>
            <div style="padding-left: 10px;">
{chr(10).join(items)}
            </div>''')
    content = f'''    <h2>Halo, {OWNER[0]}!</h2>
    <p>Anda telah dijadwalkan untuk mengikuti tahapan seleksi dalam <strong>Batch: {batch_name}</strong> untuk posisi <strong style="color: #0d6efd;">{job}</strong>.</p>

    <div class="highlight-box">
        <h4 style="margin-top: 0;">Detail Batch</h4>
        <table class="info-grid" style="width: 100%;">
            <tr>
                <td class="label">Periode Mulai</td>
                <td class="value">{php_date('d F Y', stages[0][0])}</td>
            </tr>
            <tr>
                <td class="label">Keterangan</td>
                <td class="value">Seleksi tatap muka di kantor Surabaya.</td>
            </tr>
        </table>
    </div>

    <h4 style="margin-bottom: 15px;">Rincian Tahapan Seleksi</h4>
    <div style="margin-bottom: 25px;">
{chr(10).join(days)}
    </div>

    <p style="font-size: 14px; color: #64748b;">
        Mohon hadir tepat waktu dan persiapkan diri Anda dengan baik. Jika ada pertanyaan, silakan hubungi tim HR kami.
    </p>'''
    m = Mail(sender=NUVRA_FROM, subject=f"Informasi Jadwal Seleksi - {job}", when=dt("2027-01-04 14:25"),
             html=nuvra_layout(f"Jadwal Rekrutmen: {batch_name}", content, 2027), msgid=mid("nuvra.co.id", "b1"))
    write_eml("id_nuvra_jadwal_seleksi_batch_agenda_nama_hari_inggris.eml", m)
    case("id_nuvra_jadwal_seleksi_batch_agenda_nama_hari_inggris.eml", invite=True,
         start=stages[0][0].isoformat(), reply_to=NUVRA_FROM[1],
         note="Batch schedule for an on-site selection day: 'Monday, 11 January 2027' Psikotes (08:00 - 10:00), "
              "Wawancara HR (13:00 - 14:00), then 'Tuesday, 12 January 2027' Wawancara User (09:00 - 10:00). English "
              "names (app locale en) inside Indonesian text, no zone (server Asia/Jakarta, Surabaya office) -> the "
              "first agenda item is the start: 11 Jan 08:00 WIB.",
         source=f"{ADI_URL}: app/Mail/BatchInfoMail.php (subject 'Informasi Jadwal Seleksi - '.title) + resources/views"
                "/emails/batch_info.blade.php in emails/layout.blade.php | Carbon translatedFormat('d F Y') and "
                "('l, d F Y') with config app.locale 'en' -> English names; stage times format('H:i') without zone")

    content = f'''    <h2>Halo, {OWNER[0]}</h2>
    <p>Kami ingin menginformasikan status terbaru lamaran Anda untuk posisi <strong style="color: #0d6efd;">{job}</strong>.</p>

    <div class="highlight-box">
        <table class="info-grid" style="width: 100%;">
            <tr>
                <td class="label">Status Lamaran</td>
                <td class="value">
                    <span style="background-color: #dbeafe; color: #1e40af; padding: 4px 12px; border-radius: 20px; font-size: 13px; font-weight: 600;">
                        Dalam Seleksi
                    </span>
                </td>
            </tr>
            <tr>
                <td class="label">Hasil Tahapan</td>
                <td class="value">
                    <span style="font-weight: 600; color: #0f172a;">Lulus Review Berkas</span>
                </td>
            </tr>
        </table>
        <p style="margin-top: 15px; font-style: italic; color: #475569;">"Selamat! Berkas Anda telah kami review dan Anda dinyatakan LULUS untuk tahap selanjutnya."</p>
    </div>

        <p>Silakan pantau email secara berkala untuk informasi jadwal seleksi selanjutnya.</p>'''
    m = Mail(sender=NUVRA_FROM, subject=f"Update Status Lamaran - {job}", when=dt("2026-12-18 16:02"),
             html=nuvra_layout("Update Status Lamaran", content, 2026), msgid=mid("nuvra.co.id", "b2"))
    write_eml("id_non_nuvra_lulus_review_berkas_jadwal_seleksi_menyusul.eml", m)
    case("id_non_nuvra_lulus_review_berkas_jadwal_seleksi_menyusul.eml", invite=False, start=None, reply_to=None,
         note="Status update 'Dalam Seleksi / Lulus Review Berkas' - 'Silakan pantau email secara berkala untuk "
              "informasi jadwal seleksi selanjutnya' -> no step scheduled yet, not an invite.",
         source=f"{ADI_URL}: app/Mail/ApplicationStatusMail.php (subject 'Update Status Lamaran - '.title) + "
                "resources/views/emails/application_status.blade.php; message text from JobApplicationController::"
                "batchProcess ('Lulus Review Berkas') | no dates")

    content = f'''    <h2 style="color: #0f172a;">Pembaruan Status Seleksi</h2>
    <p>Halo <strong>{OWNER[0]}</strong>,</p>
    <p>Berikut adalah informasi terbaru mengenai proses seleksi lamaran Anda untuk posisi <strong style="color: #0d6efd;">{job}</strong>:</p>

    <div class="highlight-box">
        <h4 style="margin-top: 0;">Detail Tahapan</h4>
        <table class="info-grid" style="width: 100%;">
            <tr>
                <td class="label">Tahapan Seleksi</td>
                <td class="value">Psikotes</td>
            </tr>
            <tr>
                <td class="label">Status Tahapan</td>
                <td class="value">
                    <span style="background-color: #dcfce7; color: #166534; padding: 4px 12px; border-radius: 20px; font-size: 13px; font-weight: 600;">
                        Lolos
                    </span>
                </td>
            </tr>
            <tr>
                <td class="label">Tanggal Seleksi</td>
                <td class="value">{php_date('d F Y', stages[0][0])}</td>
            </tr>
        </table>
            <div style="margin-top: 15px; padding-top: 15px; border-top: 1px dashed #cbd5e1;">
                <p style="margin: 0; font-size: 13px; color: #64748b;"><strong>Catatan:</strong></p>
                <p style="margin: 5px 0 0; font-style: italic;">"Hasil psikotes memenuhi standar. Informasi tahap berikutnya akan disampaikan oleh tim HR."</p>
            </div>
    </div>'''
    m = Mail(sender=NUVRA_FROM, subject="Update Status Lamaran Pekerjaan", when=dt("2027-01-12 15:40"),
             html=nuvra_layout(f"Update Tahapan Seleksi - {job}", content, 2027), msgid=mid("nuvra.co.id", "b3"))
    write_eml("id_non_nuvra_update_tahapan_psikotes_lolos_tanggal_seleksi_lampau.eml", m)
    case("id_non_nuvra_update_tahapan_psikotes_lolos_tanggal_seleksi_lampau.eml", invite=False, start=None,
         reply_to=None,
         note="Result notice: Psikotes 'Lolos', 'Tanggal Seleksi 11 January 2027' is the date of the test already "
              "taken (mail sent 12 Jan); next step to be announced -> not an invite.",
         source=f"{ADI_URL}: app/Mail/SelectionStatusUpdatedMail.php (subject 'Update Status Lamaran Pekerjaan') + "
                "resources/views/emails/selection_status_updated.blade.php; SelectionApplicantController::"
                "sendNotificationEmail passes batch->date | translatedFormat('d F Y') with locale en")

    content = f'''    <h2 style="color: #0f172a;">Selamat, {OWNER[0]}!</h2>
    <p style="font-size: 16px;">Kami dengan senang hati menyampaikan penawaran kerja (Offering Letter) untuk bergabung dengan tim kami.</p>
    <p>Detail rincian penawaran dapat Anda lihat pada <strong>dokumen lampiran (PDF)</strong> email ini.</p>

    <div style="background-color: #f8fafc; border-radius: 12px; padding: 25px; margin: 25px 0; text-align: center; border: 1px solid #e2e8f0;">
        <h4 style="margin-top: 0;">Tanggapan Anda</h4>
        <p style="font-size: 14px; color: #64748b;">Mohon berikan keputusan Anda terkait penawaran ini melalui tombol di bawah:</p>
        <div style="margin-top: 20px;">
            <a href="https://karir.nuvra.co.id/offering/7731/accept?signature=3c1f" target="_blank" class="btn" style="background-color: #16a34a; color: #ffffff; padding: 10px 18px; border-radius: 8px; text-decoration: none; margin: 4px;">Terima Penawaran</a>
            <a href="https://karir.nuvra.co.id/offering/7731/negotiate?signature=3c1f" target="_blank" class="btn" style="background-color: #f59e0b; color: #ffffff; padding: 10px 18px; border-radius: 8px; text-decoration: none; margin: 4px;">Negosiasi Gaji</a>
            <a href="https://karir.nuvra.co.id/offering/7731/reject?signature=3c1f" target="_blank" class="btn" style="background-color: #dc2626; color: #ffffff; padding: 10px 18px; border-radius: 8px; text-decoration: none; margin: 4px;">Tolak Penawaran</a>
        </div>
    </div>

    <p style="font-size: 14px; color: #64748b;">
        Kami berharap Anda dapat bergabung dengan tim kami. Jika Anda memiliki pertanyaan lebih lanjut, silakan hubungi tim HR kami.
    </p>'''
    m = Mail(sender=NUVRA_FROM, subject=f"Offering Letter - {job}", when=dt("2027-01-25 10:05"),
             html=nuvra_layout(f"Offering Letter - {job}", content, 2027),
             attachments=[("Offering_Letter_OL-2027-0114.pdf", "application/pdf", PDF)], msgid=mid("nuvra.co.id", "b4"))
    write_eml("id_non_nuvra_offering_letter_terima_negosiasi_tolak.eml", m)
    case("id_non_nuvra_offering_letter_terima_negosiasi_tolak.eml", invite=False, start=None, reply_to=None,
         note="Offer with accept / negotiate / reject buttons and a PDF - not an invite.",
         source=f"{ADI_URL}: app/Mail/JobOfferingMail.php (subject 'Offering Letter - '.title, PDF attached) + "
                "resources/views/emails/job_offering.blade.php | no dates")


# ==============================================================================================================
# C. budipriyoutomo/rekrutment-backend (Laravel, app timezone UTC, locale en) -> fictional 'Karsa Talenta'
# ==============================================================================================================
BUDI_URL = "https://github.com/budipriyoutomo/rekrutment-backend (commit 9ea766cc071a05d46d5ab6a5e1b518da4501e6ef)"
KARSA_FROM = ("Karsa Talenta", "rekrutmen@karsatalenta.co.id")
KARSA_CSS = '''    <style>
        body { font-family: Arial, sans-serif; background-color: #f4f4f7; margin: 0; padding: 0; color: #333333; }
        .wrapper { max-width: 600px; margin: 40px auto; background-color: #ffffff; border-radius: 8px; overflow: hidden; box-shadow: 0 2px 8px rgba(0,0,0,0.08); }
        .header { background-color: #1a56db; padding: 32px 40px; }
        .header h1 { color: #ffffff; margin: 0; font-size: 22px; font-weight: 700; }
        .body { padding: 40px; }
        .body p { font-size: 15px; line-height: 1.7; margin: 0 0 16px; }
        .info-box { background-color: #f0f4ff; border-left: 4px solid #1a56db; border-radius: 4px; padding: 16px 20px; margin: 24px 0; }
        .info-box p { margin: 4px 0; font-size: 14px; }
        .info-box .label { color: #6b7280; font-size: 12px; text-transform: uppercase; letter-spacing: 0.5px; }
        .info-box .value { font-weight: 600; color: #111827; }
        .footer { background-color: #f9fafb; border-top: 1px solid #e5e7eb; padding: 24px 40px; text-align: center; font-size: 13px; color: #9ca3af; }
    </style>'''


def karsa_interview(recipient, audience, applicant, position, d: datetime, typ, room, year):
    types = {"online": "Online", "offline": "Offline (Tatap Muka)", "technical_test": "Technical Test"}
    lead = ('''                <p>
                    Anda dijadwalkan sebagai pewawancara (interviewer) untuk kandidat berikut.
                    Mohon menyiapkan diri sesuai jadwal di bawah ini.
                </p>''' if audience == "interviewer" else '''                <p>
                    Selamat! Tim HR kami mengundang Anda untuk mengikuti sesi interview sebagai bagian
                    dari proses seleksi. Berikut detail jadwal yang telah ditetapkan.
                </p>''')
    cand = (f'''                    <p class="label">Kandidat</p>
                    <p class="value">{applicant}</p>
''' if audience == "interviewer" else "")
    closing = ('''                <p>Mohon konfirmasi ketersediaan Anda kepada tim HR bila berhalangan hadir.</p>'''
               if audience == "interviewer" else '''                <p>
                    Mohon hadir tepat waktu. Jika Anda berhalangan pada jadwal tersebut,
                    silakan hubungi tim HR kami untuk penjadwalan ulang.
                </p>''')
    return f'''<!DOCTYPE html>
<html lang="id">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Undangan Interview</title>
{KARSA_CSS}
</head>
<body>
    <div class="wrapper">
        <div class="header">
            <h1>Karsa Talenta</h1>
        </div>
        <div class="body">
            <p>Halo, <strong>{recipient}</strong>,</p>
{lead}

            <div class="info-box">
{cand}                <p class="label"{' style="margin-top:12px;"' if audience == "interviewer" else ''}>Posisi</p>
                <p class="value">{position}</p>
                <p class="label" style="margin-top:12px;">Tanggal</p>
                <p class="value">{php_date('l, d F Y', d)}</p>
                <p class="label" style="margin-top:12px;">Waktu</p>
                <p class="value">{php_date('H:i:s', d)} WIB &middot; 60 min</p>
                <p class="label" style="margin-top:12px;">Jenis Interview</p>
                <p class="value">
                    {types[typ]}
                </p>
                    <p class="label" style="margin-top:12px;">
                        {'Link / Platform' if typ == 'online' else 'Lokasi / Ruangan'}
                    </p>
                    <p class="value">{room}</p>
            </div>

{closing}

            <p>Salam,<br><strong>Tim HR Karsa Talenta</strong></p>
        </div>
        <div class="footer">
            &copy; {year} Karsa Talenta. Semua hak dilindungi.<br>
            Email ini dikirim secara otomatis, mohon tidak membalas pesan ini.
        </div>
    </div>
</body>
</html>
'''


def build_budi():
    d = dt("2027-01-14 10:00")
    m = Mail(sender=KARSA_FROM, subject="Undangan Interview – Staf Keuangan", when=dt("2027-01-07 03:15", UTC),
             html=karsa_interview(OWNER[0], "candidate", OWNER[0], "Staf Keuangan", d, "online",
                                  "https://zoom.us/j/83214509276?pwd=KrsT4l3nta", 2027),
             msgid=mid("karsatalenta.co.id", "c1"))
    write_eml("id_karsa_undangan_interview_nama_hari_inggris_jam_detik_server_utc.eml", m)
    case("id_karsa_undangan_interview_nama_hari_inggris_jam_detik_server_utc.eml", invite=True, start=d.isoformat(),
         reply_to=KARSA_FROM[1],
         note="Indonesian mail with PHP English names 'Thursday, 14 January 2027' and a raw MySQL TIME '10:00:00 WIB · "
              "60 min'; app timezone UTC so the Date header is +0000 while the stated zone is WIB.",
         source=f"{BUDI_URL}: src/app/Domains/Interview/Mail/InterviewInvitationMail.php (subject 'Undangan Interview – "
                "'.position) + src/resources/views/emails/interview-invitation.blade.php, sent by SendInterviewInvitation"
                "Action | Carbon::parse(date)->translatedFormat('l, d F Y') with app.locale en; {{ $interview->time }} "
                "is the TIME column printed raw ('10:00:00'); config/app.php timezone 'UTC'")

    d = dt("2027-01-26 09:30")
    inv = Mail(sender=KARSA_FROM, subject="Undangan Interview – Staf Keuangan", when=dt("2027-01-18 08:40", UTC),
               html=karsa_interview(OWNER[0], "candidate", OWNER[0], "Staf Keuangan", d, "technical_test",
                                    "Ruang Meeting Lt. 5, Menara Karsa, Jl. Pemuda No. 21, Semarang", 2027),
               msgid=mid("karsatalenta.co.id", "c2"))
    rep = owner_reply(inv, html_to_text(inv.html),
                      "Yth. Tim HR Karsa Talenta,\n\nTerima kasih atas undangannya. Baik, saya akan hadir pada "
                      "Technical Test hari Selasa, 26 Januari 2027 pukul 09.30 WIB di Menara Karsa, Semarang.\n\n"
                      "Hormat saya,\nAyu Lestari\n0857-1120-3348", dt("2027-01-18 17:05"), key="c2r")
    write_mbox("id_karsa_thread_technical_test_baik_saya_akan_hadir.mbox", [inv, rep])
    case("id_karsa_thread_technical_test_baik_saya_akan_hadir.mbox", invite=True, start=d.isoformat(), accepted=True,
         reply_to=KARSA_FROM[1],
         note="Technical test at the Semarang office 'Tuesday, 26 January 2027' / '09:30:00 WIB' (scheduled attended "
              "assessment = invite); the owner replied 'Baik, saya akan hadir' -> accepted although the footer says "
              "not to reply.",
         source=f"{BUDI_URL}: same InterviewInvitationMail, interview type 'technical_test' -> 'Technical Test', offline "
                "room -> 'Lokasi / Ruangan' | English day/month names (locale en), raw TIME; owner's reply written for "
                "the thread")

    d = dt("2027-02-02 13:00")
    m = Mail(sender=KARSA_FROM, subject="Penugasan Interview – Bima Santoso (Staf Keuangan)",
             when=dt("2027-01-27 02:10", UTC),
             html=karsa_interview(OWNER[0], "interviewer", "Bima Santoso", "Staf Keuangan", d, "offline",
                                  "Ruang Meeting Lt. 5, Menara Karsa, Semarang", 2027),
             msgid=mid("karsatalenta.co.id", "c3"))
    write_eml("id_non_karsa_penugasan_interview_pemilik_sebagai_pewawancara.eml", m)
    case("id_non_karsa_penugasan_interview_pemilik_sebagai_pewawancara.eml", invite=False, start=None,
         reply_to=None,
         note="'Anda dijadwalkan sebagai pewawancara (interviewer) untuk kandidat berikut' - the owner conducts the "
              "interview of Bima Santoso; not an invitation to her.",
         source=f"{BUDI_URL}: InterviewInvitationMail with audience 'interviewer' (subject 'Penugasan Interview – "
                "'.applicant_name.' ('.position.')'), sent to each interviewer by SendInterviewInvitationAction | same "
                "date rendering")

    body = f'''<!DOCTYPE html>
<html lang="id">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Undangan Tes Seleksi</title>
{KARSA_CSS}
</head>
<body>
    <div class="wrapper">
        <div class="header">
            <h1>Karsa Talenta</h1>
        </div>
        <div class="body">
            <p>Halo, <strong>{OWNER[0]}</strong>,</p>
            <p>
                Selamat! Lamaran Anda lolos tahap awal seleksi. Sebelum melangkah ke sesi wawancara,
                kami mengundang Anda untuk mengerjakan tes seleksi berikut.
            </p>

            <div class="info-box">
                <p class="label">Nama Tes</p>
                <p class="value">Tes Logika &amp; Numerik</p>
                <p class="label" style="margin-top:12px;">Durasi Pengerjaan</p>
                <p class="value">45 menit</p>
                <p class="label" style="margin-top:12px;">Posisi yang Dilamar</p>
                <p class="value">Staf Keuangan</p>
            </div>

            <p>
                Waktu pengerjaan mulai dihitung saat Anda menekan tombol "Mulai" di halaman tes,
                jadi pastikan Anda siap dan koneksi internet stabil sebelum memulai.
            </p>

            <div style="text-align: center; margin: 32px 0;">
                <a href="https://karir.karsatalenta.co.id/assessment/take/e81c2f90d4" style="display: inline-block; background-color: #1a56db; color: #ffffff; text-decoration: none; padding: 14px 36px; border-radius: 6px; font-size: 15px; font-weight: 600;">Mulai Tes Sekarang</a>
            </div>
            <p style="font-size: 13px; color: #6b7280; text-align: center;">Link ini bersifat personal dan hanya dapat digunakan satu kali.</p>

            <p style="font-size: 13px; color: #6b7280;">Jika tombol di atas tidak berfungsi, salin tautan berikut ke browser Anda:</p>
            <div style="background-color: #f9fafb; border: 1px solid #e5e7eb; border-radius: 4px; padding: 12px 16px; word-break: break-all; font-size: 13px; color: #4b5563;">https://karir.karsatalenta.co.id/assessment/take/e81c2f90d4</div>
        </div>
        <div class="footer">
            Email ini dikirim otomatis oleh sistem rekrutmen Karsa Talenta.
        </div>
    </div>
</body>
</html>
'''
    m = Mail(sender=KARSA_FROM, subject="Undangan Tes Seleksi – Tes Logika & Numerik", when=dt("2027-01-04 06:55", UTC),
             html=body, msgid=mid("karsatalenta.co.id", "c4"))
    write_eml("id_non_karsa_undangan_tes_seleksi_mulai_sekarang_tanpa_jadwal.eml", m)
    case("id_non_karsa_undangan_tes_seleksi_mulai_sekarang_tanpa_jadwal.eml", invite=False, start=None,
         reply_to=None,
         note="'Undangan Tes Seleksi' but an asynchronous online test: a one-time link, 45 minutes counted from "
              "pressing 'Mulai', no scheduled time -> not an invite (nothing to decline at a fixed time).",
         source=f"{BUDI_URL}: src/app/Domains/Assessment/Mail/AssessmentInvitationMail.php (subject 'Undangan Tes Seleksi "
                "– '.title) + src/resources/views/emails/assessment-invitation.blade.php | no dates")


# ==============================================================================================================
# D. gopin0011/rekrutmen-djt (Laravel 10 markdown mail, locale id, Asia/Jakarta) -> fictional 'PT. Dwipa Jaya Tirta'
# ==============================================================================================================
DJT_URL = "https://github.com/gopin0011/rekrutmen-djt (commit 75f88a4c0d0f2b0cca346dc494a84f6e800ae82a)"
DJT_FROM = ("PT. Dwipa Jaya Tirta", "noreply@dwipajayatirta.com")
DJT_APP = "https://rekrutmen.dwipajayatirta.com"


def _djt_rows(rows):
    """The template's table keeps its 4-space indentation inside @component('mail::table'), so CommonMark renders
    it as an indented code block (Laravel's docs warn about this); the text part keeps the raw pipe table."""
    lines = ["    |                 |                           |",
             "    | --------------- | -------------------------:|"]
    for k, v in rows:
        lines.append(f"    | {k:<15} | {v}               |")
    return lines


def djt_markdown(title_lines, button, rows, tail, year):
    code = "\n".join(ln[4:] for ln in _djt_rows(rows))
    text = "\n".join([f"[DJT - Human Resources]({DJT_APP})", ""] + title_lines[0] + ["", f"{button[0]}: {button[1]}", ""]
                     + title_lines[1] + ["", *_djt_rows(rows), ""] + tail + ["", f"© {year} DJT - Human Resources. "
                                                                                 "All rights reserved."]) + "\n"
    body_html = "\n".join(title_lines[2])
    tail_html = "\n".join(f"<p>{t}</p>" for t in tail if t)
    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>DJT - Human Resources</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
</head>
<body style="box-sizing: border-box; font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; background-color: #ffffff; color: #718096; height: 100%; line-height: 1.4; margin: 0; padding: 0; width: 100% !important;">

<table class="wrapper" width="100%" cellpadding="0" cellspacing="0" role="presentation" style="background-color: #edf2f7; margin: 0; padding: 0; width: 100%;">
<tr>
<td align="center">
<table class="content" width="100%" cellpadding="0" cellspacing="0" role="presentation" style="margin: 0; padding: 0; width: 100%;">
<tr>
<td class="header" style="padding: 25px 0; text-align: center;">
<a href="{DJT_APP}" style="display: inline-block;">
<img src="{DJT_APP}/icon.png" class="logo" alt="DJT Logo" style="height: 75px; max-height: 75px; width: 75px;">
</a>
</td>
</tr>

<!-- Email Body -->
<tr>
<td class="body" width="100%" cellpadding="0" cellspacing="0" style="background-color: #edf2f7; border-bottom: 1px solid #edf2f7; border-top: 1px solid #edf2f7; margin: 0; padding: 0; width: 100%;">
<table class="inner-body" align="center" width="570" cellpadding="0" cellspacing="0" role="presentation" style="background-color: #ffffff; border-color: #e8e5ef; border-radius: 2px; border-width: 1px; margin: 0 auto; padding: 0; width: 570px;">
<!-- Body content -->
<tr>
<td class="content-cell" style="max-width: 100vw; padding: 32px;">
{body_html}
<table class="action" align="center" width="100%" cellpadding="0" cellspacing="0" role="presentation" style="margin: 30px auto; padding: 0; text-align: center; width: 100%;">
<tr>
<td align="center">
<table border="0" cellpadding="0" cellspacing="0" role="presentation">
<tr>
<td>
<a href="{htmlmod.escape(button[1])}" class="button button-primary" target="_blank" rel="noopener" style="border-radius: 4px; color: #fff; display: inline-block; overflow: hidden; text-decoration: none; background-color: #2d3748; border-bottom: 8px solid #2d3748; border-left: 18px solid #2d3748; border-right: 18px solid #2d3748; border-top: 8px solid #2d3748;">    {button[0]}</a>
</td>
</tr>
</table>
</td>
</tr>
</table>
{chr(10).join(title_lines[3])}
<div class="table" style="margin: 30px auto; width: 100%;">
<pre><code>{htmlmod.escape(code)}
</code></pre>
</div>
{tail_html}
</td>
</tr>
</table>
</td>
</tr>

<tr>
<td>
<table class="footer" align="center" width="570" cellpadding="0" cellspacing="0" role="presentation" style="margin: 0 auto; padding: 0; text-align: center; width: 570px;">
<tr>
<td class="content-cell" align="center" style="max-width: 100vw; padding: 32px;">
<p style="line-height: 1.5em; margin-top: 0; color: #b0adc5; font-size: 12px; text-align: center;">© {year} DJT - Human Resources. All rights reserved.</p>
</td>
</tr>
</table>
</td>
</tr>
</table>
</td>
</tr>
</table>
</body>
</html>
'''
    return text, html


def djt_invitation(position, sender, d: datetime, typ, url, code, token):
    date_s = php_date("l, j F Y", d, "id")
    rows = [("Nama kandidat", OWNER[0]), ("Posisi", position), ("Bertemu dengan", sender), ("Tanggal", date_s),
            ("Waktu", php_date("H:i", d)), ("Jenis interview", typ), ("Link interview", url or ""),
            ("Invitation code", code)]
    titles = (["# Undangan Interview", "", "Anda mendapatkan undangan interview dari PT. Dwipa Jaya Tirta:"],
              ["## Detail undangan:"],
              ['<h1 style="color: #3d4852; font-size: 18px; font-weight: bold; margin-top: 0; text-align: left;">Undangan Interview</h1>',
               '<p style="font-size: 16px; line-height: 1.5em; margin-top: 0; text-align: left;">Anda mendapatkan undangan interview dari PT. Dwipa Jaya Tirta:</p>'],
              ['<h2 style="color: #3d4852; font-size: 16px; font-weight: bold; margin-top: 0; text-align: left;">Detail undangan:</h2>'])
    return djt_markdown(titles, ("Daftar akun", f"{DJT_APP}/register/auto/{token}"), rows,
                        ["Silahkan klik link diatas untuk mengisi atau reschedule jadwal interview"], d.year if d.month > 1 else d.year)


def build_djt():
    d = dt("2026-12-09 09:00")
    text, html = djt_invitation("Staff Purchasing", "Rini Wulandari", d, "Online", "https://meet.google.com/djt-pqrs-wvx",
                                "DJT-7KQ2", "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJpbnZpdGUiOjg4MX0.Xq2")
    m = Mail(sender=DJT_FROM, subject="Undangan Interview", when=dt("2026-12-02 13:47"), text=text, html=html,
             msgid=mid("dwipajayatirta.com", "d1"))
    write_eml("id_djt_undangan_interview_online_jam_tanpa_zona_tabel_kode.eml", m)
    case("id_djt_undangan_interview_online_jam_tanpa_zona_tabel_kode.eml", invite=True, start=d.isoformat(),
         reply_to=DJT_FROM[1],
         note="Markdown mail whose indented table renders as a code block: 'Tanggal | Rabu, 9 Desember 2026', 'Waktu | "
              "09:00' with no zone; server/app Asia/Jakarta, Date +0700, Indonesian company -> WIB. Sender is a "
              "noreply address and there is no Reply-To, so reply_to is that From.",
         source=f"{DJT_URL}: app/Mail/Invitation.php (subject 'Undangan Interview', markdown pages.invitation.invite) "
                "sent by app/Http/Controllers/InvitationController.php | Carbon::parse(dateinvite)->locale('id') with "
                "formatFunction translatedFormat, format('l, j F Y'); time = raw <input type=time> value; table inside "
                "@component('mail::table') indented 4 spaces -> <pre><code> in HTML, raw pipes in the text part")

    d1, d2 = dt("2026-12-14 10:00"), dt("2026-12-17 13:30")
    t1, h1 = djt_invitation("Staff Accounting", "Rini Wulandari", d1, "Offline", None, "DJT-9MC4",
                            "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJpbnZpdGUiOjkwMn0.Vb7")
    inv1 = Mail(sender=DJT_FROM, subject="Undangan Interview", when=dt("2026-12-04 10:20"), text=t1, html=h1,
                msgid=mid("dwipajayatirta.com", "d2a"))
    ask = owner_reply(inv1, t1.split("\n", 2)[2].strip(),
                      "Selamat malam Ibu Rini,\n\nTerima kasih atas undangan interviewnya. Mohon maaf, pada Senin, 14 "
                      "Desember 2026 saya ada jadwal sidang skripsi di kampus. Apakah memungkinkan interview "
                      "dijadwalkan ulang pada hari Rabu atau Kamis di minggu yang sama?\n\nTerima kasih atas "
                      "pengertiannya.\n\nHormat saya,\nAyu Lestari", dt("2026-12-04 20:15"), key="d2b")
    t2, h2 = djt_invitation("Staff Accounting", "Rini Wulandari", d2, "Offline", None, "DJT-4TR8",
                            "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJpbnZpdGUiOjkwMn0.Ka3")
    inv2 = Mail(sender=DJT_FROM, subject="Undangan Interview", when=dt("2026-12-07 09:10"), text=t2, html=h2,
                msgid=mid("dwipajayatirta.com", "d2c"))
    ok = owner_reply(inv2, t2.split("\n", 2)[2].strip(),
                     "Selamat siang Ibu Rini,\n\nTerima kasih, saya konfirmasi hadir pada interview hari Kamis, 17 "
                     "Desember 2026 pukul 13.30 WIB.\n\nHormat saya,\nAyu Lestari", dt("2026-12-07 12:02"), key="d2d")
    write_mbox("id_djt_thread_minta_pindah_undangan_baru_konfirmasi_hadir.mbox", [inv1, ask, inv2, ok])
    case("id_djt_thread_minta_pindah_undangan_baru_konfirmasi_hadir.mbox", invite=True, start=d2.isoformat(),
         accepted=True, reply_to=DJT_FROM[1],
         note="Invitation for 'Senin, 14 Desember 2026 / 10:00'; the owner asked to move it; the system re-sent the "
              "invitation (same subject, no reference to the old one) for 'Kamis, 17 Desember 2026 / 13:30'; the owner "
              "replied 'Terima kasih, saya konfirmasi hadir' -> latest time, accepted.",
         source=f"{DJT_URL}: app/Mail/Invitation.php via InvitationController::store (the update branch re-sends the "
                "same mail with the new dateinvite/timeinvite) | same rendering as the single invitation; owner's "
                "messages written for the thread")

    text_raw = f"Dear, Ibu {OWNER[0]}<br><br>Anda Diminta Untuk Mengisi Hasil Interview Dengan Kandidat:"
    rows = [("Nama kandidat", "Fajar Nugroho"), ("Posisi", "Staff Purchasing"), ("Tanggal", "2026-12-10")]
    titles = ([text_raw], ["## Detail Kandidat:"],
              [f'<p style="font-size: 16px; line-height: 1.5em; margin-top: 0; text-align: left;">Dear, Ibu {OWNER[0]}<br><br>Anda Diminta Untuk Mengisi Hasil Interview Dengan Kandidat:</p>'],
              ['<h2 style="color: #3d4852; font-size: 16px; font-weight: bold; margin-top: 0; text-align: left;">Detail Kandidat:</h2>'])
    text, html = djt_markdown(titles, ("Isi Hasil Interview", f"{DJT_APP}/form/hasil-interview/eyJkYXRhIjp7ImFwcCI6NDQxfX0/user"),
                              rows, [], 2026)
    text = text.replace("<br><br>", "\n\n")
    m = Mail(sender=DJT_FROM, subject="Undangan Untuk Mengisi Hasil Interview", when=dt("2026-12-10 16:31"),
             text=text, html=html, msgid=mid("dwipajayatirta.com", "d3"))
    write_eml("id_non_djt_undangan_mengisi_hasil_interview_pemilik_pewawancara.eml", m)
    case("id_non_djt_undangan_mengisi_hasil_interview_pemilik_pewawancara.eml", invite=False, start=None,
         reply_to=None,
         note="'Undangan Untuk Mengisi Hasil Interview' to the owner as the user/interviewer: fill in the result of "
              "the interview with candidate Fajar Nugroho (Tanggal 2026-12-10) -> not an invitation to her.",
         source=f"{DJT_URL}: app/Mail/UserInterview.php (subject 'Undangan Untuk Mengisi Hasil Interview', markdown "
                "pages.invitation.userInterview) sent by GuestController ($dear = 'Ibu' for 'Wanita') | Tanggal = "
                "applications.jadwalinterview string printed raw")


# ==============================================================================================================
# E. geraldilyas/rekrutmen-kitp (Laravel 12 notifications, locale en) -> fictional 'Portal Rekrutmen KTPI'
# ==============================================================================================================
KTPI_URL = "https://github.com/geraldilyas/rekrutmen-kitp (commit 7a93262793bcfd882a896e28b33d925c4819900f)"
KTPI_FROM = ("Portal Rekrutmen KTPI", "no-reply@rekrutmen-ktpi.co.id")
KTPI_APP, KTPI_FRONT = "https://api.rekrutmen-ktpi.co.id", "https://rekrutmen-ktpi.co.id"


def _md_inline(s: str) -> str:
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", htmlmod.escape(s, quote=False))


def laravel_notification(greeting, intro, action, outro, salutation, year, color="primary"):
    app = KTPI_FROM[0]
    text = [f"[{app}]({KTPI_APP})", "", f"# {greeting}", ""]
    for ln in intro:
        text += [ln, ""]
    text += [f"{action[0]}: {action[1]}", ""]
    for ln in outro:
        text += [ln, ""]
    text += [salutation, "", f"If you're having trouble clicking the \"{action[0]}\" button, copy and paste the URL below",
             f"into your web browser: [{action[1]}]({action[1]})", "", f"© {year} {app}. All rights reserved."]
    p = '<p style="font-size: 16px; line-height: 1.5em; margin-top: 0; text-align: left;">{}</p>'
    btn_color = {"primary": "#2d3748", "success": "#48bb78", "error": "#e53e3e"}[color]
    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{app}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
</head>
<body style="font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; background-color: #ffffff; color: #718096; margin: 0; padding: 0; width: 100% !important;">
<table class="wrapper" width="100%" cellpadding="0" cellspacing="0" role="presentation" style="background-color: #edf2f7; width: 100%;">
<tr><td align="center">
<table class="content" width="100%" cellpadding="0" cellspacing="0" role="presentation">
<tr><td class="header" style="padding: 25px 0; text-align: center;">
<a href="{KTPI_APP}" style="color: #3d4852; font-size: 19px; font-weight: bold; text-decoration: none; display: inline-block;">
{app}
</a>
</td></tr>
<tr><td class="body" width="100%" style="background-color: #edf2f7;">
<table class="inner-body" align="center" width="570" cellpadding="0" cellspacing="0" role="presentation" style="background-color: #ffffff; margin: 0 auto; width: 570px;">
<tr><td class="content-cell" style="padding: 32px;">
<h1 style="color: #3d4852; font-size: 18px; font-weight: bold; margin-top: 0; text-align: left;">{htmlmod.escape(greeting)}</h1>
{chr(10).join(p.format(_md_inline(ln)) for ln in intro)}
<table class="action" align="center" width="100%" cellpadding="0" cellspacing="0" role="presentation" style="margin: 30px auto; text-align: center; width: 100%;">
<tr><td align="center">
<a href="{action[1]}" class="button button-{color}" target="_blank" rel="noopener" style="border-radius: 4px; color: #fff; display: inline-block; text-decoration: none; background-color: {btn_color}; border: 8px solid {btn_color}; border-left-width: 18px; border-right-width: 18px;">{htmlmod.escape(action[0])}</a>
</td></tr>
</table>
{chr(10).join(p.format(_md_inline(ln)) for ln in outro)}
{p.format(htmlmod.escape(salutation))}
<table class="subcopy" width="100%" cellpadding="0" cellspacing="0" role="presentation" style="border-top: 1px solid #e8e5ef; margin-top: 25px; padding-top: 25px;">
<tr><td>
<p style="line-height: 1.5em; margin-top: 0; text-align: left; font-size: 14px;">If you're having trouble clicking the "{htmlmod.escape(action[0])}" button, copy and paste the URL below
into your web browser: <span class="break-all" style="word-break: break-all;"><a href="{action[1]}" style="color: #3869d4;">{action[1]}</a></span></p>
</td></tr>
</table>
</td></tr>
</table>
</td></tr>
<tr><td>
<table class="footer" align="center" width="570" cellpadding="0" cellspacing="0" role="presentation" style="margin: 0 auto; text-align: center; width: 570px;">
<tr><td class="content-cell" align="center" style="padding: 32px;">
<p style="line-height: 1.5em; margin-top: 0; color: #b0adc5; font-size: 12px; text-align: center;">© {year} {app}. All rights reserved.</p>
</td></tr>
</table>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
'''
    return "\n".join(text) + "\n", html


def build_ktpi():
    job = "Analis Laboratorium"
    applied = dt("2026-12-03 14:32")
    text, html = laravel_notification(
        f"Halo, {OWNER[0]}!",
        [f"Terima kasih telah mengajukan lamaran pada posisi **{job}**.",
         "Lamaran Anda telah berhasil kami terima dan akan segera diproses oleh tim rekrutmen.",
         "**Nomor Lamaran:** #2318", f"**Tanggal Pengajuan:** {php_date('d F Y, H:i', applied)} WIB",
         "**Status Saat Ini:** Menunggu Verifikasi"],
        ("Pantau Status Lamaran", f"{KTPI_FRONT}/status"),
        ["Kami akan mengirimkan email setiap kali status lamaran Anda berubah, termasuk saat Anda lolos maupun gugur "
         "pada setiap tahapan seleksi."], "Salam, Tim Rekrutmen", 2026)
    m = Mail(sender=KTPI_FROM, subject=f"Lamaran Anda Telah Kami Terima - {job}", when=dt("2026-12-03 14:32"),
             text=text, html=html, msgid=mid("rekrutmen-ktpi.co.id", "e1"))
    write_eml("id_non_ktpi_lamaran_diterima_tanggal_pengajuan_bulan_inggris_wib.eml", m)
    case("id_non_ktpi_lamaran_diterima_tanggal_pengajuan_bulan_inggris_wib.eml", invite=False, start=None,
         reply_to=None,
         note="Application receipt; the only time is the submission time 'Tanggal Pengajuan: 03 December 2026, 14:32 "
              "WIB' -> not an invite.",
         source=f"{KTPI_URL}: backend/app/Notifications/ApplicationSubmitted.php (MailMessage, default Laravel "
                "notification markdown) | Carbon::parse(applied_at)->translatedFormat('d F Y, H:i') with app.locale "
                "en + literal ' WIB'")

    text, html = laravel_notification(
        f"Halo, {OWNER[0]}!",
        [f"Ini pengingat bahwa lamaran Anda pada posisi **{job}** masih dalam proses seleksi dan belum ada pembaruan "
         "selama 14 hari terakhir.", "**Tahap saat ini:** Tes Tertulis",
         "Tidak perlu melakukan apa pun — tim rekrutmen sedang meninjau lamaran Anda. Kami akan segera mengabari "
         "begitu ada perkembangan."],
        ("Pantau Status Lamaran", f"{KTPI_FRONT}/status"), [], "Salam, Tim Rekrutmen", 2026)
    m = Mail(sender=KTPI_FROM, subject=f"Pengingat: Lamaran Anda Masih Diproses - {job}", when=dt("2026-12-21 08:00"),
             text=text, html=html, msgid=mid("rekrutmen-ktpi.co.id", "e2"))
    write_eml("id_non_ktpi_pengingat_lamaran_masih_diproses_tahap_tes_tertulis.eml", m)
    case("id_non_ktpi_pengingat_lamaran_masih_diproses_tahap_tes_tertulis.eml", invite=False, start=None,
         reply_to=None,
         note="Reminder that the application is still in process (current stage 'Tes Tertulis', no schedule) - "
              "status update, not an invite.",
         source=f"{KTPI_URL}: backend/app/Notifications/ApplicationReminder.php (subject 'Pengingat: Lamaran Anda Masih "
                "Diproses - '.title) | no dates")

    text, html = laravel_notification(
        f"Halo, {OWNER[0]}!",
        ["Selamat! Anda dinyatakan **lolos** pada tahap seleksi sebelumnya dan berhak melanjutkan ke tahap berikutnya.",
         f"**Posisi yang dilamar:** {job}", "**Status terbaru:** seleksi",
         "Tahap berikutnya adalah Wawancara User. Jadwal akan diinformasikan melalui website dan email."],
        ("Lihat Detail di Website", f"{KTPI_FRONT}/status"),
        ["Jika Anda memiliki pertanyaan terkait proses seleksi ini, silakan hubungi panitia rekrutmen."],
        "Salam, Tim Rekrutmen", 2027, color="success")
    m = Mail(sender=KTPI_FROM, subject=f"Anda Lolos ke Tahap Berikutnya - {job}", when=dt("2027-01-08 11:20"),
             text=text, html=html, msgid=mid("rekrutmen-ktpi.co.id", "e3"))
    write_eml("id_non_ktpi_lolos_tahap_berikutnya_jadwal_akan_diinformasikan.eml", m)
    case("id_non_ktpi_lolos_tahap_berikutnya_jadwal_akan_diinformasikan.eml", invite=False, start=None,
         reply_to=None,
         note="'Anda Lolos ke Tahap Berikutnya' - next step Wawancara User, 'Jadwal akan diinformasikan' -> status "
              "update, not yet an invitation.",
         source=f"{KTPI_URL}: backend/app/Notifications/ApplicationStatusUpdated.php (status 'seleksi' -> subject "
                "'Anda Lolos ke Tahap Berikutnya - '.title, level success; optional message from ApplicationService) | "
                "no dates")


# ==============================================================================================================
# F. denta120208/Web-Recruitment (Laravel + Filament, app timezone UTC, locale en) -> fictional
#    'PT Mahkota Griya Land, Tbk' (Bekasi)
# ==============================================================================================================
MGL_URL = "https://github.com/denta120208/Web-Recruitment (commit 2062df652fbdbd9fada17b36e0234493f3de1c48)"
MGL_FROM = ("MGL Recruitment", "noreply@mahkotagriya.co.id")
MGL_REPLY = ("MGL Recruitment", "recruitment@mahkotagriya.co.id")
MGL_CC = ("", "receive.recruitment@mahkotagriya.co.id")
MGL_SIGN = '''            <strong>HRD MGL</strong><br>
            MAHKOTA GRIYA LAND, TBK<br>
            Tel +62 21 2957 4410<br>
            hc.team@mahkotagriya.co.id<br><br>
            PT Mahkota Griya Land, Tbk<br>
            Lt. 9 Mahkota Tower<br>
            Jl. Jend. Ahmad Yani No. 12, Marga Jaya<br>
            Kota Bekasi 17141<br>
            INDONESIA'''


def mgl_page(h1, subtitle, inner, year=2027):
    return f'''<!DOCTYPE html>
<html>
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <style>
        body {{ font-family: 'Segoe UI', Tahoma, Geneva, Verdana, sans-serif; line-height: 1.6; color: #333; background-color: #f4f4f4; margin: 0; padding: 0; }}
        .container {{ max-width: 600px; margin: 20px auto; background-color: #ffffff; border-radius: 10px; overflow: hidden; }}
        .logo-section {{ background: linear-gradient(135deg, #0d3b66 0%, #1b6ca8 100%); color: #ffffff; text-align: center; padding: 30px 20px; }}
        .greeting, .info-section {{ padding: 0 30px; margin: 20px 0; }}
        .detail-item {{ display: flex; padding: 8px 0; border-bottom: 1px solid #e9ecef; }}
        .detail-label {{ font-weight: 600; width: 45%; color: #495057; }}
        .detail-value {{ width: 55%; color: #212529; }}
        .footer {{ background-color: #f8f9fa; text-align: center; padding: 20px; font-size: 12px; color: #6c757d; }}
    </style>
</head>
<body>
    <div class="container">
        <div class="logo-section">
            <h1>{h1}</h1>
            <p class="subtitle">{subtitle}</p>
        </div>
{inner}
        <div class="footer">
            <p class="footer-text">
                Email ini dikirim secara otomatis oleh sistem<br>
                <span class="company-name">MGL Recruitment</span><br>
                {year} MGL. All rights reserved.
            </p>
        </div>
    </div>
</body>
</html>
'''


def _mgl_item(label, value):
    return f'''            <div class="detail-item">
                <div class="detail-label">{label}</div>
                <div class="detail-value">{value}</div>
            </div>'''


def build_mgl():
    # F1 psikotest
    d = dt("2027-01-12 08:00")
    loc = "Lentera Psikologi Indonesia.<br>\nJl. Kemang Selatan No. 41B, Bangka,<br>\nMampang Prapatan, Jakarta Selatan 12730."
    inner = f'''        <div class="greeting">
            Dear <strong>Ayu</strong>,<br><br>
            Dengan ini kami mengundang Anda untuk mengikuti Psikotest offline Calon Karyawan <strong>PT. Mahkota Griya Land, Tbk</strong> dengan detail sebagai berikut:
        </div>
        <div class="psikotest-box" style="margin: 20px 30px; padding: 20px; background: #f0f7ff; border-radius: 8px;">
            <div class="psikotest-title" style="font-weight: 700; margin-bottom: 10px;">Detail Psikotest</div>
{_mgl_item("Tanggal Psikotes", php_date("d F Y", d))}
{_mgl_item("Jam Psikotes", php_date("H:i", d) + " WIB - Selesai")}
{_mgl_item("Lokasi", loc)}
        </div>
        <div class="info-section">
            <div class="info-title" style="font-weight: 700;">Panduan Pengerjaan Psikotest:</div>
            <ul class="info-list">
                <li>Mohon untuk tidak terlambat dan hadir pada agenda psikotes setidaknya 10 menit sebelum dimulai</li>
                <li>Berpakaian rapi dan sopan, membawa kartu identitas dan alat tulis</li>
                <li>Baca lebih lanjut petunjuk pelaksanaan sebelum memulai tes</li>
                <li>Mohon dapat mengerjakan tes dalam kondisi FIT karena membutuhkan konsentrasi tinggi saat mengerjakan tes</li>
                <li>Harap diingat bahwa agenda psikotest ini telah dikonfirmasi oleh asessor. Perubahan jadwal tidak dapat dilakukan secara mendadak, mohon untuk memberitahukan kepada PIC yang bersangkutan</li>
            </ul>
        </div>
        <div class="greeting">
            Mohon konfirmasi kesediaan mengikuti tes offline dengan mereply email ini.<br><br>
            Terima kasih banyak atas perhatiannya, semoga berhasil!<br><br>
            Hormat kami,<br>
{MGL_SIGN}
        </div>'''
    m = Mail(sender=MGL_FROM, reply_to=MGL_REPLY, cc=(MGL_CC,), subject="Undangan Psikotest — PT Mahkota Griya Land, Tbk",
             when=dt("2027-01-05 02:10", UTC), html=mgl_page("Undangan Psikotest", "PT Mahkota Griya Land, Tbk", inner),
             msgid=mid("mahkotagriya.co.id", "f1"))
    write_eml("id_mgl_undangan_psikotest_bulan_inggris_wib_selesai_server_utc.eml", m)
    case("id_mgl_undangan_psikotest_bulan_inggris_wib_selesai_server_utc.eml", invite=True, start=d.isoformat(),
         reply_to=MGL_REPLY[1],
         note="Offline psikotes 'Tanggal Psikotes 12 January 2027' (English month, no weekday) / 'Jam Psikotes 08:00 WIB "
              "- Selesai'; Date header +0000 (app timezone UTC); Reply-To recruitment@ differs from From.",
         source=f"{MGL_URL}: app/Mail/PsikotestInvitation.php (subject 'Undangan Psikotest — PT ...', replyTo, cc) + "
                "resources/views/emails/psikotest_invitation.blade.php, sent from app/Filament/Resources/ApplyJobs/Pages"
                "/EditApplyJob.php | Carbon::parse(psikotest_date)->format('d F Y'), ->format('H:i') + ' WIB - Selesai' "
                "in the view; candidate name = firstname only")

    # F2 interview + owner confirms
    d = dt("2027-01-20 10:00")
    inner = f'''        <div class="greeting">
            Dear <strong>Ayu</strong>,<br><br>
            Pengajuan lamaran dan CV Anda melalui MGL Recruitment sudah kami terima.<br><br>
            Dengan ini kami mengundang Anda untuk mengikuti tes seleksi Calon Karyawan <strong>PT. Mahkota Griya Land, Tbk</strong> dengan detail sebagai berikut:
        </div>
        <div class="interview-box" style="margin: 20px 30px; padding: 20px; background: #f0f7ff; border-radius: 8px;">
            <div class="interview-title" style="font-weight: 700; margin-bottom: 10px;">Detail Interview</div>
{_mgl_item("Tanggal Interview", php_date("d F Y", d))}
{_mgl_item("Jam Interview", php_date("H:i", d) + " WIB (mohon agar dapat hadir 10 menit sebelum interview dimulai)")}
{_mgl_item("Posisi yang Dilamar", "Site Engineer")}
{_mgl_item("Nama Perusahaan", "PT MAHKOTA GRIYA LAND, TBK")}
{_mgl_item("Penempatan Lokasi", "Mahkota City Cileungsi")}
{_mgl_item("Alamat Lokasi Interview", "Mahkota Tower Lt. 9, Jl. Jend. Ahmad Yani No. 12, Kota Bekasi")}
{_mgl_item("PIC", "Ibu Sekar")}
{_mgl_item("Interviewer", "Bapak Hendra Gunawan (Project Manager)")}
        </div>
        <div class="info-section">
            <div class="info-title" style="font-weight: 700;">PENTING!</div>
            <p style="margin: 5px 0 15px;">
                Seluruh proses recruitment di PT Mahkota Griya Land Tbk beserta seluruh unitnya
                <strong>bebas dari biaya apapun</strong>. Mohon berhati-hati atas penipuan dan pihak-pihak
                yang mengatasnamakan PT Mahkota Griya Land, Tbk.
            </p>
            <div class="info-title" style="font-weight: 700;">Notes:</div>
            <ul class="info-list">
                <li>Mohon untuk tidak terlambat dan hadir pada agenda interview 10 menit sebelum interview dimulai.</li>
                <li>Berpakaian rapi dan sopan, serta membawa berkas: kartu identitas, CV terupdate, sertifikat training atau keahlian (jika ada), fotokopi paklaring, dan portfolio.</li>
                <li>Harap diingat bahwa agenda interview ini telah dikonfirmasi oleh User. Perubahan jadwal tidak dapat dilakukan secara mendadak, mohon untuk memberitahukan kepada PIC yang bersangkutan.</li>
                <li>Periksa website perusahaan PT Mahkota Griya Land, Tbk: <a href="https://mahkotagriya.co.id/id/home" target="_blank" style="color: #1b6ca8;">https://mahkotagriya.co.id/id/home</a></li>
            </ul>
        </div>
        <div class="greeting">
            Kami menantikan kehadiran Anda.<br><br>
            Salam,<br>
            <strong>Tim HRD MGL Recruitment</strong>
        </div>'''
    inv = Mail(sender=MGL_FROM, reply_to=MGL_REPLY, cc=(MGL_CC,), subject="Undangan Interview Site Engineer — PT Mahkota Griya Land, Tbk",
               when=dt("2027-01-13 07:45", UTC), html=mgl_page("Undangan Interview", "PT Mahkota Griya Land, Tbk", inner),
               msgid=mid("mahkotagriya.co.id", "f2"))
    rep = owner_reply(inv, html_to_text(inv.html),
                      "Yth. Tim HRD MGL Recruitment,\n\nTerima kasih, saya konfirmasi hadir pada interview posisi Site "
                      "Engineer hari Rabu, 20 Januari 2027 pukul 10.00 WIB di Mahkota Tower, Bekasi.\n\nSalam hormat,"
                      "\nAyu Lestari", dt("2027-01-13 18:26"), key="f2r")
    write_mbox("id_mgl_thread_undangan_interview_terima_kasih_konfirmasi_hadir.mbox", [inv, rep])
    case("id_mgl_thread_undangan_interview_terima_kasih_konfirmasi_hadir.mbox", invite=True, start=d.isoformat(),
         accepted=True, reply_to=MGL_REPLY[1],
         note="Interview '20 January 2027' / '10:00 WIB (mohon agar dapat hadir 10 menit sebelum ...)'; the owner "
              "answered to the Reply-To address 'Terima kasih, saya konfirmasi hadir' -> accepted; reply_to = Reply-To.",
         source=f"{MGL_URL}: app/Mail/InterviewInvitation.php (subject 'Undangan Interview '.jobTitle.' — PT ...', "
                "replyTo, cc) + resources/views/emails/interview_invitation.blade.php | format('d F Y') / format('H:i') "
                "(locale en, timezone UTC); owner's reply written for the thread")

    # F3 reminder H-1
    d = dt("2027-01-27 13:30")
    inner = f'''        <div class="greeting">
            Yth. <strong>Ayu</strong>,<br><br>
            Ini adalah pengingat bahwa Anda memiliki jadwal interview <strong>BESOK</strong> untuk posisi <strong>Quantity Surveyor</strong>.
        </div>
        <div class="reminder-box" style="margin: 20px 30px; padding: 20px; text-align: center; background: #fff7e6; border-radius: 8px;">
            <div class="reminder-icon" style="font-size: 32px;">📢</div>
            <div class="reminder-title" style="font-weight: 700; font-size: 18px;">Interview Besok!</div>
            <div class="reminder-text">Pastikan Anda sudah mempersiapkan segala sesuatunya</div>
        </div>
        <div class="interview-box" style="margin: 20px 30px; padding: 20px; background: #f0f7ff; border-radius: 8px;">
            <div class="interview-title" style="font-weight: 700; margin-bottom: 10px;">Detail Interview</div>
{_mgl_item("📅 Tanggal", php_date("d F Y", d))}
{_mgl_item("🕐 Waktu", php_date("H:i", d) + " WIB")}
{_mgl_item("📍 Lokasi", "Marketing Gallery Mahkota City, Jl. Raya Narogong Km 21, Cileungsi, Bogor")}
{_mgl_item("👤 Interviewer", "Ibu Maria Christina (Cost Control Manager)")}
        </div>
        <div class="info-section">
            <div class="info-title" style="font-weight: 700;">Checklist Persiapan</div>
            <ul class="info-list">
                <li>Pastikan Anda tahu lokasi dan rute perjalanan</li>
                <li>Siapkan pakaian formal yang akan dikenakan</li>
                <li>Cetak CV dan dokumen pendukung</li>
                <li>Istirahat yang cukup malam ini</li>
                <li>Set alarm untuk bangun lebih pagi</li>
            </ul>
        </div>
        <div class="greeting">
            Kami menantikan kehadiran Anda besok. Semoga sukses!<br><br>
            Salam,<br>
            <strong>Tim HRD MGL Recruitment</strong>
        </div>'''
    page = mgl_page("⏰ Reminder Interview", "Jangan lupa! Interview Anda besok", inner).replace(
        "2027 MGL. All rights reserved.", "© 2025 MGL. All rights reserved.")
    m = Mail(sender=MGL_FROM, cc=(MGL_CC,), subject="Reminder: Interview Besok - Quantity Surveyor",
             when=dt("2027-01-26 06:30", UTC), html=page, msgid=mid("mahkotagriya.co.id", "f3"))
    write_eml("id_mgl_reminder_interview_besok_tanpa_reply_to.eml", m)
    case("id_mgl_reminder_interview_besok_tanpa_reply_to.eml", invite=True, start=d.isoformat(),
         reply_to=MGL_FROM[1],
         note="Reminder of an interview tomorrow ('BESOK'): '27 January 2027' / '13:30 WIB' at the Cileungsi marketing "
              "gallery; the reminder mailable sets no Reply-To (unlike the invitation) -> reply_to = From. Footer keeps "
              "the template's hard-coded '© 2025'.",
         source=f"{MGL_URL}: app/Mail/InterviewReminder.php (subject 'Reminder: Interview Besok - '.jobTitle, cc only) "
                "+ resources/views/emails/interview_reminder.blade.php, dispatched by app/Jobs/SendInterviewReminderJob"
                ".php | format('d F Y'), format('H:i') + ' WIB'")

    # F4 MCU
    d = dt("2027-02-03 07:30")
    inner = f'''        <div class="greeting">
            Dear <strong>Ayu</strong>,<br><br>
            Sehubungan dengan proses rekrutmen yang sedang berlangsung, kami mengundang Anda untuk melakukan <strong>Medical Check Up (MCU)</strong> sebagai salah satu tahapan seleksi di <strong>PT Mahkota Griya Land, Tbk</strong>.
            Berikut detail pelaksanaan MCU:
        </div>
        <div class="mcu-box" style="margin: 20px 30px; padding: 20px; background: #f0f7ff; border-radius: 8px;">
            <div class="mcu-title" style="font-weight: 700; margin-bottom: 10px;">Detail Medical Check Up</div>
{_mgl_item("Hari &amp; Tanggal MCU", php_date("d F Y", d))}
{_mgl_item("Jam MCU", php_date("H:i", d) + " WIB - Selesai")}
{_mgl_item("Lokasi MCU", "Klinik Prima Husada Bekasi, Jl. Cut Mutia No. 7, Margahayu, Bekasi Timur")}
{_mgl_item("Dokumen yang perlu dibawa", "ID card (KTP atau SIM) dan surat pengantar MCU (terlampir).")}
        </div>
        <div class="info-section">
            <div class="info-title" style="font-weight: 700;">Catatan:</div>
            <ul class="info-list">
                <li>Melakukan puasa minimal 10 jam sebelum MCU.</li>
                <li>Mohon hadir tepat waktu sesuai jadwal yang telah ditentukan.</li>
                <li>Setelah semua rangkaian MCU selesai, dapat langsung kembali ke rumah. Hasil MCU akan dikirim ke PT Mahkota Griya Land, Tbk.</li>
            </ul>
        </div>
        <div class="greeting">
            Hormat kami,<br><br>
{MGL_SIGN}
        </div>'''
    m = Mail(sender=MGL_FROM, reply_to=MGL_REPLY, cc=(MGL_CC,), subject="Undangan Medical Check Up — PT Mahkota Griya Land, Tbk",
             when=dt("2027-01-28 04:05", UTC), html=mgl_page("Undangan Medical Check Up", "PT Mahkota Griya Land, Tbk", inner),
             attachments=[("Surat_Pengantar_MCU_Ayu.pdf", "application/pdf", PDF)], msgid=mid("mahkotagriya.co.id", "f4"))
    write_eml("id_mgl_undangan_medical_check_up_tahapan_seleksi_jam_selesai.eml", m)
    case("id_mgl_undangan_medical_check_up_tahapan_seleksi_jam_selesai.eml", invite=True, start=d.isoformat(),
         reply_to=MGL_REPLY[1],
         note="Medical check-up explicitly 'sebagai salah satu tahapan seleksi' at a fixed time: 'Hari & Tanggal MCU "
              "03 February 2027' (label says Hari but no weekday is printed) / '07:30 WIB - Selesai' -> a scheduled, "
              "attended selection step, so an invite.",
         source=f"{MGL_URL}: app/Mail/McuInvitation.php (subject 'Undangan Medical Check Up — PT ...', replyTo, cc, "
                "cover letter attached) + resources/views/emails/mcu_invitation.blade.php | format('d F Y'), format('H:i')")


# ==============================================================================================================
# G. INIXBDG/INIXCOFFEE (Laravel, locale id_ID, Asia/Jakarta) -> fictional 'PT Inovasi Amerta Mandiri' (Bandung)
# ==============================================================================================================
INIX_URL = "https://github.com/INIXBDG/INIXCOFFEE (commit 8355f612116da3d3ad792ae99a9775b28674daf6)"
AMERTA_FROM = ("HRD Amerta Bandung", "rekrutmen@amertabandung.co.id")


def amerta_master(header_title, header_sub, content, year):
    return f'''<!DOCTYPE html>
<html lang="id">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>{header_title}</title>
</head>
<body style="margin: 0; padding: 0; background-color: #f3f4f6; font-family: Arial, Helvetica, sans-serif;">
    <table role="presentation" width="100%" cellspacing="0" cellpadding="0"
        style="background-color: #f3f4f6; padding: 30px 0;">
        <tr>
            <td align="center">
                <table role="presentation" width="600" cellspacing="0" cellpadding="0"
                    style="background-color: #ffffff; border-radius: 8px; overflow: hidden;">
                    <tr>
                        <td
                            style="background-color: #0062ff; padding: 30px 40px; text-align: center;">
                            <h1 style="margin: 0; color: #ffffff; font-size: 24px;">
                                {header_title}
                            </h1>
                            <p style="margin: 8px 0 0; color: #dbeafe; font-size: 14px;">
                                {header_sub}
                            </p>
                        </td>
                    </tr>
                    <tr>
                        <td style="padding: 40px;">
{content}
                        </td>
                    </tr>
                    <tr>
                        <td
                            style="background-color: #f9fafb; padding: 20px 40px; text-align: center; border-top: 1px solid #e5e7eb;">
                            <p style="margin: 0 0 5px; color: #6b7280; font-size: 12px;">
                                Email ini dikirim otomatis oleh sistem rekrutmen. Mohon tidak membalas email ini.
                            </p>
                            <p style="margin: 0; color: #9ca3af; font-size: 12px;">
                                &copy; {year} Amerta Bandung. All rights reserved.
                            </p>
                        </td>
                    </tr>
                </table>
            </td>
        </tr>
    </table>
</body>
</html>
'''


def amerta_interview(tahap_interview, tahap_key, jabatan, d: datetime, metode, link=None, lokasi=None, catatan=None):
    tahap = {"Interview HR": "1", "Interview Manager/SPV/Koordinator": "2", "Technical Test": "Technical Test",
             "Interview Direksi": "3"}.get(tahap_interview, "1")
    pesan = {"hr": "Mohon untuk dapat mengirimkan berkas pendukung seperti CV, ijazah, FC KTP, FC SIM, portofolio (jika "
                   "ada) pada alamat email yang tertera.",
             "technical": "Sebagai bagian dari proses seleksi, kami mengundang Anda untuk melakukan presentasi dengan "
                          "durasi maksimal 15 menit dengan topik seputar Data Analyst/Data Science. Silakan pilih materi "
                          "yang paling Anda kuasai, dan pastikan presentasi mencakup teori serta demo/praktik penggunaan "
                          "tools yang relevan.",
             "user": "Mohon untuk dapat memberikan konfirmasi kehadiran dan menggunakan pakaian rapi formal.",
             "direksi": "Mohon untuk dapat memberikan konfirmasi kehadiran dan menggunakan pakaian rapi formal."
             }.get(tahap_key, catatan or "Mohon untuk dapat memberikan konfirmasi kehadiran.")
    place = ""
    if metode == "Online (Zoom / Google Meet)" and link:
        place = f'''
        <p style="margin: 15px 0; color: #4b5563; font-size: 15px; line-height: 1.6;">
            <strong>Link Meeting:</strong> <a href="{link}"
                style="color: #0062ff; word-break: break-all;">{link}</a>
        </p>'''
    elif metode == "Offline (Datang ke Kantor)" and lokasi:
        place = f'''
        <p style="margin: 15px 0; color: #4b5563; font-size: 15px; line-height: 1.6;">
            <strong>Lokasi:</strong> {lokasi}
        </p>'''
    content = f'''    <p style="margin: 0 0 20px; color: #1f2937; font-size: 16px;">
        Hai <strong>{OWNER[0]}</strong>,
    </p>

    <p style="margin: 0 0 20px; color: #4b5563; font-size: 15px; line-height: 1.6;">
        Terima kasih sudah ikut serta dalam proses rekrutmen di <strong>PT Inovasi Amerta Mandiri</strong>.
    </p>

    <p style="margin: 0 0 20px; color: #4b5563; font-size: 15px; line-height: 1.6;">
        Kami mengundang kamu untuk lanjut ke tahap <strong style="color: #0062ff;">Interview {tahap}</strong> seleksi
        untuk posisi <strong style="color: #0062ff;">{jabatan}</strong>.
    </p>

    <table role="presentation" width="100%" cellspacing="0" cellpadding="0"
        style="margin: 20px 0; font-size: 15px; color: #1f2937; line-height: 1.8;">
        <tr>
            <td style="width: 130px; vertical-align: top; font-weight: 600;">Hari/Tanggal</td>
            <td>: {php_date('l, d F Y', d, 'id')}</td>
        </tr>
        <tr>
            <td style="vertical-align: top; font-weight: 600;">Waktu</td>
            <td>: {php_date('H.i', d)} WIB</td>
        </tr>
        <tr>
            <td style="vertical-align: top; font-weight: 600;">Tempat</td>
            <td>: {metode}</td>
        </tr>
    </table>
{place}

    <p style="margin: 25px 0; color: #4b5563; font-size: 15px; line-height: 1.6;">
        {pesan}
    </p>

    <p style="margin: 30px 0 5px; color: #1f2937; font-size: 15px;">
        Salam,
    </p>
    <p style="margin: 0; color: #1f2937; font-size: 15px; font-weight: 600;">
        HRD
    </p>
    <p style="margin: 0; color: #1f2937; font-size: 15px;">
        PT Inovasi Amerta Mandiri
    </p>'''
    return amerta_master("Undangan Interview", "Jadwal Interview Anda", content, d.year)


def amerta_kustom(isi, year):
    body = htmlmod.escape(isi).replace("\n", "<br />\n")
    content = f'''    <p style="margin: 0 0 20px; color: #1f2937; font-size: 16px;">
        Halo <strong>{OWNER[0]}</strong>,
    </p>

    <div style="margin: 0 0 20px; color: #4b5563; font-size: 15px; line-height: 1.7;">
        {body}
    </div>

    <p style="margin: 30px 0 0; color: #1f2937; font-size: 15px;">
        Salam,<br>
        <strong>Tim Amerta Bandung</strong>
    </p>'''
    return amerta_master("Amerta Bandung", "Recruitment System", content, year)


def build_amerta():
    d = dt("2027-01-22 13:30")
    m = Mail(sender=AMERTA_FROM, subject="Undangan Technical Test – Data Analyst Kontrak 12 Bulan",
             when=dt("2027-01-15 10:48"),
             html=amerta_interview("Technical Test", "technical", "Data Analyst", d, "Online (Zoom / Google Meet)",
                                   link="https://us06web.zoom.us/j/86120457731?pwd=amrt22"),
             msgid=mid("amertabandung.co.id", "g1"))
    write_eml("id_amerta_undangan_technical_test_jam_titik_translatedformat.eml", m)
    case("id_amerta_undangan_technical_test_jam_titik_translatedformat.eml", invite=True, start=d.isoformat(),
         reply_to=AMERTA_FROM[1],
         note="'Hari/Tanggal : Jumat, 22 Januari 2027' / 'Waktu : 13.30 WIB' (dot separator), online technical test "
              "with a 15-minute presentation -> scheduled assessment = invite.",
         source=f"{INIX_URL}: app/Mail/NotifikasiInterview.php (subject 'Undangan '.tahapInterview.' – '.jabatan.' '."
                "detail_jabatan) + resources/views/emails/notifikasi-interview.blade.php in emails/layouts/master.blade."
                "php | Carbon::parse(jadwal)->translatedFormat('l, d F Y') with app.locale 'id_ID'; ->format('H.i') . "
                "' WIB'")

    isi = ("Sehubungan dengan perjalanan dinas user, dengan ini kami informasikan bahwa jadwal interview Anda untuk "
           "posisi Staff Marketing pada Senin, 7 Desember 2026 pukul 10.00 WIB dibatalkan.\n\n"
           "Sebagai gantinya, kami menawarkan beberapa pilihan jadwal berikut:\n"
           "1. Rabu, 9 Desember 2026 pukul 10.00 WIB\n"
           "2. Kamis, 10 Desember 2026 pukul 14.00 WIB\n"
           "3. Jumat, 11 Desember 2026 pukul 09.00 WIB\n\n"
           "Mohon konfirmasi pilihan jadwal Anda dengan membalas email ini paling lambat Senin, 7 Desember 2026. Jika "
           "ketiga pilihan tersebut tidak sesuai, silakan usulkan waktu lain pada rentang 14–18 Desember 2026 pukul "
           "09.00–16.00 WIB.\n\nInterview tetap dilaksanakan di kantor kami, Jl. Cipaganti No. 95, Bandung.\n\n"
           "Mohon maaf atas ketidaknyamanannya.")
    m = Mail(sender=AMERTA_FROM, subject="Perubahan Jadwal Interview – Staff Marketing", when=dt("2026-12-03 16:05"),
             html=amerta_kustom(isi, 2026), msgid=mid("amertabandung.co.id", "g2"))
    write_eml("id_amerta_jadwal_dibatalkan_tiga_pilihan_jadwal_pengganti.eml", m)
    case("id_amerta_jadwal_dibatalkan_tiga_pilihan_jadwal_pengganti.eml", invite=True, start=None,
         reply_to=AMERTA_FROM[1],
         note="HR's custom mail: the 7 Dec 10.00 WIB slot is cancelled, three replacement slots (9, 10, 11 Dec) are "
              "offered plus a window 14–18 Dec 09.00–16.00 WIB; none chosen yet -> still an invitation, no single time "
              "(null).",
         source=f"{INIX_URL}: app/Mail/EmailKustom.php (subject and isi_email typed by HR in HR/hireController@643) + "
                "resources/views/emails/email-kustom.blade.php ({!! nl2br(e($isiEmail)) !!}) | the body text is HR's "
                "own (written for this case); dates typed by hand")

    d = dt("2026-11-24 09:00")
    inv = Mail(sender=AMERTA_FROM, subject="Undangan Interview HR – Staff Administrasi Akademik", when=dt("2026-11-17 13:22"),
               html=amerta_interview("Interview HR", "hr", "Staff Administrasi", d, "Offline (Datang ke Kantor)",
                                     lokasi="Jl. Cipaganti No. 95, Bandung"),
               msgid=mid("amertabandung.co.id", "g3"))
    rep = owner_reply(inv, html_to_text(inv.html),
                      "Selamat sore Bapak/Ibu HRD,\n\nTerima kasih atas undangan interviewnya. Mohon maaf, pada Selasa, "
                      "24 November 2026 pagi saya masih terikat jadwal kerja. Apakah memungkinkan interview dipindah ke "
                      "Rabu, 25 November 2026 setelah pukul 13.00 WIB, atau di hari lain pada minggu yang sama?\n\n"
                      "Hormat saya,\nAyu Lestari",
                      dt("2026-11-17 17:40"), key="g3r")
    write_mbox("id_amerta_thread_interview_hr_pemilik_minta_jadwal_lain_belum_dijawab.mbox", [inv, rep])
    case("id_amerta_thread_interview_hr_pemilik_minta_jadwal_lain_belum_dijawab.mbox", invite=True,
         start=d.isoformat(), accepted=False, reply_to=AMERTA_FROM[1],
         note="Interview HR 'Selasa, 24 November 2026' / '09.00 WIB' at the Bandung office; the owner asked to move it "
              "(proposing Wed 25 Nov after 13.00) and HR has not answered: the scheduled time still stands, her "
              "proposal is not a new time; not accepted.",
         source=f"{INIX_URL}: app/Mail/NotifikasiInterview.php ('Interview HR' -> 'Interview 1', tahap_interview 'hr' "
                "message) + notifikasi-interview.blade.php | translatedFormat('l, d F Y') id_ID, format('H.i'); owner's "
                "reply written for the thread")

    d = dt("2027-02-04 10:00")
    inv = Mail(sender=AMERTA_FROM, subject="Undangan Interview Manager/SPV/Koordinator – Sales Executive Corporate",
               when=dt("2027-01-27 11:15"),
               html=amerta_interview("Interview Manager/SPV/Koordinator", "user", "Sales Executive", d,
                                     "Offline (Datang ke Kantor)", lokasi="Jl. Cipaganti No. 95, Bandung"),
               msgid=mid("amertabandung.co.id", "g4a"))
    isi = ("Terima kasih atas waktu dan minat Anda mengikuti proses rekrutmen di PT Inovasi Amerta Mandiri.\n\n"
           "Dengan berat hati kami sampaikan bahwa jadwal Interview 2 untuk posisi Sales Executive pada Kamis, 4 "
           "Februari 2027 pukul 10.00 WIB kami batalkan, karena kebutuhan posisi tersebut ditutup sementara oleh "
           "manajemen.\n\nData lamaran Anda akan tetap kami simpan, dan kami akan menghubungi Anda apabila posisi ini "
           "atau posisi lain yang sesuai dibuka kembali.\n\nMohon maaf atas ketidaknyamanannya.")
    can = Mail(sender=AMERTA_FROM, subject="Pembatalan Jadwal Interview – Sales Executive", when=dt("2027-02-01 09:30"),
               html=amerta_kustom(isi, 2027), msgid=mid("amertabandung.co.id", "g4b"))
    write_mbox("id_non_amerta_thread_undangan_lalu_dibatalkan_posisi_ditutup.mbox", [inv, can])
    case("id_non_amerta_thread_undangan_lalu_dibatalkan_posisi_ditutup.mbox", invite=False, start=None,
         reply_to=None,
         note="Interview 2 invitation for 'Kamis, 04 Februari 2027' / '10.00 WIB', then a custom mail cancelling it "
              "because the position is closed, with no new slot -> at the end of the thread there is nothing to "
              "attend: not an invite.",
         source=f"{INIX_URL}: NotifikasiInterview ('Interview Manager/SPV/Koordinator' -> 'Interview 2', key 'user') "
                "then EmailKustom (HR-typed cancellation, written for this case)")


# ==============================================================================================================
# H. CodeIgniter 4 InterviewNotificationService of an internship recruitment site (code-index file 68857958998)
# ==============================================================================================================
IACP_SRC = ("Public GitHub CodeIgniter 4 app/Services/InterviewNotificationService.php of an 'Industry-Academia "
            "Collaboration Program' internship recruitment site (buildEmailTemplate, sendRegistrationTokenEmail), "
            "code-index file id 68857958998 - repository not resolvable through the index")
IACP_FROM = ("Industry-Academia Collaboration Program", "iacp.nts.semarang@gmail.com")
CI4 = [("User-Agent", "CodeIgniter"), ("X-Sender", IACP_FROM[1]), ("X-Mailer", "CodeIgniter"), ("X-Priority", "3 (Normal)")]


def iacp_body(headline, intro, box_label, box_value, extra, footer_note):
    return f'''
        <div style='background-color: #f4f6f9; padding: 30px 15px; font-family: Arial, sans-serif; color: #333;'>
            <table align='center' border='0' cellpadding='0' cellspacing='0' width='100%' style='max-width: 600px; background-color: #ffffff; border-radius: 8px; box-shadow: 0 4px 10px rgba(0,0,0,0.05); overflow: hidden;'>
                <tr>
                    <td align='center' style='background-color: #1e3a8a; padding: 30px 20px;'>
                        <img src='https://cdn-icons-png.flaticon.com/512/3135/3135665.png' alt='Logo Program' style='width: 80px; height: auto; margin-bottom: 10px; display: block;'>
                        <h2 style='color: #ffffff; margin: 0; font-size: 20px; font-weight: 600; letter-spacing: 0.5px;'>Industry-Academia Collaboration Program</h2>
                    </td>
                </tr>
                <tr>
                    <td style='padding: 40px 30px;'>
                        <h3 style='margin-top:0;color:#1e3a8a;'>{headline}</h3>
                        <p style='font-size: 16px; line-height: 1.6; margin-top: 0;'>Halo <strong>{OWNER[0]}</strong>,</p>
                        <p style='font-size: 15px; line-height: 1.6; color: #555;'>{intro}</p>

                        <div style='background-color: #f0f4f8; border-left: 4px solid #1e3a8a; border-radius: 4px; padding: 20px; margin: 25px 0; text-align: center;'>
                            <span style='font-size: 13px; text-transform: uppercase; color: #666; display: block; margin-bottom: 5px;'>{box_label}</span>
                            <span style='font-size: 18px; font-weight: bold; color: #1e3a8a; font-family: monospace;'>{box_value}</span>
                        </div>

                        {extra}

                        <p style='font-size: 13px; line-height: 1.6; color: #888; margin-top: 25px;'>{footer_note}</p>

                        <!-- INFORMASI KONTAK / BANTUAN -->
                        <div style='margin-top: 25px; padding: 16px; background-color: #f8fafc; border-radius: 6px; border: 1px dashed #cbd5e1; text-align: center;'>
                            <p style='font-size: 13px; color: #64748b; margin: 0 0 6px 0;'>Butuh bantuan atau informasi lebih lanjut? Hubungi narahubung kami di:</p>
                            <p style='font-size: 15px; font-weight: bold; color: #1e3a8a; margin: 0;'>
                                📞 0857-4120-9936
                            </p>
                        </div>
                    </td>
                </tr>
                <tr>
                    <td align='center' style='background-color: #f8fafc; padding: 20px; border-top: 1px solid #edf2f7; font-size: 12px; color: #999;'>
                        <p style='margin: 0 0 5px 0;'>Email ini dikirim otomatis oleh sistem rekrutmen Industry-Academia Collaboration Program.</p>
                        <p style='margin: 0;'>&copy; 2027 Industry-Academia Collaboration Program. All rights reserved.</p>
                    </td>
                </tr>
            </table>
        </div>
        '''


def iacp_token(token):
    return (f"<div style='margin:15px 0 20px 0;text-align:center;'><span style='font-size:13px;color:#64748b;'>Nomor "
            f"Token Pendaftaran:</span> <strong style='font-family:monospace;color:#1e3a8a;font-size:16px;'>{token}"
            "</strong></div>")


def iacp_zoom(url):
    return (f"<div style='text-align:center;margin:20px 0 15px 0;'><a href='{url}' target='_blank' rel='noopener "
            "noreferrer' style='background-color:#1e3a8a;color:#ffffff;padding:12px 28px;text-decoration:none;"
            "font-size:15px;font-weight:bold;border-radius:6px;display:inline-block;box-shadow:0 4px 6px rgba(0,0,0,0.1);'>"
            "Gabung Link Zoom / Meet</a></div><p style='text-align:center;font-size:13px;color:#64748b;margin:0 0 15px 0;'>"
            f"Tautan alternatif: <a href='{url}' target='_blank' rel='noopener noreferrer' style='color:#1e3a8a;"
            f"word-break:break-all;'>{url}</a></p>")


def iacp_tanggal(d: datetime) -> str:
    return f"{ID_DAYS[d.weekday()]}, {d.day} {ID_MONTHS[d.month - 1]} {d.year} pukul {php_date('H:i', d)} WIB"


def build_iacp():
    token = "IACP-27-0418"
    d = dt("2027-01-14 10:00")
    body = iacp_body("Undangan Interview Tahap 1",
                     "Selamat! Anda dijadwalkan untuk mengikuti <strong>Interview Tahap 1</strong> pada program "
                     "Industry-Academia Collaboration Program.", "Jadwal Interview Tahap 1", iacp_tanggal(d),
                     iacp_token(token) + iacp_zoom("https://us02web.zoom.us/j/81234098765?pwd=IACPsmg1"),
                     "Mohon hadir 10 menit sebelum jadwal dan pastikan koneksi internet Anda stabil.")
    m = Mail(sender=IACP_FROM, subject="Undangan Interview Tahap 1 - Industry-Academia Collaboration Program",
             when=dt("2027-01-08 15:31"), html=body, msgid=mid("gmail.com", "h1", style="ci4"), extra=CI4)
    write_eml("id_iacp_undangan_interview_tahap_1_dikirim_dari_gmail.eml", m)
    case("id_iacp_undangan_interview_tahap_1_dikirim_dari_gmail.eml", invite=True, start=d.isoformat(),
         reply_to=IACP_FROM[1],
         note="Internship selection interview sent from a free-mail (Gmail SMTP) address: 'Kamis, 14 Januari 2027 "
              "pukul 10:00 WIB' with a Zoom link; reply goes to the gmail sender.",
         source=f"{IACP_SRC} | scenario MENUNGGU_SCHEDULED: formatTanggalIndo(jadwal_interview_1, true) = own DAYS/"
                "MONTHS arrays + date('j') + ' pukul ' + date('H:i') + ' WIB'; setFrom a gmail.com address; CI4 Email "
                "headers (User-Agent/X-Mailer CodeIgniter)")

    d = dt("2027-02-01 13:30")
    body = iacp_body("Undangan Interview Tahap 2",
                     "Selamat! Anda dijadwalkan untuk mengikuti <strong>Interview Tahap 2</strong> pada program "
                     "Industry-Academia Collaboration Program.", "Jadwal Interview Tahap 2", iacp_tanggal(d),
                     iacp_token(token) + iacp_zoom("https://us02web.zoom.us/j/89911223344?pwd=IACPsmg2") +
                     "<div style='margin-top:20px;padding:14px;background-color:#f8fafc;border-left:4px solid #1e3a8a;"
                     "border-radius:4px;text-align:left;'><strong style='font-size:13px;color:#334155;'>Catatan Penting:"
                     "</strong><p style='margin:5px 0 0 0;font-size:13px;color:#475569;line-height:1.5;'>Interview "
                     "bersama mentor divisi Network Planning.</p></div>",
                     "Mohon hadir 10 menit sebelum jadwal dan pastikan koneksi internet Anda stabil.")
    inv = Mail(sender=IACP_FROM, subject="Undangan Interview Tahap 2 - Industry-Academia Collaboration Program",
               when=dt("2027-01-25 02:12", UTC), html=body, msgid=mid("gmail.com", "h2", style="ci4"), extra=CI4)
    rep = owner_reply(inv, html_to_text(inv.html),
                      "Selamat pagi Kak,\n\nTerima kasih atas informasinya. Izin bertanya, apakah pada Interview "
                      "Tahap 2 ini saya perlu menyiapkan presentasi portofolio, atau cukup sesi tanya jawab dengan "
                      "mentor?\n\nTerima kasih,\nAyu Lestari", dt("2027-01-25 09:48"), key="h2r")
    write_mbox("id_iacp_thread_interview_tahap_2_pemilik_bertanya_tanpa_konfirmasi.mbox", [inv, rep])
    case("id_iacp_thread_interview_tahap_2_pemilik_bertanya_tanpa_konfirmasi.mbox", invite=True,
         start=d.isoformat(), accepted=False, reply_to=IACP_FROM[1],
         note="'Senin, 1 Februari 2027 pukul 13:30 WIB' (Date header +0000: CI4 appTimezone UTC); the owner only asks "
              "a question about preparation and quotes 'Mohon hadir 10 menit sebelum jadwal' - no confirmation -> "
              "not accepted.",
         source=f"{IACP_SRC} | scenario PROGRESS_SCHEDULED (jadwal_interview_2, catatan_interview_2); "
                "formatTanggalIndo(..., true); owner's question written for the thread")

    body = iacp_body("Lolos Interview Tahap 1 🎉",
                     "Selamat! Berdasarkan hasil evaluasi, Anda dinyatakan <strong>LOLOS Interview Tahap 1</strong> pada "
                     "program Industry-Academia Collaboration Program.", "Nomor Token Pendaftaran", token,
                     "<div style='padding:16px;background-color:#eff6ff;border-radius:6px;border-left:4px solid #1e3a8a;"
                     "margin-top:20px;text-align:left;'><p style='margin:0;font-size:14px;color:#1e3a8a;font-weight:600;'>"
                     "Tahap Selanjutnya: Interview Tahap 2</p><p style='margin:6px 0 0 0;font-size:13px;color:#475569;"
                     "line-height:1.5;'>Saat ini tim rekrutmen kami sedang menyusun jadwal wawancara untuk tahap "
                     "berikutnya. Mohon menunggu pemberitahuan resmi selanjutnya melalui email atau WhatsApp.</p></div>",
                     "Pantau terus status pendaftaran Anda secara berkala.")
    m = Mail(sender=IACP_FROM, subject="Selamat! Anda Lolos Interview Tahap 1 - Industry-Academia Collaboration Program",
             when=dt("2027-01-18 16:20"), html=body, msgid=mid("gmail.com", "h3", style="ci4"), extra=CI4)
    write_eml("id_non_iacp_lolos_interview_tahap_1_jadwal_tahap_2_disusun.eml", m)
    case("id_non_iacp_lolos_interview_tahap_1_jadwal_tahap_2_disusun.eml", invite=False, start=None, reply_to=None,
         note="'Lolos Interview Tahap 1' - the team is still preparing the Tahap 2 schedule ('Mohon menunggu "
              "pemberitahuan resmi selanjutnya') -> status update, not an invite.",
         source=f"{IACP_SRC} | scenario PROGRESS_PENDING, no dates")

    body = iacp_body("Pendaftaran Anda Sedang Diproses",
                     "Terima kasih telah mendaftar pada program <strong>Industry-Academia Collaboration Program</strong>. "
                     "Berkas pendaftaran Anda saat ini sedang dalam proses peninjauan oleh tim rekrutmen kami.",
                     "Nomor Token Pendaftaran", token,
                     "<p style='font-size:14px;color:#555;'>Simpan nomor token Anda dengan baik. Anda dapat "
                     "menggunakannya untuk mengecek progres seleksi secara berkala pada menu <strong>Cek Progres</strong>"
                     " di website kami.</p>",
                     "Pemberitahuan jadwal wawancara akan kami sampaikan lebih lanjut setelah berkas terverifikasi.")
    m = Mail(sender=IACP_FROM, subject="Informasi Pendaftaran Magang - Industry-Academia Collaboration Program",
             when=dt("2026-12-14 20:05"), html=body, msgid=mid("gmail.com", "h4", style="ci4"), extra=CI4)
    write_eml("id_non_iacp_pendaftaran_sedang_diproses_jadwal_wawancara_menyusul.eml", m)
    case("id_non_iacp_pendaftaran_sedang_diproses_jadwal_wawancara_menyusul.eml", invite=False, start=None,
         reply_to=None,
         note="Registration receipt 'Pendaftaran Anda Sedang Diproses'; 'Pemberitahuan jadwal wawancara akan kami "
              "sampaikan lebih lanjut' -> not an invite.",
         source=f"{IACP_SRC} | scenario MENUNGGU_PENDING, no dates")


# ==============================================================================================================
# I. Node/nodemailer mail service of a job portal 'Lokerin' (code-index file 55569219085, fork 67497260936)
#    -> platform renamed 'Kerjain', sent through Gmail (service 'gmail'); nodemailer Date header is UTC
# ==============================================================================================================
LOKERIN_SRC = ("Public GitHub Node.js job-portal mail service (nodemailer; sendInterviewInvitation, "
               "sendInterviewInvitationEmail/renderInterviewInvitationTemplate, sendOfferingLetterEmail), code-index "
               "file ids 55569219085 and 67497260936 - repository not resolvable through the index")
KERJAIN_FROM = ("", "kerjain.platform@gmail.com")


def kerjain_simple(company, position, schedule_text, link):
    link_html = f'<a href="{link}">{link}</a>' if link else "-"
    return f'''
      <p>Halo {OWNER[0]},</p>
      <p>Anda diundang untuk mengikuti interview untuk posisi <strong>{position}</strong> di <strong>{company}</strong>.</p>
      <p><strong>Jadwal:</strong> {schedule_text}</p>
      <p><strong>Link:</strong> {link_html}</p>
      <p>Silakan cek dashboard Kerjain Anda untuk detail lebih lanjut.</p>
    '''


def build_kerjain():
    m = Mail(sender=KERJAIN_FROM, subject="Undangan Interview - Admin Ekspor Impor", when=dt("2026-11-10 04:22", UTC),
             html=kerjain_simple("PT Sinar Bahari Logistik", "Admin Ekspor Impor", "Akan dikonfirmasi oleh HR", None),
             msgid=mid("gmail.com", "i1", style="nodemailer"))
    write_eml("id_kerjain_undangan_interview_jadwal_akan_dikonfirmasi_hr.eml", m)
    case("id_kerjain_undangan_interview_jadwal_akan_dikonfirmasi_hr.eml", invite=True, start=None,
         reply_to=KERJAIN_FROM[1],
         note="'Anda diundang untuk mengikuti interview' but 'Jadwal: Akan dikonfirmasi oleh HR' (schedule not set) "
              "-> an invitation with a time still to be agreed: is_invite true, start null.",
         source=f"{LOKERIN_SRC} | sendInterviewInvitation(): schedule null -> 'Akan dikonfirmasi oleh HR'; "
                "meetingLink null -> '-'; from = EMAIL_FROM || EMAIL_USER (Gmail); platform name fictionalised")

    d = dt("2027-01-14 10:00")
    m = Mail(sender=KERJAIN_FROM, subject="Undangan Interview - Staff Admin Gudang (Surabaya)",
             when=dt("2027-01-06 07:41", UTC),
             html=kerjain_simple("PT Arunika Digital Kreasi", "Staff Admin Gudang (Surabaya)", js_id_long(d, weekday=False),
                                 "https://meet.google.com/ark-dgkr-sby"),
             msgid=mid("gmail.com", "i2", style="nodemailer"))
    write_eml("id_kerjain_undangan_interview_tolocalestring_datestyle_long_tanpa_zona.eml", m)
    case("id_kerjain_undangan_interview_tolocalestring_datestyle_long_tanpa_zona.eml", invite=True,
         start=d.isoformat(), reply_to=KERJAIN_FROM[1],
         note="'Jadwal: 14 Januari 2027 pukul 10.00' (JS toLocaleString id-ID, no zone, no weekday); nodemailer Date "
              "header +0000; the role is in Surabaya -> WIB.",
         source=f"{LOKERIN_SRC} | new Date(schedule).toLocaleString('id-ID', {{dateStyle:'long', timeStyle:'short'}}) "
                "on a server with TZ=Asia/Jakarta -> '14 Januari 2027 pukul 10.00' (checked with node 20 / ICU 78)")

    d = dt("2026-12-04 14:00")
    sent = dt("2026-11-27 02:30", UTC)
    current = f"{sent.day} {ID_MONTHS[sent.month - 1]} {sent.year}"
    loc = "Gedung Cahaya Lt. 3, Jl. Panglima Polim Raya No. 45, Jakarta Selatan"
    body = f'''
    <div style="font-family: 'Segoe UI', Arial, sans-serif; line-height: 1.8; color: #333; max-width: 650px; margin: auto; border: 1px solid #e0e0e0; padding: 30px; background-color: #ffffff; border-radius: 10px;">
      <div style="text-align: center; border-bottom: 3px solid #28a745; padding-bottom: 15px; margin-bottom: 25px;">
        <h2 style="color: #28a745; margin: 0; text-transform: uppercase; letter-spacing: 1px;">Undangan Wawancara Kerja</h2>
        <p style="margin: 5px 0; color: #666; font-size: 14px;">Kerjain Platform - PT Cahaya Niaga Persada</p>
      </div>

      <div style="font-size: 15px;">
        <p>Jakarta, {current}</p>

        <p>Yth. <strong>{OWNER[0]}</strong>,</p>

        <p>Terima kasih atas minat Anda untuk bergabung bersama <strong>PT Cahaya Niaga Persada</strong>. Setelah meninjau curriculum vitae (CV) dan portofolio yang Anda kirimkan, kami dengan senang hati mengundang Anda untuk mengikuti tahap wawancara untuk posisi:</p>

        <p style="text-align: center; font-size: 18px; color: #28a745; font-weight: bold;">Marketing Communication</p>

        <p>Sesi wawancara ini akan dilaksanakan pada:</p>

        <div style="background-color: #f8fff9; border: 1px dashed #28a745; padding: 20px; border-radius: 8px; margin: 20px 0;">
          <table style="width: 100%; border-collapse: collapse;">
            <tr>
              <td style="width: 35%; padding: 8px 0;"><strong>Hari / Tanggal</strong></td>
              <td>: {ID_DAYS[d.weekday()]}, {d.day} {ID_MONTHS[d.month - 1]} {d.year}</td>
            </tr>
            <tr>
              <td style="padding: 8px 0;"><strong>Waktu</strong></td>
              <td>: {php_date('H:i', d)} WIB</td>
            </tr>
            <tr>
              <td style="padding: 8px 0;"><strong>Metode</strong></td>
              <td>: Tatap Muka (Online / Tatap Muka)</td>
            </tr>
            <tr>
              <td style="padding: 8px 0;"><strong>Lokasi / Link</strong></td>
              <td>: <a href="{htmlmod.escape(loc)}" style="color: #007bff; text-decoration: none;">{htmlmod.escape(loc)}</a></td>
            </tr>
          </table>
        </div>

        <p><strong>Instruksi Tambahan:</strong></p>
        <ul style="padding-left: 20px;">
          <li>Mohon hadir/bergabung 10 menit sebelum jadwal dimulai.</li>
          <li>Siapkan perangkat pendukung (jika online) atau dokumen fisik (jika tatap muka).</li>
          <li>Konfirmasikan kehadiran Anda melalui dashboard <strong>Kerjain</strong> sesegera mungkin.</li>
        </ul>

        <p>Jika Anda memiliki kendala terkait jadwal di atas, silakan hubungi kami dengan membalas email ini.</p>
      </div>

      <div style="margin-top: 40px; border-top: 1px solid #eee; padding-top: 20px; font-size: 13px; color: #888; text-align: center;">
        <p style="margin: 0;">Salam hangat,</p>
        <p style="margin: 5px 0; color: #333; font-weight: bold;">Tim HRD PT Cahaya Niaga Persada</p>
        <p style="margin-top: 15px; font-size: 11px;">Email ini dikirimkan secara otomatis. Mohon tidak membalas langsung kecuali diperlukan bantuan teknis.</p>
      </div>
    </div>
  '''
    m = Mail(sender=KERJAIN_FROM, subject="Undangan Wawancara - Marketing Communication", when=sent, html=body,
             msgid=mid("gmail.com", "i3", style="nodemailer"))
    write_eml("id_kerjain_undangan_wawancara_tanggal_surat_lalu_hari_tanggal.eml", m)
    case("id_kerjain_undangan_wawancara_tanggal_surat_lalu_hari_tanggal.eml", invite=True, start=d.isoformat(),
         reply_to=KERJAIN_FROM[1],
         note="Letter-style invitation: the letter date 'Jakarta, 27 November 2026' comes first, then 'Hari / Tanggal "
              ": Jumat, 4 Desember 2026' / 'Waktu : 14:00 WIB' - the letter date is not the interview.",
         source=f"{LOKERIN_SRC} | renderInterviewInvitationTemplate(): 'Jakarta, ' + formatDateId(new Date()."
                "toISOString().slice(0,10)) and formatDateId(interviewDate, true) = toLocaleDateString('id-ID', "
                "{weekday:'long', day:'numeric', month:'long', year:'numeric'}); formatTimeId = slice(0,5) + ' WIB'")

    body = f'''
      <p>Halo {OWNER[0]},</p>
      <p>Selamat! Anda menerima offering letter untuk posisi <strong>Marketing Communication</strong> di <strong>PT Cahaya Niaga Persada</strong>.</p>
      <p>Dokumen offering letter terlampir pada email ini.</p>
      <p>Silakan masuk ke Kerjain untuk memilih <strong>Terima</strong> atau <strong>Tolak</strong> penawaran pada halaman Lamaran Saya:</p>
      <p><a href="https://kerjain.id/applications" style="display:inline-block;padding:12px 18px;background:#2563eb;color:#fff;text-decoration:none;border-radius:8px;">Buka Dashboard Kerjain</a></p>
    '''
    m = Mail(sender=KERJAIN_FROM, subject="Offering Letter - Marketing Communication", when=dt("2026-12-15 06:05", UTC),
             html=body, attachments=[("offering-letter-1207.pdf", "application/pdf", PDF)],
             msgid=mid("gmail.com", "i4", style="nodemailer"))
    write_eml("id_non_kerjain_offering_letter_terima_atau_tolak_dashboard.eml", m)
    case("id_non_kerjain_offering_letter_terima_atau_tolak_dashboard.eml", invite=False, start=None, reply_to=None,
         note="Offering letter (PDF) with accept/reject in the portal - not an invite.",
         source=f"{LOKERIN_SRC} | sendOfferingLetterEmail(): no dates")


# ==============================================================================================================
# J. Next.js nodemailer helper of an ISP's careers site (code-index file 33207855308) -> fictional
#    'PT Sarana Data Celebes (Celebnet)', Makassar; server TZ=Asia/Makassar, nodemailer Date header UTC
# ==============================================================================================================
JAGO_SRC = ("Public GitHub Next.js lib/email.ts of an Indonesian ISP's recruitment site (sendInterviewEmail, "
            "sendAcceptanceEmail, sendRejectionEmail), code-index file id 33207855308 - repository not resolvable "
            "through the index")
CELEB_FROM = ("HRD Celebnet", "hrd@celebnet.co.id")
CELEB_CSS = '''        <style>
          body { font-family: Arial, sans-serif; line-height: 1.6; color: #333; }
          .container { max-width: 600px; margin: 0 auto; padding: 20px; }
          .header { background: linear-gradient(135deg, #667eea 0%, #764ba2 100%); color: white; padding: 30px; text-align: center; border-radius: 10px 10px 0 0; }
          .content { background: #f9fafb; padding: 30px; border-radius: 0 0 10px 10px; }
          .info-box { background: white; padding: 20px; border-radius: 8px; margin: 20px 0; border-left: 4px solid #667eea; }
          .footer { text-align: center; padding: 20px; color: #666; font-size: 12px; }
        </style>'''


def build_celeb():
    d = dt("2027-01-20 09:00", WITA)
    body = f'''
      <!DOCTYPE html>
      <html>
      <head>
{CELEB_CSS}
      </head>
      <body>
        <div class="container">
          <div class="header">
            <h1>PT Sarana Data Celebes</h1>
            <p style="margin: 0; font-size: 18px;">CELEBNET</p>
          </div>
          <div class="content">
            <p>Kepada Yth,<br><strong>{OWNER[0]}</strong></p>
            
            <p>Terima kasih atas minat Anda untuk bergabung dengan PT Sarana Data Celebes (Celebnet). Kami dengan senang hati mengundang Anda untuk mengikuti sesi interview untuk posisi <strong>Network Operation Center Engineer</strong>.</p>
            
            <div class="info-box">
              <h3 style="margin-top: 0; color: #667eea;">Detail Interview</h3>
              <p><strong>Posisi:</strong> Network Operation Center Engineer</p>
              <p><strong>Tanggal &amp; Waktu:</strong> {js_id_long(d)}</p>
              <p><strong>Lokasi:</strong> Kantor Celebnet, Jl. A. P. Pettarani No. 18, Makassar</p>
            </div>
            
            <p>Mohon untuk hadir tepat waktu dan membawa:</p>
            <ul>
              <li>CV / Resume</li>
              <li>Fotocopy KTP</li>
              <li>Fotocopy Ijazah terakhir</li>
              <li>Pas foto terbaru</li>
            </ul>
            
            <p>Jika ada pertanyaan atau Anda tidak dapat hadir sesuai jadwal, mohon hubungi kami segera.</p>
            
            <p>Kami tunggu kehadiran Anda!</p>
            
            <p>Hormat kami,<br><strong>Tim HRD PT Sarana Data Celebes</strong></p>
          </div>
          <div class="footer">
            <p>Email ini dikirim secara otomatis, mohon tidak membalas email ini.</p>
          </div>
        </div>
      </body>
      </html>
    '''
    m = Mail(sender=CELEB_FROM, subject="Undangan Interview - Network Operation Center Engineer | PT Sarana Data Celebes (Celebnet)",
             when=dt("2027-01-12 01:30", UTC), html=body, msgid=mid("celebnet.co.id", "j1", style="nodemailer"))
    write_eml("id_celebnet_undangan_interview_pukul_tanpa_zona_kantor_makassar.eml", m)
    case("id_celebnet_undangan_interview_pukul_tanpa_zona_kantor_makassar.eml", invite=True, start=d.isoformat(),
         reply_to=CELEB_FROM[1],
         note="'Tanggal & Waktu: Rabu, 20 Januari 2027 pukul 09.00' with no zone, Date header +0000 (nodemailer); the "
              "interview is at the Makassar office -> 09.00 WITA (+08:00).",
         source=f"{JAGO_SRC} | new Date(date).toLocaleString('id-ID', {{weekday:'long', year:'numeric', month:'long', "
                "day:'numeric', hour:'2-digit', minute:'2-digit'}}) on a server with TZ=Asia/Makassar -> 'Rabu, 20 "
                "Januari 2027 pukul 09.00' (checked with node 20 / ICU 78); company fictionalised")

    body = f'''
      <!DOCTYPE html>
      <html>
      <head>
        <style>
          body {{ font-family: Arial, sans-serif; line-height: 1.6; color: #333; }}
          .container {{ max-width: 600px; margin: 0 auto; padding: 20px; }}
          .header {{ background: linear-gradient(135deg, #667eea 0%, #764ba2 100%); color: white; padding: 30px; text-align: center; border-radius: 10px 10px 0 0; }}
          .content {{ background: #f9fafb; padding: 30px; border-radius: 0 0 10px 10px; }}
        </style>
      </head>
      <body>
        <div class="container">
          <div class="header">
            <h1>PT Sarana Data Celebes</h1>
          </div>
          <div class="content">
            <p>Kepada Yth,<br><strong>{OWNER[0]}</strong></p>
            
            <p>Terima kasih atas waktu dan minat Anda untuk melamar posisi <strong>Network Operation Center Engineer</strong> di PT Sarana Data Celebes (Celebnet).</p>
            
            <p>Setelah melalui proses seleksi yang cermat, kami menyesal untuk memberitahukan bahwa untuk saat ini kami belum dapat melanjutkan lamaran Anda.</p>
            
            <p>Kami sangat menghargai usaha Anda dan berharap Anda tetap tertarik dengan peluang lain di masa mendatang.</p>
            
            <p>Semoga sukses untuk karir Anda selanjutnya!</p>
            
            <p>Hormat kami,<br><strong>Tim HRD PT Sarana Data Celebes</strong></p>
          </div>
        </div>
      </body>
      </html>
    '''
    m = Mail(sender=CELEB_FROM, subject="Pemberitahuan Hasil Seleksi - Network Operation Center Engineer | PT Sarana Data Celebes",
             when=dt("2027-02-02 03:12", UTC), html=body, msgid=mid("celebnet.co.id", "j2", style="nodemailer"))
    write_eml("id_non_celebnet_pemberitahuan_hasil_seleksi_belum_dapat_dilanjutkan.eml", m)
    case("id_non_celebnet_pemberitahuan_hasil_seleksi_belum_dapat_dilanjutkan.eml", invite=False, start=None,
         reply_to=None, note="Rejection after the selection ('belum dapat melanjutkan lamaran Anda') - not an invite.",
         source=f"{JAGO_SRC} | sendRejectionEmail(): no dates")


# ==============================================================================================================
# K. 'Planify' meeting scheduler (Node/nodemailer; code-index file 66443566691): English frame, HR's Indonesian
#    title/description, text/calendar METHOD=REQUEST alternative with VTIMEZONE Asia/Jakarta
# ==============================================================================================================
PLANIFY_SRC = ("Public GitHub Node.js 'Planify' meeting-room scheduler, sendMeetingInvitation() with generateICS/"
               "buildHTML/buildPlainText, code-index file id 66443566691 - repository not resolvable through the index")
GL_SENDER = ("Planify", "planify@gunadharma-logistik.co.id")
GL_HR = ("Dewi Anggraini", "dewi.anggraini@gunadharma-logistik.co.id")
PLANIFY_HDR = [("Content-Class", "urn:content-classes:calendarmessage"), ("X-MS-OLK-FORCEINSPECTOROPEN", "TRUE")]


def _ics_escape(t: str) -> str:
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    if len(line) <= 75:
        return line
    parts, i = [line[:75]], 75
    while i < len(line):
        parts.append(" " + line[i:i + 74])
        i += 74
    return "\r\n".join(parts)


def planify(meeting_id, title, desc, start: datetime, end: datetime, room, participants, sent: datetime):
    stamp = sent.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    loc = lambda d: d.astimezone(WIB).strftime("%Y%m%dT%H%M%S")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Planify//Meeting//EN", "CALSCALE:GREGORIAN", "METHOD:REQUEST",
             "BEGIN:VTIMEZONE", "TZID:Asia/Jakarta", "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0700",
             "TZOFFSETTO:+0700", "TZNAME:WIB", "END:STANDARD", "END:VTIMEZONE", "BEGIN:VEVENT",
             f"UID:meeting-{meeting_id}@planify.app", f"DTSTAMP:{stamp}", f"CREATED:{stamp}",
             f"DTSTART;TZID=Asia/Jakarta:{loc(start)}", f"DTEND;TZID=Asia/Jakarta:{loc(end)}",
             f"SUMMARY:{_ics_escape(title)}", f"DESCRIPTION:{_ics_escape(desc)}", f"LOCATION:{_ics_escape(room)}",
             f'ORGANIZER;CN="{GL_HR[0]}":mailto:{GL_SENDER[1]}',
             f'ATTENDEE;CUTYPE=INDIVIDUAL;CN="{OWNER[0]}";RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:{OWNER[1]}',
             "CLASS:PUBLIC", "STATUS:CONFIRMED", "SEQUENCE:0", "TRANSP:OPAQUE", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
             "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
             "BEGIN:VALARM", "TRIGGER:-PT30M", "ACTION:DISPLAY", "DESCRIPTION:Reminder: Meeting starts in 30 minutes",
             "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    ics = "\r\n".join(_fold(l) for l in lines)
    mins = int((end - start).total_seconds() // 60)
    dur = f"{mins // 60} hour{'s' if mins // 60 > 1 else ''}" if mins % 60 == 0 else f"{mins // 60}h {mins % 60}m"
    when_s, when_e = js_en_gb(start) + " WIB", js_en_gb(end) + " WIB"
    text = "\r\n".join([f"Meeting Invitation: {title}", "", f"Hello {OWNER[0]},",
                        f"{GL_HR[0]} has invited you to a meeting.", "", f"When: {when_s} – {when_e}",
                        f"Duration: {dur}", f"Location: {room}", f"Details: {desc}", "",
                        "Open this email in Outlook and use Accept/Decline to add it to your calendar."])
    base = "https://rapat.gunadharma-logistik.co.id/api"
    enc = rawurlencode(OWNER[1], safe="")
    rsvp = {s: f"{base}/api/meeting/rsvp/{meeting_id}?status={s}&amp;email={enc}" for s in ("accepted", "tentative", "decline")}
    card = ('<td width="48%" style="background:#FFFFFF;border:1px solid #E2E8F0;border-radius:10px;padding:16px;'
            'vertical-align:top;"><p style="margin:0 0 6px 0;font-size:11px;text-transform:uppercase;letter-spacing:1px;'
            'color:#94A3B8;font-weight:700;">{}</p><p style="margin:0;font-size:14px;font-weight:600;color:#1E293B;'
            'line-height:1.5;">{}</p></td>')
    row = ('<table width="100%" cellpadding="0" cellspacing="0" style="margin-bottom:12px;"><tr>{}<td width="4%"></td>{}'
           '</tr></table>')
    html = f'''
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8"/>
  <meta name="viewport" content="width=device-width,initial-scale=1.0"/>
</head>
<body style="margin:0;padding:0;background:#FFFFFF;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#FFFFFF;padding:40px 16px;">
  <tr><td align="center">
    <table width="560" cellpadding="0" cellspacing="0" style="max-width:560px;width:100%;text-align:left;">

      <tr>
        <td style="padding:0 0 32px 0;">
          <p style="margin:0 0 6px 0;color:#4F46E5;font-size:12px;letter-spacing:1.5px;text-transform:uppercase;font-weight:700;">Planify</p>
          <h1 style="margin:0 0 6px 0;color:#0F172A;font-size:26px;font-weight:700;letter-spacing:-0.5px;line-height:1.2;">Meeting Invitation</h1>
          <p style="margin:0;color:#475569;font-size:15px;">You have been added as a participant</p>
        </td>
      </tr>

      <tr>
        <td style="padding:0 0 32px 0;">

          <p style="margin:0 0 6px 0;font-size:15px;color:#0F172A;">Hello, <strong style="color:#0F172A;">{OWNER[0]}</strong></p>
          <p style="margin:0 0 32px 0;font-size:15px;color:#475569;line-height:1.6;">
            <strong style="color:#4F46E5;">{GL_HR[0]}</strong>
            has scheduled a meeting and you have been invited to participate.
          </p>

          <hr style="border:none;border-top:1px solid #E2E8F0;margin:0 0 32px 0;"/>

          <h2 style="margin:0 0 6px 0;font-size:20px;font-weight:700;color:#0F172A;letter-spacing:-0.3px;">{htmlmod.escape(title)}</h2>
          <p style="margin:0 0 24px 0;font-size:15px;color:#475569;line-height:1.6;">{htmlmod.escape(desc)}</p>

          {row.format(card.format("Start", when_s), card.format("End", when_e))}
          {row.format(card.format("Duration", dur), card.format("Room", htmlmod.escape(room)))}
          {row.format(card.format("Organizer", GL_HR[0]), card.format("Participants", f"{participants} people"))}

<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="margin:28px 0;">
<tr>
<td>
<p style="margin:0 0 14px;font-size:15px;font-weight:600;color:#0F172A;">
  Will you attend this meeting?
</p>
<table role="presentation" cellpadding="0" cellspacing="0">
<tr>
<td style="padding-right:10px;"><a href="{rsvp['accepted']}" style="background:#2563EB;color:#ffffff;text-decoration:none;padding:12px 24px;font-size:14px;font-weight:600;border-radius:22px;display:inline-block;font-family:Arial,sans-serif;">Accept</a></td>
<td style="padding-right:10px;"><a href="{rsvp['tentative']}" style="background:#F3F4F6;color:#374151;text-decoration:none;padding:12px 24px;font-size:14px;font-weight:600;border-radius:22px;display:inline-block;border:1px solid #D1D5DB;font-family:Arial,sans-serif;">Tentative</a></td>
<td><a href="{rsvp['decline']}" style="background:#ffffff;color:#DC2626;text-decoration:none;padding:12px 24px;font-size:14px;font-weight:600;border-radius:22px;display:inline-block;border:1px solid #FCA5A5;font-family:Arial,sans-serif;">Decline</a></td>
</tr>
</table>
</td>
</tr>
</table>

          <table width="100%" cellpadding="0" cellspacing="0">
            <tr>
              <td style="background:#F8FAFC;border-left:4px solid #4F46E5;border-radius:0 8px 8px 0;padding:16px 20px;">
                <p style="margin:0;font-size:14px;color:#334155;line-height:1.6;">
                  <strong>Calendar invite attached</strong><br/>
                  Open the <strong>.ics</strong> file to add this meeting to Google Calendar, Outlook,
                  or Apple Calendar. A reminder will fire <strong>30 minutes</strong> before the meeting.
                </p>
              </td>
            </tr>
          </table>

        </td>
      </tr>

      <tr>
        <td style="border-top:1px solid #E2E8F0;padding:24px 0 0 0;text-align:center;">
          <p style="margin:0 0 4px 0;font-size:13px;color:#64748B;">
            Sent automatically by <strong style="color:#4F46E5;">Planify</strong>.
          </p>
          <p style="margin:0;font-size:12px;color:#94A3B8;">Please do not reply to this email.</p>
        </td>
      </tr>

    </table>
  </td></tr>
</table>
</body>
</html>
'''
    return Mail(sender=GL_SENDER, reply_to=GL_HR, subject=f"[Meeting Invitation] {title}", when=sent, text=text,
                html=html, ics=ics, extra=PLANIFY_HDR, msgid=mid("gunadharma-logistik.co.id", meeting_id, style="nodemailer"))


def build_planify():
    s, e = dt("2027-01-19 10:00"), dt("2027-01-19 11:00")
    m = planify("6788a1f03c2b9e4d51a0c7e2", "Interview User – Staf Pajak (Ayu Lestari)",
                "Interview user untuk posisi Staf Pajak bersama Bapak Arief Santoso (Tax Manager). Mohon hadir 10 menit "
                "sebelum jadwal dan membawa CV terbaru serta fotokopi ijazah. Konfirmasi kehadiran dapat dikirim dengan "
                "membalas email ini.", s, e, "Ruang Rapat Lt. 3, Gedung Gunadharma, Jl. Yos Sudarso Kav. 30, Jakarta Utara",
                3, dt("2027-01-12 04:20", UTC))
    write_eml("id_planify_undangan_rapat_interview_user_ics_request_kerangka_inggris.eml", m)
    case("id_planify_undangan_rapat_interview_user_ics_request_kerangka_inggris.eml", invite=True,
         start=s.isoformat(), reply_to=GL_HR[1],
         note="HR scheduled the user interview in the company's meeting scheduler: English frame ('Meeting "
              "Invitation', 'Tuesday, 19 January 2027 at 10:00 WIB') around HR's Indonesian title and description; "
              "text/calendar METHOD=REQUEST with TZID=Asia/Jakarta; Reply-To = the HR organiser. Language id: the "
              "human-written content is Indonesian.",
         source=f"{PLANIFY_SRC} | fmtDate = toLocaleString('en-GB', {{weekday:'long', year, month:'long', day, hour:"
                "'2-digit', minute:'2-digit', hour12:false, timeZone:'Asia/Jakarta'}}) + ' WIB' (checked with node 20 / "
                "ICU 78); ICS fmtLocal in Asia/Jakarta; nodemailer icalEvent {method:'REQUEST'}; replyTo organizer")

    s, e = dt("2027-02-09 15:00"), dt("2027-02-09 16:00")
    inv = planify("67a0b2c41d9e8f3a62b7d015", "Interview Final Direksi – Staf Pajak (Ayu Lestari)",
                  "Interview final bersama Direktur Keuangan, Ibu Ratna Kusumawati. Mohon membawa dokumen asli (KTP, "
                  "ijazah, transkrip) untuk verifikasi.", s, e, "Ruang Direksi Lt. 8, Gedung Gunadharma, Jakarta Utara",
                  3, dt("2027-02-02 08:05", UTC))
    rep = owner_reply(inv, inv.text.replace("\r\n", "\n"),
                      "Selamat sore Ibu Dewi,\n\nTerima kasih atas undangannya. Siap, saya bersedia mengikuti interview "
                      "final pada Selasa, 9 Februari 2027 pukul 15.00 WIB di Ruang Direksi Lt. 8 dan akan membawa "
                      "dokumen asli yang diminta.\n\nSalam,\nAyu Lestari", dt("2027-02-02 16:12"), key="k2r")
    write_mbox("id_planify_thread_undangan_final_ics_siap_bersedia_mengikuti.mbox", [inv, rep])
    case("id_planify_thread_undangan_final_ics_siap_bersedia_mengikuti.mbox", invite=True, start=s.isoformat(),
         accepted=True, reply_to=GL_HR[1],
         note="Final interview via the scheduler (REQUEST, 'Tuesday, 9 February 2027 at 15:00 WIB'); the owner replied "
              "to the Reply-To 'Siap, saya bersedia mengikuti interview final' -> accepted.",
         source=f"{PLANIFY_SRC} | same rendering; owner's reply written for the thread")


# ==============================================================================================================
# L. Node (Resend) assessment-centre mailer 'RACD' (code-index file 56175678952) -> fictional 'RACD ANHO'
#    internal assessment centre; the owner receives these as the HC PIC, not as the participant
# ==============================================================================================================
RACD_SRC = ("Public GitHub Node.js backend/src/services/emailService.js of an internal assessment-centre workflow "
            "(kirimJadwalPsikotes, kirimEmailUndanganGR, generateICS), code-index file id 56175678952 - repository not "
            "resolvable through the index")
RACD_FROM = ("RACD ANHO Assessment Center", "noreply@ac-anho.site")


def racd_ics(uid, summary, desc, location, date_s, time_s, hours, sent: datetime):
    y, mo, d = date_s.split("-")
    h, mi = re.match(r"(\d{1,2})[.:](\d{2})", time_s).groups()
    start = datetime(int(y), int(mo), int(d), int(h), int(mi))
    end = start + timedelta(hours=hours)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//RACD ANHO//Assessment Center//EN", "CALSCALE:GREGORIAN",
             "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}@racd-anho",
             f"DTSTAMP:{sent.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
             f"DTSTART;TZID=Asia/Jakarta:{start.strftime('%Y%m%dT%H%M%S')}",
             f"DTEND;TZID=Asia/Jakarta:{end.strftime('%Y%m%dT%H%M%S')}", f"SUMMARY:{summary}",
             f"DESCRIPTION:{desc.replace(',', chr(92) + ',')}", f"LOCATION:{location.replace(',', chr(92) + ',')}",
             "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines)


def build_racd():
    req, peserta = "REQ-2027-0042", "Rudi Hartono"
    sent = dt("2027-01-14 03:40", UTC)
    ics = racd_ics(f"psikotes-{req}", f"Psikotes AC – {peserta}",
                   f"Psikotes Assessment Center untuk {peserta}. ID: {req}. Platform: cek email dari "
                   "anho.recruitment@arta-nusa.co.id", "", "2027-01-21", "09.00", 2, sent)
    td = 'style="padding:8px;border:1px solid #ddd;"'
    body = (f'<div style="font-family: Arial, sans-serif; max-width: 600px; margin: 0 auto;"><p>Kepada Yth. Bapak/Ibu '
            f'{OWNER[0]}</p><p>Jadwal Psikotes untuk <strong>{peserta}</strong>:</p><table style="border-collapse:collapse;'
            f'width:100%;"><tr><td {td}><strong>Tanggal</strong></td><td {td}>2027-01-21</td></tr><tr><td {td}><strong>'
            f'Pukul</strong></td><td {td}>09.00 WIB</td></tr><tr><td style="padding: 8px; border: 1px solid #ddd;"><strong>'
            'Platform</strong></td><td style="padding: 8px; border: 1px solid #ddd;">Cek email dari anho.recruitment@'
            'arta-nusa.co.id</td></tr></table><p style="color:#555;font-size:13px;">File kalender (.ics) terlampir.</p>'
            '<p>Hormat kami,<br/><strong>PIC Asesmen RACD ANHO</strong></p></div>')
    m = Mail(sender=RACD_FROM, reply_to=RACD_FROM, subject=f"[RACD ANHO] Jadwal Psikotes – {req}", when=sent, html=body,
             attachments=[(f"Psikotes_{req}.ics", "text/calendar", ics.encode())],
             extra=[("X-Entity-Ref-ID", "racd-anho-1799898000000")], msgid=mid("resend.dev", "l1"))
    write_eml("id_non_racd_jadwal_psikotes_peserta_lain_dikirim_ke_hc_ics.eml", m)
    case("id_non_racd_jadwal_psikotes_peserta_lain_dikirim_ke_hc_ics.eml", invite=False, start=None, reply_to=None,
         note="The owner is the HC PIC who requested an internal assessment: 'Jadwal Psikotes untuk Rudi Hartono' "
              "(Tanggal 2027-01-21, 09.00 WIB) with an .ics METHOD:REQUEST attached - the psikotes is someone else's, "
              "not an invitation to her.",
         source=f"{RACD_SRC} | kirimJadwalPsikotes(): tanggal printed raw (YYYY-MM-DD from the form), jam + ' WIB'; "
                "generateICS parses '2027-01-21' + '09.00' -> DTSTART;TZID=Asia/Jakarta:20270121T090000, 2 hours; sent "
                "through Resend (attachment text/calendar); names fictionalised")

    sent = dt("2027-01-06 07:15", UTC)
    lok = "Ruang Meeting HC Lt. 7, Menara Arta Nusa, Jakarta / https://teams.microsoft.com/l/meetup-join/19%3ameeting_ANHO42"
    ics = racd_ics(f"gr-{req}", f"Getting Requirement AC – {peserta}",
                   f"Getting Requirement untuk Assessment Center peserta {peserta}. ID: {req}", lok, "2027-01-12",
                   "13.30", 1, sent)
    body = f'''
      <div style="font-family: Arial, sans-serif; max-width: 600px; margin: 0 auto;">
        <p>Kepada Yth.<br/>Bapak/Ibu {OWNER[0]}</p>
        <p>Kami mengundang Anda untuk hadir dalam sesi <strong>Getting Requirement (GR)</strong> untuk peserta <strong>{peserta}</strong>:</p>
        <table style="border-collapse: collapse; width: 100%;">
          <tr><td style="padding: 8px; border: 1px solid #ddd;"><strong>Tanggal</strong></td><td style="padding: 8px; border: 1px solid #ddd;">2027-01-12</td></tr>
          <tr><td style="padding: 8px; border: 1px solid #ddd;"><strong>Pukul</strong></td><td style="padding: 8px; border: 1px solid #ddd;">13.30 WIB</td></tr>
          <tr><td style="padding: 8px; border: 1px solid #ddd;"><strong>Lokasi / Link</strong></td><td style="padding: 8px; border: 1px solid #ddd;">{lok}</td></tr>
        </table>
        <p style="color: #555; font-size: 13px;">File kalender (.ics) terlampir. Buka untuk menambahkan ke kalender Anda.</p>
        <p>Hormat kami,<br/><strong>PIC Asesmen RACD ANHO</strong><br/>PT Arta Nusa Internasional</p>
      </div>
    '''
    m = Mail(sender=RACD_FROM, reply_to=RACD_FROM, subject=f"[RACD ANHO] Undangan Getting Requirement – {req}", when=sent,
             html=body, attachments=[(f"GR_{req}.ics", "text/calendar", ics.encode())],
             extra=[("X-Entity-Ref-ID", "racd-anho-1799226900000")], msgid=mid("resend.dev", "l2"))
    write_eml("id_non_racd_undangan_getting_requirement_rapat_kerja_hc_ics.eml", m)
    case("id_non_racd_undangan_getting_requirement_rapat_kerja_hc_ics.eml", invite=False, start=None, reply_to=None,
         note="'Kami mengundang Anda untuk hadir dalam sesi Getting Requirement' - a work meeting of the HC PIC about "
              "another employee's assessment (with .ics) -> not a hiring step for the owner.",
         source=f"{RACD_SRC} | kirimEmailUndanganGR(): tanggalGR raw, jamGR + ' WIB', generateICS 1 hour")


# ==============================================================================================================
# M. ASP.NET WebForms HRD page 'Undang_Psikotest' (code-index file 19577218761) -> fictional dealer 'MEGA MOTOR'
# ==============================================================================================================
MEGA_SRC = ("Public GitHub ASP.NET WebForms page PagesHRD_Undang_Psikotest (BtnPreview_Click builds isiemail, "
            "BtnKirim_Click sends it with the HR-typed subject), code-index file id 19577218761 - repository not "
            "resolvable through the index")
MEGA_FROM = ("Recruitment Mega Motor", "recruitment@megamotor.co.id")


def mega_body(posisi, hari_tgl, pukul, alamat, bertemu):
    return ("<br /><br /><p>Selamat Siang Bapak/Ibu,</p><p>Kami telah mereview CV singkat anda dan ingin mengundang Anda "
            f"untuk bisa menghadiri Psikotest posisi <b>{posisi}</b> yang akan diselenggarakan pada :</p><br /><div><div>"
            f"<p><b>Hari / Tanggal </b>: {hari_tgl}</p></div></div><div ><div ><p><b>Waktu</b> : {pukul}</p></div></div>"
            f"<div ><div ><p><b>Alamat</b> : {alamat}</p></div></div><div ><div ><p><b>Membawa</b> : CV Lengkap, Alat "
            "Tulis (Penghapus, Pensil HB, Pulpen)</p></div></div><div ><div ><p><b>Bertemu</b> : "
            f"{bertemu}</p></div></div><br /><p>Harap untuk membalas email ini untuk konfirmasi kehadiran anda, atau bisa "
            "menghubungi nomor What’s App berikut 089612047755</p><p>Terima Kasih</p><br /><br /><br /><p>Regards, </p><b>"
            "<p>Citra Ayuningtyas</p></b><p>Staff Recruitment MEGA MOTOR</p><p>PT. Mitra Karsa Gemilang</p><p>Jl. Raya "
            "Kalibata No. 27 Jakarta Selatan 12750</p><p>Tlp. (021) 794 1200 (Bengkel), (021) 794 1300 (Showroom)</p><p>Ext. "
            "214</p><p>Email : recruitment@megamotor.co.id</p>")


def dotnet_date(d: datetime) -> str:
    """System.Net.Mail writes the Date header without a weekday: 'd MMM yyyy HH:mm:ss zzz'."""
    return f"{d.day} {EN_MONTHS[d.month - 1][:3]} {d.year} {d.strftime('%H:%M:%S')} +0700"


def build_mega():
    d = dt("2027-01-14 09:00", WIT)
    m = Mail(sender=MEGA_FROM, subject="Undangan Psikotest Mega Motor Cabang Jayapura", when=dt("2027-01-07 10:15"),
             html=mega_body("Sales Counter", f"{ID_DAYS[d.weekday()]}-14/01/2027", "09.00 WIT",
                            "Jl. Raya Abepura No. 21, Kotaraja, Jayapura", "Ibu Magdalena Wenda (HRD Cabang Jayapura)"),
             msgid="<0a71c3e5d2b84f6c9e31b7a2@mail.megamotor.co.id>")
    raw = re.sub(rb"(?m)^Date: .*$", b"Date: " + dotnet_date(dt("2027-01-07 10:15")).encode(), serialize(m.build("m1")), 1)
    (HERE / "id_megamotor_psikotest_hari_strip_tanggal_wit_jayapura.eml").write_bytes(raw)
    case("id_megamotor_psikotest_hari_strip_tanggal_wit_jayapura.eml", invite=True, start=d.isoformat(),
         reply_to=MEGA_FROM[1],
         note="HTML-only psikotes invitation built by string concatenation: 'Hari / Tanggal : Kamis-14/01/2027' (day "
              "name joined to a day-first date by '-'), 'Waktu : 09.00 WIT' typed by HR, venue in Jayapura; sent from "
              "the Jakarta head office (Date +0700, .NET header without weekday) -> 09.00 WIT = +09:00.",
         source=f"{MEGA_SRC} | trueday = Indonesian name of Convert.ToDateTime(TxtHariTgl.Text).DayOfWeek, printed as "
                "trueday + '-' + TxtHariTgl.Text (HR typed '14/01/2027', server culture id-ID); TxtPukul printed as "
                "typed; dealer/company fictionalised")

    d = dt("2027-01-11 13:00", WITA)
    m = Mail(sender=MEGA_FROM, subject="Undangan Psikotest - Sales Executive Mega Motor Denpasar",
             when=dt("2027-01-05 14:40"),
             html=mega_body("Sales Executive", f"{ID_DAYS[d.weekday()]}-11-01-2027", "13.00",
                            "Jl. Gatot Subroto Barat No. 88, Denpasar, Bali", "Bapak I Made Sudarsana"),
             msgid="<5f0e2b9c71a4463d8b2e90c1@mail.megamotor.co.id>")
    raw = re.sub(rb"(?m)^Date: .*$", b"Date: " + dotnet_date(dt("2027-01-05 14:40")).encode(), serialize(m.build("m2")), 1)
    (HERE / "id_megamotor_psikotest_waktu_tanpa_zona_cabang_denpasar.eml").write_bytes(raw)
    case("id_megamotor_psikotest_waktu_tanpa_zona_cabang_denpasar.eml", invite=True, start=d.isoformat(),
         reply_to=MEGA_FROM[1],
         note="'Hari / Tanggal : Senin-11-01-2027', 'Waktu : 13.00' with no zone; the psikotes is at the Denpasar branch "
              "while the mail and signature come from Jakarta (+0700) -> local Bali time, 13.00 WITA (+08:00).",
         source=f"{MEGA_SRC} | same concatenation; HR typed '11-01-2027' and '13.00'")


# ==============================================================================================================
# N. Online test invitation of a joint state-company recruitment, written from the e-mail contents listed by
#    tirto.id (schedule of trial and online test, link, username, password; no change of time allowed)
# ==============================================================================================================
TIRTO_RBB = "https://tirto.id/cara-login-tes-online-tkd-rekrutmen-bumn-2022-dan-jadwalnya-gr8T"
RB_FROM = ("Rekrutmen Bersama Grup Agro Nusantara", "noreply@rekrutmenbersama-agronusa.id")


def build_rbb():
    trial_s, trial_e, test = dt("2027-01-18 10:00"), dt("2027-01-18 15:00"), dt("2027-01-20 13:00")
    text = f"""Yth. {OWNER[0]},

Selamat, Anda dinyatakan lolos Seleksi Administrasi Rekrutmen Bersama Grup Agro Nusantara 2027 dan berhak mengikuti
Online Test Tahap 2: Tes Kemampuan Dasar (TKD) dan Core Values.

Nomor Peserta : RBGAN-27-0311842
Posisi        : Management Trainee - Keuangan

JADWAL PELAKSANAAN
- Trial (uji coba sistem, tidak dinilai): Senin, 18 Januari 2027, pukul 10.00 - 15.00 WIB
  (dapat diakses kapan saja dalam rentang waktu tersebut)
- Online Test: Rabu, 20 Januari 2027, Sesi 3, pukul 13.00 WIB (durasi 120 menit)

AKSES TES
Link tes : https://assessment.rekrutmenbersama-agronusa.id/t/RBGAN27/3b9f1c
Username : rbgan27_0311842
Password : Kp7#qW2m

Ketentuan:
1. Peserta hanya dapat mengakses Online Test melalui link yang dikirimkan kepadanya.
2. Peserta wajib mengikuti seleksi pada jadwal yang telah ditentukan dan tidak dapat meminta perubahan waktu
   seleksi.
3. Jangan membagikan username dan password kepada pihak manapun.
4. Pastikan perangkat memiliki kamera aktif dan jaringan internet yang stabil; tes diawasi secara daring.

Apabila terdapat kendala login, pastikan username dan password yang diinput sudah benar (huruf besar-kecil, tanpa
spasi tambahan) sebelum menghubungi helpdesk.

Salam,
Panitia Rekrutmen Bersama Grup Agro Nusantara 2027
"""
    m = Mail(sender=RB_FROM, subject="Undangan Online Test Tahap 2 (TKD & Core Values) - Rekrutmen Bersama Grup Agro Nusantara 2027",
             when=dt("2027-01-13 19:02"), text=text, msgid=mid("rekrutmenbersama-agronusa.id", "n1"))
    write_eml("id_rekrutmen_bersama_online_test_sesi_trial_rentang_waktu.eml", m)
    case("id_rekrutmen_bersama_online_test_sesi_trial_rentang_waktu.eml", invite=True, start=test.isoformat(),
         reply_to=RB_FROM[1],
         note="Proctored online test at a fixed session 'Rabu, 20 Januari 2027, Sesi 3, pukul 13.00 WIB' that cannot be "
              "moved; the earlier 'Trial (uji coba sistem, tidak dinilai)' is an optional window 18 Jan 10.00 - 15.00, "
              "not the selection step -> start = the online test.",
         source=f"{TIRTO_RBB} (what the invitation e-mail contains: schedule of trial and online test, link, username, "
                "password; 'tidak dapat meminta perubahan waktu seleksi') | mail text written from that list; group, "
                "links and credentials fictional")


# ==============================================================================================================
# O, P, Q. Newsletters and blog digests quoting public articles (List-Unsubscribe, Precedence: bulk)
# ==============================================================================================================
def newsletter(sender, subject, when, intro_html, intro_text, unsubscribe, list_id, key):
    html = f'''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{htmlmod.escape(subject)}</title></head>
<body style="margin:0;background:#f5f5f5;font-family:Georgia,'Times New Roman',serif;">
<div style="max-width:640px;margin:0 auto;background:#ffffff;padding:28px;">
{intro_html}
<hr style="border:none;border-top:1px solid #ddd;margin:28px 0 12px;">
<p style="font-family:Arial,sans-serif;font-size:11px;color:#888;">Anda menerima email ini karena berlangganan newsletter
kami. <a href="{unsubscribe}" style="color:#888;">Berhenti berlangganan</a></p>
</div></body></html>
'''
    text = intro_text + f"\n\n--\nAnda menerima email ini karena berlangganan newsletter kami.\nBerhenti berlangganan: {unsubscribe}\n"
    return Mail(sender=sender, subject=subject, when=when, text=text, html=html,
                extra=[("List-Unsubscribe", f"<{unsubscribe}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                       ("List-Id", list_id), ("Precedence", "bulk")],
                msgid=mid(sender[1].split("@")[1], key), labels="Inbox,Category Promotions")


def build_news():
    art = [
        "tirto.id - Rekrutmen BUMN memasuki tahapan seleksi yang digelar mulai 18 hingga 23 Januari 2027. Terdapat "
        "dua tes yang harus dijalankan oleh peserta, yaitu Tes Kemampuan Dasar (TKD) dan Core Values BUMN.",
        "Kemudian, daftar peserta yang lolos dalam tes tersebut akan diumumkan pada 5 sampai 8 Februari 2027. Dua tes "
        "itu dilaksanakan secara online.",
        "Setiap peserta lolos di tahapan sebelumnya diberikan jadwal khusus yang disampaikan melalui email masing-masing "
        "atau lewat pesan baru di situs Rekrutmen Bersama BUMN.",
        "Peserta wajib mengikuti seleksi pada jadwal yang telah ditentukan dan tidak dapat meminta perubahan waktu "
        "seleksi.",
        "Semua peserta dapat memeriksa email undangan di inbox/spam/all mail (disarankan mengakses link tes melalui "
        "email) atau website rekrutmen pada halaman Lamaran Saya tombol Detail Jadwal/Jadwal Hari Ini. Email undangan "
        "berisi: jadwal pelaksanaan trial dan online test; link tes; username; password."]
    title = "Cara Login Tes Online TKD Rekrutmen BUMN dan Jadwalnya"
    url = "https://tirto.id/cara-login-tes-online-tkd-rekrutmen-bumn-dan-jadwalnya"
    ih = (f'<p style="font-family:Arial,sans-serif;font-size:12px;color:#c0392b;font-weight:bold;">TIRTO PAGI · '
          f'Sabtu, 16 Januari 2027</p><h2><a href="{url}" style="color:#111;text-decoration:none;">{title}</a></h2>' +
          "".join(f"<p>{htmlmod.escape(p)}</p>" for p in art) + f'<p><a href="{url}">Baca selengkapnya</a></p>')
    it = f"TIRTO PAGI - Sabtu, 16 Januari 2027\n\n{title}\n\n" + "\n\n".join(art) + f"\n\nBaca selengkapnya: {url}"
    m = newsletter(("Tirto Pagi", "newsletter@tirto.id"), f"Tirto Pagi: {title}", dt("2027-01-16 06:00"), ih, it,
                   "https://tirto.id/newsletter/unsubscribe?u=ayu.lestari%40gmail.com", "<tirto-pagi.tirto.id>", "o1")
    write_eml("id_non_newsletter_tirto_cara_login_tes_online_tkd.eml", m)
    case("id_non_newsletter_tirto_cara_login_tes_online_tkd.eml", invite=False, start=None, reply_to=None,
         note="News newsletter about how joint state-company online tests work (test period 18-23 Jan, results 5-8 "
              "Feb, what the invitation e-mail contains) - List-Unsubscribe/Precedence bulk, article framing -> not an "
              "invitation to the owner.",
         source=f"{TIRTO_RBB} (article text kept, shortened; its 2022 dates 19-24 Mei / 8-10 Juni moved to 18-23 "
                "Januari / 5-8 Februari 2027) | newsletter frame ours")

    lead = ("Meski dipanggil interview adalah berita baik bagi semua pencari kerja, kadang kita terpaksa harus "
            "membatalkannya. Selain bisa jadi keputusan yang berat, cara membatalkan interview kerja pun perlu "
            "diperhatikan agar tidak jadi masalah di kemudian hari.")
    tpl = ["Selamat pagi, Pak/Bu [nama rekruter],",
           "Terima kasih banyak atas kesempatan interview untuk posisi [posisi yang dilamar] di perusahaan [nama "
           "perusahaan] yang telah diberikan kepada saya.",
           "Melalui pesan ini, saya ingin menyampaikan bahwa saya harus membatalkan interview pada hari [jadwal "
           "interview] ..."]
    url = "https://glints.com/id/lowongan/cara-membatalkan-interview-kerja/"
    ih = ('<p style="font-family:Arial,sans-serif;font-size:13px;color:#017eb7;font-weight:bold;">Glints Career '
          'Digest</p><h2>8 Cara Membatalkan Interview Kerja Plus Contoh Template Pesannya</h2>'
          f"<p>{lead}</p><p>Alasan umum membatalkan interview beserta contoh template pesannya:</p>"
          "<p><b>1. Telah diterima kerja di perusahaan lain</b></p><blockquote style=\"border-left:3px solid #ccc;"
          f"padding-left:10px;color:#555;\">{'<br>'.join(htmlmod.escape(t) for t in tpl)}</blockquote>"
          f'<p><a href="{url}">Baca artikel lengkap di Glints</a></p>'
          '<p style="font-family:Arial,sans-serif;font-size:13px;">Lowongan pilihan minggu ini: Admin Gudang '
          '(Bekasi) · Content Writer (Remote) · Staf Pajak (Jakarta Utara)</p>')
    it = ("Glints Career Digest\n\n8 Cara Membatalkan Interview Kerja Plus Contoh Template Pesannya\n\n" + lead +
          "\n\nAlasan umum membatalkan interview beserta contoh template pesannya:\n\n1. Telah diterima kerja di "
          "perusahaan lain\n\n" + "\n".join("> " + t for t in tpl) + f"\n\nBaca artikel lengkap di Glints: {url}\n\n"
          "Lowongan pilihan minggu ini: Admin Gudang (Bekasi) · Content Writer (Remote) · Staf Pajak (Jakarta Utara)")
    m = newsletter(("Glints Indonesia", "newsletter@glints.id"), "Mau batal interview? Begini cara sopannya",
                   dt("2026-12-12 18:30"), ih, it, "https://glints.com/id/unsubscribe?token=9a7c1e0b",
                   "<career-digest.glints.id>", "p1")
    write_eml("id_non_newsletter_glints_cara_membatalkan_interview_template.eml", m)
    case("id_non_newsletter_glints_cara_membatalkan_interview_template.eml", invite=False, start=None, reply_to=None,
         note="Career newsletter quoting a candidate's cancellation template with placeholders ('[jadwal interview]') "
              "and job alerts - not an invitation.",
         source="https://glints.com/id/lowongan/cara-membatalkan-interview-kerja/ (opening and template 1 kept as "
                "published, cut where the stored text ends) | digest frame ours")

    paras = [
        "Mencari kandidat terbaik itu seni, dan salah satu langkah krusial dalam proses rekrutmen adalah mengirimkan "
        "surat undangan interview. Surat ini bukan cuma sekadar pemberitahuan jadwal, lho. Ini adalah kesempatan "
        "pertama perusahaanmu untuk meninggalkan kesan positif di benak calon karyawan.",
        "Surat undangan interview itu ibarat jembatan antara tahap seleksi awal (seperti screening CV) dan tahap "
        "selanjutnya, yaitu wawancara tatap muka atau virtual. Dokumen ini nggak cuma berfungsi sebagai pengingat "
        "jadwal, tapi juga validasi bahwa kandidat tersebut lolos ke tahap berikutnya.",
        "Untuk membuat surat undangan interview yang efektif, ada beberapa komponen penting yang wajib banget ada: "
        "1. Kop Surat atau Logo Perusahaan, 2. Tanggal ..."]
    url = "https://cbittovar.blogspot.com/2025/09/panduan-lengkap-membuat-contoh-surat_7.html"
    ih = ('<p style="font-family:Arial,sans-serif;font-size:12px;color:#777;">Postingan baru di blog yang Anda ikuti'
          '</p><h2>Panduan Lengkap Membuat Contoh Surat Undangan Interview yang Profesional!</h2>' +
          "".join(f"<p>{htmlmod.escape(p)}</p>" for p in paras) + f'<p><a href="{url}">Baca selengkapnya »</a></p>')
    it = ("Postingan baru di blog yang Anda ikuti\n\nPanduan Lengkap Membuat Contoh Surat Undangan Interview yang "
          "Profesional!\n\n" + "\n\n".join(paras) + f"\n\nBaca selengkapnya: {url}")
    m = newsletter(("follow.it", "noreply@follow.it"), "Panduan Lengkap Membuat Contoh Surat Undangan Interview yang "
                   "Profesional!", dt("2026-11-19 07:15"), ih, it, "https://follow.it/unsubscribe/3fz81kq0",
                   "<cbittovar.blogspot.com.follow.it>", "q1")
    write_eml("id_non_blog_digest_panduan_surat_undangan_interview.eml", m)
    case("id_non_blog_digest_panduan_surat_undangan_interview.eml", invite=False, start=None, reply_to=None,
         note="Blog-follow digest of an article on how to write an interview invitation letter - about invitations, "
              "not one; bulk headers.",
         source=f"{url} (opening paragraphs kept as published, cut where the stored text ends) | follow-by-email "
                "digest frame ours")


# ==============================================================================================================
def main():
    for f in HERE.glob("*.eml"):
        f.unlink()
    for f in HERE.glob("*.mbox"):
        f.unlink()
    CASES.clear()
    for build in (build_hris, build_adi, build_budi, build_djt, build_ktpi, build_mgl, build_amerta, build_iacp,
                  build_kerjain, build_celeb, build_planify, build_racd, build_mega, build_rbb, build_news):
        build()
    truth = {"owner": OWNER[1]}
    truth.update({k: CASES[k] for k in sorted(CASES)})
    (HERE / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    write_sources()
    inv = sum(v["is_invite"] for v in CASES.values())
    print(f"{len(CASES)} threads: {inv} invitations, {len(CASES) - inv} not; "
          f"{sum(k.endswith('.mbox') for k in CASES)} mbox")


def write_sources():
    rows = []
    for k in sorted(CASES):
        v = CASES[k]
        rows.append(f"| `{k}` | {'yes' if v['is_invite'] else 'no'} | {v['interview_start'] or '—'} | "
                    f"{v['source'].replace('|', '¦')} |")
    inv = sum(v["is_invite"] for v in CASES.values())
    text = f"""# heldout_id: sources

Held-out Indonesian corpus (owner `{OWNER[1]}`). Each thread is rendered from the public e-mail template of an
Indonesian recruiting / HRIS / psikotes / internship / scheduling application, or from a public article or gallery,
with the wording kept and placeholders filled the way that software fills them (its date formatting, locale and
server time zone included; read in its code). People, companies, addresses, links and phone numbers are fictional.
None of these sources is used by the other corpora in this repository (checked against their SOURCES.md files).
`python3 build.py` (stdlib only, deterministic) rewrites every case, `truth.json` and this file. Truth was written by
hand per case (see the `note` of each case in truth.json), never taken from the product's output.

Where a template was found through a public code index that returns file text without its repository, the source is
cited by its index file id. JavaScript locale output (toLocaleString 'id-ID' / 'en-GB') was checked with Node 20.20.2
/ ICU 78; PHP/Carbon formats are mirrored in build.py (php_date).

{len(CASES)} threads: {inv} invitations, {len(CASES) - inv} not invitations; {sum(k.endswith('.mbox') for k in CASES)} mbox threads; \
{sum(v['accepted'] for v in CASES.values())} accepted by the owner. In the last column '¦' separates the source from how
its dates were rendered.

| file | invite | start (truth) | source ¦ rendering |
|---|---|---|---|
""" + "\n".join(rows) + "\n"
    (HERE / "SOURCES.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
