"""Glue shared by every front end (CLI, Gmail scan, add-on): analyse threads safely, one at a time.

thread -> `analyze_thread` -> `urgency.assess` -> `decision.decide`; each thread ends as `Analysed` or `Failed`,
never as a crash. The core prints nothing: a thread that could not be analysed is logged once on the "regrets"
logger (the front end decides how to show it) and comes back as `Failed`.
"""
from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from .analyze import analyze_thread
from .decision import Decision, decide, owner_replied
from .model import Analysis, Thread, UrgencyReport
from .parallel import chunks, ordered_map
from .sources import Unread
from .urgency import UrgencyPolicy, assess

log = logging.getLogger("regrets")


@dataclass(frozen=True)
class Rules:
    """The user's say in the decision: a forced intent, drafting for past interviews too."""

    forced_intent: str | None = None
    force_past: bool = False


@dataclass(frozen=True)
class Analysed:
    thread: Thread
    analysis: Analysis
    urgency: UrgencyReport
    decision: Decision


@dataclass(frozen=True)
class Failed:
    thread: Thread
    error: str


Result = Analysed | Failed


def analyse_one(thread: Thread, me: str | None, now: datetime, *, home_zone: str | None = None,
                policy: UrgencyPolicy = UrgencyPolicy(), rules: Rules = Rules(),
                owns: Callable[[str], bool] | None = None) -> Result:
    """One thread through the core. `owns` says which addresses are the owner's (default: the analysis' owner,
    `me` or the thread's most common recipient)."""
    if not thread.messages:
        return Failed(thread, "; ".join(thread.problems) or "no readable message")
    try:
        a = analyze_thread(thread, me, now, home_zone=home_zone)
        u = assess(a, now, policy)
    except Exception as exc:  # last-resort guard: report and go on with the batch
        log.warning("%s: could not analyse (%s)", thread.source, exc.__class__.__name__)
        return Failed(thread, f"could not analyse ({exc.__class__.__name__})")
    owner = (a.owner or "").lower()
    mine = owns or (lambda addr: bool(owner) and addr.lower() == owner)
    replied = a.is_invite and owner_replied(thread, a, mine)
    d = decide(a, u, forced_intent=rules.forced_intent, force_past=rules.force_past, replied=replied)
    return Analysed(thread, a, u, d)


def analyse_all(threads: Iterable[Thread | Unread], me: str | None, now: datetime, *, home_zone: str | None = None,
                policy: UrgencyPolicy = UrgencyPolicy(), rules: Rules = Rules(), jobs: int = 1) -> Iterator[Result]:
    """Analyse each thread, in order; a thread that cannot be understood becomes `Failed`, never a crash.
    From the first `Unread` thread on (a big mailbox, see `sources.plan_paths`), `jobs` > 1 worker processes read
    and analyse the threads; everything before it, and any smaller input, is analysed in this process."""
    work = partial(_analyse_batch, me, now, home_zone, policy, rules)
    rest = iter(threads)
    for t in rest:
        if isinstance(t, Unread) and jobs > 1:
            for batch in ordered_map(work, chunks(itertools.chain([t], rest), _BATCH), jobs):
                yield from batch
            return
        yield from work([t])


_BATCH = 16  # threads per batch handed to a worker


def _analyse_batch(me: str | None, now: datetime, home_zone: str | None, policy: UrgencyPolicy, rules: Rules,
                   threads: list[Thread | Unread]) -> list[Result]:
    return [analyse_one(t if isinstance(t, Thread) else t.read(), me, now, home_zone=home_zone, policy=policy, rules=rules)
            for t in threads]
