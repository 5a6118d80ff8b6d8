"""Fixtures for Gmail tests: a running local Gmail API emulator and clients built against it.

Stable names other test modules rely on:
- ``emulator``: a started `gmail.emulator.Emulator` seeded with ``examples/inbox.mbox`` (owner alex.tan@gmail.com,
  clock fixed at ``NOW``); has ``.url``, ``.counters``, ``.mailbox``, knobs (``latency_ms``, ``fault_rate``,
  ``quota_per_minute``, ``set_knobs``), ``.reset_counters()``, ``.stats()``.
- ``make_emulator(mailbox=..., **knobs)``: factory for custom emulators (stopped at teardown).
- ``emulator_env``: the same emulator with REGRETS_GMAIL_API_ROOT set to its URL (monkeypatched).
- ``gmail_client(emu)`` / fixture ``gmail``: a real google-api-python-client service aimed at an emulator.
- ``make_mail(...)``: raw RFC 5322 bytes for synthetic messages (also the ``mail_factory`` fixture).
- ``FakeClock``: a monotonic clock whose ``sleep`` moves it on at once (waits take no real time); the
  ``fake_clock`` fixture puts the CLI's Gmail session (pacer, backoff, batch retries) on one.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

import pytest

from gmail.emulator import Emulator
from gmail.service import build_gmail

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_MBOX = ROOT / "examples" / "inbox.mbox"
EXAMPLE_OWNER = "alex.tan@gmail.com"
NOW = datetime(2026, 11, 26, 2, 0, tzinfo=timezone.utc)  # 2026-11-26T09:00+07:00, as in the README examples


def gmail_client(emu: Emulator):
    """A Gmail `Resource` from the bundled discovery doc, pointed at `emu` (placeholder bearer token)."""
    return build_gmail(root=emu.url)


def make_mail(subject: str = "Hello", *, sender: str = "Rita Recruiter <rita@acme.example>",
              to: str = f"Alex Tan <{EXAMPLE_OWNER}>", cc: str | None = None, date: datetime | None = None,
              body: str = "Hello there.", html: str | None = None, message_id: str | None = None,
              in_reply_to: str | None = None, references: str | None = None,
              attachments: list[tuple[str, str, bytes]] = (), calendar: str | None = None,
              headers: dict[str, str] | None = None) -> bytes:
    """Raw bytes of a message. `attachments` are (filename, mime type, data); `calendar` adds an inline
    text/calendar part (method=REQUEST) like Google Calendar invitations."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date or (NOW - timedelta(days=1)))
    msg["Message-ID"] = message_id or make_msgid(domain="acme.example")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    if calendar is not None:
        if not msg.is_multipart():
            msg.make_mixed()
        msg.add_attachment(calendar.encode(), maintype="text", subtype="calendar", disposition="inline",
                           params={"method": "REQUEST"})
        msg.get_payload()[-1].set_param("charset", "utf-8")
        del msg.get_payload()[-1]["Content-Disposition"]
    for filename, mime, data in attachments:
        maintype, subtype = mime.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


class FakeClock:
    """A monotonic clock (a float of seconds) whose `sleep` moves it on at once: a client's pacer and retry waits,
    and the emulator's quota window when it shares the clock, take no real time. `waits` lists every wait asked."""

    def __init__(self, start: float = 1000.0) -> None:
        self.t = start
        self.waits: list[float] = []
        self._lock = threading.Lock()

    def __call__(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")  # as time.sleep says
        with self._lock:
            self.waits.append(seconds)
            self.t += seconds


@pytest.fixture
def fake_clock(monkeypatch) -> FakeClock:
    """The CLI's Gmail session on a FakeClock: its pacer, backoff and batch retries wait no real time (the Gateway
    and UnitPacer defaults, time.monotonic and time.sleep, stay as they are for everything else)."""
    import functools

    import gmail.session

    clock = FakeClock()
    monkeypatch.setattr(gmail.session, "open_session",
                        functools.partial(gmail.session.open_session, clock=clock, sleep=clock.sleep))
    return clock


@pytest.fixture
def mail_factory():
    return make_mail


@pytest.fixture
def make_emulator() -> Iterator[Any]:
    started: list[Emulator] = []

    def factory(mailbox: Any = None, **knobs: Any) -> Emulator:
        if mailbox is None:
            mailbox = [EXAMPLE_MBOX]
            knobs.setdefault("me", EXAMPLE_OWNER)
        knobs.setdefault("now", NOW)
        emu = Emulator(mailbox, **knobs).start()
        started.append(emu)
        return emu

    yield factory
    for emu in started:
        emu.stop()


@pytest.fixture
def emulator(make_emulator) -> Emulator:
    """A running emulator seeded with examples/inbox.mbox (six threads, EN and ID; owner alex.tan@gmail.com)."""
    return make_emulator()


@pytest.fixture
def emulator_env(emulator, monkeypatch) -> Emulator:
    """The `emulator`, with REGRETS_GMAIL_API_ROOT pointing at it (for CLI-level tests)."""
    monkeypatch.setenv("REGRETS_GMAIL_API_ROOT", emulator.url)
    return emulator


@pytest.fixture
def gmail(emulator):
    """A real google-api-python-client Gmail service talking to the `emulator` fixture over HTTP."""
    return gmail_client(emulator)
