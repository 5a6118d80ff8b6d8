"""The --reason rule (issue 8): presets validated with a suggestion on typos; free text used as written, in the
language it is written in, trimmed of its final stop, without a mid-sentence capital; no verb said twice."""
from __future__ import annotations

import pytest

from regrets import reasons
from regrets.errors import UsageError


@pytest.mark.parametrize("typo, meant", [
    ("other_offer", "other-offer"), ("Other-Offer", "other-offer"), ("other offer", "other-offer"),
    ("otheroffer", "other-offer"), ("persnal", "personal"), ("STAY", "stay"), ("directoin", "direction"),
])
def test_a_mistyped_preset_is_refused_with_a_suggestion(typo, meant):
    with pytest.raises(UsageError, match=f"did you mean {meant}\\?"):
        reasons.check(typo)


@pytest.mark.parametrize("value", ["other-offer", "personal", "I'm relocating to Singapore next month.",
                                   "Saya akan pindah ke Surabaya", "relokasi", None, "  "])
def test_presets_and_own_words_pass(value):
    assert reasons.check(value) == (value.strip() if value and value.strip() else None)


@pytest.mark.parametrize("text, lang", [
    ("I'm relocating to Singapore next month.", "en"), ("Saya akan pindah ke Surabaya bulan depan.", "id"),
    ("my family is moving abroad", "en"), ("keluarga saya pindah ke luar kota", "id"), ("relokasi", None),
])
def test_language_of_own_words(text, lang):
    assert reasons.language_of(text) == lang


@pytest.mark.parametrize("text, expected", [
    ("Saya akan pindah ke Surabaya bulan depan.", "saya akan pindah ke Surabaya bulan depan"),
    ("I'm relocating to Singapore next month.", "I'm relocating to Singapore next month"),
    ("My family is moving abroad!!", "my family is moving abroad"),
    ('"I have accepted another offer."', "I have accepted another offer"),
    ("IBM made me an offer...", "IBM made me an offer"),
    ("McKinsey offered me a role.", "McKinsey offered me a role"),
    ("  Keluarga saya pindah ;  ", "keluarga saya pindah"),
])
def test_own_words_lose_the_final_stop_and_the_opening_capital(text, expected):
    assert reasons.own_words(text) == expected


def test_a_known_proper_name_keeps_its_capital():
    assert reasons.own_words("Google offered me a role.", {"google"}) == "Google offered me a role"


def test_own_words_go_only_into_letters_of_their_language():
    en = "I'm relocating to Singapore next month."
    idn = "Saya akan pindah ke Surabaya bulan depan."
    assert reasons.for_letter("en", reason=en).clause == "as I'm relocating to Singapore next month"
    assert reasons.for_letter("id", reason=en) is None
    assert reasons.for_letter("id", reason=idn).clause == "karena saya akan pindah ke Surabaya bulan depan"
    assert reasons.for_letter("en", reason=idn) is None
    # each language its own words; the per-language option wins over --reason
    both = dict(reason=idn, reason_en="I'm moving to Surabaya next month")
    assert reasons.for_letter("en", **both).clause == "as I'm moving to Surabaya next month"
    assert reasons.for_letter("id", **both).text == "saya akan pindah ke Surabaya bulan depan"
    # words without a telling language go into either letter
    assert reasons.for_letter("id", reason="relokasi").clause == "karena relokasi"


@pytest.mark.parametrize("lang, text, clause", [
    ("en", "because my partner got a job abroad.", "because my partner got a job abroad"),
    ("en", "Due to a family move.", "due to a family move"),
    ("en", "for personal reasons", "for personal reasons"),
    ("id", "Karena keluarga saya pindah.", "karena keluarga saya pindah"),
    ("id", "dikarenakan alasan keluarga", "dikarenakan alasan keluarga"),
])
def test_a_reason_that_brings_its_own_connector_is_not_given_a_second(lang, text, clause):
    assert reasons.for_letter(lang, reason=text).clause == clause


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("casual", [False, True])
@pytest.mark.parametrize("key", sorted(reasons.PRESETS))
def test_presets_never_say_decided_so_the_letter_can(key, lang, casual):
    r = reasons.for_letter(lang, reason=key, casual=casual)
    assert r.preset == key and not r.decides
    assert "decid" not in r.clause and "memutuskan" not in r.clause
    assert not r.clause.startswith(("as of", "as personal", "karena karena"))


def test_a_reason_that_says_decided_is_flagged():
    assert reasons.for_letter("en", reason="I have decided to focus on my studies").decides
    assert reasons.for_letter("id", reason="saya memutuskan untuk melanjutkan studi").decides
    assert not reasons.for_letter("en", reason="I'm relocating").decides
