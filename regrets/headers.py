"""What Regrets copies from a thread into the headers it writes, made safe and bounded.

Hostile or broken mail must never stop a draft nor reach the wire: every header value is one line without a
control character of any kind (C0 incl. CR, LF, VT, FF, FS/GS/RS, NUL; DEL; C1 incl. NEL; U+2028/U+2029) and
without lone surrogates (what Python's decoders leave for undecodable bytes, e.g. a UTF-7 encoded word);
Message-IDs that are not plain `<printable-ascii>` are dropped rather than repaired; display names, subjects and
References are bounded, because the email package's header folding grows much faster than linearly with length
(a 2,000-character non-ASCII display name took seconds).
"""
from __future__ import annotations

import re
from email.headerregistry import Address as HeaderAddress

from .model import Address

MAX_NAME = 100  # characters of a display name
MAX_SUBJECT = 900  # characters of a Subject (Gmail threads on the subject; only pathological ones are cut)
MAX_MSGID = 250  # characters of one Message-ID, brackets included
MAX_REFERENCES = 30  # ids in References: the thread's first and the latest ones (RFC 5322 3.6.4 allows trimming)

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_MSGID = re.compile(r"<[!-;=?-~]+>")  # printable ASCII, no space, no '<' or '>' inside
_DOMAIN_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_LOCAL = re.compile(r"[!#-'*+\-/-9=?A-Z^-~.]+")  # atext and dots; anything else is not written


def text(value: object) -> str:
    """Text for a message body: lone surrogates (undecodable bytes) become U+FFFD, nothing else changes."""
    s = str(value)
    return s if s.isascii() else _SURROGATE.sub("\ufffd", s)


def one_line(value: object, limit: int | None = None) -> str:
    """One header line: control characters and line separators become spaces, runs of white space one space,
    and at most `limit` characters (cut at a word boundary when there is one)."""
    s = " ".join(_CONTROL.sub(" ", str(value or "")).split())
    if limit is not None and len(s) > limit:
        cut = s[:limit]
        s = (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2:] else cut).rstrip()
    return s


def message_id(value: str | None) -> str | None:
    """A Message-ID fit to copy into In-Reply-To/References, or None for a missing, hostile or malformed one."""
    if not value:
        return None
    v = value.strip()
    if len(v) > MAX_MSGID or not _MSGID.fullmatch(v):
        return None
    return v


def references(parent_refs: tuple[str, ...] | list[str], parent_in_reply_to: str | None,
               parent_id: str | None) -> list[str]:
    """References for a reply (RFC 5322 3.6.4): the parent's References (else its In-Reply-To), then its own id;
    only well-formed ids, no repeats, at most MAX_REFERENCES: the first (the thread's root) and the latest."""
    chain = [*parent_refs, parent_in_reply_to or "", parent_id or ""]
    first = next((v for v in map(message_id, chain) if v), None)
    tail: list[str] = []
    seen: set[str] = set()
    for raw in reversed(chain):  # from the newest: a 100k-id header costs one pass and stops early
        v = message_id(raw)
        if v and v not in seen:
            seen.add(v)
            tail.append(v)
            if len(tail) >= MAX_REFERENCES - 1:
                break
    tail.reverse()
    if first and first not in seen:
        tail.insert(0, first)
    return tail


def domain(value: str) -> str | None:
    """A mail domain as it can be written: lower case, IDNA for non-ASCII, a trailing root dot dropped; None when
    it is not a domain ('x..com', empty labels, bad characters)."""
    d = value.strip().lower().removesuffix(".")
    if d.startswith("[") and d.endswith("]") and re.fullmatch(r"\[[0-9a-f:.]+\]", d):
        return d  # a domain literal
    if not d.isascii():
        try:
            d = d.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    labels = d.split(".")
    if len(d) > 253 or len(labels) < 2 or not all(_DOMAIN_LABEL.fullmatch(x) for x in labels):
        return None
    return d


def address(a: Address | None) -> HeaderAddress | None:
    """A mailbox for From/To, built without re-parsing text (so no value can make the header parser fail or
    add a recipient); None when the address cannot be written. A local part with '..' or a trailing dot
    (some carriers hand them out) is kept; a domain that is not one is not."""
    if a is None or not a.email or "@" not in a.email:
        return None
    local, _, dom = a.email.rpartition("@")
    local = local.strip()
    good = domain(dom)
    if not local or len(local) > 64 or not _LOCAL.fullmatch(local) or good is None:
        return None
    name = one_line(text(a.name), MAX_NAME)
    try:
        return HeaderAddress(display_name=name, username=local, domain=good)
    except (ValueError, IndexError):
        return None


def formatted(a: Address | None) -> str:
    """'Name <a@b>' for people to read (an attribution line): no quotes around the name, one line."""
    if a is None:
        return ""
    name = one_line(text(a.name), MAX_NAME).strip('"\'')
    mail = one_line(a.email)
    return f"{name} <{mail}>" if name and mail else (mail or name)
