"""Literal stems of a regular expression: a substring test (C speed) that rules a regex out before it runs.

`stems(rx)` reads the pattern's parse tree and returns lower-case strings one of which every match must contain
(for `\\binvit\\w*\\s+you\\b`: ("invit",); for `(?:like|love|want)\\s+to`: ("like", "love", "want")), or None when
it cannot tell. `may_match(rx, folded)` is then False only when `rx` certainly does not match the text that
`fold(text)` made: most of the many cue patterns of `detect` find nothing in most mail, and a case-insensitive
regex walks every position of a long text (the bulk of a big mailbox's reading time) while `in` does not.

Sound for case-insensitive patterns too: `fold` lower-cases the text after mapping the four non-ASCII characters
that `re.IGNORECASE` equates with ASCII letters (U+0130, U+0131 to i, U+017F to s, U+212A to k; the set is
checked against `re` by tests/core/test_rxstems.py).
"""
from __future__ import annotations

import re
import sys
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
