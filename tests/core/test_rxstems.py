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
                         "schedule", " ", "\n", "psikotes", "we would like", "unfortunately", "ſchedule", "Thank"])


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.lists(st.one_of(WORDS, st.text(max_size=6)), max_size=30).map(" ".join))
def test_may_match_is_false_only_when_the_pattern_finds_nothing(text):
    folded = rxstems.fold(text)
    for rx in CUE_PATTERNS:
        if not rxstems.may_match(rx, folded):
            assert rx.search(text) is None, rx.pattern


def test_every_cue_of_detect_has_stems_or_is_run_as_before():
    # not a requirement for correctness; a regression guard that the speed-up still applies to most cues
    with_stems = sum(rxstems.stems(rx) is not None for rx in CUE_PATTERNS)
    assert with_stems >= len(CUE_PATTERNS) // 2
