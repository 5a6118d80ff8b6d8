"""What a message says about the interview: the owner accepts or refuses it, the recruiter agrees to a time the
owner offered, or someone calls it off. English and Indonesian; quoted text is cut by the caller."""
from __future__ import annotations

import re

# (Line-anchored alternatives skip only spaces and tabs after `^`: `^\s*` under re.M rescans a run of blank lines
# from every line of it, which is quadratic.)
# A statement that the interview is off ("has been cancelled", "we have to cancel Monday's interview"), not a
# footer link ("Cancel: https://...", "To cancel or reschedule, ...") or a policy ("cancellation policy").
_CANCEL = re.compile(
    r"\b(?:interview|meeting|appointment|session|call|event|wawancara|jadwal|acara|psikotes)\b[^.\n]{0,60}?\b(?:has|have|had)\s+"
    r"(?:unfortunately\s+)?been\s+(?:cancell?ed|called\s+off|withdrawn)|"
    r"\b(?:is|was|are|will\s+be)\s+(?:now\s+)?(?:cancell?ed|called\s+off)\b|"
    r"\b(?:have|had|need|needs|must)\s+to\s+(?:cancel|call\s+off)\s+(?:your|the|our|this|that|tomorrow'?s?|today'?s?|\w+day'?s)\b|"
    r"\b(?:we(?:'re|\s+are)|i(?:'m|\s+am))\s+(?:cancell?ing|calling\s+off)\b|\bcancell?ing\s+(?:your|the|our)\s+\w+|"
    r"\b(?:decided|forced)\s+to\s+cancel\b|^[^\S\n]*(?:cancell?ed|canceled\s+event)\b|"
    r"\b(?:dibatalkan|ditiadakan|tidak\s+jadi\s+(?:dilaksanakan|diadakan))\b|\b(?:kami\s+)?membatalkan\s+(?:jadwal|interview|wawancara|undangan|acara)|"
    r"\bpembatalan\s+(?:jadwal|interview|wawancara|undangan)|\b(?:was|has\s+been|were)\s+removed\s+from\s+(?:the|your|our)\s+(?:\w+\s+){0,2}"
    r"(?:schedule|calendar)\b", re.I | re.M)
_CONDITIONAL = re.compile(r"\b(?:if|should|jika|apabila|bila|kalau|in\s+case|unable\s+to\s+attend|bisa|dapat|may|can)\b[^.\n]{0,50}$", re.I)
_CANCEL_SUBJECT = re.compile(r"^\s*(?:(?:appointment|interview|meeting|booking|event|session|wawancara|jadwal|interview\s+\w+)\s+)?"
                             r"(?:canceled|cancelled|dibatalkan|pembatalan|canceled\s+event|acara\s+dibatalkan)\b", re.I)
_ACCEPT = re.compile(
    r"\b(?:i\s+(?:can\s+)?confirm|confirmed|confirming|see\s+you\s+(?:then|there|on|next)|works\s+(?:for|with)\s+me|i(?:'ll|\s+will)\s+be\s+there|"
    r"looking\s+forward\s+to\s+(?:it|the\s+interview|meeting|speaking|talking|our)|i\s+(?:happily\s+)?accept|happy\s+to\s+(?:attend|join|confirm)|count\s+me\s+in|"
    r"sounds\s+(?:good|great|perfect)|that\s+(?:time\s+)?works|i\s+will\s+attend|i(?:'ll|\s+will)\s+join|"
    r"(?:works|is|suits|fits)\s+(?:\w+\s+)?(?:perfect(?:ly)?|great|fine|well|good)(?:\s+(?:for|with)\s+me)?|works\s+for\s+me|suits\s+me|"
    r"i(?:'ll|\s+will)\s+take\s+(?:option|slot|the)|(?:option|slot)\s*#?\s*\d\s+(?:works|is|please|for\s+me)|"
    r"i\s+(?:can|could)\s+(?:make|do|attend)\s+(?:it|that|the|this)|i(?:'m|\s+am)\s+available\s+(?:then|at|on)|"
    r"i(?:'ll|\s+will)\s+see\s+you|see\s+you\s+(?:on|at)\b|"
    r"saya\s+(?:bisa|dapat)\s+(?:hadir|mengikuti|datang|ikut)|saya\s+pilih|pilih\s+(?:opsi|nomor|jadwal|pilihan)\s*(?:ke-?)?\s*\d|"
    r"^[^\S\n]*(?:oke|ok|okay|baik),?\s+(?:saya|bisa|siap|kak|mbak|mas)|"
    r"bersedia\s+(?:hadir|mengikuti|datang|untuk)|konfirmasi\s+(?:kehadiran|bersedia|hadir)|saya\s+(?:konfirmasi|meng(?:k)?onfirmasi)|saya\s+(?:akan\s+)?hadir|siap\s+hadir|"
    r"dengan\s+ini\s+(?:saya\s+)?meng(?:k)?onfirmasi|saya\s+bersedia\b|saya\s+akan\s+(?:datang|mengikuti|ikut)|"
    r"(?:i\s+|to\s+|writing\s+to\s+)confirm\s+my\s+(?:attendance|availability|participation|presence)|confirming\s+(?:my|that\s+i)|"
    r"pleased\s+to\s+confirm|i\s+(?:am|'m)\s+(?:available|free)\s+(?:on|at|then)|i\s+(?:would|'d)\s+be\s+(?:happy|glad|delighted)\s+to\s+(?:attend|join|meet|come)|"
    r"^[^\S\n]*siap\b|^[^\S\n]*bersedia(?![a-z])|baik,?\s+(?:saya|bu|pak)|sampai\s+jumpa|insya\s?allah\s+(?:saya\s+)?(?:hadir|bisa)|bisa\s+hadir)", re.I | re.M)
_NOT_ACCEPT = re.compile(
    r"\b(?:can(?:'t|not)\s+(?:make|attend|join|do)|unable\s+to|won'?t\s+be\s+able|have\s+to\s+(?:cancel|decline|withdraw)|withdraw|decline|"
    r"no\s+longer|not\s+available|unavailable|(?:does|doesn'?t|won'?t|will\s+not)\s+(?:not\s+)?work\s+for\s+me|"
    r"tidak\s+(?:bisa|dapat)\s+(?:hadir|mengikuti|datang|ikut)|berhalangan|mengundurkan\s+diri|membatalkan|menolak|"
    r"(?:jadwal|waktu)\s+lain|dijadwalkan\s+ulang|reschedule)\b", re.I)
_ACCEPTED_SUBJECT = re.compile(r"^\s*(?:accepted|diterima|menerima)\s*:", re.I)
_PROPOSE = re.compile(r"\b(?:would|could|how\s+about|what\s+about|instead|bagaimana\s+kalau|gimana\s+kalau|apakah\s+bisa)\b", re.I)
_AGREE = re.compile(
    r"\b(?:perfect|great|sounds\s+(?:good|great|perfect)|that\s+works|works\s+(?:for|with)\s+(?:us|me|them|her|him)|works\s+well|"
    r"confirmed|(?:i'?ve|we'?ve)\s+(?:booked|scheduled|confirmed)|see\s+you\s+then|all\s+set|you'?re\s+(?:all\s+)?set|noted|"
    r"no\s+problem|of\s+course|baik|oke|ok|siap|sampai\s+jumpa|ditunggu|kami\s+tunggu|bisa|boleh)\b", re.I)


def accepts(subject: str, body: str) -> bool:
    """The owner's own words confirm attendance ("I'll be there", "Baik, saya akan hadir", an "Accepted:" reply)."""
    return bool(_ACCEPTED_SUBJECT.search(subject) or (_ACCEPT.search(body) and not refuses(body)))


def refuses(body: str) -> bool:
    """The words turn the time down ("can't make it", "berhalangan", "could we reschedule")."""
    return bool(_NOT_ACCEPT.search(body))


def proposes(body: str) -> bool:
    """The words offer another time ("would Tuesday work instead?")."""
    return bool(_PROPOSE.search(body))


def agrees(body: str) -> bool:
    """The recruiter agrees to what the owner proposed ("Perfect, see you then!", "Baik, ditunggu")."""
    return bool(_AGREE.search(body)) and not refuses(body)


def is_cancellation(subject: str, body: str) -> bool:
    """The message calls the interview off (not a footer's "to cancel, click here", not "if you need to cancel")."""
    if _CANCEL_SUBJECT.search(subject):
        return True
    for m in _CANCEL.finditer(body):
        if not _CONDITIONAL.search(body[max(0, m.start() - 60): m.start()] + m.group(0)[:1]):
            return True
    return False
