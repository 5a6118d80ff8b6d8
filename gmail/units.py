"""Gmail quota units per method, as the client-side pacer charges them.

Source: https://developers.google.com/workspace/gmail/api/reference/quota (long-standing table). The 2026
revision of that page charges 20 for messages.get, messages.attachments.get and drafts.get; its threads.*
values are UNCONFIRMED (the page's previous revision, still on many mirrors, has only the classic table).
Choose the table with
``REGRETS_GMAIL_UNIT_TABLE=2026`` or ``--unit-table``.
"""
from __future__ import annotations

CLASSIC: dict[str, int] = {
    "getProfile": 1,
    "threads.list": 10, "threads.get": 10, "threads.modify": 10,
    "messages.list": 5, "messages.get": 5, "messages.attachments.get": 5,
    "drafts.create": 10, "drafts.list": 5, "drafts.get": 5, "drafts.update": 15, "drafts.delete": 10,
    "labels.list": 1, "labels.create": 5,
    "settings.sendAs.list": 1,
    "history.list": 2,
}
TABLE_2026: dict[str, int] = {**CLASSIC, "messages.get": 20, "messages.attachments.get": 20, "drafts.get": 20}
TABLES = {"classic": CLASSIC, "2026": TABLE_2026}

# Per-user limit. The quota page dated May 2026 gives 6,000 units/min per user for projects created since
# then (earlier projects keep 15,000). A user setting up Regrets creates a new project, so 6,000 is the default.
DEFAULT_UNITS_PER_MINUTE = 6000

# Calls per batch request (why 20: gmail/calls.py). Here, not in calls.py, so the CLI's options need no Google library.
MAX_BATCH = 100  # Gmail refuses more ("Inner request count exceeds the limit", mhasbini/gmail_analyzer#12)
DEFAULT_BATCH_SIZE = 20


def table(name: str | None) -> dict[str, int]:
    """The unit table by name ('classic' when None)."""
    try:
        return TABLES[(name or "classic").strip().lower()]
    except KeyError:
        from .errors import GmailSettingProblem

        raise GmailSettingProblem(f"unknown unit table {name!r}: use one of {', '.join(TABLES)}") from None
