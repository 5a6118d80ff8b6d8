"""Indonesian golden cases, second batch (written after the first round of fixes, scored before further changes)."""
from __future__ import annotations

from cases_id import ME, OWNER, case
from common import gmail_html, gmail_quote_header, outlook_html
from mailkit import Mail, eml, mbox, quote


@case("id_tanggal_pipa_titik_dua_wib.eml", invite=True, start="2026-12-10T10:00:00+07:00", reply_to="rekrutmen@awanbiru.co.id",
      note="baris ringkas 'Kamis, 10/12/2026 | 10:00-11:00 WIB | Zoom' dengan pemisah pipa")
def _():
    text = """Hai Putri,

Terima kasih atas minatmu bergabung dengan Awan Biru Teknologi. Kami ingin mengajakmu interview untuk posisi QA Engineer.

Kamis, 10/12/2026 | 10:00-11:00 WIB | Zoom (link menyusul)

Pewawancara: Mas Dimas (QA Lead) dan Mbak Sari (HR).

Sampai ketemu!
Tim Rekrutmen Awan Biru
"""
    return eml(Mail(frm="Rekrutmen Awan Biru <rekrutmen@awanbiru.co.id>", to=ME, subject="Interview QA Engineer - Awan Biru Teknologi",
                    date="Fri, 4 Dec 2026 14:20:00 +0700", msgid="<CAAwan+rek.qa@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("id_surat_panggilan_nomor_surat.eml", invite=True, start="2026-12-14T08:00:00+07:00", reply_to="hrd@mitrabaja.co.id",
      note="surat panggilan resmi dengan 'Nomor: 045/HRD-MBP/XII/2026' dan 'Lampiran: -'; 'Senin, 14 Desember 2026 Pukul 08.00 WIB s/d selesai'")
def _():
    text = """Nomor    : 045/HRD-MBP/XII/2026
Lampiran : -
Perihal  : Panggilan Interview

Kepada Yth.
Sdri. Putri Anggraini

Dengan hormat,
Menindaklanjuti surat lamaran Saudari, dengan ini kami memanggil Saudari untuk mengikuti interview posisi Staff Purchasing yang akan dilaksanakan pada:

Hari, Tanggal : Senin, 14 Desember 2026
Pukul         : 08.00 WIB s/d selesai
Tempat        : PT Mitra Baja Perkasa, Jl. Industri Raya Blok B No. 7, Cikarang

Demikian surat panggilan ini kami sampaikan. Atas perhatian Saudari kami ucapkan terima kasih.

Cikarang, 7 Desember 2026
HRD PT Mitra Baja Perkasa
"""
    return eml(Mail(frm="HRD Mitra Baja Perkasa <hrd@mitrabaja.co.id>", to=ME, subject="Panggilan Interview Staff Purchasing",
                    date="Mon, 7 Dec 2026 15:00:00 +0700", msgid="<MBP.HRD.045.XII.2026@mitrabaja.co.id>", text=text, html=outlook_html(text)))


@case("id_jam_sepuluh_pagi_kata.eml", invite=True, start="2026-12-15T10:00:00+07:00", reply_to="maya.anggraeni@sinarharapan-edu.sch.id",
      note="jam ditulis dengan kata: 'hari Selasa tanggal 15 Desember 2026 jam sepuluh pagi'")
def _():
    text = """Assalamualaikum Kak Putri,

Kami dari Yayasan Pendidikan Sinar Harapan ingin mengundang Kakak untuk wawancara dan micro teaching sebagai Guru Bahasa Inggris pada hari Selasa tanggal 15 Desember 2026 jam sepuluh pagi di gedung SMP Sinar Harapan, Depok.

Mohon menyiapkan materi mengajar 15 menit untuk kelas 8.

Wassalamualaikum,
Maya Anggraeni
Bagian Kepegawaian
"""
    return eml(Mail(frm="Maya Anggraeni <maya.anggraeni@sinarharapan-edu.sch.id>", to=ME, subject="Undangan wawancara dan micro teaching",
                    date="Tue, 8 Dec 2026 11:00:00 +0700", msgid="<CASinar+ma.guru@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("id_rabu_minggu_depan_jam_13.eml", invite=True, start="2026-12-09T13:00:00+07:00", reply_to="bayu@kedaidata.id",
      note="relatif 'Rabu minggu depan jam 13.00 WIB' ditulis Kamis 3 Des 2026 -> Rabu 9 Des")
def _():
    text = """Halo Putri,

Aku Bayu dari Kedai Data. Setelah review CV kamu, kami pengen ngobrol lebih lanjut lewat interview online untuk posisi Data Analyst Intern. Gimana kalau Rabu minggu depan jam 13.00 WIB? Nanti link GMeet aku kirim H-1.

Cheers,
Bayu
"""
    return eml(Mail(frm="Bayu Saputra <bayu@kedaidata.id>", to=ME, subject="Interview Data Analyst Intern",
                    date="Thu, 3 Dec 2026 16:30:00 +0700", msgid="<CAKedai+bayu.int@mail.gmail.com>", text=text, html=gmail_html(text)))


@case("id_outlook_kapan_utc_plus7.eml", invite=True, start="2026-12-16T14:00:00+07:00", reply_to="stefanus.halim@permatalogam.co.id",
      note="Outlook berbahasa Indonesia: 'Kapan: Rabu, 16 Desember 2026 14.00-15.00 (UTC+07:00) Bangkok, Hanoi, Jakarta.' Date +0000")
def _():
    text = """Kapan: Rabu, 16 Desember 2026 14.00-15.00 (UTC+07:00) Bangkok, Hanoi, Jakarta.
Di mana: Rapat Microsoft Teams

Selamat siang Ibu Putri,

Berikut undangan interview dengan Finance Manager kami untuk posisi Tax Specialist.

________________________________________________________________________________
Rapat Microsoft Teams
ID Rapat: 255 117 903 418
Kode Sandi: pX3k9Q
________________________________________________________________________________

Salam,
Stefanus Halim
"""
    return eml(Mail(frm="Stefanus Halim <stefanus.halim@permatalogam.co.id>", to=ME, subject="Interview Tax Specialist",
                    date="Thu, 10 Dec 2026 03:00:00 +0000", msgid="<SI2PR04MB5012EE@SI2PR04MB5012.apcprd04.prod.outlook.com>",
                    text=text, html=outlook_html(text)))


@case("id_thread_siap_hadir_lalu_pengingat.mbox", invite=True, start="2026-12-11T09:00:00+07:00", accepted=True,
      reply_to="wulan.sari@primadanausaha.co.id",
      note="undangan Jumat 11 Des 09.00 WIB, pemilik 'Siap hadir Pak, terima kasih', HR mengirim pengingat 'besok pukul 09.00 WIB'")
def _():
    t1 = """Selamat siang Putri,

Kami mengundang Anda untuk interview posisi Admin Gudang pada Jumat, 11 Desember 2026 pukul 09.00 WIB di kantor kami, Jl. Raya Serang Km. 12, Tangerang.

Salam,
Wulan Sari - HRD PT Prima Dana Usaha
"""
    t2 = """Siap hadir Bu, terima kasih atas undangannya.

Putri
""" + quote(t1, gmail_quote_header("Sen, 7 Des 2026 pukul 13.00", "Wulan Sari <wulan.sari@primadanausaha.co.id>", "id"))
    t3 = """Selamat sore Putri, mengingatkan interview besok pukul 09.00 WIB ya. Mohon datang 15 menit lebih awal dan membawa KTP.

Wulan
"""
    tid = "1787200333444555666"
    m1 = Mail(frm="Wulan Sari <wulan.sari@primadanausaha.co.id>", to=ME, subject="Undangan Interview Admin Gudang",
              date="Mon, 7 Dec 2026 13:00:00 +0700", msgid="<PDU.HRD.1207@primadanausaha.co.id>", text=t1, thrid=tid, labels="Inbox")
    m2 = Mail(frm=ME, to="Wulan Sari <wulan.sari@primadanausaha.co.id>", subject="Re: Undangan Interview Admin Gudang",
              date="Mon, 7 Dec 2026 14:10:00 +0700", msgid="<CAPutri=ws.siap@mail.gmail.com>", in_reply_to="<PDU.HRD.1207@primadanausaha.co.id>",
              references="<PDU.HRD.1207@primadanausaha.co.id>", text=t2, thrid=tid, labels="Sent")
    m3 = Mail(frm="Wulan Sari <wulan.sari@primadanausaha.co.id>", to=ME, subject="Re: Undangan Interview Admin Gudang",
              date="Thu, 10 Dec 2026 16:00:00 +0700", msgid="<PDU.HRD.1210@primadanausaha.co.id>", in_reply_to="<CAPutri=ws.siap@mail.gmail.com>",
              references="<PDU.HRD.1207@primadanausaha.co.id> <CAPutri=ws.siap@mail.gmail.com>", text=t3, thrid=tid, labels="Inbox")
    return mbox([m1, m2, m3])


@case("id_interview_telepon_tanya_waktu.eml", invite=True, start=None, reply_to="gita.permata@solusiasuransi.co.id",
      note="interview via telepon, HR menanyakan waktu yang nyaman -> belum ada waktu pasti (null)")
def _():
    text = """Selamat pagi Ibu Putri,

Terima kasih telah melamar posisi Underwriter Trainee. Kami ingin melakukan interview singkat via telepon (sekitar 15 menit) sebagai tahap awal seleksi.

Kapan waktu yang nyaman bagi Ibu minggu ini? Mohon balas email ini dengan hari dan jam yang Ibu pilih.

Hormat kami,
Gita Permata
Rekrutmen - PT Solusi Asuransi Bersama
"""
    return eml(Mail(frm="Gita Permata <gita.permata@solusiasuransi.co.id>", to=ME, subject="Interview via telepon - Underwriter Trainee",
                    date="Mon, 7 Dec 2026 08:30:00 +0700", msgid="<SAB.REK.1207.0830@solusiasuransi.co.id>", text=text, html=gmail_html(text)))


@case("id_penolakan_sebelum_interview.eml", invite=False,
      note="penolakan di tahap berkas: 'belum dapat kami proses ke tahap interview'")
def _():
    text = """Yth. Putri Anggraini,

Terima kasih atas minat Anda terhadap posisi Marketing Executive di PT Global Niaga. Setelah meninjau lamaran Anda, mohon maaf lamaran Anda belum dapat kami proses ke tahap interview.

Kami mendoakan kesuksesan Anda di kesempatan berikutnya.

Salam,
Rekrutmen PT Global Niaga
"""
    return eml(Mail(frm="Rekrutmen Global Niaga <rekrutmen@globalniaga.co.id>", to=ME, subject="Informasi Hasil Seleksi Berkas",
                    date="Wed, 2 Dec 2026 10:00:00 +0700", msgid="<GN.REK.1202.1000@globalniaga.co.id>", text=text, html=gmail_html(text)))


@case("id_job_fair_kampus_walk_in_interview.eml", invite=False,
      note="job fair kampus dengan 'walk-in interview' dan tanggal/jam -> acara, bukan undangan wawancara pribadi")
def _():
    text = """Halo Sobat Karier!

Career Center Universitas Nusantara mempersembahkan JOB FAIR AKHIR TAHUN 2026.

Tanggal : Sabtu, 12 Desember 2026
Waktu   : 08.00 - 15.00 WIB
Tempat  : Gedung Serbaguna Kampus Nusantara

Lebih dari 30 perusahaan membuka walk-in interview di lokasi. Siapkan CV terbaikmu!
Registrasi gratis: https://karier.unus.example/jobfair

Salam,
Career Center Universitas Nusantara
"""
    return eml(Mail(frm="Career Center UNUS <careercenter@unus.example>", to=ME, subject="JOB FAIR AKHIR TAHUN 2026 - walk-in interview!",
                    date="Mon, 30 Nov 2026 09:00:00 +0700", msgid="<cc-unus-jobfair-2026@unus.example>", text=text, html=gmail_html(text)))


@case("id_orientasi_karyawan_baru.eml", invite=False,
      note="setelah diterima kerja: orientasi karyawan baru pada hari pertama kerja (menyebut interview sebelumnya)")
def _():
    text = """Halo Putri,

Selamat! Menindaklanjuti hasil interview dan penandatanganan kontrak, berikut jadwal orientasi karyawan baru:

Hari pertama kerja: Senin, 4 Januari 2027
Pukul: 08.00 WIB
Tempat: Ruang Training Lt. 2, Kantor Pusat

Mohon membawa dokumen asli (KTP, NPWP, buku tabungan) untuk administrasi.

Salam,
People Team PT Cerah Digital
"""
    return eml(Mail(frm="People Team Cerah Digital <people@cerahdigital.co.id>", to=ME, subject="Jadwal orientasi karyawan baru",
                    date="Mon, 14 Dec 2026 10:00:00 +0700", msgid="<CD.PEOPLE.1214@cerahdigital.co.id>", text=text, html=gmail_html(text)))
