"""Read mail from files: .eml (one thread), mbox / Google Takeout (many threads), Maildir folders.

Large mailboxes are read in two passes so that memory does not grow with message bodies:
pass 1 parses every message once, keeps a small index (thread links, subject, sender, date, and
whether the message could belong to an interview invite); pass 2 re-reads only the messages of
threads that might be invites. Everything else is reported from the index.
"""
from __future__ import annotations

import mailbox
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import MalformedMessage, UnreadablePath
from .mailparse import parse_bytes
from .model import Address, Message, Thread

MAIL_SUFFIXES = (".eml", ".mbox", ".msg.txt", ".txt")


def read_paths(paths: Iterable[str | os.PathLike], relevant: Callable[[Message], bool] | None = None) -> Iterator[Thread]:
    """Yield the threads in each path, in order. Unreadable paths raise UnreadablePath before anything is read."""
    plist = [Path(p) for p in paths]
    for p in plist:
        if not p.exists():
            raise UnreadablePath(f"{p}: no such file or folder")
        if not os.access(p, os.R_OK):
            raise UnreadablePath(f"{p}: permission denied")
    for p in plist:
        yield from read_path(p, relevant)


def read_path(path: Path, relevant: Callable[[Message], bool] | None = None) -> Iterator[Thread]:
    """Threads in one file or folder. A folder is a Maildir, or else every mail file inside it."""
    if path.is_dir():
        if (path / "cur").is_dir() and (path / "new").is_dir():
            yield from _read_box(mailbox.Maildir(str(path), factory=None, create=False), str(path), relevant)
            return
        for child in sorted(path.rglob("*")):
            if child.is_file() and (child.suffix.lower() in (".eml", ".mbox") or child.name.lower().endswith(".mbox")):
                yield from read_path(child, relevant)
        return
    if _looks_like_mbox(path):
        yield from _read_box(mailbox.mbox(str(path), factory=None, create=False), str(path), relevant)
    else:
        yield _read_eml(path)


def _looks_like_mbox(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(5)
    except OSError as exc:
        raise UnreadablePath(f"{path}: {exc.strerror or exc}") from None
    return head == b"From " or path.suffix.lower() == ".mbox"


def _read_eml(path: Path) -> Thread:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadablePath(f"{path}: {exc.strerror or exc}") from None
    try:
        msg = parse_bytes(raw)
    except MalformedMessage as exc:
        return Thread(key=path.name, messages=[], source=str(path), problems=[f"{path.name}: {exc}"])
    return Thread(key=msg.thread_hint or msg.message_id or path.name, messages=[msg], source=str(path))


@dataclass(slots=True)
class _Entry:
    """What pass 1 keeps of one message."""

    key: object
    thread: str
    subject: str
    sender: Address | None
    date: object
    relevant: bool


class _Links:
    """Union-find over Message-IDs: messages that reference each other share a thread."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        p = self.parent.setdefault(x, x)
        while p != self.parent[p]:
            self.parent[p] = self.parent[self.parent[p]]
            p = self.parent[p]
        self.parent[x] = p
        return p

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _read_box(box: mailbox.Mailbox, source: str, relevant: Callable[[Message], bool] | None) -> Iterator[Thread]:
    """Group a mailbox's messages into threads (X-GM-THRID when present, else reply chains)."""
    entries: list[_Entry] = []
    problems: list[Thread] = []
    links = _Links()
    try:
        keys = list(box.iterkeys())
    except (OSError, mailbox.Error) as exc:
        raise UnreadablePath(f"{source}: cannot read mailbox: {exc}") from None
    for n, key in enumerate(keys, 1):
        try:
            msg = parse_bytes(box.get_bytes(key), skim=True)
        except (MalformedMessage, OSError, KeyError) as exc:
            problems.append(Thread(key=f"message-{n}", messages=[], source=f"{source}#message-{n}",
                                   problems=[f"message {n}: {exc}"]))
            continue
        if msg.thread_hint:
            tkey = "thrid:" + msg.thread_hint
        else:
            tkey = msg.message_id or f"message-{n}"
            for ref in (*msg.references, msg.in_reply_to):
                if ref:
                    links.union(ref, tkey)
        links.find(tkey)
        rel = True if relevant is None else relevant(msg)
        entries.append(_Entry(key, tkey, msg.subject, msg.sender, msg.date, rel))

    groups: dict[str, list[_Entry]] = {}
    for e in entries:
        root = e.thread if e.thread.startswith("thrid:") else links.find(e.thread)
        groups.setdefault(root, []).append(e)

    for root, members in groups.items():
        tkey = root[len("thrid:"):] if root.startswith("thrid:") else root
        src = f"{source}#{tkey}"
        if any(e.relevant for e in members):
            msgs: list[Message] = []
            bad: list[str] = []
            for e in members:
                try:
                    msgs.append(parse_bytes(box.get_bytes(e.key)))
                except (MalformedMessage, OSError, KeyError) as exc:
                    bad.append(str(exc))
            msgs.sort(key=_date_key)
            yield Thread(key=tkey, messages=msgs, source=src, problems=bad)
        else:
            # Not an interview thread: report it from the index, without its bodies.
            stubs = [Message(subject=e.subject, sender=e.sender, date=e.date) for e in members[:1]]
            yield Thread(key=tkey, messages=stubs, source=src, skimmed=True)
    yield from problems


def _date_key(m: Message):
    return m.date.timestamp() if m.date else float("-inf")
