"""What to do with an analysed thread: the one place that decides the letter's intent and whether to draft.

Every path asks here -- `regrets draft`, `analyze --json` (report), the Gmail scan (gmail/drafting.py) and the
add-on's cards and handlers -- so that they cannot disagree:

- not an invitation: nothing to write;
- the recruiter cancelled: nothing to decline;
- the interview is past: no draft unless the user forces it;
- the owner already answered after the invitation (and did not accept): the conversation moved on;
- otherwise a draft: a cancellation when the owner had accepted and the thread fixes a time to quote, a decline
  otherwise (an accepted pick-a-slot thread has no time to cancel: the letter withdraws instead).

What only the mailbox knows (a draft already in the thread, a reply already sent) stays with the adapter that can
see the mailbox (gmail/drafting.py, addon/handlers.py).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from .errors import UsageError
from .model import Analysis, Thread, Urgency, UrgencyReport

Intent = Literal["decline", "cancel"]
INTENTS: tuple[Intent, ...] = ("decline", "cancel")

# why no draft is wanted (Decision.skip)
NOT_INVITE = "not-invite"
CANCELLED = "cancelled"  # the recruiter cancelled: nothing to decline
PAST = "past"  # the interview is over
REPLIED = "replied"  # the owner already answered after the invite


@dataclass(frozen=True)
class Decision:
    """The intent of the letter (None for a thread that is not an invitation) and why no draft is wanted, if so."""

    intent: Intent | None
    skip: str | None = None

    @property
    def draft(self) -> bool:
        return self.skip is None


def intent_for(analysis: Analysis, forced: str | None = None) -> Intent:
    """Cancel an accepted interview whose time the thread fixes; decline otherwise. `forced` (the user's choice)
    wins, except that a cancellation needs a time to quote."""
    if forced is not None and forced not in INTENTS:
        raise UsageError(f"unknown intent {forced!r}: use one of {', '.join(INTENTS)}")
    wanted = forced or ("cancel" if analysis.accepted else "decline")
    if wanted == "cancel" and analysis.interview_start is None:
        return "decline"  # nothing to quote: a withdrawal reads right
    return wanted  # type: ignore[return-value]


def decide(analysis: Analysis, urgency: UrgencyReport, *, forced_intent: str | None = None,
           force_past: bool = False, replied: bool = False) -> Decision:
    """The decision for one thread. `replied`: the owner answered after the invitation (see `owner_replied`)."""
    if not analysis.is_invite:
        return Decision(None, NOT_INVITE)
    intent = intent_for(analysis, forced_intent)
    if analysis.cancelled:
        return Decision(intent, CANCELLED)
    if urgency.level is Urgency.PAST and not force_past:
        return Decision(intent, PAST)
    if replied and not analysis.accepted:
        return Decision(intent, REPLIED)
    return Decision(intent)


def owner_replied(thread: Thread, analysis: Analysis, owns: Callable[[str], bool]) -> bool:
    """Did the owner (any address `owns` accepts, or a message labelled SENT) write after the invitation?"""
    ref = analysis.invited_at or (analysis.reply_target.date if analysis.reply_target else None)
    if ref is None:
        return False
    for m in thread.messages:
        mine = "SENT" in m.labels or (m.sender is not None and owns(m.sender.email))
        if mine and m.date is not None and m.date > ref:
            return True
    return False
