"""The core's data model: mail as Regrets sees it, and what it concludes about a thread.

Every datetime here is timezone-aware. Adapters (Gmail API, files) build `Message`/`Thread`;
the analysis never needs to know where a message came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

# The languages Regrets writes letters in (what it writes, decline or cancel: regrets.decision.INTENTS).
LANGUAGES = ("en", "id")


@dataclass(frozen=True)
class Address:
    """A mailbox: display name (may be empty) and address (lower-cased)."""

    name: str
    email: str

    def formatted(self) -> str:
        from email.headerregistry import Address as _A

        try:
            return str(_A(display_name=self.name, addr_spec=self.email))
        except (ValueError, IndexError):
            return self.email


@dataclass
class Message:
    """One email, decoded. `text` is the readable body (HTML turned into text when there is no plain part)."""

    message_id: str | None = None  # including the angle brackets, as in the header
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    subject: str = ""
    sender: Address | None = None  # From
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    reply_to: tuple[Address, ...] = ()
    date: datetime | None = None  # aware; None when the Date header is missing or unparseable
    text: str = ""
    html: str | None = None
    calendars: tuple[str, ...] = ()  # raw iCalendar texts (text/calendar parts and .ics attachments)
    labels: tuple[str, ...] = ()  # Gmail labels (X-Gmail-Labels in Takeout, labelIds in the API)
    gmail_id: str | None = None
    thread_hint: str | None = None  # X-GM-THRID or the API threadId
    bulk: bool = False  # sent to a list: List-Id, List-Unsubscribe or Precedence: bulk/list (newsletters, digests)

    def participants(self) -> tuple[Address, ...]:
        return self.to + self.cc


@dataclass
class Thread:
    """A conversation, oldest message first. `source` names where it came from (a path, path#key, or gmail:ID)."""

    key: str
    messages: list[Message]
    source: str
    gmail_thread_id: str | None = None
    problems: list[str] = field(default_factory=list)  # messages that were skipped, and why
    skimmed: bool = False  # only headers were kept: the prefilter found nothing interview-like in it

    @property
    def subject(self) -> str:
        for m in self.messages:
            if m.subject:
                return m.subject
        return ""

    @property
    def last(self) -> Message:
        return self.messages[-1]


class Urgency(str, Enum):
    """How soon the user must act, from time left before the interview."""

    PAST = "past"
    CRITICAL = "critical"  # < 24 h: phone the recruiter as well
    URGENT = "urgent"  # < 48 h
    SOON = "soon"  # < 7 days
    NORMAL = "normal"
    UNKNOWN = "unknown"  # an invite with no fixed time: reply promptly anyway
    NONE = "none"  # not an invite


@dataclass
class InterviewTime:
    """When the interview starts, and how we know."""

    start: datetime  # aware, in the interview's own zone
    zone: str | None  # IANA name when known ("Asia/Jakarta"); None for a bare offset
    evidence: str  # "ics" or "text"
    assumed_zone: bool = False  # the zone came from a default or an ambiguous abbreviation
    source_text: str = ""  # the words the time was read from (for display, never logged)
    zone_label: str | None = None  # the zone as the invite wrote it ("GMT", "ET", "WIB", "Singapore time"), if it did


@dataclass
class Analysis:
    """What Regrets concluded about one thread."""

    is_invite: bool
    language: str = "en"
    interview: InterviewTime | None = None
    accepted: bool = False
    cancelled: bool = False
    reply_to: Address | None = None
    owner: str | None = None
    owner_name: str | None = None
    company: str | None = None
    role: str | None = None
    recruiter_name: str | None = None
    recruiter_title: str | None = None  # "Bapak" / "Ibu" when the thread says so ("Pak Joko", "Bertemu dengan: Ibu Wulan")
    booked: bool = False  # a scheduling system confirmed a booked slot (the letter names the slot it frees)
    invited_at: datetime | None = None  # Date of the (latest) invite message
    evidence: list[str] = field(default_factory=list)  # cues used: "ics", "text", "subject", ...
    problems: list[str] = field(default_factory=list)  # why no time is stated, or what was doubtful
    fact_sources: dict[str, str] = field(default_factory=dict)  # company/role/recruiter -> the evidence that decided it
    reply_target: Message | None = None  # the message the decline answers

    @property
    def interview_start(self) -> datetime | None:
        return self.interview.start if self.interview else None


@dataclass
class UrgencyReport:
    level: Urgency
    hours_left: float | None
    waited_hours: float | None
    advice: str
