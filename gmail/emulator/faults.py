"""Injected failures for tests and benchmarks: 429, 500, 503 and dropped connections, from a seeded RNG.

Kinds:
- ``"429"``, ``"500"``, ``"503"``: answered before the call runs (no side effect, no units charged);
- ``"drop"``: the connection is closed before the call runs (no response at all);
- ``"drop_after"`` (opt-in): the call RUNS (e.g. the draft is created), then the connection is closed, so the
  client never learns the outcome -- the harsh case for idempotency.
Inside a batch only status faults apply to parts; drops apply to whole HTTP requests.
"""
from __future__ import annotations

import random
import threading

DEFAULT_KINDS = ("429", "500", "503", "drop")
ALL_KINDS = ("429", "500", "503", "drop", "drop_after")


class FaultInjector:
    """Decides, reproducibly for a given seed and request order, whether a request fails and how."""

    def __init__(self, rate: float = 0.0, seed: int = 0, kinds: tuple[str, ...] | list[str] = DEFAULT_KINDS) -> None:
        self._lock = threading.Lock()
        self.configure(rate=rate, seed=seed, kinds=kinds)

    def configure(self, *, rate: float | None = None, seed: int | None = None,
                  kinds: tuple[str, ...] | list[str] | None = None) -> None:
        with self._lock:
            if rate is not None:
                if not 0.0 <= rate <= 1.0:
                    raise ValueError("fault rate must be between 0 and 1")
                self.rate = rate
            if seed is not None:
                self.rng = random.Random(seed)
            if kinds is not None:
                bad = [k for k in kinds if k not in ALL_KINDS]
                if bad or not kinds:
                    raise ValueError(f"unknown fault kinds {bad}; choose from {', '.join(ALL_KINDS)}")
                self.kinds = tuple(kinds)

    def pick(self, *, allow_drop: bool) -> str | None:
        """A fault kind for this request, or None. Draws from the RNG even when the rate is 0 is avoided."""
        with self._lock:
            if self.rate <= 0.0:
                return None
            if self.rng.random() >= self.rate:
                return None
            kinds = self.kinds if allow_drop else tuple(k for k in self.kinds if not k.startswith("drop"))
            if not kinds:
                return None
            return self.rng.choice(kinds)
