"""Local Gmail API emulator: speaks the Gmail REST API over HTTP, seeded from mbox/.eml files.

Programmatic use: ``Emulator(paths_or_raw_messages, me=..., latency_ms=0, quota_per_minute=None, fault_rate=0.0,
seed=0, now=None).start()``; command line: ``regrets emulator --mailbox PATH --port N``.
"""
from .server import Emulator

__all__ = ["Emulator"]
