"""Golden cases for invitations forwarded *as an attachment* (a ``message/rfc822`` part, "Forward as attachment"
in Gmail and Outlook), English and Indonesian. The invitation's details live only inside the attached message,
so a reader that drops or flattens the nested message loses the interview time. Mail text is original."""
from __future__ import annotations

import cases_en
import cases_id
from common import gmail_html, outlook_html
from mailkit import Event, Mail, eml, ics, mbox

# ============================================================================================ English

@cases_en.case("en_forwarded_as_attachment_agency_ics_eastern.eml", invite=True, start="2026-12-09T14:00:00-05:00",
               reply_to="dana.whitfield@brightpathtalent.com",
               note="agency recruiter forwards the client's calendar invitation as an .eml attachment; the time is only "
                    "in the attached message (text and an inline text/calendar in America/New_York)")
def _():
    org = ("Northwind Robotics Recruiting", "scheduling@northwind-robotics.com")
    ev = Event(uid="nw-4471-panel@northwind-robotics.com", start="20261209T140000", end="20261209T150000",
               tzid="America/New_York", summary="Panel interview: Jordan Reyes (Controls Engineer)", organizer=org,
               attendees=[("Dana Whitfield", "dana.whitfield@brightpathtalent.com", "NEEDS-ACTION")],
               location="https://meet.google.com/nwr-pnel-471")
    inner_text = """Hello Dana,

As discussed, here is the panel interview for your candidate Jordan Reyes (Controls Engineer).

When: Wednesday, December 9, 2026, 2:00 PM - 3:00 PM Eastern Time
Where: Google Meet - https://meet.google.com/nwr-pnel-471
Panel: Priya Raman (Engineering Manager), Tom Becker (Senior Controls Engineer)

Please share this with Jordan.

Northwind Robotics Recruiting
"""
    inner = Mail(frm="Northwind Robotics Recruiting <scheduling@northwind-robotics.com>",
                 to="Dana Whitfield <dana.whitfield@brightpathtalent.com>",
                 subject="Invitation: Panel interview: Jordan Reyes (Controls Engineer) @ Wed Dec 9, 2026 2pm - 3pm (EST)",
                 date="Thu, 26 Nov 2026 16:05:12 -0500", msgid="<nw-4471-panel.invite@northwind-robotics.com>",
                 text=inner_text, html=gmail_html(inner_text), calendar=ics("REQUEST", ev), cal_carrier="inline")
    outer_text = """Hi Jordan,

Great news: Northwind would like to meet you for the panel round. Their invitation came to me, so I've attached it here
with all the details. Let me know if the time works for you and I'll confirm with them.

Best,
Dana Whitfield
Senior Recruiter, Brightpath Talent
"""
    return eml(Mail(frm="Dana Whitfield <dana.whitfield@brightpathtalent.com>", to=cases_en.ME,
                    subject="Fwd: Northwind Robotics panel interview", date="Fri, 27 Nov 2026 09:12:40 -0500",
                    msgid="<BPT.dw.20261127.0912@brightpathtalent.com>", text=outer_text, html=gmail_html(outer_text),
                    forwarded=[(inner, "Invitation Panel interview Jordan Reyes.eml")]))


@cases_en.case("en_forwarded_as_attachment_html_only_windows1252_pacific.eml", invite=True,
               start="2026-12-03T09:30:00-08:00", reply_to="m.delacroix@cafe-lumiere.com",
               note="a university career office forwards an employer's HTML-only invitation (windows-1252, curly quotes, "
                    "'Café') as an attachment without a file name; the outer Reply-To names the employer's recruiter")
def _():
    inner_html = """<html><body>
<p>Dear Jordan,</p>
<p>Thank you for applying to Caf\u00e9 Lumi\u00e8re\u2019s Operations Analyst position. We\u2019d like to invite you to an on-site interview.</p>
<p><b>Date:</b> Thursday, December 3, 2026<br>
<b>Time:</b> 9:30 a.m. \u2013 10:30 a.m. Pacific Time<br>
<b>Location:</b> 410 Harbor Street, Suite 200, Oakland, CA</p>
<p>Please reply to confirm your attendance.</p>
<p>Marie Delacroix<br>Talent Acquisition, Caf\u00e9 Lumi\u00e8re</p>
</body></html>
"""
    inner = Mail(frm="Marie Delacroix <m.delacroix@cafe-lumiere.com>", to="Career Services <careers@westbay.edu>",
                 subject="Interview invitation \u2013 Operations Analyst", date="Mon, 23 Nov 2026 11:40:00 -0800",
                 msgid="<CL.md.1123.1140@cafe-lumiere.com>", html=inner_html, charset="windows-1252")
    outer_text = """Hi Jordan,

The employer below could not reach you at your student address and asked us to pass on their interview invitation
(attached). Replies go straight to their recruiter.

West Bay University Career Services
"""
    return eml(Mail(frm="West Bay Career Services <careers@westbay.edu>", to=cases_en.ME,
                    reply_to="Marie Delacroix <m.delacroix@cafe-lumiere.com>",
                    subject="FW: Interview invitation \u2013 Operations Analyst", date="Tue, 24 Nov 2026 08:05:00 -0800",
                    msgid="<WBU.cs.20261124.0805@westbay.edu>", text=outer_text, html=outlook_html(outer_text),
                    forwarded=[(inner, None)]))


# ============================================================================================ Indonesian

@cases_id.case("id_diteruskan_sebagai_lampiran_undangan_psikotes_wib.eml", invite=True,
               start="2026-12-15T09:00:00+07:00", reply_to="dewi.lestari@samudrafarma.co.id",
               note="staf HR meneruskan surat undangan psikotes sebagai lampiran .eml (iso-8859-1, quoted-printable); "
                    "jadwal 'Selasa, 15 Desember 2026 pukul 09.00 WIB' hanya ada di pesan terlampir")
def _():
    inner_text = """Yth. Sdri. Putri Anggraini,

Berdasarkan hasil seleksi administrasi, kami mengundang Saudari untuk mengikuti tahap psikotes untuk posisi
Staf Quality Control di PT Samudra Farma.

Hari/Tanggal : Selasa, 15 Desember 2026
Waktu        : 09.00 WIB s.d. selesai
Tempat       : Kantor PT Samudra Farma, Jl. Raya Bogor Km. 28, Jakarta Timur

Harap membawa alat tulis dan KTP asli.

Hormat kami,
Tim Rekrutmen PT Samudra Farma
"""
    inner = Mail(frm="Rekrutmen Samudra Farma <rekrutmen@samudrafarma.co.id>",
                 to="Dewi Lestari <dewi.lestari@samudrafarma.co.id>",
                 subject="Undangan Psikotes - Staf Quality Control", date="Tue, 8 Dec 2026 10:00:00 +0700",
                 msgid="<SF.rek.20261208.1000@samudrafarma.co.id>", text=inner_text, charset="iso-8859-1")
    outer_text = """Halo Putri,

Undangan psikotes dari tim rekrutmen kami terlampir ya, alamat emailmu sempat salah ketik di sistem kami.
Mohon konfirmasi kehadiran dengan membalas email ini.

Salam,
Dewi Lestari
HR Officer, PT Samudra Farma
"""
    return eml(Mail(frm="Dewi Lestari <dewi.lestari@samudrafarma.co.id>", to=cases_id.ME,
                    subject="Fwd: Undangan Psikotes - Staf Quality Control", date="Wed, 9 Dec 2026 08:30:00 +0700",
                    msgid="<SF.dl.20261209.0830@samudrafarma.co.id>", text=outer_text, html=gmail_html(outer_text),
                    forwarded=[(inner, "Undangan Psikotes - Staf Quality Control.eml")]))


@cases_id.case("id_diteruskan_lampiran_ics_wita_lalu_dikonfirmasi.mbox", invite=True, start="2026-12-11T13:00:00+08:00",
               accepted=True, reply_to="yohanes.tandi@borneokargo.co.id",
               note="Takeout: rekruter meneruskan undangan kalender (lampiran .ics di dalam pesan terlampir, WITA) lalu "
                    "Putri membalas 'saya bersedia hadir'")
def _():
    org = ("Borneo Kargo HR", "hr@borneokargo.co.id")
    ev = Event(uid="bk-2026-1211-wawancara@borneokargo.co.id", start="20261211T130000", end="20261211T140000",
               tzid="Asia/Makassar", summary="Wawancara User - Supervisor Gudang", organizer=org,
               attendees=[("Yohanes Tandi", "yohanes.tandi@borneokargo.co.id", "ACCEPTED")],
               location="Kantor Borneo Kargo, Jl. Sudirman No. 12, Balikpapan", vtimezone=True)
    inner_text = """Pak Yohanes,

Berikut jadwal wawancara user untuk kandidat Supervisor Gudang:
Jumat, 11 Desember 2026, pukul 13.00-14.00 WITA, di kantor Balikpapan.

Terima kasih,
HR Borneo Kargo
"""
    inner = Mail(frm="Borneo Kargo HR <hr@borneokargo.co.id>", to="Yohanes Tandi <yohanes.tandi@borneokargo.co.id>",
                 subject="Undangan: Wawancara User - Supervisor Gudang @ Jum 11 Des 2026 13.00 - 14.00 (WITA)",
                 date="Thu, 3 Dec 2026 15:00:00 +0800", msgid="<bk-2026-1211-wawancara.inv@borneokargo.co.id>",
                 text=inner_text, calendar=ics("REQUEST", ev), cal_carrier="attachment")
    tid = "1787412300000004411"
    t1 = """Selamat siang Mbak Putri,

Saya teruskan undangan wawancara user untuk posisi Supervisor Gudang (terlampir). Mohon konfirmasi kehadirannya ya.

Salam,
Yohanes Tandi
Recruitment Borneo Kargo
"""
    m1 = Mail(frm="Yohanes Tandi <yohanes.tandi@borneokargo.co.id>", to=cases_id.ME,
              subject="FW: Undangan Wawancara User - Supervisor Gudang", date="Fri, 4 Dec 2026 10:15:00 +0800",
              msgid="<BK.yt.20261204.1015@borneokargo.co.id>", text=t1, html=outlook_html(t1),
              forwarded=[(inner, None)], thrid=tid, labels="Inbox")
    t2 = """Selamat siang Pak Yohanes,

Terima kasih atas undangannya. Saya bersedia hadir pada hari Jumat, 11 Desember 2026 pukul 13.00 WITA.

Salam,
Putri Anggraini
"""
    m2 = Mail(frm=cases_id.ME, to="Yohanes Tandi <yohanes.tandi@borneokargo.co.id>",
              subject="Re: FW: Undangan Wawancara User - Supervisor Gudang", date="Fri, 4 Dec 2026 13:20:00 +0700",
              msgid="<CAPutri=yt.konf@mail.gmail.com>", in_reply_to="<BK.yt.20261204.1015@borneokargo.co.id>",
              references="<BK.yt.20261204.1015@borneokargo.co.id>", text=t2, html=gmail_html(t2), thrid=tid,
              labels="Sent")
    return mbox([m1, m2])
