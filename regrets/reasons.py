"""The optional reason in a letter: a preset, or the user's own words used as written in the language they are
written in.

Rules (issue 8): a preset key is validated and a typo gets a suggestion (`other_offer` -> did you mean
other-offer?); free text keeps its words but loses its final stop and, mid-sentence, a capital that only opened
the user's sentence ("Saya akan pindah." -> "karena saya akan pindah"); free text goes only into letters of its own
language (`--reason-en` / `--reason-id` give each language its own words); a reason that already says
"decided" / "memutuskan" makes the letter avoid saying it twice.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Container
from dataclasses import dataclass

from .errors import UsageError
from .language import evidence

# The clauses read after "as" / "karena"; none of them repeats the letter's "decided" / "memutuskan".
PRESETS: dict[str, dict[str, str]] = {
    "other-offer": {"en": "I have accepted another offer", "id": "saya telah menerima tawaran pekerjaan di tempat lain"},
    "direction": {"en": "I am taking my career in a different direction",
                  "id": "saya memilih untuk mengambil arah karier yang berbeda"},
    "personal": {"en": "my personal circumstances have changed", "id": "alasan pribadi"},
    "stay": {"en": "I will be staying in my current role", "id": "saya memilih untuk tetap di pekerjaan saya saat ini"},
}
CASUAL: dict[str, dict[str, str]] = {
    "other-offer": {"en": "I've accepted another offer", "id": "saya sudah menerima tawaran kerja di tempat lain"},
    "direction": {"en": "I'm taking my career in a different direction", "id": "saya memilih arah karier yang lain"},
    "personal": {"en": "personal reasons", "id": "ada keperluan pribadi"},
    "stay": {"en": "I'm staying in my current role", "id": "saya memilih tetap di tempat kerja saya sekarang"},
}
# "as personal reasons" is not English: the casual 'personal' clause reads after "for"
_CASUAL_CONNECTOR = {("personal", "en"): "for"}

# words that already join the clause to the sentence when the user starts with them
_OWN_CONNECTOR = {
    "en": {"because", "since", "as", "due", "owing", "for", "given", "having"},
    "id": {"karena", "sebab", "dikarenakan", "mengingat", "lantaran", "berhubung", "oleh", "sehubungan"},
}
_DECIDES = re.compile(r"\b(?:decid\w*|decision|memutuskan|diputuskan|keputusan|putuskan)\b", re.I)
_FINAL_STOPS = ".!;,:\u2026\u3002 \t"
_I_FORMS = {"I", "I'm", "I've", "I'll", "I'd", "I\u2019m", "I\u2019ve", "I\u2019ll", "I\u2019d"}
_ALWAYS_CAPITAL = re.compile(r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
                             r"june|july|august|september|october|november|december|senin|selasa|rabu|kamis|jumat|sabtu|"
                             r"minggu|januari|februari|maret|juni|juli|agustus|oktober|desember|english|indonesia\w*)",
                             re.I)


@dataclass(frozen=True)
class Reason:
    """A reason ready for a letter: `text` is the clause, `clause` the clause with its connector
    ("as I have accepted another offer" / "karena alasan pribadi" / "due to a move", as the user wrote it)."""

    text: str
    clause: str
    decides: bool  # the reason already says "decided" (the letter words its own decision differently)
    preset: str | None = None


def check(value: str | None) -> str | None:
    """A --reason value as given, or a UsageError naming the preset a typo was meant to be."""
    if value is None or not value.strip():
        return None
    v = value.strip()
    if v in PRESETS:
        return v
    norm = re.sub(r"[\s_\-]+", "-", v.lower()).strip("-")
    suggestion = norm if norm in PRESETS else None
    if suggestion is None and not re.search(r"\s", v):
        close = difflib.get_close_matches(norm, list(PRESETS), n=1, cutoff=0.6)
        suggestion = close[0] if close else None
    if suggestion:
        raise UsageError(f"--reason {v!r} is not a preset: did you mean {suggestion}? "
                         f"(presets: {', '.join(PRESETS)}; anything else is used as your own words)")
    return v


def language_of(text: str) -> str | None:
    """'en' or 'id' for the user's own words, None when they carry no evidence either way ('relokasi')."""
    en, idn = evidence(text)
    if en == idn:
        return None
    return "id" if idn > en else "en"


def own_words(text: str, proper_words: Container[str] = frozenset()) -> str:
    """The user's clause as it sits mid-sentence: trimmed, no enclosing quotes, no final stop, and no capital that
    only opened their sentence ('Saya akan pindah.' -> 'saya akan pindah'; 'I'm moving' and 'Google ...' when
    Google is a known name stay)."""
    t = " ".join(text.split()).strip("\"'\u201c\u201d\u2018\u2019 ")
    t = t.rstrip(_FINAL_STOPS)
    t = t.strip("\"'\u201c\u201d\u2018\u2019 ").rstrip(_FINAL_STOPS)
    if not t:
        return ""
    first = re.match(r"[^\s,;:]+", t)
    word = first.group(0) if first else t
    bare = word.strip("\"'()")
    keep = (bare in _I_FORMS or (len(bare) > 1 and bare.isupper()) or any(c.isupper() for c in bare[1:])
            or bare.lower() in proper_words or _ALWAYS_CAPITAL.fullmatch(bare) is not None)
    if not keep and bare[:1].isupper():
        t = t[:1].lower() + t[1:]
    return t


def for_letter(lang: str, *, reason: str | None = None, reason_en: str | None = None, reason_id: str | None = None,
               casual: bool = False, proper_words: Container[str] = frozenset()) -> Reason | None:
    """The reason for a letter in `lang`: that language's own words when given, else a preset, else free text
    when it is written in `lang` (or in no telling language); None otherwise."""
    own = reason_en if lang == "en" else reason_id if lang == "id" else None
    text: str | None = None
    preset = None
    if own and own.strip():
        text = own
    elif reason and reason.strip() in PRESETS:
        preset = reason.strip()
    elif reason and reason.strip():
        written_in = language_of(reason)
        if written_in in (None, lang):
            text = reason
    if preset:
        clause = (CASUAL if casual else PRESETS)[preset][lang]
        connector = _CASUAL_CONNECTOR.get((preset, lang)) if casual else None
        return Reason(clause, f"{connector or ('karena' if lang == 'id' else 'as')} {clause}", False, preset)
    if text is None:
        return None
    words = own_words(text, proper_words)
    if not words:
        return None
    first = words.split()[0].lower().strip("\"'(")
    joined = words if first in _OWN_CONNECTOR.get(lang, set()) else f"{'karena' if lang == 'id' else 'as'} {words}"
    return Reason(words, joined, bool(_DECIDES.search(words)))
