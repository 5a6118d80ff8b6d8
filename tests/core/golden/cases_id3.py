"""Indonesian golden cases, third batch (held out: written and scored before the fixes they prompted)."""
from __future__ import annotations

from cases_id import ME, OWNER, case
from common import gmail_html, gmail_quote_header, outlook_html
from mailkit import Mail, eml, mbox, quote


@case("id_portal_tanggal_waktu_tanpa_zona.eml", invite=True, start="2026-12-15T10:00:00+07:00", reply_to="hrd@sumbermakmur.co.id",
      note="portal: 'Tanggal interview: 15 Des 2026', 'Waktu: 10:00 - 11:00' tanpa zona; Date header +0700 -> WIB")
def _():
    text = """Halo Putri Anggraini,

Perusahaan PT Sumber Makmur Sejahtera mengundang kamu untuk interview untuk lowongan Staff Admin Penjualan.

Tanggal interview: 15 Des 2026
Waktu: 10:00 - 11:00
Lokasi: Jl. Gajah Mada No. 100, Jakarta Barat
Catatan dari perusahaan: Harap membawa CV dan ijazah terakhir.

Balas pesan ini jika ada pertanyaan untuk perusahaan.
"""
    return eml(Mail(frm="JobKita <noreply@jobkita.example>", reply_to="hrd@sumbermakmur.co.id", to=ME,
                    subject="Undangan interview dari PT Sumber Makmur Sejahtera", date="Wed, 9 Dec 2026 11:00:00 +0700",
                    msgid="<jk-inv-55190@jobkita.example>", text=text, html=gmail_html(text)))


@case("id_interview_malam_zoom.eml", invite=True, start="2026-12-17T19:30:00+07:00", reply_to="reza@kelasbaik.id",
      note="interview malam: 'hari Kamis, 17 Desember 2026 pukul 19.30 WIB'")
def _():
    text = """Halo Kak Putri,

Terima kasih sudah mendaftar sebagai Pengajar Paruh Waktu di KelasBaik. Karena Kakak masih kuliah, interview kami jadwalkan di luar jam kuliah, yaitu hari Kamis, 17 Desember 2026 pukul 19.30 WIB via Zoom.

Link Zoom akan kami kirim di hari H.

Salam,
Reza - Tim Rekrutmen KelasBaik
"""
    return eml(Mail(frm="Reza Pahlevi <reza@kelasbaik.id>", to=ME, subject="Jadwal interview Pengajar Paruh Waktu",
                    date="Fri, 11 Dec 2026 15:00:00 +0700", msgid="<CAKelas+rp.ajar@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("id_pengumuman_lolos_interview_user.eml", invite=True, start="2026-12-18T13:00:00+07:00", reply_to="recruitment@tirtamulia.co.id",
      note="pengumuman lolos interview HR lalu undangan interview user 'Jumat, 18 Desember 2026 pukul 13.00 - 14.00 WIB'")
def _():
    text = """Dear Putri Anggraini,

Selamat! Berdasarkan hasil interview HR kemarin, Anda dinyatakan lolos ke tahap berikutnya, yaitu interview user bersama Manager Produksi.

Jadwal interview user:
Jumat, 18 Desember 2026 pukul 13.00 - 14.00 WIB
Lokasi: Pabrik PT Tirta Mulia, Jl. Raya Bogor Km. 30, Cibinong

Mohon konfirmasi kehadiran Anda dengan membalas email ini.

Best regards,
Recruitment PT Tirta Mulia
"""
    return eml(Mail(frm="Recruitment Tirta Mulia <recruitment@tirtamulia.co.id>", to=ME, subject="Pengumuman Hasil Interview HR",
                    date="Fri, 11 Dec 2026 09:00:00 +0700", msgid="<TM.REC.1211.0900@tirtamulia.co.id>", text=text, html=outlook_html(text)))


@case("id_body_indonesia_tanggal_inggris.eml", invite=True, start="2026-12-14T10:00:00+07:00", reply_to="claudia@bintangtimur.co.id",
      note="isi berbahasa Indonesia dengan tanggal gaya Inggris 'Monday, 14 December 2026 at 10.00 WIB'")
def _():
    text = """Hi Putri,

Terima kasih sudah apply untuk posisi Business Analyst di Bintang Timur. Kami ingin mengundang kamu untuk interview dengan tim kami pada Monday, 14 December 2026 at 10.00 WIB di kantor kami (Plaza Bintang Lt. 12, Sudirman).

Mohon konfirmasi kehadirannya ya.

Regards,
Claudia
Talent Acquisition Bintang Timur
"""
    return eml(Mail(frm="Claudia Wijaya <claudia@bintangtimur.co.id>", to=ME, subject="Interview Invitation - Business Analyst",
                    date="Tue, 8 Dec 2026 10:00:00 +0700", msgid="<CABintang+cw.ba@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("id_thread_jadi_besok_jam_9.mbox", invite=True, start="2026-12-10T09:00:00+07:00", accepted=True,
      reply_to="dani@warungdigital.id",
      note="percakapan informal: HR 'interview-nya jadi besok ya jam 9', pemilik 'Oke Mas, siap!'")
def _():
    t1 = """Halo Putri, interview-nya jadi besok ya jam 9 pagi di kantor kami (Ruko Golden Boulevard Blok C-12, BSD). Nanti tanya resepsionis aja, bilang mau ketemu Mas Dani.

Dani
Warung Digital
"""
    t2 = """Oke Mas, siap! Terima kasih infonya.

Putri
""" + quote(t1, gmail_quote_header("Rab, 9 Des 2026 pukul 14.00", "Dani Firmansyah <dani@warungdigital.id>", "id"))
    tid = "1787300444555666777"
    m1 = Mail(frm="Dani Firmansyah <dani@warungdigital.id>", to=ME, subject="Interview besok", date="Wed, 9 Dec 2026 14:00:00 +0700",
              msgid="<CAWarung+df.1@mail.gmail.com>", text=t1, thrid=tid, labels="Inbox")
    m2 = Mail(frm=ME, to="Dani Firmansyah <dani@warungdigital.id>", subject="Re: Interview besok", date="Wed, 9 Dec 2026 14:20:00 +0700",
              msgid="<CAPutri=df.2@mail.gmail.com>", in_reply_to="<CAWarung+df.1@mail.gmail.com>", references="<CAWarung+df.1@mail.gmail.com>",
              text=t2, thrid=tid, labels="Sent")
    return mbox([m1, m2])


@case("id_medical_check_up_setelah_diterima.eml", invite=False,
      note="jadwal medical check-up setelah diterima (menyebut hasil interview), ada tanggal dan jam -> bukan undangan interview")
def _():
    text = """Dear Putri,

Menindaklanjuti hasil interview dan penawaran kerja yang telah Anda setujui, mohon hadir untuk Medical Check Up (MCU) pra-kerja pada:

Senin, 14 Desember 2026 pukul 07.30 WIB
Klinik Prodia Kramat, Jl. Kramat Raya No. 150, Jakarta Pusat
Puasa 10 jam sebelum pemeriksaan.

Hasil MCU akan dikirim langsung ke tim HR.

Salam,
HR Onboarding PT Kapuas Prima
"""
    return eml(Mail(frm="HR Onboarding Kapuas Prima <onboarding@kapuasprima.co.id>", to=ME, subject="Jadwal Medical Check Up Pra-Kerja",
                    date="Wed, 9 Dec 2026 10:00:00 +0700", msgid="<KP.ONB.1209@kapuasprima.co.id>", text=text, html=gmail_html(text)))


@case("id_info_lowongan_dari_teman.eml", invite=False,
      note="teman membagikan info lowongan: 'interview mulai minggu depan' -> bukan undangan untuk pemilik")
def _():
    text = """Put, kantorku lagi buka lowongan Content Specialist nih. Katanya interview mulai minggu depan hari Senin jam 10 pagi buat batch pertama. Kalau minat, kirim CV ke aku ya, nanti aku referensikan.

Sinta
"""
    return eml(Mail(frm="Sinta Dewi <sinta.dewi93@gmail.com>", to=ME, subject="info loker", date="Wed, 9 Dec 2026 20:00:00 +0700",
                    msgid="<CASinta+loker@mail.gmail.com>", text=text, html=gmail_html(text)))
