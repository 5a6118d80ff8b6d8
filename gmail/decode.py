"""Gmail API message resources (``format=full``) back into MIME, then into the core's `Message`.

Why rebuild MIME: the core already decodes MIME robustly (charsets, RFC 2047, HTML to text, calendar parts,
duplicate invite.ics), so the adapter turns Gmail's part tree into an `email.message.Message` and lets
`regrets.mailparse.from_email` do the rest. Gmail quirks handled here:
- ``body.data`` is base64url and may be unpadded: `gmail.b64url` re-pads before decoding;
- a part with ``body.attachmentId`` has no data: its bytes come from messages.attachments.get, asked through the
  caller's `AttachmentLookup`. Only calendar parts (text/calendar, application/ics, *.ics) and forwarded
  messages are asked for -- nothing else is needed to understand an invite -- and an ``.ics`` attachment is
  skipped when the same message already carries an inline calendar of the same size (Google Calendar sends
  the event twice: inline text/calendar and an invite.ics attachment, the shape of RFC 6047 section 2.4,
  https://www.rfc-editor.org/rfc/rfc6047#section-2.4; MessagePart/attachmentId:
  https://developers.google.com/workspace/gmail/api/reference/rest/v1/users.messages#MessagePart);
- a forwarded message (``message/rfc822``, "forward as attachment") is read from its part tree when the part
  has one, else from its bytes (``body.data``, or by attachment id: it is then one more attachments.get);
  which shape Gmail serves is UNCONFIRMED, so both are read. It becomes a nested message, so a forwarded
  invitation is read as in the original file;
- ``body.data`` holds the part's bytes after transfer decoding, in the part's declared charset;
- header values come with RFC 2047 encoded words decoded. Decoding can create address syntax that was not in
  the message (an encoded display name holding ``, Bcc: x@y``, ``<other@addr>`` or a line break) and control
  characters, so the recipient the core would pick from the decoded copy can differ from the one it picks from
  the message's bytes. `needs_raw` says when that can happen; such a message is fetched with
  messages.get(format=raw) (5 units, 20 in the 2026 table) and read by the core's own file parser
  (`regrets.mailparse.parse_bytes`), so the Gmail path and the file path choose the same recipient. Ordinary
  mail (one plain address in From/Reply-To, no control characters) costs nothing extra.
"""
from __future__ import annotations

import base64
import email.message
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from regrets.errors import MalformedMessage
from regrets.mailparse import from_email
from regrets.model import Message

from . import b64url

# C0 controls but TAB, DEL, C1 controls (NEL among them), and the Unicode line and paragraph separators
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")
# one mailbox whose '@' and angle brackets are all in its address: 'Name <a@b>' or 'a@b' (the name may hold
# quotes or commas: with a single '@' in the value, any bytes that decode to it yield this one address)
_ATOMS = r"[^\s<>@,;:\"()\[\]\\]+"
_ONE_MAILBOX = re.compile(rf"\s*(?:[^<>@]*<{_ATOMS}@{_ATOMS}>|{_ATOMS}@{_ATOMS})\s*")
REPLY_HEADERS = ("From", "Reply-To")  # decide the recipient
COPIED_HEADERS = ("Subject", "Message-ID", "In-Reply-To", "References")  # copied into the reply's headers
CALENDAR_TYPES = ("text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics")
CALENDAR_SUFFIXES = (".ics", ".ical", ".vcs")
MAX_DEPTH = 40  # part trees deeper than this are malformed (or hostile)


# attachment id -> its bytes, or None when it is not available (not fetched, refused, over a budget)
AttachmentLookup = Callable[[str], "bytes | None"]


def body_bytes(text: str) -> bytes:
    """A part's ``body.data`` (or an answer's ``raw``/``data``) as bytes. Raises MalformedMessage."""
    try:
        return b64url.decode(text)
    except ValueError as exc:
        raise MalformedMessage(f"undecodable base64url body ({exc.__class__.__name__})") from None


def is_calendar_part(part: dict[str, Any]) -> bool:
    mime = str(part.get("mimeType") or "").lower()
    name = str(part.get("filename") or "").lower()
    return mime in CALENDAR_TYPES or name.endswith(CALENDAR_SUFFIXES)


def walk(part: dict[str, Any], depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > MAX_DEPTH:
        raise MalformedMessage("MIME tree too deep")
    yield part
    for child in part.get("parts") or ():
        if isinstance(child, dict):
            yield from walk(child, depth + 1)


@dataclass(frozen=True)
class AttachmentRef:
    message_id: str
    attachment_id: str


def is_attached_message(part: dict[str, Any]) -> bool:
    """A forwarded message Gmail serves whole, by attachment id (no part tree of its own)."""
    return str(part.get("mimeType") or "").lower() == "message/rfc822" and not part.get("parts")


def needed_attachments(message: dict[str, Any]) -> list[AttachmentRef]:
    """The parts of a message that must be fetched with attachments.get to understand it: calendar parts (an
    ``.ics`` file that repeats an inline calendar of the same size excepted) and forwarded messages."""
    payload = message.get("payload") or {}
    try:
        parts = list(walk(payload))
    except MalformedMessage:
        return []
    inline_sizes = {int((p.get("body") or {}).get("size") or 0) for p in parts
                    if is_calendar_part(p) and (p.get("body") or {}).get("data")}
    refs = []
    for p in parts:
        body = p.get("body") or {}
        att = body.get("attachmentId")
        if not att:
            continue
        if is_calendar_part(p):
            if p.get("filename") and int(body.get("size") or -1) in inline_sizes:
                continue  # the same event is already inline
        elif not is_attached_message(p):
            continue
        refs.append(AttachmentRef(str(message.get("id")), str(att)))
    return refs


def _headers(part: dict[str, Any]) -> list[tuple[str, str]]:
    out = []
    for h in part.get("headers") or ():
        if isinstance(h, dict) and h.get("name"):
            name = str(h["name"]).replace("\r", "").replace("\n", "")
            value = str(h.get("value") or "").replace("\r", " ").replace("\n", " ")
            out.append((name, value))
    return out


def to_mime(part: dict[str, Any], attachment: AttachmentLookup, depth: int = 0) -> email.message.Message:
    """One Gmail MessagePart (and its children) as a compat32 `email.message.Message`.

    Leaf bytes are re-encoded as base64 with a matching Content-Transfer-Encoding header, so the part decodes
    exactly to Gmail's bytes whatever the original transfer encoding was. A part served by attachment id gets
    the bytes `attachment` gives for it (none when it gives None)."""
    if depth > MAX_DEPTH:
        raise MalformedMessage("MIME tree too deep")
    node = email.message.Message()
    for name, value in _headers(part):
        if name.lower() == "content-transfer-encoding":
            continue
        node[name] = value
    mime = str(part.get("mimeType") or "text/plain")
    if "content-type" not in {k.lower() for k in node}:
        node["Content-Type"] = mime
    children = [c for c in part.get("parts") or [] if isinstance(c, dict)]
    if mime.lower() == "message/rfc822":
        # a forwarded message: keep it as a nested message so its text is read like in the original mail
        inner = _embedded(part, children, attachment, depth)
        if inner is not None:
            node.set_payload([inner])
            return node
    if mime.lower().startswith("multipart/") and children:
        node.set_payload([to_mime(c, attachment, depth + 1) for c in children])
        return node
    body = part.get("body") or {}
    if body.get("data"):
        data = body_bytes(body["data"])
    elif body.get("attachmentId"):
        data = attachment(str(body["attachmentId"])) or b""
    else:
        data = b""
    if mime.lower().startswith("multipart/"):
        # a multipart Gmail could not split: keep its bytes as one opaque part
        del node["Content-Type"]
        node["Content-Type"] = "application/octet-stream"
    node["Content-Transfer-Encoding"] = "base64"
    node.set_payload(base64.encodebytes(data).decode("ascii"))
    return node


def _embedded(part: dict[str, Any], children: list[dict[str, Any]], attachment: AttachmentLookup,
              depth: int) -> email.message.Message | None:
    """The forwarded message inside a message/rfc822 part: from its part tree, else from its bytes (inline, or
    fetched by attachment id)."""
    if children:
        return to_mime(children[0], attachment, depth + 1)
    body = part.get("body") or {}
    if body.get("data"):
        data: bytes | None = body_bytes(body["data"])
    elif body.get("attachmentId"):
        data = attachment(str(body["attachmentId"]))
    else:
        data = None
    return email.message_from_bytes(data) if data else None


def to_core(message: dict[str, Any], attachment: AttachmentLookup | None = None) -> Message:
    """A Gmail message resource as the core's `Message`. Only the parts `needed_attachments` names are asked of
    `attachment` (attachment id -> bytes). Raises MalformedMessage when it cannot be read."""
    payload = message.get("payload")
    if not isinstance(payload, dict):
        raise MalformedMessage("no payload in the Gmail answer")
    wanted = {r.attachment_id for r in needed_attachments(message)} if attachment is not None else set()

    def lookup(attachment_id: str) -> bytes | None:
        return attachment(attachment_id) if attachment is not None and attachment_id in wanted else None

    try:
        mime = to_mime(payload, lookup)
    except MalformedMessage:
        raise
    except (RecursionError, TypeError, ValueError, AttributeError, LookupError) as exc:
        raise MalformedMessage(f"unreadable MIME structure ({exc.__class__.__name__})") from None
    return from_email(mime, gmail_id=str(message.get("id") or "") or None,
                      labels=tuple(message.get("labelIds") or ()), thread_hint=message.get("threadId"))


def needs_raw(message: dict[str, Any]) -> bool:
    """Whether this message must be read from its raw bytes: Gmail's decoded From/Reply-To is not one plain
    mailbox, or a header the reply is built from holds a control character."""
    for name in REPLY_HEADERS:
        values = headers_all(message, name)
        if len(values) > 1 or any(_CONTROL.search(v) or not _ONE_MAILBOX.fullmatch(v) for v in values):
            return True
    return any(_CONTROL.search(v) for name in COPIED_HEADERS for v in headers_all(message, name))


def header(message: dict[str, Any], name: str) -> str:
    """A top-level header value ('' when absent)."""
    low = name.lower()
    for h in (message.get("payload") or {}).get("headers") or ():
        if isinstance(h, dict) and str(h.get("name", "")).lower() == low:
            return str(h.get("value") or "")
    return ""


def headers_all(message: dict[str, Any], name: str) -> list[str]:
    low = name.lower()
    return [str(h.get("value") or "") for h in (message.get("payload") or {}).get("headers") or ()
            if isinstance(h, dict) and str(h.get("name", "")).lower() == low]
