"""Is this thread a job-interview invitation? Weighted English and Indonesian cues.

Each cue is a pattern with a weight; a thread is an invite when an interview word is present and the
sum clears a threshold. Strong negatives cover what looks like an invite but is not: application
receipts, rejections, offers, job alerts, webinars about interviews, feedback after an interview,
and panels where the mailbox owner is the interviewer. The patterns are grouped by what they mean,
so a new kind of mail is handled by adding one line, not by touching the logic.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Message

_I = re.I

INTERVIEW_WORD = re.compile(
    r"\b(?:interview\w*|wawancara|interviu|psiko\s?tes|psychotest|phone\s+screen\w*|screening\s+call|"
    r"technical\s+(?:round|call|screen)|on-?site|final\s+round|hiring\s+manager\s+(?:call|chat|round|meeting)|"
    r"user\s+interview|tes\s+(?:tertulis|wawancara)|fgd|assessment\s+cent(?:er|re)|round\s+\d)\b", _I)
RECRUITING_CONTEXT = re.compile(r"\b(?:role|position|application|applied|candidacy|opening|posisi|lamaran|lowongan|rekrutmen|recruit\w*|talent|hiring)\b", _I)
CHAT_WORD = re.compile(r"\b(?:(?:a|quick|short|intro(?:ductory)?)\s+(?:call|chat)|conversation\s+with|meet\s+(?:you|with)|speak\s+with\s+you|bertemu|ngobrol)\b", _I)

# (pattern, weight, label)
POSITIVE: list[tuple[re.Pattern, float, str]] = [(re.compile(p, _I), w, lab) for p, w, lab in [
    (r"\binvit\w*\s+you\s+(?:to|for)\b", 3, "invites you"),
    (r"\b(?:like|love|want|pleased|happy|delighted)\s+to\s+(?:invite|schedule|meet|speak|set\s+up|have\s+you)", 3, "would like to meet"),
    (r"\b(?:interview|call|meeting|chat)\s+(?:is\s+|has\s+been\s+|was\s+)?(?:scheduled|confirmed|booked|set\s+up|arranged)", 3, "scheduled"),
    (r"\b(?:we|i)(?:'ve|\s+have)?\s+(?:booked|scheduled|arranged)\b", 3, "booked"),
    (r"\binterview\s+(?:invitation|invite|request|confirmation|slots?|schedul\w*|details)", 3, "interview invitation"),
    (r"\binvitation\s+(?:to|for)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}interview", 3, "invitation to interview"),
    (r"\b(?:next|first|second|third|final|1st|2nd|3rd)\s+(?:round|step|stage|interview)\b", 2, "next round"),
    (r"\b(?:share|send|provide|confirm|let\s+(?:me|us)\s+know)\s+(?:your\s+)?(?:availability|attendance|a\s+time)", 2, "availability"),
    (r"\b(?:pick|choose|select|book)\s+(?:a|your|the)\s+(?:time|slot|date)", 2, "pick a slot"),
    (r"\bschedule\s+(?:your|an|the|a)\s+(?:\w+\s+)?(?:interview|call)", 3, "schedule interview"),
    (r"\byou\s+have\s+been\s+invited\b|^invitation:|\bupdated\s+invitation\b", 2, "calendar invitation"),
    (r"\bplease\s+(?:reply|respond)\s+to\s+confirm\b|\bconfirm\s+your\s+(?:attendance|availability|slot)", 2, "confirm attendance"),
    (r"\bmov(?:e|ing|ed)\s+(?:your|the|our)\s+interview\b|\breschedul\w*\s+(?:your|the|our)\s+interview\b", 3, "reschedule"),
    (r"\bundangan\s*:?\s*(?:\w+\s+){0,2}(?:interview|wawancara|psikotes|tes|seleksi)", 3, "undangan interview"),
    (r"\bpanggilan\s+(?:interview|wawancara|kerja|tes|psikotes|seleksi)", 3, "panggilan"),
    (r"\b(?:meng)?undang(?:mu|nya)?\s+(?:anda|bapak|ibu|saudara|saudari|kamu|mu)\b|\bmengundangmu\b|\bkami\s+undang\b|\bdiundang\b|\bmengundang\s+(?:anda|kamu)", 3, "mengundang"),
    (r"\bingin\s+mengundang\b", 3, "ingin mengundang"),
    (r"\bdijadwalkan\b|\bjadwal\s+(?:interview|wawancara|psikotes)\b|\bdiundur\s+menjadi\b|\bdimajukan\b", 2, "dijadwalkan"),
    (r"\b(?:mohon|harap)\s+(?:konfirmasi|kesediaan\w*|membalas)|\bkonfirmasi\s+kehadiran\b", 2, "mohon konfirmasi"),
    (r"\bhadir\s+(?:wawancara|interview|pada|tepat)|\bkehadiran\s+(?:anda|bapak|ibu|saudara)", 2, "hadir"),
    (r"\btahap\s+(?:selanjutnya|berikutnya|wawancara|interview|\d)|\binterview\s+tahap\b|\blolos\s+(?:seleksi|tahap)", 2, "tahap selanjutnya"),
    (r"\banda\s+telah\s+diundang\b", 2, "diundang (kalender)"),
]]

NEGATIVE: list[tuple[re.Pattern, float, str]] = [(re.compile(p, _I), w, lab) for p, w, lab in [
    # the owner is the interviewer
    (r"\byou(?:'re|\s+are)\s+on\s+the\s+(?:interview\s+)?panel|\binterview\s+panel\s*:|\bfor\s+candidate\b|\bscorecard\b|"
     r"\binterview\s+kit\b|\bsubmit\s+(?:your\s+)?feedback\b|\bas\s+(?:an?\s+|the\s+)?interviewer\b|\bcandidate\s+packet\b|"
     r"\bthanks\s+for\s+volunteering\b|\bsebagai\s+pewawancara\b|\bkandidat\s+atas\s+nama\b", 9, "owner is the interviewer"),
    # rejection
    (r"\bunfortunately\b|\bregret\s+to\s+inform\b|\bnot\s+(?:to\s+)?(?:move|moving)\s+forward\b|\bdecided\s+(?:not\s+to|to\s+(?:move|proceed|go)\s+(?:forward\s+)?with\s+other)|"
     r"\bother\s+candidates\b|\bnot\s+be\s+(?:progressing|moving)\b|\bwill\s+not\s+be\s+proceeding\b|\bposition\s+has\s+been\s+filled\b", 6, "rejection"),
    (r"\bkandidat\s+lain\b|\b(?:belum|tidak)\s+(?:dapat|bisa)\s+melanjutkan\b|\b(?:belum|tidak)\s+lolos\b|\bbelum\s+berhasil\b|\bbelum\s+sesuai\b|\bhasil\s+seleksi\b", 6, "penolakan"),
    # offer
    (r"\boffer\s+letter\b|\bpleased\s+to\s+offer\b|\bjob\s+offer\b|\bextend\s+(?:you\s+)?an\s+offer\b|\bsurat\s+penawaran\b|\bpenawaran\s+kerja\b|\boffering\s+letter\b", 6, "offer"),
    # receipts
    (r"\b(?:received|receiving|receipt\s+of)\s+your\s+application\b|\bapplication\s+(?:has\s+been\s+)?received\b|\bthanks?\s+(?:you\s+)?for\s+applying\b|"
     r"\blamaran\s+(?:anda|kamu)\s+(?:telah|sudah)\s+(?:kami\s+)?(?:terima|diterima)\b|\bterima\s+kasih\s+telah\s+melamar\b", 3, "application receipt"),
    # job alerts, newsletters
    (r"\bjob\s+alerts?\b|\bjobs?\s+(?:you\s+may\s+like|for\s+you|recommended)\b|\brecommended\s+jobs\b|\blowongan\s+(?:kerja\s+)?terbaru\b|"
     r"\brekomendasi\s+lowongan\b|\beasy\s+apply\b|\bnewsletter\b|\bweekly\s+digest\b|\bjobs\s+in\s+\w+", 7, "job alert / newsletter"),
    # events about interviews, not interviews
    (r"\bwebinar\b|\bcareer\s+talk\b|\bseminar\b|\bworkshop\b|\bjob\s+fair\b|\bbootcamp\b|\bregistrasi\b|\bregister\s+(?:now|here)\b|"
     r"\bdaftar\s+sekarang\b|\bsertifikat\s+elektronik\b|\be-?certificate\b|\bnarasumber\b|\bmock\s+interview\b|\binterview\s+tips\b", 7, "event about interviews"),
    # after the interview
    (r"\bhow\s+did\s+(?:your|the)\s+interview\s+go\b|\bfeedback\s+(?:on|about|from)\s+(?:your|the)\s+interview\b|\bcandidate\s+(?:experience\s+)?survey\b|"
     r"\bthank\s+you\s+for\s+(?:taking\s+the\s+time\s+to\s+)?interview(?:ing)?\s+with\s+us\b|\bthank\s+you\s+for\s+spending\b|\bterima\s+kasih\s+telah\s+(?:meluangkan|mengikuti)", 4, "after the interview"),
    (r"\boffer\s+(?:details|package)\b|\bonboarding\b|\bfirst\s+day\b|\bhari\s+pertama\s+kerja\b", 3, "after hiring"),
]]

MEETING_LINK = re.compile(r"meet\.google\.com/|zoom\.us/|teams\.microsoft\.com/|webex\.com/|whereby\.com/|teams\.live\.com/", _I)
BOOKING_LINK = re.compile(r"calendly\.com/|calendar\.app\.google/|/appointments?/|goodtime\.io|modernloop\.io/|/availability/|"
                          r"\bbook\s+(?:a|your)\s+(?:time|slot)|\bself-?schedul|\bshare\s+(?:your|every\s+time)\s+.{0,30}availab|\bpilih\s+(?:sendiri\s+)?jadwal|\bjadwalnya\s+bisa\s+kamu\s+pilih|"
                          r"\bhalaman\s+penjadwalan|\breply\s+with\s+the\s+(?:number|option)|\bwhich\s+(?:of\s+these\s+)?(?:slots?|options?|times?)\b", _I)

THRESHOLD = 4.0


@dataclass
class Verdict:
    score: float
    is_invite: bool
    cues: list[str] = field(default_factory=list)


def might_be_invite(message: Message) -> bool:
    """Cheap prefilter for big mailboxes: can this message be part of an interview thread?
    A superset of what `classify` accepts (it requires an interview word or a calendar part)."""
    if message.calendars:
        return True
    head = message.subject + "\n" + message.text[:20000]
    return bool(INTERVIEW_WORD.search(head) or CHAT_WORD.search(head))


def classify(subject: str, texts: list[str], *, has_request: bool, has_future_time: bool) -> Verdict:
    """Score the invite-ness of a thread from its subject, its senders' new texts and its calendar data."""
    body = "\n".join(texts)
    everything = subject + "\n" + body
    cues: list[str] = []
    interview = bool(INTERVIEW_WORD.search(everything))
    if not interview and CHAT_WORD.search(everything) and RECRUITING_CONTEXT.search(everything):
        interview = True
        cues.append("recruiter call")
    if not interview:
        return Verdict(0.0, False, ["no interview word"])
    score = 1.0
    pos = 0.0
    for rx, w, lab in POSITIVE:
        if rx.search(everything):
            pos += w
            cues.append(lab)
    score += min(pos, 7.0)
    for rx, w, lab in NEGATIVE:
        if rx.search(everything):
            # a receipt's "thanks for applying" often opens a real invite: count it only when nothing invites
            if lab == "application receipt" and pos >= 3:
                continue
            score -= w
            cues.append("-" + lab)
    if has_request:
        score += 2
        cues.append("calendar request")
    if has_future_time:
        score += 1.5
        cues.append("future time")
    if MEETING_LINK.search(body):
        score += 1
        cues.append("meeting link")
    if BOOKING_LINK.search(body):
        score += 1
        cues.append("booking link")
    return Verdict(score, score >= THRESHOLD, cues)
