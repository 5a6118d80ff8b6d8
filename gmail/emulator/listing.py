"""threads.list / messages.list / drafts.list: filtering by q and labelIds, ordering, page tokens."""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime
from typing import Any

from . import errors, search
from .store import Mailbox, StoredMessage

DEFAULT_PAGE = 100
MAX_PAGE = 500


def page_size(value: str | None) -> int:
    """maxResults: default 100, capped at 500 (DD; the client does not check the bound, the server does)."""
    if value in (None, ""):
        return DEFAULT_PAGE
    try:
        n = int(value)
    except ValueError:
        raise errors.invalid_argument(f"Invalid value for maxResults: {value}") from None
    if n < 1:
        raise errors.invalid_argument("maxResults must be positive")
    return min(n, MAX_PAGE)


def page_offset(token: str | None) -> int:
    if not token:
        return 0
    if not token.isdigit():
        raise errors.invalid_argument("Invalid pageToken")
    return int(token)


class Lister:
    """Evaluates queries against the mailbox, caching result lists until the mailbox changes."""

    def __init__(self, box: Mailbox, clock: Callable[[], datetime]) -> None:
        self.box = box
        self.clock = clock
        self._docs: dict[str, search.Doc] = {}
        self._cache: OrderedDict[tuple, list[StoredMessage]] = OrderedDict()
        self._lock = threading.Lock()

    def _doc(self, msg: StoredMessage) -> search.Doc:
        doc = self._docs.get(msg.id)
        if doc is None:
            doc = search.Doc(msg.parsed, len(msg.raw))
            self._docs[msg.id] = doc
        return doc

    def matching_messages(self, q: str | None, label_ids: list[str], include_spam_trash: bool) -> list[StoredMessage]:
        """Every message matching q and carrying all label_ids, newest first."""
        with self.box.lock:
            key = (self.box.version, int(self.clock().timestamp()) // 60, q or "", tuple(sorted(label_ids)), include_spam_trash)
            with self._lock:
                hit = self._cache.get(key)
                if hit is not None:
                    self._cache.move_to_end(key)
                    return hit
            ast = search.parse(q)
            spam_ok = include_spam_trash or search.mentions_spam_or_trash(ast)
            me = frozenset({self.box.me.casefold()} | {str(a.get("sendAsEmail", "")).casefold() for a in self.box.aliases})
            matcher = search.Matcher(ast, search.Context(self.clock(), me, self.box.label_ids_by_key()))
            want = set(label_ids)
            out = []
            for msg in self.box.messages.values():
                if not spam_ok and ("SPAM" in msg.labels or "TRASH" in msg.labels):
                    continue
                if want and not want <= msg.labels:
                    continue
                if matcher.matches(msg, self._doc(msg)):
                    out.append(msg)
            out.sort(key=lambda m: (m.internal_date, m.id), reverse=True)
            with self._lock:
                self._cache[key] = out
                while len(self._cache) > 32:
                    self._cache.popitem(last=False)
            return out

    def threads(self, q: str | None, label_ids: list[str], include_spam_trash: bool,
                max_results: int, offset: int) -> dict[str, Any]:
        """A threads.list page: threads with any matching message, by their newest message, newest first."""
        with self.box.lock:
            msgs = self.matching_messages(q, label_ids, include_spam_trash)
            tids = list(dict.fromkeys(m.thread_id for m in msgs))

            def latest(tid: str) -> StoredMessage:
                return self.box.messages[self.box.threads[tid].message_ids[-1]]

            tids.sort(key=lambda t: (latest(t).internal_date, t), reverse=True)
            page = tids[offset:offset + max_results]
            res: dict[str, Any] = {}
            if page:
                res["threads"] = [{"id": t, "snippet": latest(t).parsed.snippet,
                                   "historyId": str(self.box.thread_history_id(t))} for t in page]
            if offset + max_results < len(tids):
                res["nextPageToken"] = str(offset + max_results)
            res["resultSizeEstimate"] = len(tids)
            return res

    def messages(self, q: str | None, label_ids: list[str], include_spam_trash: bool,
                 max_results: int, offset: int) -> dict[str, Any]:
        with self.box.lock:
            msgs = self.matching_messages(q, label_ids, include_spam_trash)
            page = msgs[offset:offset + max_results]
            res: dict[str, Any] = {}
            if page:
                res["messages"] = [{"id": m.id, "threadId": m.thread_id} for m in page]
            if offset + max_results < len(msgs):
                res["nextPageToken"] = str(offset + max_results)
            res["resultSizeEstimate"] = len(msgs)
            return res

    def drafts(self, q: str | None, include_spam_trash: bool, max_results: int, offset: int) -> dict[str, Any]:
        with self.box.lock:
            msgs = [m for m in self.matching_messages(q, ["DRAFT"], include_spam_trash) if m.draft_id]
            page = msgs[offset:offset + max_results]
            res: dict[str, Any] = {}
            if page:
                res["drafts"] = [{"id": m.draft_id, "message": {"id": m.id, "threadId": m.thread_id}} for m in page]
            if offset + max_results < len(msgs):
                res["nextPageToken"] = str(offset + max_results)
            res["resultSizeEstimate"] = len(msgs)
            return res
