"""Gmail system labels and the mapping of Google Takeout ``X-Gmail-Labels`` names onto label ids."""
from __future__ import annotations

import re

# System labels as labels.list returns them (type "system"); visibility fields omitted where Gmail omits them.
SYSTEM_LABELS: list[dict[str, str]] = [
    {"id": "CHAT", "name": "CHAT", "messageListVisibility": "hide", "labelListVisibility": "labelHide", "type": "system"},
    {"id": "SENT", "name": "SENT", "type": "system"},
    {"id": "INBOX", "name": "INBOX", "type": "system"},
    {"id": "IMPORTANT", "name": "IMPORTANT", "type": "system"},
    {"id": "TRASH", "name": "TRASH", "messageListVisibility": "hide", "labelListVisibility": "labelHide", "type": "system"},
    {"id": "DRAFT", "name": "DRAFT", "type": "system"},
    {"id": "SPAM", "name": "SPAM", "messageListVisibility": "hide", "labelListVisibility": "labelHide", "type": "system"},
    {"id": "CATEGORY_FORUMS", "name": "CATEGORY_FORUMS", "type": "system"},
    {"id": "CATEGORY_UPDATES", "name": "CATEGORY_UPDATES", "type": "system"},
    {"id": "CATEGORY_PERSONAL", "name": "CATEGORY_PERSONAL", "type": "system"},
    {"id": "CATEGORY_PROMOTIONS", "name": "CATEGORY_PROMOTIONS", "type": "system"},
    {"id": "CATEGORY_SOCIAL", "name": "CATEGORY_SOCIAL", "type": "system"},
    {"id": "STARRED", "name": "STARRED", "type": "system"},
    {"id": "UNREAD", "name": "UNREAD", "type": "system"},
]
SYSTEM_IDS = frozenset(label["id"] for label in SYSTEM_LABELS)

# Labels a client may not add or remove with threads.modify / messages.modify (DD Label.type: DRAFT and SENT
# are managed by Gmail).
NOT_APPLICABLE = frozenset({"DRAFT", "SENT", "CHAT"})

# Google Takeout writes label names, not ids, in X-Gmail-Labels (e.g. "Inbox,Opened,Category Personal").
TAKEOUT_NAMES = {
    "inbox": "INBOX",
    "sent": "SENT",
    "sent mail": "SENT",
    "unread": "UNREAD",
    "starred": "STARRED",
    "important": "IMPORTANT",
    "spam": "SPAM",
    "trash": "TRASH",
    "draft": "DRAFT",
    "drafts": "DRAFT",
    "chat": "CHAT",
    "chats": "CHAT",
    "category personal": "CATEGORY_PERSONAL",
    "category social": "CATEGORY_SOCIAL",
    "category promotions": "CATEGORY_PROMOTIONS",
    "category updates": "CATEGORY_UPDATES",
    "category forums": "CATEGORY_FORUMS",
}
# Takeout markers that are not labels: "Opened" = read, "Archived" = not in the inbox.
TAKEOUT_MARKERS = frozenset({"opened", "archived", "open"})


def search_key(name: str) -> str:
    """How ``label:`` compares names: case-insensitive, spaces, '/', '-' and '_' equivalent (label:parent-child)."""
    return re.sub(r"[\s/_\-]+", "-", name.strip().casefold())
