"""Which date-time in one message is the interview's start — or none, and why.

Precision first: a letter that quotes a wrong day is worse than one that quotes none. So the rules abstain
whenever the message does not fix one time:
1. a reschedule's new time wins, its old time never does;
2. an availability window ("your availability during 11–22 January, 9.00–15.00") fixes nothing;
3. several dates offered for one time, or several distinct times under slot cues or beside a booking link,
   are a choice the candidate has to make;
4. one instant (however often written, in however many zones) is the start;
5. several times on one day without slot cues are a day's agenda: the first is the start;
6. otherwise the best-scored time wins only with a clear lead over the next; else none.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from .candidates import Candidate, slot_cues

MIN_SCORE = 1.0
LEAD = 2.0  # how far the best must stand above the next distinct time to be chosen without other evidence
SURE = 5.0  # a time this well placed (labelled, beside interview words) is the start even next to a booking link


@dataclass
class Choice:
    """The start, or None with the reason the message leaves it open."""

    best: Candidate | None
    open: str | None = None  # "window", "slots", "booking", "several", "old only"
    problems: list[str] = field(default_factory=list)

    @property
    def pending(self) -> bool:
        """The message invites the candidate to pick or propose a time."""
        return self.best is None and self.open in ("window", "slots", "booking")


def _instants(cands: list[Candidate]) -> set[datetime]:
    return {c.start.astimezone(timezone.utc) for c in cands}


def _top(cands: list[Candidate]) -> Candidate:
    return max(cands, key=lambda c: (c.score, -c.pos))


def choose(cands: list[Candidate], text: str, *, booking: bool = False) -> Choice:
    """The interview start among one message's candidates (see the module's rules)."""
    good = [c for c in cands if c.score >= MIN_SCORE]
    if not good:
        return Choice(None, "booking" if booking else None)
    news = [c for c in good if c.role == "new"]
    if news:
        if len(_instants(news)) == 1:
            return Choice(_top(news))
        return Choice(None, "slots", ["the reschedule names several new times"])
    live = [c for c in good if c.role not in ("old", "deadline", "practice")]
    if not live:
        return Choice(None, "old only", ["only the old time of a reschedule is written"])
    if any(c.role == "window" for c in live):
        return Choice(None, "window", ["the mail gives an availability window, not a time"])
    if any(c.role == "choice" for c in live):
        return Choice(None, "slots", ["several dates are offered"])
    if len(_instants(live)) == 1:
        best = _top(live)
        if booking and best.score < SURE:
            return Choice(None, "booking", ["a booking link: the time is for the candidate to pick"])
        return Choice(best)
    cues = slot_cues(text)
    if cues or booking:
        return Choice(None, "slots", ["several times are offered"])
    best = _top(live)
    same_day = [c for c in live if c.start.date() == best.start.date() and c.score >= best.score - 3]
    if len(same_day) == len(live):
        first = min(same_day, key=lambda c: c.start)
        return Choice(first)
    others = [c for c in live if c.start.astimezone(timezone.utc) != best.start.astimezone(timezone.utc)]
    if best.score - _top(others).score >= LEAD:
        return Choice(best)
    return Choice(None, "several", ["several times are written and nothing says which is the interview"])
