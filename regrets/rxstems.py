"""Literal stems of a regular expression: a substring test (C speed) that rules a regex out before it runs.

`stems(rx)` reads the pattern's parse tree and returns lower-case strings one of which every match must contain
(for `\\binvit\\w*\\s+you\\b`: ("invit",); for `(?:like|love|want)\\s+to`: ("like", "love", "want")), or None when
it cannot tell. `may_match(rx, folded)` is then False only when `rx` certainly does not match the text that
`fold(text)` made: most of the many cue patterns of `detect` find nothing in most mail, and a case-insensitive
regex walks every position of a long text (the bulk of a big mailbox's reading time) while `in` does not.

`Finder(rx).search(text, folded)` goes further for the patterns that run: it splits the pattern into its top-level
alternatives and tries each only at the places where the text holds a string its matches must start with (found
with `str.find`), so a long text costs a few anchored `match` calls instead of a regex attempt at every position.
It returns the match `rx.search(text)` would (the same span; an alternative's own match object).

Sound for case-insensitive patterns too: `fold` lower-cases the text after mapping the four non-ASCII characters
that `re.IGNORECASE` equates with ASCII letters (U+0130, U+0131 to i, U+017F to s, U+212A to k; the set is
checked against `re` by tests/core/test_rxstems.py).
"""
from __future__ import annotations

import re
import sys
from bisect import bisect_left
from functools import lru_cache
from typing import Any

if sys.version_info >= (3, 11):
    # re's own parser; typeshed has no stubs for the private re._constants / re._parser (their old public names,
    # sre_constants / sre_parse, warn DeprecationWarning since 3.11), so the parse tree is read untyped
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _sp  # type: ignore[attr-defined]
else:  # pragma: no cover - Python 3.10
    import sre_constants as _c
    import sre_parse as _sp

# non-ASCII characters that re.IGNORECASE matches with an ASCII letter, and that letter
IGNORECASE_TWINS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_TWINS = str.maketrans(IGNORECASE_TWINS)

_cache: dict[re.Pattern[str], tuple[str, ...] | None] = {}


def fold(text: str) -> str:
    """The text `may_match` looks in."""
    return text.translate(_TWINS).lower()


def may_match(rx: re.Pattern[str], folded: str) -> bool:
    """False only when `rx` cannot match the text whose `fold` is `folded`."""
    try:
        st = _cache[rx]
    except KeyError:
        st = _cache[rx] = stems(rx)
    return st is None or any(s in folded for s in st)


def stems(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case strings one of which every match of `rx` contains, or None."""
    if rx.flags & re.VERBOSE or not isinstance(rx.pattern, str):
        return None  # (parsing a verbose pattern would work too; none of ours needs it)
    try:
        tree = _sp.parse(rx.pattern, rx.flags)
    except Exception:
        return None
    best = _seq(list(tree))
    return tuple(sorted(best)) if best else None


def _seq(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The most selective requirement among the parts of a sequence: literal runs, and required sub-parts."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av).lower())
            continue
        if run:
            options.append({"".join(run)})
            run = []
        req = _node(op, av)
        if req:
            options.append(req)
    if run:
        options.append({"".join(run)})
    options = [o for o in options if o and all(o)]
    if not options:
        return None
    # the requirement whose shortest stem is longest (ties: fewer stems) filters best
    return max(options, key=lambda o: (min(len(s) for s in o), -len(o)))


def _node(op: Any, av: Any) -> set[str] | None:
    if op is _c.SUBPATTERN:
        return _seq(list(av[-1]))
    if op is _c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            req = _seq(list(branch))
            if not req:
                return None  # one way to match without a stem
            out |= req
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
        return _seq(list(av[2]))
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _seq(list(av))
    return None  # classes, anchors, lookarounds, optional parts: no requirement taken from them


def _alternatives(pattern: str) -> list[str]:
    """The pattern's top-level alternatives as source text: 'a|(b|c)|[|]' -> ['a', '(b|c)', '[|]']."""
    out: list[str] = []
    depth, start, i, n = 0, 0, 0, len(pattern)
    in_class = False
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            j = i + 1 + (pattern[i + 1:i + 2] == "^")
            if pattern[j:j + 1] == "]":  # '[]…]' and '[^]…]': that ']' is a member
                i = j
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


Lead = tuple[str, bool]  # a string a match starts with, and whether it starts a word there (after a \\b)


def leads(rx: re.Pattern[str]) -> tuple[Lead, ...] | None:
    """Lower-case ASCII strings one of which every match of `rx` starts with, each with whether the pattern
    requires a word boundary before it; None when it cannot tell."""
    if rx.flags & re.VERBOSE or not isinstance(rx.pattern, str):
        return None
    try:
        tree = _sp.parse(rx.pattern, rx.flags)
    except Exception:
        return None
    found = _leads(list(tree), False)
    return tuple(sorted(found)) if found and all(s.isascii() for s, _ in found) else None


_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)


def _leads(items: list[tuple[Any, Any]], bounded: bool) -> set[Lead] | None:
    for i, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            bounded = bounded or (op is _c.AT and av is _c.AT_BOUNDARY)
            continue  # \b, ^, lookarounds: the match starts at what comes next
        if op is _c.LITERAL:
            run = []
            for op2, av2 in items[i:]:
                if op2 is not _c.LITERAL:
                    break
                run.append(chr(av2).lower())
            lead = "".join(run)
            return {(lead, bounded and _is_word_char(lead[0]))}
        if op is _c.SUBPATTERN:
            return _leads(list(av[-1]), bounded)
        if op is _c.BRANCH:
            out: set[Lead] = set()
            for branch in av[1]:
                req = _leads(list(branch), bounded)
                if not req:
                    return None
                out |= req
            return out
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            # an optional start ("(?:calendar\s+)?invite"): the match starts with it or with what follows
            inner, rest = _leads(list(av[2]), bounded), _leads(items[i + 1:], bounded)
            return inner | rest if inner and rest else None
        return None
    return None


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=8)
def _words(folded: str) -> list[str]:
    """The text's distinct words, sorted: where a word-start lead can be (`_starts_a_word`). Made once per text
    (cached) and shared by every pattern that reads it."""
    return sorted(set(_WORD.findall(folded)))


def _starts_a_word(words: list[str], part: str) -> bool:
    i = bisect_left(words, part)
    return i < len(words) and words[i].startswith(part)


_Start = tuple[str, str, re.Pattern[str] | None]


def _start(lead: str, at_word: bool) -> _Start:
    """(lead, the word part to look up first, the lead where it starts a word) for a lead after a \\b, or
    (lead, "", None) for one that may start inside a word.

    The word-start finder puts `lead` first, so that re looks for it as a literal (C speed), then looks back at the
    character before it. `fold` keeps every character's position and never turns a non-word character into a word
    character (tests/core/test_rxstems.py), so this is where the pattern's \\b before the lead holds."""
    if not at_word:
        return lead, "", None
    e = re.escape(lead)
    return lead, _word_part(lead), re.compile(rf"{e}(?<!\w{e})")


def _word_part(lead: str) -> str:
    """The lead's first characters that must start a word of the text: up to its first non-word character."""
    return lead[:next((i for i, ch in enumerate(lead) if not _is_word_char(ch)), len(lead))]


class Finder:
    """`rx.search`, tried only where a match can start (see the module's docstring)."""

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        pieces = [rx]
        if not rx.flags & re.VERBOSE:
            try:
                parts = [re.compile(src, rx.flags) for src in _alternatives(rx.pattern)]
            except re.error:
                parts = []
            if len(parts) > 1:
                pieces = parts
        self._pieces: list[tuple[re.Pattern[str], tuple[str, ...] | None, list[_Start] | None]] = []
        for piece in pieces:
            found = leads(piece)
            self._pieces.append((piece, stems(piece), [_start(lead, at_word) for lead, at_word in found] if found else None))

    def search(self, text: str, folded: str, *, by_words: bool = True) -> re.Match[str] | None:
        """The leftmost match, as `rx.search(text)`; `folded` is `fold(text)`. `by_words`: a lead that must start a
        word is first looked up in the text's sorted word list (made once per text: it pays when many patterns
        read the same text, not for one or two)."""
        best: re.Match[str] | None = None
        words: list[str] | None = None
        for piece, need, starts in self._pieces:
            if starts is None:
                if need is not None and not any(s in folded for s in need):
                    continue
                m = piece.search(text)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
                continue
            for lead, word, located in starts:
                if word and by_words:
                    if words is None:
                        words = _words(folded)
                    if not _starts_a_word(words, word):
                        continue  # no word of the text starts so
                limit = best.start() if best is not None else len(text) + 1
                end = limit + len(lead)
                if located is None:
                    at = folded.find(lead, 0, end)
                    while 0 <= at < limit:
                        m = piece.match(text, at)
                        if m is not None:
                            best = m
                            break
                        at = folded.find(lead, at + 1, end)
                    continue
                hit = located.search(folded, 0, end)
                while hit is not None and hit.start() < limit:
                    m = piece.match(text, hit.start())
                    if m is not None:
                        best = m
                        break
                    hit = located.search(folded, hit.start() + 1, end)
        return best


_finders: dict[re.Pattern[str], Finder] = {}


def search(rx: re.Pattern[str], text: str, folded: str, *, by_words: bool = True) -> re.Match[str] | None:
    """`rx.search(text)` through its (cached) `Finder`; `folded` is `fold(text)`."""
    try:
        finder = _finders[rx]
    except KeyError:
        finder = _finders[rx] = Finder(rx)
    return finder.search(text, folded, by_words=by_words)
