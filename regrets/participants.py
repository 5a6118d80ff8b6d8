"""Who is who in a thread: the mailbox owner, their name, and the address a reply must go to."""
from __future__ import annotations

import re
from collections import Counter

from .ics import parse_calendars
from .model import Address, Message, Thread

NOREPLY = re.compile(r"no[-_.]?reply|do[-_.]?not[-_.]?reply|do-?not-?reply|notifications?@|calendar-notification|mailer-daemon", re.I)


def mailbox_key(addr: str | None) -> str | None:
    """An address compared the way Gmail delivers: case-insensitive, and for Gmail without dots or a +tag."""
    if not addr:
        return None
    local, _, domain = addr.strip().lower().rpartition("@")
    if domain in ("gmail.com", "googlemail.com"):
        return local.split("+", 1)[0].replace(".", "") + "@gmail.com"
    return f"{local}@{domain}" if local else domain


def guess_owner(thread: Thread) -> str | None:
    """The mailbox owner when not configured: the sender of Sent messages, else the most common recipient."""
    for m in thread.messages:
        if m.sender and any(lab.lower() == "sent" for lab in m.labels):
            return m.sender.email
    counts: Counter[str] = Counter()
    for m in thread.messages:
        for a in m.participants():
            counts[a.email] += 1
    return counts.most_common(1)[0][0] if counts else None


def owner_name(msgs: list[Message], owner: str | None) -> str | None:
    """The name the thread uses for the owner (their own From, else how others address them)."""
    for m in msgs:
        if m.sender and m.sender.email == owner and m.sender.name:
            return m.sender.name
        for a in m.participants():
            if a.email == owner and a.name and "@" not in a.name:
                return a.name
    return None


def reply_address(target: Message, msgs: list[Message], owner: str | None) -> Address | None:
    """Reply-To of the message answered, else its From; a no-reply sender is skipped for the latest person
    earlier in the thread who can be written to, then the calendar organiser."""
    me = mailbox_key(owner)
    for a in target.reply_to:
        if mailbox_key(a.email) != me:
            return a
    if target.sender and not NOREPLY.search(target.sender.email):
        return target.sender
    for m in reversed(msgs):
        if m is target or (m.sender and mailbox_key(m.sender.email) == me):
            continue
        for a in m.reply_to + ((m.sender,) if m.sender else ()):
            if mailbox_key(a.email) != me and not NOREPLY.search(a.email):
                return a
    for ev in (e for m in reversed(msgs) for e in parse_calendars(m.calendars)):
        if ev.organizer and mailbox_key(ev.organizer) != me and not NOREPLY.search(ev.organizer):
            return Address("", ev.organizer)
    return target.sender
