"""`regrets drafts`: the drafts Regrets made (from the local record) and what became of each, asked from Gmail.

States: ``draft`` (still a draft), ``sent`` (the thread now holds it as a SENT message: same Gmail message id or
the same Message-ID header; or, since sending from the web UI may give the message a new identity -- UNCONFIRMED --
a message you sent in that thread after the draft was made), ``deleted`` (none of these). Cost: one drafts.list page (5 units per 500 drafts) plus one
threads.get (metadata, 10 units) for each recorded draft that is no longer a draft.

Links: a draft opens in Gmail's compose window with ``#drafts?compose=<message id>`` (the id of the draft's
current message, which changes when the draft is edited); anything else opens its conversation with
``#all/<thread id>`` (the API thread id is the hex id Gmail's web UI uses). ``u/0`` is the first signed-in
account; with several accounts signed in, use the account picker or replace 0 with the right index.
Against the emulator (``REGRETS_GMAIL_API_ROOT``) there is no Gmail web page to open: the links point at the
emulator's own read-only views, ``_emulator/drafts/<draft id>`` and ``_emulator/threads/<thread id>``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from . import decode
from .calls import Gateway, describe_failure
from .drafting import DraftIndex
from .retry import status_of
from .state import LoggedDraft

GMAIL_WEB = "https://mail.google.com/mail/u/0/"
DRAFT, SENT, DELETED, UNKNOWN = "draft", "sent", "deleted", "unknown"


def draft_link(message_id: str, draft_id: str, root: str | None = None) -> str:
    """Where a draft opens: Gmail's compose window, or the emulator's view of it when `root` is its API root."""
    return f"{root}_emulator/drafts/{draft_id}" if root else f"{GMAIL_WEB}#drafts?compose={message_id}"


def thread_link(thread_id: str, root: str | None = None) -> str:
    """Where a conversation opens: Gmail, or the emulator's view of it when `root` is its API root."""
    return f"{root}_emulator/threads/{thread_id}" if root else f"{GMAIL_WEB}#all/{thread_id}"


@dataclass
class DraftState:
    record: LoggedDraft
    state: str
    link: str
    detail: str = ""

    def as_dict(self) -> dict[str, Any]:
        r = self.record
        return {"thread_id": r.thread_id, "draft_id": r.draft_id, "state": self.state, "link": self.link,
                "subject": r.subject, "to": r.to, "intent": r.intent, "urgency": r.urgency,
                "interview_start": r.interview_start, "created_at": r.created_at, "detail": self.detail or None}


def states(gw: Gateway, records: list[LoggedDraft], root: str | None = None) -> list[DraftState]:
    """What became of each recorded draft; links into Gmail, or into the emulator at API root `root`."""
    index = DraftIndex(gw).load()
    message_of = {d: m for m, d in index.by_message.items()}
    out: dict[str, DraftState] = {}
    gone: list[LoggedDraft] = []
    for r in records:
        if r.draft_id and r.draft_id in message_of:
            out[r.thread_id] = DraftState(r, DRAFT, draft_link(message_of[r.draft_id], r.draft_id, root))
        else:
            gone.append(r)
    items = [(r.thread_id, "threads.get", _metadata_getter(gw, r.thread_id)) for r in gone]
    by_thread = {r.thread_id: r for r in gone}
    for tid, result, exc in gw.stream(items):
        r = by_thread[str(tid)]
        if exc is not None:
            if status_of(exc) == 404:
                out[r.thread_id] = DraftState(r, DELETED, thread_link(r.thread_id, root), "the thread is gone")
            else:
                out[r.thread_id] = DraftState(r, UNKNOWN, thread_link(r.thread_id, root), describe_failure(exc))
            continue
        out[r.thread_id] = DraftState(r, _sent_or_deleted(result, r), thread_link(r.thread_id, root))
    return [out[r.thread_id] for r in records]


def _metadata_getter(gw: Gateway, tid: str):
    return lambda: gw.users.threads().get(userId="me", id=tid, format="metadata",
                                          metadataHeaders=["Message-ID", "X-Regrets"],
                                          fields="messages(id,labelIds,internalDate,payload/headers)")


def _sent_or_deleted(thread: dict[str, Any], r: LoggedDraft) -> str:
    made = _epoch_ms(r.created_at)
    for m in thread.get("messages") or ():
        if "SENT" not in (m.get("labelIds") or ()):
            continue
        if (r.message_id and m.get("id") == r.message_id) or (
                r.rfc_message_id and decode.header(m, "Message-ID").strip() == r.rfc_message_id):
            return SENT
        if made is not None and _int(m.get("internalDate")) >= made:
            return SENT
    return DELETED


def _epoch_ms(iso: str | None) -> int | None:
    try:
        return int(datetime.fromisoformat(str(iso)).timestamp() * 1000) if iso else None
    except ValueError:
        return None


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1
