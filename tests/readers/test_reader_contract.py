"""The reader contract: every way Regrets reads mail gives the analysis the same thread.

One suite, each implementation a subclass (the shape of vdirsyncer's tests/storage/, where every storage
subclasses one StorageTests class): `ReaderContract` holds the tests, and each reader class says only how it
reads one case. The readers:

- `TestFileReader` -- `regrets.sources.read_paths` on the case file (what `regrets analyze FILE` reads);
- `TestGmailReader` -- the scan's reading (`gmail.reading.list/fetch_threads` + `read_group`, batched
  attachments and raw copies) through the real google-api-python-client against the local emulator;
- `TestAddonReader` -- the add-on's reading (`addon.handlers.read_conversation`: threads.get through
  `addon.gmailapi.UserGmail`, with both tokens) against the same emulator;
- `TestAddonOpenMessageReader` -- the add-on's fallback when threads.get is refused: messages.get of the open
  message alone (one-message cases only: a longer thread read from one message is another thread).

What "the same" is measured against: the core's own parse of each of the case's messages
(`regrets.mailparse.parse_bytes`), split out of the file by the standard library's `mailbox.mbox` and put in
date order -- no reader involved. Every reader must keep the same messages, report no problem, and give that
analysis (is_invite, interview_start, timezone, language, reply_to, company, role, accepted) on every golden thread: tests/core/golden and
every corpus under tests/corpus, which include invitations forwarded as attachments (message/rfc822), calendar
parts (.ics inline, attached, octet-stream), HTML-only mail, odd charsets and Takeout mbox threads;
`test_corpus_covers_the_hard_kinds` keeps it that way. Whether the analysis is *right* is test_golden's job.

Each Gmail-side case is its own thread in the emulator (the thread id is given when the messages are
imported), so Gmail's threading heuristics cannot join two cases. The emulators start once per module.
"""
from __future__ import annotations

import email
import email.policy
import functools
import json
import mailbox
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from addon.gmailapi import GmailClient, UserGmail
from addon.handlers import read_conversation
from gmail.calls import Gateway
from gmail.emulator import Emulator
from gmail.pacing import UnitPacer
from gmail.reading import fetch_threads, read_group
from gmail.retry import Backoff
from gmail.service import build_gmail
from regrets.analyze import analyze_thread
from regrets.mailparse import parse_bytes
from regrets.model import Analysis, Thread
from regrets.sources import read_paths

TESTS = Path(__file__).resolve().parents[1]
FOLDERS = [TESTS / "core" / "golden" / "en", TESTS / "core" / "golden" / "id",
           *sorted(p for p in (TESTS / "corpus").iterdir() if (p / "truth.json").is_file())]
NOW = datetime(2026, 11, 1, tzinfo=timezone.utc)  # the corpora's scoring clock
FIRST_THREAD_ID = 0x19A0000000000000  # Gmail thread ids are 16 hex digits


@dataclass(frozen=True)
class Case:
    folder: Path
    name: str
    owner: str
    index: int  # position in the whole corpus: gives the case its Gmail thread id

    @property
    def path(self) -> Path:
        return self.folder / self.name

    @property
    def thread_id(self) -> str:
        return f"{FIRST_THREAD_ID + self.index:016x}"

    def __str__(self) -> str:
        return f"{self.folder.name}/{self.name}"


def load_cases() -> list[Case]:
    cases: list[Case] = []
    for folder in FOLDERS:
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        for name in sorted(n for n in truth if n != "owner"):
            cases.append(Case(folder, name, truth["owner"], len(cases)))
    return cases


CASES = load_cases()


def message_bytes(path: Path) -> list[bytes]:
    """The case's messages, split by the standard library (an .eml is one message, even with a 'From ' line)."""
    data = path.read_bytes()
    if path.suffix == ".mbox" and data.lstrip().startswith(b"From "):
        box = mailbox.mbox(str(path), create=False)
        try:
            return [box.get_bytes(k) for k in box.iterkeys()]
        finally:
            box.close()
    return [data]


@functools.cache
def reference_thread(case: Case) -> Thread:
    """The case as the core parses its messages, oldest first, without any reader."""
    messages = [parse_bytes(raw) for raw in message_bytes(case.path)]
    oldest = datetime.min.replace(tzinfo=timezone.utc)
    messages.sort(key=lambda m: m.date or oldest)
    return Thread(key=case.name, messages=messages, source=str(case.path))


def facts(a: Analysis) -> dict[str, Any]:
    """The analysis fields every reader must agree on."""
    it = a.interview
    return {"is_invite": a.is_invite, "interview_start": it.start.isoformat() if it else None,
            "timezone": it.zone if it else None, "language": a.language,
            "reply_to": a.reply_to.email.lower() if a.reply_to else None, "company": a.company, "role": a.role,
            "accepted": a.accepted}


def message_facts(thread: Thread) -> list[tuple[Any, ...]]:
    """What each message must keep through any reader: its identity, sender, subject, and whether it carries
    text and calendar data."""
    return [(m.message_id, m.sender.email.lower() if m.sender else None, m.subject, bool(m.text.strip()),
             len(m.calendars)) for m in thread.messages]


_ANALYSED: dict[tuple[Case, str, bool], dict[str, Any]] = {}


def analyse(case: Case, thread: Thread) -> dict[str, Any]:
    """The facts of the thread's analysis. `analyze_thread` reads only the thread's messages and its `skimmed`
    flag (regrets/analyze.py), so two readers that produce equal messages (every field, Gmail ids and labels
    included) share one analysis: that keeps the suite fast, and any difference in what they read still shows."""
    key = (case, repr(thread.messages), thread.skimmed)
    if key not in _ANALYSED:
        _ANALYSED[key] = facts(analyze_thread(thread, case.owner, NOW))
    return _ANALYSED[key]


def reference_facts(case: Case) -> dict[str, Any]:
    return analyse(case, reference_thread(case))


# ---- the Gmail side: one emulator per corpus folder (each folder has its own mailbox owner) -------------------
@pytest.fixture(scope="module")
def mailboxes() -> Iterator[dict[Path, Emulator]]:
    emulators: dict[Path, Emulator] = {}
    try:
        for folder in FOLDERS:
            owner = next(c.owner for c in CASES if c.folder == folder)
            emu = emulators[folder] = Emulator(None, me=owner, now=NOW).start()
            for case in (c for c in CASES if c.folder == folder):
                for raw in message_bytes(case.path):
                    emu.mailbox.add_raw(raw, thread_id=case.thread_id)
        yield emulators
    finally:
        for emu in emulators.values():
            emu.stop()


# ---- the contract -------------------------------------------------------------------------------------------
class ReaderContract:
    """The tests every reader passes. A subclass provides `read` (one case -> the thread it reads) and may narrow
    the cases it applies to with `applies`."""

    @staticmethod
    def applies(case: Case) -> bool:
        return True

    def read(self, case: Case, request: pytest.FixtureRequest) -> Thread:
        raise NotImplementedError

    def test_same_thread_and_analysis(self, case: Case, request: pytest.FixtureRequest) -> None:
        """The reader keeps every message (and reports no problem), and the analysis of what it read is the
        reference analysis. One test per case and reader: the suite runs about 1,800 of them."""
        thread = self.read(case, request)
        differences = [f"problems: {thread.problems}"] if thread.problems else []
        got_messages, want_messages = message_facts(thread), message_facts(reference_thread(case))
        if got_messages != want_messages:
            differences.append(f"messages {got_messages} != {want_messages}")
        got, want = analyse(case, thread), reference_facts(case)
        differences += [f"{k} {got[k]!r} != {want[k]!r}" for k in want if got[k] != want[k]]
        assert not differences, f"{case}: " + "; ".join(differences)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "case" in metafunc.fixturenames and metafunc.cls is not None:
        cases = [c for c in CASES if metafunc.cls.applies(c)]
        metafunc.parametrize("case", cases, ids=[str(c) for c in cases])


class TestFileReader(ReaderContract):
    def read(self, case: Case, request: pytest.FixtureRequest) -> Thread:
        threads = [t for t in read_paths([case.path]) if t.messages or t.problems]
        assert len(threads) == 1, f"{case}: {len(threads)} threads"
        return threads[0]


@functools.cache
def gateway(url: str) -> Gateway:
    return Gateway(build_gmail(root=url), backoff=Backoff(base=0.01, cap=0.05, rng=random.Random(0)),
                   pacer=UnitPacer(None))


class TestGmailReader(ReaderContract):
    def read(self, case: Case, request: pytest.FixtureRequest) -> Thread:
        gw = gateway(request.getfixturevalue("mailboxes")[case.folder].url)
        resources = [res for _tid, res, failure in fetch_threads(gw, [case.thread_id]) if res is not None]
        assert len(resources) == 1, f"{case}: thread not fetched"
        [(tid, gt, why)] = list(read_group(gw, resources, case.owner))
        assert gt is not None, why
        return gt.thread


@functools.cache
def addon_gmail(url: str) -> UserGmail:
    return GmailClient(root=url).for_user("ya29.contract-user-token", "contract-gmail-access-token")


class TestAddonReader(ReaderContract):
    def read(self, case: Case, request: pytest.FixtureRequest) -> Thread:
        emu = request.getfixturevalue("mailboxes")[case.folder]
        conv = read_conversation(addon_gmail(emu.url), case.thread_id, None)
        assert conv.drafts_visible
        return conv.thread


class TestAddonOpenMessageReader(ReaderContract):
    @staticmethod
    def applies(case: Case) -> bool:
        return len(message_bytes(case.path)) == 1

    def read(self, case: Case, request: pytest.FixtureRequest) -> Thread:
        emu = request.getfixturevalue("mailboxes")[case.folder]
        [message_id] = emu.mailbox.threads[case.thread_id].message_ids
        conv = read_conversation(addon_gmail(emu.url), None, message_id)
        assert not conv.drafts_visible
        return conv.thread


# ---- the corpus the contract runs on -------------------------------------------------------------------------
def _kinds(case: Case) -> set[str]:
    kinds = {"mbox"} if len(message_bytes(case.path)) > 1 else set()
    for raw in message_bytes(case.path):
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        leaves = [p for p in msg.walk() if not p.is_multipart()]
        types = {p.get_content_type() for p in msg.walk()}
        if "message/rfc822" in types:
            kinds.add("forwarded")
        if types & {"text/calendar", "application/ics"} or any(str(p.get_filename() or "").endswith(".ics")
                                                                for p in leaves):
            kinds.add("ics")
        if "text/html" in types and "text/plain" not in types:
            kinds.add("html-only")
        if {str(p.get_content_charset() or "us-ascii").lower() for p in leaves} - {"us-ascii", "utf-8"}:
            kinds.add("odd-charset")
    return kinds


def test_corpus_covers_the_hard_kinds() -> None:
    """The contract runs on the kinds of mail where readers part ways; losing them would make it toothless."""
    counts = {k: 0 for k in ("forwarded", "ics", "html-only", "odd-charset", "mbox")}
    for case in CASES:
        for kind in _kinds(case):
            counts[kind] += 1
    assert len(CASES) >= 400
    assert counts["forwarded"] >= 4 and counts["ics"] >= 20 and counts["html-only"] >= 10, counts
    assert counts["odd-charset"] >= 3 and counts["mbox"] >= 30, counts
