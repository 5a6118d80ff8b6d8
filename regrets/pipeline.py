"""Glue shared by every front end (CLI, Gmail scan, add-on): analyse threads safely, one at a time."""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from .analyze import analyze_thread
from .model import Analysis, Thread, UrgencyReport
from .urgency import UrgencyPolicy, assess


@dataclass
class Result:
    thread: Thread
    analysis: Analysis | None
    urgency: UrgencyReport | None
    error: str | None = None


def analyse_all(threads: Iterable[Thread], me: str | None, now: datetime, *, home_zone: str | None = None,
                policy: UrgencyPolicy = UrgencyPolicy()) -> Iterator[Result]:
    """Analyse each thread; a thread that cannot be understood becomes an error result, never a crash."""
    for t in threads:
        if not t.messages:
            yield Result(t, None, None, "; ".join(t.problems) or "no readable message")
            continue
        try:
            a = analyze_thread(t, me, now, home_zone=home_zone)
            u = assess(a, now, policy)
        except Exception as exc:  # last-resort guard: report and go on with the batch
            print(f"warning: {t.source}: could not analyse ({exc.__class__.__name__})", file=sys.stderr)
            yield Result(t, None, None, f"could not analyse ({exc.__class__.__name__})")
            continue
        yield Result(t, a, u)
