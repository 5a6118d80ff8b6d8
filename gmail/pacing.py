"""Client-side pacing on Gmail quota units, so that the per-user limit is rarely hit and 429s stay rare.

Gmail states its per-user limit as units *per minute*
(https://developers.google.com/workspace/gmail/api/reference/quota). A classic token bucket refilling at
limit/60 per second with a capacity C can spend C + limit units inside one minute, which a per-minute limit
refuses; with C near zero it never bursts and makes small scans needlessly slow. So the pacer keeps a ledger
of what it spent and lets a call go when the units of the last `window` seconds plus the call's own stay
within the limit: a rolling-window budget (a token bucket whose tokens come back one minute after use).

A second, one-second window caps bursts at 250 units per second: older Gmail documentation stated the limit
as "250 quota units per user per second, moving average (allows short bursts)", so a client that spends a
whole minute's budget in a few seconds may still meet 429s where that older rule applies.

Each entry is stamped again when its answer arrives. The server counts a call at some moment between our
send and our receive, so a receive-time stamp expires no earlier than the server's own record: the ledger
never believes units are free before the server does. Calls the server refused (429, rate-limit 403) are taken
off the ledger; calls whose fate is unknown (a 5xx, a dropped connection) stay on it: a write may have run
before its answer was lost, and the server charged it.
"""
from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass


DEFAULT_PER_SECOND = 250


@dataclass
class Ticket:
    """Units reserved for one call (or one batch); settle it when the answer arrives."""

    units: int
    stamp: float
    settled: bool = False


class UnitPacer:
    """Blocks before each call until its units fit in the rolling window. Thread-safe."""

    def __init__(self, units_per_minute: int | None, *, window: float = 60.0,
                 per_second: int | None = DEFAULT_PER_SECOND,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep) -> None:
        if units_per_minute is not None and units_per_minute <= 0:
            raise ValueError("units_per_minute must be positive")
        self.limit = units_per_minute
        self.window = window
        self.per_second = per_second if units_per_minute is not None else None
        self.clock = clock
        self.sleep = sleep
        self._ledger: deque[Ticket] = deque()
        self._lock = threading.Lock()
        self._not_before = 0.0  # set by cool_down (Retry-After)
        self.waited = 0.0  # seconds spent waiting for budget or cool-downs (for reports)
        self.spent = 0  # units reserved in total (refunds subtracted)

    def _in_window(self, now: float) -> int:
        # entries are re-stamped when settled, so the deque is only roughly in stamp order: prune what is
        # surely old, and count by stamp
        while self._ledger and self._ledger[0].stamp + self.window + 5.0 <= now:
            self._ledger.popleft()
        return sum(t.units for t in self._ledger if t.stamp + self.window > now)

    def _wait_for(self, units: int, now: float, span: float, limit: int) -> float:
        """Seconds until `units` more fit within `limit` over the last `span` seconds."""
        live = sorted((t for t in self._ledger if t.stamp + span > now), key=lambda t: t.stamp)
        used = sum(t.units for t in live)
        if used + units <= limit or not live:
            return 0.0
        need = used + units - limit
        freed = 0
        for t in live:
            freed += t.units
            if freed >= need:
                return t.stamp + span - now + 0.001
        return span

    def _wait_needed(self, units: int, now: float) -> float:
        wait = max(0.0, self._not_before - now)
        if self.limit is None:
            return wait
        self._in_window(now)
        wait = max(wait, self._wait_for(units, now, self.window, self.limit))
        if self.per_second is not None:
            wait = max(wait, self._wait_for(units, now, 1.0, self.per_second))
        return wait

    def acquire(self, units: int) -> Ticket:
        """Wait until `units` fit, then reserve them."""
        while True:
            with self._lock:
                now = self.clock()
                wait = self._wait_needed(units, now)
                if wait <= 0:
                    ticket = Ticket(units, now)
                    self._ledger.append(ticket)
                    self.spent += units
                    return ticket
            self.waited += wait
            self.sleep(wait)

    def settle(self, ticket: Ticket, charged_units: int | None = None) -> None:
        """The answer arrived: stamp the entry now and keep `charged_units` of it (all when None)."""
        with self._lock:
            if ticket.settled:
                return
            ticket.settled = True
            ticket.stamp = self.clock()
            if charged_units is not None and charged_units != ticket.units:
                self.spent -= ticket.units - charged_units
                ticket.units = max(0, charged_units)

    def cool_down(self, seconds: float) -> None:
        """No call leaves before `seconds` from now (the server said Retry-After)."""
        with self._lock:
            self._not_before = max(self._not_before, self.clock() + max(0.0, seconds))

