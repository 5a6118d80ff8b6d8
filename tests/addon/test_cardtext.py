"""The card catalogue: both languages complete, the user's locale picks one, and a card drawn in one language
holds no text of the other (checked on every golden card)."""
from __future__ import annotations

import json
import re
import string

import pytest

from addon.cardtext import CARD_LANGUAGES, ERROR_KINDS, TEXT, Text, card_language
from regrets.model import Urgency

from .conftest import GOLDEN

TAG = re.compile(r"</?[a-z]+[^>]*>")
VISIBLE = {"title", "subtitle", "header", "text", "topLabel", "bottomLabel", "label", "hintText"}


def fields(s: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(s) if f}


@pytest.mark.parametrize("key", sorted(TEXT))
def test_every_string_has_both_languages(key):
    entry = TEXT[key]
    assert set(entry) == set(CARD_LANGUAGES), f"{key}: languages {sorted(entry)}"
    en, id_ = entry["en"], entry["id"]
    assert en.strip() and id_.strip(), f"{key}: empty"
    assert en != id_, f"{key}: not translated"
    assert fields(en) == fields(id_), f"{key}: the fields differ"
    assert TAG.findall(en) == TAG.findall(id_), f"{key}: the markup differs"


def test_the_catalogue_covers_every_urgency_and_error():
    for level in Urgency:
        if level != Urgency.NONE:
            assert f"urgency.{level.value}" in TEXT and f"advice.{level.value}" in TEXT
    for kind in ERROR_KINDS:
        assert f"error.{kind}.title" in TEXT and f"error.{kind}.text" in TEXT


@pytest.mark.parametrize("locale, lang", [
    ("id", "id"), ("id-ID", "id"), ("id_ID", "id"), ("ID", "id"),
    ("en-US", "en"), ("en-GB", "en"), ("ms-MY", "en"), ("nl-NL", "en"), ("", "en"), (None, "en"),
])
def test_card_language_from_user_locale(locale, lang):
    assert card_language(locale) == lang


def test_times_and_durations_per_language():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    dt = datetime(2026, 11, 26, 13, 30, tzinfo=ZoneInfo("Asia/Jakarta"))
    assert Text("en").time(dt) == "Thu 26 Nov 2026, 13:30 WIB"
    assert Text("id").time(dt) == "Kam 26 Nov 2026, 13.30 WIB"
    assert Text("id").time(dt.astimezone(ZoneInfo("Etc/GMT-7"))) == "Kam 26 Nov 2026, 13.30 UTC+07:00"
    assert [Text("en").relative(h) for h in (0.5, 18.4, 30, 200, -49)] == \
        ["in 30 min", "in 18 h", "in 1 day 6 h", "in 8 days", "2 days 1 h ago"]
    assert [Text("id").relative(h) for h in (0.5, 18.4, 30, 200, -49)] == \
        ["30 menit lagi", "18 jam lagi", "1 hari 6 jam lagi", "8 hari lagi", "2 hari 1 jam yang lalu"]


MAIL_LABELS = {TEXT[k][lang] for k in ("label.company_role", "label.reply_to") for lang in CARD_LANGUAGES}


def visible_strings(obj, key: str = ""):
    """The card's visible text, less what comes from the mail: the subject (header subtitle), company and role,
    the reply address."""
    if isinstance(obj, dict):
        mail = obj.get("topLabel") in MAIL_LABELS
        for k, v in obj.items():
            if k == "subtitle" or (mail and k == "text"):
                continue
            yield from visible_strings(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from visible_strings(v, key)
    elif isinstance(obj, str) and key in VISIBLE:
        yield obj


def fixed_parts(lang: str) -> set[str]:
    """The literal pieces of every catalogue string in `lang` long enough to be telling (8+ characters)."""
    out = set()
    for entry in TEXT.values():
        for literal, *_ in string.Formatter().parse(TAG.sub("", entry[lang])):
            literal = literal.strip(" .,:;()")
            if len(literal) >= 8:
                out.add(literal)
    return out


GOLDEN_CARDS = sorted(p.name for p in GOLDEN.glob("*.json"))


@pytest.mark.parametrize("name", GOLDEN_CARDS)
def test_a_card_speaks_one_language(name):
    """No text of the other language in a golden card: Indonesian cards are the *_locale_id* cases (mail content
    -- subjects, names, addresses -- is the thread's and is skipped by keeping to catalogue text)."""
    lang = "id" if "locale_id" in name else "en"
    other = fixed_parts("en" if lang == "id" else "id") - fixed_parts(lang)
    card = json.loads((GOLDEN / name).read_text(encoding="utf-8"))
    shown = [TAG.sub("", s) for s in visible_strings(card)]
    leaks = sorted({part for part in other for s in shown if part in s})
    assert not leaks, f"{name}: text of the other language: {leaks}"
    assert any(part in s for part in fixed_parts(lang) for s in shown), f"{name}: no catalogue text at all"
