"""Understand one thread: is it an interview invite, when is the interview (as it stands at the end of the thread),
did the owner already accept, who should the reply go to, in which language.

The thread is read oldest message first into a `_Reading` state, one step per kind of message: calendar parts
(`_calendar_step`), the owner's own replies (`_owner_step`) and everyone else's mail (`_their_step`); `_conclude`
turns the state into an `Analysis`. Each step only updates the state; nothing is decided twice.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from . import datetext, detect, language, origin, people, statements, zones
from .datetext import Candidate, Choice
from .ics import CalendarEvent, parse_calendars
from .model import Analysis, InterviewTime, Message, Thread
from .participants import guess_owner, mailbox_key, owner_name, reply_address
from .textutil import authored_text, new_text

_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|fwd?|tr|balas|bls)\s*:", re.I)
_FORWARD_SUBJECT = re.compile(r"^\s*(?:(?:re|aw)\s*:\s*)*(?:fwd?|fw|tr|wg|i)\s*:", re.I)
# A scheduling system's word that the slot is now booked ("Your interview is confirmed", "Jadwal berhasil dipesan").
_BOOKED = re.compile(
    r"\b(?:booking|appointment|interview|meeting|event|slot|call)\s+(?:is\s+|has\s+been\s+)?(?:confirmed|booked)\b|"
    r"\byou(?:'re|\s+are)\s+(?:booked|scheduled|confirmed)\b|\b(?:new\s+)?event\s+scheduled\b|\bbooking\s+confirm\w*|"
    r"\b(?:berhasil|telah|sudah)\s+(?:dijadwalkan|dipesan|dikonfirmasi|terkonfirmasi)\b|\bjadwal\s+(?:anda|kamu)\s+telah\s+dikonfirmasi\b",
    re.I)
_OPTION_PICK = re.compile(r"\b(?:option|slot|opsi|pilihan|nomor|no\.?)\s*#?\s*(?:ke-?\s*)?(?P<n>\d)\b|"
                          r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|pertama|kedua|ketiga|keempat)\s+(?:one|option|slot|opsi|pilihan)?",
                          re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4}


@dataclass
class _Reading:
    """What the thread says so far, read oldest message first."""

    owner: str | None
    home: zones.Zone | None
    origin: origin.Origin
    current: InterviewTime | None = None
    current_uid: str | None = None
    cancelled: bool = False
    accepted: bool = False
    has_request: bool = False
    pending: bool = False  # the latest word is "pick / propose a time"
    booked: bool = False
    time_in_context: bool = False
    time_labelled: bool = False  # the time stands in a labelled block ("Date: … / Time: …") or a calendar part
    invited_at: datetime | None = None
    owner_proposal: InterviewTime | None = None
    offered: list[Candidate] = field(default_factory=list)  # the slots of the latest offer
    texts: list[str] = field(default_factory=list)
    lang_texts: list[str] = field(default_factory=list)
    evidence: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    calendars: dict[str, tuple[int, CalendarEvent, bool]] = field(default_factory=dict)  # UID -> (SEQUENCE, event, cancelled)
    answers: set[int] = field(default_factory=set)  # id() of the messages that are only calendar answers

    @property
    def me(self) -> str | None:
        return mailbox_key(self.owner)

    def is_owner(self, m: Message) -> bool:
        if m.sender is None:
            return False
        return (self.owner is not None and mailbox_key(m.sender.email) == self.me) or any(lab.lower() == "sent" for lab in m.labels)

    def owner_status(self, ev: CalendarEvent) -> str:
        return next((v for k, v in ev.partstat.items() if mailbox_key(k) == self.me), "") if self.owner else ""

    def fix(self, when: InterviewTime, m: Message, uid: str | None = None) -> None:
        """The interview is now at `when`."""
        self.current, self.current_uid = when, uid
        self.cancelled = self.pending = False
        self.offered = []
        self.invited_at = m.date or self.invited_at

    def note(self, problem: str) -> None:
        if problem not in self.problems:
            self.problems.append(problem)


def analyze_thread(thread: Thread, me: str | None, now: datetime | None = None, *,
                   home_zone: str | None = None) -> Analysis:
    """Everything Regrets needs to know about a thread. `now` is accepted for symmetry with urgency; the
    analysis itself depends only on the mail (relative dates resolve against each message's Date)."""
    owner = (me or guess_owner(thread) or "").lower() or None
    msgs = thread.messages
    if not msgs:
        return Analysis(is_invite=False, owner=owner)
    st = _Reading(owner, zones.by_name(home_zone) if home_zone else None, origin.Origin(None))
    theirs = [m for m in msgs if not st.is_owner(m)]
    if thread.skimmed or (not any(m.calendars for m in msgs)
                          and not detect.could_be_invite(thread.subject, [m.text for m in theirs])):
        # no interview word anywhere: not an invite, whatever dates it holds (skip the costly reading)
        return _not_read(thread, owner, theirs, ["no interview word"])
    if not any(m.calendars for m in msgs):
        # the words alone keep it below the threshold, whatever its dates say (a job alert that mentions interviews),
        # or whatever the rest says when no time can be read in it (a receipt, a rejection)
        texts = [_their_text(m) for m in theirs]
        out = detect.ruled_out(thread.subject, texts, calendar=False, bulk=any(m.bulk for m in theirs),
                               owner_words=people.owner_words(owner_name(msgs, owner), owner),
                               timed=_may_hold_time(texts, theirs, [m for m in msgs if st.is_owner(m)]))
        if out is not None:
            return _not_read(thread, owner, theirs, out.cues)
    st.origin = _origin_of(theirs, thread.subject, owner)
    for m in msgs:
        events = parse_calendars(m.calendars, m.date.tzinfo if m.date else None)
        own = st.is_owner(m)
        _calendar_step(st, m, events, own)
        if events and all(ev.method in ("REPLY", "COUNTER", "DECLINECOUNTER") for ev in events):
            st.answers.add(id(m))
            if not own:
                continue  # someone's calendar answer ("Accepted: ...") is logistics, not part of the invitation
        if own:
            _owner_step(st, m)
        else:
            _their_step(st, m, events)
    return _conclude(st, thread)


def _not_read(thread: Thread, owner: str | None, theirs: list[Message], evidence: list[str]) -> Analysis:
    """A thread that is not an invite whatever its dates say, without reading them. Its language comes from the
    subject alone, which every reader has (a big mailbox's skim keeps no body), so the same mail gets the same
    analysis from an .eml, an mbox or Gmail."""
    msgs = thread.messages
    return Analysis(is_invite=False, language=language.detect(thread.subject), owner=owner,
                    owner_name=owner_name(msgs, owner), evidence=evidence, reply_target=theirs[-1] if theirs else msgs[-1])


def _may_hold_time(their_texts: list[str], theirs: list[Message], mine: list[Message]) -> bool:
    """Could the reading find a time in this calendar-less thread: in what they wrote (`their_texts`), in their
    subjects (`_their_step`), or in the owner's own text (`_owner_step`)? False only when it certainly cannot."""
    return (any(map(datetext.may_hold_time, their_texts)) or any(datetext.may_hold_time(m.subject) for m in theirs)
            or any(datetext.may_hold_time(authored_text(m.text)) for m in mine))


def _their_text(m: Message) -> str:
    """What a message of theirs says anew: the text that is read for dates and cues."""
    return new_text(m.text, forwarded=bool(_FORWARD_SUBJECT.match(m.subject))) or m.text


def _origin_of(theirs: list[Message], subject: str, owner: str | None = None) -> origin.Origin:
    addresses = [a.email for m in theirs for a in ((m.sender,) if m.sender else ()) + m.reply_to]
    me = mailbox_key(owner)
    others = {a.email for m in theirs for a in m.participants() if mailbox_key(a.email) != me}
    hosts = {m.message_id.rsplit("@", 1)[-1].rstrip(">") for m in theirs if m.message_id and "@" in m.message_id}
    text = subject + "\n" + "\n".join((new_text(m.text) or m.text)[:20000] for m in theirs[-3:])
    return origin.find(addresses, text, language.detect(text), others=others, hosts=hosts)


def _calendar_step(st: _Reading, m: Message, events: list[CalendarEvent], own: bool) -> None:
    """Calendar parts: a REQUEST fixes the time (a higher SEQUENCE of the same UID reschedules it), a CANCEL calls
    it off unless another live event stands, a REPLY from the owner says whether they accepted."""
    for ev in events:
        if ev.method in ("REPLY", "COUNTER", "DECLINECOUNTER"):
            if st.owner_status(ev) == "ACCEPTED":
                st.accepted = True
            continue
        known = st.calendars.get(ev.uid)
        if known is not None and ev.sequence < known[0]:
            continue  # an older version delivered late
        if ev.method == "CANCEL" or ev.status == "CANCELLED":
            st.calendars[ev.uid] = (ev.sequence, ev, True)
            if st.current_uid in (None, ev.uid) or not ev.uid:
                live = [(e.start, e) for _, e, dead in st.calendars.values() if not dead and e.start is not None]
                if live:  # another, still valid event (a new booking made before the old one was deleted)
                    start, last = live[-1]
                    st.current, st.current_uid = InterviewTime(start, last.zone, "ics"), last.uid
                else:
                    st.cancelled, st.current, st.current_uid = True, None, None
            continue
        if ev.start is not None and not own:
            if ev.organizer and st.me and mailbox_key(ev.organizer) == st.me:
                st.evidence.add("owner organised")
                continue  # the owner's own event (they interview, or they booked a room): not an invitation to them
            st.calendars[ev.uid] = (ev.sequence, ev, False)
            st.has_request = True
            st.fix(InterviewTime(ev.start, ev.zone, "ics"), m, ev.uid)
            st.time_in_context = st.time_labelled = True
            st.evidence.add("ics")
            if st.owner_status(ev) == "ACCEPTED" and known is not None and st.owner_status(known[1]) not in ("", "ACCEPTED"):
                st.accepted = True  # the owner's answer changed between two versions of the invitation
        if ev.summary or ev.description:
            st.texts.append(ev.summary + "\n" + ev.description)


def _owner_step(st: _Reading, m: Message) -> None:
    """The owner's reply: accepting, refusing, proposing a time, or picking one of the offered slots."""
    body = authored_text(m.text)
    refusing = statements.refuses(body)
    if statements.accepts(m.subject, body):
        st.accepted = True
    elif refusing:
        st.accepted = False
    pick = _picked_slot(st, m, body) if st.offered and not refusing else None
    if pick is not None:
        st.fix(pick, m)
        st.accepted = True
        st.evidence.add("owner picked a slot")
        st.owner_proposal = None
        return
    st.owner_proposal = None if refusing and not statements.proposes(body) else _owner_time(st, m, body)


def _their_step(st: _Reading, m: Message, events: list[CalendarEvent]) -> None:
    """Everyone else's mail: the invitation, a reschedule, slots to pick from, a cancellation, an agreement."""
    body = _their_text(m)
    proposal, st.owner_proposal = st.owner_proposal, None
    if statements.tool_says_accepted(body):
        st.accepted = True
    st.texts.append(body)
    st.lang_texts.append(m.subject + "\n" + body)
    sent = m.date or datetime(1970, 1, 1, tzinfo=timezone.utc)
    lang = language.detect(body)
    default, zone_known = _default_zone(sent, st.home, st.origin)
    sender = m.sender.email if m.sender else None

    def reading(text: str) -> datetext.Reading:
        return datetext.read(text, sent=sent, lang=lang, default_zone=default, sender=sender, country=st.origin.country,
                             country_month_first=st.origin.month_first)

    if any(ev.start is not None and ev.method not in ("REPLY", "CANCEL") for ev in events):
        if st.current is not None and st.current.evidence == "ics":
            _calendar_zone_from_text(st, st.current, reading(body).candidates)
            if _BOOKED.search(m.subject + "\n" + body):
                st.booked = True
        return
    if any(ev.method == "CANCEL" for ev in events):
        if _still_invited(body) or detect.BOOKING_LINK.search(body):
            # a cancelled booking that asks to pick another time (cal.com "Request to reschedule"): still invited
            st.cancelled, st.pending = False, True
            st.invited_at = m.date or st.invited_at
        return
    read = reading(body)
    booking = bool(detect.BOOKING_LINK.search(body))
    choice = datetext.choose(read.candidates, body, booking=booking)
    if choice.best is None and choice.open is None and not read.candidates and m.subject and not _REPLY_SUBJECT.match(m.subject):
        # "Interview - Tue 12/15 @ 3pm ET": some senders put the time only in a new subject line
        choice = datetext.choose(reading(m.subject).candidates, m.subject)
    if choice.best is None and not choice.pending and proposal is not None and statements.agrees(body):
        # the owner offered a time and the recruiter agreed to it ("Perfect, see you then!")
        st.fix(proposal, m)
        st.accepted = True
        st.evidence.add("text")
        return
    if statements.is_cancellation(m.subject, body) and not (choice.best and (choice.best.role == "new"
                                                                             or "reschedule" in choice.best.reasons)):
        if choice.pending or _still_invited(body):
            st.current, st.current_uid, st.pending = None, None, True  # "cancelled - please pick a new slot"
            st.invited_at = m.date or st.invited_at
            return
        st.cancelled, st.current, st.current_uid = True, None, None
        return
    best = choice.best
    if best is not None and not best.zone_stated and not zone_known:
        # precision first: a Date header in UTC says nothing about the office, and nothing else in the mail did
        st.note("the time is written without a zone and nothing in the mail says where the sender is")
        best = None
        choice = Choice(None, "zone")
    if best is None and st.current is not None and st.current.evidence == "text" and (_moves(body) or read.problems):
        # "we need to move your interview" with no new time we can read: the old one no longer stands
        st.note("the interview is being moved and the new time could not be read")
        st.current, st.pending = None, True
        st.invited_at = m.date or st.invited_at
        return
    if best is not None:
        was_pending = st.pending
        st.fix(InterviewTime(best.start, best.zone.name, "text", assumed_zone=(not best.zone_stated) or best.zone.assumed,
                             source_text=best.text, zone_label=best.zone_label), m)
        st.time_in_context = "interview" in best.reasons
        st.time_labelled = best.score >= datetext.choice.SURE
        st.evidence.add("text")
        st.booked = was_pending or bool(_BOOKED.search(m.subject + "\n" + body))
        for p in read.problems:
            st.note(p)
        return
    for p in choice.problems + read.problems:
        st.note(p)
    _no_time_fixed(st, m, body, read, choice, booking)


def _no_time_fixed(st: _Reading, m: Message, body: str, read: datetext.Reading, choice: Choice, booking: bool) -> None:
    """Their message fixes no time: slots or a booking link to pick from, or an invitation whose time cannot be
    stated (still an invitation)."""
    if choice.pending or booking:
        st.pending = True
        st.offered = [c for c in read.candidates if c.score >= datetext.choice.MIN_SCORE and c.role != "old"]
        if st.current is not None and (datetext.RESCHEDULE.search(body) or choice.open in ("window", "slots")):
            st.current = None  # "please pick a new time": the old one no longer stands
        st.cancelled = False
        st.invited_at = m.date or st.invited_at
    elif choice.open in ("several", "zone", "old only") and st.current is None:
        st.pending = True  # an invitation whose time we cannot state: still an invitation
        st.offered = [c for c in read.candidates if c.score >= datetext.choice.MIN_SCORE and c.role not in ("old", "deadline")]
        st.invited_at = m.date or st.invited_at
    if st.invited_at is None and detect.INTERVIEW_WORD.search(m.subject + body):
        st.invited_at = m.date


def _calendar_zone_from_text(st: _Reading, current: InterviewTime, candidates: list[Candidate]) -> None:
    """Within one message the calendar data is exact and the text only repeats it; but an event stored in UTC is
    better shown in the zone the text names for the same instant (Calendly, many ATSs)."""
    for c in candidates:
        if (current.zone in (None, "Etc/UTC") and c.zone_stated and c.start != current.start
                and c.start.replace(tzinfo=None) == current.start.replace(tzinfo=None)
                and c.zone.name not in (None, "Etc/UTC")):
            # the same wall time in the text with its zone, and the calendar's copy in UTC: an app that
            # wrote local time with a Z. The text says where the interview is.
            st.note("the calendar gives the time in UTC but the text gives the same clock time in " + c.zone.name)
            st.current = InterviewTime(c.start, c.zone.name, "text", source_text=c.text, zone_label=c.zone_label)
            return
        if c.start == current.start and c.zone_stated and c.zone.name:
            if current.zone in (None, "Etc/UTC"):
                st.current = InterviewTime(c.start, c.zone.name, "ics", zone_label=c.zone_label)
            elif current.zone_label is None and c.zone_label:
                current.zone_label = c.zone_label
            return


_MOVING = re.compile(r"\b(?:reschedul\w*|rebook\w*|(?:need|have|had)\s+to\s+(?:move|change|shift|postpone)|postpon\w*|"
                     r"new\s+(?:date|time|slot)|diundur|dimajukan|dijadwalkan\s+ulang|perubahan\s+jadwal|jadwal\s+(?:baru|ulang))\b", re.I)


def _moves(body: str) -> bool:
    """The message moves the interview ("must be rescheduled", "jadwal diundur")."""
    return bool(_MOVING.search(body))


_STILL_INVITED = re.compile(r"\b(?:pick|choose|select|book)\s+(?:a\s+|another\s+)?(?:new\s+|another\s+|different\s+)?(?:time|slot|date)|\bstill\s+(?:like|love|want)\s+to\s+"
                            r"(?:meet|speak|talk|interview)|\bplease\s+rebook|\bpilih\s+jadwal\s+(?:baru|lain)|\bjadwal\s+ulang\b|"
                            r"\bmasih\s+(?:ingin|mengundang)", re.I)


def _still_invited(body: str) -> bool:
    """A cancelled booking that keeps the invitation open ("you are still invited - please pick a new slot")."""
    return bool(_STILL_INVITED.search(body))


def _conclude(st: _Reading, thread: Thread) -> Analysis:
    msgs = thread.messages
    first_date = msgs[0].date
    has_future = st.current is not None and (first_date is None or st.current.start >= first_date)
    bulk = any(m.bulk for m in msgs if not st.is_owner(m))
    name = owner_name(msgs, st.owner)
    verdict = detect.classify(thread.subject, st.texts, has_request=st.has_request, has_future_time=has_future,
                              time_in_context=has_future and st.time_in_context, bulk=bulk,
                              time_labelled=st.time_labelled, owner_words=people.owner_words(name, st.owner))
    is_invite = verdict.is_invite and not st.cancelled
    if st.pending and st.current is None:
        st.evidence.add("slots")
    lang = language.detect("\n".join(st.lang_texts[-2:])) if st.lang_texts else language.detect(thread.subject)
    others = [m for m in msgs if not st.is_owner(m)]
    target = next((m for m in reversed(others) if id(m) not in st.answers), others[-1] if others else msgs[-1])
    reply_to = reply_address(target, msgs, st.owner)
    info = people.describe(thread, target, reply_to, st.texts, owner_name=name, owner=st.owner)
    interview = st.current if is_invite else None
    problems = list(st.problems) if is_invite else []
    if is_invite and interview is None and not problems:
        problems.append("no single time is fixed: the mail asks you to pick or propose one" if st.pending
                        else "no interview time found in the mail")
    return Analysis(
        is_invite=is_invite,
        language=lang,
        interview=interview,
        accepted=st.accepted and is_invite,
        cancelled=st.cancelled,
        reply_to=reply_to if is_invite else None,
        owner=st.owner,
        owner_name=name,
        company=info.company,
        role=info.role,
        recruiter_name=info.recruiter_name,
        recruiter_title=info.recruiter_title,
        fact_sources=info.sources,
        booked=st.booked and interview is not None,
        invited_at=st.invited_at or target.date,
        evidence=sorted(st.evidence) + verdict.cues,
        problems=problems,
        reply_target=target,
    )


def _picked_slot(st: _Reading, m: Message, body: str) -> InterviewTime | None:
    """The slot the owner picks from the latest offer: "Option 2 works", or the date-time of one of them."""
    slots = sorted({c.start.astimezone(timezone.utc): c for c in st.offered}.values(), key=lambda c: c.pos)
    if not slots:
        return None
    chosen: Candidate | None = None
    o = _OPTION_PICK.search(body)
    if o:
        n = int(o.group("n")) if o.group("n") else _ORDINALS[o.group("ord").lower()]
        if 1 <= n <= len(slots):
            chosen = slots[n - 1]
    if chosen is None and m.date is not None:
        default, _ = _default_zone(m.date, st.home, st.origin)
        mine = datetext.read(body, sent=m.date, lang=language.detect(body), default_zone=default,
                             country=st.origin.country, country_month_first=st.origin.month_first).candidates
        days = {c.start.date() for c in mine}
        hits = [s for s in slots if any(c.start == s.start for c in mine)] or [s for s in slots if s.start.date() in days]
        if len({h.start for h in hits}) == 1:
            chosen = hits[0]
    if chosen is None:
        return None
    return InterviewTime(chosen.start, chosen.zone.name, "text", assumed_zone=(not chosen.zone_stated) or chosen.zone.assumed,
                         source_text=chosen.text, zone_label=chosen.zone_label)


def _owner_time(st: _Reading, m: Message, body: str) -> InterviewTime | None:
    """A single time the owner offers in a reply ("I can do Thursday at 2pm"), to adopt if the recruiter agrees."""
    if m.date is None:
        return None
    default, known = _default_zone(m.date, st.home, st.origin)
    cands = datetext.read(body, sent=m.date, lang=language.detect(body), default_zone=default,
                          sender=m.sender.email if m.sender else None, country=st.origin.country,
                          country_month_first=st.origin.month_first).candidates
    if len({c.start for c in cands}) != 1:
        return None
    c = cands[0]
    if not c.zone_stated and not known:
        return None
    return InterviewTime(c.start, c.zone.name, "text", assumed_zone=(not c.zone_stated) or c.zone.assumed, source_text=c.text,
                         zone_label=c.zone_label)


def _default_zone(sent: datetime, home: zones.Zone | None, where: origin.Origin | None = None) -> tuple[zones.Zone, bool]:
    """Zone for a time written without one, and whether the mail really says it: the sender's own offset from the
    Date header — named after the sender's country's zone when that zone has the same offset — or, when the header
    is in UTC (an ATS server's clock says nothing about the office), the zone of the sender's country."""
    off = sent.utcoffset()
    named = where.zone() if where is not None else None
    if where is not None and where.venue_zone and named is not None and named.name == where.venue_zone:
        return named, True  # the interview is where the venue line says ("Tempat: cabang Denpasar"), whatever the HQ's clock
    if off is None or off == timedelta(0):
        if named is not None:
            return named, True
        if home is not None:
            return home, False
        return zones.Zone(timezone.utc, "Etc/UTC", assumed=True), False
    if named is not None and named.tz.utcoffset(sent.replace(tzinfo=None)) == off:
        return named, True
    return zones.fixed(int(off.total_seconds() // 60)), True

