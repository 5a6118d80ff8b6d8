"""Injected failures for tests and benchmarks: 429, 500, 503 and dropped connections, from a seeded RNG.

Kinds:
- ``"429"``, ``"500"``, ``"503"``: answered before the call runs (no side effect, no units charged);
- ``"drop"``: the connection is closed before the call runs (no response at all);
- ``"drop_after"`` (opt-in): the call RUNS (e.g. the draft is created), then the connection is closed, so the
  client never learns the outcome -- the harsh case for idempotency;
- ``"500_after"`` (opt-in): the call RUNS, then the answer is a 500 ``backendError``: the write took effect but
  the client is told it failed, as a front end that loses the backend's answer does.
Inside a batch only status faults apply to parts; drops apply to whole HTTP requests.

``methods`` limits faults to some API methods (e.g. ``drafts.create,drafts.delete``: "every write fails at
this rate" while reads stay clean); other calls draw nothing from the RNG, so a seed replays the same faults
for the same sequence of writes.
"""
from __future__ import annotations

import random
import threading
from collections.abc import Iterable

DEFAULT_KINDS = ("429", "500", "503", "drop")
AFTER_KINDS = ("drop_after", "500_after")  # the call has run when these happen
ALL_KINDS = ("429", "500", "503", "drop", *AFTER_KINDS)


class FaultInjector:
    """Decides, reproducibly for a given seed and request order, whether a request fails and how."""

    def __init__(self, rate: float = 0.0, seed: int = 0, kinds: tuple[str, ...] | list[str] = DEFAULT_KINDS,
                 methods: Iterable[str] | None = None) -> None:
        self._lock = threading.Lock()
        self.methods: frozenset[str] | None = None
        self.configure(rate=rate, seed=seed, kinds=kinds, methods=methods)

    def configure(self, *, rate: float | None = None, seed: int | None = None,
                  kinds: tuple[str, ...] | list[str] | None = None, methods: Iterable[str] | None | str = "keep") -> None:
        """Change the knobs; `methods` "keep" leaves the method filter as it is, None or empty removes it."""
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
            if methods != "keep":
                names = frozenset(m.strip() for m in (methods or ()) if m and m.strip())
                self.methods = names or None

    def applies_to(self, method: str) -> bool:
        """Whether calls of `method` may be given a fault at all."""
        return self.methods is None or method in self.methods

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
