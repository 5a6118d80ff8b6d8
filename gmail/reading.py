"""Reading a mailbox: list candidate threads, fetch them in batches, fetch the attachments they need, and turn
each into the core's `Thread` plus what Gmail knows about drafts and replies in it.

Cost choice (units from https://developers.google.com/workspace/gmail/api/reference/quota):
- threads.get(format=full) is 10 units for the whole thread, all messages and bodies included; only calendar
  parts and forwarded messages served by attachment id need messages.attachments.get (5, or 20 in the 2026
  table).
- The alternative, each message in ``format=raw`` (threads.get cannot do raw: its format enum is
  full|metadata|minimal), needs the message ids first (threads.get minimal, 10) and then 5 (2026: 20) per
  message: 15+ units for a one-message thread, 20+ for two messages.
So threads.get(format=full) is never dearer and usually much cheaper. Measured on the emulator over the 162
threads of the golden corpus (tests/gmail/test_gmail_scan.py): 1,730 units against 2,585 with the classic
table, 2,060 against 5,480 with the 2026 table. The payload is rebuilt into MIME
(gmail/decode.py). ``fields`` trims the answer's bytes (not its units).

Drafts show up in threads.get as messages labelled DRAFT: they are kept out of the conversation the core
analyses and reported separately (a draft already in the thread means no new draft).

`build_thread` is the one reader of a thread resource, for the scan and the add-on alike. What it needs beyond
the resource comes through callbacks: the scan answers them from bytes it fetched for a whole group of threads in
one batch (`fetch_extras`), the add-on by calling Gmail for the one message it shows.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from regrets.compose import REGRETS_HEADER
from regrets.errors import MalformedMessage
from regrets.mailparse import parse_bytes, parse_date_header
from regrets.model import Message, Thread
from regrets.participants import mailbox_key

from . import decode
from .calls import Gateway, describe_failure

THREAD_FIELDS = "id,historyId,messages(id,threadId,labelIds,internalDate,payload)"
PAGE_SIZE = 500  # threads.list maxResults upper bound (discovery document)


@dataclass
class DraftSeen:
    """A draft message found in a thread."""

    gmail_id: str
    rfc_id: str  # Message-ID header
    regrets: str | None  # the X-Regrets value (the intent, lower case) when Regrets made it
    date: datetime | None
    internal_ms: int = 0  # Gmail's internalDate

    @property
    def order(self) -> tuple[int, int, str]:
        """Newest last: by internalDate, then by id (Gmail ids are hex of one width; longer means later)."""
        return (self.internal_ms, len(self.gmail_id), self.gmail_id)


def seen_draft(m: dict[str, Any]) -> DraftSeen:
    """A DRAFT message of a thread resource (full or metadata format) as a `DraftSeen`."""
    return DraftSeen(str(m.get("id") or "?"), decode.header(m, "Message-ID").strip(),
                     decode.header(m, REGRETS_HEADER).strip().lower() or None,
                     parse_date_header(decode.header(m, "Date")) or _internal_date(m), _int(m.get("internalDate")))


@dataclass
class GmailThread:
    id: str
    thread: Thread  # the conversation, drafts left out
    drafts: list[DraftSeen] = field(default_factory=list)
    label_ids: set[str] = field(default_factory=set)  # on the thread's (non-draft) messages
    recipients: list[str] = field(default_factory=list)  # To/Cc/Delivered-To of received mail, newest first
    sent_regrets: list[datetime | None] = field(default_factory=list)  # dates of SENT messages made by Regrets


def list_thread_ids(gw: Gateway, q: str, *, limit: int | None = None) -> list[str]:
    """Every thread id the query returns (newest first), following nextPageToken."""
    ids: list[str] = []
    token: str | None = None
    while True:
        size = PAGE_SIZE if limit is None else max(1, min(PAGE_SIZE, limit - len(ids)))

        def make(token: str | None = token, size: int = size) -> Any:
            kwargs: dict[str, Any] = {"userId": "me", "q": q, "maxResults": size,
                                      "fields": "threads/id,nextPageToken"}
            if token:
                kwargs["pageToken"] = token
            return gw.users.threads().list(**kwargs)

        page = gw.call("threads.list", make)
        for t in page.get("threads") or ():
            if t.get("id") and t["id"] not in ids:
                ids.append(t["id"])
        token = page.get("nextPageToken")
        if not token or (limit is not None and len(ids) >= limit):
            return ids[:limit] if limit is not None else ids


def fetch_threads(gw: Gateway, ids: Iterable[str]) -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
    """(thread id, thread resource or None, failure description or None), in batches."""
    items = [(tid, "threads.get", _thread_getter(gw, tid)) for tid in ids]
    for tid, result, exc in gw.stream(items):
        yield str(tid), result, (describe_failure(exc) if exc is not None else None)


def _thread_getter(gw: Gateway, tid: str):
    return lambda: gw.users.threads().get(userId="me", id=tid, format="full", fields=THREAD_FIELDS)


@dataclass
class Extras:
    """What some messages of a group of threads need beyond threads.get: calendar parts and forwarded
    messages served by attachment id, raw bytes."""

    attachments: dict[str, dict[str, bytes]] = field(default_factory=dict)  # message id -> attachment id -> bytes
    raw: dict[str, bytes] = field(default_factory=dict)  # message id -> RFC 822 bytes (decode.needs_raw)
    problems: list[str] = field(default_factory=list)  # "message <id>: ..." (the thread goes on without it)
    unread: dict[str, str] = field(default_factory=dict)  # message id -> why its raw copy could not be read

    def attachment(self, message_id: str, attachment_id: str) -> bytes | None:
        """A fetched attachment (None when it was not fetched: the reason is in `problems`)."""
        return self.attachments.get(message_id, {}).get(attachment_id)

    def raw_copy(self, message_id: str) -> bytes:
        """A fetched raw copy. Raises RawUnread when it could not be fetched."""
        if message_id not in self.raw:
            raise RawUnread(self.unread.get(message_id) or f"message {message_id}: raw copy not fetched")
        return self.raw[message_id]


class RawUnread(Exception):
    """A message's raw copy (needed to pick its recipient safely) could not be read: the thread is not read."""


def fetch_extras(gw: Gateway, threads: Iterable[dict[str, Any]]) -> Extras:
    """One batched stream for the attachments and the raw copies these thread resources need.
    A message read raw needs no attachment: its bytes hold them."""
    out = Extras()
    items: list[tuple[Any, str, Any]] = []
    for t in threads:
        for m in t.get("messages") or ():
            if "DRAFT" in (m.get("labelIds") or ()):
                continue
            mid = str(m.get("id"))
            if decode.needs_raw(m):
                items.append((("raw", mid), "messages.get", _raw_getter(gw, mid)))
                continue
            items += [(("att", r.message_id, r.attachment_id), "messages.attachments.get", _attachment_getter(gw, r))
                      for r in decode.needed_attachments(m)]
    for key, result, exc in gw.stream(items):
        kind, mid = key[0], key[1]
        try:
            if exc is not None:
                raise exc
            data = decode.body_bytes((result or {}).get("raw" if kind == "raw" else "data") or "")
        except Exception as bad:  # noqa: BLE001 - an HttpError or undecodable data
            why = describe_failure(bad) if not isinstance(bad, MalformedMessage) else str(bad)
            if kind == "raw":
                out.unread[mid] = f"message {mid}: raw copy not read ({why})"
            else:
                out.problems.append(f"message {mid}: attachment not read ({why})")
            continue
        if kind == "raw":
            out.raw[mid] = data
        else:
            out.attachments.setdefault(mid, {})[key[2]] = data
    return out


def _attachment_getter(gw: Gateway, ref: decode.AttachmentRef):
    return lambda: gw.users.messages().attachments().get(userId="me", messageId=ref.message_id, id=ref.attachment_id)


def _raw_getter(gw: Gateway, mid: str):
    return lambda: gw.users.messages().get(userId="me", id=mid, format="raw", fields="raw")


def read_group(gw: Gateway, group: list[dict[str, Any]], owner: str | None
               ) -> Iterator[tuple[str, GmailThread | None, str | None]]:
    """Each thread resource of a group as (thread id, `GmailThread`, None), after one batched fetch of the
    attachments and raw copies the whole group needs; (thread id, None, why) for a thread that cannot be read
    safely (a raw copy it needs could not be fetched: the reply could go to the wrong address)."""
    extras = fetch_extras(gw, group)
    thread_of = {str(m.get("id")): str(t.get("id")) for t in group for m in t.get("messages") or ()}
    problems: dict[str, list[str]] = {}
    for p in extras.problems:
        mid = p.split(":", 1)[0].removeprefix("message ").strip()
        problems.setdefault(thread_of.get(mid, ""), []).append(p)
    for resource in group:
        tid = str(resource.get("id"))
        try:
            yield tid, build_thread(resource, owner, attachment=extras.attachment, raw=extras.raw_copy,
                                    extra_problems=problems.get(tid, ())), None
        except RawUnread as exc:
            yield tid, None, str(exc)


# (message id, attachment id) -> the attachment's bytes, or None when not available; may raise to stop the read
FetchAttachment = Callable[[str, str], "bytes | None"]
# message id -> the message's RFC 822 bytes (messages.get format=raw); raises when they cannot be had
FetchRaw = Callable[[str], bytes]


def build_thread(resource: dict[str, Any], owner: str | None, *, attachment: FetchAttachment | None = None,
                 raw: FetchRaw | None = None, extra_problems: Iterable[str] = ()) -> GmailThread:
    """A thread resource (threads.get format=full) as a `GmailThread`; unreadable messages are skipped with the
    reason in `problems`. Calendar parts served by attachment id are asked of `attachment`. A message whose
    decoded headers could name another recipient than its bytes (`decode.needs_raw`) is read from `raw`, by the
    core's file parser; without `raw` it is read from its payload. What the callbacks raise (other than
    MalformedMessage) ends the read."""
    tid = str(resource.get("id") or "")
    messages: list[Message] = []
    problems: list[str] = list(extra_problems)
    drafts: list[DraftSeen] = []
    labels: set[str] = set()
    recipients: list[str] = []
    sent_regrets: list[datetime | None] = []
    me = mailbox_key(owner)
    for m in resource.get("messages") or ():
        mid = str(m.get("id") or "?")
        label_ids = set(m.get("labelIds") or ())
        date = parse_date_header(decode.header(m, "Date")) or _internal_date(m)
        if "DRAFT" in label_ids:
            drafts.append(seen_draft(m))
            continue
        labels |= label_ids
        if "SENT" in label_ids and decode.header(m, REGRETS_HEADER).strip():
            sent_regrets.append(date)
        try:
            msg = _read_message(m, mid, attachment, raw)
        except MalformedMessage as exc:
            problems.append(f"message {mid}: {exc}")
            continue
        if msg.date is None:
            msg.date = date
        messages.append(msg)
        if not (msg.sender and mailbox_key(msg.sender.email) == me) and "SENT" not in label_ids:
            found = [a.email for a in (*msg.to, *msg.cc)]
            found += [v.strip().strip("<>").lower() for v in decode.headers_all(m, "Delivered-To") if "@" in v]
            recipients[:0] = found  # newest first
    messages.sort(key=lambda x: x.date or datetime.min.replace(tzinfo=timezone.utc))
    thread = Thread(key=tid, messages=messages, source=f"gmail:{tid}", gmail_thread_id=tid, problems=problems)
    return GmailThread(tid, thread, drafts, labels, recipients, sent_regrets)


def message_resource_thread(message: dict[str, Any]) -> dict[str, Any]:
    """A messages.get answer as a thread resource holding that one message (the add-on's fallback read)."""
    return {"id": str(message.get("threadId") or message.get("id") or ""), "messages": [message]}


def _read_message(m: dict[str, Any], mid: str, attachment: FetchAttachment | None, raw: FetchRaw | None) -> Message:
    if raw is not None and decode.needs_raw(m):
        return parse_bytes(raw(mid), gmail_id=mid, labels=tuple(m.get("labelIds") or ()),
                           thread_hint=m.get("threadId"))
    lookup = (lambda aid: attachment(mid, aid)) if attachment is not None else None
    return decode.to_core(m, lookup)


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _internal_date(m: dict[str, Any]) -> datetime | None:
    try:
        return datetime.fromtimestamp(int(str(m.get("internalDate"))) / 1000, timezone.utc)
    except (TypeError, ValueError, OverflowError, OSError):
        return None
