"""How urgent is the decline? From the time left before the interview at `now` (passed in, never read here)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from .model import Analysis, Urgency, UrgencyReport


@dataclass(frozen=True)
class UrgencyPolicy:
    """Thresholds in hours. Defaults follow the etiquette reference: under a day, phone as well."""

    critical_hours: float = 24
    urgent_hours: float = 48
    soon_hours: float = 24 * 7


ADVICE = {
    Urgency.PAST: "The interview time has passed. No decline draft by default; reply only if you still want to explain.",
    Urgency.CRITICAL: "Less than a day left: phone the recruiter as well, and send the email as written confirmation.",
    Urgency.URGENT: "Less than two days left: send the decline today and consider a quick call.",
    Urgency.SOON: "Within a week: reply today so they can give the slot to someone else.",
    Urgency.NORMAL: "Reply as soon as you have decided; it frees the slot for another candidate.",
    Urgency.UNKNOWN: "No fixed time yet: reply promptly anyway, before they hold a slot for you.",
    Urgency.NONE: "Not an interview invitation.",
}

ORDER = {Urgency.CRITICAL: 0, Urgency.URGENT: 1, Urgency.SOON: 2, Urgency.UNKNOWN: 3, Urgency.NORMAL: 4,
         Urgency.PAST: 5, Urgency.NONE: 6}


def assess(analysis: Analysis, now: datetime, policy: UrgencyPolicy = UrgencyPolicy()) -> UrgencyReport:
    """Urgency level, hours left, hours the invite has waited unanswered, and what to do."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    waited = None
    if analysis.invited_at is not None and analysis.is_invite:
        waited = round(max(0.0, _hours_between(analysis.invited_at, now)), 1)
    if not analysis.is_invite:
        return UrgencyReport(Urgency.NONE, None, None, ADVICE[Urgency.NONE])
    start = analysis.interview_start
    if start is None:
        return UrgencyReport(Urgency.UNKNOWN, None, waited, ADVICE[Urgency.UNKNOWN])
    left = _hours_between(now, start)
    if left < 0:
        level = Urgency.PAST
    elif left < policy.critical_hours:
        level = Urgency.CRITICAL
    elif left < policy.urgent_hours:
        level = Urgency.URGENT
    elif left < policy.soon_hours:
        level = Urgency.SOON
    else:
        level = Urgency.NORMAL
    return UrgencyReport(level, round(left, 1), waited, ADVICE[level])


def _hours_between(a: datetime, b: datetime) -> float:
    """Real hours from a to b. Python subtracts two datetimes that share a tzinfo (e.g. both
    ZoneInfo("America/Los_Angeles")) as wall-clock times, which is an hour off across a DST change; in UTC it is not."""
    return (b.astimezone(timezone.utc) - a.astimezone(timezone.utc)) / timedelta(hours=1)
