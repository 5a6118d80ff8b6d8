"""Whether two addresses reach one mailbox, and whether the owner is among a thread's recipients."""
from __future__ import annotations

from .model import Thread
from .participants import mailbox_key


def same_mailbox(a: str, b: str) -> bool:
    """True when both addresses reach one mailbox (participants.mailbox_key: case, and Gmail's dots and +tags);
    a calendar address's 'mailto:' is ignored."""
    ka, kb = (mailbox_key(_bare(x)) for x in (a, b))
    return bool(ka) and ka == kb


def _bare(addr: str) -> str:
    a = str(addr or "").strip()
    return a[len("mailto:"):] if a.lower().startswith("mailto:") else a


def is_recipient(thread: Thread, me: str) -> bool:
    """True when `me` is in To or Cc of a message in the thread, or sent one of them."""
    for m in thread.messages:
        for a in (*m.to, *m.cc, *((m.sender,) if m.sender else ())):
            if same_mailbox(a.email, me):
                return True
    return False
