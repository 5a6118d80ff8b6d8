"""How to address the recruiter in Indonesian: "Ibu" or "Bapak", from what the thread says or from the name.

`title_from_text` reads the thread for a title written next to the recruiter's name ("Bertemu dengan: Ibu
Wulan", "Pak Joko akan menghubungi", "Mr. Tan"); the reader can use it to fill `Analysis.recruiter_title`.
`split_title` takes a title the reader left inside the name ("Ibu Wulan Sari" -> "Ibu", "Wulan Sari").
`call_name` is the name a casual greeting uses ("Muhammad Rizal" -> "Rizal").
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .given_names import title_for

_TITLES = {"bapak": "Bapak", "pak": "Bapak", "bpk": "Bapak", "bp": "Bapak", "mr": "Bapak",
           "ibu": "Ibu", "bu": "Ibu", "ibu.": "Ibu", "mrs": "Ibu", "ms": "Ibu", "miss": "Ibu", "mbak": "Ibu",
           "mas": "Bapak"}
_TITLE_WORD = r"(?:Bapak|Pak|Bpk|Bp|Mr|Ibu|Bu|Mrs|Ms|Miss|Mbak|Mas)\.?"
_LEADING_TITLE = re.compile(rf"^\s*({_TITLE_WORD})\s+(?=\S)", re.I)
_PREFIXES = {"muhammad", "muhamad", "mohammad", "mohamad", "mochammad", "moh", "m", "i", "ni"}
MAX_SCAN = 20_000  # characters read per message: titles sit in greetings, the body's first lines and signatures


def split_title(name: str | None) -> tuple[str | None, str | None]:
    """(title, name without it): 'Ibu Wulan Sari' -> ('Ibu', 'Wulan Sari'); a name without one -> (None, name)."""
    if not name:
        return None, name
    m = _LEADING_TITLE.match(name)
    if not m:
        return None, name
    return _TITLES[m.group(1).lower().rstrip(".")], name[m.end():].strip() or None


def title_from_text(texts: Iterable[str], name: str | None) -> str | None:
    """'Ibu' or 'Bapak' when the thread writes a title before the recruiter's first name, and only one kind;
    None when it never does or when it says both (two people can share a first name)."""
    _, bare = split_title(name)
    words = (bare or "").split()
    if not words:
        return None
    first = call_name(bare) or words[0]
    rx = re.compile(rf"(?<![\w/])({_TITLE_WORD})\s+{re.escape(first)}\b", re.I)
    found: set[str] = set()
    for t in texts:
        for m in rx.finditer(t[:MAX_SCAN]):
            found.add(_TITLES[m.group(1).lower().rstrip(".")])
    return found.pop() if len(found) == 1 else None


def title_of(name: str | None, *, stated: str | None = None, texts: Iterable[str] = ()) -> str | None:
    """The recruiter's title in one place: what the reader stated, else a title inside the name, else what the
    thread writes, else an unambiguously gendered given name; None means 'Bapak/Ibu'."""
    if stated in ("Bapak", "Ibu"):
        return stated
    inside, bare = split_title(name)
    return inside or title_from_text(texts, bare) or title_for(bare)


def call_name(name: str | None) -> str | None:
    """The name people use: the first word, past 'Muhammad' and the like, or a Balinese name's last word."""
    _, bare = split_title(name)
    words = (bare or "").split()
    if not words:
        return None
    if words[0].lower().rstrip(".") in ("i", "ni") and len(words) > 1:
        return words[-1]
    while len(words) > 1 and words[0].lower().rstrip(".") in _PREFIXES:
        words = words[1:]
    return words[0]
