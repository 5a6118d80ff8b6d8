"""Decode one RFC 5322 message into a `Message`: MIME walking, charsets, RFC 2047 names, .ics parts."""
from __future__ import annotations

import base64
import email
import email.policy
import quopri
import re
from collections.abc import Iterator
from datetime import datetime, timezone
from email.header import Header
from email.utils import getaddresses, parsedate_to_datetime

from .errors import MalformedMessage
from .htmltext import MAX_HTML_CHARS, html_to_text, skim_html
from .ics import MAX_CALENDAR_CHARS
from .mimesplit import MAX_CALENDAR_PAYLOAD, fast_tree, is_calendar
from .mimesplit import POLICY as _POLICY
from .model import Address, Message

# compat32 parsing is several times faster than policy.default; headers are decoded by _header().
_MSGID = re.compile(r"<[^<>\s]+>")


# Gmail receives messages up to 50 MB (https://support.google.com/mail/answer/6584); a broken one is read in
# its first 16 MB by the email package (well-formed ones are split without copies by mimesplit, whatever size)
MAX_FALLBACK_BYTES = 16 << 20


def parse_bytes(raw: bytes, *, gmail_id: str | None = None, labels: tuple[str, ...] = (),
                thread_hint: str | None = None, skim: bool = False) -> Message:
    """Parse raw message bytes. Raises MalformedMessage when nothing usable is in them.

    `skim=True` is the cheap first look used on big mailboxes: recipients are not parsed and an
    HTML-only body is kept as raw HTML instead of being turned into text (enough for a keyword prefilter)."""
    if not raw or raw.isspace():  # (isspace stops at the first other byte; strip() copied the whole message)
        raise MalformedMessage("empty message")
    try:
        msg = fast_tree(raw)
        if msg is None:  # anything unusual: the email package's own parser decides
            # it holds several copies of what it parses: of a huge, broken message (a truncated 66 MB one took
            # 577 MB) it gets the first MAX_FALLBACK_BYTES, where an invitation's text and calendar are
            msg = email.message_from_bytes(raw[:MAX_FALLBACK_BYTES], policy=_POLICY)
    except Exception as exc:  # the email package is lenient, but be sure
        raise MalformedMessage(f"cannot parse message: {exc.__class__.__name__}") from None
    try:
        return from_email(msg, gmail_id=gmail_id, labels=labels, thread_hint=thread_hint, skim=skim)
    except MalformedMessage:
        raise
    except Exception as exc:  # last resort: one message that cannot be read is reported, never the end of a mailbox
        raise MalformedMessage(f"cannot read message: {exc.__class__.__name__}") from None


# --- A fast path for well-formed MIME -----------------------------------------------------------------------
# email.feedparser reads a message line by line in Python and compiles a new regular expression for every
# multipart boundary (each one misses re's cache), which makes parsing the bulk of the time on a big mailbox.
# For the common, well-formed case the same tree can be cut out with str.find: headers are stored exactly as
# the feedparser stores them (compat32's header_source_parse + set_raw), parts are split on the same boundary
# lines, and the newline before a boundary is dropped from the part as RFC 2046 and the feedparser do.
# Anything unusual (bare CR, a line that is neither header nor blank before the body, a missing or doubled
# boundary, message/* parts, digests, deep nesting) returns None and the email package parses the message.
# tests/core/test_reading.py checks that both paths give identical results on every corpus we have.

def from_email(msg: email.message.Message, *, gmail_id: str | None = None, labels: tuple[str, ...] = (),
               thread_hint: str | None = None, skim: bool = False) -> Message:
    """Build a Message from an already parsed email.message.Message."""
    heads = _raw_header_index(msg)
    if not any(k in heads for k in ("from", "subject", "date", "message-id", "to")):
        raise MalformedMessage("no mail headers found")
    subject = _header(heads, "subject")
    if not labels:
        lab = _header(heads, "x-gmail-labels")
        labels = tuple(x.strip() for x in lab.split(",") if x.strip()) if lab else ()
    text, html, calendars = _bodies(msg, skim)
    return Message(
        message_id=_first_id(_header(heads, "message-id")),
        in_reply_to=_first_id(_header(heads, "in-reply-to")),
        references=_bounded_references(_MSGID.findall(_header(heads, "references"))),
        subject=" ".join(subject.split())[:MAX_SUBJECT_CHARS],
        sender=next(iter(_addresses(heads, "from")), None),
        to=() if skim else _addresses(heads, "to"),
        cc=() if skim else _addresses(heads, "cc"),
        reply_to=() if skim else _addresses(heads, "reply-to"),
        date=parse_date_header(_header(heads, "date")),
        text=text,
        html=html,
        calendars=calendars,
        labels=labels,
        gmail_id=gmail_id,
        thread_hint=thread_hint or (_header(heads, "x-gm-thrid") or None),
        bulk=_is_bulk(heads),
    )


def _is_bulk(heads: _Headers) -> bool:
    """List mail (RFC 2369 List-* headers, RFC 2919 List-Id) or bulk precedence: newsletters, not a person's invite."""
    if _header(heads, "list-id") or _header(heads, "list-unsubscribe"):
        return True
    return _header(heads, "precedence").strip().lower() in ("bulk", "list", "junk")


# Header values are bounded as they are read: they are copied into a reply's headers and shown on a card, and a
# 1 MB subject or a References list of 100,000 ids only costs time there (header folding is slow on them).
MAX_SUBJECT_CHARS = 998  # RFC 5322's longest line
MAX_NAME_CHARS = 200  # a longer "display name" is not a name: the address is kept without it
MAX_REFERENCES = 50  # the thread's root and the latest 49 (the root names the thread; the latest chain it)


def _bounded_references(ids: list[str]) -> tuple[str, ...]:
    return tuple(ids if len(ids) <= MAX_REFERENCES else ids[:1] + ids[-(MAX_REFERENCES - 1):])


def parse_date_header(value: str) -> datetime | None:
    """An aware datetime from a Date header, or None. `-0000` and unknown zones are read as UTC."""
    if not value:
        return None
    try:
        dt = parsedate_to_datetime(value)
        if dt is None:
            return None
        if dt.tzinfo is None:  # RFC 5322 '-0000' or an unknown zone name: the time is UTC by the RFC's rule
            dt = dt.replace(tzinfo=timezone.utc)
        dt.astimezone(timezone.utc)  # 31 Dec 9999 -1400 is past the last datetime: not a usable date
    except (TypeError, ValueError, IndexError, OverflowError):  # OverflowError: a year of 20 digits
        return None
    # a date near datetime's end leaves no room for the analysis' arithmetic (a week or a year after it)
    return dt if dt.year < _LAST_YEAR else None


_LAST_YEAR = 9000


_Headers = dict[str, list[str]]  # a message's raw header values by lower-case name, in order


def _raw_header_index(msg: email.message.Message) -> _Headers:
    """Every header's raw values by lower-case name, read once (a message is asked for a dozen headers); {} when
    they cannot be read."""
    heads: _Headers = {}
    try:
        for key, value in msg.raw_items():
            heads.setdefault(key.lower(), []).append(value if isinstance(value, str) else str(value))
    except Exception:
        return {}
    return heads


def _header(heads: _Headers, name: str) -> str:
    """The first `name` (lower-case) header's value with RFC 2047 words decoded; '' when missing or undecodable.

    Read from the raw header so that 8-bit header bytes (raw UTF-8 as RFC 6532 allows, or a legacy
    8-bit charset) are decoded by us instead of becoming U+FFFD in compat32's `Header` objects."""
    values = heads.get(name)
    try:
        raw = _unescape_8bit(values[0]) if values else ""
    except Exception:  # a lone surrogate from a JSON message
        return ""
    return decode_words(raw)


def _raw_headers(heads: _Headers, name: str) -> list[str]:
    """Every `name` (lower-case) header as text, 8-bit bytes decoded (UTF-8, else windows-1252); [] when one
    cannot be (a lone surrogate from a JSON message)."""
    try:
        return [_unescape_8bit(v) for v in heads.get(name, ())]
    except Exception:
        return []


def _unescape_8bit(value: str) -> str:
    """compat32 keeps 8-bit header bytes as lone surrogates (surrogateescape); turn them back into text."""
    if value.isascii() or not any("\udc80" <= ch <= "\udcff" for ch in value):
        return value
    data = value.encode("utf-8", "surrogateescape")
    return decode_bytes(data, None)


_LATIN1_LABELS = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "iso_8859-1", "us-ascii", "ascii", "iso-ir-100"}


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Bytes in a declared charset, leniently: a wrong or unknown label falls back to UTF-8, then
    windows-1252, then Latin-1 (which never fails). ISO-8859-1/ASCII labels are read as windows-1252, as
    browsers do (WHATWG Encoding Standard), because mailers routinely mislabel cp1252 text (smart quotes)."""
    label = (charset or "").strip().strip('"').lower()
    tries = []
    if label in _LATIN1_LABELS:
        tries = ["utf-8", "cp1252"] if label in ("us-ascii", "ascii") else ["cp1252"]
    elif label:
        tries = [label]
    for cs in (*tries, "utf-8", "cp1252", "latin-1"):
        try:
            return data.decode(cs)
        except (LookupError, UnicodeDecodeError, ValueError):
            continue
    return data.decode("utf-8", "replace")  # unreachable: latin-1 decodes every byte


# An RFC 2047 encoded word: =?charset[*lang]?B|Q?text?=
_EW = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
_FOLD = re.compile(r"\r?\n(?=[ \t])")


def decode_words(v: str | Header) -> str:
    """Decode RFC 2047 encoded words (=?utf-8?b?...?=) leniently.

    Adjacent encoded words in one charset are joined before decoding (mailers split multi-byte characters
    across words); whitespace between encoded words is dropped (RFC 2047 section 6.2); a word that does not
    decode is kept as written."""
    if isinstance(v, Header):
        try:
            return str(v).strip()
        except Exception:
            return ""
    v = _FOLD.sub("", str(v))
    if "=?" not in v:
        return v.strip()
    out: list[str] = []
    run: list[bytes] = []
    run_cs: str | None = None
    pos = 0

    def flush() -> None:
        nonlocal run, run_cs
        if run:
            out.append(decode_bytes(b"".join(run), run_cs))
        run, run_cs = [], None

    for m in _EW.finditer(v):
        between = v[pos:m.start()]
        data = _ew_bytes(m.group(2), m.group(3))
        cs = m.group(1).split("*", 1)[0]
        if data is None:  # undecodable: keep the raw text
            flush()
            out.append(between + m.group(0))
            pos = m.end()
            continue
        if between.strip() or not run:
            flush()
            out.append(between)
        elif run_cs is not None and cs.lower() != run_cs.lower():
            flush()
        run.append(data)
        run_cs = cs
        pos = m.end()
    flush()
    out.append(v[pos:])
    return "".join(out).strip()


def _ew_bytes(enc: str, text: str) -> bytes | None:
    try:
        if enc in "bB":
            text = text.rstrip("=")
            return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
        return quopri.decodestring(text.encode("ascii"), header=True)
    except Exception:
        return None


def _first_id(value: str) -> str | None:
    m = _MSGID.search(value or "")
    if m:
        return m.group(0)
    v = (value or "").strip()
    return f"<{v}>" if v and " " not in v else None


# 'Name <a@b>', '"Name" <a@b>' and 'a@b': the shapes of nearly every From header, read without the email
# package's general address parser (which is slow); everything else goes through getaddresses.
_PLAIN_ADDRESS = re.compile(
    r"\s*(?:(?P<name>[A-Za-z0-9 .'_=?!#$%&*+/^`{|}~-]*?)|\"(?P<quoted>[^\"\\,]*)\")\s*<(?P<a1>[^<>\s@,;:\"()\[\]\\]+@[^<>\s@,;:\"()\[\]\\]+)>\s*"
    r"|\s*(?P<a2>[^<>\s@,;:\"()\[\]\\]+@[^<>\s@,;:\"()\[\]\\]+)\s*")


_BAD_ADDR_CHAR = re.compile(r"[\s\x00-\x1f\x7f<>,;]")


def _addresses(heads: _Headers, name: str) -> tuple[Address, ...]:
    values = _raw_headers(heads, name)
    m = _PLAIN_ADDRESS.fullmatch(values[0]) if len(values) == 1 else None
    if m and not (m.group("name") or "").startswith("."):
        pairs = [((m.group("name") or m.group("quoted") or "").strip(), m.group("a1") or m.group("a2"))]
    else:
        try:
            pairs = getaddresses(values)
        except Exception:
            return ()
    out = []
    for disp, addr in pairs:
        disp = decode_words(disp) if "=?" in disp else disp
        addr = addr.strip().strip("<>").lower()
        # an address with white space or control characters inside (a broken header) is not an address
        if "@" in addr and not _BAD_ADDR_CHAR.search(addr):
            name = " ".join(disp.split())
            out.append(Address(name if len(name) <= MAX_NAME_CHARS else "", addr))
    return tuple(out)


def _decode_part(part: email.message.Message) -> str:
    payload = part.get_payload(decode=True) or b""
    if not isinstance(payload, bytes):  # decode=True gives a leaf part's bytes (and None, so b"", for a multipart)
        return payload if isinstance(payload, str) else ""
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    return decode_bytes(payload, charset)





def _decoded(parts: list[email.message.Message]) -> list[str]:
    """The parts' texts; a part that cannot be decoded is left out (one broken part must not lose the message)."""
    out = []
    for part in parts:
        try:
            out.append(_decode_part(part))
        except Exception:
            continue
    return out


def _leaves(msg: email.message.Message) -> Iterator[tuple[int, email.message.Message]]:
    """(unit, leaf part) in document order. Unit 0 is the message itself; each attached message (message/rfc822,
    a forward "as attachment") is a unit of its own, so that its HTML-only body is read even when the outer
    message has plain text. Iterative: nesting depth costs no stack."""
    units = 0
    stack: list[tuple[int, email.message.Message]] = [(0, msg)]
    while stack:
        unit, part = stack.pop()
        if not part.is_multipart():
            yield unit, part
            continue
        children = part.get_payload()
        if not isinstance(children, list):
            continue
        if part.get_content_type() == "message/rfc822":
            units += 1
            unit = units
        stack.extend((unit, c) for c in reversed(children) if isinstance(c, email.message.Message))


def _bodies(msg: email.message.Message, skim: bool = False) -> tuple[str, str | None, tuple[str, ...]]:
    plains: dict[int, list[str]] = {}
    htmls: dict[int, list[email.message.Message]] = {}  # decoded below: a skim decodes only an HTML-only unit's
    calendars: list[str] = []
    seen_calendars: set[str] = set()
    calendar_chars = 0  # all calendar parts together stay within MAX_CALENDAR_CHARS
    for unit, part in _leaves(msg):
        try:
            if is_calendar(part):
                size = len(part.get_payload() or "")
                if not size or size > MAX_CALENDAR_PAYLOAD:
                    # empty, or not an invitation's calendar (mimesplit leaves a too big one empty): never decoded
                    continue
                text = _decode_part(part)
                # Google Calendar sends the same event as a text/calendar part and an invite.ics attachment
                if "BEGIN:VCALENDAR" in text.upper():
                    norm = text.replace("\r\n", "\n").strip()
                    if norm not in seen_calendars and calendar_chars + len(text) <= MAX_CALENDAR_CHARS:
                        seen_calendars.add(norm)
                        calendars.append(text)
                        calendar_chars += len(text)
                continue
            ctype = part.get_content_type()
            disp = (part.get_content_disposition() or "").lower()
            if disp == "attachment":
                continue
            if ctype == "text/plain":
                plains.setdefault(unit, []).append(_decode_part(part))
            elif ctype == "text/html":
                htmls.setdefault(unit, []).append(part)
        except Exception:  # one broken part must not lose the message
            continue
    decoded = {} if skim else {unit: _decoded(parts) for unit, parts in htmls.items()}
    texts = []
    for unit in sorted(set(plains) | set(htmls)):
        plain = "\n".join(p for p in plains.get(unit, ()) if p.strip())
        if plain.strip() or unit not in htmls:
            texts.append(plain)
        elif skim:
            texts.append(skim_html("\n".join(_decoded(htmls[unit]))))
        else:  # a message (or an attached one) with an HTML body only
            texts.append(html_to_text("\n".join(decoded[unit])))
    text = _clip("\n".join(t for t in texts if t.strip()))
    if skim:
        return text, None, tuple(calendars)
    all_html = [h for unit in sorted(decoded) for h in decoded[unit]]
    html = "\n".join(all_html) if all_html else None
    if html is not None and len(html) > MAX_HTML_CHARS:
        html = None  # not kept for quoting in a reply either: the reply quotes the (clipped) text
    return text.replace("\r\n", "\n"), html, tuple(calendars)


# What is read of a message's text. An invitation's own words are a few KB (with a quoted thread some tens); Gmail
# shows ~102 KB of a message before "[Message clipped]" (see htmltext.MAX_HTML_CHARS). Reading costs up to ~8 s per
# MB of text, so a cap keeps every message well within a second however big it is.
MAX_TEXT_CHARS = 64_000


def _clip(text: str) -> str:
    """At most MAX_TEXT_CHARS of `text`, cut at a line end when there is one near the limit."""
    if len(text) <= MAX_TEXT_CHARS:
        return text
    nl = text.rfind("\n", MAX_TEXT_CHARS - 2000, MAX_TEXT_CHARS)
    return text[: nl if nl > 0 else MAX_TEXT_CHARS]
