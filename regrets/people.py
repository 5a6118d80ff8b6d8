"""Best-effort company, role and recruiter name, for the greeting and the card. Never required: templates read
well without them, so every guess is checked and dropped when it does not look like what it claims to be
(a wrong "at 11am" or "Dear Granite Bay Financial" in a letter is worse than none)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Address, Message, Thread

_FREE_MAIL = {"gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.id", "outlook.com", "hotmail.com", "live.com",
              "icloud.com", "me.com", "proton.me", "protonmail.com", "aol.com", "ymail.com", "gmx.com", "mail.com"}
# relays whose domain says nothing about the employer
_RELAY_DOMAINS = re.compile(r"greenhouse|lever\.co|ashbyhq|myworkday|workday|smartrecruiters|icims|jobvite|taleo|calendly|"
                            r"google\.com|linkedin|indeed|glassdoor|jobstreet|kalibrr|urbanhire|glints|hireloop|teamtailor|"
                            r"hackerrank|codility|zoom\.us|microsoft|outlook|example$", re.I)
_NOT_A_PERSON = re.compile(
    r"\b(?:team|recruit\w*|hiring|talent|hr|hrd|careers?|jobs?|no-?reply|via|notifications?|pt|cv|tbk|rekrutmen|tim|"
    r"people|acquisition|admin|info|support|calendar|scheduling|studio|inc|ltd|llc|group|karier|universitas|"
    r"financial|bank|university|college|capital|labs?|systems|solutions|technolog\w*|digital|media|health|company|corp\w*|"
    r"consulting|partners|foundation|school|hospital|clinic|panitia|seleksi|human|capital|department|divisi|bagian|sdm|"
    r"koordinator|onboarding|events?|academy|alerts?|newsletter|office|kantor)\b", re.I)
_JOB_NOUN = re.compile(
    r"\b(?:engineer|analyst|manager|designer|developer|scientist|specialist|coordinator|associate|intern|internship|lead|"
    r"director|officer|consultant|executive|assistant|representative|administrator|accountant|architect|writer|planner|"
    r"staff|trainee|supervisor|admin|programmer|teacher|guru|apoteker|perawat|researcher|editor|marketer|strategist|"
    r"operator|technician|teknisi|barista|cashier|kasir|driver|sales|advisor|partner|head|vp|president|programme|program|"
    r"graduate|merchandiser|underwriter|agronomist|auditor|controller|recruiter|producer|artist|chef|nurse|pengajar|"
    r"customer\s+service|qa|qc|ux|ui|devops|sre|hr\s+generalist)\b", re.I)
# Line-anchored patterns skip only spaces and tabs after `^`: with `^\s*` every line of a run of blank lines
# rescanned the rest of the run (quadratic); the group found is the same.
_ROLE = [re.compile(p) for p in (
    r"\bfor\s+(?:the|our|a|an)\s+(?P<r>[A-Z][\w/&().,+#\- ]{2,60}?)\s+(?:role|position|opening|vacancy)\b",
    r"\b(?:role|position)\s+(?:of|as)\s+(?:an?\s+)?(?P<r>[A-Z][\w/&()+#\- ]{2,60}?)(?=[.,;:!\n]|\s+(?:at|with|in)\b)",
    r"\b[Pp]osisi\s+(?P<r>[A-Z][\w/&()+#\- ]{2,60}?)(?=[.,;:!\n(]|\s+(?:di|pada|yang|dan|untuk|kami|tersebut|dengan|bersama|secara)\b)",
    r"\bsebagai\s+(?P<r>[A-Z][\w/&()+#\- ]{2,60}?)(?=[.,;:!\n]|\s+(?:di|pada|yang|dan|untuk)\b)",
    r"\bthe\s+(?P<r>[A-Z][\w/&()+#\- ]{2,50}?)\s+(?:role|position)\b",
    r"(?m)^[^\S\n]*(?:Position|Role|Posisi|Job|Lowongan)\s*:\s*(?P<r>[^\n]{3,60}?)\s*$",
)]
_COMPANY = [re.compile(p) for p in (
    r"\b(?:di|dari)\s+(?P<c>PT\.?[ \t]+[A-Z][\w&\-]*(?:[ \t]+(?:[A-Z][\w&\-]*|&))*)",
    r"\b(?:at|join)\s+(?P<c>[A-Z][\w&.\-]+(?:[ \t]+[A-Z&][\w&.\-]*){0,3})(?=[.,;:!\n(]|\s+(?:for|and|as|in|on|team|is|was|will|to|with|via|at|has|we)\b|$)",
    r"(?m)^[^\S\n]*(?:[\w .'-]+[|,-]\s*)?(?:Talent|Recruit\w*|People|HR|Hiring)[\w &]*[,|\-–]\s*(?P<c>[A-Z][\w&.\- ]{2,40})\s*$",
)]
_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw|tr)\s*:\s*|(?:updated\s+)?invitation\s*:\s*|undangan\s*:\s*)+", re.I)
_CAL_TAIL = re.compile(r"\s+@\s+.*$|\s*\([^()]*@[^()]*\)\s*$")
_INTERVIEWISH = re.compile(r"\b(?:interview\w*|wawancara|invitation|undangan|round|tahap|panggilan|schedul\w*|confirm\w*|"
                           r"next\s+steps?|reminder|update|your|kamu|anda|jadwal)\b", re.I)
_PT = re.compile(r"\b(?P<c>PT\.?[ \t]+[A-Z][\w&]*(?:[ \t]+[A-Z][\w&]*){0,4})")
_PRONOUNS = re.compile(r"\b(?:our|your|with|the|kami|anda|kamu|dengan|bersama)\b", re.I)
_NOISE = re.compile(r"\d\s*(?:am|pm)\b|\b\d{1,2}[:.]\d{2}\b|#|\breq\b|@|https?:|\b(?:zoom|google|meet|teams|microsoft|calendar|"
                    r"linkedin|whatsapp|gmeet)\b", re.I)
_DIGITS_ONLY = re.compile(r"^[\d\s#/\-.]+$")


@dataclass
class Who:
    company: str | None
    role: str | None
    recruiter_name: str | None


def describe(thread: Thread, target: Message, reply_to: Address | None, texts: list[str],
             owner_name: str | None = None, owner: str | None = None) -> Who:
    """Company, role and recruiter name for a thread; each is None unless it passes the sanity checks."""
    body = "\n".join(texts)
    bad = _owner_words(owner_name, owner)
    role = _first(_ROLE, body, "r", bad, job=True)
    company = _checked(_from_sender(target), bad)
    stem = _domain_stem(reply_to.email if reply_to else (target.sender.email if target.sender else ""))
    sub_role, sub_company = _from_subject(thread.subject, stem, bad)
    role = role or sub_role
    company = company or sub_company
    company = company or _first(_COMPANY, body, "c", bad) or _pt(thread.subject + "\n" + body, bad)
    if not company and reply_to:
        company = _from_domain(reply_to.email)
    if company and role and company.lower() == role.lower():
        role = None
    company = _checked(company, bad)
    sender = _person(target.sender, bad)
    return Who(company, role, _person(reply_to, bad) or (sender if sender and " " in sender else None))


def owner_words(owner_name: str | None, owner: str | None = None) -> frozenset[str]:
    """The owner's name words and address words ("sam.okafor@gmail.com" -> sam, okafor), lower-case."""
    words = set((owner_name or "").split()) | set(re.split(r"[._\-+\d]+", (owner or "").split("@")[0]))
    return frozenset(w.lower() for w in words if len(w) > 2)


_owner_words = owner_words


def _checked(value: str | None, bad: set[str], job: bool = False) -> str | None:
    v = _clean(value)
    if v:
        v = _clean(re.split(r"\.\s+(?=[A-Z])", v)[0])  # "Sinarloka Digital. When ..." ends at the sentence
    if v and v.count("(") > v.count(")"):
        v = _clean(v[: v.rfind("(")])  # "Backend Developer (Payments" lost its closing bracket in the match
    if not v or _NOISE.search(v) or _DIGITS_ONLY.match(v) or not v[0].isupper() and not v[0].isdigit():
        return None
    if _INTERVIEWISH.search(v) or _PRONOUNS.search(v):
        return None
    if bad and bad & {w.lower().strip(".,()") for w in v.split()}:
        return None  # the owner's own name is neither the company nor the role
    if job and not _JOB_NOUN.search(v):
        return None
    return v


def _first(patterns: list[re.Pattern], text: str, group: str, bad: set[str], job: bool = False) -> str | None:
    for rx in patterns:
        for m in rx.finditer(text):
            val = _checked(m.group(group), bad, job)
            if val:
                return val
    return None


def _from_subject(subject: str, stem: str | None, bad: set[str]) -> tuple[str | None, str | None]:
    """'Interview - Actuarial Analyst - Keystone' -> ('Actuarial Analyst', 'Keystone'): segments that name a job,
    and a segment that matches the sender's domain."""
    s = _CAL_TAIL.sub("", _SUBJECT_PREFIX.sub("", subject))
    role = company = None
    for seg in re.split(r"\s+[-–|:]\s+|\s*[|:]\s*|\s+at\s+|\s+(?:di|for|untuk)\s+", s):
        seg = seg.strip(" -–|:()[]")
        seg = re.sub(r"^(?:interview\w*|wawancara|undangan\s+\w+|invitation\s+to\s+\w+)\s+(?:for\s+|untuk\s+)?", "", seg, flags=re.I)
        if not seg or _INTERVIEWISH.fullmatch(seg):
            continue
        norm = re.sub(r"[^a-z0-9]", "", seg.lower())
        if stem and norm and (norm == stem or (len(norm) >= 4 and (stem.startswith(norm) or norm.startswith(stem)))):
            company = company or _checked(seg, bad)
        elif _JOB_NOUN.search(seg) and not _INTERVIEWISH.search(seg):
            role = role or _checked(seg, bad, job=True)
        elif seg.upper().startswith("PT ") or seg.upper().startswith("PT. "):
            company = company or _checked(seg, bad)
    return role, company


def _pt(text: str, bad: set[str]) -> str | None:
    """'PT Angkasa Niaga' (an Indonesian company), but not the zone in '11:30am PT. She...'."""
    for m in _PT.finditer(text):
        before = text[max(0, m.start() - 8): m.start()].lower()
        if re.search(r"(?:\d|[ap]\.?m\.?)\s*$", before):
            continue
        val = _checked(m.group("c"), bad)
        if val and len(val.split()) >= 2:
            return val
    return None


def _clean(s: str | None) -> str | None:
    if not s:
        return None
    s = " ".join(s.split()).strip(" .,;:-–|")
    return s if 2 <= len(s) <= 60 else None


def _from_sender(m: Message) -> str | None:
    if m.sender and m.sender.name:
        name = m.sender.name
        v = re.match(r"(?P<c>.+?)\s+via\s+\w+", name)
        if v:
            return _clean(v.group("c"))
        r = re.match(r"(?:(?:Rekrutmen|Recruiting|Recruitment|HRD?|Talent Acquisition|Talent|Careers?|Tim Rekrutmen|Human Capital|"
                     r"People Team|Panitia Seleksi|Koordinator Lapangan|Divisi|Bagian)\s+)+(?P<c>.+)", name, re.I)
        if r:
            return _clean(r.group("c"))
        r = re.match(r"(?P<c>.+?)\s+(?:Recruiting|Recruitment|Careers?|Talent(?:\s+Team)?|Hiring(?:\s+Team)?|HR|People(?:\s+Team)?|"
                     r"Graduate Recruitment|Scheduling)$", name, re.I)
        if r:
            return _clean(r.group("c"))
    return None


def _domain_stem(addr: str) -> str | None:
    domain = addr.rsplit("@", 1)[-1].lower()
    if not domain or domain in _FREE_MAIL or _RELAY_DOMAINS.search(domain):
        return None
    parts = domain.split(".")
    if len(parts) > 2 and parts[-2] in ("co", "com", "ac", "or", "go", "org", "net", "sch", "web", "my", "biz", "edu", "gov"):
        return re.sub(r"[^a-z0-9]", "", parts[-3])
    return re.sub(r"[^a-z0-9]", "", parts[-2] if len(parts) >= 2 else parts[0])


def _from_domain(addr: str) -> str | None:
    stem = _domain_stem(addr)
    return stem.capitalize() if stem and len(stem) > 2 else None


def _person(a: Address | None, bad: set[str] = frozenset()) -> str | None:
    if a is None or not a.name or "@" in a.name or _NOT_A_PERSON.search(a.name):
        return None
    words = a.name.replace(",", " ").split()
    if not 1 <= len(words) <= 4 or any(ch.isdigit() for ch in a.name):
        return None
    if bad and bad >= {w.lower() for w in words}:
        return None
    return a.name


def first_name(full: str | None) -> str | None:
    if not full:
        return None
    return full.split()[0]
