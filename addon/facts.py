"""What a card shows about a thread, as plain strings in the card's language (`addon.cardtext`): computed from the
core's analysis, no card JSON here.

Times are shown twice: in the interview's own zone (as the recruiter wrote it) and in the user's zone (the event's
``commonEventObject.timeZone.id``, which needs the ``script.locale`` scope and ``useLocaleFromApp``).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta, timezone
from zoneinfo import ZoneInfo

from regrets.decision import intent_for
from regrets.display import offset_label
from regrets.model import Analysis, Urgency, UrgencyReport

from .cardtext import Text
from .choices import offered_intents


@dataclass(frozen=True)
class ExistingDraft:
    intent: str | None  # decline / cancel, when known
    draft_id: str | None  # known when this add-on recorded it; needed to open it from the card
    message_id: str
    seen: bool = True  # False: known from the draft record only (the thread's drafts could not be read)


@dataclass(frozen=True)
class ThreadFacts:
    kind: str  # invite | no_time | past | not_invite
    subject: str
    company: str | None = None
    role: str | None = None
    recruiter: str | None = None
    reply_to: str | None = None
    interview_theirs: str | None = None
    interview_zone: str | None = None
    zone_assumed: bool = False
    evidence: str | None = None  # "ics" (the calendar invitation) or "text" (the email's words)
    interview_yours: str | None = None
    user_zone: str | None = None
    time_left: str | None = None
    urgency: str = "none"
    advice: str = ""
    call_recruiter: bool = False
    waited: str | None = None
    accepted: bool = False
    cancelled: bool = False
    language: str = "en"  # the thread's: the letter's default language
    suggested_intent: str = "decline"
    intents: tuple[str, ...] = ("decline",)  # the letters the card offers
    existing_draft: ExistingDraft | None = None


def user_tz(zone_id: str | None, offset_ms: int | None) -> tuple[timezone | ZoneInfo | None, str | None]:
    """The user's zone object and its label, from the event (IANA id preferred, else the offset)."""
    if zone_id:
        return ZoneInfo(zone_id), zone_id
    if offset_ms is not None:
        tz = timezone(timedelta(milliseconds=offset_ms))
        return tz, offset_label(tz.utcoffset(None), padded=True)
    return None, None


def thread_facts(subject: str, analysis: Analysis, urgency: UrgencyReport, *, user_zone: str | None,
                 user_offset_ms: int | None, existing: ExistingDraft | None, text: Text) -> ThreadFacts:
    level = urgency.level
    kind = {Urgency.NONE: "not_invite", Urgency.UNKNOWN: "no_time", Urgency.PAST: "past"}.get(level, "invite")
    it = analysis.interview
    theirs = yours = zone_label = evidence = None
    if it is not None:
        theirs = text.time(it.start)
        zone_label = it.zone or offset_label(it.start.utcoffset(), padded=True)
        evidence = "ics" if it.evidence == "ics" else "text"
        tz, user_label = user_tz(user_zone, user_offset_ms)
        if tz is not None:
            yours = text.time(it.start.astimezone(tz))
    else:
        user_label = user_tz(user_zone, user_offset_ms)[1]
    left = text.relative(urgency.hours_left) if urgency.hours_left is not None else None
    waited = text.duration(urgency.waited_hours) if urgency.waited_hours is not None else None
    reply_to = analysis.reply_to.formatted() if analysis.reply_to else None
    advice = text(f"advice.{level.value}") if level != Urgency.NONE else ""
    return ThreadFacts(
        kind=kind, subject=subject or text("subject.none"), company=analysis.company, role=analysis.role,
        recruiter=analysis.recruiter_name, reply_to=reply_to, interview_theirs=theirs, interview_zone=zone_label,
        zone_assumed=bool(it and it.assumed_zone), evidence=evidence, interview_yours=yours, user_zone=user_label,
        time_left=left, urgency=level.value, advice=advice, call_recruiter=level == Urgency.CRITICAL,
        waited=waited, accepted=analysis.accepted, cancelled=analysis.cancelled,
        language=analysis.language if analysis.language in ("en", "id") else "en",
        suggested_intent=intent_for(analysis), intents=offered_intents(analysis), existing_draft=existing,
    )
