"""Indonesian golden cases, fifth batch (held out: written and scored before the fixes they prompted)."""
from __future__ import annotations

from cases_id import ME, OWNER, case
from common import gmail_html, outlook_html
from mailkit import Event, Mail, eml, ics


@case("id_gcal_undangan_interview_hr_ics.eml", invite=True, start="2026-12-14T09:00:00+07:00", reply_to="novita@karyamaju.co.id",
      note="undangan Google Kalender 'Undangan: Interview HR @ Sen 14 Des 2026 09.00 - 10.00 (WIB)' dengan invite.ics")
def _():
    title = "Interview HR - Putri Anggraini"
    ev = Event(uid="zz99yy88xx77ww66vv55uu44tt@google.com", start="20261214T090000", end="20261214T100000", tzid="Asia/Jakarta",
               summary=title, organizer=("Novita Sari", "novita@karyamaju.co.id"), attendees=[("Putri Anggraini", OWNER, "NEEDS-ACTION")])
    text = f"""Anda telah diundang ke acara berikut.

{title}
Senin 14 Des 2026 \u22c5 09.00 \u2013 10.00
Waktu Indonesia Barat - Jakarta

Penyelenggara
Novita Sari

Undangan dari Google Kalender
"""
    return eml(Mail(frm="Novita Sari <novita@karyamaju.co.id>", sender="Google Calendar <calendar-notification@google.com>",
                    reply_to="novita@karyamaju.co.id", to=OWNER, subject=f"Undangan: {title} @ Sen 14 Des 2026 09.00 - 10.00 (WIB) ({OWNER})",
                    date="Mon, 7 Dec 2026 02:00:00 +0000", msgid="<calendar-5a5a5a5a-6b6b-4c7c-8d8d-9e9e9e9e9e9e@google.com>",
                    text=text, html=gmail_html(text), calendar=ics("REQUEST", ev)))


@case("id_surat_undangan_terlampir_pdf.eml", invite=True, start="2026-12-15T09:00:00+07:00", reply_to="hc@semenpadu.co.id",
      note="isi ringkas + surat undangan PDF terlampir: 'Interview dilaksanakan Selasa, 15 Desember 2026 pukul 09.00 WIB'")
def _():
    text = """Yth. Sdri. Putri Anggraini,

Bersama email ini kami lampirkan surat undangan interview untuk posisi Quality Control Staff. Interview dilaksanakan Selasa, 15 Desember 2026 pukul 09.00 WIB di Kantor Pusat PT Semen Padu Nusantara.

Atas perhatiannya kami ucapkan terima kasih.

Human Capital
PT Semen Padu Nusantara
"""
    return eml(Mail(frm="Human Capital Semen Padu <hc@semenpadu.co.id>", to=ME, subject="Surat Undangan Interview - Quality Control Staff",
                    date="Tue, 8 Dec 2026 13:00:00 +0700", msgid="<SPN.HC.1208@semenpadu.co.id>", text=text, html=outlook_html(text),
                    attachments=[("application/pdf", "Surat_Undangan_Interview.pdf", b"%PDF-1.4\n% placeholder\n%%EOF\n")]))


@case("id_portal_anda_diundang_jadwal.eml", invite=True, start="2026-12-16T10:00:00+07:00", reply_to="rekrutmen@anugerahtekstil.co.id",
      note="notifikasi portal 'Anda diundang untuk interview oleh PT ...' 'Jadwal: 16 Desember 2026, 10:00 WIB'")
def _():
    text = """Anda diundang untuk interview!

PT Anugerah Tekstil Indonesia mengundang Anda untuk interview posisi Merchandiser.

Jadwal: 16 Desember 2026, 10:00 WIB
Lokasi: Jl. Soekarno-Hatta No. 520, Bandung
Kontak: rekrutmen@anugerahtekstil.co.id

Semoga sukses!
Tim LokerPro
"""
    return eml(Mail(frm="LokerPro <notifikasi@lokerpro.example>", reply_to="rekrutmen@anugerahtekstil.co.id", to=ME,
                    subject="Anda diundang interview oleh PT Anugerah Tekstil Indonesia", date="Thu, 10 Dec 2026 08:00:00 +0700",
                    msgid="<lp-inv-77120@lokerpro.example>", text=text, html=gmail_html(text)))


@case("id_pukul_koma.eml", invite=True, start="2026-12-17T10:00:00+07:00", reply_to="agnes@mitrasolusi.co.id",
      note="jam dengan koma: 'Kamis, 17 Desember 2026, pukul 10,00 WIB'")
def _():
    text = """Selamat siang Putri,

Kami mengundang Anda untuk mengikuti wawancara posisi Staf Pajak pada Kamis, 17 Desember 2026, pukul 10,00 WIB secara daring melalui Zoom.

Hormat kami,
Agnes
HRD PT Mitra Solusi Pajak
"""
    return eml(Mail(frm="Agnes Lim <agnes@mitrasolusi.co.id>", to=ME, subject="Undangan Wawancara Staf Pajak",
                    date="Fri, 11 Dec 2026 12:00:00 +0700", msgid="<MSP.HRD.1211@mitrasolusi.co.id>", text=text, html=outlook_html(text)))


@case("id_lamaran_dilihat_perekrut.eml", invite=False,
      note="notifikasi portal 'lamaran Anda telah dilihat oleh perekrut' -> bukan undangan")
def _():
    text = """Kabar baik, Putri!

Lamaran Anda untuk posisi Digital Marketing Specialist di PT Cahaya Kreasi telah dilihat oleh perekrut pada 9 Desember 2026 pukul 14.32 WIB.

Tips: Pastikan profil Anda lengkap agar peluang dipanggil interview lebih besar.

Salam,
Tim LokerPro
"""
    return eml(Mail(frm="LokerPro <notifikasi@lokerpro.example>", to=ME, subject="Lamaran Anda telah dilihat perekrut",
                    date="Wed, 9 Dec 2026 14:40:00 +0700", msgid="<lp-view-88123@lokerpro.example>", text=text, html=gmail_html(text)))


@case("id_penolakan_setelah_psikotes.eml", invite=False,
      note="penolakan halus setelah psikotes: 'Anda belum memenuhi kualifikasi untuk mengikuti tahap interview'")
def _():
    text = """Yth. Putri Anggraini,

Terima kasih telah mengikuti psikotes pada 5 Desember 2026. Berdasarkan hasil evaluasi, mohon maaf Anda belum memenuhi kualifikasi untuk mengikuti tahap interview selanjutnya.

Kami menghargai minat Anda dan semoga sukses di kesempatan lain.

Salam,
Tim Rekrutmen PT Bumi Energi
"""
    return eml(Mail(frm="Rekrutmen Bumi Energi <rekrutmen@bumienergi.co.id>", to=ME, subject="Hasil Psikotes",
                    date="Thu, 10 Dec 2026 10:00:00 +0700", msgid="<BE.REK.1210@bumienergi.co.id>", text=text, html=gmail_html(text)))
