"""Turn an analysis into the records `regrets analyze` prints (JSON lines or a table)."""
from __future__ import annotations

from typing import Any

from . import display
from .decision import Decision
from .display import local_time, short_hours
from .model import Analysis, Thread, UrgencyReport
from .urgency import ORDER

Record = dict[str, Any]  # one JSON-ready object per thread


def record(thread: Thread, analysis: Analysis, urgency: UrgencyReport, decision: Decision) -> Record:
    """One JSON-ready object per thread. Contains no message body, only what the user needs to act."""
    it = analysis.interview
    return {
        "source": thread.source,
        "thread": thread.key,
        "subject": thread.subject,
        "is_invite": analysis.is_invite,
        "interview_start": it.start.isoformat() if it else None,
        "timezone": it.zone if it else None,
        "zone_assumed": bool(it and it.assumed_zone),
        "accepted": analysis.accepted,
        "cancelled": analysis.cancelled,
        "language": analysis.language,
        "reply_to": analysis.reply_to.email if analysis.reply_to else None,
        "recruiter": analysis.recruiter_name,
        "company": analysis.company,
        "role": analysis.role,
        "facts": dict(analysis.fact_sources),  # which evidence decided company, role and recruiter
        "booked": analysis.booked,
        "hours_left": urgency.hours_left,
        "waited_hours": urgency.waited_hours,
        "urgency": urgency.level.value,
        "advice": urgency.advice,
        "intent": decision.intent,
        "draft": decision.draft,  # would `regrets draft` write a letter for it
        "skip": decision.skip,  # why not: not-invite, cancelled, past, replied
        "evidence": analysis.evidence,
        "problems": list(thread.problems) + list(analysis.problems),
    }


def error_record(source: str, message: str) -> Record:
    """The record for a thread that could not be read at all (reported, never dropped)."""
    return {"source": source, "thread": None, "subject": "", "is_invite": False, "interview_start": None,
            "timezone": None, "accepted": False, "language": None, "reply_to": None, "hours_left": None,
            "urgency": "none", "evidence": [], "error": message}


def sort_key(rec: Record) -> tuple[int, float, str]:
    from .model import Urgency

    level = Urgency(rec.get("urgency") or "none")
    hours = rec.get("hours_left")
    return (ORDER[level], hours if hours is not None else float("inf"), rec.get("source") or "")


def table(records: list[Record], zone: str | None) -> str:
    """A readable table, most urgent first; non-invites at the end."""
    rows = [("URGENCY", "LEFT", "INTERVIEW" + (f" ({zone})" if zone else ""), "ACCEPTED", "REPLY TO", "SUBJECT")]
    levels: list[str | None] = [None]
    for r in sorted(records, key=sort_key):
        levels.append(r.get("urgency"))
        if r.get("error"):
            rows.append(("error", "-", "-", "-", "-", f"{r['source']}: {r['error']}"))
            continue
        rows.append((
            r["urgency"], short_hours(r["hours_left"]), local_time(r["interview_start"], zone or r.get("timezone")),
            "yes" if r["accepted"] else ("no" if r["is_invite"] else "-"), r["reply_to"] or "-",
            (r["subject"] or "")[:60],
        ))
    return display.table(rows, levels)
