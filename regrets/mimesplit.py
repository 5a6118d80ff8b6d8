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
    images, PDFs ...) are cut out by their boundaries but never decoded: their payload is left empty. Parts are
    windows (start, end) into `raw`, never copies: a part is copied once, when it is read."""
    if b"\r" in raw and raw.count(b"\r") != raw.count(b"\r\n"):
        return None  # a bare CR is a line break to the feedparser
    return _fast_part(raw, 0, len(raw), 0)


def _fast_part(data: bytes, lo: int, hi: int, depth: int) -> email.message.Message | None:
    """One message or MIME part, data[lo:hi] (a part of a multipart when depth > 0)."""
    split = _split_head(data, lo, hi)
    if split is None:
        return None
    headers, lo = split
    msg = email.message.Message()
    for lines in headers:
        msg.set_raw(*POLICY.header_source_parse(lines))
    maintype = msg.get_content_maintype()
    if maintype == "message":
        return None
    if maintype != "multipart":
        if depth:  # the newline before the next boundary belongs to the boundary (RFC 2046 5.1.1)
            hi -= 2 if data.endswith(b"\r\n", lo, hi) else 1 if data.endswith(b"\n", lo, hi) else 0
        msg.set_payload(data[lo:hi].decode("ascii", "surrogateescape") if read_by_us(msg, hi - lo) else "")
        return msg
    boundary = msg.get_boundary()
    if boundary is None or depth >= _MAX_DEPTH or msg.get_content_subtype() == "digest":
        return None
    try:
        sep = ("--" + boundary).encode("ascii", "surrogateescape")
    except UnicodeEncodeError:  # an RFC 2231-decoded non-ASCII boundary: the email package decides
        return None
    parts = _split_parts(data, lo, hi, sep)
    if parts is None:
        return None
    for s0, s1 in parts:
        sub = _fast_part(data, s0, s1, depth + 1)
        if sub is None:
            return None
        msg.attach(sub)
    return msg


# A calendar part bigger than this (encoded) is no invitation's calendar: mailparse skips it without decoding
# (regrets.ics.MAX_CALENDAR_CHARS is the bound on the decoded text; base64 and folding add under 3x).
MAX_CALENDAR_PAYLOAD = 3 * 256_000


def read_by_us(part: email.message.Message, size: int = 0) -> bool:
    """Does mailparse read this leaf part of `size` payload bytes (a calendar within MAX_CALENDAR_PAYLOAD, or
    text/plain or text/html that is not an attachment)?"""
    try:
        if is_calendar(part):
            return size <= MAX_CALENDAR_PAYLOAD
        return (part.get_content_type() in ("text/plain", "text/html")
                and (part.get_content_disposition() or "").lower() != "attachment")
    except Exception:  # undecidable here: keep it, _bodies decides as before
        return True


def _split_head(data: bytes, lo: int, hi: int) -> tuple[list[list[str]], int] | None:
    """(header source lines grouped per header, where the body starts) for data[lo:hi], or None when the header
    block is not clean."""
    if data.startswith(b"\n", lo, hi):
        return [], lo + 1
    if data.startswith(b"\r\n", lo, hi):
        return [], lo + 2
    end = data.find(b"\n\n", lo, hi)
    end_crlf = data.find(b"\n\r\n", lo, end + 2 if end != -1 else hi)  # only one before `end` matters
    if end_crlf != -1 and (end == -1 or end_crlf < end):
        head_end, body = end_crlf + 1, end_crlf + 3
    elif end != -1:
        head_end, body = end + 1, end + 2
    else:
        head_end, body = hi, hi
    if data.startswith(b"From ", lo, head_end):
        return None  # an mbox envelope line: the feedparser's unixfrom handling
    headers: list[list[str]] = []
    for line in data[lo:head_end].decode("ascii", "surrogateescape").splitlines(keepends=True):
        if line[0] in " \t":
            if not headers:
                return None
            headers[-1].append(line)
        elif _HEADER_LINE.match(line):
            headers.append([line])
        else:
            return None  # the body starts without a blank line (or a garbage line): let the feedparser decide
    return headers, body


def _split_parts(data: bytes, lo: int, hi: int, sep: bytes) -> list[tuple[int, int]] | None:
    """The windows of the parts between `sep` boundary lines in data[lo:hi] (the closing one required), or None."""
    starts: list[tuple[int, int, bool]] = []  # (line start, line end, closing)
    at_start = data.startswith(sep, lo, hi)
    pos = lo if at_start else data.find(b"\n" + sep, lo, hi)
    while pos != -1:
        line_start = pos if pos == lo and at_start else pos + 1
        nl = data.find(b"\n", line_start, hi)
        line_end = hi if nl == -1 else nl + 1
        rest = data[line_start + len(sep): line_end].rstrip(b"\n").rstrip(b"\r").rstrip(b" \t")
        if rest == b"" or rest == b"--":
            starts.append((line_start, line_end, rest == b"--"))
            if rest == b"--":
                break
        pos = data.find(b"\n" + sep, line_start, hi)
    if not starts or starts[0][2] or not starts[-1][2]:
        return None  # no opening boundary, or no closing one
    parts = []
    for (_s0, e0, _), (s1, _, _) in zip(starts, starts[1:]):
        if s1 == e0:
            return None  # two boundary lines in a row: the feedparser's special case
        parts.append((e0, s1))
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
