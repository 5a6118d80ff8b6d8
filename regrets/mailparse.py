"""Decode one RFC 5322 message into a `Message`: MIME walking, charsets, RFC 2047 names, .ics parts."""
from __future__ import annotations

import email
import email.policy
import re
from datetime import datetime, timezone
from email.header import Header, decode_header
from email.utils import getaddresses, parsedate_to_datetime

from .errors import MalformedMessage
from .htmltext import html_to_text
from .model import Address, Message

# compat32 parsing is several times faster than policy.default; headers are decoded by _header().
_POLICY = email.policy.compat32
_MSGID = re.compile(r"<[^<>\s]+>")


def parse_bytes(raw: bytes, *, gmail_id: str | None = None, labels: tuple[str, ...] = (),
                thread_hint: str | None = None, skim: bool = False) -> Message:
    """Parse raw message bytes. Raises MalformedMessage when nothing usable is in them.

    `skim=True` is the cheap first look used on big mailboxes: recipients are not parsed and an
    HTML-only body is kept as raw HTML instead of being turned into text (enough for a keyword prefilter)."""
    if not raw or not raw.strip():
        raise MalformedMessage("empty message")
    try:
        msg = email.message_from_bytes(raw, policy=_POLICY)
    except Exception as exc:  # the email package is lenient, but be sure
        raise MalformedMessage(f"cannot parse message: {exc.__class__.__name__}") from None
    return from_email(msg, gmail_id=gmail_id, labels=labels, thread_hint=thread_hint, skim=skim)


def from_email(msg: email.message.Message, *, gmail_id: str | None = None, labels: tuple[str, ...] = (),
               thread_hint: str | None = None, skim: bool = False) -> Message:
    """Build a Message from an already parsed email.message.Message."""
    if not any(k in msg for k in ("From", "Subject", "Date", "Message-ID", "To")):
        raise MalformedMessage("no mail headers found")
    subject = _header(msg, "Subject")
    if not labels:
        lab = _header(msg, "X-Gmail-Labels")
        labels = tuple(x.strip() for x in lab.split(",") if x.strip()) if lab else ()
    text, html, calendars = _bodies(msg, skim)
    return Message(
        message_id=_first_id(_header(msg, "Message-ID")),
        in_reply_to=_first_id(_header(msg, "In-Reply-To")),
        references=tuple(_MSGID.findall(_header(msg, "References"))),
        subject=" ".join(subject.split()),
        sender=next(iter(_addresses(msg, "From")), None),
        to=() if skim else _addresses(msg, "To"),
        cc=() if skim else _addresses(msg, "Cc"),
        reply_to=() if skim else _addresses(msg, "Reply-To"),
        date=parse_date_header(_header(msg, "Date")),
        text=text,
        html=html,
        calendars=calendars,
        labels=labels,
        gmail_id=gmail_id,
        thread_hint=thread_hint or (_header(msg, "X-GM-THRID") or None),
    )


def parse_date_header(value: str) -> datetime | None:
    """An aware datetime from a Date header, or None. `-0000` and unknown zones are read as UTC."""
    if not value:
        return None
    try:
        dt = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if dt is None:
        return None
    if dt.tzinfo is None:  # RFC 5322 '-0000' or an unknown zone name: the time is UTC by the RFC's rule
        dt = dt.replace(tzinfo=timezone.utc)
    return dt


def _header(msg: email.message.Message, name: str) -> str:
    """A header's value with RFC 2047 words decoded; '' when missing or undecodable."""
    try:
        v = msg.get(name)
    except Exception:
        return ""
    if v is None:
        return ""
    return decode_words(v)


def decode_words(v) -> str:
    """Decode RFC 2047 encoded words (=?utf-8?b?...?=) leniently."""
    if isinstance(v, Header):
        try:
            return str(v).strip()
        except Exception:
            return ""
    v = str(v)
    if "=?" not in v:
        return v.strip()
    try:
        out = []
        for chunk, cs in decode_header(v):
            if isinstance(chunk, bytes):
                try:
                    out.append(chunk.decode(cs or "utf-8", "replace"))
                except LookupError:
                    out.append(chunk.decode("utf-8", "replace"))
            else:
                out.append(chunk)
        return "".join(out).strip()
    except Exception:
        return v.strip()


def _first_id(value: str) -> str | None:
    m = _MSGID.search(value or "")
    if m:
        return m.group(0)
    v = (value or "").strip()
    return f"<{v}>" if v and " " not in v else None


def _addresses(msg: email.message.Message, name: str) -> tuple[Address, ...]:
    try:
        values = msg.get_all(name) or []
        pairs = getaddresses([str(v) for v in values])
    except Exception:
        return ()
    out = []
    for disp, addr in pairs:
        disp = decode_words(disp) if "=?" in disp else disp
        addr = addr.strip().strip("<>").lower()
        if "@" in addr:
            out.append(Address(" ".join(disp.split()), addr))
    return tuple(out)


def _decode_part(part: email.message.Message) -> str:
    payload = part.get_payload(decode=True) or b""
    if isinstance(payload, str):
        return payload
    charset = part.get_content_charset() or "utf-8"
    for cs in (charset, "utf-8", "cp1252", "latin-1"):
        try:
            return payload.decode(cs)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("utf-8", "replace")


def _is_calendar(part: email.message.Message) -> bool:
    ctype = part.get_content_type()
    if ctype in ("text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics"):
        return True
    try:
        fname = (part.get_filename() or "").lower()
    except Exception:
        fname = ""
    return fname.endswith((".ics", ".ical", ".vcs"))


def _bodies(msg: email.message.Message, skim: bool = False) -> tuple[str, str | None, tuple[str, ...]]:
    plains: list[str] = []
    htmls: list[str] = []
    calendars: list[str] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        try:
            if _is_calendar(part):
                text = _decode_part(part)
                if "BEGIN:VCALENDAR" in text.upper():
                    calendars.append(text)
                continue
            ctype = part.get_content_type()
            disp = (part.get_content_disposition() or "").lower()
            if disp == "attachment":
                continue
            if ctype == "text/plain":
                plains.append(_decode_part(part))
            elif ctype == "text/html":
                htmls.append(_decode_part(part))
            elif ctype == "message/rfc822":
                continue
        except Exception:  # one broken part must not lose the message
            continue
    html = "\n".join(htmls) if htmls else None
    text = "\n".join(p for p in plains if p.strip())
    if skim:
        return text or (html or ""), None, tuple(calendars)
    if not text.strip() and html:
        text = html_to_text(html)
    return text.replace("\r\n", "\n"), html, tuple(calendars)
