"""Mailbox state of the emulator: messages, threads, drafts, labels, history. Thread-safe (one lock).

History, as users.history.list serves it (https://developers.google.com/workspace/gmail/api/guides/sync and
the discovery document's History schema): every change gets a new, increasing history id, and a record of
the documented kinds -- messageAdded (delivery, import, a draft made), messageDeleted (a draft deleted or
replaced; not trashing), labelAdded / labelRemoved (modify, a draft sent). Ids are not contiguous (creating a
label also takes one). `expire_history` forgets every record so far, as Gmail does after about a week: an
older startHistoryId then gets 404.

Ids look like Gmail's: 16 lower-case hex digits. Gmail message ids carry a millisecond timestamp in their high
bits, so ids here are ``(internalDate_ms << 20) | sequence``; the thread id of a Takeout message is its
``X-GM-THRID`` in hex (Gmail's web/API thread ids are the hex form of the IMAP X-GM-THRID,
https://developers.google.com/gmail/imap/imap-extensions), and otherwise the id of the thread's first message.
"""
from __future__ import annotations

import hashlib
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from . import errors
from .labels import NOT_APPLICABLE, SYSTEM_IDS, SYSTEM_LABELS, TAKEOUT_MARKERS, TAKEOUT_NAMES
from .payload import INLINE_OTHER_MAX, INLINE_TEXT_MAX, ParsedMail, parse_raw

_HEX16 = re.compile(r"^[0-9a-f]{1,16}$")
_SUBJECT_PREFIX = re.compile(r"^\s*(?:re|fwd?|aw|wg)\s*(?:\[\d+\])?\s*:\s*", re.IGNORECASE)


def normalize_subject(subject: str) -> str:
    """Subject with any number of leading Re:/Fwd:/Fw: (and Aw:/Wg:) removed, whitespace collapsed, case folded."""
    prev = None
    while prev != subject:
        prev, subject = subject, _SUBJECT_PREFIX.sub("", subject)
    return " ".join(subject.split()).casefold()


def check_id(value: str) -> str:
    """A Gmail message/thread id must be hex; anything else is a 400 'Invalid id value' like Gmail."""
    if not _HEX16.match(value or ""):
        raise errors.invalid_id()
    return value


@dataclass(slots=True, eq=False)
class StoredMessage:
    """One message as Gmail stores it."""

    id: str
    thread_id: str
    raw: bytes
    parsed: ParsedMail
    labels: set[str]
    internal_date: int
    history_id: int
    draft_id: str | None = None

    def label_list(self) -> list[str]:
        return sorted(self.labels)


@dataclass(slots=True, frozen=True)
class Change:
    """One message's part in a history record."""

    kind: str  # "messageAdded" | "messageDeleted" | "labelAdded" | "labelRemoved"
    message_id: str
    thread_id: str
    label_ids: tuple[str, ...] = ()  # for label changes: the labels added / removed
    message_labels: tuple[str, ...] = ()  # the message's labels after the change


@dataclass(slots=True)
class HistoryRecord:
    id: int
    changes: list[Change] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class StoredThread:
    id: str
    message_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class UserLabel:
    id: str
    name: str
    message_list_visibility: str | None = None
    label_list_visibility: str | None = None
    color: dict[str, str] | None = None

    def resource(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "name": self.name}
        if self.message_list_visibility:
            out["messageListVisibility"] = self.message_list_visibility
        if self.label_list_visibility:
            out["labelListVisibility"] = self.label_list_visibility
        if self.color:
            out["color"] = dict(self.color)
        out["type"] = "user"
        return out


class Mailbox:
    """All state of one emulated user. Every public method takes the lock; callers get copies or ids."""

    def __init__(self, me: str, *, display_name: str = "", signature: str = "",
                 aliases: Iterable[dict[str, Any]] = (), clock: Callable[[], datetime] | None = None,
                 inline_text_max: int | None = None, inline_other_max: int | None = None) -> None:
        self.lock = threading.RLock()
        self.me = me
        self.display_name = display_name
        self.signature = signature
        self.aliases = [dict(a) for a in aliases]
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self.inline_text_max = INLINE_TEXT_MAX if inline_text_max is None else inline_text_max
        self.inline_other_max = INLINE_OTHER_MAX if inline_other_max is None else inline_other_max
        self.messages: dict[str, StoredMessage] = {}
        self.threads: dict[str, StoredThread] = {}
        self.drafts: dict[str, str] = {}          # draft id -> message id
        self.user_labels: dict[str, UserLabel] = {}
        self.history_id = 100000
        self.history: list[HistoryRecord] = []  # increasing ids
        self.history_floor = self.history_id  # the oldest startHistoryId still answered
        self._by_rfc_id: dict[str, list[str]] = {}
        self._label_seq = 0
        self._draft_seq = 0
        self._id_seq = 0
        self.version = 0  # bumped on every change; search caches key on it

    # ---- ids and bookkeeping -------------------------------------------------------------------------
    def _now_ms(self) -> int:
        return int(self.clock().timestamp() * 1000)

    def _new_message_id(self, ms: int) -> str:
        ms = max(0, min(ms, (1 << 44) - 1))
        while True:
            self._id_seq = (self._id_seq + 1) & 0xFFFFF
            mid = f"{(ms << 20) | self._id_seq:016x}"
            if mid not in self.messages and mid not in self.threads:
                return mid

    def _new_draft_id(self, message_id: str) -> str:
        self._draft_seq += 1
        n = int.from_bytes(hashlib.sha256(f"{message_id}/{self._draft_seq}".encode()).digest()[:8], "big") >> 1
        return f"r{'-' if n & 1 else ''}{n}"

    def _bump(self) -> int:
        self.history_id += 1
        self.version += 1
        return self.history_id

    def _record(self, *changes: Change) -> int:
        """A new history id with its record of `changes`."""
        hid = self._bump()
        self.history.append(HistoryRecord(hid, list(changes)))
        return hid

    def history_after(self, start: int) -> list[HistoryRecord]:
        """Records newer than `start` (404 when `start` is older than what is kept)."""
        with self.lock:
            if start < self.history_floor:
                raise errors.not_found()
            lo, hi = 0, len(self.history)
            while lo < hi:  # records are in id order
                mid = (lo + hi) // 2
                if self.history[mid].id <= start:
                    lo = mid + 1
                else:
                    hi = mid
            return self.history[lo:]

    def expire_history(self) -> int:
        """Forget every history record so far (an older startHistoryId now gets 404). Returns the new floor."""
        with self.lock:
            self.history.clear()
            self.history_floor = self.history_id
            return self.history_floor

    # ---- queries ----------------------------------------------------------------------------------------
    def thread_messages(self, thread_id: str) -> list[StoredMessage]:
        """Messages of a thread, oldest first (404 for an unknown id, 400 for a malformed one)."""
        with self.lock:
            check_id(thread_id)
            thread = self.threads.get(thread_id)
            if thread is None:
                raise errors.not_found()
            return [self.messages[m] for m in thread.message_ids]

    def message(self, message_id: str) -> StoredMessage:
        with self.lock:
            check_id(message_id)
            msg = self.messages.get(message_id)
            if msg is None:
                raise errors.not_found()
            return msg

    def draft_message(self, draft_id: str) -> StoredMessage:
        with self.lock:
            mid = self.drafts.get(draft_id)
            if mid is None:
                raise errors.not_found()
            return self.messages[mid]

    def thread_history_id(self, thread_id: str) -> int:
        with self.lock:
            return max(self.messages[m].history_id for m in self.threads[thread_id].message_ids)

    def label_ids_by_key(self) -> dict[str, str]:
        """label search key -> label id, for system and user labels."""
        from .labels import search_key

        with self.lock:
            out = {search_key(lid): lid for lid in SYSTEM_IDS}
            out.update({search_key(lab.name): lab.id for lab in self.user_labels.values()})
            return out

    def all_labels(self) -> list[dict[str, Any]]:
        with self.lock:
            return [dict(x) for x in SYSTEM_LABELS] + [lab.resource() for lab in self.user_labels.values()]

    def label(self, label_id: str) -> dict[str, Any]:
        with self.lock:
            res: dict[str, Any]
            if label_id in SYSTEM_IDS:
                res = next(dict(x) for x in SYSTEM_LABELS if x["id"] == label_id)
            elif label_id in self.user_labels:
                res = self.user_labels[label_id].resource()
            else:
                raise errors.not_found()
            msgs = [m for m in self.messages.values() if label_id in m.labels]
            res["messagesTotal"] = len(msgs)
            res["messagesUnread"] = sum(1 for m in msgs if "UNREAD" in m.labels)
            threads = {m.thread_id for m in msgs}
            res["threadsTotal"] = len(threads)
            res["threadsUnread"] = len({m.thread_id for m in msgs if "UNREAD" in m.labels})
            return res

    # ---- inserting mail -----------------------------------------------------------------------------------
    def _labels_from_takeout(self, names: list[str]) -> set[str]:
        out: set[str] = set()
        for name in names:
            key = name.casefold()
            if key in TAKEOUT_MARKERS:
                continue
            if key in TAKEOUT_NAMES:
                out.add(TAKEOUT_NAMES[key])
            else:
                out.add(self._ensure_user_label(name))
        return out

    def _ensure_user_label(self, name: str) -> str:
        for lab in self.user_labels.values():
            if lab.name.casefold() == name.casefold():
                return lab.id
        return self._create_label(name).id

    def _create_label(self, name: str, mlv: str | None = None, llv: str | None = None,
                      color: dict[str, str] | None = None) -> UserLabel:
        self._label_seq += 1
        lab = UserLabel(f"Label_{self._label_seq}", name, mlv, llv, color)
        self.user_labels[lab.id] = lab
        self._bump()
        return lab

    def _is_from_me(self, parsed: ParsedMail) -> bool:
        mine = {self.me.casefold()} | {str(a.get("sendAsEmail", "")).casefold() for a in self.aliases}
        return any(addr.casefold() in mine for _, addr in parsed.from_addrs)

    def _find_parent_thread(self, parsed: ParsedMail) -> str | None:
        for ref in [*reversed(parsed.in_reply_to), *reversed(parsed.references)]:
            for mid in self._by_rfc_id.get(ref, ()):
                msg = self.messages.get(mid)
                if msg is not None and msg.draft_id is None:
                    return msg.thread_id
        return None

    def _insert(self, raw: bytes, parsed: ParsedMail | None, labels: set[str], thread_id: str | None,
                internal_date: int | None, message_id: str | None = None) -> StoredMessage:
        ms = internal_date if internal_date is not None else self._now_ms()
        mid = message_id or self._new_message_id(ms)
        if parsed is None:
            parsed = self.parse(raw)
        tid = thread_id or mid
        hid = self._record(Change("messageAdded", mid, tid, message_labels=tuple(sorted(labels))))
        msg = StoredMessage(mid, tid, parsed.stored_raw or raw, parsed, set(labels), ms, hid)
        self.messages[mid] = msg
        thread = self.threads.setdefault(tid, StoredThread(tid))
        thread.message_ids.append(mid)
        thread.message_ids.sort(key=lambda m: (self.messages[m].internal_date, m))
        if parsed.message_id:
            self._by_rfc_id.setdefault(parsed.message_id, []).append(mid)
        return msg

    def add_raw(self, raw: bytes, *, labels: Iterable[str] | None = None, thread_id: str | None = None,
                internal_date: int | None = None, parsed: ParsedMail | None = None) -> StoredMessage:
        """Deliver one message as Gmail would on receipt or import.

        Labels: as given; else from Takeout ``X-Gmail-Labels``; else SENT for mail from the owner and
        INBOX+UNREAD for anything else. Thread: as given; else ``X-GM-THRID``; else the thread of a message
        named in In-Reply-To/References; else a new thread. A message labelled DRAFT becomes a draft.
        """
        with self.lock:
            parsed = parsed or self.parse(raw)
            ms = internal_date if internal_date is not None else (parsed.date_ms or self._now_ms())
            mid = self._new_message_id(ms)
            if labels is not None:
                label_set = set(labels)
            elif parsed.gm_labels:
                label_set = self._labels_from_takeout(parsed.gm_labels)
                if not any(n.casefold() in ("opened", "unread") for n in parsed.gm_labels) and \
                        "SENT" not in label_set and "DRAFT" not in label_set:
                    label_set.add("UNREAD")  # Takeout marks read mail "Opened"
            elif self._is_from_me(parsed):
                label_set = {"SENT"}
            else:
                label_set = {"INBOX", "UNREAD"}
            if "DRAFT" in label_set:
                label_set = {"DRAFT"}  # "Draft messages cannot have any label other than DRAFT" (drafts guide)
            tid = thread_id
            if tid is None and parsed.gm_thrid and int(parsed.gm_thrid) < (1 << 64):
                tid = f"{int(parsed.gm_thrid):016x}"
            if tid is None:
                tid = self._find_parent_thread(parsed)
            msg = self._insert(raw, parsed, label_set, tid, ms, mid)
            if "DRAFT" in label_set:
                did = self._new_draft_id(mid)
                self.drafts[did] = mid
                msg.draft_id = did
            return msg

    def parse(self, raw: bytes) -> ParsedMail:
        """Parse with this mailbox's inline-size options."""
        return parse_raw(raw, inline_text_max=self.inline_text_max, inline_other_max=self.inline_other_max)

    def seed(self, raws: Iterable[bytes | tuple[bytes, ParsedMail]]) -> int:
        """Import many messages, oldest first so that reply chains thread. Returns how many were added."""
        items: list[tuple[int, int, bytes, ParsedMail]] = []
        for item in raws:
            raw, parsed = item if isinstance(item, tuple) else (item, self.parse(item))
            items.append((parsed.date_ms if parsed.date_ms is not None else self._now_ms(), len(items), raw, parsed))
        items.sort(key=lambda x: (x[0], x[1]))
        for ms, _, raw, parsed in items:
            self.add_raw(raw, internal_date=ms, parsed=parsed)
        return len(items)

    # ---- drafts ----------------------------------------------------------------------------------------
    def _draft_thread(self, parsed: ParsedMail, thread_id: str | None) -> str | None:
        """The thread a new draft joins, per Gmail's rule (DD schemas.Message.properties.threadId):
        the threadId must be given, In-Reply-To/References must name a message of that thread, and the
        Subject must match (here: equal after stripping Re:/Fwd: prefixes). Otherwise a new thread."""
        if not thread_id:
            return None
        check_id(thread_id)
        thread = self.threads.get(thread_id)
        if thread is None:
            raise errors.not_found()
        members = [self.messages[m] for m in thread.message_ids]
        rfc_ids = {m.parsed.message_id for m in members if m.parsed.message_id}
        refs = set(parsed.in_reply_to) | set(parsed.references)
        subjects = {normalize_subject(m.parsed.subject) for m in members}
        if refs & rfc_ids and normalize_subject(parsed.subject) in subjects:
            return thread_id
        return None

    def create_draft(self, raw: bytes, thread_id: str | None = None) -> tuple[str, StoredMessage]:
        """drafts.create: the message gets only the DRAFT label and joins a thread only by Gmail's rule."""
        with self.lock:
            ms = self._now_ms()
            mid = self._new_message_id(ms)
            parsed = self.parse(raw)
            tid = self._draft_thread(parsed, thread_id)
            msg = self._insert(raw, parsed, {"DRAFT"}, tid, ms, mid)
            did = self._new_draft_id(mid)
            self.drafts[did] = mid
            msg.draft_id = did
            return did, msg

    def update_draft(self, draft_id: str, raw: bytes, thread_id: str | None = None) -> StoredMessage:
        """drafts.update: the draft keeps its id; its message is replaced (a new message id, like Gmail)."""
        with self.lock:
            if draft_id not in self.drafts:
                raise errors.not_found()
            ms = self._now_ms()
            mid = self._new_message_id(ms)
            parsed = self.parse(raw)
            self._remove_message(self.drafts[draft_id])
            tid = self._draft_thread(parsed, thread_id)
            msg = self._insert(raw, parsed, {"DRAFT"}, tid, ms, mid)
            self.drafts[draft_id] = mid
            msg.draft_id = draft_id
            return msg

    def delete_draft(self, draft_id: str) -> None:
        """drafts.delete: the draft and its message are gone (immediately and permanently)."""
        with self.lock:
            mid = self.drafts.pop(draft_id, None)
            if mid is None:
                raise errors.not_found()
            self._remove_message(mid)

    def send_draft(self, draft_id: str) -> StoredMessage:
        """drafts.send (for tests of 'sent' state): DRAFT becomes SENT, the draft record goes away."""
        with self.lock:
            mid = self.drafts.pop(draft_id, None)
            if mid is None:
                raise errors.not_found()
            msg = self.messages[mid]
            msg.draft_id = None
            msg.labels = {"SENT"}
            msg.history_id = self._record(Change("labelRemoved", mid, msg.thread_id, ("DRAFT",), ("SENT",)),
                                          Change("labelAdded", mid, msg.thread_id, ("SENT",), ("SENT",)))
            return msg

    def _remove_message(self, mid: str) -> None:
        msg = self.messages.pop(mid)
        thread = self.threads[msg.thread_id]
        thread.message_ids.remove(mid)
        if not thread.message_ids:
            del self.threads[msg.thread_id]
        if msg.parsed.message_id:
            ids = self._by_rfc_id.get(msg.parsed.message_id, [])
            if mid in ids:
                ids.remove(mid)
        self._record(Change("messageDeleted", mid, msg.thread_id, message_labels=tuple(msg.label_list())))

    # ---- labels ----------------------------------------------------------------------------------------
    def create_label(self, body: dict[str, Any]) -> dict[str, Any]:
        """labels.create; a name already used (case-insensitively, system names included) is a 409."""
        with self.lock:
            name = str(body.get("name") or "").strip()
            if not name:
                raise errors.invalid_argument("Invalid label name")
            taken = {lab.name.casefold() for lab in self.user_labels.values()} | {x.casefold() for x in SYSTEM_IDS}
            if name.casefold() in taken:
                raise errors.ApiError(409, "Label name exists or conflicts", "aborted")
            color = body.get("color")
            if color is not None and not (isinstance(color, dict) and color.get("backgroundColor")
                                          and color.get("textColor")):
                raise errors.invalid_argument("Invalid label color: both backgroundColor and textColor are required")
            lab = self._create_label(name, body.get("messageListVisibility"), body.get("labelListVisibility"), color)
            return lab.resource()

    def delete_label(self, label_id: str) -> None:
        with self.lock:
            if label_id not in self.user_labels:
                if label_id in SYSTEM_IDS:
                    raise errors.invalid_argument("Invalid delete request")
                raise errors.not_found()
            del self.user_labels[label_id]
            touched = [m for m in self.messages.values() if label_id in m.labels]
            for msg in touched:
                msg.labels.discard(label_id)
            hid = self._record(*(Change("labelRemoved", m.id, m.thread_id, (label_id,), tuple(m.label_list()))
                                 for m in touched))
            for msg in touched:
                msg.history_id = hid

    def _check_label_ids(self, ids: Iterable[str]) -> list[str]:
        out = []
        for lid in ids:
            if lid in NOT_APPLICABLE or (lid not in SYSTEM_IDS and lid not in self.user_labels):
                raise errors.invalid_argument(f"Invalid label: {lid}")
            out.append(lid)
        return out

    def modify_messages(self, msgs: list[StoredMessage], add: Iterable[str], remove: Iterable[str]) -> None:
        """Add/remove labels on messages; draft messages are skipped (drafts carry only DRAFT)."""
        with self.lock:
            add_l, remove_l = self._check_label_ids(add), self._check_label_ids(remove)
            if len(add_l) > 100 or len(remove_l) > 100:
                raise errors.invalid_argument("Too many label ids (at most 100)")
            for msg in msgs:
                if "DRAFT" in msg.labels:
                    continue
                before = set(msg.labels)
                msg.labels |= set(add_l)
                msg.labels -= set(remove_l)
                if msg.labels != before:
                    now = tuple(msg.label_list())
                    changes = [Change(kind, msg.id, msg.thread_id, tuple(sorted(ids)), now)
                               for kind, ids in (("labelAdded", msg.labels - before), ("labelRemoved", before - msg.labels))
                               if ids]
                    msg.history_id = self._record(*changes)

    # ---- owner -------------------------------------------------------------------------------------------
    def send_as(self) -> list[dict[str, Any]]:
        """settings.sendAs.list: the primary address (from --me) plus configured aliases."""
        primary = {"sendAsEmail": self.me, "displayName": self.display_name, "replyToAddress": "",
                   "signature": self.signature, "isPrimary": True, "isDefault": True, "treatAsAlias": False}
        if any(a.get("isDefault") for a in self.aliases):
            primary["isDefault"] = False
        out = [primary]
        for alias in self.aliases:
            item = {"sendAsEmail": alias["sendAsEmail"], "displayName": alias.get("displayName", ""),
                    "replyToAddress": alias.get("replyToAddress", ""), "signature": alias.get("signature", ""),
                    "isDefault": bool(alias.get("isDefault", False)), "treatAsAlias": bool(alias.get("treatAsAlias", True)),
                    "verificationStatus": alias.get("verificationStatus", "accepted")}
            out.append(item)
        return out

    def profile(self) -> dict[str, Any]:
        with self.lock:
            return {"emailAddress": self.me, "messagesTotal": len(self.messages),
                    "threadsTotal": len(self.threads), "historyId": str(self.history_id)}


def guess_owner(parsed_mails: Iterable[ParsedMail]) -> tuple[str | None, str]:
    """The most common recipient address (Delivered-To counts double) and the display name most used for it."""
    counts: Counter[str] = Counter()
    names: dict[str, Counter[str]] = {}
    for p in parsed_mails:
        for addr in p.delivered_to:
            counts[addr.casefold()] += 2
        for name, addr in [*p.to_addrs, *p.cc_addrs]:
            if addr:
                counts[addr.casefold()] += 1
                if name:
                    names.setdefault(addr.casefold(), Counter())[name] += 1
        for name, addr in p.from_addrs:
            if addr and name:
                names.setdefault(addr.casefold(), Counter())[name] += 1
    if not counts:
        return None, ""
    me = counts.most_common(1)[0][0]
    display = names.get(me, Counter()).most_common(1)
    return me, (display[0][0] if display else "")

