"""Every string the side panel shows, in English and Indonesian, and the choice between them.

The card speaks the user's language: ``commonEventObject.userLocale`` (for example ``"id-ID"`` or ``"en-GB"``;
present with ``useLocaleFromApp`` and the ``script.locale`` scope,
https://developers.google.com/workspace/add-ons/how-tos/access-user-locale). Indonesian when it starts with
``id``, English otherwise. The letter is another matter: it keeps the thread's language (the card's "Language of
the letter" choice, preselected from the analysis).

Strings may hold the simple HTML card text allows (``<b>``) and ``{name}`` fields; values put into them are
escaped by the caller. tests/addon/test_cardtext.py checks that every entry has both languages with the same
fields, and that a card rendered in Indonesian holds no English catalogue text.
"""
from __future__ import annotations

from datetime import datetime

from regrets import display
from regrets.model import Urgency
from regrets.urgency import ADVICE

CARD_LANGUAGES = ("en", "id")


def card_language(locale: str | None) -> str:
    """'id' for an Indonesian user locale ('id', 'id-ID', 'id_ID'), else 'en'."""
    return "id" if (locale or "").strip().lower()[:2] == "id" else "en"


TEXT: dict[str, dict[str, str]] = {
    # ---- homepage
    "home.subtitle": {"en": "Polite interview declines, as drafts",
                      "id": "Penolakan wawancara yang sopan, sebagai draf"},
    "home.open": {"en": "Open an interview invitation in Gmail. Regrets shows when the interview is, how much time is "
                        "left, and drafts a short, polite decline in the same conversation.",
                  "id": "Buka undangan wawancara di Gmail. Regrets menunjukkan kapan wawancaranya, berapa lama waktu "
                        "yang tersisa, lalu menyiapkan draf penolakan yang singkat dan sopan di percakapan yang sama."},
    "home.never_sent": {"en": "<b>Nothing is ever sent.</b> You review the draft and send it yourself.",
                        "id": "<b>Tidak ada yang terkirim otomatis.</b> Anda memeriksa drafnya dan mengirimnya sendiri."},
    "home.languages": {"en": "Letters in English and Indonesian. With less than a day left, call the recruiter "
                             "as well.",
                       "id": "Surat dalam bahasa Inggris dan bahasa Indonesia. Jika waktunya kurang dari sehari, "
                             "telepon juga perekrutnya."},
    # ---- card titles and the text under them
    "title.invite": {"en": "Interview invitation", "id": "Undangan wawancara"},
    "title.accepted": {"en": "Interview you accepted", "id": "Wawancara yang sudah Anda terima"},
    "title.no_time": {"en": "Interview invitation, no fixed time", "id": "Undangan wawancara, waktunya belum pasti"},
    "title.past": {"en": "The interview time has passed", "id": "Waktu wawancara sudah lewat"},
    "title.not_invite": {"en": "Not an interview invitation", "id": "Bukan undangan wawancara"},
    "subject.none": {"en": "(no subject)", "id": "(tanpa subjek)"},
    "not_invite.text": {"en": "Regrets found no interview invitation in this conversation. If it is one, you can "
                              "still draft a polite decline.",
                        "id": "Regrets tidak menemukan undangan wawancara di percakapan ini. Jika ini memang undangan, "
                              "Anda tetap bisa membuat draf penolakan yang sopan."},
    "no_time.text": {"en": "No interview time was found: it asks you to pick a slot or book a time, or does not say "
                           "when.",
                     "id": "Waktu wawancara tidak ditemukan: Anda diminta memilih atau memesan jadwal, atau waktunya "
                           "tidak disebutkan."},
    "accepted.text": {"en": "You already accepted this interview, so the draft cancels it and apologises.",
                      "id": "Anda sudah menerima wawancara ini, jadi drafnya membatalkan wawancara dan meminta maaf."},
    # ---- section headers
    "section.interview": {"en": "Interview", "id": "Wawancara"},
    "section.reply": {"en": "Your reply", "id": "Balasan Anda"},
    "section.draft": {"en": "Your draft", "id": "Draf Anda"},
    "section.redraft": {"en": "Redraft with other options", "id": "Buat ulang dengan pilihan lain"},
    # ---- what the card knows about the interview
    "label.company_role": {"en": "Company and role", "id": "Perusahaan dan posisi"},
    "label.reply_to": {"en": "Reply goes to", "id": "Balasan dikirim ke"},
    "label.interview": {"en": "Interview ({zone})", "id": "Wawancara ({zone})"},
    "label.your_time": {"en": "Your time ({zone})", "id": "Waktu Anda ({zone})"},
    "label.started": {"en": "Started", "id": "Dimulai"},
    "label.time_left": {"en": "Time left", "id": "Sisa waktu"},
    "label.urgency": {"en": "Urgency", "id": "Tingkat urgensi"},
    "label.waiting": {"en": "Invitation waiting", "id": "Undangan menunggu"},
    "waiting.text": {"en": "{duration} without your answer", "id": "{duration} tanpa jawaban Anda"},
    "evidence.ics": {"en": "From the calendar invitation", "id": "Dari undangan kalender"},
    "evidence.text": {"en": "From the email's text", "id": "Dari isi email"},
    "evidence.assumed": {"en": "{evidence} (time zone assumed)", "id": "{evidence} (zona waktu diperkirakan)"},
    "time.in": {"en": "in {duration}", "id": "{duration} lagi"},
    "time.ago": {"en": "{duration} ago", "id": "{duration} yang lalu"},
    "urgency.critical": {"en": "Critical", "id": "Kritis"},
    "urgency.urgent": {"en": "Urgent", "id": "Mendesak"},
    "urgency.soon": {"en": "Soon", "id": "Segera"},
    "urgency.normal": {"en": "Normal", "id": "Biasa"},
    "urgency.unknown": {"en": "No fixed time", "id": "Waktu belum pasti"},
    "urgency.past": {"en": "Passed", "id": "Sudah lewat"},
    # the advice: English is the core's wording (regrets.urgency.ADVICE, also printed by the CLI)
    "advice.critical": {"en": ADVICE[Urgency.CRITICAL],
                        "id": "Waktunya kurang dari sehari: telepon juga perekrutnya, dan kirim emailnya sebagai "
                              "konfirmasi tertulis."},
    "advice.urgent": {"en": ADVICE[Urgency.URGENT],
                      "id": "Waktunya kurang dari dua hari: kirim penolakan hari ini dan pertimbangkan untuk menelepon "
                            "sebentar."},
    "advice.soon": {"en": ADVICE[Urgency.SOON],
                    "id": "Dalam minggu ini: balas hari ini agar jadwalnya bisa diberikan kepada kandidat lain."},
    "advice.normal": {"en": ADVICE[Urgency.NORMAL],
                      "id": "Balas segera setelah Anda memutuskan; jadwalnya jadi bisa diberikan kepada kandidat lain."},
    "advice.unknown": {"en": ADVICE[Urgency.UNKNOWN],
                       "id": "Waktunya belum pasti: tetap balas segera, sebelum mereka menyiapkan jadwal untuk Anda."},
    "advice.past": {"en": ADVICE[Urgency.PAST],
                    "id": "Waktu wawancara sudah lewat. Regrets tidak menyarankan draf penolakan; balas hanya jika "
                          "Anda masih ingin menjelaskan."},
    # ---- the reply form
    "form.intent": {"en": "What to write", "id": "Yang ingin ditulis"},
    "intent.decline": {"en": "Decline the invitation", "id": "Menolak undangan"},
    "intent.cancel": {"en": "Cancel an interview I accepted", "id": "Membatalkan wawancara yang sudah saya terima"},
    "form.language": {"en": "Language of the letter", "id": "Bahasa surat"},
    "language.en": {"en": "English", "id": "Bahasa Inggris"},
    "language.id": {"en": "Indonesian", "id": "Bahasa Indonesia"},
    "form.reason": {"en": "Reason (optional)", "id": "Alasan (opsional)"},
    "reason.none": {"en": "No reason given", "id": "Tanpa alasan"},
    "reason.other-offer": {"en": "I accepted another offer", "id": "Saya menerima tawaran lain"},
    "reason.direction": {"en": "I'm taking a different direction", "id": "Saya memilih arah karier lain"},
    "reason.personal": {"en": "Personal reasons", "id": "Alasan pribadi"},
    "reason.stay": {"en": "I'm staying in my current role", "id": "Saya bertahan di pekerjaan saat ini"},
    "form.reason_text": {"en": "Or in your own words (optional)", "id": "Atau dengan kata-kata Anda sendiri (opsional)"},
    "form.reason_hint": {"en": "e.g. I have accepted another offer", "id": "mis. saya sudah menerima tawaran lain"},
    "form.other_roles": {"en": "Future roles", "id": "Posisi lain"},
    "form.other_roles_item": {"en": "I'm open to other roles there", "id": "Saya terbuka untuk posisi lain di sana"},
    "form.area": {"en": "Area (optional)", "id": "Bidang (opsional)"},
    "form.area_hint": {"en": "e.g. data engineering", "id": "mis. rekayasa data"},
    "form.referral": {"en": "Referral", "id": "Rekomendasi"},
    "form.referral_item": {"en": "Offer to refer someone", "id": "Tawarkan untuk merekomendasikan orang lain"},
    "form.calendar": {"en": "Calendar", "id": "Kalender"},
    "form.calendar_item": {"en": "Don't decline the calendar event", "id": "Jangan tolak acara kalendernya"},
    # ---- buttons: the label follows the intent (decline / cancel)
    "button.draft.decline": {"en": "Draft decline", "id": "Buat draf penolakan"},
    "button.draft.cancel": {"en": "Draft cancellation", "id": "Buat draf pembatalan"},
    "button.anyway.decline": {"en": "Draft decline anyway", "id": "Tetap buat draf penolakan"},
    "button.anyway.cancel": {"en": "Draft cancellation anyway", "id": "Tetap buat draf pembatalan"},
    "button.redraft.decline": {"en": "Redraft as decline", "id": "Buat ulang sebagai penolakan"},
    "button.redraft.cancel": {"en": "Redraft as cancellation", "id": "Buat ulang sebagai pembatalan"},
    "button.again.decline": {"en": "Draft decline again", "id": "Buat lagi draf penolakan"},
    "button.again.cancel": {"en": "Draft cancellation again", "id": "Buat lagi draf pembatalan"},
    "button.open_draft": {"en": "Open draft", "id": "Buka draf"},
    "button.try_again": {"en": "Try again", "id": "Coba lagi"},
    # ---- the draft Regrets made
    "draft.in_thread.decline": {"en": "Your Regrets decline draft is in this conversation.",
                                "id": "Draf penolakan dari Regrets ada di percakapan ini."},
    "draft.in_thread.cancel": {"en": "Your Regrets cancellation draft is in this conversation.",
                               "id": "Draf pembatalan dari Regrets ada di percakapan ini."},
    "draft.in_thread.any": {"en": "A Regrets draft is in this conversation.",
                            "id": "Ada draf dari Regrets di percakapan ini."},
    "draft.recorded.decline": {"en": "Regrets made a decline draft for this conversation.",
                               "id": "Regrets sudah membuat draf penolakan untuk percakapan ini."},
    "draft.recorded.cancel": {"en": "Regrets made a cancellation draft for this conversation.",
                              "id": "Regrets sudah membuat draf pembatalan untuk percakapan ini."},
    "draft.recorded.any": {"en": "Regrets made a draft for this conversation.",
                           "id": "Regrets sudah membuat draf untuk percakapan ini."},
    "draft.no_id": {"en": "You will find it at the bottom of the conversation: edit it there, or delete it to draft "
                          "a new one here. Regrets does not make a second one.",
                    "id": "Draf itu ada di bagian bawah percakapan: ubah di sana, atau hapus untuk membuat draf baru di "
                          "sini. Regrets tidak membuat draf kedua."},
    "draft.redraft_note": {"en": "Redraft replaces that draft, including any edits you made to it. It never touches "
                                 "a draft you wrote yourself.",
                           "id": "Buat ulang mengganti draf itu, termasuk perubahan yang sudah Anda buat. Draf yang "
                                 "Anda tulis sendiri tidak pernah disentuh."},
    "draft.deleted_note": {"en": "If you deleted it, Redraft makes a new one.",
                           "id": "Jika sudah Anda hapus, Buat ulang akan membuat draf baru."},
    "draft.unconfirmed": {"en": "Gmail did not confirm the draft Regrets made: look at the bottom of this "
                                "conversation first. If it is not there, draft it again.",
                          "id": "Gmail tidak mengonfirmasi draf yang dibuat Regrets: periksa dulu bagian bawah "
                                "percakapan ini. Jika tidak ada, buat drafnya lagi."},
    # ---- notifications (toasts)
    "note.created": {"en": "Draft created. Review it, then send it yourself.",
                     "id": "Draf sudah dibuat. Periksa, lalu kirim sendiri."},
    "note.created_no_to": {"en": "Draft created without a recipient: add one before you send it.",
                           "id": "Draf dibuat tanpa penerima: tambahkan penerima sebelum mengirim."},
    "note.replaced": {"en": "Draft replaced. Review it, then send it yourself.",
                      "id": "Draf sudah diganti. Periksa, lalu kirim sendiri."},
    "note.already": {"en": "Your Regrets draft is already in this conversation: opening it.",
                     "id": "Draf Regrets Anda sudah ada di percakapan ini: drafnya dibuka."},
    "note.already_bottom": {"en": "A Regrets draft is already at the bottom of this conversation.",
                            "id": "Draf Regrets sudah ada di bagian bawah percakapan ini."},
    "note.unconfirmed": {"en": "Gmail did not confirm your earlier draft: it may already be at the bottom of this "
                               "conversation.",
                         "id": "Gmail tidak mengonfirmasi draf Anda sebelumnya: mungkin draf itu sudah ada di bagian "
                               "bawah percakapan ini."},
    "note.opening": {"en": "Opening your Regrets draft.", "id": "Membuka draf Regrets Anda."},
    "note.read_failed": {"en": "Regrets could not read the conversation.",
                         "id": "Regrets tidak dapat membaca percakapan ini."},
    "note.lost_answer": {"en": "Gmail did not confirm the draft: open the message again to check before retrying.",
                         "id": "Gmail tidak mengonfirmasi drafnya: buka lagi pesannya untuk memeriksa sebelum mencoba "
                               "lagi."},
    "note.not_created": {"en": "The draft was not created.", "id": "Draf tidak dibuat."},
    # ---- error cards: title and text
    "error.scope.title": {"en": "Regrets cannot read this message", "id": "Regrets tidak dapat membaca pesan ini"},
    "error.scope.text": {"en": "Gmail refused access (HTTP 403): the add-on is missing a permission. Open the message "
                               "again and allow Regrets to read the open message when Gmail asks.",
                         "id": "Gmail menolak akses (HTTP 403): add-on ini belum mendapat izin. Buka lagi pesannya dan "
                               "izinkan Regrets membaca pesan yang terbuka saat Gmail memintanya."},
    "error.auth.title": {"en": "Your Gmail session expired", "id": "Sesi Gmail Anda sudah berakhir"},
    "error.auth.text": {"en": "Open the message again to give Regrets a fresh token.",
                        "id": "Buka lagi pesannya agar Regrets mendapat token baru."},
    "error.not_found.title": {"en": "Message not found", "id": "Pesan tidak ditemukan"},
    "error.not_found.text": {"en": "Gmail could not find this message (HTTP 404). It may have been deleted or moved.",
                             "id": "Gmail tidak menemukan pesan ini (HTTP 404). Mungkin pesannya sudah dihapus atau "
                                   "dipindahkan."},
    "error.bad_id.title": {"en": "Message not found", "id": "Pesan tidak ditemukan"},
    "error.bad_id.text": {"en": "Gmail did not accept this message's id (HTTP 400).",
                          "id": "Gmail tidak menerima id pesan ini (HTTP 400)."},
    "error.rate.title": {"en": "Gmail is busy", "id": "Gmail sedang sibuk"},
    "error.rate.text": {"en": "Gmail asked Regrets to slow down (HTTP 429). Wait a minute and try again.",
                        "id": "Gmail meminta Regrets memperlambat permintaan (HTTP 429). Tunggu sebentar, lalu coba "
                              "lagi."},
    "error.unavailable.title": {"en": "Gmail did not answer", "id": "Gmail tidak menjawab"},
    "error.unavailable.text": {"en": "Gmail is not reachable right now. Try again in a moment.",
                               "id": "Gmail sedang tidak dapat dihubungi. Coba lagi sebentar lagi."},
    "error.unknown.title": {"en": "Something went wrong", "id": "Terjadi kesalahan"},
    "error.unknown.text": {"en": "Gmail returned an unexpected error. Try again later.",
                           "id": "Gmail mengembalikan kesalahan yang tidak terduga. Coba lagi nanti."},
    "error.unreadable.title": {"en": "Regrets cannot read this conversation",
                               "id": "Regrets tidak dapat membaca percakapan ini"},
    "error.unreadable.text": {"en": "The message could not be decoded. You can still write your reply by hand.",
                              "id": "Pesannya tidak dapat dibaca. Anda tetap bisa menulis balasan sendiri."},
    "error.internal.title": {"en": "Something went wrong", "id": "Terjadi kesalahan"},
    "error.internal.text": {"en": "Regrets hit an internal error. Try again later.",
                            "id": "Regrets mengalami kesalahan internal. Coba lagi nanti."},
    "error.compose.title": {"en": "Regrets could not write the draft", "id": "Regrets tidak dapat menulis drafnya"},
    "error.compose.text": {"en": "The reply could not be composed from this conversation.",
                           "id": "Balasan tidak dapat disusun dari percakapan ini."},
    "error.busy.title": {"en": "Your draft is still being made", "id": "Draf Anda masih dibuat"},
    "error.busy.text": {"en": "Another click is still making this draft. Open the message again in a moment to see it.",
                        "id": "Klik sebelumnya masih membuat draf ini. Buka lagi pesannya sebentar lagi untuk "
                              "melihatnya."},
    "error.store.title": {"en": "Regrets cannot reach its records", "id": "Regrets tidak dapat membuka catatannya"},
    "error.store.text": {"en": "Regrets could not check whether this conversation already has its draft, so it made "
                               "none. Try again in a moment.",
                         "id": "Regrets tidak dapat memeriksa apakah percakapan ini sudah punya draf, jadi tidak ada "
                               "draf yang dibuat. Coba lagi sebentar lagi."},
    "error.not_ours.title": {"en": "Regrets cannot replace that draft", "id": "Regrets tidak dapat mengganti draf itu"},
    "error.not_ours.text": {"en": "Regrets replaces only a draft it made and still has on record. Open the message "
                                  "again to see the draft it knows about.",
                            "id": "Regrets hanya mengganti draf yang dibuatnya sendiri dan masih tercatat. Buka lagi "
                                  "pesannya untuk melihat draf yang diketahuinya."},
}

# errors a "Try again" button can fix
RETRYABLE = frozenset({"rate", "unavailable", "unknown", "internal", "busy", "store"})
ERROR_KINDS = ("scope", "auth", "not_found", "bad_id", "rate", "unavailable", "unknown", "unreadable", "internal",
               "compose", "busy", "store", "not_ours")


class Text:
    """The catalogue in one language: ``t("key", field=value)``, plus the formatting of times and durations."""

    def __init__(self, lang: str) -> None:
        if lang not in CARD_LANGUAGES:
            raise ValueError(f"no card language {lang!r}")
        self.lang = lang

    def __call__(self, key: str, **fields: object) -> str:
        text = TEXT[key][self.lang]
        return text.format(**fields) if fields else text

    def duration(self, hours: float) -> str:
        """4.2 -> '4 h' / '4 jam'; 30 -> '1 day 6 h' / '1 hari 6 jam' (regrets.display)."""
        return display.duration(hours, self.lang)

    def relative(self, hours: float) -> str:
        """'in 18 h' / '18 jam lagi'; '2 days ago' / '2 hari yang lalu'."""
        return self("time.ago" if hours < 0 else "time.in", duration=self.duration(hours))

    def time(self, dt: datetime) -> str:
        """'Thu 26 Nov 2026, 13:30 WIB' / 'Kam 26 Nov 2026, 13.30 WIB' (regrets.display)."""
        return display.card_time(dt, self.lang)
