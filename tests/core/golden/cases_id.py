"""Indonesian golden cases (owner: Putri Anggraini <putri.anggraini@gmail.com>). Mail text is original, written
for these tests, in the registers real Indonesian recruiting mail uses (formal letters, portals, informal chat)."""
from __future__ import annotations

from common import gmail_html, gmail_quote_header, outlook_html, transport
from mailkit import Event, Mail, eml, ics, mbox, quote

OWNER = "putri.anggraini@gmail.com"
ME = "Putri Anggraini <putri.anggraini@gmail.com>"
_CASES: dict = {}


def case(name: str, *, invite: bool, start: str | None = None, accepted: bool = False, lang: str = "id",
         reply_to: str | None = None, note: str):
    def deco(fn):
        _CASES[name] = (fn, {"is_invite": invite, "interview_start": start, "accepted": accepted, "language": lang,
                             "reply_to": reply_to, "note": note})
        return fn
    return deco


def build() -> dict:
    return {name: (fn(), truth) for name, (fn, truth) in _CASES.items()}


# ============================================================================================ positives

@case("id_psikotes_dan_interview_wib.eml", invite=True, start="2026-12-08T08:00:00+07:00", reply_to="rekrutmen@sentosapangan.co.id",
      note="surat undangan formal 'psikotes dan interview': Hari/Tanggal + Waktu '08.00 WIB - selesai'; batas konfirmasi "
           "'paling lambat Jumat, 4 Desember 2026 pukul 15.00 WIB', pas foto 3x4 dan nomor telepon sebagai pengecoh")
def _():
    text = """Kepada Yth.
Sdri. Putri Anggraini
di Tempat

Dengan hormat,

Berdasarkan hasil seleksi administrasi, kami mengundang Saudari untuk mengikuti tahap Psikotes dan Interview posisi Staff Accounting di PT Sentosa Pangan Nusantara, yang akan dilaksanakan pada:

Hari/Tanggal : Selasa, 8 Desember 2026
Waktu        : 08.00 WIB - selesai
Tempat       : Gedung Sentosa Lt. 3, Jl. Raya Bekasi Km. 21, Cakung, Jakarta Timur

Harap membawa:
1. Alat tulis (pensil 2B, penghapus)
2. CV terbaru dan fotokopi KTP
3. Pas foto ukuran 3x4 sebanyak 2 lembar

Mohon konfirmasi kehadiran paling lambat Jumat, 4 Desember 2026 pukul 15.00 WIB dengan membalas email ini atau melalui WhatsApp ke 0813-8800-2417 (Ibu Wulan).

Demikian undangan ini kami sampaikan. Atas perhatiannya kami ucapkan terima kasih.

Hormat kami,
Tim Rekrutmen
PT Sentosa Pangan Nusantara
"""
    return eml(Mail(frm="Rekrutmen Sentosa Pangan <rekrutmen@sentosapangan.co.id>", to=ME,
                    subject="Undangan Psikotes dan Interview - Staff Accounting", date="Mon, 30 Nov 2026 10:14:03 +0700",
                    msgid="<20261130031403.5521.rekrutmen@sentosapangan.co.id>", text=text, html=outlook_html(text)))


@case("id_undangan_hari_tanggal_waktu_selesai.eml", invite=True, start="2026-12-17T09:30:00+08:00", reply_to="hrd@bosowamaritim.co.id",
      note="undangan dari Makassar: 'Hari, tanggal : Kamis, 17 Desember 2026' dan 'Pukul : 09.30 WITA s.d. selesai'")
def _():
    text = """Selamat siang Ibu Putri,

Terima kasih atas lamaran yang telah Ibu kirimkan. Bersama ini kami mengundang Ibu untuk hadir pada wawancara kerja posisi Supervisor Logistik dengan rincian sebagai berikut:

Hari, tanggal : Kamis, 17 Desember 2026
Pukul         : 09.30 WITA s.d. selesai
Tempat        : Kantor Pusat PT Bosowa Maritim Logistik, Jl. Urip Sumoharjo No. 188, Makassar
Pakaian       : Kemeja putih, celana/rok hitam, sepatu pantofel
Contact person: Andi Nurfadillah (0852-5511-8030)

Kami mohon Ibu dapat hadir 15 menit sebelum acara dimulai.

Salam,
HRD PT Bosowa Maritim Logistik
"""
    return eml(Mail(frm="HRD Bosowa Maritim <hrd@bosowamaritim.co.id>", to=ME, subject="Undangan Wawancara Kerja - Supervisor Logistik",
                    date="Fri, 11 Dec 2026 13:02:45 +0800", msgid="<a7c1e9f2b3d44e5f@bosowamaritim.co.id>", text=text,
                    html=gmail_html(text)))


@case("id_reminder_besok_jam_2_siang.eml", invite=True, start="2026-12-03T14:00:00+07:00", reply_to="nadia@tokoterang.id",
      note="pengingat informal 'besok jam 2 siang' ditulis Rabu 2 Des 2026 16:40 +0700 -> Kamis 3 Des 14:00 WIB")
def _():
    text = """Halo Putri,

Mengingatkan kembali ya, besok jam 2 siang ada interview user dengan Mas Fajar (Head of Marketing) via Google Meet. Linknya: https://meet.google.com/ttr-hbqz-wnm

Durasinya sekitar 45 menit. Kalau ada kendala, kabari aku aja ya.

Thanks!
Nadia
People Team - Toko Terang
"""
    return eml(Mail(frm="Nadia Rahmawati <nadia@tokoterang.id>", to=ME, subject="Reminder interview user besok",
                    date="Wed, 2 Dec 2026 16:40:12 +0700", msgid="<CATerang+nr.rem@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("id_salary_and_phone_distractors.eml", invite=True, start="2026-11-30T13:30:00+07:00", reply_to="talent@arunikafinance.co.id",
      note="gaji 'Rp 15.000.000 - Rp 18.000.000', nomor telepon, ID rapat dan nomor referensi sebagai pengecoh; wawancara "
           "'Senin, 30 November 2026 pukul 13.30 WIB'")
def _():
    text = """Halo Putri Anggraini,

Terima kasih sudah melamar posisi Credit Risk Analyst (No. Ref: ARF/REC/2026/1130) di PT Arunika Finance. Kami ingin mengundang kamu untuk interview online bersama tim Risk Management.

Jadwal interview:
Senin, 30 November 2026 pukul 13.30 WIB (durasi kurang lebih 60 menit)
Zoom: https://arunika.zoom.us/j/84512903341
Meeting ID: 845 1290 3341
Passcode: 271126

Sebagai gambaran, kisaran gaji untuk posisi ini adalah Rp 15.000.000 - Rp 18.000.000 per bulan, ditambah tunjangan kesehatan dan cuti 12 hari per tahun.

Jika ada pertanyaan, silakan hubungi kami di (021) 5551234 atau WhatsApp 0812-3456-7890.

Salam hangat,
Talent Acquisition PT Arunika Finance
"""
    return eml(Mail(frm="Talent Acquisition Arunika <talent@arunikafinance.co.id>", to=ME,
                    subject="Undangan Interview Online - Credit Risk Analyst", date="Tue, 24 Nov 2026 15:20:00 +0700",
                    msgid="<CAArunika+ta.1130@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("id_senin_depan_relative.eml", invite=True, start="2026-11-30T10:00:00+07:00", reply_to="yudi.prasetyo@lintasdata.co.id",
      note="relatif 'Senin depan pukul 10.00 WIB' ditulis Rabu 25 Nov 2026 -> Senin 30 Nov")
def _():
    text = """Selamat sore Mbak Putri,

Terima kasih atas waktunya untuk tes online kemarin. Hasilnya bagus, dan kami ingin lanjut ke tahap interview HR. Interviewnya kami jadwalkan Senin depan pukul 10.00 WIB di kantor kami, Menara Lintas Lt. 9, Kuningan.

Mohon konfirmasi kehadirannya ya Mbak.

Salam,
Yudi Prasetyo
HR Business Partner - PT Lintas Data Indonesia
"""
    return eml(Mail(frm="Yudi Prasetyo <yudi.prasetyo@lintasdata.co.id>", to=ME, subject="Jadwal Interview HR",
                    date="Wed, 25 Nov 2026 16:05:51 +0700", msgid="<CALintas+yp.hr@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("id_lusa_jam_sembilan_pagi.eml", invite=True, start="2026-12-09T09:00:00+07:00", reply_to="recruitment@sagarakreatif.com",
      note="relatif 'lusa jam 9 pagi' ditulis Senin 7 Des 2026 -> Rabu 9 Des 09:00 WIB")
def _():
    text = """Dear Putri,

Kami dari Sagara Kreatif ingin mengundang kamu untuk interview posisi Graphic Designer. Bisa datang lusa jam 9 pagi ke studio kami di Jl. Kemang Raya No. 12? Bawa portofolio terbaik kamu ya (cetak atau di laptop).

Ditunggu kabarnya!

Regards,
Recruitment Sagara Kreatif
"""
    return eml(Mail(frm="Recruitment Sagara Kreatif <recruitment@sagarakreatif.com>", to=ME,
                    subject="Interview Graphic Designer - Sagara Kreatif", date="Mon, 7 Dec 2026 11:32:08 +0700",
                    msgid="<CASagara+rk.gd@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("id_tgl_numeric_dmy_pkl.eml", invite=True, start="2026-12-11T13:00:00+07:00", reply_to="sdm@bprmitrausaha.co.id",
      note="tanggal angka 'tgl 11/12/2026 pkl 13.00 WIB' dalam surat berbahasa Indonesia -> hari dulu (11 Des), bukan 12 Nov")
def _():
    text = """Yth. Sdri. Putri Anggraini,

Menindaklanjuti lamaran Saudari, bersama ini kami sampaikan panggilan wawancara untuk posisi Customer Service:

tgl 11/12/2026 pkl 13.00 WIB
di Kantor Pusat BPR Mitra Usaha, Jl. Pahlawan No. 45, Semarang

Harap membawa berkas lamaran asli. Konfirmasi kehadiran dapat disampaikan melalui balasan email ini.

Hormat kami,
Bagian SDM
PT BPR Mitra Usaha
"""
    return eml(Mail(frm="SDM BPR Mitra Usaha <sdm@bprmitrausaha.co.id>", to=ME, subject="Panggilan Wawancara - Customer Service",
                    date="Mon, 9 Nov 2026 08:45:00 +0700", msgid="<20261109014500.SDM.0931@bprmitrausaha.co.id>", text=text, cte="7bit"))


@case("id_gcal_undangan_ics_jakarta.eml", invite=True, start="2026-12-10T10:00:00+07:00", reply_to="siska.wijaya@nusakirana.com",
      note="undangan Google Kalender berbahasa Indonesia ('Undangan: ... @ Kam 10 Des 2026 10.00 - 11.00 (WIB)') dengan .ics Asia/Jakarta")
def _():
    title = "Interview User - Putri Anggraini (Business Analyst)"
    ev = Event(uid="1n2k3j4h5g6f7d8s9a0qwertyu@google.com", start="20261210T100000", end="20261210T110000", tzid="Asia/Jakarta",
               summary=title, organizer=("Siska Wijaya", "siska.wijaya@nusakirana.com"),
               attendees=[("Siska Wijaya", "siska.wijaya@nusakirana.com", "ACCEPTED"), ("Putri Anggraini", OWNER, "NEEDS-ACTION"),
                          ("Bima Santoso", "bima.santoso@nusakirana.com", "ACCEPTED")],
               description="Interview dengan Bapak Bima Santoso (Head of Operations).")
    text = f"""Anda telah diundang ke acara berikut.

{title}
Kamis 10 Des 2026 \u22c5 10.00 \u2013 11.00
Waktu Indonesia Barat - Jakarta

Info bergabung dengan Google Meet
Link video call: https://meet.google.com/nks-pgtu-bxa

Interview dengan Bapak Bima Santoso (Head of Operations).

Penyelenggara
Siska Wijaya
siska.wijaya@nusakirana.com

Tamu
Siska Wijaya - penyelenggara
Bima Santoso
{OWNER}

Undangan dari Google Kalender
"""
    return eml(Mail(frm="Siska Wijaya <siska.wijaya@nusakirana.com>", sender="Google Calendar <calendar-notification@google.com>",
                    reply_to="siska.wijaya@nusakirana.com", to=OWNER,
                    subject=f"Undangan: {title} @ Kam 10 Des 2026 10.00 - 11.00 (WIB) ({OWNER})",
                    date="Thu, 3 Dec 2026 03:10:44 +0000", msgid="<calendar-b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e@google.com>",
                    text=text, html=gmail_html(text), calendar=ics("REQUEST", ev)))


@case("id_html_only_portal_reply_to.eml", invite=True, start="2026-12-16T14:00:00+07:00", reply_to="hr@teraskopi.co.id",
      note="portal lowongan (HTML saja, kartu/tabel), pengirim no-reply dengan Reply-To HR; 'Rabu, 16 Desember 2026' dan "
           "'14:00 - 15:00 WIB' di sel tabel")
def _():
    html = """<html><body style="margin:0;background:#eef2f7;font-family:Roboto,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px">
<tr><td style="background:#0b5cab;color:#fff;padding:16px 24px;font-size:18px">KarirHub</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333">
<p>Hai Putri Anggraini,</p>
<p>Selamat! Lamaran kamu untuk posisi <b>Area Marketing Executive</b> di <b>PT Teras Kopi Nusantara</b> lolos ke tahap berikutnya. Perusahaan mengundang kamu untuk wawancara:</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #dde3ea;font-size:14px">
<tr><td style="color:#777">Tanggal</td><td>Rabu, 16 Desember 2026</td></tr>
<tr><td style="color:#777">Jam</td><td>14:00 - 15:00 WIB</td></tr>
<tr><td style="color:#777">Metode</td><td>Tatap muka</td></tr>
<tr><td style="color:#777">Alamat</td><td>Jl. Cikini Raya No. 60, Menteng, Jakarta Pusat</td></tr>
</table>
<p>Klik tombol di bawah untuk konfirmasi kehadiran, atau balas email ini untuk menghubungi HR perusahaan.</p>
<p><a href="https://karirhub.example/lamaran/88123/konfirmasi" style="background:#0b5cab;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Konfirmasi Hadir</a></p>
<p style="color:#999;font-size:12px">Email ini dikirim otomatis oleh KarirHub. Jangan membalas ke alamat no-reply.</p>
</td></tr></table></td></tr></table></body></html>
"""
    return eml(Mail(frm="KarirHub <no-reply@karirhub.example>", reply_to="HR Teras Kopi <hr@teraskopi.co.id>", to=ME,
                    subject="Undangan wawancara dari PT Teras Kopi Nusantara", date="Thu, 10 Dec 2026 09:00:31 +0700",
                    msgid="<kh.88123.20261210020031@mail.karirhub.example>", html=html))


@case("id_interview_user_wit_jayapura.eml", invite=True, start="2026-12-11T10:00:00+09:00", reply_to="hr@papuaenergi.co.id",
      note="'Jumat, 11 Desember 2026, pukul 10.00 WIT' dari HR yang Date-nya +0700 -> WIT = +09:00 (bukan +07:00)")
def _():
    text = """Selamat pagi Saudari Putri,

Kami informasikan bahwa Saudari lolos ke tahap interview user untuk posisi Safety Officer di site Jayapura. Interview akan dilaksanakan secara online pada Jumat, 11 Desember 2026, pukul 10.00 WIT (08.00 WIB) melalui Microsoft Teams. Tautan akan dikirimkan H-1.

Atas perhatiannya kami ucapkan terima kasih.

Salam,
HR Recruitment
PT Papua Energi Lestari (kantor perwakilan Jakarta)
"""
    return eml(Mail(frm="HR Recruitment Papua Energi <hr@papuaenergi.co.id>", to=ME, subject="Interview User - Safety Officer (Jayapura)",
                    date="Fri, 4 Dec 2026 08:12:00 +0700", msgid="<PEL.HR.20261204.0812@papuaenergi.co.id>", text=text,
                    html=outlook_html(text)))


@case("id_campur_inggris_besok_jam_10.eml", invite=True, start="2026-12-04T10:00:00+07:00", reply_to="kevin@ruangtumbuh.id",
      note="campur Indonesia-Inggris ala startup: 'invite kamu untuk HR interview besok jam 10 ya' ditulis Kamis 3 Des malam")
def _():
    text = """Hi Putri!

Kenalin, aku Kevin dari tim People Ruang Tumbuh. Kami mau invite kamu untuk HR interview besok jam 10 ya, via GMeet. Link-nya nanti aku share sejam sebelumnya.

Santai aja, ngobrol-ngobrol soal pengalaman kamu dan ekspektasi kamu. Thanks!

Kevin
"""
    return eml(Mail(frm="Kevin Halim <kevin@ruangtumbuh.id>", to=ME, subject="HR interview - Ruang Tumbuh",
                    date="Thu, 3 Dec 2026 19:20:00 +0700", msgid="<CARuang+kh.hr@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("id_setengah_tiga_sore.eml", invite=True, start="2026-12-04T14:30:00+07:00", reply_to="dewi.kartika@griyasehat.co.id",
      note="'hari Jumat, 4 Desember 2026 jam setengah 3 sore' -> 14:30 WIB (setengah N = N-1 lewat 30)")
def _():
    text = """Selamat siang Kak Putri,

Menindaklanjuti lamaran Kakak untuk posisi Admin Klinik, kami ingin mengundang Kakak untuk wawancara pada hari Jumat, 4 Desember 2026 jam setengah 3 sore di Klinik Griya Sehat cabang Tebet (Jl. Tebet Raya No. 8).

Mohon balas email ini untuk konfirmasi ya Kak.

Terima kasih,
Dewi Kartika
HRD Griya Sehat
"""
    return eml(Mail(frm="Dewi Kartika <dewi.kartika@griyasehat.co.id>", to=ME, subject="Undangan wawancara Admin Klinik",
                    date="Mon, 30 Nov 2026 12:40:00 +0700", msgid="<CAGriya+dk.adm@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("id_tanggal_tanpa_hari_wita.eml", invite=True, start="2026-12-15T13:30:00+08:00", reply_to="rekrutmen@borneokarya.co.id",
      note="'pada tanggal 15 Desember 2026 jam 13:30 WITA' tanpa nama hari, Date header +0700 -> +08:00")
def _():
    text = """Dengan hormat,

Sehubungan dengan proses rekrutmen Management Trainee PT Borneo Karya Mandiri, kami mengundang Saudari Putri Anggraini untuk mengikuti wawancara tahap akhir bersama Direksi pada tanggal 15 Desember 2026 jam 13:30 WITA bertempat di kantor Balikpapan, Jl. Jenderal Sudirman No. 29.

Biaya transportasi akan diganti sesuai ketentuan perusahaan.

Hormat kami,
Divisi Rekrutmen
PT Borneo Karya Mandiri
"""
    return eml(Mail(frm="Rekrutmen Borneo Karya <rekrutmen@borneokarya.co.id>", to=ME,
                    subject="Undangan Wawancara Tahap Akhir - Management Trainee", date="Mon, 7 Dec 2026 14:00:00 +0700",
                    msgid="<BKM.REK.1207.1400@borneokarya.co.id>", text=text, html=outlook_html(text)))


@case("id_base64_latin1_tes_tertulis.eml", invite=True, start="2026-12-12T07:30:00+07:00", reply_to="panitia.seleksi@rsmitrahusada.co.id",
      note="body ISO-8859-1 base64; 'Panggilan Tes Tertulis dan Wawancara' 'Sabtu, 12 Desember 2026, pkl. 07.30 WIB'")
def _():
    text = """Kepada Yth. Sdri. Putri Anggraini

Dengan hormat,
Panitia Seleksi Tenaga Administrasi RS Mitra Husada memanggil Saudari untuk mengikuti tes tertulis dan wawancara pada:

Sabtu, 12 Desember 2026, pkl. 07.30 WIB
Aula Lantai 2 RS Mitra Husada, Jl. Kaliurang Km. 7, Yogyakarta

Peserta wajib hadir 30 menit sebelum tes dimulai dan membawa kartu identitas. Peserta yang terlambat lebih dari 15 menit dianggap gugur.

Panitia Seleksi
RS Mitra Husada
"""
    return eml(Mail(frm="Panitia Seleksi RS Mitra Husada <panitia.seleksi@rsmitrahusada.co.id>", to=ME,
                    subject="Panggilan Tes Tertulis dan Wawancara", date="Tue, 8 Dec 2026 10:00:00 +0700",
                    msgid="<rsmh.seleksi.20261208@rsmitrahusada.co.id>", text=text, charset="iso-8859-1", cte="base64"))


@case("id_pilih_slot_jadwal.eml", invite=True, start=None, reply_to="farah@digitalmekar.id",
      note="tiga pilihan jadwal bernomor, 'balas dengan nomor pilihan' -> belum ada waktu pasti (null)")
def _():
    text = """Halo Putri,

Terima kasih sudah mendaftar sebagai Content Writer di Digital Mekar. Kami ingin mengundang kamu untuk interview online (30 menit). Silakan pilih salah satu jadwal berikut:

1. Senin, 7 Desember 2026 pukul 10.00 WIB
2. Selasa, 8 Desember 2026 pukul 14.00 WIB
3. Rabu, 9 Desember 2026 pukul 16.00 WIB

Mohon balas email ini dengan nomor pilihan kamu paling lambat Jumat ini ya.

Salam,
Farah
Digital Mekar
"""
    return eml(Mail(frm="Farah Nabila <farah@digitalmekar.id>", to=ME, subject="Pilih jadwal interview - Content Writer",
                    date="Tue, 1 Dec 2026 10:30:00 +0700", msgid="<CAMekar+fn.cw@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("id_owner_konfirmasi_hadir.mbox", invite=True, start="2026-12-14T10:00:00+07:00", accepted=True,
      reply_to="ratna.sari@kencanamedia.co.id",
      note="Takeout mbox: undangan 'Senin, 14 Desember 2026 pukul 10.00 WIB', balasan pemilik 'Baik Bu, saya konfirmasi akan hadir'")
def _():
    t1 = """Selamat pagi Putri,

Kami dari PT Kencana Media Utama mengundang Anda untuk wawancara posisi Social Media Specialist pada hari Senin, 14 Desember 2026 pukul 10.00 WIB di kantor kami (Jl. Palmerah Barat No. 21, Jakarta).

Mohon konfirmasi kehadiran Anda.

Salam,
Ratna Sari
HR Officer - PT Kencana Media Utama
"""
    t2 = """Baik Bu Ratna, terima kasih atas undangannya. Saya konfirmasi akan hadir pada Senin, 14 Desember 2026 pukul 10.00 WIB.

Salam,
Putri Anggraini
""" + quote(t1, gmail_quote_header("Rab, 9 Des 2026 pukul 08.15", "Ratna Sari <ratna.sari@kencanamedia.co.id>", "id"))
    tid = "1786811122233344455"
    m1 = Mail(frm="Ratna Sari <ratna.sari@kencanamedia.co.id>", to=ME, subject="Undangan Wawancara - Social Media Specialist",
              date="Wed, 9 Dec 2026 08:15:00 +0700", msgid="<KMU.HR.20261209.081500@kencanamedia.co.id>", text=t1,
              html=gmail_html(t1), thrid=tid, labels="Inbox,Important")
    m2 = Mail(frm=ME, to="Ratna Sari <ratna.sari@kencanamedia.co.id>", subject="Re: Undangan Wawancara - Social Media Specialist",
              date="Wed, 9 Dec 2026 09:02:33 +0700", msgid="<CAPutri=rs.konf@mail.gmail.com>",
              in_reply_to="<KMU.HR.20261209.081500@kencanamedia.co.id>", references="<KMU.HR.20261209.081500@kencanamedia.co.id>",
              text=t2, html=gmail_html(t2), thrid=tid, labels="Sent")
    return mbox([m1, m2])


@case("id_owner_diterima_ics_reply.mbox", invite=True, start="2026-12-18T15:00:00+07:00", accepted=True,
      reply_to="andre.gunawan@sinergilogistik.com",
      note="undangan kalender (REQUEST, Asia/Jakarta) lalu balasan kalender pemilik 'Diterima: ...' METHOD:REPLY PARTSTAT=ACCEPTED")
def _():
    org = ("Andre Gunawan", "andre.gunawan@sinergilogistik.com")
    title = "Interview Tahap 2 - Putri Anggraini (Data Analyst)"
    ev = Event(uid="7y6t5r4e3w2q1a0s9d8f7g6h5j@google.com", start="20261218T150000", end="20261218T160000", tzid="Asia/Jakarta",
               summary=title, organizer=org, attendees=[("Putri Anggraini", OWNER, "NEEDS-ACTION")])
    text = f"""Anda telah diundang ke acara berikut.

{title}
Jumat 18 Des 2026 \u22c5 15.00 \u2013 16.00
Waktu Indonesia Barat - Jakarta

Penyelenggara
Andre Gunawan

Undangan dari Google Kalender
"""
    tid = "1786900011122233344"
    m1 = Mail(frm="Andre Gunawan <andre.gunawan@sinergilogistik.com>", sender="Google Calendar <calendar-notification@google.com>",
              reply_to="andre.gunawan@sinergilogistik.com", to=OWNER,
              subject=f"Undangan: {title} @ Jum 18 Des 2026 15.00 - 16.00 (WIB) ({OWNER})", date="Mon, 14 Dec 2026 02:00:00 +0000",
              msgid="<calendar-c0ffee01-2345-4678-9abc-def012345678@google.com>", text=text, calendar=ics("REQUEST", ev),
              thrid=tid, labels="Inbox")
    rev = Event(uid=ev.uid, start=ev.start, end=ev.end, tzid=ev.tzid, summary=title, organizer=org,
                attendees=[("Putri Anggraini", OWNER, "ACCEPTED")], dtstamp="20261214T040000Z")
    m2 = Mail(frm=ME, to="andre.gunawan@sinergilogistik.com", subject=f"Diterima: {title} @ Jum 18 Des 2026 15.00 - 16.00 (WIB)",
              date="Mon, 14 Dec 2026 11:00:00 +0700", msgid="<calendar-reply-77aa88bb@google.com>",
              text="Putri Anggraini telah menerima undangan ini.\n", calendar=ics("REPLY", rev), cal_method="REPLY",
              cal_carrier="inline", thrid=tid, labels="Sent")
    return mbox([m1, m2])


@case("id_jadwal_dimajukan_thread.mbox", invite=True, start="2026-12-09T10:00:00+07:00", reply_to="lina.marlina@cahayaritel.co.id",
      note="undangan Kamis 10 Des 13.00 WIB, lalu 'jadwal interview Anda dimajukan menjadi Rabu, 9 Desember 2026 pukul 10.00 WIB' "
           "(waktu lama masih dikutip di bawah)")
def _():
    t1 = """Dengan hormat,

Kami mengundang Saudari Putri Anggraini untuk mengikuti interview posisi Store Supervisor pada:

Hari/Tanggal : Kamis, 10 Desember 2026
Pukul        : 13.00 WIB
Lokasi       : Kantor Cahaya Ritel, Jl. Pemuda No. 88, Surabaya

Terima kasih.

Lina Marlina
Recruitment - PT Cahaya Ritel Indonesia
"""
    t2 = """Selamat pagi Saudari Putri,

Mohon maaf atas perubahannya. Dikarenakan jadwal user yang berubah, jadwal interview Anda dimajukan menjadi Rabu, 9 Desember 2026 pukul 10.00 WIB, di lokasi yang sama.

Mohon konfirmasinya. Terima kasih.

Lina Marlina
""" + quote(t1, gmail_quote_header("Sen, 7 Des 2026 pukul 09.00", "Lina Marlina <lina.marlina@cahayaritel.co.id>", "id"))
    m1 = Mail(frm="Lina Marlina <lina.marlina@cahayaritel.co.id>", to=ME, subject="Undangan Interview Store Supervisor",
              date="Mon, 7 Dec 2026 09:00:00 +0700", msgid="<CRI.20261207.0900.lm@cahayaritel.co.id>", text=t1)
    m2 = Mail(frm="Lina Marlina <lina.marlina@cahayaritel.co.id>", to=ME, subject="Re: Undangan Interview Store Supervisor",
              date="Tue, 8 Dec 2026 07:45:00 +0700", msgid="<CRI.20261208.0745.lm@cahayaritel.co.id>",
              in_reply_to="<CRI.20261207.0900.lm@cahayaritel.co.id>", references="<CRI.20261207.0900.lm@cahayaritel.co.id>", text=t2)
    return mbox([m1, m2], takeout=False)


@case("id_owner_minta_jadwal_ulang.mbox", invite=True, start="2026-12-07T13:00:00+07:00", accepted=False,
      reply_to="hendra.kusuma@agrotama.co.id",
      note="undangan Kamis 3 Des; pemilik berhalangan dan minta dijadwalkan ulang; HR mengubah jadwal menjadi Senin, 7 Desember "
           "2026 pukul 13.00 WIB; pemilik belum konfirmasi -> accepted false")
def _():
    t1 = """Selamat siang Putri,

Kami mengundang Anda untuk interview posisi Agronomist Trainee pada Kamis, 3 Desember 2026 pukul 10.00 WIB secara online (Zoom).

Salam,
Hendra Kusuma
HR PT Agrotama Lestari
"""
    t2 = """Selamat siang Pak Hendra,

Terima kasih atas undangannya. Mohon maaf, pada hari Kamis saya berhalangan hadir karena ada ujian akhir di kampus. Apakah memungkinkan interview dijadwalkan ulang di hari lain?

Hormat saya,
Putri Anggraini
""" + quote(t1, gmail_quote_header("Sen, 30 Nov 2026 pukul 12.00", "Hendra Kusuma <hendra.kusuma@agrotama.co.id>", "id"))
    t3 = """Baik Putri, tidak masalah. Jadwal interview kami ubah menjadi Senin, 7 Desember 2026 pukul 13.00 WIB. Link Zoom tetap sama.

Salam,
Hendra
""" + quote(t2, gmail_quote_header("Sen, 30 Nov 2026 pukul 19.20", "Putri Anggraini <putri.anggraini@gmail.com>", "id"))
    tid = "1786500000000012345"
    m1 = Mail(frm="Hendra Kusuma <hendra.kusuma@agrotama.co.id>", to=ME, subject="Undangan Interview Agronomist Trainee",
              date="Mon, 30 Nov 2026 12:00:00 +0700", msgid="<AGL.HR.1130.1200@agrotama.co.id>", text=t1, thrid=tid, labels="Inbox")
    m2 = Mail(frm=ME, to="Hendra Kusuma <hendra.kusuma@agrotama.co.id>", subject="Re: Undangan Interview Agronomist Trainee",
              date="Mon, 30 Nov 2026 19:20:00 +0700", msgid="<CAPutri=hk.ulang@mail.gmail.com>",
              in_reply_to="<AGL.HR.1130.1200@agrotama.co.id>", references="<AGL.HR.1130.1200@agrotama.co.id>", text=t2,
              thrid=tid, labels="Sent")
    m3 = Mail(frm="Hendra Kusuma <hendra.kusuma@agrotama.co.id>", to=ME, subject="Re: Undangan Interview Agronomist Trainee",
              date="Tue, 1 Dec 2026 09:10:00 +0700", msgid="<AGL.HR.1201.0910@agrotama.co.id>",
              in_reply_to="<CAPutri=hk.ulang@mail.gmail.com>",
              references="<AGL.HR.1130.1200@agrotama.co.id> <CAPutri=hk.ulang@mail.gmail.com>", text=t3, thrid=tid, labels="Inbox")
    return mbox([m1, m2, m3])


@case("id_subjek_inggris_body_indonesia_fgd.eml", invite=True, start="2026-12-02T09:00:00+07:00", reply_to="talent@bumisolusi.co.id",
      note="subjek Inggris, isi Indonesia: 'FGD dan interview' 'Rabu (2/12) pukul 09.00 WIB' - tanggal pendek hari/bulan tanpa tahun")
def _():
    text = """Halo Putri,

Selamat, kamu lolos seleksi administrasi program Graduate Development Program Bumi Solusi! Tahap selanjutnya adalah FGD dan interview yang akan diadakan pada Rabu (2/12) pukul 09.00 WIB di Bumi Solusi Tower, Jl. TB Simatupang Kav. 1, Jakarta Selatan.

Dress code: smart casual. Jangan lupa bawa laptop.

Sampai jumpa!
Talent Team Bumi Solusi
"""
    return eml(Mail(frm="Talent Bumi Solusi <talent@bumisolusi.co.id>", to=ME, subject="Graduate Development Program - Next Stage Invitation",
                    date="Thu, 26 Nov 2026 17:00:00 +0700", msgid="<CABumi+gdp.fgd@mail.gmail.com>", text=text, html=gmail_html(text)))


# ============================================================================================ negatives

@case("id_lamaran_diterima_receipt.eml", invite=False,
      note="tanda terima lamaran: 'jika lolos, tim kami akan menghubungi Anda untuk tahap wawancara'")
def _():
    text = """Halo Putri Anggraini,

Terima kasih telah melamar posisi Product Designer di Lintasarta Kreasi. Lamaran Anda telah kami terima pada 28 November 2026 pukul 21.14 WIB.

Tim kami akan meninjau lamaran Anda dalam 14 hari kerja. Jika profil Anda sesuai, tim rekrutmen kami akan menghubungi Anda untuk tahap wawancara.

Salam,
Tim Rekrutmen Lintasarta Kreasi

Email ini dikirim otomatis, mohon tidak membalas.
"""
    return eml(Mail(frm="Lintasarta Kreasi Careers <noreply@careers.lintasartakreasi.id>", to=ME,
                    subject="Lamaran Anda telah kami terima - Product Designer", date="Sat, 28 Nov 2026 21:14:30 +0700",
                    msgid="<lk-careers-ack-55120@careers.lintasartakreasi.id>", text=text, html=gmail_html(text)))


@case("id_penolakan_setelah_interview.eml", invite=False,
      note="penolakan setelah interview (menyebut tanggal interview yang sudah lewat)")
def _():
    text = """Yth. Putri Anggraini,

Terima kasih telah mengikuti proses interview bersama kami pada 20 November 2026 untuk posisi HR Generalist.

Setelah melalui pertimbangan yang matang, dengan berat hati kami sampaikan bahwa kami belum dapat melanjutkan proses Anda ke tahap berikutnya. Keputusan ini tidak mudah karena banyak kandidat yang memiliki kualifikasi baik.

Kami akan menyimpan data Anda untuk kesempatan lain di masa mendatang. Semoga sukses selalu.

Salam,
Tim Human Capital
PT Mahkota Properti
"""
    return eml(Mail(frm="Human Capital Mahkota <hc@mahkotaproperti.co.id>", to=ME, subject="Hasil Proses Rekrutmen - HR Generalist",
                    date="Thu, 3 Dec 2026 16:00:00 +0700", msgid="<MP.HC.20261203.1600@mahkotaproperti.co.id>", text=text,
                    html=gmail_html(text)))


@case("id_webinar_tips_lolos_interview.eml", invite=False,
      note="kelas online 'Tips Lolos Interview Kerja' dengan tanggal, jam, Zoom dan 'Daftar sekarang' -> bukan undangan")
def _():
    text = """Hai Pejuang Karier!

Kamu sering gugup saat interview kerja? Yuk ikuti Kelas Online GRATIS:

"Tips Lolos Interview Kerja di Perusahaan Multinasional"
Sabtu, 12 Desember 2026
Pukul 09.00 - 11.00 WIB via Zoom

Narasumber: Rina Hapsari (Senior Recruiter, 10+ tahun pengalaman)
Fasilitas: e-certificate, rekaman kelas, template CV

Daftar sekarang di https://kelaskarier.example/interview-mnc (kuota terbatas!)

Salam,
Tim KelasKarier
"""
    return eml(Mail(frm="KelasKarier <info@kelaskarier.example>", to=ME, subject="[GRATIS] Kelas Online: Tips Lolos Interview Kerja",
                    date="Mon, 7 Dec 2026 08:00:00 +0700", msgid="<kk-blast-20261207@kelaskarier.example>", text=text,
                    html=gmail_html(text)))


@case("id_gcal_acara_dibatalkan.eml", invite=False,
      note="notifikasi Google Kalender 'Acara dibatalkan' dengan METHOD:CANCEL untuk satu-satunya interview")
def _():
    title = "Interview - Putri Anggraini (Finance Staff)"
    ev = Event(uid="0p9o8i7u6y5t4r3e2w1q0a9s8d@google.com", start="20261211T140000", end="20261211T150000", tzid="Asia/Jakarta",
               summary=title, organizer=("Maria Ulfa", "maria.ulfa@kirana-group.com"), sequence=1, status="CANCELLED",
               attendees=[("Putri Anggraini", OWNER, "NEEDS-ACTION")])
    text = f"""Acara ini telah dibatalkan.

{title}
Jumat 11 Des 2026 \u22c5 14.00 \u2013 15.00
Waktu Indonesia Barat - Jakarta

Penyelenggara
Maria Ulfa

Undangan dari Google Kalender
"""
    return eml(Mail(frm="Maria Ulfa <maria.ulfa@kirana-group.com>", sender="Google Calendar <calendar-notification@google.com>", to=OWNER,
                    subject=f"Acara dibatalkan: {title} @ Jum 11 Des 2026 14.00 - 15.00 (WIB) ({OWNER})",
                    date="Tue, 8 Dec 2026 04:00:00 +0000", msgid="<calendar-dead0001-beef-4cad-9e11-223344556677@google.com>",
                    text=text, calendar=ics("CANCEL", ev), cal_method="CANCEL"))


@case("id_rapat_wawancara_responden_survei.eml", invite=False,
      note="undangan rapat koordinasi persiapan wawancara responden survei (Hari/Tanggal/Waktu/Tempat) - rapat biasa, "
           "bukan wawancara kerja")
def _():
    text = """Yth. Rekan-rekan Enumerator Survei Kepuasan Warga 2026,

Dengan hormat, kami mengundang Bapak/Ibu untuk hadir pada rapat koordinasi persiapan wawancara responden yang akan dilaksanakan pada:

Hari/Tanggal : Senin, 7 Desember 2026
Waktu        : 13.00 - 15.00 WIB
Tempat       : Ruang Rapat Lt. 2, Kantor Lembaga Riset Cendekia, Bogor

Agenda:
1. Pembagian wilayah wawancara responden
2. Uji coba kuesioner
3. Teknis pelaporan harian

Atas perhatian dan kehadirannya kami ucapkan terima kasih.

Koordinator Lapangan
Lembaga Riset Cendekia
"""
    return eml(Mail(frm="Koordinator Lapangan LRC <korlap@risetcendekia.or.id>", to=ME, cc="enumerator@risetcendekia.or.id",
                    subject="Undangan Rapat Koordinasi Persiapan Wawancara Responden", date="Wed, 2 Dec 2026 10:00:00 +0700",
                    msgid="<LRC.KORLAP.20261202@risetcendekia.or.id>", text=text, html=gmail_html(text)))


@case("id_offering_letter.eml", invite=False,
      note="offering letter setelah interview; tanggal mulai kerja dan batas tanda tangan sebagai tanggal pengecoh")
def _():
    text = """Dear Putri,

Terima kasih telah mengikuti seluruh rangkaian interview bersama PT Harmoni Teknologi. Dengan senang hati kami sampaikan Offering Letter untuk posisi Junior Data Engineer (terlampir).

Ringkasan penawaran:
- Gaji pokok: Rp 12.500.000 per bulan
- Tanggal mulai bekerja: Senin, 4 Januari 2027 pukul 08.30 WIB
- Status: Karyawan kontrak 1 tahun

Mohon tanda tangani dan kirimkan kembali surat penawaran kerja ini paling lambat Jumat, 11 Desember 2026.

Selamat bergabung!
Human Resources PT Harmoni Teknologi
"""
    return eml(Mail(frm="HR Harmoni Teknologi <hr@harmonitek.co.id>", to=ME, subject="Offering Letter - Junior Data Engineer",
                    date="Fri, 4 Dec 2026 14:00:00 +0700", msgid="<HT.HR.OL.20261204@harmonitek.co.id>", text=text, html=gmail_html(text),
                    attachments=[("application/pdf", "Offering_Letter_Putri.pdf", b"%PDF-1.4\n% placeholder\n%%EOF\n")]))


@case("id_survei_pengalaman_kandidat.eml", invite=False,
      note="survei pengalaman kandidat setelah interview, dengan batas pengisian")
def _():
    text = """Halo Putri,

Terima kasih telah meluangkan waktu untuk interview bersama Nusantara Pay minggu lalu. Kami ingin terus memperbaiki proses rekrutmen kami.

Bagaimana pengalaman interview kamu? Isi survei singkat (3 menit) di sini: https://survei.nusantarapay.example/kandidat/7731

Survei dibuka hingga Senin, 14 Desember 2026 pukul 23.59 WIB. Jawaban kamu bersifat anonim.

Terima kasih,
Tim Talent Acquisition Nusantara Pay
"""
    return eml(Mail(frm="Nusantara Pay Talent <talent-noreply@nusantarapay.example>", to=ME,
                    subject="Bagaimana pengalaman interview kamu?", date="Mon, 7 Dec 2026 10:00:00 +0700",
                    msgid="<np-survey-7731@nusantarapay.example>", text=text, html=gmail_html(text)))


@case("id_lowongan_terbaru_digest.eml", invite=False,
      note="digest lowongan kerja terbaru (judul lowongan memuat 'Interviewer')")
def _():
    text = """Lowongan terbaru untuk kamu, Putri

1. Recruitment Staff (Interviewer) - PT Sumber Daya Prima - Jakarta Barat
   Rp 5.000.000 - Rp 6.500.000 | Diposting 2 hari lalu
2. HR Admin - CV Mandiri Jaya - Tangerang
   Gaji kompetitif | Diposting 3 hari lalu
3. Talent Acquisition Specialist - Startup Edukasi - Remote
   Rp 8.000.000 - Rp 10.000.000 | Lamar cepat

Lihat semua rekomendasi lowongan: https://lokerhub.example/rekomendasi
Kamu menerima email ini karena mengaktifkan notifikasi rekomendasi lowongan.
"""
    return eml(Mail(frm="LokerHub <notifikasi@lokerhub.example>", to=ME, subject="3 lowongan terbaru yang cocok untuk kamu",
                    date="Thu, 3 Dec 2026 07:00:00 +0700", msgid="<lh-digest-20261203-putri@lokerhub.example>", text=text,
                    html=gmail_html(text)))


@case("id_owner_sebagai_pewawancara.eml", invite=False,
      note="pemilik diminta menjadi pewawancara untuk kandidat atas nama orang lain -> bukan undangan bagi pemilik")
def _():
    text = """Dear Mbak Putri,

Mohon kesediaan Mbak sebagai pewawancara (user) untuk kandidat atas nama Rizky Ramadhan, posisi Junior Accountant, pada:

Hari/Tanggal : Selasa, 15 Desember 2026
Waktu        : 14.00 - 15.00 WIB
Tempat       : Ruang Meeting Melati, Lt. 5

CV kandidat dan form penilaian terlampir. Mohon form penilaian diisi dan dikirim kembali setelah interview.

Terima kasih,
Anisa - Recruitment
"""
    return eml(Mail(frm="Anisa Fitri <anisa.fitri@gmail.com>", to=ME, subject="Permohonan jadwal interview kandidat Junior Accountant",
                    date="Wed, 9 Dec 2026 09:30:00 +0700", msgid="<CAAnisa+rec.ja@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("id_pembatalan_karena_posisi_terisi.mbox", invite=False,
      note="undangan interview lalu pemberitahuan 'jadwal interview ... dibatalkan karena posisi telah terisi' -> bukan undangan")
def _():
    t1 = """Halo Putri,

Kami mengundang kamu untuk interview posisi Barista Trainer pada Jumat, 11 Desember 2026 pukul 15.00 WIB di outlet kami di Jl. Braga No. 10, Bandung.

Salam,
Oki - HR Kopi Senja
"""
    t2 = """Halo Putri,

Mohon maaf sebelumnya. Kami informasikan bahwa jadwal interview pada Jumat, 11 Desember 2026 dibatalkan karena posisi Barista Trainer telah terisi.

Terima kasih atas minat kamu, semoga sukses!

Oki - HR Kopi Senja
"""
    tid = "1786322233344455566"
    m1 = Mail(frm="Oki Pratama <oki@kopisenja.id>", to=ME, subject="Undangan Interview Barista Trainer", date="Fri, 4 Dec 2026 10:00:00 +0700",
              msgid="<CASenja+op.1@mail.gmail.com>", text=t1, thrid=tid, labels="Inbox")
    m2 = Mail(frm="Oki Pratama <oki@kopisenja.id>", to=ME, subject="Re: Undangan Interview Barista Trainer",
              date="Tue, 8 Dec 2026 13:00:00 +0700", msgid="<CASenja+op.2@mail.gmail.com>", in_reply_to="<CASenja+op.1@mail.gmail.com>",
              references="<CASenja+op.1@mail.gmail.com>", text=t2 + quote(t1, gmail_quote_header(
                  "Jum, 4 Des 2026 pukul 10.00", "Oki Pratama <oki@kopisenja.id>", "id")), thrid=tid, labels="Inbox")
    return mbox([m1, m2])
