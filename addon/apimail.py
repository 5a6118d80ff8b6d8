"""Gmail API resources (``format=full``) to the core's `Thread`/`Message`, plus the drafts found in a thread.

threads.get returns each message's MIME tree with headers and base64url bodies; we rebuild an
`email.message.Message` from it and let the core's `regrets.mailparse.from_email` decode it exactly as it
decodes files. Draft messages (label DRAFT) are not mail that was sent: they are reported separately, with the
``X-Regrets`` header the core puts on its replies, so the add-on can offer "Open draft" instead of a second one.
"""
from __future__ import annotations

import base64
import binascii
import email.message
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from regrets.compose import REGRETS_HEADER
from regrets.errors import MalformedMessage
from regrets.mailparse import from_email
from regrets.model import Message, Thread

# Attachment fetcher: (gmail message id, attachment id) -> bytes, or None when not allowed here.
FetchAttachment = Callable[[str, str], bytes]
CALENDAR_TYPES = ("text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics")


@dataclass(frozen=True)
class DraftInThread:
    message_id: str  # the draft message's Gmail id (drafts keep their own draft id, which threads.get lacks)
    regrets_intent: str | None  # "decline"/"cancel" when Regrets made it, else None


def b64url_decode(data: str) -> bytes:
    """Gmail sends body data as base64url, often without padding."""
    try:
        return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))
    except (binascii.Error, ValueError):
        return b""


def header(payload: dict[str, Any], name: str) -> str | None:
    lname = name.lower()
    for h in payload.get("headers") or []:
        if str(h.get("name", "")).lower() == lname:
            return str(h.get("value", ""))
    return None


def _mime_tree(part: dict[str, Any], gmail_id: str, fetch: FetchAttachment | None, budget: list[int]) -> email.message.Message:
    node = email.message.Message()
    for h in part.get("headers") or []:
        name, value = str(h.get("name", "")), str(h.get("value", ""))
        if name and name.lower() != "content-transfer-encoding":
            node[name] = value.replace("\r", " ").replace("\n", " ")
    mime = str(part.get("mimeType") or "text/plain")
    if "Content-Type" not in node:
        node["Content-Type"] = mime
    children = part.get("parts") or []
    if mime.startswith("multipart/") or children:
        node.set_payload([_mime_tree(c, gmail_id, fetch, budget) for c in children])
        return node
    body = part.get("body") or {}
    data = b64url_decode(body["data"]) if body.get("data") else b""
    is_calendar = mime.lower() in CALENDAR_TYPES or str(part.get("filename") or "").lower().endswith(".ics")
    if not data and body.get("attachmentId") and is_calendar and fetch is not None and budget[0] > 0:
        budget[0] -= 1  # a calendar invite too big to be inline: worth one extra call, not more
        data = fetch(gmail_id, str(body["attachmentId"]))
    node["Content-Transfer-Encoding"] = "base64"
    node.set_payload(base64.encodebytes(data).decode("ascii"))
    return node


def message_from_api(res: dict[str, Any], fetch: FetchAttachment | None = None,
                     budget: list[int] | None = None) -> Message:
    """One API message (format=full) as the core's `Message`. Raises MalformedMessage."""
    payload = res.get("payload")
    if not isinstance(payload, dict):
        raise MalformedMessage("message has no payload")
    tree = _mime_tree(payload, str(res.get("id", "")), fetch, budget if budget is not None else [1])
    return from_email(tree, gmail_id=res.get("id"), labels=tuple(res.get("labelIds") or ()),
                      thread_hint=res.get("threadId"))


def thread_from_api(res: dict[str, Any], fetch: FetchAttachment | None = None,
                    max_attachment_fetches: int = 1) -> tuple[Thread, list[DraftInThread]]:
    """A threads.get (format=full) answer as a core `Thread` of the sent/received mail, and its drafts."""
    tid = str(res.get("id") or "")
    messages: list[Message] = []
    drafts: list[DraftInThread] = []
    problems: list[str] = []
    budget = [max_attachment_fetches]
    for m in res.get("messages") or []:
        labels = m.get("labelIds") or []
        if "DRAFT" in labels:
            intent = header(m.get("payload") or {}, REGRETS_HEADER)
            drafts.append(DraftInThread(str(m.get("id")), intent.strip().lower() if intent else None))
            continue
        try:
            messages.append(message_from_api(m, fetch, budget))
        except MalformedMessage as exc:
            problems.append(f"message skipped: {exc}")
    return Thread(key=tid, messages=messages, source=f"gmail:{tid}", gmail_thread_id=tid, problems=problems), drafts


def single_message_thread(res: dict[str, Any], fetch: FetchAttachment | None = None) -> tuple[Thread, list[DraftInThread]]:
    """A thread made of the one message messages.get returned (fallback when threads.get is refused)."""
    tid = str(res.get("threadId") or res.get("id") or "")
    return thread_from_api({"id": tid, "messages": [res]}, fetch)
