"""The fast MIME splitter: a message's part tree cut by its boundaries with bytes.find, for well-formed mail.

`fast_tree` builds the same compat32 tree email.message_from_bytes would, or steps aside (None) for anything
not plainly well-formed, which the email package then parses (tests/core/test_property.py checks both agree).
Parts Regrets never reads (attachments other than calendars) keep an empty payload: they are skipped by their
boundaries, never decoded. Decoding what is read is regrets.mailparse's job.
"""
from __future__ import annotations

import email
import email.message
import email.policy
import re

POLICY = email.policy.compat32


_HEADER_LINE = re.compile(r"[\x21-\x39\x3b-\x7e]+:")
_MAX_DEPTH = 8


def fast_tree(raw: bytes) -> email.message.Message | None:
    """The compat32 message tree of `raw`, as email.message_from_bytes would build it, or None when the
    message is not plainly well-formed. Parts that from_email never reads (attachments other than calendars,
    images, PDFs ...) are cut out by their boundaries but never decoded: their payload is left empty."""
    if b"\r" in raw and raw.count(b"\r") != raw.count(b"\r\n"):
        return None  # a bare CR is a line break to the feedparser
    return _fast_part(raw, 0)


def _fast_part(data: bytes, depth: int) -> email.message.Message | None:
    """One message or MIME part (a part of a multipart when depth > 0)."""
    split = _split_head(data)
    if split is None:
        return None
    headers, body = split
    msg = email.message.Message()
    for lines in headers:
        msg.set_raw(*POLICY.header_source_parse(lines))
    maintype = msg.get_content_maintype()
    if maintype == "message":
        return None
    if maintype != "multipart":
        if depth:  # the newline before the next boundary belongs to the boundary (RFC 2046 5.1.1)
            body = body[:-2] if body.endswith(b"\r\n") else body[:-1] if body.endswith(b"\n") else body
        msg.set_payload(body.decode("ascii", "surrogateescape") if read_by_us(msg) else "")
        return msg
    boundary = msg.get_boundary()
    if boundary is None or depth >= _MAX_DEPTH or msg.get_content_subtype() == "digest":
        return None
    try:
        sep = ("--" + boundary).encode("ascii", "surrogateescape")
    except UnicodeEncodeError:  # an RFC 2231-decoded non-ASCII boundary: the email package decides
        return None
    parts = _split_parts(body, sep)
    if parts is None:
        return None
    for part in parts:
        sub = _fast_part(part, depth + 1)
        if sub is None:
            return None
        msg.attach(sub)
    return msg


def read_by_us(part: email.message.Message) -> bool:
    """Does _bodies read this leaf part (a calendar, or text/plain or text/html that is not an attachment)?"""
    try:
        if is_calendar(part):
            return True
        return (part.get_content_type() in ("text/plain", "text/html")
                and (part.get_content_disposition() or "").lower() != "attachment")
    except Exception:  # undecidable here: keep it, _bodies decides as before
        return True


def _split_head(data: bytes) -> tuple[list[list[str]], bytes] | None:
    """(header source lines grouped per header, body) or None when the header block is not clean."""
    if data.startswith(b"\n") or data.startswith(b"\r\n"):
        return [], data[1:] if data[:1] == b"\n" else data[2:]
    end = data.find(b"\n\n")
    end_crlf = data.find(b"\n\r\n", 0, end + 2 if end != -1 else len(data))  # only one before `end` matters
    if end_crlf != -1 and (end == -1 or end_crlf < end):
        head, body = data[: end_crlf + 1], data[end_crlf + 3:]
    elif end != -1:
        head, body = data[: end + 1], data[end + 2:]
    else:
        head, body = data, b""
    if head.startswith(b"From "):
        return None  # an mbox envelope line: the feedparser's unixfrom handling
    headers: list[list[str]] = []
    for line in head.decode("ascii", "surrogateescape").splitlines(keepends=True):
        if line[0] in " \t":
            if not headers:
                return None
            headers[-1].append(line)
        elif _HEADER_LINE.match(line):
            headers.append([line])
        else:
            return None  # the body starts without a blank line (or a garbage line): let the feedparser decide
    return headers, body


def _split_parts(body: bytes, sep: bytes) -> list[bytes] | None:
    """The parts between `sep` boundary lines (with the closing one required), or None."""
    starts: list[tuple[int, int, bool]] = []  # (line start, line end, closing)
    pos = 0 if body.startswith(sep) else body.find(b"\n" + sep)
    while pos != -1:
        line_start = pos if pos == 0 and body.startswith(sep) else pos + 1
        nl = body.find(b"\n", line_start)
        line_end = len(body) if nl == -1 else nl + 1
        rest = body[line_start + len(sep): line_end].rstrip(b"\n").rstrip(b"\r").rstrip(b" \t")
        if rest == b"" or rest == b"--":
            starts.append((line_start, line_end, rest == b"--"))
            if rest == b"--":
                break
        pos = body.find(b"\n" + sep, line_start)
    if not starts or starts[0][2] or not starts[-1][2]:
        return None  # no opening boundary, or no closing one
    parts = []
    for (s0, e0, _), (s1, _, _) in zip(starts, starts[1:]):
        if s1 == e0:
            return None  # two boundary lines in a row: the feedparser's special case
        parts.append(body[e0:s1])
    return parts


def is_calendar(part: email.message.Message) -> bool:
    """Is this part a calendar (by type, or by an .ics/.ical/.vcs file name)?"""
    ctype = part.get_content_type()
    if ctype in ("text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics"):
        return True
    params = (part.get("Content-Type") or "") + (part.get("Content-Disposition") or "")
    if not isinstance(params, str) or not any(x in params.lower() for x in ("ics", "ical", "vcs", "%")):
        return False  # no file name that could end in .ics (cheap test before the email package's parameter parser)
    try:
        fname = (part.get_filename() or "").lower()
    except Exception:
        fname = ""
    return fname.endswith((".ics", ".ical", ".vcs"))
