"""Per-method quota units, the per-user units-per-minute limit, and request counters.

Unit costs: https://developers.google.com/workspace/gmail/api/reference/quota (long-standing table; the 2026
revision charges 20 for messages.get, attachments.get and drafts.get; gmail/units.py has both tables).
Batched calls count one by one ("A set of n requests batched together counts toward your usage
limit as n requests", https://developers.google.com/gmail/api/guides/batch).
"""
from __future__ import annotations

import math
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from typing import Any

UNITS_CLASSIC: dict[str, int] = {
    "getProfile": 1,
    "threads.list": 10, "threads.get": 10, "threads.modify": 10, "threads.trash": 10, "threads.untrash": 10,
    "threads.delete": 20,
    "messages.list": 5, "messages.get": 5, "messages.attachments.get": 5, "messages.modify": 5,
    "messages.send": 100, "messages.insert": 25, "messages.import": 25, "messages.trash": 5, "messages.delete": 10,
    "drafts.create": 10, "drafts.list": 5, "drafts.get": 5, "drafts.update": 15, "drafts.delete": 10,
    "drafts.send": 100,
    "labels.list": 1, "labels.get": 1, "labels.create": 5, "labels.update": 5, "labels.patch": 5, "labels.delete": 5,
    "settings.sendAs.list": 1, "settings.sendAs.get": 1,
    "history.list": 2,
}
UNITS_2026: dict[str, int] = {**UNITS_CLASSIC, "messages.get": 20, "messages.attachments.get": 20, "drafts.get": 20}
UNIT_TABLES = {"classic": UNITS_CLASSIC, "2026": UNITS_2026}
WINDOW_S = 60.0


class QuotaWindow:
    """A sliding 60-second window of units spent by the one emulated user."""

    def __init__(self, units_per_minute: int | None, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = units_per_minute
        self.clock = clock
        self._spent: deque[tuple[float, int]] = deque()
        self._total = 0
        self._lock = threading.Lock()

    def _expire(self, now: float) -> None:
        while self._spent and self._spent[0][0] <= now - WINDOW_S:
            self._total -= self._spent.popleft()[1]

    def try_spend(self, units: int) -> float | None:
        """Spend `units` now, or return how many seconds to wait until they would fit."""
        if self.limit is None or units <= 0:
            return None
        with self._lock:
            now = self.clock()
            self._expire(now)
            if self._total + units <= self.limit:
                self._spent.append((now, units))
                self._total += units
                return None
            need = self._total + units - self.limit
            freed = 0
            for t, u in self._spent:
                freed += u
                if freed >= need:
                    return max(0.001, t + WINDOW_S - now)
            return WINDOW_S  # more than the whole limit: the best hint is a full window

    def spent(self) -> int:
        with self._lock:
            self._expire(self.clock())
            return self._total

    def reset(self) -> None:
        with self._lock:
            self._spent.clear()
            self._total = 0


def retry_after_seconds(wait: float) -> int:
    return max(1, math.ceil(wait))


class Counters:
    """Requests and units per method, HTTP statuses and injected faults. Safe to read while serving."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self.requests: dict[str, int] = defaultdict(int)       # API calls per method (batch parts included)
            self.units: dict[str, int] = defaultdict(int)          # units charged per method
            self.statuses: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
            self.faults: dict[str, int] = defaultdict(int)         # injected fault kind -> count
            self.http_requests = 0                                 # HTTP requests received (a batch is one)
            self.batch_requests = 0
            self.batch_parts = 0
            self.quota_rejections = 0
            self.concurrency_rejections = 0

    def call(self, method: str, status: int, units: int) -> None:
        with self._lock:
            self.requests[method] += 1
            self.units[method] += units
            self.statuses[method][status] += 1

    def fault(self, kind: str) -> None:
        with self._lock:
            self.faults[kind] += 1

    def http(self, *, batch_parts: int | None = None) -> None:
        with self._lock:
            self.http_requests += 1
            if batch_parts is not None:
                self.batch_requests += 1
                self.batch_parts += batch_parts

    def rejected(self, kind: str) -> None:
        with self._lock:
            if kind == "quota":
                self.quota_rejections += 1
            else:
                self.concurrency_rejections += 1

    @property
    def total_units(self) -> int:
        with self._lock:
            return sum(self.units.values())

    @property
    def total_requests(self) -> int:
        with self._lock:
            return sum(self.requests.values())

    def failed(self) -> int:
        """API calls answered with a status >= 400 or dropped (status 0); injected faults and 429s included."""
        with self._lock:
            return sum(n for st in self.statuses.values() for code, n in st.items() if code >= 400 or code == 0)

    def snapshot(self) -> dict[str, Any]:
        """Plain-dict copy (what GET /_emulator/stats returns)."""
        with self._lock:
            return {
                "requests": dict(self.requests),
                "units": dict(self.units),
                "statuses": {m: {str(k): v for k, v in st.items()} for m, st in self.statuses.items()},
                "faults": dict(self.faults),
                "http_requests": self.http_requests,
                "batch_requests": self.batch_requests,
                "batch_parts": self.batch_parts,
                "quota_rejections": self.quota_rejections,
                "concurrency_rejections": self.concurrency_rejections,
                "total_requests": sum(self.requests.values()),
                "total_units": sum(self.units.values()),
                "failed": sum(n for st in self.statuses.values() for code, n in st.items() if code >= 400 or code == 0),
            }
