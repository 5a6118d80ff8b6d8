"""Which addresses reach the same mailbox, and whether the owner is among a thread's recipients."""
from __future__ import annotations

from .model import Thread


def mailbox_key(addr: str) -> str:
    """A comparable form: lower case without 'mailto:'; for Gmail also without dots and +tags, since Gmail
    delivers sam.lee+jobs@gmail.com and SamLee@googlemail.com to sam.lee@gmail.com
    (https://support.google.com/mail/answer/7436150)."""
    a = str(addr or "").strip().lower()
    a = a[len("mailto:"):] if a.startswith("mailto:") else a
    local, _, dom = a.rpartition("@")
    if not local:
        return ""
    if dom in ("gmail.com", "googlemail.com"):
        return local.split("+", 1)[0].replace(".", "") + "@gmail.com"
    return f"{local}@{dom}"


def same_mailbox(a: str, b: str) -> bool:
    """True when both addresses reach one mailbox (see mailbox_key)."""
    return mailbox_key(a) == mailbox_key(b) != ""


def is_recipient(thread: Thread, me: str) -> bool:
    """True when `me` is in To or Cc of a message in the thread, or sent one of them."""
    for m in thread.messages:
        for a in (*m.to, *m.cc, *((m.sender,) if m.sender else ())):
            if same_mailbox(a.email, me):
                return True
    return False
