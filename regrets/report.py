"""Turn an analysis into the records `regrets analyze` prints (JSON lines or a table)."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from .display import columns
from .model import Analysis, Thread, UrgencyReport
from .urgency import ORDER


def record(thread: Thread, analysis: Analysis, urgency: UrgencyReport) -> dict:
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
        "intent": ("cancel" if analysis.accepted else "decline") if analysis.is_invite else None,
        "evidence": analysis.evidence,
        "problems": list(thread.problems) + list(analysis.problems),
    }


def error_record(source: str, message: str) -> dict:
    """The record for a thread that could not be read at all (reported, never dropped)."""
    return {"source": source, "thread": None, "subject": "", "is_invite": False, "interview_start": None,
            "timezone": None, "accepted": False, "language": None, "reply_to": None, "hours_left": None,
            "urgency": "none", "evidence": [], "error": message}


def sort_key(rec: dict) -> tuple:
    from .model import Urgency

    level = Urgency(rec.get("urgency") or "none")
    hours = rec.get("hours_left")
    return (ORDER[level], hours if hours is not None else float("inf"), rec.get("source") or "")


def human_hours(hours: float | None) -> str:
    if hours is None:
        return "-"
    if hours < 0:
        return f"{-hours / 24:.0f}d ago" if hours <= -48 else f"{-hours:.0f}h ago"
    if hours < 48:
        return f"{hours:.0f}h"
    return f"{hours / 24:.1f}d"


def local_time(iso: str | None, zone: str | None) -> str:
    """An interview time shown in the user's zone (or as written when no zone is given)."""
    if not iso:
        return "-"
    dt = datetime.fromisoformat(iso)
    if zone:
        dt = dt.astimezone(ZoneInfo(zone))
    return dt.strftime("%a %d %b %Y %H:%M %Z").strip()


def table(records: list[dict], zone: str | None) -> str:
    """A readable table, most urgent first; non-invites at the end."""
    rows = [("URGENCY", "LEFT", "INTERVIEW" + (f" ({zone})" if zone else ""), "ACCEPTED", "REPLY TO", "SUBJECT")]
    levels: list[str | None] = [None]
    for r in sorted(records, key=sort_key):
        levels.append(r.get("urgency"))
        if r.get("error"):
            rows.append(("error", "-", "-", "-", "-", f"{r['source']}: {r['error']}"))
            continue
        rows.append((
            r["urgency"], human_hours(r["hours_left"]), local_time(r["interview_start"], zone or r.get("timezone")),
            "yes" if r["accepted"] else ("no" if r["is_invite"] else "-"), r["reply_to"] or "-",
            (r["subject"] or "")[:60],
        ))
    return columns(rows, levels)
