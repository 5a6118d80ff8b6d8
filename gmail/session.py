"""Open a paced Gmail connection for a CLI command: the emulator (or any Gmail-compatible server) when
``REGRETS_GMAIL_API_ROOT`` is set, else real Gmail with the saved OAuth sign-in."""
from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass

from .calls import DEFAULT_BATCH_SIZE, Gateway
from .pacing import UnitPacer
from .service import api_root, build_gmail
from .units import DEFAULT_UNITS_PER_MINUTE, table

QUOTA_ENV = "REGRETS_GMAIL_QUOTA"  # units per minute per user
UNIT_TABLE_ENV = "REGRETS_GMAIL_UNIT_TABLE"


@dataclass
class Session:
    gateway: Gateway
    root: str | None  # None: real Gmail


def quota_default() -> int:
    value = os.environ.get(QUOTA_ENV, "").strip()
    if value:
        try:
            n = int(value)
            if n > 0:
                return n
        except ValueError:
            pass
        from .errors import GmailSettingProblem

        raise GmailSettingProblem(f"{QUOTA_ENV}={value!r} is not a positive number of units per minute")
    return DEFAULT_UNITS_PER_MINUTE


def open_session(*, label: bool = False, quota: int | None = None, unit_table: str | None = None,
                 batch_size: int = DEFAULT_BATCH_SIZE, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> Session:
    """`clock` and `sleep` are where the pacer and the retries read the time and wait (the system's monotonic
    clock; tests pass a fake one whose sleep only moves it on)."""
    root = api_root()
    if root:
        service = build_gmail(root=root)
    else:
        from .auth import load_credentials

        service = build_gmail(load_credentials(label=label))
    pacer = UnitPacer(quota or quota_default(), clock=clock, sleep=sleep)
    gw = Gateway(service, pacer=pacer, units=table(unit_table or os.environ.get(UNIT_TABLE_ENV)),
                 batch_size=batch_size, clock=clock, sleep=sleep)
    return Session(gw, root)
