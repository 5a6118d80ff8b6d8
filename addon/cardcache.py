"""A small in-memory LRU of what the message card needs from a conversation, keyed by a SHA-256 of Gmail's
threads.get answer (plus the user's time zone, which the analysis uses).

The analysis depends only on the mail, so a byte-identical answer gives an identical analysis: a hit is exact,
not stale, and cannot mix users (a different mailbox gives different bytes). Opening the same conversation again
-- switching between messages is the common case -- skips decoding and analysing it, still with the one Gmail call.
Entries hold the analysis without message bodies (no reply target, no source text): subject, company, role,
recruiter, reply-to address, times. `REGRETS_ADDON_CARD_CACHE=0` turns it off.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Generic, TypeVar

V = TypeVar("V")


class LRUCache(Generic[V]):
    def __init__(self, size: int) -> None:
        self.size = max(0, size)
        self._data: OrderedDict[str, V] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> V | None:
        if self.size == 0:
            return None
        with self._lock:
            value = self._data.get(key)
            if value is None:
                self.misses += 1
                return None
            self._data.move_to_end(key)
            self.hits += 1
            return value

    def put(self, key: str, value: V) -> None:
        if self.size == 0:
            return
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def __len__(self) -> int:
        return len(self._data)
