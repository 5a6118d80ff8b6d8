"""The Gmail search query a scan starts from.

Why these words: the default must find every English and Indonesian interview invitation while leaving out
most of the mailbox, because every thread it lets through costs a threads.get (10 units). Gmail matches whole
words (no stemming for these forms, https://support.google.com/mail/answer/7190), so inflections are listed.
Calendar invitations are caught by their attachment (``filename:ics``) and Google Calendar's "Invitation:"
subject. Proctored and live assessments are invitations too (one with only a deadline is left out later, by the
analysis), and a reschedule notice may not repeat the word "interview" ("has rescheduled your slot"). The API
searches each message on its own, not the whole thread
(https://developers.google.com/gmail/api/guides/filtering); a thread is listed when one message matches.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta

# English
_EN = ('interview', 'interviews', 'interviewing', 'interviewer', 'interviewers', '"phone screen"', '"phone screening"',
       '"screening call"', '"recruiter call"', '"recruiter screen"', '"technical round"', '"final round"',
       '"next round"', 'onsite', '"on-site"', 'invitation', 'invite', 'invited', '"hiring manager"',
       '"assessment centre"', '"assessment center"', 'psychotest', '"meet the team"', '"round 1"', '"round 2"',
       '"round 3"', '"first round"', '"second round"', '"intro call"', '"introductory call"', '"quick call"',
       '"quick chat"', 'proctored', '"online assessment"', '"live assessment"', 'rescheduled', 'reschedule')
# Indonesian
_ID = ('wawancara', 'interviu', 'psikotes', 'psikotest', '"psiko tes"', 'undangan', 'panggilan',
       '"tes tertulis"', '"tes seleksi"', 'seleksi', 'rekrutmen')
# Calendar invitations: by attachment name, and by the meeting-link blurb Outlook/Teams, Zoom and Google Meet put
# in invitations whose text/calendar part has no file name
_CAL = ('filename:ics', 'filename:vcs', '"teams meeting"', '"zoom meeting"', '"google meet"')

DEFAULT_NEWER_THAN = "30d"
_AGE = re.compile(r"^\s*(\d+)\s*([dmy])\s*$", re.I)


def default_terms() -> str:
    """The words part of the default query, as one OR group."""
    return "(" + " OR ".join((*_EN, *_ID, *_CAL)) + ")"


def parse_age(value: str) -> tuple[int, str]:
    """'30d' -> (30, 'd'); Gmail's newer_than takes d, m (months) and y."""
    m = _AGE.match(value or "")
    if not m or int(m.group(1)) <= 0:
        from .errors import GmailSettingProblem

        raise GmailSettingProblem(f"--newer-than {value!r} is not an age like 30d, 6m or 1y")
    return int(m.group(1)), m.group(2).lower()


def age_clause(newer_than: str | None, now: datetime | None = None) -> str:
    """``newer_than:30d``; with a pretend clock (--now), ``after:<epoch seconds>`` counted from that clock instead,
    since newer_than always counts from Gmail's own clock. Empty for 'all' / None."""
    if not newer_than or newer_than.strip().lower() in ("all", "any", "0"):
        return ""
    n, unit = parse_age(newer_than)
    if now is None:
        return f"newer_than:{n}{unit}"
    days = {"d": 1, "m": 30, "y": 365}[unit] * n
    return f"after:{int((now - timedelta(days=days)).timestamp())}"


def build_query(query: str | None, newer_than: str | None, now: datetime | None = None) -> str:
    """The q sent to threads.list: the user's query (or the default words) plus the age limit, chats left out."""
    words = query.strip() if query and query.strip() else default_terms()
    age = age_clause(newer_than, now)
    parts = [words if not query else f"({words})", age, "-in:chats"]
    return " ".join(p for p in parts if p)
