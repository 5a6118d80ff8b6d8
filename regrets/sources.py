"""Read mail from files: .eml (one thread), mbox / Google Takeout (many threads), Maildir folders.

Large mailboxes are read in two passes so that memory does not grow with message bodies:
pass 1 parses every message once, keeps a small index (thread links, subject, sender, date, and
whether the message could belong to an interview invite); pass 2 re-reads only the messages of
threads that might be invites. Everything else is reported from the index.
"""
from __future__ import annotations

import mailbox
import mmap
import os
import sys
from array import array
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from .errors import MalformedMessage, UnreadablePath
from .mailparse import parse_bytes
from .model import Address, Message, Thread
from .parallel import chunks, ordered_map
from .progress import Progress

MAIL_SUFFIXES = (".eml", ".mbox", ".msg.txt", ".txt")


def read_paths(paths: Iterable[str | os.PathLike[str]], relevant: Callable[[Message], bool] | None = None, *,
               jobs: int = 1, progress: Progress | None = None) -> Iterator[Thread]:
    """Yield the threads in each path, in order. Unreadable paths raise UnreadablePath before anything is read.
    `jobs` > 1 skims a big mbox with that many worker processes (`relevant` must then be picklable: a module-level
    function); the threads and their order are the same. `progress` hears how far a mailbox's two passes are."""
    for t in plan_paths(paths, relevant, jobs=jobs, progress=progress):
        yield t if isinstance(t, Thread) else t.read()


def plan_paths(paths: Iterable[str | os.PathLike[str]], relevant: Callable[[Message], bool] | None = None, *,
               jobs: int = 1, progress: Progress | None = None) -> Iterator[Thread | Unread]:
    """`read_paths`, except that with `jobs` > 1 a big mbox's kept threads come as `Unread` handles, to be read
    (`.read()`) by whoever analyses them: a worker process (`pipeline.analyse_all`), not this one."""
    plist = [Path(p) for p in paths]
    for p in plist:
        if not p.exists():
            raise UnreadablePath(f"{p}: no such file or folder")
        if not (p.is_file() or p.is_dir()):  # a FIFO or device would block or stream forever
            raise UnreadablePath(f"{p}: not a regular file or folder")
        if not os.access(p, os.R_OK) or (p.is_dir() and not os.access(p, os.X_OK)):
            raise UnreadablePath(f"{p}: permission denied")
    for p in plist:
        yield from read_path(p, relevant, jobs=jobs, progress=progress)


def read_path(path: Path, relevant: Callable[[Message], bool] | None = None, *, jobs: int = 1,
              progress: Progress | None = None) -> Iterator[Thread | Unread]:
    """Threads in one file or folder. A folder is a Maildir, or else every mail file inside it (.eml and
    .mbox files, and Maildirs, at any depth; hidden files are skipped). Each file is read on its own."""
    if path.is_dir():
        if _is_maildir(path):
            yield from _read_maildir(path, relevant, progress)
            return
        for root, dirs, files in os.walk(path, onerror=_walk_error):
            here = Path(root)
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            if here != path and _is_maildir(here):
                dirs[:] = []
                yield from _read_maildir(here, relevant, progress)
                continue
            for name in sorted(files):
                if not name.startswith(".") and name.lower().endswith((".eml", ".mbox")):
                    yield from read_path(here / name, relevant, jobs=jobs, progress=progress)
        return
    if _looks_like_mbox(path):
        yield from _read_box([MboxFile(path)], str(path), relevant, jobs, progress or Progress())
    else:
        yield _read_eml(path)


class _Box(Protocol):
    """What the two-pass reader needs of a mailbox: mailbox.Maildir, or MboxFile."""

    def iterkeys(self) -> Iterator[Any]: ...

    def get_bytes(self, key: Any) -> bytes: ...

    def close(self) -> None: ...


def _walk_error(exc: OSError) -> None:
    raise UnreadablePath(f"{exc.filename}: {exc.strerror or exc}")


def _is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() and (path / "new").is_dir()


def _read_maildir(path: Path, relevant: Callable[[Message], bool] | None, progress: Progress | None) -> Iterator[Thread | Unread]:
    """A Maildir and its Maildir++ sub-folders (.Sent, .Archive, ...), threaded together: a reply filed in
    Sent belongs to the invitation in the inbox."""
    boxes: list[_Box] = [mailbox.Maildir(str(path), factory=None, create=False)]
    try:
        subs = sorted(c for c in path.iterdir() if c.name.startswith(".") and c.is_dir() and _is_maildir(c))
    except OSError as exc:
        raise UnreadablePath(f"{path}: {exc.strerror or exc}") from None
    boxes += [mailbox.Maildir(str(c), factory=None, create=False) for c in subs]
    yield from _read_box(boxes, str(path), relevant, 1, progress or Progress())


def _looks_like_mbox(path: Path) -> bool:
    """An mbox starts with a 'From ' envelope line. An .eml that has one is still a single message, and a
    '.mbox' without one is read as a single message (mailbox.mbox would silently find nothing in it)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise UnreadablePath(f"{path}: {exc.strerror or exc}") from None
    return head.lstrip(b" \t\r\n").startswith(b"From ") and path.suffix.lower() != ".eml"


def _read_eml(path: Path) -> Thread:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadablePath(f"{path}: {exc.strerror or exc}") from None
    stripped = raw.lstrip(b" \t\r\n")
    if stripped.startswith(b"From "):  # an mbox-style envelope line in front of a single message
        raw = stripped.split(b"\n", 1)[1] if b"\n" in stripped else b""
    try:
        msg = parse_bytes(raw)
    except MalformedMessage as exc:
        return Thread(key=path.name, messages=[], source=str(path), problems=[f"{path.name}: {exc}"])
    return Thread(key=msg.thread_hint or msg.message_id or path.name, messages=[msg], source=str(path))


class MboxFile:
    """A read-only mbox with exactly mailbox.mbox's message boundaries and bytes, indexed by find on memory maps
    of the file instead of line by line in Python (about 3x faster on a Takeout file); memory holds one window of
    the map and two 8-byte integers per message. Keys are 0, 1, 2, ... in file order.

    mailbox.mbox's rule: every line starting with 'From ' starts a message; a message ends before the next
    such line, minus that line's preceding blank line if there is one; the 'From ' line itself is dropped."""

    WINDOW = 4 << 20  # the file is mapped this much at a time: mapped pages count as the process' memory

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = str(path)
        self._fh = open(self.path, "rb")  # noqa: SIM115 - held until close(): get_bytes reads from it
        self._toc: tuple[array[int], array[int]] | None = None  # (starts, stops), once the whole file is indexed

    @property
    def size(self) -> int:
        return os.fstat(self._fh.fileno()).st_size

    def spans(self) -> Iterator[tuple[int, int]]:
        """(start, stop) of every message in file order, as the index finds them: the messages at the start of a
        big file can be read while the rest is being indexed."""
        if self._toc is not None:
            yield from zip(*self._toc, strict=True)
            return
        starts, stops = array("q"), array("q")
        with open(self.path, "rb") as fh:  # its own handle: get_bytes may read meanwhile
            for span in self._scan(fh):
                starts.append(span[0])
                stops.append(span[1])
                yield span
        self._toc = starts, stops

    def _index(self) -> tuple[array[int], array[int]]:
        starts, stops = array("q"), array("q")
        for start, stop in self._scan(self._fh):
            starts.append(start)
            stops.append(stop)
        return starts, stops

    def _scan(self, fh: BinaryIO) -> Iterator[tuple[int, int]]:
        """(start, stop) of each message, found with find on read-only memory maps of the file, one window at a
        time (no copies, and at most one window's pages resident)."""
        fd = fh.fileno()
        size = os.fstat(fd).st_size
        fh.seek(0)
        start = 0 if fh.read(5) == b"From " else -1  # the message being read (-1: none yet)
        before_window = b"\n"  # the byte in front of the window (the file's start counts as a line end)
        for w0 in range(0, size, self.WINDOW):
            limit = min(self.WINDOW, size - w0)  # a match must start in this window; it may end in the next
            with mmap.mmap(fd, min(limit + 6, size - w0), access=mmap.ACCESS_READ, offset=w0) as mm:
                pos = mm.find(b"\nFrom ")
                while 0 <= pos < limit:
                    line = w0 + pos + 1
                    if start >= 0:  # close the previous message, without its trailing blank line
                        before = mm[pos - 1:pos] if pos else before_window
                        yield start, line - 1 if before == b"\n" else line
                    start = line
                    pos = mm.find(b"\nFrom ", pos + 1)
                before_window = mm[limit - 1:limit]
        if start >= 0:  # the last message ends at the end of the file (minus a last blank line)
            fh.seek(max(0, size - 2))
            last2 = fh.read(2)
            empty_last = last2 == b"\n\n" or (size == 1 and last2 == b"\n")
            yield start, size - 1 if empty_last else size

    def _ensure_index(self) -> tuple[array[int], array[int]]:
        if self._toc is None:
            self._toc = self._index()
        return self._toc

    def iterkeys(self) -> Iterator[int]:
        return iter(range(len(self._ensure_index()[0])))

    def get_bytes(self, key: int) -> bytes:
        return self.read_span(self._fh, *self.span(key))

    def span(self, key: int) -> tuple[int, int]:
        """Where message `key` is in the file: (start of its 'From ' line, end)."""
        toc = self._ensure_index()
        return toc[0][key], toc[1][key]

    @staticmethod
    def read_span(fh: BinaryIO, start: int, stop: int) -> bytes:
        """The message at (start, stop) of an open mbox file, without its 'From ' line."""
        fh.seek(start)
        fh.readline()  # the 'From ' envelope line
        data = fh.read(max(0, stop - fh.tell()))
        return data.replace(os.linesep.encode(), b"\n") if os.linesep != "\n" else data

    def close(self) -> None:
        self._fh.close()


@dataclass(slots=True)
class _Entry:
    """What pass 1 keeps of one message: where it is, its thread, when it was sent, and the prefilter's verdict."""

    key: Any  # the box's own key: a Maildir's name, an MboxFile's position
    thread: str  # the X-GM-THRID (Takeout), else the message's own key in the reply-chain union-find
    ts: float  # Date as a timestamp; -inf when missing
    relevant: bool
    box: int = 0


@dataclass(slots=True)
class _Stub:
    """What a non-interview thread is reported with (its oldest message's subject, sender and date), and a
    reply chain's root id. Takeout threads keep one per thread, not one per message."""

    ts: float
    subject: str
    sender: Address | None
    date: datetime | None
    root: str = ""


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


def _read_box(boxes: list[_Box], source: str, relevant: Callable[[Message], bool] | None, jobs: int,
              progress: Progress) -> Iterator[Thread | Unread]:
    """Group mailbox messages into threads: by X-GM-THRID when present (Google Takeout), else by reply
    chains (Message-ID / In-Reply-To / References), whatever order the messages are stored in.

    A chain's key is the Message-ID of its first message (the first References entry of its oldest
    message, which names the root even when the root itself is not in the file), so it does not depend on
    the order of the file. Messages that cannot be parsed become problem threads; the rest goes on.
    Pass 1 keeps a few dozen bytes per message; bodies are re-read in pass 2 only for threads the
    prefilter kept."""
    entries: list[_Entry] = []
    problems: list[Thread] = []
    links = _Links()
    takeout: dict[str, _Stub] = {}  # X-GM-THRID -> the thread's oldest message so far
    chained: dict[str, _Stub] = {}  # reply-chain message key -> that message
    n = 0
    try:
        for bi, key, seen in _first_looks(boxes, source, relevant, jobs, progress):
            n += 1
            if isinstance(seen, str):
                problems.append(Thread(key=f"message-{n}", messages=[], source=f"{source}#message-{n}",
                                       problems=[f"message {n}: {seen}"]))
                continue
            msg, ts, rel = seen
            if msg.thread_hint:
                tkey = sys.intern(msg.thread_hint)
                old = takeout.get(tkey)
                if old is None or ts < old.ts:
                    takeout[tkey] = _Stub(ts, msg.subject, msg.sender, msg.date)
            else:
                tkey = msg.message_id or f"message-{n}"
                for ref in (*msg.references, msg.in_reply_to):
                    if ref:
                        links.union(ref, tkey)
                links.find(tkey)
                if tkey not in chained or ts < chained[tkey].ts:
                    root = msg.references[0] if msg.references else tkey
                    chained[tkey] = _Stub(ts, msg.subject, msg.sender, msg.date, root)
            entries.append(_Entry(key, tkey, ts, rel, bi))

        groups: dict[tuple[bool, str], list[_Entry]] = {}
        for e in entries:
            gkey = (True, e.thread) if e.thread in takeout else (False, links.find(e.thread))
            groups.setdefault(gkey, []).append(e)

        def threads() -> Iterator[Thread | _Plan]:
            for (is_takeout, group), members in groups.items():
                if is_takeout:
                    tkey, first = group, takeout[group]
                else:
                    # min() keeps file order among equal dates
                    first = min((chained[e.thread] for e in members), key=lambda st: st.ts)
                    tkey = first.root
                src = f"{source}#{tkey}"
                if any(e.relevant for e in members):
                    yield _Plan(tkey, src, [(e.box, e.key) for e in members])
                else:
                    # Not an interview thread: report it from the index, without its bodies.
                    stub = Message(subject=first.subject, sender=first.sender, date=first.date)
                    yield Thread(key=tkey, messages=[stub], source=src, skimmed=True)

        progress.start(len(groups), "Analysing threads")
        defer = jobs > 1 and len(boxes) == 1 and isinstance(boxes[0], MboxFile) and _in_workers(boxes[0])
        for t in _second_looks(boxes, threads(), defer=defer):
            progress.advance()
            yield t
        yield from problems
    finally:
        for box in boxes:
            box.close()


_Seen = tuple[Message, float, bool]  # a message's headers, its Date as a timestamp, the prefilter's verdict
_BATCH = 200  # messages per batch handed to a worker in pass 1
_SERIAL_BYTES = 16 << 20  # an mbox up to this size is read in this process (workers take ~0.5 s to start)


def _first_looks(boxes: list[_Box], source: str, relevant: Callable[[Message], bool] | None, jobs: int,
                 progress: Progress) -> Iterator[tuple[int, Any, _Seen | str]]:
    """Pass 1: (box number, key, what the skim saw or why the message cannot be read) for every message, in
    file order. A big mbox is skimmed by `jobs` worker processes while it is still being indexed."""
    for bi, box in enumerate(boxes):
        try:
            if isinstance(box, MboxFile):
                yield from _first_looks_mbox(bi, box, relevant, jobs, progress)
                continue
            keys = sorted(box.iterkeys())
        except (OSError, mailbox.Error) as exc:
            raise UnreadablePath(f"{source}: cannot read mailbox: {exc}") from None
        progress.start(len(keys), "Reading messages")
        for key in keys:
            progress.advance()
            yield bi, key, _skim(box.get_bytes, key, relevant)


def _first_looks_mbox(bi: int, box: MboxFile, relevant: Callable[[Message], bool] | None, jobs: int,
                      progress: Progress) -> Iterator[tuple[int, Any, _Seen | str]]:
    progress.start(box.size, "Reading messages")  # (in bytes: the number of messages is known only at the end)
    sent: deque[list[tuple[int, int]]] = deque()  # the batches handed out, whose looks are not back yet

    def batches() -> Iterator[list[tuple[int, int]]]:
        for batch in chunks(box.spans(), _BATCH):
            sent.append(batch)
            yield batch

    key = done = 0
    for seen in ordered_map(partial(_skim_spans, box.path, relevant), batches(), jobs if _in_workers(box) else 1):
        for (_, stop), one in zip(sent.popleft(), seen, strict=True):
            progress.advance(stop - done)
            done = stop
            yield bi, key, one
            key += 1
    progress.advance(box.size - done)


def _in_workers(box: MboxFile) -> bool:
    """Is this mbox big enough for worker processes (they take ~0.5 s to start)?"""
    return box.size > _SERIAL_BYTES


def _skim(read: Callable[[Any], bytes], key: Any, relevant: Callable[[Message], bool] | None) -> _Seen | str:
    """One message's first look: its headers and the prefilter's verdict, or why it cannot be read."""
    try:
        msg = parse_bytes(read(key), skim=True)
        ts = _date_key(msg)
        rel = True if relevant is None else relevant(msg)
    except (MalformedMessage, OSError, KeyError) as exc:
        return str(exc)
    except Exception as exc:  # last resort: one message must not end the mailbox
        return f"could not be read ({exc.__class__.__name__})"
    # only the headers travel on (the text was for the prefilter)
    return replace(msg, text="", html=None, calendars=()), ts, rel


def _skim_spans(path: str, relevant: Callable[[Message], bool] | None, spans: list[tuple[int, int]]) -> list[_Seen | str]:
    """A worker's share of pass 1: the messages at these (start, stop) byte spans of the mbox at `path`."""
    with open(path, "rb") as fh:
        return [_skim(lambda span: MboxFile.read_span(fh, *span), span, relevant) for span in spans]


@dataclass(slots=True)
class _Plan:
    """A thread the prefilter kept, to be read in full in pass 2: its messages as (box number, key)."""

    key: str
    source: str
    members: list[tuple[int, Any]]


@dataclass(frozen=True, slots=True)
class Unread:
    """A kept thread of an mbox, not read yet: where its messages are. Small and picklable, so that the worker
    process that analyses the thread also reads it (the main process only skims)."""

    key: str
    source: str
    path: str
    spans: tuple[tuple[int, int], ...]  # (start, stop) of each message in the file

    def read(self) -> Thread:
        """The thread, read in full; a file that can no longer be read (moved, deleted) is the thread's problem."""
        try:
            with open(self.path, "rb") as fh:
                return _read_plan(lambda span: MboxFile.read_span(fh, *span), _Plan(self.key, self.source, list(self.spans)))
        except OSError as exc:
            return Thread(key=self.key, messages=[], source=self.source, problems=[f"cannot read: {exc.strerror or exc}"])


def _second_looks(boxes: list[_Box], plans: Iterator[Thread | _Plan], defer: bool) -> Iterator[Thread | Unread]:
    """Pass 2: the kept threads read in full, or handed on `Unread` (`defer`, for one mbox); the others as they are."""
    if defer and len(boxes) == 1 and isinstance(boxes[0], MboxFile):
        box = boxes[0]
        for p in plans:
            yield p if isinstance(p, Thread) else Unread(p.key, p.source, box.path, tuple(box.span(k) for _, k in p.members))
        return
    for p in plans:
        yield p if isinstance(p, Thread) else _read_plan(lambda bk: boxes[bk[0]].get_bytes(bk[1]), p)


def _read_plan(read: Callable[[Any], bytes], plan: _Plan) -> Thread:
    """A kept thread, every message parsed in full, oldest first; a message that cannot be read is a problem."""
    msgs: list[Message] = []
    bad: list[str] = []
    for member in plan.members:
        try:
            msgs.append(parse_bytes(read(member)))
        except (MalformedMessage, OSError, KeyError) as exc:
            bad.append(str(exc))
    msgs.sort(key=_date_key)
    return Thread(key=plan.key, messages=msgs, source=plan.source, problems=bad)


def _date_key(m: Message) -> float:
    """Oldest first; a message without a usable Date goes first (it cannot be placed, and in practice it
    is most often an old message from a broken mailer)."""
    return m.date.timestamp() if m.date else float("-inf")
