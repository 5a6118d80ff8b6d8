"""`regrets scan --watch [INTERVAL]`: scan again and again, each pass reading only what changed (gmail/sync.py).

A pass with nothing new costs 4 units (getProfile, settings.sendAs.list, one history.list page), so even a
short interval stays far below the per-user quota. Passes never overlap, and each takes the mailbox lock
only while it runs, so a manual `regrets scan` in another terminal gets its turn between passes. A pass that
Gmail fails (network down, 5xx after the retries) is reported and the next one tries again from the same
checkpoint; a sign-in problem stops the watch. Ctrl-C stops it between or during passes: a pass interrupted
half-way has saved no checkpoint, so the next scan redoes it (its drafts are found in their threads).
"""
from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

from regrets.errors import UsageError

from .errors import AuthProblem, GmailProblem

DEFAULT_INTERVAL = 300.0
MIN_INTERVAL = 5.0
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*$", re.I)


def parse_interval(value: str) -> float:
    """'90' / '90s' -> 90.0, '5m' -> 300.0, '1h' -> 3600.0 (at least MIN_INTERVAL seconds)."""
    m = _INTERVAL.match(value or "")
    if not m:
        raise UsageError(f"--watch {value!r} is not an interval like 300, 90s, 5m or 1h")
    seconds = float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[m.group(2).lower()]
    if seconds < MIN_INTERVAL:
        raise UsageError(f"--watch interval must be at least {MIN_INTERVAL:g} seconds")
    return seconds


def watch(one_pass: Callable[[], Any], interval: float, *, warn: Callable[[str], None],
          sleep: Callable[[float], None] = time.sleep, passes: int | None = None) -> None:
    """Run `one_pass` every `interval` seconds (from the end of one pass to the start of the next) until
    interrupted, or `passes` times. What a pass could not do is reported and retried by the next one."""
    done = 0
    while True:
        try:
            report = one_pass()
        except AuthProblem:
            raise
        except GmailProblem as exc:
            warn(f"{exc} (trying again in {interval:g} s)")
        else:
            failure = report.failure() if report is not None else None
            if failure:
                warn(failure.replace("Run the scan again to retry them.", "The next pass tries them again."))
        done += 1
        if passes is not None and done >= passes:
            return
        sleep(interval)
