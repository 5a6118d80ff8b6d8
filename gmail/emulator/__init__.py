"""Local Gmail API emulator: speaks the Gmail REST API over HTTP, seeded from mbox/.eml files.

Programmatic use: ``Emulator(paths_or_raw_messages, me=..., latency_ms=0, quota_per_minute=None, fault_rate=0.0,
seed=0, now=None).start()``; command line: ``regrets emulator --mailbox PATH --port N``.
"""
from __future__ import annotations

from typing import Any

__all__ = ["Emulator"]


def __getattr__(name: str) -> Any:
    """`Emulator` loads on first use (PEP 562): `regrets emulator --help` and the CLI's help need no server code."""
    if name == "Emulator":
        from .server import Emulator

        return Emulator
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
