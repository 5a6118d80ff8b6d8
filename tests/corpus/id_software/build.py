#!/usr/bin/env python3
"""Build the ``id_software`` corpus: Indonesian recruiting mail rendered from public software templates.

Every case is an email thread (``.eml`` or mboxrd ``.mbox``) whose wording comes from the e-mail template of a public
recruiting / HR / scheduling application (or a public article / announcement), with placeholders filled the way that
software fills them (its own date formatting included).  Companies, people and addresses are fictional.  The truth
for each case is written by hand in the case definition below (never derived from any product output).

Run:  python3 build.py        (stdlib only, deterministic; rewrites *.eml, *.mbox, truth.json and SOURCES.md)
"""
from __future__ import annotations

import base64
import hashlib
import html as htmllib
import json
import quopri
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

OUT = Path(__file__).resolve().parent
OWNER = "rizky.pratama@gmail.com"
OWNER_NAME = "Rizky Pratama"

UTC = timezone.utc
WIB = timezone(timedelta(hours=7))
WITA = timezone(timedelta(hours=8))
WIT = timezone(timedelta(hours=9))

HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]
EN_DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
GMAIL_HARI = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
GMAIL_BULAN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


# ----------------------------------------------------------------------------------------------------------------
# date rendering, the way each software does it
# ----------------------------------------------------------------------------------------------------------------

def php_date(fmt: str, dt: datetime) -> str:
    """PHP date()/Carbon::format() for the format characters used by the sources (English names, as PHP does)."""
    out, esc = [], False
    for ch in fmt:
        if esc:
            out.append(ch)
            esc = False
            continue
        if ch == "\\":
            esc = True
        elif ch == "d":
            out.append(f"{dt.day:02d}")
        elif ch == "j":
            out.append(str(dt.day))
        elif ch == "D":
            out.append(EN_DAY[dt.weekday()][:3])
        elif ch == "l":
            out.append(EN_DAY[dt.weekday()])
        elif ch == "N":
            out.append(str(dt.isoweekday()))
        elif ch == "F":
            out.append(EN_MON[dt.month - 1])
        elif ch == "M":
            out.append(EN_MON[dt.month - 1][:3])
        elif ch == "m":
            out.append(f"{dt.month:02d}")
        elif ch == "n":
            out.append(str(dt.month))
        elif ch == "Y":
            out.append(str(dt.year))
        elif ch == "y":
            out.append(f"{dt.year % 100:02d}")
        elif ch == "H":
            out.append(f"{dt.hour:02d}")
        elif ch == "G":
            out.append(str(dt.hour))
        elif ch == "h":
            out.append(f"{(dt.hour % 12) or 12:02d}")
        elif ch == "i":
            out.append(f"{dt.minute:02d}")
        elif ch == "s":
            out.append(f"{dt.second:02d}")
        elif ch == "A":
            out.append("AM" if dt.hour < 12 else "PM")
        elif ch == "a":
            out.append("am" if dt.hour < 12 else "pm")
        else:
            out.append(ch)
    return "".join(out)


def hari(dt: datetime) -> str:
    return HARI[dt.weekday()]


def tgl_id(dt: datetime, with_day=True, zero_pad=False) -> str:
    """'Kamis, 14 Januari 2027' (Indonesian long date as written by hand or by Indonesian helpers)."""
    d = f"{dt.day:02d}" if zero_pad else str(dt.day)
    s = f"{d} {BULAN[dt.month - 1]} {dt.year}"
    return f"{hari(dt)}, {s}" if with_day else s


def js_id_locale_string(dt: datetime) -> str:
    """new Date(x).toLocaleString('id-ID') in a process running with TZ=Asia/Jakarta (verified with Node 18/ICU 78:
    'd/M/yyyy, HH.mm.ss')."""
    return f"{dt.day}/{dt.month}/{dt.year}, {dt.hour:02d}.{dt.minute:02d}.{dt.second:02d}"


def dayjs_h_mma(dt: datetime) -> str:
    """dayjs(...).locale('id').format('h:mma') -- the id locale defines no meridiem, so dayjs prints am/pm."""
    return f"{(dt.hour % 12) or 12}:{dt.minute:02d}{'am' if dt.hour < 12 else 'pm'}"


def calcom_when(start: datetime, end: datetime, tzname: str) -> str:
    """cal.com WhenInfo: dayjs().tz(tz).locale('id').format('dddd, LL | h:mma') + ' - ' + end + ' (tz)'."""
    return f"{hari(start)}, {start.day} {BULAN[start.month - 1]} {start.year} | {dayjs_h_mma(start)} - " \
           f"{dayjs_h_mma(end)} ({tzname})"


def calcom_subject_date(start: datetime, end: datetime) -> str:
    """cal.com getFormattedDate(): h:mma - h:mma, t(dddd.lower()), t(MMMM.lower()) D, YYYY.  With locale id the
    day/month names are Indonesian, and t() of the lowercase word has no key, so i18next returns it unchanged."""
    return f"{dayjs_h_mma(start)} - {dayjs_h_mma(end)}, {hari(start).lower()}, {BULAN[start.month - 1].lower()} " \
           f"{start.day}, {start.year}"


def gmail_attrib(dt: datetime, name: str, addr: str) -> str:
    """Gmail (Indonesian UI) reply attribution line, in the owner's zone (WIB)."""
    d = dt.astimezone(WIB)
    return f"Pada {GMAIL_HARI[d.weekday()]}, {d.day} {GMAIL_BULAN[d.month - 1]} {d.year} pukul " \
           f"{d.hour:02d}.{d.minute:02d} {name} <{addr}> menulis:"


def mbox_from_date(dt: datetime) -> str:
    d = dt.astimezone(UTC)
    return f"{EN_DAY[d.weekday()][:3]} {EN_MON[d.month - 1][:3]} {d.day:02d} {d:%H:%M:%S} +0000 {d.year}"


# ----------------------------------------------------------------------------------------------------------------
# MIME building (deterministic, LF line endings like the shared samples)
# ----------------------------------------------------------------------------------------------------------------

def hid(*parts: str, n: int = 16) -> str:
    return hashlib.md5("|".join(parts).encode()).hexdigest()[:n]


def enc_header(value: str) -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", maxlinelen=76).encode().replace("\r\n", "\n")


def addr(name: str | None, email: str) -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return formataddr((name, email), charset="utf-8")
    if re.search(r"[(),:;<>@\[\]\"\\.]", name):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


@dataclass
class Part:
    headers: list[str]
    body: str

    def render(self) -> str:
        b = self.body if self.body.endswith("\n") else self.body + "\n"
        return "\n".join(self.headers) + "\n\n" + b


def leaf(ctype: str, content: str | bytes, cte: str = "quoted-printable", extra: list[str] | None = None) -> Part:
    data = content.encode("utf-8") if isinstance(content, str) else content
    if cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    else:  # 7bit / 8bit
        body = data.decode("utf-8")
    return Part([f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"] + (extra or []), body)


def text(content: str, cte="quoted-printable", charset="utf-8") -> Part:
    return leaf(f'text/plain; charset="{charset}"', content, cte)


def htmlp(content: str, cte="quoted-printable", charset="utf-8") -> Part:
    return leaf(f'text/html; charset="{charset}"', content, cte)


def multi(subtype: str, parts: list[Part], boundary: str) -> Part:
    body = "".join(f"--{boundary}\n{p.render()}\n" for p in parts) + f"--{boundary}--\n"
    return Part([f'Content-Type: multipart/{subtype}; boundary="{boundary}"'], body)


def attachment(ctype: str, filename: str, data: bytes | str, inline=False) -> Part:
    disp = "inline" if inline else "attachment"
    return leaf(f'{ctype}; name="{filename}"', data, "base64", [f'Content-Disposition: {disp}; filename="{filename}"'])


def message(headers: list[tuple[str, str]], root: Part) -> str:
    lines = [f"{k}: {v}" for k, v in headers if v is not None]
    lines.append("MIME-Version: 1.0")
    return "\n".join(lines) + "\n" + root.render()


def html_to_text(h: str) -> str:
    h = re.sub(r"(?is)<(style|head|script)[^>]*>.*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|tr|li|h[1-6]|table|ul|ol)>", "\n", h)
    h = re.sub(r"(?i)<li[^>]*>", "- ", h)
    h = re.sub(r"<[^>]+>", "", h)
    h = htmllib.unescape(h).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in h.splitlines()]
    out, blank = [], False
    for ln in lines:
        if not ln:
            if not blank and out:
                out.append("")
            blank = True
        else:
            out.append(ln)
            blank = False
    return "\n".join(out).strip() + "\n"


def ics_fold(line: str) -> str:
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], b""
    for ch in line:
        cb = ch.encode("utf-8")
        limit = 75 if not out else 74
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur = b""
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def ics_text(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(lines: list[str]) -> str:
    return "".join(ics_fold(ln) + "\r\n" for ln in lines)


def utcstamp(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


# ----------------------------------------------------------------------------------------------------------------
# owner replies (Gmail web, Indonesian UI) and mbox output
# ----------------------------------------------------------------------------------------------------------------

def gmail_reply(case: str, idx: int, *, to: str, subject: str, date: datetime, body_lines: list[str],
                quoted_from: tuple[str, str], quoted_date: datetime, quoted_text: str, in_reply_to: str,
                references: str) -> tuple[str, str]:
    """Return (message text, Message-ID) of an owner reply sent from Gmail, quoting the previous message."""
    mid = f"<CA{hid(case, 'reply', str(idx), n=12).upper()}+{hid(case, str(idx), 'b', n=20)}@mail.gmail.com>"
    attrib = gmail_attrib(quoted_date, quoted_from[0], quoted_from[1])
    q = "\n".join(("> " + ln) if ln else ">" for ln in quoted_text.rstrip("\n").splitlines())
    plain = "\n".join(body_lines) + "\n\n" + attrib + "\n" + q + "\n"
    body_html = "".join(f"<div>{htmllib.escape(ln) if ln else '<br>'}</div>" for ln in body_lines)
    qhtml = htmllib.escape(quoted_text).replace("\n", "<br>\n")
    h = (f'<div dir="ltr">{body_html}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
         f'{htmllib.escape(attrib)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
         f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{qhtml}</blockquote></div>\n')
    root = multi("alternative", [text(plain), htmlp(h)], "0000000000" + hid(case, str(idx), "alt", n=18))
    msg = message([
        ("From", addr(OWNER_NAME, OWNER)),
        ("Date", format_datetime(date)),
        ("Message-ID", mid),
        ("Subject", enc_header(subject)),
        ("To", to),
        ("In-Reply-To", in_reply_to),
        ("References", references),
    ], root)
    return msg, mid


def mbox(case: str, msgs: list[tuple[str, datetime, list[str]]]) -> str:
    """mboxrd as Google Takeout writes it: 'From <id>@xxx <date>' separators, X-GM-THRID + X-Gmail-Labels first."""
    thrid = str(int(hid(case, "thread", n=15), 16))
    out = []
    for i, (raw, date, labels) in enumerate(msgs):
        msgid = str(int(thrid) + 977 * i + int(hid(case, str(i), n=4), 16))
        lines = raw.rstrip("\n").split("\n")
        body = []
        for ln in lines:
            body.append(">" + ln if re.match(r"^>*From ", ln) else ln)
        out.append(f"From {msgid}@xxx {mbox_from_date(date)}\nX-GM-THRID: {thrid}\n"
                   f"X-Gmail-Labels: {','.join(labels)}\n" + "\n".join(body) + "\n\n")
    return "".join(out)


# ----------------------------------------------------------------------------------------------------------------
# registry
# ----------------------------------------------------------------------------------------------------------------

@dataclass
class Case:
    name: str
    content: str
    is_invite: bool
    interview_start: str | None
    accepted: bool
    language: str
    reply_to: str | None
    note: str
    source: str
    rendered: str
    extra: dict = field(default_factory=dict)


CASES: list[Case] = []


def add(name, content, *, invite, start, accepted=False, lang="id", reply_to=None, note, source, rendered):
    assert name.endswith((".eml", ".mbox")), name
    assert (start is None) or invite, name
    assert (reply_to is None) == (not invite), name
    if start:
        assert datetime.fromisoformat(start).tzinfo is not None, name
    CASES.append(Case(name, content, invite, start, accepted, lang, reply_to, note, source, rendered))


def dt(y, mo, d, h=0, mi=0, s=0, tz=WIB) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def iso(d: datetime) -> str:
    return d.isoformat()


# ================================================================================================================
# 1. etamrin (PHP, seme_email + PHP mail(); Indonesian dates from JI_Controller::__dateIndonesia)
#    https://github.com/rezziqbal06/etamrin @ 889c2d67d1abfc44bd0bc1f98a7fa6c8e83d6958
# ================================================================================================================

ETAMRIN_SRC = ("https://github.com/rezziqbal06/etamrin (commit 889c2d67d1abfc44bd0bc1f98a7fa6c8e83d6958): "
               "kero/lib/seme_email/template/{tpl}.php, sent by app/controller/api_admin/pelamar/{ctl}.php")
ETAMRIN_DATE = ("JI_Controller::__dateIndonesia() (app/core/ji_controller.php): 'hari_tanggal' = Indonesian day + "
                "date('d') + Indonesian month + date('Y'); 'jam' = date('H:i').' WIB'; 'hari_tanggal_jam' = both")
SBP_APP = "PT Sumber Bangun Persada"          # semevar app_name (also used as {{company_name}})
SBP_CO = "PT SUMBER BANGUN PERSADA GROUP"      # semevar company_name (Reply-To name, {{company_nama}})
SBP_FROM = "rekrutmen@sbp-persada.co.id"
SBP_REPLY = "recruitment@sbp-persada.co.id"


def etamrin_dates(d: datetime) -> dict:
    tanggal = f"{hari(d)}, {d:%d} {BULAN[d.month - 1]} {d.year}"
    jam = f"{d:%H:%M} WIB"
    return {"interview_tanggal": tanggal, "interview_waktu": jam, "interview_waktu_tanggal": f"{tanggal} {jam}"}


def etamrin_page(title: str, inner: str, centered_copyright=True) -> str:
    align = "text-align: center; " if centered_copyright else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
	<head>
		<meta name="viewport" content="width=device-width" />
		<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
		<title>{title}</title>
		<link rel="stylesheet" type="text/css" href="https://cdn.thecloudalert.com/assets/css/email.min.css" />
	</head>

	<body bgcolor="#FFFFFF">
		<!-- HEADER -->
		<table class="head-wrap" style="width: 100%;">
			<tr>
				<td class="header container" >
					<table style="width: 100%;">
						<tr>
							<td style="text-align: center;"><img src="https://karir.sbpgroup.id/media/logo-sbp.png" /></td>
						</tr>
					</table>
				</td>
			</tr>
		</table>
		<!-- /HEADER -->

		<table class="body-wrap" summary="body content">
			<tr>
				<td>&nbsp;</td>
				<td class="container" bgcolor="#FFFFFF">
					<div class="content">
						<table width="100%">
							<tr>
								<td style="text-align: center;">
{inner}
								</td>
							</tr>
						</table>
						<p style="{align}font-size: small; color: #3c3c3c; font-style: italic;">Copyright © {SBP_APP}, All rights reserved.</p>
					</div>
				</td>
				<td>&nbsp;</td>
			</tr>
		</table>

	</body>
</html>
"""


def etamrin_fill(tpl: str, r: dict) -> str:
    for k, v in r.items():
        tpl = tpl.replace("{{" + k + "}}", v)
    return tpl


ETAMRIN_HR = """									<h1><b>SELAMAT!!!</b></h1>
									<br />
									<br />
									<h3>{{pelamar_nama}}</h3>
									<p>Anda telah lulus pada tahapan tes online kami dan menjadi salah satu kandidat potensial bagi: </p>
									<h4>{{company_name}}</h4>
									<p>Untuk posisi</p>
									<h4>{{pelamar_posisi}}</h4>
									<br />
									<p>Kami mengundang anda untuk interview {{interview_utype}} secara {{interview_jenis}} pada:</p>

									<p>Hari / Tanggal: {{interview_tanggal}}</p>
									<p>Pukul: {{interview_waktu}} - selesai</p>
									<p>Tempat: {{interview_tempat}}</p>
									<p>Link / Alamat: {{interview_lokasi}} {{interview_keterangan}}</p>
									<p>Catatan: Pastikan anda sudah join 15 menit sebelumnya, dan siap mengikuti interview</p>

									<p>Mohon untuk konfirmasi kehadiran H-1 sebelum jadwal yang telah ditentukan dengan cara:</p>
									<p>1. Login kedalam akun anda di https://karir.sbpgroup.id.</p>
									<p>2. Klik menu interview.</p>
									<p>3. Pilih jawaban Anda.</p>
									<br />
									<br />
                  <p>Best Regards,</p>
									<p>HR Recruitment and Development</p>
                  <p>{{company_name}}</p>
									<br />
									<br />
									<br />
                  <p><small><i>Note : <b>Hati-hati penipuan ! Proses seleksi penerimaan karyawan tidak dipungut biaya apapun</b></i></small></p>"""

ETAMRIN_USER = """									<h1>SELAMAT!!!</h1>
									<br />
									<br />
									<h3>{{pelamar_nama}}</h3>
									<p>Anda telah selesai lulus tahapan profiling {{app_name}} untuk posisi:</p>
									<h4>{{pelamar_posisi}}</h4>
									<br />
									<p>Kami mengundang anda untuk interview {{interview_utype}} secara {{interview_jenis}} pada:</p>
									<p>Hari / Tanggal: {{interview_tanggal}}</p>
									<p>Pukul: {{interview_waktu}} - selesai</p>
									<p>Tempat: {{interview_tempat}}</p>
									<p>Link / Alamat: {{interview_lokasi}} {{interview_keterangan}}</p>
									<p>Catatan: Pastikan anda sudah join 15 menit sebelumnya, dan siap mengikuti interview</p>
									<p>Mohon untuk konfirmasi kehadiran H-1 sebelum jadwal yang telah ditentukan dengan cara:</p>
									<ol>
										<li>Login kedalam akun anda di https://karir.sbpgroup.id</li>
										<li>Klik menu interview</li>
										<li>Pilih jawaban Anda</li>
									</ol>
									<br />
                  <p>Best Regards,</p>
									<p>HR Recruitment and Development</p>
                  <p>{{company_name}}</p>
									<br />
									<br />
									<br />
                  <p><small><i>Note : <b>Hati-hati penipuan ! Proses seleksi penerimaan karyawan tidak dipungut biaya apapun</b></i></small></p>"""

ETAMRIN_KARYAWAN = """									<h1><b>Pemberitahuan Jadwal Interview {{interview_utype}}</b></h1>
									<br />
									<br />
									<h3>Yang terhormat Bapak/Ibu {{interviewer_nama}},</h3>
									<p>Kami informasikan bahwa anda dijadwalkan menjadi <b>interviewer</b> untuk Interview {{interview_utype}} secara {{interview_jenis}}. Berikut ini adalah detailnya:</p>
									<p>Nama: <b>{{pelamar_nama}}</b></p>
									<p>Posisi: <b>{{pelamar_posisi}}</b></p>
									<p>Tanggal: {{interview_waktu_tanggal}}.</p>
									<p>Tempat: {{interview_tempat}}</p>
									<p>Link / Alamat: {{interview_lokasi}} {{interview_keterangan}}</p>
									<p>Link Profil Pelamar: <a href="{{link_profil}}">{{link_profil}}</a>.</p>
									<p>Link Form Interview: <a href="{{link_form}}">{{link_form}}</a>.</p>
									<p>Kandidat yang bersangkutan juga telah diberitahu melalui email untuk jadwal ini. Mohon kesediannya untuk mempersiapkan jadwal anda pada waktu yang telah ditentukan.</p>
									<br />
									<br />
                  <p>Best Regards,</p>
									<p>HR Recruitment and Development</p>
                  <p>{{company_name}}</p>
									<br />
									<br />
									<br />
									<hr>
									<p style="color: #3c3c3c; font-size: smaller"><em>Apabila link tidak bisa diklik / dibuka, silakan <b>Copy</b> <b>Paste</b> langsung di browser anda.</em></p>
									<p style="color: #3c3c3c; font-size: smaller"><em>Supaya tidak masuk ke spam, silakan tambahkan email: {{email_dari}} ini ke kontak anda.</em></p>"""

ETAMRIN_LOLOS = """									<h1><b>SELAMAT!!!</b></h1>
									<br />
									<br />
									<h3>{{pelamar_nama}}</h3>
									<p>Anda telah lulus pada tahapan seleksi di {{site_name}} untuk posisi:</p>
									<h4>{{pelamar_posisi}}</h4>
									<br />
									<p>Untuk informasi lebih lanjut team recruitment akan segera menghubungi Anda melalui email ataupun Whatsapp. Pastikan Email dan Whatsapp Anda dalam kondisi Aktif.</p>
									<br />
									<br />
                  <p>Best Regards,</p>
									<p>HR Recruitment and Development</p>
                  <p>{{app_name}}</p>
									<br />
									<br />
									<br />
                  <p><small><i>Note : <b>Hati-hati penipuan ! Proses seleksi penerimaan karyawan tidak dipungut biaya apapun</b></i></small></p>"""

ETAMRIN_REJECT = """									<h1><b>TERIMAKASIH!!!</b></h1>
									<br />
									<br />
									<h3>{{pelamar_nama}},</h3>
                  <br />
                  <p>
                    <b>{{company_nama}}</b> mengucapkan terimakasih atas keseriusan dan komitmen Anda yang telah mengikuti proses seleksi. Setelah kami mempelajari hasil seleksi Anda, kami belum menemukan kesesuaian antara karakteristik Anda dengan profile jabatan yang sedang kami butuhkan. Kami akan menjadikan hasil seleksi Anda sebagai data referensi untuk kebutuhan dimasa yang akan datang, dan jika kesempatan tersebut ada, kami akan langsung menghubungi Anda secepatnya.
                  </p>
									<br />
									<br />
                  <p>Best Regards,</p>
									<p>HR Recruitment and Development</p>
                  <p>{{company_name}}</p>
									<br />
									<br />
									<br />
                  <p><small><i>Note : <b>Hati-hati penipuan ! Proses seleksi penerimaan karyawan tidak dipungut biaya apapun</b></i></small></p>"""


def etamrin_base_replacer() -> dict:
    return {"app_name": SBP_APP, "company_name": SBP_APP, "site_name": SBP_APP, "email_dari": SBP_FROM,
            "cs_email": SBP_REPLY, "email_reply": SBP_REPLY}


def etamrin_mail(case: str, n: int, *, to: str, subject: str, date: datetime, html_page: str) -> tuple[str, str]:
    stamp = date.astimezone(UTC).strftime("%Y%m%d%H%M%S")
    mid = f"<{stamp}.{hid(case, str(n), n=10).upper()}@mail.sbp-persada.co.id>"
    # seme_email::_process(): single text/html part, charset UTF-8, no transfer encoding (8bit), PHP mail()
    root = Part(['Content-Type: text/html; charset="UTF-8"'], html_page)
    raw = message([
        ("Return-Path", f"<{SBP_FROM}>"),
        ("Date", format_datetime(date)),
        ("To", to),
        ("Subject", enc_header(subject)),
        ("From", f"{SBP_APP} <{SBP_FROM}>"),
        ("Reply-To", f"{SBP_CO} <{SBP_REPLY}>"),
        ("Message-ID", mid),
    ], root)
    return raw, mid


def build_etamrin():
    # --- 1a. HR interview invite, online --------------------------------------------------------------------
    case = "id_etamrin_undangan_interview_hr_pukul_wib_selesai.eml"
    when = dt(2026, 11, 23, 9, 30)
    r = etamrin_base_replacer() | etamrin_dates(when) | {
        "pelamar_nama": "Rizky Pratama", "pelamar_posisi": "Staff Purchasing", "interview_utype": "HR",
        "interview_jenis": "Online", "interview_tempat": "Google Meet",
        "interview_lokasi": "https://meet.google.com/sbp-hrin-tvw", "interview_keterangan": "(kamera wajib menyala)"}
    page = etamrin_page(etamrin_fill("Undangan Interview {{interview_utype}} {{app_name}}", r),
                        etamrin_fill(ETAMRIN_HR, r))
    raw, _ = etamrin_mail(case, 1, to=addr("Rizky Pratama", OWNER), subject=f"Undangan Interview HR {SBP_APP}",
                          date=dt(2026, 11, 16, 14, 12, 9), html_page=page)
    add(case, raw, invite=True, start=iso(when), reply_to=SBP_REPLY,
        note="etamrin HR interview invite (HTML-only, 8bit): 'Hari / Tanggal: Senin, 23 November 2026' and "
             "'Pukul: 09:30 WIB - selesai'. Reply-To (recruitment@) differs from From.",
        source=ETAMRIN_SRC.format(tpl="interview_undangan_pelamar", ctl="interview"),
        rendered=ETAMRIN_DATE + "; subject 'Undangan Interview '.$cim->utype.' '.app_name")

    # --- 1b. user interview, then the same mail again with the '(Reschedule)' marker; owner accepts -----------
    case = "id_etamrin_thread_reschedule_user_baik_hadir.mbox"
    first = dt(2026, 12, 10, 13, 0)
    new = dt(2026, 12, 15, 10, 0)
    base = etamrin_base_replacer() | {"pelamar_nama": "Rizky Pratama", "pelamar_posisi": "Staff Purchasing",
                                      "interview_jenis": "Offline", "interview_tempat": "Kantor Pusat SBP",
                                      "interview_lokasi": "Jl. Jababeka Raya Blok F No. 29, Cikarang, Bekasi",
                                      "interview_keterangan": "(lapor ke resepsionis lantai 2)"}
    subj = f"Undangan Interview User {SBP_APP}"
    r1 = base | etamrin_dates(first) | {"interview_utype": "User"}
    d1 = dt(2026, 12, 1, 10, 5, 44)
    raw1, mid1 = etamrin_mail(case, 1, to=addr("Rizky Pratama", OWNER), subject=subj, date=d1,
                              html_page=etamrin_page(etamrin_fill("Undangan Interview {{interview_utype}} {{app_name}}", r1),
                                                     etamrin_fill(ETAMRIN_USER, r1)))
    r2 = base | etamrin_dates(new) | {"interview_utype": "User (Reschedule)"}
    d2 = dt(2026, 12, 4, 16, 40, 2)
    page2 = etamrin_page(etamrin_fill("Undangan Interview {{interview_utype}} {{app_name}}", r2),
                         etamrin_fill(ETAMRIN_USER, r2))
    raw2, mid2 = etamrin_mail(case, 2, to=addr("Rizky Pratama", OWNER), subject=subj, date=d2, html_page=page2)
    d3 = dt(2026, 12, 5, 8, 15, 31)
    raw3, _ = gmail_reply(case, 3, to=f"{SBP_CO} <{SBP_REPLY}>", subject="Re: " + subj, date=d3,
                          body_lines=["Selamat pagi Bapak/Ibu Tim Rekrutmen,", "",
                                      f"Terima kasih atas informasi perubahan jadwalnya. Baik, saya akan hadir pada "
                                      f"interview User hari {tgl_id(new)} pukul 10.00 WIB di Kantor Pusat SBP.", "",
                                      "Hormat saya,", "Rizky Pratama"],
                          quoted_from=(SBP_APP, SBP_FROM), quoted_date=d2, quoted_text=html_to_text(page2),
                          in_reply_to=mid2, references=f"{mid1} {mid2}")
    add(case, mbox(case, [(raw1, d1, ["Inbox", "Opened"]), (raw2, d2, ["Inbox", "Opened", "Important"]),
                          (raw3, d3, ["Sent"])]),
        invite=True, start=iso(new), accepted=True, reply_to=SBP_REPLY,
        note="Thread: user interview Kamis, 10 Desember 2026 13:00 WIB, then the same template re-sent with "
             "interview_utype 'User (Reschedule)' for Selasa, 15 Desember 2026 10:00 WIB (subject unchanged, only the "
             "body says Reschedule, old time not repeated); owner replies 'Baik, saya akan hadir' -> accepted. "
             "reply_to = Reply-To of the latest company message.",
        source=ETAMRIN_SRC.format(tpl="interview_user_undangan_pelamar", ctl="interview"),
        rendered=ETAMRIN_DATE + "; _sendEmailInterviewUndanganToPelamar(..., $is_reschedule=1) appends ' (Reschedule)' "
                 "to {{interview_utype}} but the subject uses $cim->utype")

    # --- 1c. owner is the interviewer ------------------------------------------------------------------------
    case = "id_non_etamrin_dijadwalkan_sebagai_interviewer.eml"
    when = dt(2026, 12, 14, 10, 0)
    r = etamrin_base_replacer() | etamrin_dates(when) | {
        "interviewer_nama": "Rizky Pratama", "pelamar_nama": "Dimas Anggara", "pelamar_posisi": "Staff Gudang",
        "interview_utype": "User", "interview_jenis": "Offline", "interview_tempat": "Gudang Cikarang",
        "interview_lokasi": "Jl. Jababeka XII Blok V No. 3, Cikarang", "interview_keterangan": "",
        "link_profil": "https://karir.sbpgroup.id/admin/pelamar/home/detail/1187",
        "link_form": "https://karir.sbpgroup.id/interview/form/user/u1/8f2c41d0a9"}
    page = etamrin_page(etamrin_fill("Pemberitahuan Jadwal Interview {{interview_utype}}", r),
                        etamrin_fill(ETAMRIN_KARYAWAN, r))
    raw, _ = etamrin_mail(case, 1, to=addr("Rizky Pratama", OWNER),
                          subject="Jadwal Interview User untuk Dimas Anggara (Staff Gudang)",
                          date=dt(2026, 12, 9, 11, 2, 17), html_page=page)
    add(case, raw, invite=False, start=None,
        note="Owner is the INTERVIEWER: 'anda dijadwalkan menjadi interviewer ... Nama: Dimas Anggara ... Tanggal: "
             "Senin, 14 Desember 2026 10:00 WIB.' Not an invitation for the owner.",
        source=ETAMRIN_SRC.format(tpl="interview_undangan_karyawan", ctl="interview"),
        rendered=ETAMRIN_DATE + "; subject 'Jadwal Interview '.utype.' untuk '.fnama.' ('.lowongan.')'")

    # --- 1d. passed, will be contacted -----------------------------------------------------------------------
    case = "id_non_etamrin_lolos_akan_dihubungi.eml"
    r = etamrin_base_replacer() | {"pelamar_nama": "Rizky Pratama", "pelamar_posisi": "Staff Purchasing"}
    page = etamrin_page("Lolos Seleksi", etamrin_fill(ETAMRIN_LOLOS, r))
    raw, _ = etamrin_mail(case, 1, to=addr("Rizky Pratama", OWNER), subject="Lolos Seleksi",
                          date=dt(2026, 11, 19, 9, 47, 12), html_page=page)
    add(case, raw, invite=False, start=None,
        note="Status update: 'Anda telah lulus pada tahapan seleksi ... team recruitment akan segera menghubungi Anda'"
             " - no step scheduled, nothing to decline yet.",
        source="https://github.com/rezziqbal06/etamrin (commit 889c2d67d1abfc44bd0bc1f98a7fa6c8e83d6958): "
               "kero/lib/seme_email/template/pelamar_lolos.php (not referenced by a controller in this commit)",
        rendered="No placeholders with dates. The template is not referenced by a controller in this commit, so the "
                 "subject is the template's own <title> 'Lolos Seleksi'.")

    # --- 1e. rejection ---------------------------------------------------------------------------------------
    case = "id_non_etamrin_penolakan_tidak_lolos.eml"
    r = etamrin_base_replacer() | {"pelamar_nama": "Rizky Pratama", "company_nama": SBP_CO}
    page = etamrin_page("Tidak Lolos", etamrin_fill(ETAMRIN_REJECT, r))
    raw, _ = etamrin_mail(case, 1, to=addr("Rizky Pratama", OWNER),
                          subject="Mohon Maaf anda Tidak Lolos untuk posisi (Staff Purchasing)",
                          date=dt(2027, 1, 11, 15, 30, 51), html_page=page)
    add(case, raw, invite=False, start=None,
        note="Rejection after selection ('belum menemukan kesesuaian ... profile jabatan').",
        source=ETAMRIN_SRC.format(tpl="pelamar_reject", ctl="reject"),
        rendered="{{company_nama}} = semevar company_name; {{company_name}} = app_name (JI_Controller::_emailReplacer)")


def tiny_pdf(title: str) -> bytes:
    """A small valid one-page PDF carrying a line of text (stand-in for generated attachments)."""
    content = f"BT /F1 14 Tf 72 760 Td ({title}) Tj ET".encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offs = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


# ================================================================================================================
# 2. ECC UGM recruitment module (Yii) -- 'Undangan Panggilan Tes' (GAT) blast
#    https://github.com/ommu/ommu-sms @ 0c3acf86d3e8070ce5d10e74c554f917732d1ffa
# ================================================================================================================

ECC_BODY = """<body>

<div class="member-card">
	<table style="width: 100%;">		
		<tr>
			<td style="width: 50%; vertical-align: middle;">
	<div style="padding-bottom: 15px;">
		<strong>UNDANGAN PANGGILAN TES</strong><br/>
		<strong>PT Energi Listrik Nusantara (Persero)</strong><br/>
		<strong>REKRUTMEN UMUM LOKASI : YOGYAKARTA</strong><br/>
		<strong>MELALUI CAREER DAYS UGM 27</strong><br/>
		<strong>TINGKAT S1/D.IV/D.III TAHUN 2027</strong>	
	</div>
	
	<div style="padding-bottom: 15px;">	
		Kepada Yth.<br/>
		Sdr/ i. {$displayname}<br/>
		{$test_number}<br/>
		{$major}
	</div>
			</td>
			<td style="width: 50%; vertical-align: top; text-align: right; padding-right: 20px; padding-top: 30px;">
			</td>
		</tr>
	</table>
	
	<div style="padding-bottom: 15px;">Di Tempat</div>
	
	<div style="padding-bottom: 15px;">Sehubungan dengan proses rekrutmen dan seleksi untuk Program Rekrutmen Umum Lokasi Yogyakarta melalui Career Days UGM 27 Tingkat S.1/D.IV/D.III tahun 2027 PT Energi Listrik Nusantara (Persero) diharapkan kehadiran saudara/ i untuk mengikuti:</div>
	
	<div style="padding-bottom: 10px;">	
		<strong>General Aptitude Test (GAT)</strong><br/>
		yang akan dilaksanakan pada:
		<table class="event">
			<tr>
				<td style="padding-right: 30px;">Hari/ Tanggal</td>
				<td>:</td>
				<td>{$batch_day}/ {$batch_data} {$batch_month} {$batch_year}</td>
			</tr>
			<tr>
				<td style="padding-right: 30px;">Tempat</td>
				<td>:</td>
				<td>R. Utama lantai 2 Grha Sabha Pramana UGM, Bulaksumur UGM.</td>
			</tr>
			<tr>
				<td style="padding-right: 30px;">Waktu</td>
				<td>:</td>
				<td>{$session_date}, {$session_time_start} - {$session_time_finish} WIB</td>
			</tr>
		</table>
	</div>
	
	<div style="padding-bottom: 15px;">	
		<ul style="margin-left: -20px; margin-top: 0px; margin-bottom: 0px;">
			<li style="padding-bottom: 5px; padding-left: 10px;">Wajib hadir <strong>60 menit sebelum jadwal</strong> yang ditentukan untuk keperluan <strong>registrasi ulang</strong>.</li>
			<li style="padding-bottom: 5px; padding-left: 10px;">Peserta hanya dapat mengikuti tes sesuai jadwal/ batch yang telah ditentukan.</li>
			<li style="padding-bottom: 5px; padding-left: 10px;;">Peserta yang <strong>TERLAMBAT</strong> akan dinyatakan <strong>GUGUR</strong>.</li>
			<li style="padding-bottom: 5px; padding-left: 10px;;">Peserta wajib <strong>MEMBAWA BUKTI</strong> untuk dapat mengikuti seleksi ini, berupa:
				<ol style="margin-left: -20px; margin-top: 10px;">
					<li style="padding-bottom: 5px; padding-left: 10px;"><em>Print out</em> Surat Undangan Panggilan Tes ini;</li>
					<li style="padding-bottom: 5px; padding-left: 10px;">Pas Foto Berwarna Ukuran 3x4 sebanyak 2 buah ke lokasi tes;</li>
					<li style="padding-bottom: 5px; padding-left: 10px;">KTP/ SIM/ kartu identitas yang berlaku.</li>			
				</ol>
			</li>
		</ul>
	</div>
	
	<div style="padding-bottom: 15px;">	
		<strong>Mohon Diperhatikan:</strong><br/>
		<ol style="margin-left: -20px">
			<li style="padding-bottom: 10px;">Peserta wajib berpakaian sopan dan rapi, menggunakan kemeja dan celana/ bawahan kain, tidak mengenakan pakaian ketat, jeans, t-shirt atau sandal/ sepatu sandal;</li>
			<li style="padding-bottom: 10px;">Peserta agar membawa alat tulis: pensil 2B, pensil HB, penghapus, ballpoint, papan alas, tipe-X, dan lem, beserta cadangannya;</li>
			<li style="padding-bottom: 10px;">Setiap pengumuman ataupun informasi mengenai rekrutmen ELN hanya melalui website PT Energi Listrik Nusantara (Persero) <a href="http://www.eln-persero.co.id" title="www.eln-persero.co.id">www.eln-persero.co.id</a> dan website ECC UGM <a href="http://www.ecc.ft.ugm.ac.id" title="www.ecc.ft.ugm.ac.id">www.ecc.ft.ugm.ac.id</a>;</li>
			<li style="padding-bottom: 10px;">Peserta agar berhati-hati terhadap segala usaha dan bentuk penipuan yang mengatasnamakan rekrutmen ELN. ELN tidak pernah memungut biaya terhadap keseluruhan proses seleksi</li>
			<li style="padding-bottom: 10px;">Peserta yang dinyatakan lulus GAT, akan mengikuti Tes Akademik dan Bahasa Inggris pada {$t2}.</li>
			<li style="padding-bottom: 10px;">Peserta yang dinyatakan lulus Tes Akademik dan Bahasa Inggris, akan mengikuti Psikotes pada {$t3}.</li>
		</ol>
	</div>
	
</div>
</body>
</html>"""

ECC_HEAD = """<!DOCTYPE html>
<html>
<head>
  <meta charset="UTF-8" />
  <style type="text/css">
	html, body, div, span, object, iframe,
	h1, h2, h3, h4, h5, h6, p, blockquote, pre,
	a, abbr, acronym, address, code,
	table, caption, tbody, tfoot, thead, tr, th, td {
		color: #111; 
		font-size: 13px; 
		line-height: 18px;
		font-weight: 400;
		font-family: Tahoma, Arial, Helvetica, sans-serif;		
	}
	html {width: 210mm; height: 297mm;}	
	a {color: blue;}
	table.event td {
		vertical-align: top;
		padding-top: 0;
		padding-bottom: 5px;
		padding-right: 10px;
	}
  </style>
</head>
"""


def build_ecc():
    case = "id_ecc_ugm_panggilan_tes_gat_sesi_jam_detik.eml"
    session_date = dt(2027, 1, 14)
    start = dt(2027, 1, 14, 10, 30)
    t2, t3 = dt(2027, 1, 19), dt(2027, 1, 20)
    repl = {
        "{$displayname}": "Rizky Pratama", "{$test_number}": "CD27-ELN-0412", "{$major}": "Teknik Elektro",
        "{$batch_day}": hari(session_date), "{$batch_data}": f"{session_date:%d}",
        "{$batch_month}": BULAN[session_date.month - 1], "{$batch_year}": str(session_date.year),
        "{$session_date}": "Sesi 2", "{$session_time_start}": "10:30:00", "{$session_time_finish}": "12:30:00",
        "{$t2}": tgl_id(t2), "{$t3}": tgl_id(t3)}
    body = ECC_BODY
    for k, v in repl.items():
        body = body.replace(k, v)
    page = ECC_HEAD + body
    date = dt(2027, 1, 6, 19, 22, 40)
    root = multi("mixed", [htmlp(page), attachment("application/pdf", "Undangan_Tes_CD27-ELN-0412.pdf",
                                                   tiny_pdf("Surat Undangan Panggilan Tes CD27-ELN-0412"))],
                 "b1_" + hid(case, "mixed", n=32))
    raw = message([
        ("Date", format_datetime(date)),
        ("To", addr("Rizky Pratama", OWNER)),
        ("From", "ECC UGM <noreply@ecc.ft.ugm.ac.id>"),
        ("Reply-To", "ECC UGM <info@ecc.ft.ugm.ac.id>"),
        ("Subject", "UNDANGAN PANGGILAN TES PT Energi Listrik Nusantara (Persero) | CAREER DAYS UGM 27"),
        ("Message-ID", f"<{hid(case, 'mid', n=32)}@ecc.ft.ugm.ac.id>"),
        ("X-Mailer", "PHPMailer 5.2.14 (https://github.com/PHPMailer/PHPMailer)"),
    ], root)
    add(case, raw, invite=True, start=iso(start), reply_to="info@ecc.ft.ugm.ac.id",
        note="Written test (General Aptitude Test) at a venue, Yogyakarta (WIB): 'Hari/ Tanggal: Kamis/ 14 Januari 2027',"
             " 'Waktu: Sesi 2, 10:30:00 - 12:30:00 WIB' (MySQL TIME with seconds, session name in front). 'Wajib hadir "
             "60 menit sebelum jadwal' is the arrival time, not the start. Later stages (19 and 20 Jan) are "
             "conditional, not this invitation.",
        source="https://github.com/ommu/ommu-sms (commit 0c3acf86d3e8070ce5d10e74c554f917732d1ffa): "
               "ecc.ft.ugm.ac.id/externals/recruitment/template/mail_pln_cdugm19.php, sent by "
               "ecc.ft.ugm.ac.id/modules/recruitment/controllers/o/BatchController.php actionBlast()",
        rendered="{$batch_day} = Utility::getLocalDayName(session_date) (Indonesian day), {$batch_data} = date('d'), "
                 "{$batch_month} = getLocalMonthName (Indonesian), {$session_date} is filled with session_name "
                 "('Sesi 2'), times are raw MySQL TIME values ('10:30:00'). Company/year fictionalised (PLN -> ELN, "
                 "2016 -> 2027); hard-coded follow-up dates moved to 2027 with matching weekdays.")


# ================================================================================================================
# Laravel helpers: Blade view mails (text/html only) and markdown mails (text + html, default mail theme)
# ================================================================================================================

def md_inline(s: str) -> str:
    s = htmllib.escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"(?<!\*)\*(?!\s)(.+?)(?<!\s)\*(?!\*)", r"<em>\1</em>", s)
    return s


def md_text_inline(s: str) -> str:
    return s


def laravel_markdown(app_name: str, app_url: str, blocks: list[tuple], year: int) -> tuple[str, str]:
    """Render blocks the way Laravel's default markdown mail theme does (html + text)."""
    h, t = [], []
    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h2", "h3", "h4"):
            h.append(f"<{kind}>{md_inline(b[1])}</{kind}>")
            t.append("#" * int(kind[1]) + " " + b[1])
        elif kind == "p":
            lines = b[1].split("\n")
            h.append("<p>" + "<br>\n".join(md_inline(ln.rstrip()) for ln in lines) + "</p>")
            t.append("\n".join(ln.rstrip() for ln in lines))
        elif kind == "hr":
            h.append("<hr>")
            t.append("---")
        elif kind in ("ul", "ol"):
            items = "".join(f"<li>{md_inline(it)}</li>\n" for it in b[1])
            h.append(f"<{kind}>\n{items}</{kind}>")
            t.append("\n".join((f"{i}. " if kind == "ol" else "- ") + it for i, it in enumerate(b[1], 1)))
        elif kind == "panel":
            inner = "<p>" + "<br>\n".join(md_inline(x) for x in b[1]) + "</p>"
            h.append('<table class="panel" width="100%" cellpadding="0" cellspacing="0" role="presentation">\n<tr>\n'
                     '<td class="panel-content">\n<table width="100%" cellpadding="0" cellspacing="0" '
                     'role="presentation">\n<tr>\n<td class="panel-item">\n' + inner +
                     '\n</td>\n</tr>\n</table>\n</td>\n</tr>\n</table>')
            t.append("\n".join(b[1]))
        elif kind == "button":
            label, url, color = b[1], b[2], (b[3] if len(b) > 3 else "primary")
            h.append('<table class="action" align="center" width="100%" cellpadding="0" cellspacing="0" '
                     'role="presentation">\n<tr>\n<td align="center">\n<a href="' + url + '" class="button button-'
                     + color + '" target="_blank" rel="noopener">' + htmllib.escape(label) + '</a>\n</td>\n</tr>\n'
                     '</table>')
            t.append(f"{label}: {url}")
        elif kind == "subcopy":
            h.append('<table class="subcopy" width="100%" cellpadding="0" cellspacing="0" role="presentation">\n'
                     '<tr>\n<td>\n<p>' + md_inline(b[1]) + '</p>\n</td>\n</tr>\n</table>')
            t.append(b[1])
    body_html = "\n".join(h)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{htmllib.escape(app_name)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
</head>
<body style="box-sizing: border-box; font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; background-color: #ffffff; color: #718096; margin: 0; padding: 0; width: 100% !important;">
<table class="wrapper" width="100%" cellpadding="0" cellspacing="0" role="presentation">
<tr>
<td align="center">
<table class="content" width="100%" cellpadding="0" cellspacing="0" role="presentation">
<tr>
<td class="header">
<a href="{app_url}" style="display: inline-block;">
{htmllib.escape(app_name)}
</a>
</td>
</tr>

<!-- Email Body -->
<tr>
<td class="body" width="100%" cellpadding="0" cellspacing="0" style="border: hidden !important;">
<table class="inner-body" align="center" width="570" cellpadding="0" cellspacing="0" role="presentation">
<!-- Body content -->
<tr>
<td class="content-cell">
{body_html}
</td>
</tr>
</table>
</td>
</tr>

<tr>
<td>
<table class="footer" align="center" width="570" cellpadding="0" cellspacing="0" role="presentation">
<tr>
<td class="content-cell" align="center">
<p>© {year} {htmllib.escape(app_name)}. All rights reserved.</p>
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
"""
    txt = f"{app_name}: {app_url}\n\n" + "\n\n".join(t) + f"\n\n© {year} {app_name}. All rights reserved.\n"
    return page, txt


def symfony_mid(case: str, n: int, domain: str) -> str:
    return f"<{hid(case, 'sym', str(n), n=32)}@{domain}>"


def laravel_alt(case: str, n: int, txt: str, page: str) -> Part:
    return multi("alternative", [text(txt), htmlp(page)], hid(case, "lv", str(n), n=8) + "_" + hid(case, str(n), n=20))


# ================================================================================================================
# 3. kelasindustri_web (Laravel; date('d F Y') -> English month names; no time field in the form)
#    https://github.com/vennymeida/kelasindustri_web @ 298a4a561e5ea9ee8b55c1a14c0752a3838a17f4
# ================================================================================================================

def build_kelasindustri():
    src = "https://github.com/vennymeida/kelasindustri_web (commit 298a4a561e5ea9ee8b55c1a14c0752a3838a17f4): "
    # --- 3a. 'Interview Invitation' (English subject), time only in the free-text note --------------------------
    case = "id_kelasindustri_subjek_en_tes_bulan_inggris_jam_di_catatan.eml"
    day = dt(2027, 1, 18)
    start = dt(2027, 1, 18, 9, 0)
    page = f"""<!DOCTYPE html>
<html>
<head>
    <title>Undangan Wawancara Kerja</title>
</head>
<body>
    <h1>Halo, Rizky Pratama</h1>
    <p>Anda diundang untuk mengikuti Test Pekerjaan di PT Kreasi Logam Industri pada tanggal {php_date('d F Y', day)}.</p>
    <p>Rincian:</p>
    <ul>
        <li>Lowongan Pekerjaan : Operator CNC</li>
        <li>Tempat Interview : Kantor PT Kreasi Logam Industri, Jl. Raya Karanglo No. 12, Singosari, Malang</li>
        <li>Catatan : Harap hadir pukul 09.00 WIB, membawa CV, fotokopi ijazah dan KTP asli. Bertemu dengan Bapak Hendro (HRD).</li>
    </ul>
    <p>Terima kasih atas perhatiannya dan kami menantikan pertemuan dengan Anda.</p>
</body>
</html>
"""
    date = dt(2027, 1, 11, 3, 14, 27, tz=UTC)
    raw = message([
        ("Message-ID", symfony_mid(case, 1, "kelasindustri.id")),
        ("Date", format_datetime(date)),
        ("Subject", "Interview Invitation"),
        ("From", "Kelas Industri <no-reply@kelasindustri.id>"),
        ("To", OWNER),
    ], htmlp(page))
    add(case, raw, invite=True, start=iso(start), reply_to="no-reply@kelasindustri.id",
        note="HTML-only, English subject 'Interview Invitation', Indonesian body. Date rendered by PHP date('d F Y') "
             "-> '18 January 2027' (English month). The form has no time field; the HR note gives 'pukul 09.00 WIB'. "
             "Malang (WIB). Mail Date in UTC (app timezone UTC). 'Bertemu dengan Bapak Hendro'.",
        source=src + "resources/views/emails/interviewInvitation.blade.php via app/Mail/InterviewInvitation.php "
                     "(subject 'Interview Invitation') from LamarPerusahaanController",
        rendered="{{ date('d F Y', strtotime($details['date'])) }} with tanggal_interview = '2027-01-18' (validated as "
                 "'date'); config/app.php timezone UTC -> Date header +0000")

    # --- 3b. 'Undangan Recruitmen Pekerjaan': a day but no time ------------------------------------------------
    case = "id_kelasindustri_undangan_test_tanggal_tanpa_jam.eml"
    day = dt(2026, 12, 1)
    page = f"""<!DOCTYPE html>
<html>
<head>
    <title>Undangan Recruitmen Pekerjaan</title>
</head>
<body>
    <h1>Hai, Rizky Pratama</h1>
    <p>Anda diundang untuk mengikuti Test Pekerjaan di CV Sinar Teknik Mandiri pada tanggal {php_date('d F Y', day)}.</p>
    <p>Rincian:</p>
    <ul>
        <li>Lowongan Pekerjaan : Teknisi Maintenance</li>
        <li>Tempat Interview : Workshop CV Sinar Teknik Mandiri, Jl. Raya Lawang No. 88, Malang</li>
        <li>Catatan : Membawa alat tulis dan CV terbaru.</li>
    </ul>
    <p>Terima kasih telah mendaftar dan kami berharap dapat bertemu dengan Anda.</p>
</body>
</html>
"""
    date = dt(2026, 11, 24, 6, 2, 55, tz=UTC)
    raw = message([
        ("Message-ID", symfony_mid(case, 1, "kelasindustri.id")),
        ("Date", format_datetime(date)),
        ("Subject", "Undangan Test Pekerjaan - Teknisi Maintenance"),
        ("From", "Kelas Industri <no-reply@kelasindustri.id>"),
        ("To", OWNER),
    ], htmlp(page))
    add(case, raw, invite=True, start=None, reply_to="no-reply@kelasindustri.id",
        note="Invitation to a work test on '01 December 2026' (PHP date('d F Y'), English month) but no time anywhere "
             "-> invite with interview_start null (a day is not a start time).",
        source=src + "resources/views/emails/undangan.blade.php via app/Mail/SendRecuit.php (subject typed by HR) from "
                     "RekrutController",
        rendered="{{ date('d F Y', strtotime($details['date'])) }}; subject = $details['subject'] entered by the recruiter")


# ================================================================================================================
# 4. Human-HR (Laravel 11; Carbon->format('d M Y H:i'); .ics attached with UTC DTSTART)
#    https://github.com/Andalan-Artha-Primanusa/Human-HR @ 24c604ea0799af7e854e89b8ff378b6782ab172a
# ================================================================================================================

HUMANHR_SRC = ("https://github.com/Andalan-Artha-Primanusa/Human-HR (commit 24c604ea0799af7e854e89b8ff378b6782ab172a): "
               "app/Mail/InterviewInviteMail.php + resources/views/emails/interview_invite.blade.php; .ics from "
               "app/Services/IcsService.php")


def humanhr_ics(uid: str, title: str, start: datetime, end: datetime, organizer: str, location: str, desc: str,
                stamp: datetime) -> str:
    return ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Andalan//Karir//ID", "CALSCALE:GREGORIAN",
                "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{utcstamp(stamp)}",
                "SUMMARY:" + title.replace(",", "\\,").replace(";", "\\;"), f"DTSTART:{utcstamp(start)}",
                f"DTEND:{utcstamp(end)}", "LOCATION:" + location.replace(",", "\\,").replace(";", "\\;"),
                "DESCRIPTION:" + desc.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;"),
                f"ORGANIZER:mailto:{organizer}", f"ATTENDEE;CN=Kandidat:mailto:{OWNER}", "STATUS:CONFIRMED",
                "SEQUENCE:0", "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
                "END:VALARM", "END:VEVENT", "END:VCALENDAR"])


def humanhr_invite(case, n, *, app_name, app_url, title, job, start, end, mode, link, location, date, from_addr,
                   domain):
    lines = [("h1", f"Undangan Interview: {title}"), ("p", "Halo Rizky Pratama,"),
             ("p", f"Anda dijadwalkan untuk interview pada lowongan **{job}**.")]
    detail = [f"**Waktu**: {php_date('d M Y H:i', start)} – {php_date('H:i', end)}  ",
              f"**Mode**: {mode.upper()}  "]
    if link:
        detail.append(f"    **Meeting Link**: {link}")
    if location:
        detail.append(f"    **Lokasi**: {location}")
    lines.append(("p", "\n".join(detail)))
    lines += [("p", "Silakan lihat lampiran **.ics** untuk menambahkan ke kalender Anda."),
              ("button", "Buka Detail", link or app_url),
              ("p", "Terima kasih,  \nHR Team")]
    page, txt = laravel_markdown(app_name, app_url, lines, date.year)
    cal = humanhr_ics(f"{hid(case, 'uid', n=8)}-{hid(case, 'u2', n=4)}-4{hid(case, 'u3', n=3)}-a{hid(case, 'u4', n=3)}-"
                      f"{hid(case, 'u5', n=12)}", title, start, end, from_addr, location or "Online", "", date)
    root = multi("mixed", [laravel_alt(case, n, txt, page),
                           leaf('text/calendar; method=REQUEST; charset=UTF-8; name=interview.ics', cal, "base64",
                                ['Content-Disposition: attachment; filename=interview.ics'])],
                 hid(case, "mx", str(n), n=8) + "_" + hid(case, "mixed", str(n), n=20))
    mid = symfony_mid(case, n, domain)
    raw = message([
        ("From", f"{app_name} <{from_addr}>"),
        ("To", OWNER),
        ("Subject", enc_header(f"Undangan Interview: {title}")),
        ("Message-ID", mid),
        ("Date", format_datetime(date)),
    ], root)
    return raw, mid, txt


def build_humanhr():
    # --- 4a. APP_TIMEZONE=Asia/Makassar: body prints local WITA time without zone, .ics in UTC -------------------
    case = "id_humanhr_undangan_interview_ics_utc_makassar.eml"
    start, end = dt(2027, 1, 20, 9, 0, tz=WITA), dt(2027, 1, 20, 10, 0, tz=WITA)
    raw, _, _ = humanhr_invite(case, 1, app_name="Karir Arta Daya", app_url="https://karir.artadaya.co.id",
                               title="Interview User Site Engineer", job="Site Engineer (Makassar)",
                               start=start, end=end, mode="onsite", link=None,
                               location="Kantor PT Arta Daya Nusantara, Jl. Jend. Sudirman No. 8, Makassar",
                               date=dt(2027, 1, 12, 16, 20, 33, tz=WITA), from_addr="hr@artadaya.co.id",
                               domain="artadaya.co.id")
    add(case, raw, invite=True, start=iso(start), reply_to="hr@artadaya.co.id",
        note="Markdown mail + interview.ics (METHOD:REQUEST). Body 'Waktu: 20 Jan 2027 09:00 – 10:00' has no zone; the "
             "app runs with APP_TIMEZONE=Asia/Makassar (Date header +0800, office in Makassar) and the .ics says "
             "DTSTART:20270120T010000Z = 09:00 WITA. Owner is ATTENDEE (CN=Kandidat).",
        source=HUMANHR_SRC,
        rendered="Carbon::parse(start_at)->format('d M Y H:i') -> '20 Jan 2027 09:00' (PHP English short month); "
                 "config/app.php 'timezone' => env('APP_TIMEZONE', 'Asia/Jakarta') set to Asia/Makassar; IcsService "
                 "converts to UTC 'Ymd\\THis\\Z'")

    # --- 4b. Jakarta, owner confirms by reply ---------------------------------------------------------------
    case = "id_humanhr_thread_ics_saya_mengonfirmasi_kehadiran.mbox"
    start, end = dt(2027, 2, 9, 13, 30), dt(2027, 2, 9, 14, 30)
    d1 = dt(2027, 2, 2, 10, 11, 5)
    raw1, mid1, txt1 = humanhr_invite(case, 1, app_name="Andalan Careers", app_url="https://careers.andalan-ap.co.id",
                                      title="Interview HR Data Analyst", job="Data Analyst",
                                      start=start, end=end, mode="online",
                                      link="https://meet.google.com/and-hrda-ivw", location=None, date=d1,
                                      from_addr="careers@andalan-ap.co.id", domain="andalan-ap.co.id")
    d2 = dt(2027, 2, 2, 19, 2, 48)
    raw2, _ = gmail_reply(case, 2, to="Andalan Careers <careers@andalan-ap.co.id>",
                          subject="Re: Undangan Interview: Interview HR Data Analyst", date=d2,
                          body_lines=["Yth. HR Team Andalan Careers,", "",
                                      "Terima kasih atas undangannya. Saya mengonfirmasi kehadiran pada Interview HR "
                                      "Data Analyst hari Selasa, 9 Februari 2027 pukul 13.30 WIB melalui Google Meet.",
                                      "", "Salam,", "Rizky Pratama", "0812-8841-2290"],
                          quoted_from=("Andalan Careers", "careers@andalan-ap.co.id"), quoted_date=d1,
                          quoted_text=txt1, in_reply_to=mid1, references=mid1)
    add(case, mbox(case, [(raw1, d1, ["Inbox", "Opened"]), (raw2, d2, ["Sent"])]),
        invite=True, start=iso(start), accepted=True, reply_to="careers@andalan-ap.co.id",
        note="Online HR interview '09 Feb 2027 13:30 – 14:30' (no zone in body; Asia/Jakarta default, Date +0700, .ics "
             "DTSTART 20270209T063000Z); owner replies 'Saya mengonfirmasi kehadiran ...' -> accepted.",
        source=HUMANHR_SRC,
        rendered="Carbon format('d M Y H:i'); APP_TIMEZONE default Asia/Jakarta; IcsService UTC timestamps")

    # --- 4c. offering letter ------------------------------------------------------------------------------------
    case = "id_non_humanhr_offering_letter_lampiran_pdf.eml"
    body = ("Dengan hormat,\n\nBerdasarkan rangkaian seleksi yang telah Saudara ikuti, dengan senang hati kami "
            "menawarkan posisi Site Engineer di PT Arta Daya Nusantara dengan ketentuan sebagaimana tercantum pada "
            "Offering Letter terlampir.\n\nTanggal mulai bekerja: Senin, 1 Maret 2027 pukul 08.00 WITA di kantor "
            "Makassar.\nMohon konfirmasi penerimaan penawaran ini paling lambat Jumat, 19 Februari 2027 dengan "
            "membalas email ini beserta Offering Letter yang telah ditandatangani.")
    page = f"""<!DOCTYPE html>
<html>
<head>
    <title>Offering Letter</title>
</head>
<body style="font-family: Arial, sans-serif; line-height: 1.6; color: #333;">
    <h2>Halo Rizky Pratama,</h2>
    
    <div style="white-space: pre-wrap;">{htmllib.escape(body)}</div>
    
    <p>Salam hangat,</p>
    <p><strong>Tim HR Andalan Careers</strong></p>
</body>
</html>
"""
    date = dt(2027, 2, 11, 9, 0, 12, tz=WITA)
    root = multi("mixed", [htmlp(page), attachment("application/pdf", "Offering-Letter-Site-Engineer.pdf",
                                                   tiny_pdf("Offering Letter - Site Engineer"))],
                 hid(case, "m", n=8) + "_" + hid(case, "mixed", n=20))
    raw = message([("From", "Karir Arta Daya <hr@artadaya.co.id>"), ("To", OWNER),
                   ("Subject", "Offering Letter - Site Engineer"), ("Message-ID", symfony_mid(case, 1, "artadaya.co.id")),
                   ("Date", format_datetime(date))], root)
    add(case, raw, invite=False, start=None,
        note="Job offer (Offering Letter + PDF). Start date and reply deadline are not an interview.",
        source="https://github.com/Andalan-Artha-Primanusa/Human-HR (commit f10a9f60ba54c3eafa1b6e1e4c3948b58aa41394): "
               "app/Mail/OfferLetterMail.php + resources/views/emails/offer_letter.blade.php",
        rendered="bodyContent is free text typed by HR (written by us); companyName is hard-coded 'Andalan Careers' in "
                 "OfferLetterMail::content()")

    # --- 4d. mobilisation notice after hiring --------------------------------------------------------------------
    case = "id_non_humanhr_informasi_mobilisasi.eml"
    body = ("Selamat bergabung! Berikut jadwal mobilisasi Anda ke site Morowali:\n\nKeberangkatan: Senin, 22 Februari "
            "2027, penerbangan MKS-KDI pukul 06.45 WITA\nTitik kumpul: Bandara Sultan Hasanuddin, Terminal "
            "Keberangkatan, pukul 05.30 WITA\n\nMohon membawa KTP asli dan hasil MCU.")
    page = f"""<!DOCTYPE html>
<html>
<head>
    <title>Informasi Mobilisasi</title>
</head>
<body>
    <p>Halo Rizky Pratama,</p>
    
    <div style="white-space: pre-wrap;">
        {htmllib.escape(body)}
    </div>

    <p>Terlampir adalah dokumen/tiket mobilisasi Anda. Silakan unduh dan pelajari instruksinya.</p>
    
    <p>Terima kasih,<br>Team HR</p>
</body>
</html>
"""
    date = dt(2027, 2, 12, 14, 41, 9, tz=WITA)
    root = multi("mixed", [htmlp(page), attachment("application/pdf", "Tiket-Mobilisasi.pdf",
                                                   tiny_pdf("Tiket Mobilisasi MKS-KDI"))],
                 hid(case, "m", n=8) + "_" + hid(case, "mixed", n=20))
    raw = message([("From", "Karir Arta Daya <hr@artadaya.co.id>"), ("To", OWNER),
                   ("Subject", "Informasi Mobilisasi - Site Engineer"),
                   ("Message-ID", symfony_mid(case, 1, "artadaya.co.id")), ("Date", format_datetime(date))], root)
    add(case, raw, invite=False, start=None,
        note="Post-hire mobilisation (travel) notice with departure times - not a hiring step.",
        source="https://github.com/Andalan-Artha-Primanusa/Human-HR (commit f10a9f60ba54c3eafa1b6e1e4c3948b58aa41394): "
               "app/Mail/MobilisasiMail.php + resources/views/emails/mobilisasi.blade.php",
        rendered="bodyContent typed by HR (written by us); subject 'Informasi Mobilisasi - '.job title")


# ================================================================================================================
# 5. e-recruitment PT KRP (Laravel markdown notifications; Carbon->format('l, d F Y - H:i') -> English names)
#    https://github.com/E-recruitent-PT-KRP/e-recruitment_PT.KRP @ f6a222f9c42fb1c896995e6cad8cc70ee4fcebe7
# ================================================================================================================

KRP_SRC = ("https://github.com/E-recruitent-PT-KRP/e-recruitment_PT.KRP (commit f6a222f9c42fb1c896995e6cad8cc70ee4fcebe7): "
           "app/Notifications/{cls}.php + resources/views/email/{view}.blade.php")
KRP_CO = "PT Karya Raya Perkasa"
KRP_APP = "E-Recruitment KRP"
KRP_URL = "https://karir.karyarayaperkasa.co.id"
KRP_FROM = "rekrutmen@karyarayaperkasa.co.id"


def krp_mail(case, n, subject, blocks, date):
    page, txt = laravel_markdown(KRP_APP, KRP_URL, blocks, date.year)
    mid = symfony_mid(case, n, "karyarayaperkasa.co.id")
    raw = message([("From", f"{KRP_APP} <{KRP_FROM}>"), ("To", OWNER), ("Subject", enc_header(subject)),
                   ("Message-ID", mid), ("Date", format_datetime(date))], laravel_alt(case, n, txt, page))
    return raw, mid, txt


def build_krp():
    # --- 5a. interview -------------------------------------------------------------------------------------------
    case = "id_krp_interview_hari_bulan_inggris_cikarang.eml"
    start = dt(2027, 1, 14, 9, 0)
    job = "Admin Gudang (Penempatan Cikarang)"
    blocks = [("h1", "Halo, Rizky Pratama! 🎉"),
              ("p", f"Terima kasih telah mendaftar sebagai **{job}** di perusahaan kami. Kami memiliki kabar penting "
                    "terkait proses pendaftaran Anda."), ("hr",),
              ("h3", "Status Pendaftaran Diperbarui 🔔"),
              ("p", 'Pendaftaran Anda kini memiliki status **"Interview"**. Berikut adalah informasi lengkap mengenai '
                    "jadwal interview Anda:"),
              ("panel", ["**Tanggal Interview:**  ", f"📅 **{php_date('l, d F Y - H:i', start)}**"]), ("hr",),
              ("h4", "Dokumen yang Wajib Dibawa:"),
              ("p", "Mohon untuk membawa berkas-berkas berikut dalam bentuk hardcopy:"),
              ("ul", ["**Curriculum Vitae (CV)**", "**Surat Keterangan Catatan Kepolisian (SKCK)**",
                      "**Fotokopi NPWP**", "**Fotokopi KTP**"]),
              ("p", "Harap datang tepat waktu dan mempersiapkan diri dengan baik. Kenakan pakaian yang rapi untuk "
                    "interview."),
              ("button", "Lihat Jadwal di Aplikasi", KRP_URL + "/dashboard", "success"),
              ("subcopy", "Jaga kesehatan dan tetap semangat untuk interview!"),
              ("p", f"Salam Hormat,  \n**HRD {KRP_CO}**")]
    raw, _, _ = krp_mail(case, 1, "Notifikasi Interview", blocks, dt(2027, 1, 7, 2, 40, 18, tz=UTC))
    add(case, raw, invite=True, start=iso(start), reply_to=KRP_FROM,
        note="'Tanggal Interview: Thursday, 14 January 2027 - 09:00' - PHP English day/month names inside Indonesian "
             "text, no zone; Date header in UTC (app timezone UTC) says nothing; the role is placed in Cikarang "
             "(Bekasi, WIB) -> 09:00+07:00.",
        source=KRP_SRC.format(cls="InterviewNotification", view="interviewNotification"),
        rendered="Carbon::parse($pendaftar->tanggal_interview)->format('l, d F Y - H:i'); tanggal_interview is the "
                 "concatenation of the HR's date and time inputs (PendaftarController), so the time is local as typed")

    # --- 5b. test, owner answers 'siap hadir' --------------------------------------------------------------------
    case = "id_krp_thread_notifikasi_tes_siap_hadir.mbox"
    start = dt(2026, 11, 20, 8, 0)
    job = "Quality Control (Penempatan Karawang)"
    blocks = [("h1", "Halo, Rizky Pratama! 🎉"),
              ("p", f"Terima kasih telah mendaftar sebagai **{job}** di perusahaan kami. Kami memiliki kabar penting "
                    "terkait proses pendaftaran Anda."), ("hr",),
              ("h3", "Status Pendaftaran Diperbarui 🔔"),
              ("p", 'Pendaftaran Anda kini memiliki status **"Tes"**. Berikut adalah informasi lengkap mengenai jadwal '
                    "tes Anda:"),
              ("panel", ["**Tanggal Tes:**  ", f"📅 **{php_date('l, d F Y - H:i', start)}**"]), ("hr",),
              ("p", "Mohon untuk hadir tepat waktu dan mempersiapkan diri dengan baik. Jangan lupa membawa dokumen yang "
                    "diperlukan dan mengenakan pakaian yang rapi."),
              ("button", "Lihat Jadwal di Aplikasi", KRP_URL + "/dashboard", "success"),
              ("subcopy", "Jangan Lupa Jaga Kesehatan dan Tetap Semangat!"),
              ("p", f"Salam Hormat,  \n**HRD {KRP_CO}**")]
    d1 = dt(2026, 11, 16, 3, 5, 41, tz=UTC)
    raw1, mid1, txt1 = krp_mail(case, 1, "Notifikasi Tes", blocks, d1)
    d2 = dt(2026, 11, 16, 19, 40, 3)
    raw2, _ = gmail_reply(case, 2, to=f"{KRP_APP} <{KRP_FROM}>", subject="Re: Notifikasi Tes", date=d2,
                          body_lines=["Selamat malam Bapak/Ibu HRD,", "",
                                      "Terima kasih atas informasinya. Siap hadir untuk tes pada hari Jumat, 20 "
                                      "November 2026 pukul 08.00 di Karawang.", "", "Salam,", "Rizky Pratama"],
                          quoted_from=(KRP_APP, KRP_FROM), quoted_date=d1, quoted_text=txt1, in_reply_to=mid1,
                          references=mid1)
    add(case, mbox(case, [(raw1, d1, ["Inbox", "Opened"]), (raw2, d2, ["Sent"])]),
        invite=True, start=iso(start), accepted=True, reply_to=KRP_FROM,
        note="Selection test (status 'Tes', attend on site) 'Friday, 20 November 2026 - 08:00' (English names, no "
             "zone; placement Karawang -> WIB); owner replies 'Siap hadir' -> accepted.",
        source=KRP_SRC.format(cls="TesNotification", view="tesNotification"),
        rendered="Carbon::parse($pendaftar->tanggal_tes)->format('l, d F Y - H:i'); Date header UTC")

    # --- 5c/d/e. receipt, rejection, hired ---------------------------------------------------------------------------
    case = "id_non_krp_lamaran_berhasil_dikirim.eml"
    job = "Staff Accounting"
    blocks = [("h1", "Halo, Rizky Pratama! 🎉"),
              ("p", f"Kami dengan senang hati menginformasikan bahwa lamaran Anda untuk posisi **{job}** di **{KRP_CO}** "
                    "telah kami terima! Terima kasih telah meluangkan waktu untuk mengajukan lamaran di perusahaan kami."),
              ("hr",), ("h3", "Informasi Selanjutnya 🚀"),
              ("p", "Proses seleksi akan segera dimulai, dan tim kami sedang meninjau semua aplikasi yang masuk. "
                    "Berikut adalah beberapa hal yang perlu Anda ketahui:"),
              ("ol", ["**Waktu Proses Seleksi**  \nTim kami akan melakukan peninjauan dan akan menghubungi Anda dalam "
                      "waktu dekat untuk memberitahukan langkah selanjutnya.",
                      "**Cek Status Lamaran**  \nAnda dapat selalu memeriksa status lamaran Anda melalui akun Anda di "
                      "aplikasi kami."]),
              ("button", "Cek Status Lamaran Anda", KRP_URL + "/dashboard", "success"),
              ("subcopy", "Jika Anda memiliki pertanyaan, jangan ragu untuk menghubungi kami."),
              ("p", f"Salam Hormat,  \n**HRD {KRP_CO}**")]
    raw, _, _ = krp_mail(case, 1, "Lamaran Berhasil Dikirim", blocks, dt(2026, 11, 3, 4, 12, 9, tz=UTC))
    add(case, raw, invite=False, start=None,
        note="Application receipt ('lamaran Anda ... telah kami terima', 'akan menghubungi Anda dalam waktu dekat').",
        source=KRP_SRC.format(cls="ApplyNotification", view="applyNotification"), rendered="no dates")

    case = "id_non_krp_status_ditolak.eml"
    blocks = [("h1", "Halo, Rizky Pratama,"),
              ("p", f"Terima kasih telah meluangkan waktu untuk mengikuti proses seleksi di **{KRP_CO}**. Kami menghargai "
                    "setiap usaha dan minat yang Anda tunjukkan terhadap posisi **Staff Accounting**."), ("hr",),
              ("h2", "Keterangan : Hasil tes belum memenuhi nilai minimum,"),
              ("h3", "Informasi Status Pendaftaran 🔔"),
              ("p", "Kami ingin menginformasikan bahwa pendaftaran Anda untuk posisi tersebut saat ini **DITOLAK**. "
                    "Keputusan ini tidak mencerminkan nilai dan potensi Anda, dan kami percaya bahwa Anda akan "
                    "menemukan kesempatan yang lebih sesuai di masa mendatang."),
              ("p", "Jangan ragu untuk mengikuti kami di media sosial untuk mendapatkan informasi tentang lowongan kerja "
                    "dan acara perusahaan kami yang akan datang."),
              ("button", "Kunjungi Website Kami", KRP_URL + "/dashboard", "success"),
              ("subcopy", "Kami berharap yang terbaik untuk Anda dalam pencarian karir Anda selanjutnya."),
              ("p", f"Salam Hormat,  \n**HRD {KRP_CO}**")]
    raw, _, _ = krp_mail(case, 1, "Rejected Job", blocks, dt(2026, 11, 25, 8, 31, 50, tz=UTC))
    add(case, raw, invite=False, start=None, note="Rejection ('pendaftaran Anda ... saat ini DITOLAK'), English subject.",
        source=KRP_SRC.format(cls="RejectedNotification", view="rejectedNotification"), rendered="no dates")

    case = "id_non_krp_diterima_bekerja.eml"
    blocks = [("h1", "Selamat, Rizky Pratama! 🎉"),
              ("p", f"Kami dengan senang hati menginformasikan bahwa Anda telah **DITERIMA** sebagai **Admin Gudang "
                    f"(Penempatan Cikarang)** di **{KRP_CO}**! Selamat bergabung dengan tim kami!"), ("hr",),
              ("h3", "Langkah Selanjutnya 🚀"),
              ("p", "Berikut adalah beberapa hal yang perlu Anda persiapkan untuk memulai perjalanan Anda bersama kami:"),
              ("ol", ["**Persiapan Dokumen**  \nHarap membawa berkas-berkas hardcopy berikut: CV, SKCK, Fotokopi NPWP, "
                      "Fotokopi KTP",
                      "**Informasi Onboarding**  \nTim HR kami akan segera menghubungi Anda untuk memberikan informasi "
                      "lebih lanjut mengenai jadwal dan prosedur onboarding. Mohon tetap memeriksa email atau aplikasi "
                      "kami untuk pembaruan.",
                      "**Pertemuan Pertama di Kantor**  \nKami ingin Anda merasa nyaman dan terhubung sejak hari pertama! "
                      "Anda akan dijadwalkan untuk orientasi dengan tim dan akan mendapatkan pengenalan tentang "
                      "lingkungan kerja."]),
              ("button", "Lihat Detail Posisi Anda", KRP_URL + "/dashboard", "success"), ("hr",),
              ("h3", "Pesan dari Kami"),
              ("p", "Selamat atas pencapaian ini! Kami berharap Anda siap membawa energi positif dan berkontribusi dalam "
                    f"tim kami. Semoga ini menjadi awal dari perjalanan yang sukses dan inspiratif bagi Anda di **{KRP_CO}**."),
              ("subcopy", "Jika ada pertanyaan, jangan ragu untuk menghubungi tim HR kami. Kami siap membantu Anda!"),
              ("p", f"Salam Hangat,  \n**HRD {KRP_CO}**")]
    raw, _, _ = krp_mail(case, 1, "Accepted Job", blocks, dt(2026, 11, 30, 6, 55, 2, tz=UTC))
    add(case, raw, invite=False, start=None,
        note="Hired notice ('DITERIMA'); onboarding 'akan dijadwalkan' - nothing scheduled, not an invitation.",
        source=KRP_SRC.format(cls="AcceptedNotification", view="acceptedNotification"), rendered="no dates")


# ================================================================================================================
# 6. 'SSMS: Psikotest Online' room invitation (plain PHP + PHPMailer, HTML only, Reply-To)
#    GitHub code index file id 15150448696 (repository name not resolvable from the index)
# ================================================================================================================

def build_ssms():
    case = "id_ssms_psikotes_online_tanggal_dmy_strip_jam_detik.eml"
    day = dt(2027, 1, 21)
    start = dt(2027, 1, 21, 8, 0)
    page = f"""
                    <html>
                    <style>
                        .hitam {{
                            color:black;
                        }}
                    </style>
                    <body style="color:black;">
                        <label class="hitam">Dengan Hormat,</label>
                        <p class="hitam">Dimohon kehadiran Bapak/Ibu untuk mengikuti proses <b>Psikotes Online</b> yang akan dilaksanakan pada:</p>
                        
                        <table style="width:100%;" class="hitam">
                        <tr>
                            <th style="text-align:left;"><b>Hari/tanggal</b></th>
                            <th><b>:</b></th>
                            <th><b>{hari(day)}, {php_date('d-m-Y', day)}</b></th>
                        </tr>
                        <tr>
                            <th style="text-align:left;">Waktu</th>
                            <th><b>:</b></th>
                            <th><b>08:00:00 WIB - 10:00:00 WIB</b></th>
                        </tr>
                        <tr>
                            <th style="text-align:left;">Link Psikotes</th>
                            <th><b>:</b></th>
                            <th><b><a href="https://www.assessment-ssm.co.id/peserta/auth/login">https://www.assessment-ssm.co.id/peserta/auth/login</a></b></th>
                        </tr>
                        <tr>
                            <th style="text-align:left;">Link Room</th>
                            <th><b>:</b></th>
                            <th><b><a href="https://sawitsumbermakmur.webex.com/meet/psikotes.room3">https://sawitsumbermakmur.webex.com/meet/psikotes.room3</a></b></th>
                        </tr>
                        <tr>
                            <th style="text-align:left;">Username Psikotes</th>
                            <th><b>:</b></th>
                            <th><b>ssm2701-0184</b></th>
                        </tr>
                        <tr>
                            <th style="text-align:left;">Password Psikotes</th>
                            <th><b>:</b></th>
                            <th><b>k7Tq29xa</b></th>
                        </tr>
                        </table>

                        <p>Mohon menggunkan Laptop/PC dan menginstall aplikasi Cisco Webex sebelum pelaksanaan dimulai.</p>
                        
                        <p>Demikian disampaikan atas perhatiannya kami ucapkan terima kasih.</p>

                        <p><b>Best regards,</b></p>

                        <p><i>Talent Management</i></p>
                    </body>
                    </html>
                
                """
    date = dt(2027, 1, 15, 10, 2, 37)
    raw = message([
        ("Date", format_datetime(date)),
        ("To", OWNER),
        ("From", "SSMS: Psikotest Online <recruitment@sawitsumbermakmur.co.id>"),
        ("Reply-To", "recruitment@sawitsumbermakmur.co.id"),
        ("Subject", "Undangan Psikotest Online"),
        ("Message-ID", f"<{hid(case, 'mid', n=40)}@smtp.gmail.com>"),
        ("X-Mailer", "PHPMailer 6.1.6 (https://github.com/PHPMailer/PHPMailer)"),
    ], htmlp(page))
    add(case, raw, invite=True, start=iso(start), reply_to="recruitment@sawitsumbermakmur.co.id",
        note="Proctored online psikotes in a Webex room at a fixed time (an invite): 'Hari/tanggal: Kamis, 21-01-2027', "
             "'Waktu: 08:00:00 WIB - 10:00:00 WIB'. HTML-only, greeting without a name, PHPMailer via Gmail SMTP; "
             "Reply-To set. Plantation company in Pangkalan Bun (Central Kalimantan, WIB).",
        source="Public GitHub PHP file (psikotes admin 'kirim_email' handler), code-index file id 15150448696 - "
               "repository not resolvable through the index; wording copied from its $html_ini",
        rendered="$tanggal = (new DateTime(room.tanggal))->format('d-m-Y'); day name mapped from format('D') to "
                 "Indonesian; jam_mulai/jam_selesai are MySQL TIME values printed raw + ' WIB'")


# ================================================================================================================
# 7. ITSP e-recruitment portal (Next.js + nodemailer; new Date(x).toLocaleString('id-ID'))
#    GitHub code index file ids 68343482052 (src/lib/email.ts) and 68579058943 (resend route)
# ================================================================================================================

ITSP_CO = "PT Indo Teknik Sarana Plastik"
ITSP_FROM = "PT ITSP Recruitment <recruitment@itsp-plastik.co.id>"
ITSP_SRC = ("Public GitHub Next.js ATS for a plastics manufacturer (lib/email.ts: generateCorporateEmailWrapper, "
            "emailAccountCreated, emailScreeningPassed, emailPsikotesPassed, emailHrInterviewInvite, "
            "emailUserInterviewInvite); code-index file ids 68343482052 and 68579058943 - repository not resolvable "
            "through the index")
ITSP_RENDER = ("schedule = new Date(applicant.<x>ScheduledAt).toLocaleString('id-ID') on a server with TZ=Asia/Jakarta "
               "-> 'd/M/yyyy, HH.mm.ss' (verified with Node v20.20.2 / ICU 78: toLocaleString('id-ID') of 2027-02-05T02:00Z in "
               "Asia/Jakarta = '5/2/2027, 09.00.00')")


def itsp_wrap(title: str, body: str) -> str:
    return f"""
<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>{title}</title>
  <style>
    body {{ font-family: 'Segoe UI', Tahoma, Geneva, Verdana, sans-serif; background-color: #f1f5f9; margin: 0; padding: 20px; color: #1e293b; }}
    .email-card {{ max-width: 650px; margin: 0 auto; background: #ffffff; border-radius: 12px; overflow: hidden; border: 1px solid #e2e8f0; }}
    .header {{ background: linear-gradient(135deg, #018730 0%, #005c21 100%); padding: 28px 32px; color: #ffffff; }}
    .content {{ padding: 32px; font-size: 15px; line-height: 1.65; color: #334155; }}
    .info-box {{ background: #f8fafc; border: 1px solid #cbd5e1; border-left: 5px solid #018730; padding: 18px 20px; border-radius: 6px; margin: 20px 0; }}
    .info-label {{ width: 140px; font-weight: 600; color: #475569; }}
    .btn-action {{ display: inline-block; background: #018730; color: #ffffff !important; text-decoration: none; padding: 12px 28px; border-radius: 6px; margin: 24px 0; }}
    .footer {{ background: #0f172a; padding: 24px 32px; color: #94a3b8; font-size: 12px; line-height: 1.6; text-align: center; }}
  </style>
</head>
<body>
  <div class="email-card">
    <div class="header">
      <div style="font-size: 11px; text-transform: uppercase; letter-spacing: 0.1em; color: #fed7aa; font-weight: 700;">Human Capital Management</div>
      <h1>PT INDO TEKNIK SARANA PLASTIK</h1>
      <p>Sistem Rekrutmen Terpadu &amp; Portal Karir Resmi</p>
    </div>
    <div class="content">
      {body}
    </div>
    <div class="footer">
      <strong>{ITSP_CO} (ITSP Group)</strong><br>
      Plant 1: Kawasan Industri KIIC, Lot FF-3, Karawang Barat 41361<br>
      Plant 2: Greenland International Industrial Center (GIIC), Deltamas, Cikarang Pusat 17530<br>
      <div style="margin-top: 10px; color: #64748b; font-size: 11px;">
        Email ini dikirimkan otomatis oleh Sistem ATS Resmi PT ITSP. Mohon tidak membalas langsung ke alamat email ini.
      </div>
    </div>
  </div>
</body>
</html>
  """


def itsp_mail(case: str, subject: str, page: str, date: datetime) -> str:
    return message([("From", ITSP_FROM), ("To", OWNER), ("Subject", enc_header(subject)),
                    ("Message-ID", f"<{hid(case, 'a', n=8)}-{hid(case, 'b', n=4)}-{hid(case, 'c', n=4)}-"
                                   f"{hid(case, 'd', n=4)}-{hid(case, 'e', n=12)}@itsp-plastik.co.id>"),
                    ("Date", format_datetime(date))], htmlp(page))


def build_itsp():
    app = "https://karir.itsp-plastik.co.id"
    # --- 7a. screening passed -> proctored online psikotes at a fixed time ------------------------------------
    case = "id_itsp_psikotes_online_tolocalestring_id_dmy.eml"
    start = dt(2027, 2, 5, 9, 0)
    body = f"""
    <div class="greeting">Yth. Sdr/i. Rizky Pratama,</div>
    <p>Berdasarkan hasil evaluasi kualifikasi dan verifikasi berkas administrasi yang Anda kirimkan, Tim Rekrutmen <strong>{ITSP_CO}</strong> menyatakan bahwa Anda:</p>
    
    <div style="text-align: center; margin: 24px 0;">
      <span style="background: #dcfce7; color: #15803d; padding: 10px 24px; border-radius: 8px; font-weight: 700; font-size: 16px; border: 1px solid #86efac;">
        LOLOS TAHAP SCREENING DOKUMEN &amp; ADMINISTRASI
      </span>
    </div>

    <p>Selanjutnya, Anda diundang untuk mengikuti <strong>Tahap 2: Tes Psikotes Online</strong> yang akan dilaksanakan pada:</p>
    <div class="info-box">
      <div class="info-item"><span class="info-label">Mata Ujian:</span> <span class="info-value">Tes Psikotes &amp; Potensi Akademik Online</span></div>
      <div class="info-item"><span class="info-label">Jadwal Pelaksanaan:</span> <span class="info-value"><strong>{js_id_locale_string(start)}</strong></span></div>
      <div class="info-item"><span class="info-label">Lokasi:</span> <span class="info-value">Portal Ujian Karir PT ITSP</span></div>
      <div class="info-item"><span class="info-label">Ketentuan Khusus:</span> <span class="info-value">Tombol tes akan aktif pada jadwal yang ditentukan. Password / Token Sesi Ujian akan dibagikan oleh Tim HR sesaat sebelum tes dimulai.</span></div>
    </div>

    <p><strong>Perhatian Sistem Anti-Kecurangan:</strong> Selama ujian berlangsung, peserta dilarang keras membuka tab browser baru atau berpindah aplikasi (AI/LLM). Sistem dilengkapi sensor proctoring otomatis yang akan menghentikan ujian jika terjadi pelanggaran berulang.</p>

    <div style="text-align: center;">
      <a href="{app}/portal/dashboard" class="btn-action">Buka Portal &amp; Cek Jadwal Tes &rarr;</a>
    </div>
  """
    raw = itsp_mail(case, "[PT ITSP] Hasil Screening & Undangan Psikotes - Operator Produksi",
                    itsp_wrap("Undangan Tes Psikotes Online - PT ITSP", body), dt(2027, 1, 27, 13, 44, 21))
    add(case, raw, invite=True, start=iso(start), reply_to="recruitment@itsp-plastik.co.id",
        note="Proctored online psikotes at a fixed time: 'Jadwal Pelaksanaan: 5/2/2027, 09.00.00' = 5 February 2027 "
             "(id-ID is day-first; 2 May 2027 would be a Sunday, three months out). HTML-only; Karawang/Cikarang "
             "plants (WIB). Footer says not to reply, but no other address is given.",
        source=ITSP_SRC, rendered=ITSP_RENDER)

    # --- 7b. psikotes passed -> technical/user test at a fixed time ---------------------------------------------
    case = "id_itsp_tes_teknis_user_tolocalestring_12_2.eml"
    start = dt(2027, 2, 12, 13, 30)
    body = f"""
    <div class="greeting">Yth. Sdr/i. Rizky Pratama,</div>
    <p>Selamat! Anda dinyatakan <strong>LOLOS Tahap 2: Tes Psikotes Online</strong> untuk posisi <strong>Operator Produksi</strong> di {ITSP_CO}.</p>
    <p>Anda berhak melanjutkan ke <strong>Tahap 3: Tes Teknis / User Test Departemen</strong>:</p>
    
    <div class="info-box">
      <div class="info-item"><span class="info-label">Materi Ujian:</span> <span class="info-value">Uji Kompetensi Teknis &amp; Keahlian Bidang</span></div>
      <div class="info-item"><span class="info-label">Waktu:</span> <span class="info-value"><strong>{js_id_locale_string(start)}</strong></span></div>
      <div class="info-item"><span class="info-label">Akses Ujian:</span> <span class="info-value">Memerlukan Token Ujian User yang dibagikan oleh penilai departemen</span></div>
    </div>

    <div style="text-align: center;">
      <a href="{app}/portal/dashboard" class="btn-action">Akses Ujian Teknis di Dashboard &rarr;</a>
    </div>
  """
    raw = itsp_mail(case, "[PT ITSP] Hasil Psikotes & Undangan Ujian Teknis - Operator Produksi",
                    itsp_wrap("Undangan Tes Teknis / User Test - PT ITSP", body), dt(2027, 2, 8, 10, 5, 2))
    add(case, raw, invite=True, start=iso(start), reply_to="recruitment@itsp-plastik.co.id",
        note="Technical/user test at a fixed time, opened with a token handed out by the department assessor: "
             "'Waktu: 12/2/2027, 13.30.00' = 12 February 2027 13:30 WIB (2 December 2027 would be ten months out).",
        source=ITSP_SRC, rendered=ITSP_RENDER)

    # --- 7c. HR interview onsite -------------------------------------------------------------------------------
    case = "id_itsp_interview_hr_onsite_tolocalestring_3_12.eml"
    start = dt(2026, 12, 3, 10, 0)
    body = f"""
    <div class="greeting">Yth. Sdr/i. Rizky Pratama,</div>
    <p>Selamat! Berdasarkan hasil evaluasi tes online, Tim Human Capital Management <strong>{ITSP_CO}</strong> mengundang Anda untuk mengikuti <strong>Tahap 4: Interview HR (Wawancara SDM)</strong>.</p>
    
    <div class="info-box">
      <div class="info-item"><span class="info-label">Posisi:</span> <span class="info-value">Staff PPIC</span></div>
      <div class="info-item"><span class="info-label">Jadwal Waktu:</span> <span class="info-value"><strong>{js_id_locale_string(start)}</strong></span></div>
      <div class="info-item"><span class="info-label">Mode Interview:</span> <span class="info-value"><strong>ONSITE DI PABRIK PERUSAHAAN</strong></span></div>
      
      
      <div class="info-item"><span class="info-label">Alamat Pabrik:</span> <span class="info-value">Kawasan Industri KIIC, Lot FF-3, Karawang Barat</span></div>
      <div class="info-item"><span class="info-label">Ruangan:</span> <span class="info-value">Ruang Meeting HCM, Gedung Office Lt. 2</span></div>
      
    </div>

    
    <p><strong>Ketentuan Onsite:</strong> Mohon hadir 15 menit sebelum waktu interview, melapor ke pos security pabrik dengan menunjukkan KTP asli, mengenakan pakaian kemeja formal berkerah dan sepatu tertutup.</p>
    

    <div style="text-align: center;">
      <a href="{app}/portal/dashboard" class="btn-action">Buka Ruang Tunggu Interview di Dashboard &rarr;</a>
    </div>
  """
    raw = itsp_mail(case, "Undangan Resmi Interview HR - PT ITSP",
                    itsp_wrap("Undangan Resmi Interview HR - PT ITSP", body), dt(2026, 11, 26, 15, 12, 48))
    add(case, raw, invite=True, start=iso(start), reply_to="recruitment@itsp-plastik.co.id",
        note="Onsite HR interview 'Jadwal Waktu: 3/12/2026, 10.00.00' = 3 December 2026 (12 March 2026 is in the past "
             "relative to the 26 Nov 2026 mail). 'hadir 15 menit sebelum' is arrival, not the start.",
        source=ITSP_SRC + " (emailHrInterviewInvite; subject = the template title)", rendered=ITSP_RENDER)

    # --- 7d. user interview online ---------------------------------------------------------------------------------
    case = "id_itsp_interview_user_teams_tolocalestring_7_1.eml"
    start = dt(2027, 1, 7, 14, 0)
    body = f"""
    <div class="greeting">Yth. Sdr/i. Rizky Pratama,</div>
    <p>Anda dinyatakan <strong>LOLOS Tahap Interview HR</strong> dan diundang untuk melanjutkan ke <strong>Tahap 5: Interview User / Departemen Terkait</strong> bersama jajaran pimpinan divisi.</p>
    
    <div class="info-box">
      <div class="info-item"><span class="info-label">Posisi:</span> <span class="info-value">Staff PPIC</span></div>
      <div class="info-item"><span class="info-label">Waktu:</span> <span class="info-value"><strong>{js_id_locale_string(start)}</strong></span></div>
      <div class="info-item"><span class="info-label">Pewawancara:</span> <span class="info-value">Bapak Teguh Santoso (PPIC Manager)</span></div>
      <div class="info-item"><span class="info-label">Mode:</span> <span class="info-value"><strong>VIRTUAL (MS TEAMS)</strong></span></div>
      
      <div class="info-item"><span class="info-label">Link Meeting:</span> <span class="info-value"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_itsp_ppic_0107" target="_blank" style="color: #018730; font-weight: 600;">Gabung Video Meeting</a></span></div>
      
    </div>

    <div style="text-align: center;">
      <a href="{app}/portal/dashboard" class="btn-action">Lihat Rincian di Portal Karir &rarr;</a>
    </div>
  """
    raw = itsp_mail(case, "Undangan Interview User / Departemen - PT ITSP",
                    itsp_wrap("Undangan Interview User / Departemen - PT ITSP", body), dt(2026, 12, 15, 9, 31, 6))
    add(case, raw, invite=True, start=iso(start), reply_to="recruitment@itsp-plastik.co.id",
        note="User interview on MS Teams 'Waktu: 7/1/2027, 14.00.00' = 7 January 2027 14:00 WIB (1 July would be far "
             "later). Interviewer named in the table.",
        source=ITSP_SRC + " (emailUserInterviewInvite)", rendered=ITSP_RENDER)

    # --- 7e. account created / application received ----------------------------------------------------------------
    case = "id_non_itsp_pendaftaran_berhasil_akun_portal.eml"
    body = f"""
    <div class="greeting">Yth. Sdr/i. Rizky Pratama,</div>
    <p>Terima kasih atas minat dan antusiasme Anda untuk bergabung dengan <strong>{ITSP_CO}</strong> untuk posisi <strong>Staff PPIC</strong>.</p>
    <p>Berkas lamaran Anda telah kami terima dalam sistem. Akun portal kandidat Anda telah aktif, silakan login untuk memantau status perkembangan seleksi 7 tahap Anda secara langsung:</p>
    
    <div class="info-box">
      <div class="info-item"><span class="info-label">Email Login:</span> <span class="info-value"><strong>{OWNER}</strong></span></div>
      <div class="info-item"><span class="info-label">Password Sementara:</span> <span class="info-value"><strong>Itsp#4829</strong></span></div>
      <div class="info-item"><span class="info-label">Posisi Dilamar:</span> <span class="info-value">Staff PPIC</span></div>
      <div class="info-item"><span class="info-label">Tahap Saat Ini:</span> <span class="info-value"><span class="badge">Tahap 1: Screening Dokumen &amp; CV</span></span></div>
    </div>

    <p>Silakan akses portal pelamar menggunakan tautan di bawah ini:</p>
    <div style="text-align: center;">
      <a href="{app}/login" class="btn-action">Masuk ke Portal Karir PT ITSP &rarr;</a>
    </div>
    <p>Mohon jaga kerahasiaan kredensial login Anda. Informasi hasil screening berkas akan kami perbarui sesegera mungkin.</p>
  """
    raw = itsp_mail(case, "Konfirmasi Pendaftaran Lamaran - PT ITSP",
                    itsp_wrap("Konfirmasi Pendaftaran Lamaran - PT ITSP", body), dt(2026, 11, 2, 8, 20, 31))
    add(case, raw, invite=False, start=None,
        note="Application receipt with portal credentials ('Berkas lamaran Anda telah kami terima'); status only.",
        source=ITSP_SRC + " (emailAccountCreated)", rendered="no dates")


# ================================================================================================================
# 8. InfoLoker (PHP job board): 'Hari/Tanggal: Senin Depan' - a relative day in the template itself
#    GitHub code index file id 56852397837 (dashboard.php, repository not resolvable through the index)
# ================================================================================================================

def build_infoloker():
    case = "id_infoloker_hari_tanggal_senin_depan_relatif.eml"
    date = dt(2027, 1, 13, 15, 20, 44)          # Wednesday
    start = dt(2027, 1, 18, 10, 0)              # the Monday of next week
    body = ("Halo Rizky Pratama,\n\nSelamat! Berkas lamaran Anda dinyatakan lolos seleksi berkas administrasi. Kami "
            "mengundang Anda menghadiri sesi wawancara (interview) offline pada:\n\nHari/Tanggal: Senin Depan\n"
            "Waktu: 10:00 WIB s/d Selesai\nTempat / Alamat Lengkap Perusahaan:\nPT Cahaya Niaga Sentosa, Ruko Golden "
            "Boulevard Blok C-12, Jl. Pahlawan Seribu, BSD City, Tangerang Selatan\n\nCatatan Tambahan dari HRD:\n"
            "Bawa CV dan portofolio cetak. Bertemu dengan Ibu Wulan di lantai 2.\n\nSalam,\nTeam Recruitment InfoLoker")
    raw = message([("Date", format_datetime(date)), ("To", OWNER),
                   ("From", "Team Recruitment InfoLoker <noreply@infoloker.web.id>"),
                   ("Reply-To", "hrd@cahayaniaga.co.id"),
                   ("Subject", "Undangan Interview Kerja Offline - Staff Admin"),
                   ("Message-ID", f"<{hid(case, 'mid', n=24)}@infoloker.web.id>"),
                   ("X-Mailer", "PHP/8.2.12")], text(body))
    add(case, raw, invite=True, start=iso(start), reply_to="hrd@cahayaniaga.co.id",
        note="Plain-text invite whose template hard-codes 'Hari/Tanggal: Senin Depan' (next Monday) and "
             "'Waktu: 10:00 WIB s/d Selesai'. Sent Wednesday 13 Jan 2027 -> Monday 18 Jan 2027 10:00 WIB (the coming "
             "Monday and 'Monday of next week' coincide when sent mid-week). Reply-To is the company HRD.",
        source="Public GitHub PHP job board 'InfoLoker' (dashboard.php, HRD validation -> $isi_email), code-index file "
               "id 56852397837 - repository not resolvable through the index",
        rendered="No date placeholder: the template literally says 'Senin Depan'; {$alamat_kirim} = company address, "
                 "{$catatan} = HR note (ours). The code writes the mail to mail_logs/; we show it as delivered.")


# ================================================================================================================
# 9. Crackling ATS (Next.js): pick-a-slot link, booking confirmation with interview.ics, rejection
#    GitHub code index file ids 66419510844, 65842794965, 65862477267 (repository not resolvable)
# ================================================================================================================

CRACK_SRC = ("Public GitHub Next.js ATS of a coffee chain 'Crackling' (app/api/candidates/[id]/route.ts, psikotest "
             "submit route, jadwal-interview/[token] route); code-index file ids 66419510844, 65842794965, 65862477267 "
             "- repository not resolvable through the index")


def crack_mail(case, n, *, to, subject, html_body, date, extra=None):
    body_part = htmlp(html_body)
    root = body_part if not extra else multi("mixed", [multi("alternative", [text(html_to_text(html_body)), body_part,
                                                                             extra[0]],
                                                             "--_NmP-" + hid(case, str(n), "alt", n=16) + "-Part_1"),
                                                       extra[1]],
                                             "--_NmP-" + hid(case, str(n), "mix", n=16) + "-Part_2")
    mid = f"<{hid(case, str(n), 'a', n=8)}-{hid(case, str(n), 'b', n=4)}-{hid(case, str(n), 'c', n=4)}-" \
          f"{hid(case, str(n), 'd', n=4)}-{hid(case, str(n), 'e', n=12)}@cracklingid.com>"
    raw = message([("From", "Crackling Recruitment <recruitment@cracklingid.com>"), ("To", to),
                   ("Subject", enc_header(subject)), ("Message-ID", mid), ("Date", format_datetime(date))], root)
    return raw, mid


def build_crackling():
    origin = "https://karir.cracklingid.com"
    # --- 9a. stage moved: pick your own interview slot ---------------------------------------------------------------
    case = "id_crackling_lolos_tahap_berikutnya_pilih_jadwal_tautan.eml"
    job = "Barista"
    html_body = f"""
              <p>Halo Rizky Pratama,</p>
              <p>Selamat! Lamaran Anda untuk posisi <b>{job}</b> di Crackling lolos ke tahap berikutnya.</p>
              <p>Silakan pilih jadwal interview Anda melalui tautan berikut:</p>
              <p><a href="{origin}/jadwal-interview/c7f2a9d1e4">{origin}/jadwal-interview/c7f2a9d1e4</a></p>
              <p>Terima kasih,<br/>Tim HR Crackling</p>
            """
    raw, _ = crack_mail(case, 1, to=OWNER, subject=f"Selamat, Anda lolos ke tahap berikutnya - {job}",
                        html_body=html_body, date=dt(2026, 11, 26, 2, 14, 9, tz=UTC))
    add(case, raw, invite=True, start=None, reply_to="recruitment@cracklingid.com",
        note="Self-scheduling link only ('Silakan pilih jadwal interview Anda melalui tautan berikut') - an invitation "
             "with no time fixed -> null. HTML-only.",
        source=CRACK_SRC, rendered="no date; origin + '/jadwal-interview/' + publicToken")

    # --- 9b. psikotest passed -> pick link; then the booking confirmation with .ics --------------------------------
    case = "id_crackling_thread_pilih_jadwal_lalu_terjadwal_ics.mbox"
    job = "Shift Leader Outlet"
    d1 = dt(2027, 1, 11, 7, 3, 51, tz=UTC)
    h1 = f"""
          <p>Halo Rizky Pratama,</p>
          <p>Selamat! Anda dinyatakan <b>lolos psikotest</b> untuk posisi <b>{job}</b> di Crackling.</p>
          <p>Langkah selanjutnya, silakan pilih jadwal interview Anda melalui tautan berikut:</p>
          <p><a href="{origin}/jadwal-interview/9be03d55aa">{origin}/jadwal-interview/9be03d55aa</a></p>
          <p>Terima kasih,<br/>Tim HR Crackling</p>
        """
    raw1, mid1 = crack_mail(case, 1, to=OWNER, subject=f"Selamat, Anda lolos psikotest - {job}", html_body=h1, date=d1)
    start = dt(2027, 1, 20, 14, 0)
    d2 = dt(2027, 1, 12, 13, 27, 40, tz=UTC)
    tanggal, jam = tgl_id(start), f"{start:%H.%M} WIB"
    h2 = f"""
        <p>Interview telah dijadwalkan:</p>
        <ul>
          <li><b>Kandidat:</b> Rizky Pratama</li>
          <li><b>Posisi:</b> {job}</li>
          <li><b>Hari/Tanggal:</b> {tanggal}</li>
          <li><b>Jam:</b> {jam}</li>
          <li><b>Kontak:</b> {OWNER} / 081288412290</li>
        </ul>
        <p>Undangan kalender terlampir - tinggal klik "Tambah ke Kalender" pada email ini.</p>
        <p>Terima kasih,<br/>Tim HR Crackling</p>
      """
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Crackling//Recruitment//ID", "METHOD:REQUEST",
               "BEGIN:VEVENT", "UID:interview-2291@cracklingid.com", f"DTSTAMP:{utcstamp(d2)}",
               f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(start + timedelta(hours=1))}",
               f"SUMMARY:Interview - Rizky Pratama ({job})",
               f"DESCRIPTION:Interview kandidat Rizky Pratama untuk posisi {job} di Crackling. Kontak: {OWNER} / "
               "081288412290", "ORGANIZER;CN=Crackling HR:mailto:hr@cracklingid.com",
               "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:recruitment@cracklingid.com",
               f"ATTENDEE;CN=Rizky Pratama;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWNER}",
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    inline_cal = leaf('text/calendar; charset=utf-8; method=REQUEST', cal, "base64")
    att_cal = leaf('application/ics; name="interview.ics"', cal, "base64",
                   ['Content-Disposition: attachment; filename="interview.ics"'])
    raw2, _ = crack_mail(case, 2, to=f"hr@cracklingid.com, recruitment@cracklingid.com, {OWNER}",
                         subject=f"Jadwal Interview - Rizky Pratama ({job})", html_body=h2, date=d2,
                         extra=(inline_cal, att_cal))
    add(case, mbox(case, [(raw1, d1, ["Inbox", "Opened"]), (raw2, d2, ["Inbox", "Opened"])]),
        invite=True, start=iso(start), accepted=False, reply_to="recruitment@cracklingid.com",
        note="Thread: psikotest passed -> pick-a-slot link (no time), then the system's booking confirmation (sent to "
             "HR and the candidate) 'Hari/Tanggal: Rabu, 20 Januari 2027 / Jam: 14.00 WIB' with interview.ics "
             "(DTSTART 20270120T070000Z, owner ATTENDEE NEEDS-ACTION). The thread confirms one slot -> time fixed. "
             "accepted=false: the owner booked through the link but never replied/accepted (booked-slot fact is "
             "separate from 'accepted').",
        source=CRACK_SRC, rendered="formatSlotWIB(scheduledAt) (helper not in the index; rendered as the Indonesian "
                                   "long date and 'HH.mm WIB' its name and callers imply); buildInterviewICS in UTC")

    # --- 9c. rejection -------------------------------------------------------------------------------------------
    case = "id_non_crackling_update_lamaran_penolakan.eml"
    job = "Barista"
    html_body = f"""
              <p>Halo Rizky Pratama,</p>
              <p>Terima kasih telah mengikuti proses seleksi untuk posisi <b>{job}</b> di Crackling.</p>
              <p>Kami mohon maaf belum dapat melanjutkan lamaran Anda ke tahap berikutnya kali ini.</p>
              <p>Kami menyimpan data Anda dan akan menghubungi kembali apabila ada kesempatan yang sesuai di kemudian hari.</p>
              <p>Terima kasih,<br/>Tim HR Crackling</p>
            """
    raw, _ = crack_mail(case, 1, to=OWNER, subject=f"Update lamaran Anda - {job}", html_body=html_body,
                        date=dt(2027, 1, 29, 9, 40, 17, tz=UTC))
    add(case, raw, invite=False, start=None, note="Rejection ('belum dapat melanjutkan lamaran Anda').",
        source=CRACK_SRC, rendered="no dates")


# ================================================================================================================
# 10. Small self-scheduling templates: a live-streamer ATS (Node) and a recruitment agency consultant template
# ================================================================================================================

def build_pick_links():
    case = "id_livestreamer_cv_lolos_verifikasi_pilih_jadwal_7_hari.eml"
    link = "https://rekrut.siarterang.id/?token=eyJhcHAiOiJpbnYtMjE4In0#interview"
    h = f"""<div style="font-family:system-ui;padding:24px">
      <h2>Hai Rizky Pratama,</h2>
      <p>CV Anda telah diverifikasi untuk posisi <b>Live Streamer</b>.</p>
      <p><a href="{link}" style="background:#4F46E5;color:#fff;padding:12px 20px;border-radius:8px;text-decoration:none">Pilih Jadwal Interview</a></p>
      <p>Link berlaku 7 hari. Jika ada kendala, balas email ini.</p>
      <p>- HR Team</p>
    </div>"""
    raw = message([("From", "HR Team Siar Terang <hr@siarterang.id>"), ("To", OWNER),
                   ("Subject", "Selamat - CV Anda Lolos Verifikasi! Silakan Pilih Jadwal Interview"),
                   ("Message-ID", f"<{hid(case, 'm', n=24)}@siarterang.id>"),
                   ("Date", format_datetime(dt(2026, 12, 2, 11, 8, 3)))], htmlp(h))
    add(case, raw, invite=True, start=None, reply_to="hr@siarterang.id",
        note="HTML-only pick-a-slot invite: button 'Pilih Jadwal Interview', 'Link berlaku 7 hari' is a link validity, "
             "not an interview time -> null.",
        source="Public GitHub TypeScript mail helper buildInviteEmail() (escaped variant), code-index file id "
               "61781007200 - repository not resolvable through the index",
        rendered="link = `${appUrl}/?token=${token}#interview`; the helper sets `to` to the applicant name (a bug), "
                 "the delivered copy is addressed to the owner")

    case = "id_agensi_konsultan_pilih_jadwal_interview_link_scheduler.eml"
    body = ("Halo Rizky Pratama,\n\nPerkenalkan saya Dian Puspitasari dari PT Mitra Karya Talenta.\n\nSaya menghubungi "
            "Anda berkaitan dengan lamaran Anda untuk posisi Sales Supervisor.\n\nJika Anda "
            "bersedia untuk berdiskusi lebih lanjut, silakan pilih jadwal interview (daring/online) melalui link "
            "berikut:\n\n> https://jadwal.mitrakaryatalenta.co.id/s/dian-puspitasari/interview-30\n\nCatatan:\n1. Agar "
            "link muncul/aktif di WhatsApp, silakan simpan nomor ini atau balas pesan ini.\n2. Ketik \"LOWONGAN\" ke "
            "nomor WhatsApp 0813-1177-0945 untuk mendapatkan informasi lowongan yang tersedia di perusahaan kami.\n")
    raw = message([("From", "Dian Puspitasari <dian.puspitasari@mitrakaryatalenta.co.id>"), ("To", OWNER),
                   ("Subject", "Interview Sales Supervisor - PT Mitra Karya Talenta"),
                   ("Message-ID", f"<CAL{hid(case, 'm', n=28)}@mail.gmail.com>"),
                   ("Date", format_datetime(dt(2026, 11, 25, 16, 2, 18)))],
                  multi("alternative", [text(body), htmlp("<div dir=\"ltr\">" + htmllib.escape(body).replace("\n", "<br>\n")
                                                         + "</div>")], "0000000000" + hid(case, "b", n=18)))
    add(case, raw, invite=True, start=None, reply_to="dian.puspitasari@mitrakaryatalenta.co.id",
        note="Agency consultant's standard invite pasted into an email: 'silakan pilih jadwal interview (daring/online) "
             "melalui link berikut' + scheduler link; no time -> null. The WhatsApp notes are boilerplate.",
        source="Public GitHub recruitment-agency tool constants WA_INVITE_DEFAULT ([CANDIDATE NAME], [CONSULTANT NAME], "
               "[COMPANY NAME], [POSITION NAME], [REQUISITION ID], [SCHEDULER LINK], [CONSULTANT WA NUMBER]), code-index "
               "file id 57496387956 - repository not resolvable through the index",
        rendered="bracket placeholders substituted literally; no date placeholder")


# ================================================================================================================
# 11. cal.com booking e-mails, attendee locale 'id' (partial translations fall back to English)
#     e-mail code: packages/emails (cal.com fork HarshVirani914/timely @ 7ddbddfb33d66f99f21e4a77309ca635467ed42c,
#     April 2024); strings: https://github.com/calcom/cal.com apps/web/public/static/locales/id/common.json
#     (commits 013e6a3439ad216f2065a04c703a16d325a5081e and a11206afc65b4027a8ac094de427da0235d711ad)
# ================================================================================================================

CALCOM_SRC = ("https://github.com/calcom/cal.com packages/emails/templates/{tpl}.ts + src/templates (code read in the "
              "fork https://github.com/HarshVirani914/timely @ 7ddbddfb33d66f99f21e4a77309ca635467ed42c); Indonesian "
              "strings from apps/web/public/static/locales/id/common.json @ {commit}")
CALCOM_RENDER = ("WhenInfo: dayjs(start).tz(attendee tz).locale('id').format('dddd, LL | h:mma') -> 'Kamis, 14 Januari "
                 "2027 | 10:00am' (dayjs 1.11 id locale has no meridiem, so am/pm; checked with dayjs); subject date = "
                 "getFormattedDate(): 'h:mma - h:mma, ' + t(dddd.toLowerCase()) + ', ' + t(MMMM.toLowerCase()) + "
                 "' D, YYYY' -> untranslated keys come back as 'kamis', 'januari'; plain-text part (getRichDescription) "
                 "carries no date at all; ics from the 'ics' package in UTC")


def calcom_ics(*, uid, title, start, minutes, organizer, attendees, status, method="REQUEST", seq=0, desc="",
               location=""):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "CALSCALE:GREGORIAN", "PRODID:calcom/ics", f"METHOD:{method}",
             "X-PUBLISHED-TTL:PT1H", "BEGIN:VEVENT", f"UID:{uid}", f"SUMMARY:{ics_text(title)}",
             f"DTSTAMP:{utcstamp(start - timedelta(days=5))}", f"DTSTART:{utcstamp(start)}",
             f"DESCRIPTION:{ics_text(desc)}"]
    if location:
        lines.append(f"LOCATION:{ics_text(location)}")
    lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for name, email in attendees:
        lines.append(f"ATTENDEE;RSVP=TRUE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={name}:mailto:{email}")
    lines += [f"SEQUENCE:{seq}", f"DURATION:PT{minutes}M", f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def calcom_html(title: str, subtitle: str, rows: list[tuple[str, str, bool]], cta: str) -> str:
    r = "".join(
        f'<div style="line-height: 6px;"><p style="color: #101010; font-weight: 600;">{htmllib.escape(lbl)}</p>'
        f'<p style="color: #101010; font-weight: 400; line-height: 24px; white-space: pre-wrap;'
        f'{" text-decoration: line-through;" if strike else ""}">{val}</p></div>\n'
        for lbl, val, strike in rows)
    return f"""<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><title>{htmllib.escape(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
</head><body style="word-spacing:normal;background-color:#F3F4F6;">
<div style="background-color:#F3F4F6;"><div style="margin:0px auto;max-width:600px;">
<div style="background:#FFFFFF;margin:0px auto;border-radius:6px;max-width:600px;padding:40px 40px 8px 40px;">
<div style="font-family:Roboto, Helvetica, sans-serif;font-size:24px;font-weight:700;line-height:24px;text-align:center;color:#111827;">{htmllib.escape(title)}</div>
<div style="font-family:Roboto, Helvetica, sans-serif;font-size:16px;font-weight:400;line-height:24px;text-align:center;color:#494949;">{subtitle}</div>
</div>
<div style="background:#FFFFFF;margin:0px auto;max-width:600px;padding:15px 40px;font-family:Roboto, Helvetica, sans-serif;font-size:16px;color:#3E3E3E;">
{r}</div>
<div style="background:#FFFFFF;margin:0px auto;max-width:600px;padding:8px 40px 40px 40px;text-align:center;font-family:Roboto, Helvetica, sans-serif;font-size:16px;color:#3E3E3E;">{cta}</div>
</div></div></body></html>
"""


def calcom_rich_text(*, what_type, tzname, organizer, attendees, where, description, uid, reason=None,
                     reason_label="Alasan pembatalan (opsional)"):
    parts = []
    if reason:
        parts.append(f"\n{reason_label}:\n{reason}\n ")
    parts.append(f"\nWhat:\n{what_type}\n  ")
    parts.append(f"\nInvitee Time Zone:\n{tzname}\n  ")
    who = f"\n{organizer[0]} - Pengelola\n{organizer[1]}\n  " + "".join(f"\n{n}\n{e}\n      " for n, e in attendees)
    parts.append(f"\nWho:\n{who}\n  ")
    parts.append(f"Where:\n{where}\n")
    if description:
        parts.append(f"\nDescription\n    {description}\n    ")
    parts.append(f"Perlu penjadwalan ulang atau pembatalan?https://cal.com/booking/{uid}?changes=true")
    return "\n".join(parts).strip()


def calcom_message(case, *, from_, to, reply_to, subject, plain, page, cal, date):
    alt = multi("alternative", [text(plain), htmlp(page),
                                leaf("text/calendar; charset=utf-8; method=REQUEST", cal, "base64")],
                "--_NmP-" + hid(case, "alt", n=16) + "-Part_2")
    root = multi("mixed", [alt, leaf('application/ics; name="event.ics"', cal, "base64",
                                     ['Content-Disposition: attachment; filename="event.ics"'])],
                 "--_NmP-" + hid(case, "mix", n=16) + "-Part_1")
    return message([("From", from_), ("To", to), ("Reply-To", reply_to), ("Subject", enc_header(subject)),
                    ("Message-ID", f"<{hid(case, 'a', n=8)}-{hid(case, 'b', n=4)}-{hid(case, 'c', n=4)}-"
                                   f"{hid(case, 'd', n=4)}-{hid(case, 'e', n=12)}@cal.com>"),
                    ("Date", format_datetime(date))], root)


def build_calcom():
    # --- 11a. booking confirmed (owner booked the organizer's event type) -----------------------------------------
    case = "id_calcom_booking_terkonfirmasi_dayjs_am_pm.eml"
    org = ("Dewi Anggraini", "dewi.anggraini@lumbungdata.id")
    start = dt(2027, 1, 14, 10, 0)
    end = start + timedelta(minutes=30)
    title = f"Interview HR between {org[0]} and Rizky Pratama"
    uid = "pX8kQz2mVt4sLr9wBn6cJh"
    desc = "Interview HR untuk posisi Data Engineer di PT Lumbung Data Nusantara. Mohon siapkan CV terbaru."
    where = "https://meet.google.com/lmb-dtin-hrv"
    plain = "Acara kamu telah terjadwal\nWe sent an email to everyone with this information.\n\n" + calcom_rich_text(
        what_type="Interview HR", tzname="Asia/Jakarta", organizer=org, attendees=[("Rizky Pratama", OWNER)],
        where=where, description=desc, uid=uid)
    rows = [("What", htmllib.escape(title), False), ("When", calcom_when(start, end, "Asia/Jakarta"), False),
            ("Who", f"{org[0]} - Pengelola <a href=\"mailto:{org[1]}\">{org[1]}</a><br>Rizky Pratama - Guest "
                    f"<a href=\"mailto:{OWNER}\">{OWNER}</a>", False),
            ("Where", f'<a href="{where}">Google Meet</a>', False), ("Description", htmllib.escape(desc), False)]
    cta = (f'Need to make a change? <a href="https://cal.com/reschedule/{uid}">Reschedule</a> or '
           f'<a href="https://cal.com/booking/{uid}?cancel=true">Cancel</a>')
    page = calcom_html("Acara kamu telah terjadwal", "We sent an email to everyone with this information.", rows, cta)
    cal = calcom_ics(uid=uid, title=title, start=start, minutes=30, organizer=org, attendees=[("Rizky Pratama", OWNER)],
                     status="CONFIRMED", desc="Acara kamu telah terjadwal", location=where)
    raw = calcom_message(case, from_=f"{org[0]} <no-reply@cal.com>", to=addr("Rizky Pratama", OWNER),
                         reply_to=f"{OWNER}, {org[1]}", subject=title, plain=plain, page=page, cal=cal,
                         date=dt(2027, 1, 5, 8, 31, 12, tz=UTC))
    add(case, raw, invite=True, start=iso(start), reply_to=org[1],
        note="cal.com booking confirmation in locale id: title 'Acara kamu telah terjadwal', When 'Kamis, 14 Januari "
             "2027 | 10:00am - 10:30am (Asia/Jakarta)' (am/pm in Indonesian text), text/plain part has no date at "
             "all, text/calendar REQUEST DTSTART 20270114T030000Z with the owner as ATTENDEE. Reply-To lists the owner "
             "AND the organizer -> reply goes to the organizer. accepted=false: the owner booked the slot "
             "(PARTSTAT=ACCEPTED is written by cal.com for every attendee) but did not reply.",
        source=CALCOM_SRC.format(tpl="attendee-scheduled-email", commit="013e6a3439ad216f2065a04c703a16d325a5081e"),
        rendered=CALCOM_RENDER)

    # --- 11b. rescheduled (new time only), Jayapura (WIT) -----------------------------------------------------------
    case = "id_calcom_dijadwalkan_ulang_subjek_selasa_januari_wit.eml"
    org = ("Yohanes Wanimbo", "yohanes.wanimbo@papuanusatrans.co.id")
    start = dt(2027, 1, 19, 14, 0, tz=WIT)
    end = start + timedelta(minutes=30)
    title = f"Interview User between {org[0]} and Rizky Pratama"
    uid = "Rt5vNw8qLs2aHy7dKf3mXc"
    where = "https://papuanusatrans.daily.co/int-user-0119"
    reason = "Bapak Yohanes ada perjalanan dinas ke Merauke pada jadwal awal."
    plain = "Terkini - Acara kamu telah dijadwalkan ulang\nWe sent an email to everyone with this information.\n\n" + \
        calcom_rich_text(what_type="Interview User", tzname="Asia/Jayapura", organizer=org,
                         attendees=[("Rizky Pratama", OWNER)], where=where, description="", uid=uid, reason=reason,
                         reason_label="Alasan pembatalan (opsional)")
    rows = [("Reason for reschedule", htmllib.escape(reason), False), ("What", htmllib.escape(title), False),
            ("When", calcom_when(start, end, "Asia/Jayapura"), False),
            ("Who", f"{org[0]} - Pengelola <a href=\"mailto:{org[1]}\">{org[1]}</a><br>Rizky Pratama - Guest "
                    f"<a href=\"mailto:{OWNER}\">{OWNER}</a>", False),
            ("Where", f'<a href="{where}">{where}</a>', False)]
    cta = (f'Need to make a change? <a href="https://cal.com/reschedule/{uid}">Reschedule</a> or '
           f'<a href="https://cal.com/booking/{uid}?cancel=true">Cancel</a>')
    page = calcom_html("Terkini - Acara kamu telah dijadwalkan ulang",
                       "We sent an email to everyone with this information.", rows, cta)
    cal = calcom_ics(uid=uid, title=title, start=start, minutes=30, organizer=org,
                     attendees=[("Rizky Pratama", OWNER)], status="CONFIRMED", seq=1,
                     desc="Updated - Your event has been rescheduled", location=where)
    subject = f"{title} kamu telah dijadwalkan ulang menjadi {calcom_subject_date(start, end)}."
    raw = calcom_message(case, from_=f"{org[0]} <no-reply@cal.com>", to=addr("Rizky Pratama", OWNER),
                         reply_to=f"{OWNER}, {org[1]}", subject=subject, plain=plain, page=page, cal=cal,
                         date=dt(2027, 1, 14, 1, 52, 30, tz=UTC))
    add(case, raw, invite=True, start=iso(start), reply_to=org[1],
        note="cal.com reschedule, id locale: subject '... kamu telah dijadwalkan ulang menjadi 2:00pm - 2:30pm, selasa, "
             "januari 19, 2027.' (month-word then day, lowercase, am/pm), body When 'Selasa, 19 Januari 2027 | "
             "2:00pm - 2:30pm (Asia/Jayapura)' = 14:00 WIT; the old slot is not shown. ics SEQUENCE:1 DTSTART "
             "20270119T050000Z. Reply-To has owner + organizer.",
        source=CALCOM_SRC.format(tpl="attendee-rescheduled-email", commit="013e6a3439ad216f2065a04c703a16d325a5081e"),
        rendered=CALCOM_RENDER + "; 'event_type_has_been_rescheduled_on_time_date' = '{{title}} kamu telah "
                 "dijadwalkan ulang menjadi {{date}}.'")

    # --- 11c. organizer cancelled and asks the owner to pick another time -------------------------------------------
    case = "id_calcom_dibatalkan_diminta_pilih_waktu_baru.eml"
    org = ("Made Ayu Pradnyani", "ayu.pradnyani@baliwisatahotel.co.id")
    old = dt(2027, 2, 11, 10, 0, tz=WITA)
    oend = old + timedelta(minutes=60)
    title = f"Interview User between {org[0]} and Rizky Pratama"
    uid = "Hw2cZs9pQm4xTk7vLa5nRe"
    reason = "Mohon maaf, jadwal user bentrok dengan audit internal. Silakan pilih jadwal baru melalui tautan di bawah."
    when_txt = (f"{hari(old).lower()}, {BULAN[old.month - 1].lower()} {old.day}, {old.year} | {dayjs_h_mma(old)} - "
                f"{dayjs_h_mma(oend)} (Asia/Makassar)")
    plain = ("\nRequest to reschedule your booking\n" f"{org[0]} has canceled the booking and requested you to pick "
             "another time.,\n\n    \n    \n      When\n      \n      " + when_txt +
             "\n      \n    \nPerlu penjadwalan ulang atau pembatalan?" f"https://cal.com/booking/{uid}?changes=true\n")
    rows = [("Alasan pembatalan (opsional)", htmllib.escape(reason), False), ("What", htmllib.escape(title), False),
            ("When", calcom_when(old, oend, "Asia/Makassar"), True),
            ("Who", f"{org[0]} - Pengelola <a href=\"mailto:{org[1]}\">{org[1]}</a><br>Rizky Pratama - Guest "
                    f"<a href=\"mailto:{OWNER}\">{OWNER}</a>", False),
            ("Where", "Bali Wisata Hotel, Jl. By Pass Ngurah Rai No. 21, Denpasar", False)]
    cta = f'<a href="https://cal.com/reschedule/{uid}?rescheduledBy={org[1]}">Book a new time</a>'
    page = calcom_html("Request to reschedule your booking",
                       f"{org[0]} has canceled the booking and requested you to pick another time.", rows, cta)
    cal = calcom_ics(uid=uid, title=title, start=old, minutes=60, organizer=org, attendees=[("Rizky Pratama", OWNER)],
                     status="CANCELLED", desc="Request to reschedule your booking")
    raw = calcom_message(case, from_="Cal.com <no-reply@cal.com>", to=OWNER, reply_to=None,
                         subject="Action Required Reschedule: Please book a new time for Interview User with Rizky Pratama",
                         plain=plain, page=page, cal=cal, date=dt(2027, 2, 8, 3, 17, 45, tz=UTC))
    add(case, raw, invite=True, start=None, reply_to="no-reply@cal.com",
        note="Cancelled booking that still invites: 'has canceled the booking and requested you to pick another time', "
             "'Book a new time'; the old slot (Kamis 11 Feb 2027 10:00 WITA) is struck through and the ics says "
             "STATUS:CANCELLED -> invite with no time. Boilerplate is English (strings missing from id/common.json) "
             "but the only human-written text, the organizer's reason, is Indonesian -> language id. No Reply-To "
             "header, so by the truth rule reply_to = From (no-reply@cal.com); the organizer's address is in 'Who'.",
        source=CALCOM_SRC.format(tpl="attendee-was-requested-to-reschedule-email",
                                 commit="013e6a3439ad216f2065a04c703a16d325a5081e"),
        rendered=CALCOM_RENDER + "; getWhen() for this mail lower-cases day/month and keeps month-first order")

    # --- 11d. owner is the host: 'A new event has been scheduled' ---------------------------------------------------
    case = "id_non_calcom_owner_host_kandidat_booking_slot.eml"
    cand = ("Siti Nurhaliza Putri", "siti.nurhaliza.p@gmail.com")
    start = dt(2027, 1, 25, 15, 0)
    end = start + timedelta(minutes=45)
    title = f"Interview Kandidat between Rizky Pratama and {cand[0]}"
    uid = "Kd8sWq3nVb6mZr2xPt9hLy"
    where = "https://meet.google.com/rzp-ktdt-iqw"
    plain = "A new event has been scheduled.\nWe sent an email to everyone with this information.\n\n" + \
        calcom_rich_text(what_type="Interview Kandidat", tzname="Asia/Jakarta", organizer=("Rizky Pratama", OWNER),
                         attendees=[cand], where=where, description="", uid=uid)
    rows = [("What", htmllib.escape(title), False), ("When", calcom_when(start, end, "Asia/Jakarta"), False),
            ("Who", f"Rizky Pratama - Pengelola <a href=\"mailto:{OWNER}\">{OWNER}</a><br>{cand[0]} - Guest "
                    f"<a href=\"mailto:{cand[1]}\">{cand[1]}</a>", False),
            ("Where", f'<a href="{where}">Google Meet</a>', False),
            ("Posisi yang dilamar", "Backend Engineer (Golang)", False)]
    page = calcom_html("A new event has been scheduled.", "We sent an email to everyone with this information.", rows,
                       f'Need to make a change? <a href="https://cal.com/reschedule/{uid}">Reschedule</a> or '
                       f'<a href="https://cal.com/booking/{uid}?cancel=true">Cancel</a>')
    cal = calcom_ics(uid=uid, title=title, start=start, minutes=45, organizer=("Rizky Pratama", OWNER),
                     attendees=[cand], status="CONFIRMED", desc="A new event has been scheduled.", location=where)
    raw = calcom_message(case, from_="Cal.com <no-reply@cal.com>", to=OWNER, reply_to=f"{OWNER}, {cand[1]}",
                         subject=title, plain=plain, page=page, cal=cal, date=dt(2027, 1, 20, 4, 2, 11, tz=UTC))
    add(case, raw, invite=False, start=None,
        note="Owner is the HOST/interviewer: a candidate booked the owner's 'Interview Kandidat' event type ('A new "
             "event has been scheduled', owner is ORGANIZER in the .ics). Not an invitation to the owner.",
        source=CALCOM_SRC.format(tpl="organizer-scheduled-email", commit="013e6a3439ad216f2065a04c703a16d325a5081e"),
        rendered=CALCOM_RENDER)

    # --- 11e. attendee cancelled notice (no replacement) --------------------------------------------------------------
    case = "id_non_calcom_jadwal_dibatalkan_tanpa_pengganti.eml"
    org = ("Yoga Prasetyo", "yoga.prasetyo@kopinusantara.id")
    start = dt(2027, 2, 5, 10, 0)
    end = start + timedelta(minutes=60)
    title = f"Interview User between {org[0]} and Rizky Pratama"
    uid = "Mn4bVc7xZq1sWe8rTy2uIo"
    reason = "Posisi Store Manager sudah terisi. Terima kasih atas waktunya."
    plain = "Acara terjadwal kamu telah dibatalkan\nWe sent an email to everyone with this information.\n\n" + \
        calcom_rich_text(what_type="Interview User", tzname="Asia/Jakarta", organizer=org,
                         attendees=[("Rizky Pratama", OWNER)], where="Kopi Nusantara HQ, Jl. Kemang Raya No. 17",
                         description="", uid=uid, reason=reason)
    rows = [("Alasan pembatalan (opsional)", htmllib.escape(reason), False), ("What", htmllib.escape(title), True),
            ("When", calcom_when(start, end, "Asia/Jakarta"), True),
            ("Who", f"{org[0]} - Pengelola<br>Rizky Pratama - Guest", False),
            ("Where", "Kopi Nusantara HQ, Jl. Kemang Raya No. 17", False)]
    page = calcom_html("Acara terjadwal kamu telah dibatalkan", "We sent an email to everyone with this information.",
                       rows, "")
    cal = calcom_ics(uid=uid, title=title, start=start, minutes=60, organizer=org, attendees=[("Rizky Pratama", OWNER)],
                     status="CANCELLED", desc="Acara terjadwal kamu telah dibatalkan")
    subject = f"Dibatalkan: {title} pada {calcom_subject_date(start, end)}"
    raw = calcom_message(case, from_=f"{org[0]} <no-reply@cal.com>", to=addr("Rizky Pratama", OWNER),
                         reply_to=org[1], subject=subject, plain=plain, page=page, cal=cal,
                         date=dt(2027, 2, 1, 6, 45, 0, tz=UTC))
    add(case, raw, invite=False, start=None,
        note="Booking cancelled by the organizer with no new slot ('Posisi ... sudah terisi') - nothing left to "
             "decline. Subject 'Dibatalkan: ... pada 10:00am - 11:00am, jumat, februari 5, 2027'.",
        source=CALCOM_SRC.format(tpl="attendee-cancelled-email", commit="a11206afc65b4027a8ac094de427da0235d711ad"),
        rendered=CALCOM_RENDER + "; 'event_cancelled_subject' = 'Dibatalkan: {{title}} pada {{date}}'")


# ================================================================================================================
# 12. Odoo Recruitment applicant templates, Indonesian translation (untranslated subject stays English)
#     https://github.com/odoo/odoo addons/hr_recruitment/i18n/id.po @ 0081fad8803e6e74ea8c0fd6cb2d864d5a8455e2
# ================================================================================================================

ODOO_SRC = ("https://github.com/odoo/odoo (commit 0081fad8803e6e74ea8c0fd6cb2d864d5a8455e2, saas~16.4): "
            "addons/hr_recruitment/i18n/id.po msgstr of mail.template body_html "
            "hr_recruitment.email_template_data_applicant_{tpl}; subject msgid 'Your Job Application: "
            "{{{{ object.job_id.name }}}}' has an empty msgstr, so it is sent in English")
ODOO_CO = "PT Mitra Solusi Data"
ODOO_USER = ("Ratna Sari", "ratna.sari@mitrasolusidata.co.id", "+62 21 2963 5510")
ODOO_ADDR = ["Gedung Graha Sudirman Lt. 5", "Jl. Jend. Sudirman Kav. 9", "Jakarta Pusat", "DKI Jakarta", "10220",
             "Indonesia"]
HR_LINE = ('<hr width="97%" style="background-color: rgb(204,204,204); border: medium none; clear: both; display: '
           'block; font-size: 0px; min-height: 1px; line-height: 0; margin: 16px 0px 16px 0px;">')


def odoo_address_html() -> str:
    return (f"<strong>{ODOO_CO}</strong><br>\n{ODOO_ADDR[0]}<br>\n{ODOO_ADDR[1]}<br>\n{ODOO_ADDR[2]},\n"
            f"{ODOO_ADDR[3]},\n{ODOO_ADDR[4]}\n<br>\n{ODOO_ADDR[5]}<br>\n<br>")


def odoo_mail(case: str, job: str, body_html: str, date: datetime, res_id: int) -> str:
    page = f"""<div style="margin: 0px; padding: 0px;">
<table border="0" cellpadding="0" cellspacing="0" width="590" style="background-color: white; border-collapse: collapse; margin-left: 20px;">
    <tr>
        <td valign="top" style="padding: 0px 10px;">
{body_html}
        </td>
    </tr>
</table>
</div>
"""
    plain = html_to_text(page)
    root = multi("alternative", [text(plain), htmlp(page)], f"===============_{int(hid(case, 'b', n=12), 16)}==")
    stamp = f"{date.timestamp():.6f}"
    return message([
        ("Message-Id", f"<{int(hid(case, 'm', n=10), 16)}.{stamp}-openerp-{res_id}-hr.applicant@odoo-mitrasolusi>"),
        ("References", f"<{int(hid(case, 'm', n=10), 16)}.{stamp}-openerp-{res_id}-hr.applicant@odoo-mitrasolusi>"),
        ("Subject", f"Your Job Application: {job}"),
        ("From", f'"{ODOO_USER[0]}" <{ODOO_USER[1]}>'),
        ("Reply-To", f'"{ODOO_CO} {job}" <lowongan-data@mitrasolusidata.co.id>'),
        ("To", f'"Rizky Pratama" <{OWNER}>'),
        ("Date", format_datetime(date.astimezone(UTC)).replace("+0000", "-0000")),
        ("X-Odoo-Objects", f"hr.applicant-{res_id}"),
    ], root)


def build_odoo():
    job = "Data Analyst"
    contact = (f"<strong>{ODOO_USER[0]}</strong><br>\n<span>Email: {ODOO_USER[1]}</span><br>\n"
               f"<span>Telepon: {ODOO_USER[2]}</span>")
    # --- 12a. acknowledgement ('congratulations' template = receipt) -----------------------------------------
    case = "id_non_odoo_konfirmasi_lamaran_diterima_sistem.eml"
    body = f"""            <div style="font-size: 13px; margin: 0px; padding: 0px;">
                Halo,
                <br><br>
                Kami mengonfirmasi bahwa kami menerima lamaran kerja Anda untuk posisi
                "<a href="https://www.mitrasolusidata.co.id/jobs/detail/data-analyst-12" style="color:#9A6C8E;"><strong>{job}</strong></a>" at <strong>{ODOO_CO}</strong>.
                <br><br>
                Kami akan menghubungi Anda sebentar lagi.

                <div style="padding: 16px 8px 16px 8px;">
                    <a href="https://www.mitrasolusidata.co.id/jobs/detail/data-analyst-12" style="background-color: #875a7b; text-decoration: none; color: #fff; padding: 8px 16px 8px 16px; border-radius: 5px;">Job Description</a>
                </div>

                {HR_LINE}
                    <h3 style="color:#9A6C8E;"><strong>Kontak Anda:</strong></h3>
                    <p>
                        {contact}
                    </p>
                    {HR_LINE}

                <h3 style="color:#9A6C8E;"><strong>Apa langkah berikutnya?</strong></h3>
                Kami biasanya <strong>menjawab lamaran dalam beberapa hari kerja.</strong><br><br>
                Silakan <strong>hubungi kami bila Anda ingin feedback
                lebih cepat</strong> atau bila Anda menginginkan kabar yang lebih
                cepat dari kami (cukup balas email ini).

                {HR_LINE}
                    {odoo_address_html()}
            </div>"""
    add(case, odoo_mail(case, job, body, dt(2026, 11, 9, 15, 3, 22), 412), invite=False, start=None,
        note="Odoo Recruitment acknowledgement, Indonesian body with an English subject ('Your Job Application: Data "
             "Analyst'); 'Kami akan menghubungi Anda sebentar lagi' - receipt only.",
        source=ODOO_SRC.format(tpl="congratulations"), rendered="QWeb t-out values filled (job, company, user contact, "
                                                                 "job address); no dates")

    # --- 12b. shortlisted 'for a call or an interview', will be contacted ---------------------------------------
    case = "id_non_odoo_masuk_short_list_akan_dihubungi.eml"
    body = f"""            <div style="text-align: center">
                <h2>Selamat!</h2>
                <div style="color:grey;">Resume Anda dinilai secara positif.</div>
            </div>
            <div style="font-size: 13px; margin: 0px; padding: 0px;">
                Kami baru saja meninjau resume Anda, dan Anda menarik
                perhatian kami. Karena kami merasa Anda cocok untuk posisi
                ini, lamaran Anda masuk short list untuk telepon atau
                wawancara.
                <br><br>
                <div style="padding: 16px 8px 16px 8px;">
                    <a href="https://www.mitrasolusidata.co.id/jobs/detail/data-analyst-12" style="background-color: #875a7b; text-decoration: none; color: #fff; padding: 8px 16px 8px 16px; border-radius: 5px;">Job Description</a>
                </div>

                    Tidak akan lama sebelum Anda dihubungi oleh:<br>
                    {contact}
                    <br><br>
                Sampai jumpa sebentar lagi,
                <div style="font-size: 11px; color: grey;">
                    -- <br>
                    Tim HR
                        Temukan <a href="/jobs" style="text-decoration:none;color:#717188;">semua lowongan kerja kami</a>.<br>
                </div>

                {HR_LINE}
                <h3 style="color:#9A6C8E;"><strong>Apa langkah berikutnya?</strong></h3>
                Kami biasanya <strong>menjawab lamaran dalam beberapa hari kerja</strong>.
                <br><br>
                Langkah berikutnya adalah antara telepon atau meeting di kantor kami.
                <br>
                Silakan <strong>hubungi kami bila Anda ingin feedback lebih
                cepat</strong> atau bila Anda ingin mendapatkan kabar yang lebih
                cepat dari kami (cukup balas email ini).
                <br>

                {HR_LINE}
                    {odoo_address_html()}
            </div>"""
    add(case, odoo_mail(case, job, body, dt(2026, 11, 18, 10, 44, 9), 412), invite=False, start=None,
        note="'lamaran Anda masuk short list untuk telepon atau wawancara ... Tidak akan lama sebelum Anda dihubungi' - "
             "a status update; no step scheduled yet (class 'we will be in touch to schedule').",
        source=ODOO_SRC.format(tpl="interest"), rendered="no dates")

    # --- 12c. refused ----------------------------------------------------------------------------------------------
    case = "id_non_odoo_penolakan_tidak_dipilih.eml"
    body = f"""            <div style="font-size: 13px; margin: 0px; padding: 0px;">
                Halo,<br><br>
                Terima kasih atas minat Anda bergabung dengan tim kami di
                <b>{ODOO_CO}</b>.  Kami
                ingin memberitahu Anda bahwa, walaupun resume Anda bagus,
                setelah tim perekrutan kami meninjau lamaran Anda kami
                <b>tidak memilih Anda untuk pertimbangan lebih lanjut</b>.
                <br><br>
                Mohon diingat bahwa perekrutan tidak mudah, dan kami dapat
                membuat kesalahan. Jangan sungkan untuk membalas email ini
                bila Anda merasa kami salah, atau bila Anda ingin informasi lebih
                lanjut mengenai keputusan kami.
                <br><br>
                Namun kami akan menyimpan resume Anda agar kami dapat
                menghubungi Anda mengenai kesempatan di masa depan yang
                mungkin lebih cocok dengan ketrampilan dan pengalaman Anda.
                <br><br>
                Kami mengharapkang yang terbaik untuk Anda dalam pelamaran
                kerja Anda dan berharap kami akan memiliki kesempatan untuk
                mempertimbangkan Anda lagi untuk peran lain di masa depan.
                <br><br>
                Terima kasih,
                <div style="font-size: 11px; color: grey;">
                        -- <br>
                        <strong>{ODOO_USER[0]}</strong><br>
                        Email: {ODOO_USER[1]}<br>
                        Telepon: {ODOO_USER[2]}
                </div>
            </div>"""
    add(case, odoo_mail(case, job, body, dt(2026, 12, 4, 8, 15, 57), 412), invite=False, start=None,
        note="Rejection ('tidak memilih Anda untuk pertimbangan lebih lanjut'), English subject.",
        source=ODOO_SRC.format(tpl="refuse"), rendered="no dates")

    # --- 12d. 'not interested' thank-you -------------------------------------------------------------------------
    case = "id_non_odoo_terima_kasih_tidak_dilanjutkan.eml"
    job2 = "Business Intelligence Developer"
    body = f"""            <div style="font-size: 13px; margin: 0px; padding: 0px;">
                Yth,<br><br>
                Kami mengucapkan terima kasih untuk perhatian dan waktu Anda.<br>
                Kami mengharapkan yang terbaik bagi untuk usaha Anda di masa depan.
                <br><br>
                Salam<br>
                <div style="font-size: 11px; color: grey;">
                        -- <br>
                        <strong>{ODOO_USER[0]}</strong><br>
                        Email: {ODOO_USER[1]}<br>
                        Telepon: {ODOO_USER[2]}
                </div>
            </div>"""
    add(case, odoo_mail(case, job2, body, dt(2026, 12, 14, 9, 2, 40), 436), invite=False, start=None,
        note="Odoo 'not interested' closing note - ends the process, not an invitation.",
        source=ODOO_SRC.format(tpl="not_interested"), rendered="no dates")


# ================================================================================================================
# 13. TraKerja - the owner's own job-application tracker (Laravel), reminders and newsletters
#     https://github.com/mocitaz/TraKerja @ cdfae3cec4bf5dc74a8b705f5a7d713acfe9ee12
# ================================================================================================================

TRAKERJA_SRC = ("https://github.com/mocitaz/TraKerja (commit cdfae3cec4bf5dc74a8b705f5a7d713acfe9ee12): "
                "app/Mail/{cls}.php + resources/views/emails/{view}.blade.php (+ partials/header, partials/footer)")


def trakerja_page(title_tag: str, title: str, subtitle: str, inner: str, year: int) -> str:
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>{title_tag}</title>
</head>
<body style="margin:0; padding:0; background-color:#f4f4f5; font-family:-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; color:#18181b;">
<table role="presentation" style="width:100%; border-collapse:collapse;"><tr><td align="center" style="padding:40px 16px;">
<table role="presentation" style="width:100%; max-width:600px; border-collapse:collapse;">
<tr><td style="padding: 40px 24px 20px 24px; background-color: #ffffff; text-align: left; border-bottom: 1px solid #e4e4e7;">
<a href="https://trakerja.com" style="display: inline-block; margin-bottom: 16px; text-decoration: none;">TraKerja</a>
<h1 style="margin: 0 0 6px 0; font-size: 20px; font-weight: 700; color: #18181b;">{title}</h1>
<p style="margin: 0; font-size: 13px; color: #71717a; line-height: 1.5;">{subtitle}</p>
</td></tr>
<tr><td style="background-color:#ffffff; padding:40px 40px 32px 40px; border-left:1px solid #e4e4e7; border-right:1px solid #e4e4e7;">
{inner}
<p style="margin:0 0 4px 0; font-size:14px; line-height:22px; color:#3f3f46;">Hormat kami,</p>
<p style="margin:0 0 2px 0; font-size:14px; font-weight:700; color:#6d28d9;">Tim TraKerja</p>
<p style="margin:0; font-size:13px; color:#a1a1aa;">PT Teknalogi Transformasi Digital</p>
</td></tr>
<tr><td style="padding: 32px 24px 40px 24px; background-color: #ffffff; text-align: left; border-top: 1px solid #e4e4e7;">
<p style="margin: 0 0 4px 0; font-size: 11px; font-weight: 700; color: #18181b;">TraKerja &copy; {year}. All rights reserved.</p>
<p style="margin: 0 0 16px 0; font-size: 11px; color: #a1a1aa; line-height: 1.5;">Integrated Job Application Tracking Workspace.<br>Managed by PT Teknalogi Transformasi Digital.</p>
<div style="text-align: left;"><a href="mailto:infoteknalogi@gmail.com" style="color: #71717a; text-decoration: none; font-size: 11px; font-weight: 600;">Contact Us</a><span style="color: #e4e4e7; margin: 0 8px;">•</span><a href="https://instagram.com/teknalogi.id" style="color: #71717a; text-decoration: none; font-size: 11px; font-weight: 600;">Instagram</a></div>
</td></tr>
</table></td></tr></table>
</body>
</html>
"""


def trakerja_detail(rows: list[tuple[str, str]]) -> str:
    return "".join(f'<p style="margin:0 0 3px 0; font-size:11px; font-weight:700; color:#6d28d9; text-transform:uppercase;'
                   f' letter-spacing:0.08em;">{k}</p>\n<p style="margin:0 0 10px 0; font-size:14px; color:#18181b;">'
                   f'{htmllib.escape(v)}</p>\n' for k, v in rows)


def trakerja_mail(case: str, subject: str, page: str, date: datetime) -> str:
    return message([("From", "TraKerja <noreply@trakerja.com>"), ("To", OWNER), ("Subject", enc_header(subject)),
                    ("Message-ID", symfony_mid(case, 1, "trakerja.com")), ("Date", format_datetime(date))],
                   htmlp(page))


def build_trakerja():
    # --- 13a. reminder of an interview the owner logged in the tracker -----------------------------------------
    case = "id_non_trakerja_pengingat_wawancara_dari_pelacak_sendiri.eml"
    when = dt(2027, 1, 14, 10, 0)
    inner = (f'<p style="margin:0 0 20px 0; font-size:15px;">Yth. <strong>Rizky Pratama</strong>,</p>\n'
             '<p style="margin:0 0 20px 0; font-size:15px; line-height:26px; color:#3f3f46;">Kami mengirimkan pengingat '
             'ini untuk memastikan Anda telah mempersiapkan diri dengan baik untuk wawancara yang akan datang. Berikut '
             'adalah detail jadwal wawancara Anda.</p>\n<p style="font-size:11px; font-weight:700; color:#7c3aed;">'
             'Detail Wawancara</p>\n' +
             trakerja_detail([("Posisi", "Data Analyst"), ("Perusahaan", "PT Lumbung Data Nusantara"),
                              ("Tanggal dan Waktu", php_date("d M Y, H:i", when)),
                              ("Lokasi", "Google Meet"), ("Catatan", "Interview HR dengan Bu Dewi, siapkan portofolio")]) +
             '<p style="font-size:11px; font-weight:700; color:#7c3aed;">Panduan Persiapan</p>\n'
             '<p style="margin:0 0 4px 0; font-size:14px; font-weight:600;">Pelajari Profil Perusahaan</p><p style="margin:0;'
             ' font-size:13px; color:#71717a;">Pahami visi, misi, produk, dan budaya kerja perusahaan sebelum wawancara '
             'berlangsung.</p>\n<p style="margin:0 0 4px 0; font-size:14px; font-weight:600;">Siapkan Dokumen yang '
             'Diperlukan</p><p style="margin:0; font-size:13px; color:#71717a;">Pastikan CV terbaru, portofolio, dan '
             'dokumen pendukung lainnya sudah siap dalam format yang rapi.</p>\n<p style="margin:0 0 4px 0; font-size:14px;'
             ' font-weight:600;">Catat Hasil Wawancara di TraKerja</p><p style="margin:0; font-size:13px; color:#71717a;">'
             'Segera perbarui status lamaran Anda setelah wawancara selesai untuk memastikan semua progres tercatat dengan'
             ' baik.</p>\n<a href="https://trakerja.com/tracker">Perbarui Status Lamaran</a> <a href="https://trakerja.com'
             '/dashboard">Buka Dashboard</a>\n')
    page = trakerja_page("Pengingat Jadwal Wawancara — TraKerja", "Pengingat Wawancara",
                         "Jadwal wawancara Anda sudah semakin dekat", inner, 2027)
    add(case, trakerja_mail(case, "Pengingat Interview: PT Lumbung Data Nusantara", page, dt(2027, 1, 13, 7, 0, 4)),
        invite=False, start=None,
        note="Reminder generated by the owner's OWN job tracker (TraKerja) from data the owner entered: 'Tanggal dan "
             "Waktu: 14 Jan 2027, 10:00'. Nobody there to decline to -> not an invite.",
        source=TRAKERJA_SRC.format(cls="InterviewReminderMail", view="interview_reminder"),
        rendered="JobApplication::getFormattedInterviewDateAttribute() = interview_date->format('d M Y, H:i')")

    # --- 13b. 'Konfirmasi Jadwal Wawancara' - the tracker confirming it saved the owner's entry --------------------
    case = "id_non_trakerja_konfirmasi_jadwal_wawancara_dicatat.eml"
    when = dt(2026, 11, 24, 13, 0)
    inner = (f'<p style="margin:0 0 20px 0; font-size:15px;">Yth. <strong>Rizky Pratama</strong>,</p>\n'
             '<p style="margin:0 0 20px 0; font-size:15px; line-height:26px; color:#3f3f46;">Kami ingin mengonfirmasi '
             'bahwa jadwal wawancara Anda telah berhasil ditambahkan/diperbarui di sistem TraKerja. Berikut adalah rincian'
             ' lengkapnya:</p>\n<p style="font-size:11px; font-weight:700; color:#7c3aed;">Detail Wawancara</p>\n' +
             trakerja_detail([("Posisi", "Staff Purchasing"), ("Perusahaan", "PT Sumber Bangun Persada"),
                              ("Tanggal dan Waktu", php_date("d M Y, H:i", when)),
                              ("Lokasi / Tautan", "https://meet.google.com/sbp-hrin-tvw")]) +
             '<p style="font-size:11px; font-weight:700; color:#7c3aed;">Panduan Persiapan Wawancara</p>\n'
             '<p style="margin:0 0 4px 0; font-size:14px; font-weight:600;">Pelajari Profil Perusahaan</p><p>Pahami visi, '
             'misi, produk, dan budaya kerja perusahaan sebelum wawancara berlangsung.</p>\n<p style="margin:0 0 4px 0; '
             'font-size:14px; font-weight:600;">Siapkan Dokumen Pendukung</p><p>Pastikan CV terbaru, portofolio, dan '
             'dokumen pendukung lainnya sudah siap diakses.</p>\n<p style="margin:0 0 4px 0; font-size:14px; '
             'font-weight:600;">Lakukan Konfirmasi Kehadiran</p><p>Jika wawancara dilakukan secara online, pastikan Anda '
             'membalas undangan email rekruter sebagai konfirmasi kehadiran.</p>\n<a href="https://trakerja.com/interviews">'
             'Lihat Kalender Wawancara</a> <a href="https://trakerja.com/dashboard">Buka Dashboard</a>\n')
    page = trakerja_page("Konfirmasi Jadwal Wawancara — TraKerja", "Konfirmasi Wawancara",
                         "Jadwal wawancara Anda telah berhasil dicatat", inner, 2026)
    add(case, trakerja_mail(case, "Konfirmasi Jadwal Wawancara: PT Sumber Bangun Persada", page,
                            dt(2026, 11, 17, 21, 14, 33)),
        invite=False, start=None,
        note="Despite the subject 'Konfirmasi Jadwal Wawancara', this is the owner's own tracker confirming it stored "
             "the owner's entry (24 Nov 2026, 13:00); it even tells the owner to reply to the recruiter's mail. Not an "
             "invite.",
        source=TRAKERJA_SRC.format(cls="InterviewScheduledMail", view="interview_scheduled"),
        rendered="interview_date->format('d M Y, H:i')")

    # --- 13c. newsletter ---------------------------------------------------------------------------------------------
    case = "id_non_trakerja_newsletter_musim_rekrutmen.eml"
    inner = ('<p style="margin:0 0 20px 0; font-size:15px;">Yth. <strong>Rizky Pratama</strong>,</p>\n'
             '<p>Kami ingin menyampaikan bahwa saat ini merupakan periode rekrutmen aktif — sebuah momen di mana banyak '
             'perusahaan membuka lowongan secara bersamaan. Kondisi ini menghadirkan peluang signifikan bagi para '
             'profesional dan pencari kerja yang siap dan terorganisir.</p>\n<p>TraKerja hadir untuk memastikan Anda '
             'memanfaatkan momentum ini secara optimal.</p>\n<p style="font-size:11px; font-weight:700; color:#7c3aed;">'
             'Langkah Strategis yang Kami Rekomendasikan</p>\n<p><b>1 Perbarui CV dan Dokumen Lamaran Anda</b><br>Pastikan '
             'CV Anda mencerminkan pencapaian terkini. Rekruter aktif pada periode ini — kesan pertama yang kuat sangat '
             'menentukan peluang Anda untuk dipanggil ke tahap selanjutnya.</p>\n<p><b>2 Lamar Posisi yang Relevan dan '
             'Spesifik</b><br>Kualitas lamaran yang terarah jauh lebih efektif dibandingkan mengirim lamaran secara massal '
             'tanpa riset mendalam terhadap perusahaan dan posisi yang dituju.</p>\n<p><b>3 Susun Cover Letter yang '
             'Personal</b><br>Cover letter yang disesuaikan dengan setiap posisi terbukti meningkatkan peluang respons '
             'rekruter. Gunakan fitur AI Cover Letter kami untuk mempercepat proses penyusunan.</p>\n<p><b>4 Pantau dan '
             'Tindak Lanjuti Setiap Lamaran</b><br>Catat progres setiap lamaran di TraKerja dan jadwalkan follow-up agar '
             'tidak ada peluang yang terlewat akibat kurangnya tindak lanjut.</p>\n<p style="font-size:11px; '
             'font-weight:700; color:#7c3aed;">Catatan dari Tim TraKerja</p>\n<p>Rekruter cenderung merespons lebih cepat '
             'di awal periode rekrutmen. Kami merekomendasikan untuk mengirimkan lamaran sedini mungkin dan melakukan '
             'follow-up dalam 5 hingga 7 hari kerja setelah pengiriman.</p>\n<a href="https://trakerja.com/tracker">Mulai '
             'Lacak Lamaran</a> <a href="https://trakerja.com/cv-builder">Perbarui CV Saya</a>\n')
    page = trakerja_page("Periode Rekrutmen Aktif — TraKerja", "Periode Rekrutmen Aktif",
                         "Informasi strategis untuk pencarian karier Anda", inner, 2027)
    add(case, trakerja_mail(case, " Musim Rekrutmen Telah Tiba — Persiapkan Diri Anda!", page,
                            dt(2027, 1, 4, 8, 0, 0)),
        invite=False, start=None,
        note="Product newsletter of the owner's job tracker about the hiring season ('dipanggil ke tahap selanjutnya') "
             "- no invitation. (Subject keeps the source's leading space.)",
        source=TRAKERJA_SRC.format(cls="HiringSeasonAlertMail", view="hiring_season_alert"), rendered="no dates")


# ================================================================================================================
# 14. Small Laravel job portals: status mails (job-portal1) and applicant/employer notifications (Spectro)
# ================================================================================================================

def build_portals():
    src = ("https://github.com/delisopia/job-portal1 (commit 7699d01b0eb9918266a293d272ba568a33576ca9): "
           "app/Mail/ApplicationStatusMail.php (subject 'Status Lamaran Anda') + resources/views/emails/"
           "application_status.blade.php")

    def jp(status_html):
        return f"""<!DOCTYPE html>
<html>
<head>
    <meta charset="UTF-8">
    <title>Status Lamaran</title>
</head>
<body>
    <h2>Halo, Rizky Pratama</h2>
    <p>Lamaran Anda untuk posisi <strong>Customer Service Officer</strong> telah diperbarui.</p>
 
        {status_html}
 
    <br>
    <p>Terima kasih,<br>Tim Recruitment</p>
</body>
</html>
"""
    for case, status_html, date, note in [
        ("id_non_jobportal_status_lamaran_masih_dalam_proses.eml", "<p>Status lamaran Anda masih dalam proses.</p>",
         dt(2026, 12, 10, 2, 33, 9, tz=UTC),
         "Status update 'Status lamaran Anda masih dalam proses.' (any status other than diterima/ditolak)."),
        ("id_non_jobportal_status_lamaran_diterima.eml",
         '<p style="color: green;">🎉 Selamat! Lamaran Anda <b>DITERIMA</b>.</p>', dt(2026, 12, 21, 7, 5, 40, tz=UTC),
         "Status 'Selamat! Lamaran Anda DITERIMA.' - acceptance/offer notice, no step scheduled.")]:
        raw = message([("Message-ID", symfony_mid(case, 1, "lokerkita.id")), ("Date", format_datetime(date)),
                       ("Subject", "Status Lamaran Anda"), ("From", "Loker Kita <no-reply@lokerkita.id>"),
                       ("To", OWNER)], htmlp(jp(status_html)))
        add(case, raw, invite=False, start=None, note=note, source=src, rendered="no dates")

    src = ("https://github.com/ilhamrafi44/Spectro-Web (commit f592992a887dd14e52190f0efb242144f5a46a75): "
           "resources/views/mail_template/{v}.blade.php in layout.blade.php; app/Mail/{m}.php subject 'Notifikasi "
           "lamaran baru'")

    def spectro(inner):
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <title>Email From Spectro.id</title>
</head>
<body style="font-family: Arial, sans-serif; background-color: #f4f4f4; padding: 20px;">

  <table border="0" cellpadding="0" cellspacing="0" width="100%" style="background-color: #f4f4f4;">
    <tr>
      <td align="center">
        <img src="https://spectro.id/assets/media/spectro.png" alt="Spectro.id Logo" style="max-width: 100px;">
      </td>
    </tr>
  </table>

  <table border="0" cellpadding="0" cellspacing="0" width="100%" style="background-color: #fff; border-radius: 8px; box-shadow: 0 0 10px rgba(0, 0, 0, 0.1); margin-top: 20px;">
    <tr>
        {inner}
    </tr>
  </table>

  <div style="text-align: center; margin-top: 20px; color: #999;">Spectro.id</div>

</body>
</html>
"""
    case = "id_non_spectro_lamaran_diterima_portal.eml"
    inner = """<td style="padding: 20px;">
    <h2 style="color: #333;">Halo Rizky Pratama, <br><br></h2>
    <p style="color: #666;">Terima kasih atas minat Anda dalam menggunakan Spectro! Kami telah menerima lamaran kerja Anda untuk posisi berikut:<br><br>

        - Nama Pekerjaan: Quality Control Inspector<br>
        - Nama Perusahaan: PT Presisi Metal Utama<br><br>

        Kami akan meninjau lamaran Anda dengan seksama dan menghubungi Anda segera jika ada pertanyaan tambahan atau jika Anda lolos ke tahap selanjutnya dalam proses seleksi.<br><br>

        Pastikan Anda selalu memantau kotak masuk email Anda, termasuk folder spam/junk, untuk memastikan Anda tidak melewatkan komunikasi dari kami.<br><br>

        Terima kasih lagi telah memilih Spectro.id untuk mencari peluang karier Anda. Semoga Anda sukses dalam proses seleksi!<br><br>

        Salam,<br>
        Tim Spectro<br>
        </p>
  </td>"""
    raw = message([("Message-ID", symfony_mid(case, 1, "spectro.id")), ("Date", format_datetime(dt(2026, 11, 6, 13, 22, 5))),
                   ("Subject", "Notifikasi lamaran baru"), ("From", "Spectro.id <noreply@spectro.id>"), ("To", OWNER)],
                  htmlp(spectro(inner)))
    add(case, raw, invite=False, start=None,
        note="Job-portal receipt ('Kami telah menerima lamaran kerja Anda ... menghubungi Anda segera jika ... lolos').",
        source=src.format(v="apply", m="ApplyMail"), rendered="no dates; app timezone Asia/Jakarta")

    case = "id_non_spectro_pemberi_kerja_ada_pelamar_baru.eml"
    inner = f"""<td style="padding: 20px;">
    <h2 style="color: #333;">Halo Backend Developer, <br><br></h2>
    <p style="color: #666;">Kami ingin memberitahu Anda bahwa ada lamaran kerja baru yang masuk untuk posisi Backend Developer. Berikut detail lamaran tersebut:

        - Nama Kandidat: Fajar Nugroho<br>
        - Email Kandidat: fajar.nugroho92@gmail.com<br><br>

        Mohon segera tinjau lamaran ini dan pertimbangkan kualifikasi serta pengalaman kandidat. Anda dapat menghubungi kandidat melalui alamat email yang tercantum di atas untuk mengatur wawancara atau tindak lanjut lebih lanjut. <br><br>

        Terima kasih telah menggunakan Spectro.id untuk mencari calon yang berkualitas. Semoga Anda menemukan kandidat yang sesuai dengan kebutuhan perusahaan Anda.<br><br>

        Salam,<br>
        Tim Spectro<br></p>
  </td>"""
    raw = message([("Message-ID", symfony_mid(case, 1, "spectro.id")), ("Date", format_datetime(dt(2026, 11, 6, 13, 40, 51))),
                   ("Subject", "Notifikasi lamaran baru"), ("From", "Spectro.id <noreply@spectro.id>"), ("To", OWNER)],
                  htmlp(spectro(inner)))
    add(case, raw, invite=False, start=None,
        note="Owner is the EMPLOYER: 'ada lamaran kerja baru ... Anda dapat menghubungi kandidat ... untuk mengatur "
             "wawancara'. Greeting uses the job title (template bug 'Halo {{ $JobName }}').",
        source=src.format(v="employer", m="EmployerMail"), rendered="no dates")


# ================================================================================================================
# 15. Livewire HRD dashboard message templates ([Nama Kandidat] placeholders)
#     GitHub code index file id 56700582216 (app/Livewire/Hrd/Dashboard.php; repository not resolvable)
# ================================================================================================================

def build_livewire():
    src = ("Public GitHub Laravel/Livewire recruitment dashboard, app/Livewire/Hrd/Dashboard.php $templates "
           "('interview' = 'Panggilan Wawancara', 'umum' = 'Informasi Umum'), code-index file id 56700582216 - "
           "repository not resolvable through the index")
    co = "PT Bumi Hijau Lestari"
    case = "id_livewire_panggilan_wawancara_jadwal_menyusul.eml"
    body = (f"Halo Rizky Pratama,\n\nKami dari {co} mengundang Anda untuk mengikuti tahap Wawancara (Interview) terkait "
            "lamaran Anda untuk posisi Agronomist.\n\nSesi interview direncanakan akan dilakukan secara daring/luring. "
            f"Mohon konfirmasi kehadiran Anda untuk pengaturan jadwal lebih lanjut.\n\nSalam hangat,\nTim Rekrutmen {co}")
    raw = message([("Message-ID", symfony_mid(case, 1, "bumihijaulestari.co.id")),
                   ("Date", format_datetime(dt(2027, 1, 19, 10, 12, 38))),
                   ("Subject", f"Undangan Sesi Wawancara (Interview) - {co}"),
                   ("From", f"Tim Rekrutmen {co} <rekrutmen@bumihijaulestari.co.id>"), ("To", OWNER)], text(body))
    add(case, raw, invite=True, start=None, reply_to="rekrutmen@bumihijaulestari.co.id",
        note="An explicit invitation to the interview stage with the time still to be agreed ('Mohon konfirmasi "
             "kehadiran Anda untuk pengaturan jadwal lebih lanjut') -> invite, start null (contrast with 'we will "
             "contact you to schedule' status mails).",
        source=src, rendered="[Nama Kandidat]/[Posisi Dilamar]/[Nama Perusahaan] replaced; no date placeholder")

    case = "id_non_livewire_pembaruan_lamaran_informasi_umum.eml"
    body = (f"Halo Rizky Pratama,\n\nKami ingin menginformasikan kelanjutan proses rekrutmen Anda untuk posisi "
            f"Agronomist di {co}.\n\nUntuk koordinasi lebih lanjut, silakan hubungi tim kami atau balas pesan ini.\n\n"
            f"Salam hangat,\nTim Rekrutmen {co}")
    raw = message([("Message-ID", symfony_mid(case, 1, "bumihijaulestari.co.id")),
                   ("Date", format_datetime(dt(2027, 1, 28, 15, 47, 2))),
                   ("Subject", f"Pembaruan Lamaran Kerja - {co}"),
                   ("From", f"Tim Rekrutmen {co} <rekrutmen@bumihijaulestari.co.id>"), ("To", OWNER)], text(body))
    add(case, raw, invite=False, start=None,
        note="Generic process update ('kelanjutan proses rekrutmen ... silakan hubungi tim kami') - no step named, "
             "nothing scheduled.", source=src, rendered="no dates")


# ================================================================================================================
# 16. msglow-hris (CodeIgniter): stage mails; the test date is the raw <input type="date"> value (Y-m-d)
#     https://github.com/mfikrifadl/msglow-hris @ a55487ac19d9f4055f4a95e968ca26291900ee98
# ================================================================================================================

def build_msglow():
    src = ("https://github.com/mfikrifadl/msglow-hris (commit a55487ac19d9f4055f4a95e968ca26291900ee98): "
           "application/controllers/Send_email_act.php ($formEmail{which})")
    head = """ 
                            <table width=700>
                            <tr>
                                <td>
                                    MAHA SERASI GLOW OFFICE MALANG <br />
                                    HRD MAHA SERASI GLOW OFFICE
                                    <hr>
                                </td>
                            <tr>
                                <td>
                                    Kepada Yth. RIZKY PRATAMA
                                </td>
                            </tr>
                            <tr>
                                <td>
                                    Dengan hormat, <br /> <br />

                                    Sehubungan dengan proses Seleksi Recruitment Kandidat Pegawai Baru Di Maha Serasi Glow Office dengan Posisi Sebagai BEAUTY ADVISOR. <br />
"""
    sig = """
                                    Demikian atas perhatian Bapak/Ibu/Sdr. kami sampaikan terimakasih. <br /><br />

                                    Hormat kami,<br /> <br /> <br />


                                    <b><u> Venny Rosalia M., ST., MM., CHRM </u></b><br />
                                    MANAGER HRD. MAHA SERASI GLOW OFFICE MALANG
                                </td>
                            </tr>"""
    cp = """
                            <tr>
                                <td>
                                    Contact Person 0821-3377-5160
                                </td>
                            </tr>"""

    def mail(case, html_body, date):
        # CodeIgniter Email, mailtype html, smtp.gmail.com
        return message([("Date", format_datetime(date)), ("From", '"MAHA SERASI GLOW OFFICE MALANG" <rekrutmen.msglow@gmail.com>'),
                        ("Return-Path", "<rekrutmen.msglow@gmail.com>"), ("To", OWNER),
                        ("Subject", "RECRUITMENT MAHA SERASI GLOW OFFICE MALANG"), ("Reply-To", "<rekrutmen.msglow@gmail.com>"),
                        ("User-Agent", "CodeIgniter"), ("X-Sender", "rekrutmen.msglow@gmail.com"), ("X-Mailer", "CodeIgniter"),
                        ("X-Priority", "3 (Normal)"),
                        ("Message-ID", f"<{hid(case, 'ci', n=13)}@gmail.com>")],
                       leaf('text/html; charset=utf-8', html_body, "8bit"))

    case = "id_msglow_dipanggil_psikotest_tanggal_iso_tanpa_jam.eml"
    body = head + """
                                    kepada Saudara <b>RIZKY PRATAMA</b> bahwa anda <b>DIPANGGIL</b> untuk mengikuti tes <b>PSIKOTEST</b> pada tanggal <b>2026-12-03</b>. <br /><br />

                                    Jika Saudara <b>RIZKY PRATAMA</b> berkenan untuk mengikuti tes <b>PSIKOTEST</b>. <br />
                                    Saudara dapat konfirmasi ke <b>Contact Person 0821-3377-5160</b> <br /><br />
""" + sig + cp + "\n                            </table> \n\n                            "
    add(case, mail(case, body, dt(2026, 11, 27, 9, 31, 8)), invite=True, start=None,
        reply_to="rekrutmen.msglow@gmail.com",
        note="Psikotes call 'DIPANGGIL untuk mengikuti tes PSIKOTEST pada tanggal 2026-12-03' - ISO date straight from "
             "the HTML date input, no time anywhere -> invite, start null. Malang (WIB).",
        source=src.format(which="Pemanggilan"),
        rendered="$tgl_test = raw tgl_psiko_test column, stored from <input type=\"date\"> (Y-m-d); names upper-cased "
                 "with strtoupper(); brand/people fictionalised")

    case = "id_non_msglow_lolos_tahap_tanggal_diumumkan_kemudian.eml"
    body = head.replace("Kepada Yth. RIZKY PRATAMA", "Kepada Yth. RIZKY PRATAMA") + """
                                        kepada Saudara <b>RIZKY PRATAMA</b> bahwa anda telah dinyatakan <b>LOLOS</b> pada tahap <b>PSIKOTEST</b>. <br /><br />

                                        Kepada Saudara <b>RIZKY PRATAMA</b> dapat melanjutkan tes ke tahap selanjutnya yaitu <b>UJI KOMPETENSI</b>. <br />
                                        Kami segera mengumumkan Tanggal tes selanjutnya di email ini.<br /><br />
""" + sig + cp + "\n                            </table> \n\n                            "
    add(case, mail(case, body, dt(2026, 12, 7, 14, 2, 50)), invite=False, start=None,
        note="Passed psikotes; next stage named but 'Kami segera mengumumkan Tanggal tes selanjutnya' - a status "
             "update ('we will announce the date'), not yet an invitation.",
        source=src.format(which="LolosTest"), rendered="no date printed")

    case = "id_non_msglow_tidak_lolos_uji_kompetensi.eml"
    body = head + """
                                    Kepada Saudara <b>RIZKY PRATAMA</b> bahwa anda telah dinyatakan <b>TIDAK LOLOS</b> pada tahap <b>UJI KOMPETENSI</b>. <br /><br />

                                    Terimakasih atas partisipasinya dalam mengikuti serangkaian tahap test dari kami. <br /><br />
""" + sig + "\n                            </table> \n\n                            "
    add(case, mail(case, body, dt(2027, 1, 14, 11, 20, 19)), invite=False, start=None,
        note="Rejection at the competency-test stage ('TIDAK LOLOS').", source=src.format(which="TidakLolos"),
        rendered="no dates")


# ================================================================================================================
# 17. HRD mail generator of a laboratory company (GenerateMessageHRD: invitation, reschedule, rejection)
#     GitHub code index file id 55494608069 (app/Services/GenerateMessageHRD.php; repository not resolvable)
# ================================================================================================================

ISL_CO = "PT Inti Sarana Laboratorium"


def isl_table(rows_html: str, intro: str, notice: str) -> str:
    return f"""
            <table cellpadding="0" cellspacing="0" width="100%">
                <tr>
                    <td>
                        <table align="center" cellpadding="0" cellspacing="0" width="600" style="border-collapse: collapse;">
                            <tr>
                                <td>
                                    <table align="center" cellpadding="0" cellspacing="0" width="600" style="color: black;">
                                        <tr>
                                            <td bgcolor="#ffffff" style="padding: 40px 30px;">
                                                <table>
                                                    <tr>
                                                        <td>
                                                            Dear &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;:
                                                            <span style="font-weight: 700; color: black;">&nbsp;Rizky Pratama</span>
                                                        </td>
                                                    </tr>
                                                    <tr>
                                                        <td style="padding: 10px 0; text-align: justify;">
                                                            Terima kasih atas lamaran kerja yang telah Anda berikan kepada kami pada posisi 
                                                            <span style="font-weight: 600; color: black;">Analis Laboratorium Mikrobiologi</span>
                                                        </td>
                                                    </tr>
                                                    <tr>
                                                        <td style="padding: 10px 0; text-align: justify;">
                                                            {intro}
                                                        </td>
                                                    </tr>
{rows_html}
{notice}
                                                    <tr>
                                                        <td style="padding: 5px 0 20px 0; text-align: justify;">
                                                            Demikian pemberitahuan ini kami sampaikan, terima kasih.
                                                        </td>
                                                    </tr>
                                                    <tr>
                                                        <td style="padding: 0 0 0 450px;">Regards,</td>
                                                    </tr>
                                                    <tr>
                                                        <td style="padding: 40px 0 40px 300px;"></td>
                                                    </tr>
                                                    <tr>
                                                        <td style="padding: 0 0 0 375px; font-weight: 600; color: black; white-space: nowrap;">
                                                            ( HRD {ISL_CO} )
                                                        </td>
                                                    </tr>
                                                </table>
                                            </td>
                                        </tr>
                                    </table>
                                </td>
                            </tr>
                        </table>
                    </td>
                </tr>
            </table>"""


def isl_detail(d: datetime, jenis: str, extra_row: str) -> str:
    def row(k, v):
        return (f'                                                                <tr>\n<td style="text-align: right; padding: '
                f'5px; white-space: nowrap;">{k}</td>\n<td style="text-align: center; padding: 5px;">: </td>\n'
                f'<td style="text-align: left; padding: 5px;">{v}</td>\n</tr>\n')
    rows = (row("Hari / Tanggal", f'<span style="font-weight: 600; color: black;">{hari(d)} / {php_date("d-m-Y", d)}</span>')
            + row("Waktu", f'<span style="font-weight: 600; color: black;">{d:%H:%M}</span> WIB')
            + row("Sistem Interview", f'<span style="font-weight: 600; color: black;">{jenis}</span>') + extra_row)
    return ('                                                    <tr>\n<td style="padding: 0 0 0 130px;">\n<table '
            'cellpadding="5" cellspacing="0" width="100%" style="border-collapse: collapse;">\n' + rows +
            '</table>\n</td>\n</tr>')


ISL_NOTICE_ONLINE = """                                                    <tr>
                                                        <td>
                                                            <table style="border: 3px solid;" cellpadding="0" cellspacing="0" width="600">
                                                                <tr align="center">
                                                                    <td style="font-weight: 600; text-decoration: underline; color: red;">Perhatian!</td>
                                                                </tr>
                                                                <tr align="center">
                                                                        <td style="color: red;">
                                                                            Kode ini bersifat <b>sekali pakai</b> dan <b>tidak boleh dibagikan kepada siapapun</b>. Silakan gunakan kode ini hanya saat Anda hadir ke lokasi interview sebagai bukti verifikasi kehadiran.<br><br>
                                                                            Pastikan perangkat Anda dalam kondisi baik selama mengikuti tes atau proses lanjutan.<br><br>
                                                                            Anda juga <b>wajib melakukan konfirmasi kehadiran</b> dengan cara <span style="font-weight: 600; text-decoration: underline;">membalas pesan WhatsApp</span> ke nomor resmi perusahaan <span style="font-weight: 600; text-decoration: underline;">0811-8185-731</span> dengan format sebagai berikut:
                                                                        </td></tr>
                                                                <tr align="center">
                                                                    <td style="color: red; font-weight: 600">Bersedia / Tidak Bersedia_Nama Lengkap</td>
                                                                </tr>
                                                            </table>
                                                        </td>
                                                    </tr>"""

ISL_NOTICE_RESCHEDULE = """                                                    <tr>
                                                        <table style="border: 3px solid;" cellpadding="0" cellspacing="0" width="600">
                                                            <tr align="center">
                                                                <td style="font-weight: 600; text-decoration: underline; color: red;">Perhatian!</td>
                                                            </tr>
                                                            <tr align="center">
                                                                <td style="color: red;">
                                                                    Anda wajib melakukan 
                                                                    <span style="font-weight: 600; text-decoration: underline;">konfirmasi kehadiran interview</span> 
                                                                    Anda dengan 
                                                                    <span style="font-weight: 600; text-decoration: underline;">
                                                                        membalas pesan WhatsApp pada nomor resmi perusahaan 
                                                                        (0811-1254-0719),
                                                                    </span> 
                                                                    dengan format sebagai berikut :
                                                                </td>
                                                            </tr>
                                                            <tr align="center">
                                                                <td style="color: red; font-weight: 600">
                                                                    Bersedia / Tidak Bersedia_Nama Lengkap
                                                                </td>
                                                            </tr>
                                                        </table>
                                                    </tr>"""


def isl_mail(case, n, subject, page, date):
    mid = symfony_mid(case, n, "intisaranalab.co.id")
    return message([("From", f"HRD {ISL_CO} <recruitment@intisaranalab.co.id>"), ("To", OWNER),
                    ("Subject", enc_header(subject)), ("Message-ID", mid), ("Date", format_datetime(date))],
                   htmlp(page)), mid


def build_isl():
    src = ("Public GitHub Laravel HRD service app/Services/GenerateMessageHRD.php (bodyEmailApproveKandidat, "
           "bodyEmailReschedule, bodyEmailRejectKandidat), code-index file id 55494608069 - repository not resolvable "
           "through the index")
    rendered = ("'Hari / Tanggal' = $data->hariIndonesia . ' / ' . $data->tglInter and 'Waktu' = jam_interview . ' WIB'; "
                "the controller preparing hariIndonesia/tglInter is not in the index - rendered as the Indonesian day "
                "and d-m-Y (the form Indonesian HR systems use); the Online branch shows the OTP warning text of the "
                "Offline branch (condition swapped in the source, kept); the mail subjects are not in the file (ours)")
    intro_invite = ('Bersamaan dengan ini, kami informasikan bahwa \n                                                            '
                    '<span style="font-weight: 600; color: black; text-decoration: underline;">Anda lolos tahap awal proses '
                    'rekrutmen</span> dan kami mengundang Anda untuk melaksanakan \n                                                            '
                    '<span style="font-weight: 600; color: black; text-decoration: underline;">interview</span> dengan '
                    'rincian informasi sebagai berikut:')
    intro_resched = ('Bersamaan dengan ini, kami informasikan bahwa \n                                                            '
                     '<span style="font-weight: 600; color: black; text-decoration: underline;">\n                                                                '
                     'Perubahan jadwal interview User\n                                                            </span> \n'
                     '                                                            dan kami mengundang Anda untuk melaksanakan \n'
                     '                                                            <span style="font-weight: 600; color: black; '
                     'text-decoration: underline;">interview lanjutan</span>\n                                                            '
                     'dengan rincian informasi sebagai berikut :')

    def link_row(url):
        return ('                                                                <tr>\n<td style="text-align: right; '
                'padding: 5px; white-space: nowrap;">Link Interview</td>\n<td style="text-align: center; padding: 5px;">'
                f': </td>\n<td style="text-align: left; padding: 5px;">\n{url}\n</td>\n</tr>\n')

    def place_row(addr_):
        return ('                                                                <tr>\n<td style="text-align: right; '
                'padding: 5px;">Tempat</td>\n<td style="text-align: center; padding: 5px;">: </td>\n<td style="text-align:'
                f' left; padding: 5px;">\n{addr_}\n</td>\n</tr>\n')

    # --- 17a. online interview invite ------------------------------------------------------------------------------
    case = "id_isl_undangan_interview_hari_garis_miring_tanggal_dmy.eml"
    start = dt(2026, 11, 18, 9, 0)
    page = isl_table(isl_detail(start, "Online", link_row("https://meet.google.com/isl-hrd-mkb")), intro_invite,
                     ISL_NOTICE_ONLINE)
    raw, _ = isl_mail(case, 1, f"Undangan Interview - {ISL_CO}", page, dt(2026, 11, 11, 16, 5, 33))
    add(case, raw, invite=True, start=iso(start), reply_to="recruitment@intisaranalab.co.id",
        note="HTML-only invite: 'Hari / Tanggal : Rabu / 18-11-2026', 'Waktu : 09:00 WIB', online. Attendance must "
             "be confirmed on WhatsApp ('Bersedia / Tidak Bersedia_Nama Lengkap').",
        source=src, rendered=rendered)

    # --- 17b. thread: invitation, then 'Perubahan jadwal interview User', owner writes 'Bersedia_...' ---------------
    case = "id_isl_thread_perubahan_jadwal_user_bersedia.mbox"
    first = dt(2026, 11, 26, 10, 0)
    new = dt(2026, 11, 30, 13, 0)
    d1 = dt(2026, 11, 23, 14, 12, 40)
    p1 = isl_table(isl_detail(first, "Offline", place_row("Kantor Cabang Bekasi, Jl. Ahmad Yani No. 18, Bekasi Selatan")),
                   intro_invite, ISL_NOTICE_ONLINE.replace(
                       "Kode ini bersifat <b>sekali pakai</b> dan <b>tidak boleh dibagikan kepada siapapun</b>. Silakan gunakan kode ini hanya saat Anda hadir ke lokasi interview sebagai bukti verifikasi kehadiran.<br><br>\n                                                                            ",
                       ""))
    p1 = p1.replace('<span style="font-weight: 600; color: black;">Offline</span></td>\n</tr>\n',
                    '<span style="font-weight: 600; color: black;">Offline</span></td>\n</tr>\n'
                    '                                                                <tr>\n<td style="text-align: right; '
                    'padding: 5px; white-space: nowrap;">Kode OTP</td>\n<td style="text-align: center; padding: 5px;">: '
                    '</td>\n<td style="text-align: left; padding: 5px;"><span style="font-weight: 600; color: black;">'
                    '482915</span></td>\n</tr>\n')
    subj = f"Undangan Interview - {ISL_CO}"
    raw1, mid1 = isl_mail(case, 1, subj, p1, d1)
    d2 = dt(2026, 11, 25, 17, 30, 2)
    p2 = isl_table(isl_detail(new, "Offline", place_row("Kantor Pusat, Jl. Raya Bogor Km. 27, Ciracas, Jakarta Timur")),
                   intro_resched, ISL_NOTICE_RESCHEDULE)
    raw2, mid2 = isl_mail(case, 2, f"Perubahan Jadwal Interview User - {ISL_CO}", p2, d2)
    d3 = dt(2026, 11, 25, 20, 3, 11)
    raw3, _ = gmail_reply(case, 3, to=f"HRD {ISL_CO} <recruitment@intisaranalab.co.id>",
                          subject=f"Re: Perubahan Jadwal Interview User - {ISL_CO}", date=d3,
                          body_lines=["Bersedia_Rizky Pratama", "",
                                      "(Konfirmasi juga sudah saya kirim ke WhatsApp 0811-1254-0719.)"],
                          quoted_from=(f"HRD {ISL_CO}", "recruitment@intisaranalab.co.id"), quoted_date=d2,
                          quoted_text=html_to_text(p2), in_reply_to=mid2, references=mid2)
    add(case, mbox(case, [(raw1, d1, ["Inbox", "Opened"]), (raw2, d2, ["Inbox", "Opened"]), (raw3, d3, ["Sent"])]),
        invite=True, start=iso(new), accepted=True, reply_to="recruitment@intisaranalab.co.id",
        note="Thread: invite for 'Kamis / 26-11-2026 10:00 WIB', then 'Perubahan jadwal interview User ... interview "
             "lanjutan' for 'Senin / 30-11-2026 13:00 WIB' (latest wins; the old time sits in the earlier message). "
             "Owner replies with the requested format 'Bersedia_Rizky Pratama' -> accepted.",
        source=src, rendered=rendered)

    # --- 17c. rejection -------------------------------------------------------------------------------------------
    case = "id_non_isl_belum_dapat_lolos_tahap_selanjutnya.eml"
    page = f"""
            <table cellpadding="0" cellspacing="0" width="100%">
                <tr>
                    <td>
                        <table align="center" cellpadding="0" cellspacing="0" width="650" style="border-collapse: collapse;">
                            <tr>
                                <td bgcolor="#ffffff" style="padding: 40px 30px;">
                                    <table style="color: black;">
                                        <tr>
                                            <td>
                                                Dear &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;:
                                                <span style="font-weight: 700; color: black;">&nbsp;Rizky Pratama</span>
                                            </td>
                                        </tr>
                                        <tr>
                                            <td style="padding: 10px 0; text-align: justify;">
                                                Terima kasih atas lamaran kerja yang telah Anda berikan kepada kami pada posisi 
                                                <span style="font-weight: 600; color: black;">Analis Laboratorium Mikrobiologi</span>
                                            </td>
                                        </tr>
                                        <tr>
                                            <td style="padding: 10px 0; text-align: justify;">
                                                Bersamaan dengan ini, kami informasikan bahwa berdasarkan pertimbangan dan penilaian pihak kami, 
                                                <span style="font-weight: 600; color: black; text-decoration: underline;">
                                                    Anda belum dapat lolos ke tahap selanjutnya pada proses rekrutmen perusahaan kami.
                                                </span>
                                            </td>
                                        </tr>
                                        <tr>
                                            <td style="padding: 10px 0; text-align: justify;">
                                                Kami menghargai ketertarikan dan waktu Anda selama proses rekrutmen {ISL_CO}, 
                                                dan kami berharap Anda sukses dalam karir Anda di kemudian hari.
                                            </td>
                                        </tr>
                                        <tr>
                                            <td style="padding: 5px 0; text-align: justify;">
                                                Demikian pemberitahuan ini kami sampaikan, terima kasih.
                                            </td>
                                        </tr>
                                        <tr>
                                            <td style="padding: 0 0 0 400px;">Regards,</td>
                                        </tr>
                                        <tr>
                                            <td style="padding: 40px 0 40px 300px;"></td>
                                        </tr>
                                        <tr>
                                            <td style="padding: 0 0 0 320px; font-weight: 600; color: black;">
                                                ( HRD {ISL_CO} )
                                            </td>
                                        </tr>
                                    </table>
                                </td>
                            </tr>
                        </table>
                    </td>
                </tr>
            </table>"""
    raw, _ = isl_mail(case, 1, f"Hasil Seleksi - {ISL_CO}", page, dt(2027, 1, 12, 10, 48, 27))
    add(case, raw, invite=False, start=None, note="Rejection ('belum dapat lolos ke tahap selanjutnya').", source=src,
        rendered="no dates")


# ================================================================================================================
# 18. 'PT Mingda' interview / join-call templates (Laravel EmailSmtpSettingService defaults, str_replace)
#     GitHub code index file id 55796925852 (app/Services/EmailSmtpSettingService.php; repository not resolvable)
# ================================================================================================================

def build_mingda():
    src = ("Public GitHub Laravel HR app, app/Services/EmailSmtpSettingService.php getDefaultInterviewBodyTemplate() / "
           "getDefaultJoinCallBodyTemplate(), code-index file id 55796925852 - repository not resolvable through the "
           "index")
    rendered = ("renderTemplate() = str_replace of {nama},{posisi},{departemen},{tanggal},{waktu},{lokasi},{catatan}; the "
                "caller filling {tanggal}/{waktu} is not in the index - rendered as d-m-Y and H:i (the template appends "
                "' WIB' itself); company name fictionalised")
    co = "PT Minda Jaya Garmindo"
    case = "id_mingda_undangan_interview_tanggal_dmy_strip.eml"
    start = dt(2027, 1, 21, 9, 0)
    body = (f"Yth. Rizky Pratama,\n\nBerdasarkan hasil seleksi berkas Anda, kami mengundang Anda untuk mengikuti sesi "
            f"interview untuk posisi Supervisor Produksi.\n\nTanggal: {php_date('d-m-Y', start)}\nWaktu: "
            f"{php_date('H:i', start)} WIB\nLokasi: Kantor HRD {co}, Jl. Raya Semarang-Kendal Km. 12, Kaliwungu, Kendal\n\n"
            f"Catatan: Membawa CV, fotokopi ijazah, dan KTP. Bertemu dengan Ibu Wulan Sari (HR Officer).\n\n"
            f"Mohon konfirmasi kehadiran Anda dengan membalas email ini atau menghubungi HRD {co}.\n\nTerima kasih,\n"
            f"HRD {co}")
    raw = message([("Message-ID", symfony_mid(case, 1, "mindajaya.co.id")),
                   ("Date", format_datetime(dt(2027, 1, 14, 13, 52, 6))),
                   ("Subject", f"Undangan Interview - {co}"),
                   ("From", f"HRD {co} <rekrutmen@mindajaya.co.id>"), ("To", OWNER)], text(body))
    add(case, raw, invite=True, start=iso(start), reply_to="rekrutmen@mindajaya.co.id",
        note="Plain-text invite 'Tanggal: 21-01-2027 / Waktu: 09:00 WIB' (day-first with dashes; 21 cannot be a month). "
             "'Bertemu dengan: Ibu Wulan Sari'.", source=src, rendered=rendered)

    case = "id_non_mingda_panggilan_join_setelah_lolos.eml"
    when = dt(2027, 2, 15, 7, 30)
    body = (f"Yth. Rizky Pratama,\n\nSelamat. Berdasarkan hasil seleksi, Anda dijadwalkan untuk hadir pada proses "
            f"panggilan join {co} untuk sub departemen Sewing Line 3.\n\nTanggal: {php_date('d-m-Y', when)}\nWaktu: "
            f"{php_date('H:i', when)} WIB\nLokasi: Gedung Training {co}, Kaliwungu, Kendal\n\nCatatan: Membawa berkas "
            f"kontrak yang telah ditandatangani dan pas foto 3x4.\n\nMohon konfirmasi kehadiran Anda dengan membalas email "
            f"ini atau menghubungi HRD {co}.\n\nTerima kasih,\nHRD {co}")
    raw = message([("Message-ID", symfony_mid(case, 1, "mindajaya.co.id")),
                   ("Date", format_datetime(dt(2027, 2, 8, 10, 4, 58))),
                   ("Subject", f"Undangan Panggilan Join - {co}"),
                   ("From", f"HRD {co} <rekrutmen@mindajaya.co.id>"), ("To", OWNER)], text(body))
    add(case, raw, invite=False, start=None,
        note="'Panggilan join' after passing selection = first day / joining (contract) appointment, i.e. a hire "
             "notice like an offer, not a selection step; its date/time is not an interview.",
        source=src, rendered=rendered)


# ================================================================================================================
# 19. ATS status notifications ('Lamaran telah dilihat oleh perekrut', 'Lamaran Anda Sedang Diproses')
# ================================================================================================================

def build_status():
    case = "id_non_portal_status_lamaran_dilihat_perekrut.eml"
    h = """<div style="font-family:Arial,sans-serif;max-width:560px;margin:auto">
<h3 style="color:#0f766e">Update status lamaran</h3>
<p>Hai Rizky,</p>
<p>Ada perkembangan pada lamaranmu untuk posisi <b>Frontend Engineer</b> di <b>PT Awan Digital Kreatif</b>:</p>
<p style="font-size:16px"><b>Viewed</b> &mdash; Lamaran telah dilihat oleh perekrut</p>
<p>Status berikutnya akan kami kabarkan lewat email dan aplikasi. Semangat!</p>
<p style="color:#888;font-size:12px">Kamu menerima email ini karena melamar lewat Karirku. Atur notifikasi di pengaturan akun.</p>
</div>"""
    raw = message([("From", "Karirku <notifikasi@karirku.id>"), ("To", OWNER),
                   ("Subject", "Lamaranmu di PT Awan Digital Kreatif telah dilihat oleh perekrut"),
                   ("Message-ID", f"<{hid(case, 'm', n=32)}@karirku.id>"),
                   ("Date", format_datetime(dt(2026, 11, 10, 4, 15, 0, tz=UTC))),
                   ("List-Unsubscribe", "<https://karirku.id/pengaturan/notifikasi>")],
                  multi("alternative", [text(html_to_text(h)), htmlp(h)], "----=_Part_" + hid(case, "b", n=12)))
    add(case, raw, invite=False, start=None,
        note="ATS status 'Viewed - Lamaran telah dilihat oleh perekrut' - status update only.",
        source="Status names/descriptions from a public GitHub job-portal migration seeding master_application_status "
               "('Viewed' = 'Lamaran telah dilihat oleh perekrut', 'In Review' = 'Lamaran sedang dalam proses review'), "
               "code-index file id 53336766838 (repository not resolvable); the surrounding mail wording is ours",
        rendered="no dates")

    case = "id_non_portal_lamaran_sedang_diproses_review.eml"
    h = """<p>Halo Rizky Pratama,</p>
<p>Status lamaran Anda untuk posisi <strong>Staff Pajak</strong> di <strong>PT Nusa Akuntansi Prima</strong> kini: <strong>Diproses</strong> (In Review &ndash; Lamaran sedang dalam proses review).</p>
<p>Tim rekrutmen akan menghubungi Anda apabila Anda terpilih untuk tahap berikutnya.</p>
<p>Salam,<br>Tim Rekrutmen PT Nusa Akuntansi Prima</p>"""
    raw = message([("Message-ID", symfony_mid(case, 1, "nusaakuntansi.co.id")),
                   ("Date", format_datetime(dt(2026, 11, 12, 9, 30, 41))),
                   ("Subject", enc_header("Lamaran Anda Sedang Diproses – Staff Pajak")),
                   ("From", "Rekrutmen PT Nusa Akuntansi Prima <karier@nusaakuntansi.co.id>"), ("To", OWNER)],
                  htmlp(h))
    add(case, raw, invite=False, start=None,
        note="'Lamaran Anda Sedang Diproses' / 'akan menghubungi Anda apabila ... terpilih' - status update.",
        source="Subject map of a public GitHub Laravel Mailable (status 'Diproses' => 'Lamaran Anda Sedang Diproses – "
               "'.$posisi), code-index file id 57682233590, plus the 'In Review' description of file id 53336766838 "
               "(repositories not resolvable); body wording ours",
        rendered="subject 'Lamaran Anda Sedang Diproses – {posisi}' (en dash as in the source)")


# ================================================================================================================
# 20. Public pages: articles/newsletters about interviews, a job-fair newsletter, public test announcements
# ================================================================================================================

def newsletter(case, *, from_, subject, html_body, date, list_id, unsub):
    return message([("From", from_), ("To", OWNER), ("Subject", enc_header(subject)),
                    ("Date", format_datetime(date)), ("Message-ID", f"<{hid(case, 'n', n=24)}@{list_id.split('.', 1)[1]}>"),
                    ("List-Id", f"<{list_id}>"), ("List-Unsubscribe", f"<{unsub}>, <mailto:unsubscribe@{list_id.split('.', 1)[1]}>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
                   multi("alternative", [text(html_to_text(html_body)), htmlp(html_body)],
                         "_----" + hid(case, "b", n=24)))


def build_pages():
    # --- 20a. news newsletter quoting the liputan6 explainer ----------------------------------------------------
    case = "id_non_newsletter_artikel_cara_menjawab_undangan_interview.eml"
    h = """<div style="max-width:600px;margin:auto;font-family:Georgia,serif">
<p style="font-size:12px;color:#999">Buletin Karier Pilihan &middot; Sabtu, 7 November 2026</p>
<h2>Cara Menjawab Undangan Interview yang Efektif dan Profesional</h2>
<p>Undangan interview merupakan komunikasi formal dari perusahaan atau organisasi yang mengundang seorang kandidat untuk mengikuti proses wawancara kerja. Undangan ini biasanya dikirimkan melalui email atau pesan singkat seperti WhatsApp, dan berisi informasi penting terkait jadwal, lokasi, dan persiapan yang diperlukan untuk wawancara tersebut.</p>
<p>Beberapa elemen umum yang biasanya terdapat dalam undangan interview meliputi:</p>
<ul>
<li>Nama dan jabatan perekrut atau interviewer</li>
<li>Nama perusahaan</li>
<li>Posisi yang dilamar</li>
<li>Tanggal, waktu, dan durasi interview</li>
<li>Lokasi interview (alamat lengkap atau link untuk interview online)</li>
<li>Format interview (tatap muka, telepon, atau video call)</li>
<li>Instruksi khusus (misalnya dokumen yang perlu dibawa)</li>
<li>Kontak person yang bisa dihubungi untuk informasi lebih lanjut</li>
</ul>
<p><a href="https://www.liputan6.com/feeds/read/5789836/cara-menjawab-undangan-interview-yang-efektif-dan-profesional">Baca selengkapnya di Liputan6.com</a></p>
<hr><p style="font-size:11px;color:#999">Anda menerima buletin ini karena berlangganan Buletin Karier Pilihan. <a href="https://buletin.karierpilihan.id/berhenti">Berhenti berlangganan</a></p>
</div>"""
    add(case, newsletter(case, from_="Buletin Karier Pilihan <redaksi@buletin.karierpilihan.id>",
                         subject="Cara Menjawab Undangan Interview yang Efektif dan Profesional", html_body=h,
                         date=dt(2026, 11, 7, 6, 0, 0), list_id="mingguan.buletin.karierpilihan.id",
                         unsub="https://buletin.karierpilihan.id/berhenti?u=rp2291"),
        invite=False, start=None,
        note="Newsletter article about answering interview invitations (List-Id, List-Unsubscribe, Precedence: bulk); "
             "it lists what an invitation contains but invites nobody.",
        source="https://opera.liputan6.com/feeds/read/5789836/cara-menjawab-undangan-interview-yang-efektif-dan-profesional "
               "(article text quoted; newsletter wrapper ours)", rendered="no interview date")

    # --- 20b. article with a sample confirmation letter quoted --------------------------------------------------
    case = "id_non_artikel_contoh_balasan_saya_mengonfirmasi_kehadiran.eml"
    h = """<div style="max-width:600px;margin:auto;font-family:Arial,sans-serif">
<h2>Cara Menjawab Panggilan Interview dan Contohnya</h2>
<h3>Konfirmasi Jadwal dan Tempat Wawancara</h3>
<p>Salah satu inti dari balasan interview adalah konfirmasi jadwal. Kandidat perlu menuliskan ulang hari, tanggal, jam, serta tempat wawancara agar tidak terjadi kesalahpahaman. Dengan begitu, pihak rekruter juga bisa segera mengoreksi jika terdapat perbedaan informasi.</p>
<p>Sebagai contoh, balasan bisa mencantumkan, &ldquo;Saya mengonfirmasi kehadiran pada wawancara yang dijadwalkan hari Senin, 5 Agustus 2025, pukul 10.00 WIB, di kantor PT Sehat Sentosa Bahagia.&rdquo; Bentuk penegasan ini menandakan bahwa kandidat benar-benar mencatat dan memperhatikan detail undangan.</p>
<p>Apabila jadwal bentrok dengan agenda pribadi, sebaiknya sampaikan dengan sopan dan tawarkan alternatif waktu. Hal ini menunjukkan fleksibilitas tanpa mengurangi rasa hormat terhadap perusahaan.</p>
<p><a href="https://www.bloombergtechnoz.com/detail-news/84132/cara-menjawab-panggilan-interview-dan-contohnya/2">Baca artikel lengkap</a></p>
<p style="font-size:11px;color:#999">Email ini dikirim ke pelanggan Digest Karier Mingguan. <a href="https://digest.ruangkerja.id/unsubscribe">Unsubscribe</a></p>
</div>"""
    add(case, newsletter(case, from_="Digest Karier Mingguan <digest@ruangkerja.id>",
                         subject="Digest Karier: contoh balasan panggilan interview yang sopan", html_body=h,
                         date=dt(2027, 1, 9, 7, 30, 0), list_id="digest.ruangkerja.id",
                         unsub="https://digest.ruangkerja.id/unsubscribe?u=rp2291"),
        invite=False, start=None,
        note="Article quoting a SAMPLE reply 'Saya mengonfirmasi kehadiran pada wawancara ... Senin, 5 Agustus 2025, "
             "pukul 10.00 WIB' - neither an invitation nor an acceptance by the owner; bulk newsletter headers. (5 Aug 2025 "
             "was a Tuesday - the weekday error is in the original article.)",
        source="https://www.bloombergtechnoz.com/detail-news/84132/cara-menjawab-panggilan-interview-dan-contohnya/2 "
               "(section text quoted)", rendered="the sample date is the article's own (2025)")

    # --- 20c. job-fair newsletter with walk-in interviews --------------------------------------------------------
    case = "id_non_jobcity_job_fair_walk_in_interview.eml"
    h = """<div style="max-width:600px;margin:auto;font-family:Arial,sans-serif">
<h2>Job Fair Kudus 2027 hadir dengan &ldquo;Walk-In Interview&rdquo;</h2>
<p>Job Fair Kudus 2027 dipastikan berbeda dari gelaran tahun-tahun sebelumnya. Para pelamar tidak hanya menyerahkan berkas, tetapi bisa langsung menjalani walk-in interview dengan perusahaan yang dituju.</p>
<p>Melalui aplikasi Jobcity.id, pencari kerja dapat mendaftar lebih dulu secara daring. Selama sembilan hari masa pendaftaran, perusahaan akan menyeleksi kandidat sesuai kebutuhan. Saat pelaksanaan job fair pada <b>10&ndash;11 Februari 2027 di Gedung Graha Mustika</b>, para pelamar yang lolos dan sesuai kriteria perusahaan bisa langsung diwawancarai di ruang khusus walk-in interview yang telah disiapkan.</p>
<p>Pintu dibuka pukul 08.00 WIB. Gratis, bawa CV cetak dan KTP.</p>
<p><a href="https://jobcity.id/event/jobfair-kudus-2027">Daftar sekarang</a></p>
<p style="font-size:11px;color:#999">Kamu menerima email ini karena terdaftar di Jobcity.id. <a href="https://jobcity.id/unsubscribe">Berhenti berlangganan</a></p>
</div>"""
    add(case, newsletter(case, from_="Jobcity.id <info@news.jobcity.id>",
                         subject="Job Fair Kudus 2027: daftar online, langsung walk-in interview", html_body=h,
                         date=dt(2027, 1, 25, 9, 0, 0), list_id="event.news.jobcity.id",
                         unsub="https://jobcity.id/unsubscribe?e=rizky.pratama%40gmail.com"),
        invite=False, start=None,
        note="Job-fair promotion with dates/times and 'walk-in interview' - an event newsletter, not an invitation "
             "to a scheduled hiring step for the owner.",
        source="https://isknews.com/tidak-lagi-hanya-seremonial-job-fair-kudus-2025-hadir-dengan-walk-in-interview "
               "(wording adapted: year and dates moved to 2027)", rendered="event dates moved to 10-11 Feb 2027")

    # --- 20d. online English test, three batches listed, candidate's batch not stated -> null -------------------------
    case = "id_eln_pengumuman_tes_online_tiga_batch_tanpa_batch_peserta.eml"
    h = """<div style="font-family:Arial,sans-serif">
<p><b>PENGUMUMAN LULUS ADMINISTRASI<br>REKRUTMEN ELN GROUP TINGKAT S1/D-IV &amp; D-III TAHUN 2027<br>LOKASI PEKANBARU</b></p>
<p>Peserta yang dinyatakan lulus administrasi berhak mengikuti seleksi selanjutnya yaitu Tes Online Bahasa Inggris. Dalam Tes Online ini, Peserta menggunakan PC atau laptop dan jaringan internet masing-masing. Adapun jadwal Tes Online Bahasa Inggris ini yaitu:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>KOTA TES</th><th>TANGGAL TES</th><th>BATCH</th><th>WAKTU TES</th><th>ALAMAT WEB</th></tr>
<tr><td rowspan="3">PEKANBARU</td><td rowspan="3">9 FEBRUARI 2027</td><td>I</td><td>07.00 - 08.10 WIB</td><td rowspan="3">seleksi.eln-persero.co.id</td></tr>
<tr><td>II</td><td>09.15 - 10.25 WIB</td></tr>
<tr><td>III</td><td>11.30 - 12.40 WIB</td></tr>
</table>
<p>Beberapa ketentuan yang harus diperhatikan :</p>
<ol>
<li>Peserta hanya dapat mengerjakan tes sesuai jadwal yang telah ditentukan. Peserta dapat Login 5 (lima) menit sebelum tes dimulai melalui aplikasi seleksi.eln-persero.co.id;</li>
<li>Selama mengerjakan tes, peserta dilarang untuk mencapture dan menyebarluaskan soal dalam bentuk apapun. Jika diketahui mencapture dan menyebarluaskan soal, maka secara otomatis akan di diskualifikasi dan masuk dalam daftar blacklist;</li>
<li>Peserta hanya mengikuti satu batch sesuai jadwal yang telah ditentukan. Setelah mengerjakan tes sampai selesai, peserta wajib Logout dari aplikasi seleksi.eln-persero.co.id agar hasil tes dapat segera dievaluasi lebih lanjut;</li>
<li>Peserta yang tidak mengikuti tes dinyatakan GUGUR;</li>
</ol>
<p>Panitia Rekrutmen ELN Group</p>
</div>"""
    raw = message([("From", "Rekrutmen ELN Group <rekrutmen@eln-persero.co.id>"), ("To", OWNER),
                   ("Subject", "PENGUMUMAN LULUS ADMINISTRASI - Tes Online Bahasa Inggris Lokasi Pekanbaru"),
                   ("Message-ID", f"<{hid(case, 'm', n=28)}@eln-persero.co.id>"),
                   ("Date", format_datetime(dt(2027, 2, 2, 16, 10, 0)))],
                  multi("alternative", [text(html_to_text(h)), htmlp(h)], "=_" + hid(case, "b", n=28)))
    add(case, raw, invite=True, start=None, reply_to="rekrutmen@eln-persero.co.id",
        note="Invitation to a timed online test (a scheduled assessment) on 9 Feb 2027, but the mail lists three "
             "batches (07.00 / 09.15 / 11.30 WIB) and 'Peserta hanya mengikuti satu batch sesuai jadwal yang telah "
             "ditentukan' without saying which one is the owner's -> no single start -> null.",
        source="https://id.scribd.com/document/394993768/bab-10-CBR (public PLN 2018 announcement 'Tes Online Bahasa "
               "Inggris', wording kept; company, year, date and URL fictionalised)",
        rendered="table dates moved to 9 Februari 2027")

    # --- 20e. psychological test announcement, sessions only in the attachment -> null ----------------------------------
    case = "id_tim_seleksi_jadwal_tes_psikologi_sesi_di_lampiran.eml"
    h = """<div style="font-family:Arial,sans-serif">
<p><b>PENGUMUMAN JADWAL TES PSIKOLOGI DAN KETENTUAN PELAKSANAAN TES PSIKOLOGI CALON ANGGOTA BADAN PENGAWAS KABUPATEN TANJUNG SELATAN</b></p>
<p><b>A. WAKTU PELAKSANAAN</b> Tes Psikologi Calon Anggota terbagi menjadi 2 jenis Tes yaitu Tes Psikologi CAT dan Tes Psikologi Manual, yang akan dilaksanakan pada:</p>
<ol>
<li>Tes Psikologi CAT - Hari/Tanggal: Selasa, 24 November 2026 - Lokasi: Universitas Sriwijaya Raya, Ruang Lab. CBT, Jl. Pramuka No.27, Bandar Lampung</li>
<li>Tes Psikologi Manual - Hari/Tanggal: Rabu, 25 November 2026 - Lokasi: Hotel Swarna Dwipa, Jl. Rasuna Said No.18, Bandar Lampung</li>
</ol>
<p>Jadwal dan Pembagian sesi Tes Psikologi CAT dan Tes Psikologi Manual dapat dilihat pada Lampiran Pembagian sesi Tes Psikologi.</p>
<p><b>B. KETENTUAN PELAKSANAAN</b></p>
<ol>
<li>Peserta Seleksi mengikuti Tes Psikologi pada hari/tanggal/lokasi sesuai dengan jadwal yang telah ditentukan.</li>
<li>Peserta Seleksi wajib hadir 60 (enam puluh) menit sebelum seleksi dimulai untuk melakukan proses registrasi.</li>
<li>Peserta Seleksi wajib membawa kartu peserta dan identitas diri (KTP/Kartu Keluarga asli atau fotokopi yang dilegalisir) dan menunjukkannya kepada panitia pelaksana sebelum memasuki ruang tes.</li>
</ol>
<p>Tim Seleksi</p>
</div>"""
    root = multi("mixed", [multi("alternative", [text(html_to_text(h)), htmlp(h)], "=_alt_" + hid(case, "b", n=20)),
                           attachment("application/pdf", "Lampiran_Pembagian_Sesi_Tes_Psikologi.pdf",
                                      tiny_pdf("Lampiran Pembagian Sesi Tes Psikologi"))],
                 "=_mix_" + hid(case, "m", n=20))
    raw = message([("From", "Tim Seleksi Badan Pengawas Kab. Tanjung Selatan <timsel.tanjungselatan@gmail.com>"),
                   ("Delivered-To", OWNER), ("To", "undisclosed-recipients:;"),
                   ("Subject", "Pengumuman Jadwal Tes Psikologi Calon Anggota"),
                   ("Message-ID", f"<CAO{hid(case, 'm', n=30)}@mail.gmail.com>"),
                   ("Date", format_datetime(dt(2026, 11, 16, 19, 45, 3)))], root)
    add(case, raw, invite=True, start=None, reply_to="timsel.tanjungselatan@gmail.com",
        note="Psychological tests (CAT on 24 Nov, manual on 25 Nov 2026) announced by day only; session times are "
             "only in the PDF attachment ('dapat dilihat pada Lampiran Pembagian sesi') -> invite (scheduled "
             "assessment), start null. Sent to undisclosed recipients.",
        source="https://mesuji.bawaslu.go.id/berita/pengumuman-jadwal-tes-psikologi-dan-ketentuan-pelaksanaan-tes-"
               "psikologi-calon-anggota (announcement wording kept; body, places and dates fictionalised)",
        rendered="dates moved to 24/25 November 2026 with matching weekdays")

    # --- 20f. timed test with a fixed start (password sent 5 minutes before) -----------------------------------------
    case = "id_diskominfo_pengumuman_tes_seleksi_daring_mulai_pukul_08.eml"
    start = dt(2027, 1, 17, 8, 0)
    body = ("PENGUMUMAN TES SELEKSI TENAGA AHLI DISKOMINFO KOTA TANJUNG BARU\n\nHalo, Rizky Pratama!\n\nTerima kasih "
            "telah berpartisipasi dalam proses seleksi Tenaga Ahli Dinas Komunikasi dan Informatika Kota Tanjung Baru. "
            "Kami sangat mengapresiasi waktu dan usaha yang telah Anda berikan. Berikut adalah beberapa informasi "
            "penting terkait tahapan tes:\n\n1. Waktu dan Durasi Tes:\n- Tes akan dimulai pada Minggu, 17 Januari 2027 "
            "pukul 08.00 s.d. 16.00 WIB (8 Jam).\n- Pastikan Anda mempersiapkan diri dengan baik dan berada di tempat "
            "yang nyaman selama pelaksanaan tes.\n\n2. Format Tes:\n- Tes dilaksanakan secara daring di tempat "
            "masing-masing.\n- Tes ini terdiri dari beberapa tugas yaitu pembuatan API dengan beberapa endpoint.\n"
            "- Soal berupa dokumentasi API dan Anda ditugaskan untuk membuat API sesuai dokumentasi tersebut.\n"
            "- Password akan dikirimkan paling lambat 5 menit sebelum tes dimulai.\n\n3. Instruksi Pengumpulan:\n"
            "- Pengumpulan dilakukan melalui repositori kode sumber dengan menggunakan paltform GitHub.\n\n"
            "Tim Seleksi Tenaga Ahli\n")
    raw = message([("From", "Seleksi Tenaga Ahli Diskominfo <seleksi.ta@kominfo.tanjungbaru.go.id>"), ("To", OWNER),
                   ("Subject", "PENGUMUMAN TES SELEKSI TENAGA AHLI DISKOMINFO KOTA TANJUNG BARU"),
                   ("Message-ID", f"<{hid(case, 'm', n=28)}@kominfo.tanjungbaru.go.id>"),
                   ("Date", format_datetime(dt(2027, 1, 8, 15, 0, 12)))], text(body))
    add(case, raw, invite=True, start=iso(start), reply_to="seleksi.ta@kominfo.tanjungbaru.go.id",
        note="Timed selection test with a fixed start for everyone ('Tes akan dimulai pada Minggu, 17 Januari 2027 "
             "pukul 08.00 s.d. 16.00 WIB', password sent 5 minutes before start) -> a scheduled step, not an open "
             "deadline; start 08:00 WIB.",
        source="https://github.com/afrizaldm/test-diskominfo soal.md ('PENGUMUMAN TES SELEKSI TENAGA AHLI DISKOMINFO "
               "JATIM', {{name}} placeholder; wording kept, abridged; agency and date fictionalised)",
        rendered="{{name}} -> owner; date moved to Sunday 17 Jan 2027 (weekday kept)")


# ================================================================================================================
# 21. Recruiter-written mails for the scheduling classes of issue 7 (availability window, offered slots,
#     'sebelumnya ... menjadi' reschedule).  Letter frame per the gallery components (templatecvid.com,
#     blog.privy.id); the scheduling sentences are ours, written the way the issue quotes them.
# ================================================================================================================

GALLERY_SRC = ("Letter frame (salam, posisi, detail jadwal, kontak) per public Indonesian template galleries "
               "https://templatecvid.com/surat-panggilan-interview and https://blog.privy.id/?p=3064; the scheduling "
               "wording is ours, modelled on the phrasings quoted in issue 7")


def gmail_mail(case, n, *, from_, to, subject, body, date, in_reply_to=None, references=None):
    mid = f"<CA{hid(case, 'g', str(n), n=10).upper()}+{hid(case, str(n), n=22)}@mail.gmail.com>"
    h = '<div dir="ltr">' + "".join(f"<div>{htmllib.escape(ln) if ln else '<br>'}</div>" for ln in body.split("\n")) + "</div>"
    hdrs = [("From", from_), ("Date", format_datetime(date)), ("Message-ID", mid), ("Subject", enc_header(subject)),
            ("To", to)]
    if in_reply_to:
        hdrs += [("In-Reply-To", in_reply_to), ("References", references)]
    return message(hdrs, multi("alternative", [text(body), htmlp(h)], "0000000000" + hid(case, str(n), "alt", n=18))), mid


def build_human():
    # --- 21a. availability window + booking link (WITA) ------------------------------------------------------------
    case = "id_rekruter_jadwal_tersedia_rentang_tanggal_wita_tautan.eml"
    body = ("Selamat siang Sdr. Rizky Pratama,\n\nTerima kasih telah melamar posisi HSE Officer di PT Borneo Karya Energi. "
            "Kami ingin mengundang Anda untuk interview dengan HSE Manager kami secara online (Zoom, 45 menit).\n\n"
            "Jadwal tersedia tanggal 11–22 Januari 2027, Senin s/d Jumat, pukul 09.00–15.00 WITA. Silakan pilih "
            "sendiri slot yang paling sesuai melalui tautan berikut:\nhttps://calendar.app.google/bKe7Qw2rTz9LmN4p8\n\n"
            "Setelah memilih slot, Anda akan menerima undangan kalender beserta link Zoom secara otomatis.\n\n"
            "Salam,\nAndi Rahmawati\nTalent Acquisition - PT Borneo Karya Energi\nJl. Jend. Sudirman No. 45, Balikpapan "
            "| 0542-873-310")
    raw, _ = gmail_mail(case, 1, from_="Andi Rahmawati <andi.rahmawati@borneokarya.co.id>", to=OWNER,
                        subject="Undangan Interview HSE Officer - PT Borneo Karya Energi", body=body,
                        date=dt(2027, 1, 4, 12, 40, 19, tz=WITA))
    add(case, raw, invite=True, start=None, reply_to="andi.rahmawati@borneokarya.co.id",
        note="Availability window + booking link ('Jadwal tersedia tanggal 11–22 Januari 2027, Senin s/d Jumat, pukul "
             "09.00–15.00 WITA') - no slot chosen -> null (the first day/hour of the window is NOT the start). "
             "Recruiter 'Andi' is an ambiguous given name.", source=GALLERY_SRC, rendered="dates written by hand")

    # --- 21b. list of offered slots (Denpasar, WITA) ------------------------------------------------------------------
    case = "id_rekruter_tiga_opsi_jadwal_belum_dipilih_denpasar.eml"
    o1, o2, o3 = dt(2027, 2, 3, 10, 0, tz=WITA), dt(2027, 2, 4, 14, 0, tz=WITA), dt(2027, 2, 5, 9, 0, tz=WITA)
    body = ("Dengan hormat,\n\nMenindaklanjuti lamaran Saudara untuk posisi Front Office Supervisor di PT Segara "
            "Dewata Hospitality, kami mengundang Saudara untuk interview tatap muka di kantor kami.\n\nSilakan pilih "
            "salah satu jadwal berikut dan balas email ini:\n"
            f"Opsi 1: {tgl_id(o1)} pukul 10.00 WITA\nOpsi 2: {tgl_id(o2)} pukul 14.00 WITA\n"
            f"Opsi 3: {tgl_id(o3)} pukul 09.00 WITA\n\nTempat: Segara Dewata Hotel, Jl. Danau Tamblingan No. 88, Sanur, "
            "Denpasar\nBertemu dengan: Ibu Wulan (Front Office Manager)\n\nHormat kami,\nPak Joko\nTim Rekrutmen PT Segara "
            "Dewata Hospitality\n0361-287-1150")
    raw, _ = gmail_mail(case, 1, from_="Rekrutmen Segara Dewata <rekrutmen@segaradewata.co.id>", to=OWNER,
                        subject="Undangan Interview - Front Office Supervisor", body=body,
                        date=dt(2027, 1, 26, 10, 15, 44, tz=WITA))
    add(case, raw, invite=True, start=None, reply_to="rekrutmen@segaradewata.co.id",
        note="Three offered slots (3, 4, 5 Feb 2027 in WITA), none chosen -> null. Signature 'Pak Joko' / 'Tim "
             "Rekrutmen PT ...'; 'Bertemu dengan: Ibu Wulan'.", source=GALLERY_SRC, rendered="dates written by hand")

    # --- 21c. reschedule 'sebelumnya ... menjadi ...' in Jayapura (WIT), no owner reply ---------------------------------
    case = "id_rekruter_thread_sebelumnya_menjadi_jadwal_baru_wit.mbox"
    old, new = dt(2026, 12, 3, 10, 0, tz=WIT), dt(2026, 12, 4, 14, 0, tz=WIT)
    frm = "Maria Yikwa <maria.yikwa@cenderawasihlogistik.co.id>"
    b1 = ("Selamat pagi Sdr. Rizky,\n\nKami mengundang Saudara untuk interview posisi Koordinator Gudang di PT "
          "Cenderawasih Logistik:\n\n"
          f"Hari/Tanggal : {tgl_id(old)}\nPukul        : 10.00 WIT - selesai\nTempat       : Kantor Cabang Jayapura, "
          "Jl. Ahmad Yani No. 12, Jayapura\n\nMohon konfirmasi kehadiran dengan membalas email ini.\n\nSalam,\nMaria "
          "Yikwa\nHR Officer - PT Cenderawasih Logistik\n0967-533-210")
    d1 = dt(2026, 11, 27, 9, 5, 12, tz=WIT)
    raw1, mid1 = gmail_mail(case, 1, from_=frm, to=OWNER, subject="Undangan Interview Koordinator Gudang", body=b1, date=d1)
    b2 = ("Selamat siang Sdr. Rizky,\n\nMohon maaf, karena Kepala Cabang harus ke Merauke, jadwal interview Saudara yang "
          f"sebelumnya {tgl_id(old)} pukul 10.00 WIT kami ubah menjadi {tgl_id(new)} pukul 14.00 WIT, di tempat yang "
          "sama.\n\nJadwal Sebelumnya : " + f"{tgl_id(old)}, 10.00 WIT\nJadwal Baru      : {tgl_id(new)}, 14.00 WIT\n\n"
          "Mohon konfirmasi kembali kehadiran Saudara.\n\nSalam,\nMaria Yikwa\nHR Officer - PT Cenderawasih Logistik")
    d2 = dt(2026, 11, 30, 13, 22, 40, tz=WIT)
    raw2, _ = gmail_mail(case, 2, from_=frm, to=OWNER, subject="Re: Undangan Interview Koordinator Gudang", body=b2,
                         date=d2, in_reply_to=mid1, references=mid1)
    add(case, mbox(case, [(raw1, d1, ["Inbox", "Opened"]), (raw2, d2, ["Inbox", "Important"])]),
        invite=True, start=iso(new), reply_to="maria.yikwa@cenderawasihlogistik.co.id",
        note="Reschedule carrying both times ('yang sebelumnya Kamis, 3 Desember 2026 pukul 10.00 WIT kami ubah menjadi "
             "Jumat, 4 Desember 2026 pukul 14.00 WIT' and 'Jadwal Sebelumnya / Jadwal Baru') -> the new one, WIT "
             "(+09:00). No owner reply.", source=GALLERY_SRC, rendered="dates written by hand")


# ================================================================================================================
# 22. Bizmark.id recruitment (Laravel, English body for an Indonesian company; 'WIB' appended to UTC-zone Carbon)
#     https://github.com/tanerizawa/bizmark-administration @ 02ec5a82ff6eb4b5df182a5a414d15a3bffb43e0
# ================================================================================================================

def build_bizmark():
    src = ("https://github.com/tanerizawa/bizmark-administration (commit 02ec5a82ff6eb4b5df182a5a414d15a3bffb43e0): "
           "app/Mail/{m}.php + resources/views/emails/recruitment/{v}.blade.php")
    # --- 22a. asynchronous assessment with only a deadline ------------------------------------------------------
    case = "en_bizmark_assessment_link_deadline_only.eml"
    exp = dt(2027, 1, 22, 23, 59)
    page = f"""<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>Assessment Invitation - Bizmark.id</title></head>
<body style="font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Arial, sans-serif; line-height: 1.6; color: #333;">
<div class="email-container">
<div class="header"><h1>Assessment Invitation</h1><p class="subtitle">You've been selected for the next stage</p></div>
<p>Dear Rizky Pratama,</p>
<p>Congratulations! We are pleased to inform you that your application for the position of <strong>Permit Consultant</strong> has progressed to the assessment stage. We invite you to complete the following evaluation as the next step in our recruitment process.</p>
<div class="info-box">
<div class="info-row"><span class="info-label">Test Type:</span> <span class="info-value">Psychology Assessment</span></div>
<div class="info-row"><span class="info-label">Questions:</span> <span class="info-value">50 questions</span></div>
<div class="info-row"><span class="info-label">Duration:</span> <span class="info-value">60 minutes</span></div>
<div class="info-row"><span class="info-label">Passing Score:</span> <span class="info-value">70%</span></div>
<div class="info-row"><span class="info-label">Deadline:</span> <span class="info-value">{php_date('l, d F Y - H:i', exp)} WIB</span></div>
<div class="info-row"><span class="info-label">Attempts:</span> <span class="info-value">Single attempt only</span></div>
</div>
<p style="text-align:center"><a href="https://bizmark.id/candidate/test/7Hq2LmX9pA" class="button">Begin Assessment Now</a></p>
<p>Click the button above to start your assessment</p>
<p><strong>Time Sensitive:</strong> This link expires in 72 hours. Complete before {php_date('d F Y, H:i', exp)} WIB</p>
<p>Your Assessment Link:<br>https://bizmark.id/candidate/test/7Hq2LmX9pA</p>
<p>Need Help? Contact us at cs@bizmark.id or call +62 838 7960 2855</p>
<p>Best of luck with your assessment!</p>
<p>Warm regards,<br>Human Resources Team<br>Bizmark.id</p>
<p>Jln Lingkar Luar Karawang. Ruko Permata Sari Indah No.2<br>Karawang, Jawa Barat 41314, Indonesia</p>
</div></body></html>
"""
    raw = message([("From", "Bizmark.id <hello@bizmark.id>"), ("To", OWNER),
                   ("Subject", "Assessment Invitation - Permit Consultant"),
                   ("Message-ID", symfony_mid(case, 1, "bizmark.id")),
                   ("Date", format_datetime(dt(2027, 1, 19, 16, 59, 30, tz=UTC)))], htmlp(page))
    add(case, raw, invite=False, start=None, lang="en",
        note="Asynchronous assessment with only a deadline ('Deadline: Friday, 22 January 2027 - 23:59 WIB', 'link "
             "expires in 72 hours') - not an invite. English body from an Indonesian company.",
        source=src.format(m="TestAssignedMail", v="test-assigned"),
        rendered="$expiresAt->format('l, d F Y - H:i') . ' WIB' (PHP English names, literal WIB)")

    # --- 22b. interview rescheduled, Previous / New, .ics in UTC -----------------------------------------------------
    case = "en_bizmark_interview_rescheduled_previous_new_ics.eml"
    old, new = dt(2027, 1, 21, 10, 0), dt(2027, 1, 26, 13, 0)
    page = f"""<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>Interview Rescheduled</title></head>
<body style="font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Arial, sans-serif; line-height: 1.6; color: #333;">
<div class="email-container">
<div class="header"><div>📅</div><h1>Interview Rescheduled</h1><p>Your interview date has been updated</p></div>
<div class="notice-box"><p>We sincerely apologize for any inconvenience caused by this change.</p><p>We appreciate your understanding and flexibility.</p></div>
<p>Dear Rizky Pratama,</p>
<p>We are writing to inform you that your interview for the position of <strong>Permit Consultant</strong> has been rescheduled.</p>
<div class="date-comparison">
<div class="date-box old-date"><div class="date-label">❌ Previous Date</div><div class="date-value">{php_date('d F Y', old)}</div><div class="date-value">{php_date('H:i', old)} WIB</div></div>
<div class="arrow">→</div>
<div class="date-box new-date"><div class="date-label">✅ New Date</div><div class="date-value">{php_date('d F Y', new)}</div><div class="date-value">{php_date('H:i', new)} WIB</div></div>
</div>
<div class="reason-box"><strong>Reason for Rescheduling:</strong><p>Interviewer schedule conflict</p></div>
<p>📌 Please update your calendar with the new date and time</p>
<h3>Updated Interview Details:</h3>
<p>📅 Date: {php_date('l, d F Y', new)}<br>🕐 Time: {php_date('H:i', new)} WIB (60 minutes)<br>📍 Type: Video<br>🎥 Platform: Video Conference<br>👥 Interviewer: Budi Santoso</p>
<p>📅 Updated Calendar Invitation Attached<br>We've attached an updated calendar file (.ics) with the new date and time. Add it to your calendar to replace the old invitation.</p>
<p>📋 Please Confirm Your Availability<br>If the new date and time work for you, no action is needed. However, if you have a conflict, please let us know as soon as possible.</p>
<p>Video Interview Link:<br>https://bizmark.id/interview/join/4QwZp8</p>
<p>Best regards,<br>HR Team - Bizmark.id</p>
<p>Bizmark.id<br>Jl. Raya Cilebut No.10, Sukaraja, Bogor<br>Email: hr@bizmark.id | Phone: +62 812-3456-7890</p>
</div></body></html>
"""
    # spatie/icalendar-generator with the app in UTC: the HR typed 13:00 (meaning WIB), Carbon holds 13:00 UTC
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:spatie/icalendar-generator",
               "NAME:Interview: Permit Consultant", "X-WR-CALNAME:Interview: Permit Consultant", "BEGIN:VEVENT",
               f"UID:{hid(case, 'u', n=13)}", f"DTSTAMP:{utcstamp(dt(2027, 1, 18, 9, 12, tz=UTC))}",
               "SUMMARY:Permit Consultant", "DESCRIPTION:Interview Type: Video\\nDuration: 60 minutes\\nMeeting Link: "
               "https://bizmark.id/interview/join/4QwZp8", "LOCATION:Online",
               "DTSTART:20270126T130000Z", "DTEND:20270126T140000Z", "END:VEVENT", "END:VCALENDAR"])
    root = multi("mixed", [htmlp(page), leaf('text/calendar; name=interview.ics', cal, "base64",
                                             ['Content-Disposition: attachment; filename=interview.ics'])],
                 hid(case, "x", n=8) + "_" + hid(case, "mixed", n=20))
    raw = message([("From", "Bizmark.id <hello@bizmark.id>"), ("To", OWNER),
                   ("Subject", "Interview Rescheduled - Permit Consultant"),
                   ("Message-ID", symfony_mid(case, 1, "bizmark.id")),
                   ("Date", format_datetime(dt(2027, 1, 18, 9, 12, 44, tz=UTC)))], root)
    add(case, raw, invite=True, start=iso(new), lang="en", reply_to="hello@bizmark.id",
        note="English reschedule with both dates ('Previous Date 21 January 2027 10:00 WIB' -> 'New Date 26 January 2027 "
             "13:00 WIB') -> the new one. CONFLICT: the attached .ics (spatie generator, app timezone UTC) says "
             "DTSTART:20270126T130000Z = 20:00 WIB; the human-readable mail states 13:00 WIB twice, which is what the "
             "recruiter typed -> truth 13:00+07:00 (a tool trusting the .ics states a wrong time).",
        source=src.format(m="InterviewRescheduledMail", v="interview-rescheduled"),
        rendered="$oldDate->format('d F Y'), ->format('H:i') . ' WIB'; scheduled_at->format('l, d F Y'); config/app.php "
                 "timezone UTC, so Event::create()->startsAt(scheduled_at) exports 13:00 as UTC")


# ================================================================================================================
# output
# ================================================================================================================

def fold_headers(raw: str) -> str:
    """Fold over-long unstructured header lines at whitespace (RFC 5322 2.2.3), header block only."""
    head, sep, body = raw.partition("\n\n")
    out = []
    for line in head.split("\n"):
        while len(line) > 78 and not line.startswith((" ", "\t")) or (len(line) > 78 and line.startswith(" ")):
            cut = line.rfind(" ", 0, 77)
            if cut <= line.find(":") + 1 or cut <= 1:
                break
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out) + sep + body


def main():
    CASES.clear()
    for b in (build_etamrin, build_ecc, build_kelasindustri, build_humanhr, build_krp, build_ssms, build_itsp,
              build_infoloker, build_crackling, build_pick_links, build_calcom, build_odoo, build_trakerja,
              build_portals, build_livewire, build_msglow, build_isl, build_mingda, build_status, build_pages,
              build_human, build_bizmark):
        b()
    names = [c.name for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    for old in list(OUT.glob("*.eml")) + list(OUT.glob("*.mbox")):
        old.unlink()
    truth = {"owner": OWNER}
    for c in CASES:
        content = c.content
        if c.name.endswith(".eml"):
            content = fold_headers(content)
        else:  # fold every message of the mbox
            parts = re.split(r"(?m)^(?=From \d+@xxx )", content)
            content = "".join(fold_headers(p) if p else p for p in parts)
        (OUT / c.name).write_text(content, encoding="utf-8", newline="\n")
        truth[c.name] = {"is_invite": c.is_invite, "interview_start": c.interview_start, "accepted": c.accepted,
                         "language": c.language, "reply_to": c.reply_to, "note": c.note,
                         "source": c.source + " | rendering: " + c.rendered}
    (OUT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    lines = ["# id_software corpus: sources", "",
             "Indonesian (and two English) recruiting threads rendered from public recruiting/HR/scheduling software "
             "templates and public pages. Companies, people, addresses and links are fictional; template wording is "
             "kept. Generated by `build.py` (stdlib only): `python3 build.py` rewrites every case, `truth.json` and this "
             "file. Truth was written by hand per case (see each `note`), never taken from a product's output.", "",
             "Source that cannot be named by repository: a few templates were found through a public code index that "
             "returns file text without the repository name; they are cited by their index file id.", "",
             "| file | invite | start (truth) | source | rendered how |", "|---|---|---|---|---|"]
    for c in CASES:
        cell = lambda s: s.replace("|", "\\|").replace("\n", " ")
        lines.append(f"| `{c.name}` | {'yes' if c.is_invite else 'no'} | {c.interview_start or '—'} | {cell(c.source)} | "
                     f"{cell(c.rendered)} |")
    inv = sum(c.is_invite for c in CASES)
    lines += ["", f"Totals: {len(CASES)} threads, {inv} invitations, {len(CASES) - inv} non-invitations, "
                  f"{sum(c.name.endswith('.mbox') for c in CASES)} mbox threads, "
                  f"{sum(c.language == 'id' for c in CASES)} Indonesian."]
    (OUT / "SOURCES.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} cases ({inv} invites)")


if __name__ == "__main__":
    main()
