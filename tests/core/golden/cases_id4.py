"""Indonesian golden cases, fourth batch (held out except the first, which documents the owner-proposal rule)."""
from __future__ import annotations

from cases_id import ME, OWNER, case
from common import gmail_html, gmail_quote_header, outlook_html
from mailkit import Mail, eml, mbox, quote


@case("id_pemilik_usul_jam_hr_setuju.mbox", invite=True, start="2026-12-11T13:00:00+07:00", accepted=True,
      reply_to="irma@sehatmandiri.co.id",
      note="HR menanyakan waktu; pemilik mengusulkan 'Jumat, 11 Desember 2026 pukul 13.00 WIB'; HR: 'Baik, kami tunggu' -> waktu itu, accepted")
def _():
    t1 = """Halo Putri,

Kami ingin mengundang Anda untuk interview posisi Apoteker Pendamping. Kapan waktu yang memungkinkan bagi Anda minggu depan?

Salam,
Irma - HRD Apotek Sehat Mandiri
"""
    t2 = """Selamat siang Bu Irma,

Terima kasih atas undangannya. Saya bisa hadir pada Jumat, 11 Desember 2026 pukul 13.00 WIB, apakah waktu tersebut memungkinkan?

Hormat saya,
Putri
""" + quote(t1, gmail_quote_header("Kam, 3 Des 2026 pukul 10.00", "Irma Suryani <irma@sehatmandiri.co.id>", "id"))
    t3 = """Baik Putri, kami tunggu kehadirannya di hari Jumat. Terima kasih.

Irma
""" + quote(t2, gmail_quote_header("Kam, 3 Des 2026 pukul 12.30", "Putri Anggraini <putri.anggraini@gmail.com>", "id"))
    tid = "1787500666777888999"
    m1 = Mail(frm="Irma Suryani <irma@sehatmandiri.co.id>", to=ME, subject="Undangan interview Apoteker Pendamping",
              date="Thu, 3 Dec 2026 10:00:00 +0700", msgid="<ASM.HRD.1203.1000@sehatmandiri.co.id>", text=t1, thrid=tid, labels="Inbox")
    m2 = Mail(frm=ME, to="Irma Suryani <irma@sehatmandiri.co.id>", subject="Re: Undangan interview Apoteker Pendamping",
              date="Thu, 3 Dec 2026 12:30:00 +0700", msgid="<CAPutri=is.2@mail.gmail.com>", in_reply_to="<ASM.HRD.1203.1000@sehatmandiri.co.id>",
              references="<ASM.HRD.1203.1000@sehatmandiri.co.id>", text=t2, thrid=tid, labels="Sent")
    m3 = Mail(frm="Irma Suryani <irma@sehatmandiri.co.id>", to=ME, subject="Re: Undangan interview Apoteker Pendamping",
              date="Thu, 3 Dec 2026 14:00:00 +0700", msgid="<ASM.HRD.1203.1400@sehatmandiri.co.id>", in_reply_to="<CAPutri=is.2@mail.gmail.com>",
              references="<ASM.HRD.1203.1000@sehatmandiri.co.id> <CAPutri=is.2@mail.gmail.com>", text=t3, thrid=tid, labels="Inbox")
    return mbox([m1, m2, m3])


@case("id_besok_lusa_jam_10.eml", invite=True, start="2026-12-10T10:00:00+07:00", reply_to="hr@nusaprint.co.id",
      note="'besok lusa jam 10 pagi' (lusa) ditulis Selasa 8 Des -> Kamis 10 Des")
def _():
    text = """Halo Putri,

Terima kasih sudah melamar di Nusa Print. Kami mengundang kamu interview besok lusa jam 10 pagi di workshop kami, Jl. Percetakan Negara No. 21.

Salam,
HR Nusa Print
"""
    return eml(Mail(frm="HR Nusa Print <hr@nusaprint.co.id>", to=ME, subject="Undangan interview Desainer Grafis",
                    date="Tue, 8 Dec 2026 15:00:00 +0700", msgid="<CANusa+hr.dg@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("id_pukul_1_siang_tanpa_menit.eml", invite=True, start="2026-12-16T13:00:00+07:00", reply_to="yuni@bengkelkode.id",
      note="'Rabu, 16 Desember 2026 pukul 1 siang' -> 13:00")
def _():
    text = """Hai Putri,

Kami dari Bengkel Kode ingin mengajak kamu untuk technical interview posisi Junior Backend Developer pada Rabu, 16 Desember 2026 pukul 1 siang via Google Meet.

Yuni
Bengkel Kode
"""
    return eml(Mail(frm="Yuni Astuti <yuni@bengkelkode.id>", to=ME, subject="Technical interview - Bengkel Kode",
                    date="Fri, 11 Dec 2026 10:00:00 +0700", msgid="<CABengkel+ya.ti@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("id_kamis_ini_pukul_10.eml", invite=True, start="2026-12-10T10:00:00+07:00", reply_to="rani@lautbiru.co.id",
      note="'hari Kamis ini pukul 10.00 WIB' ditulis Senin 7 Des -> Kamis 10 Des")
def _():
    text = """Selamat pagi Mbak Putri,

Terima kasih atas lamarannya untuk posisi Staf Ekspor Impor. Kami mengundang Mbak untuk interview pada hari Kamis ini pukul 10.00 WIB di kantor PT Laut Biru Ekspres, Tanjung Priok.

Salam,
Rani
HRD PT Laut Biru Ekspres
"""
    return eml(Mail(frm="Rani Oktaviani <rani@lautbiru.co.id>", to=ME, subject="Undangan Interview Staf Ekspor Impor",
                    date="Mon, 7 Dec 2026 08:30:00 +0700", msgid="<LBE.HRD.1207@lautbiru.co.id>", text=text, html=outlook_html(text)))


@case("id_rapat_evaluasi_hasil_interview.eml", invite=False,
      note="undangan rapat evaluasi hasil interview kandidat untuk para pewawancara (pemilik sebagai user/penilai) -> bukan undangan interview")
def _():
    text = """Dear Bapak/Ibu User,

Mengundang Bapak/Ibu untuk hadir pada rapat evaluasi hasil interview kandidat Management Trainee batch 2 pada:

Hari/Tanggal : Rabu, 16 Desember 2026
Waktu        : 15.00 - 16.00 WIB
Tempat       : Ruang Rapat Anggrek, Lt. 8

Mohon membawa form penilaian kandidat yang sudah diisi.

Terima kasih,
Talent Acquisition
"""
    return eml(Mail(frm="Talent Acquisition <ta@gmail.com>", to=ME, subject="Undangan Rapat Evaluasi Hasil Interview MT Batch 2",
                    date="Thu, 10 Dec 2026 09:00:00 +0700", msgid="<CATA+eval.mt2@mail.gmail.com>", text=text, html=gmail_html(text)))
