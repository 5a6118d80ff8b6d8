"""Gmail search (`q`) for the emulator: a parser for the operators Regrets uses and a per-message matcher.

Syntax as in the Gmail search box (https://support.google.com/mail/answer/7190) with the API's differences
(https://developers.google.com/gmail/api/guides/filtering): every term must match within ONE message (the API does
not search a whole thread; a thread is listed when any of its messages matches), and dates in after:/before: are
midnight in the PST zone (America/Los_Angeles) unless given as epoch seconds.

Supported: bare words and "quoted phrases" (case-insensitive whole words over subject, body, sender, recipients
and attachment file names), implicit AND, OR (binds tighter than AND, as in Gmail), ( ), { } (OR group),
- negation, subject: from: to: cc: bcc: deliveredto: filename: has:attachment in: is: label: category:
newer_than: older_than: after: before: newer: older: rfc822msgid: larger: smaller:, and op:(group) forms.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta

from .labels import search_key
from .payload import words

PST = ZoneInfo("America/Los_Angeles")
FIELDS = {"subject", "from", "to", "cc", "bcc", "deliveredto", "filename", "has", "in", "is", "label", "category",
          "newer_than", "older_than", "after", "before", "newer", "older", "rfc822msgid", "larger", "smaller", "size"}
_CATEGORIES = {"primary": "CATEGORY_PERSONAL", "personal": "CATEGORY_PERSONAL", "social": "CATEGORY_SOCIAL",
               "promotions": "CATEGORY_PROMOTIONS", "updates": "CATEGORY_UPDATES", "forums": "CATEGORY_FORUMS"}
_IN = {"inbox": "INBOX", "sent": "SENT", "drafts": "DRAFT", "draft": "DRAFT", "spam": "SPAM", "trash": "TRASH",
       "chats": "CHAT", "chat": "CHAT", "starred": "STARRED", "important": "IMPORTANT", "unread": "UNREAD"}
_IS = {"unread": "UNREAD", "starred": "STARRED", "important": "IMPORTANT"}


# ---- AST ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Term:
    field: str | None  # None: bare word/phrase
    value: str
    phrase: bool = False


@dataclass(frozen=True, slots=True)
class Not:
    node: Any


@dataclass(frozen=True, slots=True)
class And:
    nodes: tuple


@dataclass(frozen=True, slots=True)
class Or:
    nodes: tuple


# ---- tokenizer -----------------------------------------------------------------------------------------------
_PUNCT = "(){}"


def _tokenize(q: str) -> list[tuple[str, str]]:
    """Tokens: ('(', '('), ('OR', ''), ('-', ''), ('PHRASE', text), ('WORD', text), ('OP', field)."""
    out: list[tuple[str, str]] = []
    i, n = 0, len(q)
    while i < n:
        c = q[i]
        if c.isspace():
            i += 1
        elif c in _PUNCT:
            out.append((c, c))
            i += 1
        elif c == '"':
            j = q.find('"', i + 1)
            j = n if j < 0 else j
            out.append(("PHRASE", q[i + 1:j]))
            i = j + 1
        elif c in "-+" and i + 1 < n and not q[i + 1].isspace() and (i == 0 or q[i - 1].isspace() or q[i - 1] in _PUNCT):
            if c == "-":
                out.append(("-", ""))
            i += 1
        else:
            j = i
            while j < n and not q[j].isspace() and q[j] not in _PUNCT and q[j] != '"':
                j += 1
            word = q[i:j]
            i = j
            if word.endswith(":") and word[:-1].lower() in FIELDS and i < n and q[i] in '("{':
                out.append(("OP", word[:-1].lower()))
            elif word in ("OR", "|"):
                out.append(("OR", ""))
            elif word == "AND":
                continue
            else:
                out.append(("WORD", word))
    return out


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.toks = tokens
        self.pos = 0

    def peek(self) -> str | None:
        return self.toks[self.pos][0] if self.pos < len(self.toks) else None

    def take(self) -> tuple[str, str]:
        tok = self.toks[self.pos]
        self.pos += 1
        return tok

    def and_list(self, field: str | None, closer: str | None) -> Any:
        nodes = []
        while True:
            kind = self.peek()
            if kind is None:
                break
            if kind in (")", "}"):
                if kind == closer:
                    break
                self.take()  # stray closer: ignored, as the Gmail box does
                continue
            if kind == "OR":  # a dangling OR: ignore
                self.take()
                continue
            nodes.append(self.or_expr(field))
        return nodes[0] if len(nodes) == 1 else And(tuple(nodes))

    def or_expr(self, field: str | None) -> Any:
        nodes = [self.unary(field)]
        while self.peek() == "OR":
            self.take()
            if self.peek() in (None, ")", "}"):
                break
            nodes.append(self.unary(field))
        return nodes[0] if len(nodes) == 1 else Or(tuple(nodes))

    def unary(self, field: str | None) -> Any:
        if self.peek() == "-":
            self.take()
            if self.peek() in (None, ")", "}", "OR"):
                return And(())
            return Not(self.unary(field))
        return self.primary(field)

    def primary(self, field: str | None) -> Any:
        kind, text = self.take()
        if kind == "(":
            node = self.and_list(field, ")")
            if self.peek() == ")":
                self.take()
            return node
        if kind == "{":
            items = []
            while self.peek() not in (None, "}"):
                if self.peek() == "OR":
                    self.take()
                    continue
                items.append(self.unary(field))
            if self.peek() == "}":
                self.take()
            return Or(tuple(items))
        if kind == "OP":
            if self.peek() is None:
                return And(())
            return self.primary(text)
        if kind == "PHRASE":
            return Term(field, text, phrase=True)
        if kind in (")", "}"):
            return And(())
        # WORD
        if ":" in text:
            op, _, value = text.partition(":")
            if op.lower() in FIELDS and value:
                return Term(op.lower(), value)
        return Term(field, text)


def parse(q: str | None) -> Any:
    """Parse a query into an AST (``And(())`` matches everything)."""
    if not q or not q.strip():
        return And(())
    return _Parser(_tokenize(q)).and_list(None, None)


def mentions_spam_or_trash(node: Any, negated: bool = False) -> bool:
    """True when the query positively asks for in:spam, in:trash or in:anywhere (then those are searched)."""
    if isinstance(node, Term):
        return (not negated and node.field in ("in", "label")
                and node.value.lower() in ("spam", "trash", "anywhere"))
    if isinstance(node, Not):
        return mentions_spam_or_trash(node.node, not negated)
    if isinstance(node, (And, Or)):
        return any(mentions_spam_or_trash(x, negated) for x in node.nodes)
    return False


# ---- matching ------------------------------------------------------------------------------------------------
class Doc:
    """Search view of one message, computed once per message."""

    __slots__ = ("subject", "all", "all_set", "people", "filenames", "message_id", "size")

    def __init__(self, parsed: Any, size: int) -> None:
        def person_words(addrs):
            return [(words(f"{name} {addr}"), addr.casefold()) for name, addr in addrs]

        self.subject = words(parsed.subject)
        self.people = {
            "from": person_words(parsed.from_addrs),
            "to": person_words([*parsed.to_addrs, *parsed.cc_addrs, *parsed.bcc_addrs]),
            "cc": person_words(parsed.cc_addrs),
            "bcc": person_words(parsed.bcc_addrs),
            "deliveredto": [(words(a), a.casefold()) for a in parsed.delivered_to],
        }
        self.filenames = [f.casefold() for f in parsed.filenames]
        everything = [*self.subject, *words(parsed.body_text)]
        for plist in (self.people["from"], self.people["to"]):
            for w, _ in plist:
                everything.extend(w)
        for f in self.filenames:
            everything.extend(words(f))
        self.all = everything
        self.all_set = frozenset(everything)
        self.message_id = parsed.message_id.strip("<>").casefold()
        self.size = size


def _contains_seq(haystack: list[str], needle: list[str], hay_set: frozenset | None = None) -> bool:
    if not needle:
        return True
    if hay_set is not None and any(w not in hay_set for w in needle):
        return False
    if len(needle) == 1:
        return needle[0] in (hay_set if hay_set is not None else haystack)
    first, k = needle[0], len(needle)
    return any(w == first and haystack[i:i + k] == needle for i, w in enumerate(haystack))


def _parse_day(value: str) -> datetime | None:
    value = value.strip()
    if value.isdigit() and len(value) > 8:
        return datetime.fromtimestamp(int(value), timezone.utc)
    for fmt in ("%Y/%m/%d", "%Y-%m-%d", "%m/%d/%Y", "%Y/%m", "%Y"):
        try:
            return datetime.strptime(value, fmt).replace(tzinfo=PST)
        except ValueError:
            continue
    return None


def _relative(value: str, now: datetime) -> datetime | None:
    m = re.fullmatch(r"(\d+)([dmy])", value.strip().lower())
    if not m:
        return None
    n, unit = int(m.group(1)), m.group(2)
    if unit == "d":
        return now - timedelta(days=n)
    if unit == "m":
        return now - relativedelta(months=n)
    return now - relativedelta(years=n)


def _size(value: str) -> int | None:
    m = re.fullmatch(r"(\d+)([kmKM]?)", value.strip())
    if not m:
        return None
    return int(m.group(1)) * {"": 1, "k": 1024, "m": 1024 * 1024}[m.group(2).lower()]


@dataclass(slots=True)
class Context:
    """Per-query facts: the clock, the owner's addresses and label names."""

    now: datetime
    me: frozenset[str]
    label_keys: dict[str, str]


class Matcher:
    """Evaluates a parsed query against stored messages."""

    def __init__(self, ast: Any, ctx: Context) -> None:
        self.ast = ast
        self.ctx = ctx

    def matches(self, msg: Any, doc: Doc) -> bool:
        return self._eval(self.ast, msg, doc)

    def _eval(self, node: Any, msg: Any, doc: Doc) -> bool:
        if isinstance(node, And):
            return all(self._eval(x, msg, doc) for x in node.nodes)
        if isinstance(node, Or):
            return any(self._eval(x, msg, doc) for x in node.nodes)
        if isinstance(node, Not):
            return not self._eval(node.node, msg, doc)
        return self._term(node, msg, doc)

    def _term(self, t: Term, msg: Any, doc: Doc) -> bool:
        f, v = t.field, t.value
        lv = v.casefold()
        if f is None:
            return _contains_seq(doc.all, words(v), doc.all_set)
        if f == "subject":
            return _contains_seq(doc.subject, words(v))
        if f in ("from", "to", "cc", "bcc", "deliveredto"):
            return self._person(doc.people[f], lv)
        if f == "filename":
            return any(name == lv or name.endswith("." + lv) or _contains_seq(words(name), words(lv))
                       for name in doc.filenames)
        if f in ("has", "in", "is", "label", "category"):
            return self._label_term(f, v, msg, doc)
        if f in ("newer_than", "older_than", "after", "before", "newer", "older"):
            return self._date_term(f, v, msg)
        if f == "rfc822msgid":
            return doc.message_id == lv.strip("<>")
        if f in ("larger", "smaller", "size"):
            n = _size(v)
            if n is None:
                return False
            return doc.size > n if f in ("larger", "size") else doc.size < n
        return _contains_seq(doc.all, words(f"{f}:{v}"), doc.all_set)

    def _label_term(self, f: str, v: str, msg: Any, doc: Doc) -> bool:
        """has:, in:, is:, label: and category: - what the message's labels (and attachments) say."""
        lv = v.casefold()
        if f == "has":
            if lv == "attachment":
                return bool(doc.filenames)
            if lv in ("userlabels", "nouserlabels"):
                has_user = any(x.startswith("Label_") for x in msg.labels)
                return has_user if lv == "userlabels" else not has_user
            if lv in ("yellow-star", "star"):
                return "STARRED" in msg.labels
            return False
        if f == "in":
            if lv == "anywhere":
                return True
            lid = _IN.get(lv) or self.ctx.label_keys.get(search_key(v))
            return lid in msg.labels if lid else False
        if f == "is":
            if lv == "read":
                return "UNREAD" not in msg.labels
            lid = _IS.get(lv)
            return lid in msg.labels if lid else False
        if f == "label":
            lid = self.ctx.label_keys.get(search_key(v))
            return lid in msg.labels if lid else False
        if f == "category":
            lid = _CATEGORIES.get(lv)
            if lid is None:
                return False
            if lid == "CATEGORY_PERSONAL":
                others = set(_CATEGORIES.values()) - {"CATEGORY_PERSONAL"}
                return lid in msg.labels or not (msg.labels & others)
            return lid in msg.labels
        return False

    def _date_term(self, f: str, v: str, msg: Any) -> bool:
        """newer_than:/older_than: (relative to now) and after:/before:/newer:/older: (a day)."""
        if f in ("newer_than", "older_than"):
            edge = _relative(v, self.ctx.now)
            if edge is None:
                return False
            ms = int(edge.timestamp() * 1000)
            return msg.internal_date >= ms if f == "newer_than" else msg.internal_date < ms
        if f in ("after", "before", "newer", "older"):
            day = _parse_day(v)
            if day is None:
                return False
            ms = int(day.timestamp() * 1000)
            return msg.internal_date >= ms if f in ("after", "newer") else msg.internal_date < ms
        return False

    def _person(self, people: list[tuple[list[str], str]], value: str) -> bool:
        if value == "me":
            return any(addr in self.ctx.me for _, addr in people)
        needle = words(value)
        for toks, addr in people:
            if value == addr or ("@" in value and value in addr) or _contains_seq(toks, needle):
                return True
        return False
