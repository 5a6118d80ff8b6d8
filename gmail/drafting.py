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
again we look in the thread for a draft with our Message-ID and adopt it. httplib2 also resends a request by
itself once when a kept-alive connection drops without an answer (``_conn_request``: "retry regardless of the
number of RETRIES"), which can duplicate a POST behind our back; after the drafts are made, drafts.list shows
any thread with a second draft bearing our Message-ID, and that copy is deleted.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from email.message import EmailMessage
from typing import Any

from regrets.compose import ComposeOptions, compose_reply
from regrets.model import Analysis, Urgency, UrgencyReport

from . import decode
from .calls import Gateway
from .identity import Alias, Identity
from .reading import GmailThread

# draft_status values
CREATED = "created"
WOULD_CREATE = "would-create"  # dry run
EXISTS = "exists"  # a Regrets draft is already in the thread
USER_DRAFT = "user-draft"  # the user has a draft of their own in the thread
SENT = "sent"  # a Regrets reply was sent
REPLIED = "replied"  # the owner already answered after the invite
PAST = "past"  # the interview is over (no draft unless --force)
CANCELLED = "cancelled"  # the recruiter cancelled: nothing to decline
FAILED = "failed"
SKIP_STATUSES = (EXISTS, USER_DRAFT, SENT, REPLIED, PAST, CANCELLED)


def decide(gt: GmailThread, analysis: Analysis, urgency: UrgencyReport, identity: Identity, *,
           force_past: bool = False) -> str | None:
    """The draft status before any action: None for non-invites, WOULD_CREATE when a draft is wanted."""
    if not analysis.is_invite:
        return None
    if any(d.regrets for d in gt.drafts):
        return EXISTS
    if gt.drafts:
        return USER_DRAFT
    if gt.sent_regrets:
        return SENT
    if analysis.cancelled:
        return CANCELLED
    if urgency.level is Urgency.PAST and not force_past:
        return PAST
    ref = analysis.invited_at or (analysis.reply_target.date if analysis.reply_target else None)
    if ref is not None and not analysis.accepted:
        for m in gt.thread.messages:
            mine = "SENT" in m.labels or (m.sender is not None and identity.owns(m.sender.email))
            if mine and m.date is not None and m.date > ref:
                return REPLIED
    return WOULD_CREATE


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

    def load(self) -> "DraftIndex":
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


def create(gw: Gateway, gt: GmailThread, msg: EmailMessage, index: DraftIndex) -> tuple[str, str]:
    """drafts.create in the thread; returns (draft id, message id). Never leaves two drafts for one call."""
    raw = decode.b64url_encode(msg.as_bytes())
    body = {"message": {"raw": raw, "threadId": gt.id}}
    rfc_id = str(msg["Message-ID"] or "").strip()

    def recover() -> dict[str, Any] | None:
        try:
            found = find_in_thread(gw, gt.id, rfc_id)
            if found is None:
                return None
            draft_id = index.draft_of(found)
            return {"id": draft_id, "message": {"id": found, "threadId": gt.id}} if draft_id else None
        except Exception:  # noqa: BLE001 - could not tell: send again; the duplicate check runs at the end
            return None

    res = gw.call("drafts.create", lambda: gw.users.drafts().create(userId="me", body=body), recover=recover)
    return str(res["id"]), str((res.get("message") or {}).get("id") or "")


def find_in_thread(gw: Gateway, thread_id: str, rfc_id: str) -> str | None:
    """The Gmail id of a draft in the thread whose Message-ID is `rfc_id`, if any."""
    t = gw.call("threads.get", lambda: gw.users.threads().get(
        userId="me", id=thread_id, format="metadata", metadataHeaders=["Message-ID"],
        fields="messages(id,labelIds,payload/headers)"))
    for m in t.get("messages") or ():
        if "DRAFT" in (m.get("labelIds") or ()) and decode.header(m, "Message-ID").strip() == rfc_id:
            return str(m["id"])
    return None


def remove_duplicates(gw: Gateway, made: dict[str, tuple[str, str]]) -> int:
    """Delete second copies of drafts made this run ({thread id: (draft id, Message-ID)}). Returns how many."""
    if not made:
        return 0
    index = DraftIndex(gw).load()
    removed = 0
    for tid, (draft_id, rfc_id) in made.items():
        for other in index.by_thread.get(tid, []):
            if other == draft_id:
                continue
            # drafts.get has no metadataHeaders parameter (discovery document): metadata brings every header
            d = gw.call("drafts.get", lambda other=other: gw.users.drafts().get(userId="me", id=other, format="metadata"))
            if decode.header(d.get("message") or {}, "Message-ID").strip() == rfc_id:
                gw.call("drafts.delete", lambda other=other: gw.users.drafts().delete(userId="me", id=other))
                removed += 1
    return removed
