"""What Regrets remembers about a draft it made in a thread: one shape for both memories of it.

- The CLI's draft log (`gmail.state.DraftLog`) keeps `gmail.state.LoggedDraft`: this record plus what
  `regrets drafts` lists (thread, subject, recipient, intent, urgency).
- The add-on's draft store (`addon.draftstore`) keeps this record alone: ids and a time, never an address or
  a subject.

Either way the record is a memory aid: whether the draft is still there is asked from Gmail.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass(frozen=True)
class DraftRecord:
    draft_id: str  # '' when Gmail did not confirm the draft (its answer was lost): one may exist, id unknown
    message_id: str  # the Gmail id of the draft's message ('' when unknown)
    created_at: str  # ISO 8601, UTC: when Regrets made the draft (or first found it)


def iso_utc(epoch_seconds: float) -> str:
    """`created_at` for a time in epoch seconds."""
    return datetime.fromtimestamp(epoch_seconds, timezone.utc).isoformat(timespec="seconds")
