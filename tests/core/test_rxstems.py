"""rxstems rules a regex out only when it certainly cannot match (detect relies on it for every cue)."""
from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from regrets import detect, rxstems


def test_the_ignorecase_twins_are_exactly_the_non_ascii_letters_re_equates_with_ascii():
    ascii_letter = re.compile("[a-z]", re.I)
    twins = {chr(c) for c in range(128, sys.maxunicode + 1) if ascii_letter.fullmatch(chr(c))}
    assert twins == set(rxstems.IGNORECASE_TWINS)


def test_stems_of_simple_patterns():
    assert rxstems.stems(re.compile(r"\binvit\w*\s+you\b", re.I)) in {("invit",), ("you",)}
    assert rxstems.stems(re.compile(r"(?:like|love|want)\s+to")) == ("like", "love", "want")
    assert rxstems.stems(re.compile(r"(?:like|)\s*x?")) is None


CUE_PATTERNS = [rx for rx, _w, _lab in detect.POSITIVE + detect.NEGATIVE]
WORDS = st.sampled_from(["Interview", "INVITE", "jadwal", "wawancara", "\u0130nterview", "\u212aamis", "you", "to",
                         "schedule", " ", "\n", "psikotes", "we would like", "unfortunately", "ſchedule", "Thank",
                         "Candidate:", "Lucas Ferreira", "has been scheduled for", "has booked"])


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.lists(st.one_of(WORDS, st.text(max_size=6)), max_size=30).map(" ".join))
def test_may_match_is_false_only_when_the_pattern_finds_nothing(text):
    folded = rxstems.fold(text)
    for rx in CUE_PATTERNS + [detect._NAMED_CANDIDATE]:
        if not rxstems.may_match(rx, folded):
            assert rx.search(text) is None, rx.pattern


def test_every_cue_of_detect_has_stems_or_is_run_as_before():
    # not a requirement for correctness; a regression guard that the speed-up still applies to most cues
    with_stems = sum(rxstems.stems(rx) is not None for rx in CUE_PATTERNS)
    assert with_stems >= len(CUE_PATTERNS) // 2


# ---------------------------------------------------------------------------------------------- Finder
from pathlib import Path  # noqa: E402

from regrets.mailparse import parse_bytes  # noqa: E402

HERE = Path(__file__).resolve().parent
FINDER_PATTERNS = CUE_PATTERNS + [detect.INTERVIEW_WORD, detect.CHAT_WORD, detect.RECRUITING_CONTEXT, detect.MEETING_LINK,
                                  detect.BOOKING_LINK, detect.CONDITIONAL, detect._NAMED_CANDIDATE,
                                  re.compile(r"(?im)^\s*status\s*:|(?<=x)\by|[|]\||\(a|b\)", re.I)]


def _same(rx: re.Pattern[str], text: str) -> None:
    want = rx.search(text)
    folded = rxstems.fold(text)
    for by_words in (True, False):
        got = rxstems.search(rx, text, folded, by_words=by_words)
        assert (want and want.span()) == (got and got.span()), (rx.pattern[:80], text[:200], by_words)


def test_fold_keeps_every_position_and_every_word_boundary():
    # the Finder looks for a lead's word start in the folded text: each character must stay one character, and a
    # character that is not a word character must not become one (then the pattern's \b holds where the fold's does)
    word = re.compile(r"\w")
    for cp in range(sys.maxunicode + 1):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        folded = rxstems.fold(ch)
        assert len(folded) == 1 and (word.match(ch) or not word.match(folded)), hex(cp)


def test_alternatives_split_only_at_the_top_level():
    assert rxstems._alternatives(r"a|(b|c)|[|]|\||[]|]|[^]|]x") == ["a", "(b|c)", "[|]", r"\|", "[]|]", "[^]|]x"]
    assert rxstems._alternatives("abc") == ["abc"]


def test_leads_are_what_every_match_starts_with():
    assert rxstems.leads(re.compile(r"\b(?:meet|speak)\s+you", re.I)) == (("meet", True), ("speak", True))
    assert rxstems.leads(re.compile(r"(?<!try\s)\bMock\s+interview")) == (("mock", True),)
    assert rxstems.leads(re.compile(r"zoom\.us/|\b\.ics")) == ((".ics", False), ("zoom.us/", False))
    assert rxstems.leads(re.compile(r"(?:a|)b")) is None  # an alternative may match nothing: no lead
    assert rxstems.leads(re.compile(r"\b(?:calendar\s+)?invite")) == (("calendar", True), ("invite", True))
    assert rxstems.leads(re.compile(r"(?:meng)?undang|x*y")) is None  # (the pattern as a whole: its alternatives)
    assert rxstems.leads(re.compile(r"\w+ing")) is None


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.lists(st.one_of(WORDS, st.text(max_size=6)), max_size=30).map(" ".join))
def test_finder_finds_what_search_finds(text):
    for rx in FINDER_PATTERNS:
        _same(rx, text)


def test_finder_finds_what_search_finds_in_every_corpus_mail():
    texts = []
    for path in sorted(HERE.parent.glob("corpus/*/*.eml")) + sorted(HERE.glob("golden/*/*.eml")):
        m = parse_bytes(path.read_bytes())
        texts.append(m.subject + "\n" + m.text)
    assert len(texts) > 300
    for text in texts:
        for rx in FINDER_PATTERNS:
            _same(rx, text)
