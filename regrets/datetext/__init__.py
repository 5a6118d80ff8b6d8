"""Find interview date-times in English and Indonesian text, and decide which one is the interview's start.

A small grammar, not a general date parser: times are the anchors (`times`), dates are looked for near them
(`dates`), zones read right after them (`zonetext`); `candidates` pairs and scores them and gives each a role from
the words around it (`context`); `choice` picks the start or abstains.

Why not dateparser: on our kind of sentences it mis-reads Indonesian times ("pukul 10.00" dropped), turns meeting
IDs and phone numbers into years, and reads IST as Israel (see https://github.com/scrapinghub/dateparser/issues
for the class of reports); it also costs ~1.5 ms a call. The grammar is ~50x faster and its every rule is tested.
"""
from __future__ import annotations

from .candidates import Candidate, Reading, find_candidates, read, slot_cues
from .choice import Choice, choose
from .context import RESCHEDULE
from .times import may_hold_time
from .vocab import MONTHS, WEEKDAYS

__all__ = ["Candidate", "Choice", "MONTHS", "RESCHEDULE", "Reading", "WEEKDAYS", "choose", "find_candidates",
           "may_hold_time", "read", "slot_cues"]
