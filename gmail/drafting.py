"""Threaded decline drafts in Gmail, made at most once per thread.

Threading (discovery document, Message.threadId; guides/threads): a draft joins a thread only when (1) the
request names the ``threadId``, (2) the raw message carries RFC 2822 ``In-Reply-To``/``References``, and
(3) the subjects match. `regrets.compose.compose_reply` writes (2) and (3) into the raw message; the request adds
(1). ``raw`` is padded base64url, as Google's own samples send it (guides/drafts).

How Regrets knows a thread is handled, from the thread itself (threads.get already shows drafts as messages
labelled DRAFT, so this costs nothing extra):
- a draft in the thread: Regrets' own (it carries the ``X-Regrets`` header compose_reply adds) or the user's;
- a SENT message carrying ``X-Regrets`` (our decline, sent);
- a message the owner sent after the latest invite -- unless the analysis says that message accepted the
  interview, in which case a cancellation is exactly what is wanted.
A run killed half-way leaves its drafts in their threads, so the next run skips them the same way.

A drafts.create whose answer is lost (dropped connection, 5xx) may still have made the draft. Before sending it
again we look in the thread for a draft with our Message-ID and adopt it; if that look fails, we look again,
and never send on a guess. The transport never re-sends a POST by itself (gmail/transport.py; httplib2 did).
Every run converges to one Regrets draft per thread: a thread seen with several (left by an older version, two
hosts scanning at once, or a copy Gmail showed only after we sent again) keeps the newest (`keeper`) and the
others are deleted; a delete or read answered 404 means the draft is already gone, which is the goal. Drafts
without the X-Regrets header are the user's and are never touched. Two scans of one mailbox on one machine
take turns (gmail/lock.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from email.message import EmailMessage
from typing import Any

from googleapiclient.errors import HttpError

from regrets import decision
from regrets.compose import REGRETS_HEADER, ComposeOptions, compose_reply
from regrets.decision import Decision
from regrets.model import Analysis

from . import b64url
from .calls import ABSENT, Gateway, describe_failure
from .identity import Alias
from .reading import DraftSeen, GmailThread, seen_draft
from .retry import status_of

# draft_status values
CREATED = "created"
WOULD_CREATE = "would-create"  # dry run
EXISTS = "exists"  # a Regrets draft is already in the thread
USER_DRAFT = "user-draft"  # the user has a draft of their own in the thread
SENT = "sent"  # a Regrets reply was sent
REPLIED = decision.REPLIED  # the owner already answered after the invite
PAST = decision.PAST  # the interview is over (no draft unless --force)
CANCELLED = decision.CANCELLED  # the recruiter cancelled: nothing to decline
FAILED = "failed"
SKIP_STATUSES = (EXISTS, USER_DRAFT, SENT, REPLIED, PAST, CANCELLED)


def decide(gt: GmailThread, choice: Decision) -> str | None:
    """The draft status before any action: None for non-invites, WOULD_CREATE when a draft is wanted. What the
    mailbox shows (a draft or a sent reply in the thread) comes first; the rest is the core's decision."""
    if choice.intent is None:
        return None
    if any(d.regrets for d in gt.drafts):
        return EXISTS
    if gt.drafts:
        return USER_DRAFT
    if gt.sent_regrets:
        return SENT
    return choice.skip or WOULD_CREATE


def reply_for(gt: GmailThread, analysis: Analysis, base: ComposeOptions, alias: Alias, now: datetime) -> EmailMessage:
    """The decline, from the alias that received the invite, with its display name and Gmail signature."""
    options = replace(base, sender_email=alias.email,
                      sender_name=base.sender_name or alias.name or None,
                      signature=base.signature or alias.signature_text or None,
                      signature_html=base.signature_html or (alias.signature_html.strip() or None))
    return compose_reply(gt.thread, analysis, options, now)


@dataclass
class DraftIndex:
    """drafts.list, loaded once when needed: message id -> draft id, thread id -> draft ids."""

    gw: Gateway
    by_message: dict[str, str] = field(default_factory=dict)
    by_thread: dict[str, list[str]] = field(default_factory=dict)
    loaded: bool = False

    def load(self) -> DraftIndex:
        self.by_message.clear()
        self.by_thread.clear()
        token: str | None = None
        while True:
            def make(token: str | None = token) -> Any:
                kw: dict[str, Any] = {"userId": "me", "maxResults": 500}
                if token:
                    kw["pageToken"] = token
                return self.gw.users.drafts().list(**kw)

            page = self.gw.call("drafts.list", make)
            for d in page.get("drafts") or ():
                msg = d.get("message") or {}
                if msg.get("id"):
                    self.by_message[str(msg["id"])] = str(d["id"])
                if msg.get("threadId"):
                    self.by_thread.setdefault(str(msg["threadId"]), []).append(str(d["id"]))
            token = page.get("nextPageToken")
            if not token:
                break
        self.loaded = True
        return self

    def draft_of(self, message_id: str) -> str | None:
        if not self.loaded or message_id not in self.by_message:
            self.load()
        return self.by_message.get(message_id)


class Unsettled(Exception):
    """The draft is in the thread, but drafts.list does not show it yet: ask again later."""


@dataclass
class Created:
    draft_id: str
    message_id: str
    resent: bool = False  # sent again after an answer was lost: the thread is checked for a copy at the end


def create(gw: Gateway, gt: GmailThread, msg: EmailMessage, index: DraftIndex) -> Created:
    """drafts.create in the thread. A lost answer (dropped connection, 5xx) is settled by looking in the thread
    for a draft with this Message-ID: found, it is the result; surely absent, the draft is sent again; when
    the look itself fails, it is tried again -- the draft is never re-sent on a guess."""
    raw = b64url.encode(msg.as_bytes())
    body = {"message": {"raw": raw, "threadId": gt.id}}
    rfc_id = str(msg["Message-ID"] or "").strip()
    resent = False

    def recover() -> Any:
        nonlocal resent
        found = find_in_thread(gw, gt.id, rfc_id)
        if found is None:
            resent = True
            return ABSENT
        draft_id = index.draft_of(found)
        if not draft_id:
            raise Unsettled(found)
        return {"id": draft_id, "message": {"id": found, "threadId": gt.id}}

    res = gw.call("drafts.create", lambda: gw.users.drafts().create(userId="me", body=body), recover=recover)
    return Created(str(res["id"]), str((res.get("message") or {}).get("id") or ""), resent)


def find_in_thread(gw: Gateway, thread_id: str, rfc_id: str) -> str | None:
    """The Gmail id of a draft in the thread whose Message-ID is `rfc_id`, if any."""
    for d in regrets_drafts(gw, thread_id, any_draft=True):
        if d.rfc_id == rfc_id:
            return d.gmail_id
    return None


def regrets_drafts(gw: Gateway, thread_id: str, *, any_draft: bool = False) -> list[DraftSeen]:
    """The drafts in a thread that carry the X-Regrets header (all drafts with `any_draft`), read fresh.
    A thread that is gone (404) has none."""
    try:
        t = gw.call("threads.get", lambda: gw.users.threads().get(
            userId="me", id=thread_id, format="metadata", metadataHeaders=["Message-ID", REGRETS_HEADER],
            fields="messages(id,labelIds,internalDate,payload/headers)"))
    except HttpError as exc:
        if status_of(exc) == 404:
            return []
        raise
    drafts = [seen_draft(m) for m in t.get("messages") or () if "DRAFT" in (m.get("labelIds") or ())]
    return drafts if any_draft else [d for d in drafts if d.regrets]


def keeper(drafts: list[DraftSeen]) -> DraftSeen:
    """Which of several Regrets drafts in one thread stays: the newest (by internalDate, then id).

    Any fixed rule makes concurrent runs (two hosts, or a run and its rerun) keep the same one and converge;
    the newest is chosen because a draft the user edited gets a new message (drafts.update and the web UI
    replace it), so it is never the one removed. Whether Gmail's web UI keeps our X-Regrets header on an edited
    draft is UNCONFIRMED; if it drops it, the edited draft is the user's own and is never touched anyway."""
    return max(drafts, key=lambda d: d.order)


def delete_draft(gw: Gateway, draft_id: str) -> bool:
    """drafts.delete, idempotent: a draft that is already gone (404: an earlier attempt whose answer was lost,
    another run, the user) is what was wanted. Returns whether this call found it."""
    try:
        gw.call("drafts.delete", lambda: gw.users.drafts().delete(userId="me", id=draft_id))
    except HttpError as exc:
        if status_of(exc) == 404:
            return False
        raise
    return True


@dataclass
class Converged:
    kept: dict[str, tuple[str | None, DraftSeen]] = field(default_factory=dict)  # thread -> (draft id, draft)
    removed: int = 0
    removed_messages: list[str] = field(default_factory=list)  # Gmail message ids of the drafts deleted
    problems: dict[str, str] = field(default_factory=dict)  # thread -> why it could not be settled


def converge(gw: Gateway, crowded: dict[str, list[DraftSeen]], unsure: set[str], index: DraftIndex) -> Converged:
    """Leave exactly one Regrets draft in each thread: `crowded` threads were seen with several (their drafts
    as read), `unsure` ones had a draft sent again after a lost answer and are read afresh. Drafts without the
    X-Regrets header (the user's own) are never touched."""
    out = Converged()
    todo = dict(crowded)
    for tid in sorted(unsure - set(crowded)):
        try:
            todo[tid] = regrets_drafts(gw, tid)
        except Exception as exc:  # noqa: BLE001 - reported; the next run settles it
            out.problems[tid] = f"drafts not checked for copies: {describe_failure(exc)}"
    for tid, drafts in todo.items():
        ours = [d for d in drafts if d.regrets]
        if not ours:
            continue
        keep = keeper(ours)
        try:
            for d in ours:
                if d is keep:
                    continue
                draft_id = index.draft_of(d.gmail_id)
                if draft_id and delete_draft(gw, draft_id):
                    out.removed += 1
                    out.removed_messages.append(d.gmail_id)
            out.kept[tid] = (index.draft_of(keep.gmail_id), keep)
        except Exception as exc:  # noqa: BLE001 - reported; the next run settles it
            out.problems[tid] = f"extra Regrets draft not removed: {describe_failure(exc)}"
    return out
