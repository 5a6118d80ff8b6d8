"""Understand one thread: is it an interview invite, when is the interview (as it stands at the end of
the thread), did the owner already accept, who should the reply go to, in which language."""
from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, timezone

from . import datetext, detect, language, people, zones
from .ics import CalendarEvent, parse_calendars
from .model import Address, Analysis, InterviewTime, Message, Thread
from .textutil import authored_text, new_text

# (Line-anchored alternatives skip only spaces and tabs after `^`: `^\s*` under re.M rescans a run of blank lines
# from every line of it, which is quadratic.)
# A statement that the interview is off ("has been cancelled", "we have to cancel Monday's interview"), not a
# footer link ("Cancel: https://...", "To cancel or reschedule, ...") or a policy ("cancellation policy").
_CANCEL = re.compile(
    r"\b(?:interview|meeting|appointment|session|call|event|wawancara|jadwal|acara|psikotes)\b[^.\n]{0,60}?\b(?:has|have|had)\s+"
    r"(?:unfortunately\s+)?been\s+(?:cancell?ed|called\s+off|withdrawn)|"
    r"\b(?:is|was|are|will\s+be)\s+(?:now\s+)?(?:cancell?ed|called\s+off)\b|"
    r"\b(?:have|had|need|needs|must)\s+to\s+(?:cancel|call\s+off)\s+(?:your|the|our|this|that|tomorrow'?s?|today'?s?|\w+day'?s)\b|"
    r"\b(?:we(?:'re|\s+are)|i(?:'m|\s+am))\s+(?:cancell?ing|calling\s+off)\b|\bcancell?ing\s+(?:your|the|our)\s+\w+|"
    r"\b(?:decided|forced)\s+to\s+cancel\b|^[^\S\n]*(?:cancell?ed|canceled\s+event)\b|"
    r"\b(?:dibatalkan|ditiadakan|tidak\s+jadi\s+(?:dilaksanakan|diadakan))\b|\b(?:kami\s+)?membatalkan\s+(?:jadwal|interview|wawancara|undangan|acara)|"
    r"\bpembatalan\s+(?:jadwal|interview|wawancara|undangan)", re.I | re.M)
_CONDITIONAL = re.compile(r"\b(?:if|should|jika|apabila|bila|kalau|in\s+case|unable\s+to\s+attend|bisa|dapat|may|can)\b[^.\n]{0,50}$", re.I)
_CANCEL_SUBJECT = re.compile(r"^\s*(?:canceled|cancelled|dibatalkan|pembatalan|canceled\s+event|acara\s+dibatalkan)\b", re.I)
_ACCEPT = re.compile(
    r"\b(?:i\s+(?:can\s+)?confirm|confirmed|confirming|see\s+you\s+(?:then|there|on|next)|works\s+(?:for|with)\s+me|i(?:'ll|\s+will)\s+be\s+there|"
    r"looking\s+forward\s+to\s+(?:it|the\s+interview|meeting|speaking|talking|our)|i\s+(?:happily\s+)?accept|happy\s+to\s+(?:attend|join|confirm)|count\s+me\s+in|"
    r"sounds\s+(?:good|great|perfect)|that\s+(?:time\s+)?works|i\s+will\s+attend|i(?:'ll|\s+will)\s+join|"
    r"(?:works|is|suits|fits)\s+(?:\w+\s+)?(?:perfect(?:ly)?|great|fine|well|good)(?:\s+(?:for|with)\s+me)?|works\s+for\s+me|suits\s+me|"
    r"i(?:'ll|\s+will)\s+take\s+(?:option|slot|the)|(?:option|slot)\s*#?\s*\d\s+(?:works|is|please|for\s+me)|"
    r"i\s+(?:can|could)\s+(?:make|do|attend)\s+(?:it|that|the|this)|i(?:'m|\s+am)\s+available\s+(?:then|at|on)|"
    r"i(?:'ll|\s+will)\s+see\s+you|see\s+you\s+(?:on|at)\b|"
    r"saya\s+(?:bisa|dapat)\s+(?:hadir|mengikuti|datang|ikut)|saya\s+pilih|pilih\s+(?:opsi|nomor|jadwal|pilihan)\s*(?:ke-?)?\s*\d|"
    r"^[^\S\n]*(?:oke|ok|okay|baik),?\s+(?:saya|bisa|siap|kak|mbak|mas)|"
    r"bersedia\s+(?:hadir|mengikuti|datang|untuk)|konfirmasi\s+(?:kehadiran|bersedia|hadir)|saya\s+konfirmasi|saya\s+(?:akan\s+)?hadir|siap\s+hadir|"
    r"^[^\S\n]*siap\b|baik,?\s+(?:saya|bu|pak)|sampai\s+jumpa|insya\s?allah\s+(?:saya\s+)?(?:hadir|bisa)|bisa\s+hadir)", re.I | re.M)
_NOT_ACCEPT = re.compile(
    r"\b(?:can(?:'t|not)\s+(?:make|attend|join|do)|unable\s+to|won'?t\s+be\s+able|have\s+to\s+(?:cancel|decline|withdraw)|withdraw|decline|"
    r"no\s+longer|not\s+available|unavailable|(?:does|doesn'?t|won'?t|will\s+not)\s+(?:not\s+)?work\s+for\s+me|"
    r"tidak\s+(?:bisa|dapat)\s+(?:hadir|mengikuti|datang|ikut)|berhalangan|mengundurkan\s+diri|membatalkan|menolak|"
    r"(?:jadwal|waktu)\s+lain|dijadwalkan\s+ulang|reschedule)\b", re.I)
_ACCEPTED_SUBJECT = re.compile(r"^\s*(?:accepted|diterima|menerima)\s*:", re.I)
_PROPOSE = re.compile(r"\b(?:would|could|how\s+about|what\s+about|instead|bagaimana\s+kalau|gimana\s+kalau|apakah\s+bisa)\b", re.I)
_AGREE = re.compile(
    r"\b(?:perfect|great|sounds\s+(?:good|great|perfect)|that\s+works|works\s+(?:for|with)\s+(?:us|me|them|her|him)|works\s+well|"
    r"confirmed|(?:i'?ve|we'?ve)\s+(?:booked|scheduled|confirmed)|see\s+you\s+then|all\s+set|you'?re\s+(?:all\s+)?set|noted|"
    r"no\s+problem|of\s+course|baik|oke|ok|siap|sampai\s+jumpa|ditunggu|kami\s+tunggu|bisa|boleh)\b", re.I)
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|fwd?|tr|balas|bls)\s*:", re.I)
_NOREPLY = re.compile(r"no[-_.]?reply|do[-_.]?not[-_.]?reply|do-?not-?reply|notifications?@|calendar-notification|mailer-daemon", re.I)


def guess_owner(thread: Thread) -> str | None:
    """The mailbox owner when not configured: the sender of Sent messages, else the most common recipient."""
    for m in thread.messages:
        if m.sender and any(lab.lower() == "sent" for lab in m.labels):
            return m.sender.email
    counts: Counter[str] = Counter()
    for m in thread.messages:
        for a in m.participants():
            counts[a.email] += 1
    return counts.most_common(1)[0][0] if counts else None


def analyze_thread(thread: Thread, me: str | None, now: datetime | None = None, *,
                   home_zone: str | None = None) -> Analysis:
    """Everything Regrets needs to know about a thread. `now` is accepted for symmetry with urgency; the
    analysis itself depends only on the mail (relative dates resolve against each message's Date)."""
    owner = (me or guess_owner(thread) or "").lower() or None
    msgs = thread.messages
    if not msgs:
        return Analysis(is_invite=False, owner=owner)

    me_key = mailbox_key(owner)

    def is_owner(m: Message) -> bool:
        if m.sender is None:
            return False
        return (owner is not None and mailbox_key(m.sender.email) == me_key) or any(l.lower() == "sent" for l in m.labels)

    def owner_status(ev: CalendarEvent) -> str:
        return next((v for k, v in ev.partstat.items() if mailbox_key(k) == me_key), "") if owner else ""

    if not any(m.calendars for m in msgs):
        theirs = [m for m in msgs if not is_owner(m)]
        if not detect.could_be_invite(thread.subject, [m.text for m in theirs]):
            # no interview word anywhere: not an invite, whatever dates it holds (skip the costly reading)
            target = theirs[-1] if theirs else msgs[-1]
            return Analysis(is_invite=False, language=language.detect(thread.subject + "\n" + (target.text or "")[:2000]),
                            owner=owner, owner_name=_owner_name(msgs, owner), evidence=["no interview word"],
                            reply_target=target)

    home = zones.by_name(home_zone) if home_zone else None
    current: InterviewTime | None = None
    cancelled = False
    accepted = False
    texts: list[str] = []
    has_request = False
    invited_at: datetime | None = None
    evidence: set[str] = set()
    pending_slots = False
    time_in_context = False
    owner_proposal: InterviewTime | None = None
    invite_lang_texts: list[str] = []

    # calendar state per event UID: (sequence, the event, cancelled?) - reschedules keep the UID and raise SEQUENCE
    cal_state: dict[str, tuple[int, CalendarEvent, bool]] = {}
    current_uid: str | None = None
    for m in msgs:
        events = parse_calendars(m.calendars, m.date.tzinfo if m.date else None)
        own = is_owner(m)
        for ev in events:
            if ev.method in ("REPLY", "COUNTER", "DECLINECOUNTER"):
                if owner_status(ev) == "ACCEPTED":
                    accepted = True
                continue
            known = cal_state.get(ev.uid)
            if known is not None and ev.sequence < known[0]:
                continue  # an older version delivered late
            if ev.method == "CANCEL" or ev.status == "CANCELLED":
                cal_state[ev.uid] = (ev.sequence, ev, True)
                if current_uid in (None, ev.uid) or not ev.uid:
                    live = [e for _, e, dead in cal_state.values() if not dead and e.start is not None]
                    if live:  # another, still valid event (a new booking made before the old one was deleted)
                        current, current_uid = InterviewTime(live[-1].start, live[-1].zone, "ics"), live[-1].uid
                    else:
                        cancelled, current, current_uid = True, None, None
                continue
            if ev.start is not None and not own:
                cal_state[ev.uid] = (ev.sequence, ev, False)
                has_request = True
                current, current_uid = InterviewTime(ev.start, ev.zone, "ics"), ev.uid
                time_in_context = True
                cancelled = False
                pending_slots = False
                invited_at = m.date or invited_at
                evidence.add("ics")
                if owner_status(ev) == "ACCEPTED":
                    accepted = True
            if ev.summary or ev.description:
                texts.append(ev.summary + "\n" + ev.description)
        if not own and events and all(ev.method in ("REPLY", "COUNTER", "DECLINECOUNTER") for ev in events):
            continue  # someone's calendar answer ("Accepted: ...") is logistics, not part of the invitation
        body = new_text(m.text) or m.text
        if own:
            body = authored_text(m.text)
            refusing = bool(_NOT_ACCEPT.search(body))
            if _ACCEPTED_SUBJECT.search(m.subject) or (_ACCEPT.search(body) and not refusing):
                accepted = True
            elif refusing:
                accepted = False
            owner_proposal = None if refusing and not _PROPOSE.search(body) else _owner_time(m, body, home)
            continue
        proposal, owner_proposal = owner_proposal, None
        texts.append(body)
        invite_lang_texts.append(m.subject + "\n" + body)
        sent = m.date or (msgs[0].date if msgs[0].date else datetime(1970, 1, 1, tzinfo=timezone.utc))
        lang = language.detect(body)
        default = _default_zone(sent, home)
        if any(ev.start is not None and ev.method not in ("REPLY", "CANCEL") for ev in events):
            # within one message the calendar data is exact and the text only repeats it; but an event stored in
            # UTC is better shown in the zone the text names for the same instant (Calendly, many ATSs)
            if current is not None and current.evidence == "ics" and current.zone in (None, "Etc/UTC"):
                for c in datetext.find_candidates(body, sent=sent, lang=lang, default_zone=default,
                                                  sender=m.sender.email if m.sender else None):
                    if c.start == current.start and c.zone_stated and c.zone.name:
                        current = InterviewTime(c.start, c.zone.name, "ics")
                        break
            continue
        if any(ev.method == "CANCEL" for ev in events):
            continue
        cands = datetext.find_candidates(body, sent=sent, lang=lang, default_zone=default,
                                         sender=m.sender.email if m.sender else None)
        best, slots = _choose(cands, body)
        if best is None and not slots and proposal is not None and _AGREE.search(body) and not _NOT_ACCEPT.search(body):
            # the owner offered a time and the recruiter agreed to it ("Perfect, see you then!")
            current, current_uid, accepted, cancelled, pending_slots = proposal, None, True, False, False
            invited_at = m.date or invited_at
            evidence.add("text")
            continue
        if best is None and not slots and m.subject and not _REPLY_SUBJECT.match(m.subject):
            # "Interview - Tue 12/15 @ 3pm ET": some senders put the time only in a new subject line
            best, _ = _choose(datetext.find_candidates(m.subject, sent=sent, lang=lang, default_zone=default,
                                                       sender=m.sender.email if m.sender else None), m.subject)
        if _is_cancellation(m.subject, body) and not (best and "reschedule" in best.reasons):
            cancelled, current, current_uid = True, None, None
            continue
        if best is not None:
            current = InterviewTime(best.start, best.zone.name, "text", assumed_zone=(not best.zone_stated) or best.zone.assumed,
                                    source_text=best.text)
            current_uid = None
            time_in_context = "interview" in best.reasons
            cancelled = False
            pending_slots = False
            invited_at = m.date or invited_at
            evidence.add("text")
        elif slots or detect.BOOKING_LINK.search(body):
            pending_slots = True
            if current is not None and datetext._RESCHEDULE_CTX.search(body):
                current = None  # "please pick a new time": the old one no longer stands
            cancelled = False
            invited_at = m.date or invited_at
        if invited_at is None and detect.INTERVIEW_WORD.search(m.subject + body):
            invited_at = m.date

    first_date = msgs[0].date
    has_future = current is not None and (first_date is None or current.start >= first_date)
    verdict = detect.classify(thread.subject, texts, has_request=has_request, has_future_time=has_future,
                              time_in_context=has_future and time_in_context)
    is_invite = verdict.is_invite and not cancelled
    if pending_slots and current is None:
        evidence.add("slots")
    lang = language.detect("\n".join(invite_lang_texts[-2:])) if invite_lang_texts else language.detect(thread.subject)
    others = [m for m in msgs if not is_owner(m)]
    answers = {id(m) for m in others if m.calendars and _only_calendar_replies(m)}
    target = next((m for m in reversed(others) if id(m) not in answers), others[-1] if others else msgs[-1])
    reply_to = _reply_address(target, msgs, owner)
    info = people.describe(thread, target, reply_to, texts, owner_name=_owner_name(msgs, owner), owner=owner)
    return Analysis(
        is_invite=is_invite,
        language=lang,
        interview=current if is_invite else None,
        accepted=accepted and is_invite,
        cancelled=cancelled,
        reply_to=reply_to if is_invite else None,
        owner=owner,
        owner_name=_owner_name(msgs, owner),
        company=info.company,
        role=info.role,
        recruiter_name=info.recruiter_name,
        invited_at=invited_at or target.date,
        evidence=sorted(evidence) + verdict.cues,
        reply_target=target,
    )


def _owner_time(m: Message, body: str, home: zones.Zone | None) -> InterviewTime | None:
    """A single time the owner offers in a reply ("I can do Thursday at 2pm"), to adopt if the recruiter agrees."""
    if m.date is None:
        return None
    cands = datetext.find_candidates(body, sent=m.date, lang=language.detect(body), default_zone=_default_zone(m.date, home),
                                     sender=m.sender.email if m.sender else None)
    if len({c.start for c in cands}) != 1:
        return None
    c = cands[0]
    return InterviewTime(c.start, c.zone.name, "text", assumed_zone=(not c.zone_stated) or c.zone.assumed, source_text=c.text)


def _only_calendar_replies(m: Message) -> bool:
    events = parse_calendars(m.calendars)
    return bool(events) and all(ev.method in ("REPLY", "COUNTER", "DECLINECOUNTER") for ev in events)


def _default_zone(sent: datetime, home: zones.Zone | None) -> zones.Zone:
    """Zone for a time written without one: the sender's own offset (from the Date header)."""
    off = sent.utcoffset()
    if off is None:
        return home or zones.fixed(0)
    return zones.fixed(int(off.total_seconds() // 60))


def _choose(cands: list[datetext.Candidate], text: str) -> tuple[datetext.Candidate | None, bool]:
    """The interview start among candidates, or None when the mail offers several slots to pick from."""
    good = [c for c in cands if c.score >= 1.0]
    if not good:
        return None, False
    distinct = {c.start.astimezone(timezone.utc) for c in good}
    best = max(good, key=lambda c: (c.score, -c.pos))
    if len(distinct) >= 2 and (datetext.slot_cues(text) or detect.BOOKING_LINK.search(text)):
        rescheduled = [c for c in good if c.score >= 5]
        if not rescheduled or len({c.start for c in rescheduled}) > 1:
            return None, True
    if detect.BOOKING_LINK.search(text) and best.score < 4:
        return None, True
    return best, False


def _is_cancellation(subject: str, body: str) -> bool:
    if _CANCEL_SUBJECT.search(subject):
        return True
    for m in _CANCEL.finditer(body):
        if not _CONDITIONAL.search(body[max(0, m.start() - 60): m.start()] + m.group(0)[:1]):
            return True
    return False


def _reply_address(target: Message, msgs: list[Message], owner: str | None) -> Address | None:
    """Reply-To of the message answered, else its From; a no-reply sender is skipped for the latest person
    earlier in the thread who can be written to, then the calendar organiser."""
    me = mailbox_key(owner)
    for a in target.reply_to:
        if mailbox_key(a.email) != me:
            return a
    if target.sender and not _NOREPLY.search(target.sender.email):
        return target.sender
    for m in reversed(msgs):
        if m is target or (m.sender and mailbox_key(m.sender.email) == me):
            continue
        for a in (*m.reply_to, *((m.sender,) if m.sender else ())):
            if mailbox_key(a.email) != me and not _NOREPLY.search(a.email):
                return a
    for ev in (e for m in reversed(msgs) for e in parse_calendars(m.calendars)):
        if ev.organizer and mailbox_key(ev.organizer) != me and not _NOREPLY.search(ev.organizer):
            return Address("", ev.organizer)
    return target.sender


def mailbox_key(addr: str | None) -> str | None:
    """An address compared the way Gmail delivers: case-insensitive, and for Gmail without dots or a +tag."""
    if not addr:
        return None
    local, _, domain = addr.strip().lower().rpartition("@")
    if domain in ("gmail.com", "googlemail.com"):
        return local.split("+", 1)[0].replace(".", "") + "@gmail.com"
    return f"{local}@{domain}" if local else domain


def _owner_name(msgs: list[Message], owner: str | None) -> str | None:
    for m in msgs:
        if m.sender and m.sender.email == owner and m.sender.name:
            return m.sender.name
        for a in m.participants():
            if a.email == owner and a.name and "@" not in a.name:
                return a.name
    return None
