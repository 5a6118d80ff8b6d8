"""Turn raw RFC 5322 bytes into what Gmail serves: the ``payload`` part tree, snippet, attachments.

Gmail quirks reproduced here (DD = the discovery document bundled with google-api-python-client,
``googleapiclient/discovery_cache/documents/gmail.v1.json``; MessagePart in
https://developers.google.com/workspace/gmail/api/reference/rest/v1/users.messages#MessagePart):
- the top-level part has ``partId`` "" and children "0", "1", nested "0.1" ...; every part carries ``filename``
  ("" unless it is an attachment), its own MIME ``headers`` and ``body`` (``{"size": 0}`` for multiparts);
- ``body.data`` is base64url **without padding** (https://github.com/googleworkspace/cli/issues/774), whereas
  ``raw`` is padded (https://github.com/openclaw/gogcli/issues/922);
- attachments, and large non-text parts such as a big inline ``text/calendar``, have ``body.attachmentId``
  instead of ``data``; their bytes come from messages.attachments.get;
- header values are returned with RFC 2047 encoded-words decoded (and unfolded here);
- the snippet is plain text with HTML special characters escaped as entities.
"""
from __future__ import annotations

import email
import email.header
import email.policy
import email.utils
import hashlib
import html
import re
from dataclasses import dataclass, field
from datetime import timezone
from email.message import Message as MimeMessage
from typing import Any

from gmail import b64url

SNIPPET_CHARS = 200
INLINE_TEXT_MAX = 1 << 20   # text/plain and text/html bodies up to 1 MiB are served inline as data
INLINE_OTHER_MAX = 4096     # other parts without a filename (e.g. text/calendar) larger than this get an attachmentId

_MSGID_RE = re.compile(r"<[^<>\s]+>")
_WORD_RE = re.compile(r"\w+", re.UNICODE)


def decode_header_value(value: str | None) -> str:
    """An unfolded header value with RFC 2047 encoded-words decoded; never raises."""
    if value is None:
        return ""
    if not isinstance(value, str):
        value = str(value)
    if any("\udc80" <= ch <= "\udcff" for ch in value):  # raw 8-bit bytes kept by the parser as surrogates
        value = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    value = re.sub(r"\r?\n(?=[ \t])", "", value)
    if "=?" not in value:
        return value.strip()
    try:
        return str(email.header.make_header(email.header.decode_header(value))).strip()
    except (LookupError, UnicodeError, ValueError, email.errors.HeaderParseError):
        out = []
        for chunk, charset in email.header.decode_header(value):
            if isinstance(chunk, bytes):
                try:
                    out.append(chunk.decode(charset or "utf-8", "replace"))
                except LookupError:
                    out.append(chunk.decode("utf-8", "replace"))
            else:
                out.append(chunk)
        return "".join(out).strip()


def html_to_text(markup: str) -> str:
    """Rough visible text of an HTML body (for snippets and search)."""
    markup = re.sub(r"(?is)<(script|style|head|title)\b.*?</\1\s*>", " ", markup)
    markup = re.sub(r"(?is)<!--.*?-->", " ", markup)
    markup = re.sub(r"(?i)<br\s*/?>|</p\s*>|</div\s*>|</tr\s*>|</li\s*>", "\n", markup)
    markup = re.sub(r"(?s)<[^>]*>", " ", markup)
    return html.unescape(markup)


def make_snippet(text: str) -> str:
    """Gmail-style snippet: whitespace collapsed, cut to ~200 characters, HTML specials as entities."""
    flat = " ".join(text.split())[:SNIPPET_CHARS]
    return (flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def words(text: str) -> list[str]:
    """Lower-cased word tokens used by search."""
    return _WORD_RE.findall(text.casefold())


@dataclass(slots=True)
class ParsedMail:
    """Everything the emulator needs from one raw message, computed once."""

    headers: list[dict[str, str]]
    payload: dict[str, Any]
    attachments: dict[str, bytes]
    snippet: str
    body_text: str
    filenames: list[str]
    subject: str
    message_id: str
    in_reply_to: list[str]
    references: list[str]
    from_addrs: list[tuple[str, str]]
    to_addrs: list[tuple[str, str]]
    cc_addrs: list[tuple[str, str]]
    bcc_addrs: list[tuple[str, str]]
    delivered_to: list[str]
    date_ms: int | None
    gm_thrid: str | None
    gm_labels: list[str] = field(default_factory=list)
    stored_raw: bytes = b""  # the bytes Gmail keeps: the input without Takeout's X-GM-THRID / X-Gmail-Labels

    def header(self, name: str) -> str:
        """First value of a header (case-insensitive), or ""."""
        low = name.lower()
        for h in self.headers:
            if h["name"].lower() == low:
                return h["value"]
        return ""


def _charset_decode(data: bytes, charset: str | None) -> str:
    try:
        return data.decode(charset or "utf-8", "replace")
    except LookupError:
        return data.decode("utf-8", "replace")


def _filename(part: MimeMessage) -> str:
    try:
        name = part.get_filename()
    except Exception:  # malformed RFC 2231 parameters
        name = None
    return decode_header_value(name) if name else ""


def _addresses(values: list[str]) -> list[tuple[str, str]]:
    out = []
    for name, addr in email.utils.getaddresses(values):
        if addr or name:
            out.append((name.strip(), addr.strip()))
    return out


def _date_ms(value: str) -> int | None:
    if not value:
        return None
    try:
        dt = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    try:
        return int(dt.timestamp() * 1000)
    except (OverflowError, OSError, ValueError):
        return None


class _Builder:
    """Walks the MIME tree once, collecting attachments, body text and filenames."""

    def __init__(self, salt: str, inline_text_max: int, inline_other_max: int) -> None:
        self.salt = salt
        self.inline_text_max = inline_text_max
        self.inline_other_max = inline_other_max
        self.attachments: dict[str, bytes] = {}
        self.plain: list[str] = []
        self.html: list[str] = []
        self.filenames: list[str] = []

    def _attachment_id(self, part_id: str) -> str:
        digest = hashlib.sha256(f"{self.salt}/{part_id}".encode()).digest()
        return "ANGjdJ" + b64url.encode(digest + digest[:18], pad=False)

    def part(self, part: MimeMessage, part_id: str) -> dict[str, Any]:
        ctype = part.get_content_type()
        headers = [{"name": k, "value": decode_header_value(v)} for k, v in part.items()]
        filename = _filename(part)
        node: dict[str, Any] = {"partId": part_id, "mimeType": ctype, "filename": filename, "headers": headers}
        if part.is_multipart() and ctype.startswith("multipart/"):
            children = part.get_payload()
            node["body"] = {"size": 0}
            node["parts"] = [self.part(child, f"{part_id}.{i}" if part_id else str(i))
                             for i, child in enumerate(children if isinstance(children, list) else [])]
            return node
        if part.is_multipart():  # message/rfc822 and friends: served as one opaque attachment
            inner = part.get_payload()
            data = b"".join(m.as_bytes() if isinstance(m, MimeMessage) else bytes(str(m), "utf-8") for m in inner)
        else:
            try:
                data = part.get_payload(decode=True) or b""
            except Exception:
                data = str(part.get_payload()).encode("utf-8", "surrogateescape")
        if filename:
            self.filenames.append(filename)
        elif ctype == "text/plain":
            self.plain.append(_charset_decode(data, part.get_content_charset()))
        elif ctype == "text/html":
            self.html.append(_charset_decode(data, part.get_content_charset()))
        if filename:
            inline = False
        elif ctype in ("text/plain", "text/html"):
            inline = len(data) <= self.inline_text_max
        else:
            inline = len(data) <= self.inline_other_max
        body: dict[str, Any] = {"size": len(data)}
        if not inline:
            att_id = self._attachment_id(part_id)
            self.attachments[att_id] = data
            body["attachmentId"] = att_id
        elif data:
            body["data"] = b64url.encode(data, pad=False)
        node["body"] = body
        return node


def parse_raw(raw: bytes, *, salt: str | None = None, inline_text_max: int = INLINE_TEXT_MAX,
              inline_other_max: int = INLINE_OTHER_MAX) -> ParsedMail:
    """Parse raw message bytes into a `ParsedMail`. Never raises on malformed input.

    Attachment ids are derived from `salt` (default: a hash of the bytes) and the part id; they only need to be
    unique within one message, since attachments.get names the message too."""
    raw, thrid, gm_labels = strip_takeout_headers(raw)
    if salt is None:
        salt = hashlib.sha1(raw).hexdigest()
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    builder = _Builder(salt, inline_text_max, inline_other_max)
    try:
        payload = builder.part(msg, "")
    except Exception:  # a truly broken tree: serve the whole thing as one text part
        msg = email.message_from_bytes(raw.split(b"\n\n", 1)[0] + b"\n\n", policy=email.policy.compat32)
        body = raw.split(b"\n\n", 1)[1] if b"\n\n" in raw else b""
        builder = _Builder(salt, inline_text_max, inline_other_max)
        payload = {"partId": "", "mimeType": "text/plain", "filename": "",
                   "headers": [{"name": k, "value": decode_header_value(v)} for k, v in msg.items()],
                   "body": {"size": len(body), **({"data": b64url.encode(body, pad=False)} if body else {})}}
        builder.plain.append(body.decode("utf-8", "replace"))
    headers = payload["headers"]

    def values(name: str) -> list[str]:
        low = name.lower()
        return [h["value"] for h in headers if h["name"].lower() == low]

    def first(name: str) -> str:
        vals = values(name)
        return vals[0] if vals else ""

    body_text = "\n".join(builder.plain) if builder.plain else "\n".join(html_to_text(h) for h in builder.html)
    return ParsedMail(
        headers=headers,
        payload=payload,
        attachments=builder.attachments,
        snippet=make_snippet(body_text),
        body_text=body_text,
        filenames=builder.filenames,
        subject=first("Subject"),
        message_id=(_MSGID_RE.findall(first("Message-ID")) or [first("Message-ID").strip()])[0],
        in_reply_to=_MSGID_RE.findall(first("In-Reply-To")),
        references=_MSGID_RE.findall(" ".join(values("References"))),
        from_addrs=_addresses(values("From")),
        to_addrs=_addresses(values("To")),
        cc_addrs=_addresses(values("Cc")),
        bcc_addrs=_addresses(values("Bcc")),
        delivered_to=[a for _, a in _addresses(values("Delivered-To"))],
        date_ms=_date_ms(first("Date")),
        gm_thrid=thrid,
        gm_labels=gm_labels,
        stored_raw=raw,
    )


_TAKEOUT_HEADER = re.compile(rb"^(x-gm-thrid|x-gmail-labels)[ \t]*:(.*(?:\r?\n[ \t].*)*)\r?\n", re.I | re.M)


def strip_takeout_headers(raw: bytes) -> tuple[bytes, str | None, list[str]]:
    """Remove the headers Google Takeout adds to exported mail (Gmail itself never serves them) and return
    (bytes without them, X-GM-THRID digits or None, X-Gmail-Labels names)."""
    ends = [i + n for i, n in ((raw.find(b"\r\n\r\n"), 2), (raw.find(b"\n\n"), 1)) if i >= 0]
    cut = min(ends, default=len(raw))  # just after the last header line's line break
    head = raw[:cut]
    if b"x-gm" not in head.lower():
        return raw, None, []
    thrid, labels = None, []
    for m in _TAKEOUT_HEADER.finditer(head):
        value = re.sub(rb"\r?\n[ \t]", b" ", m.group(2)).decode("utf-8", "replace").strip()
        if m.group(1).lower() == b"x-gm-thrid":
            thrid = value if value.isdigit() else None
        else:
            labels = _split_takeout_labels(decode_header_value(value))
    return _TAKEOUT_HEADER.sub(b"", head) + raw[cut:], thrid, labels


def _split_takeout_labels(value: str) -> list[str]:
    """Split an ``X-Gmail-Labels`` value (comma separated, names with commas in double quotes)."""
    if not value:
        return []
    import csv

    try:
        row = next(csv.reader([value], skipinitialspace=True))
    except (csv.Error, StopIteration):
        row = value.split(",")
    return [x.strip() for x in row if x.strip()]


def metadata_payload(payload: dict[str, Any], wanted: list[str] | None) -> dict[str, Any]:
    """The payload of ``format=metadata``: top-level MIME type and headers (only `wanted` ones when given)."""
    headers = payload.get("headers", [])
    if wanted:
        want = {w.lower() for w in wanted}
        headers = [h for h in headers if h["name"].lower() in want]
    return {"mimeType": payload.get("mimeType", "text/plain"), "headers": headers}
