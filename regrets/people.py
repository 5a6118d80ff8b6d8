"""Best-effort company, role and recruiter name, for the greeting and the card. Never required:
templates read well without them."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Address, Message, Thread

_FREE_MAIL = {"gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.id", "outlook.com", "hotmail.com", "live.com",
              "icloud.com", "me.com", "proton.me", "protonmail.com", "aol.com", "ymail.com", "gmx.com", "mail.com"}
_NOT_A_PERSON = re.compile(
    r"\b(?:team|recruit\w*|hiring|talent|hr|hrd|careers?|jobs?|no-?reply|via|notifications?|pt|cv|tbk|rekrutmen|tim|"
    r"people|acquisition|admin|info|support|calendar|scheduling|studio|inc|ltd|llc|group|karier|universitas)\b", re.I)
_ROLE = [re.compile(p) for p in (
    r"\bfor\s+(?:the|our|a|an)\s+(?P<r>[A-Z][\w/&().,+#\- ]{2,60}?)\s+(?:role|position|opening|vacancy)\b",
    r"\b(?:role|position)\s+(?:of|as)\s+(?:an?\s+)?(?P<r>[A-Z][\w/&()+#\- ]{2,60}?)(?=[.,;:!\n]|\s+(?:at|with|in)\b)",
    r"\b[Pp]osisi\s+(?P<r>[A-Z][\w/&()+#\- ]{2,60}?)(?=[.,;:!\n]|\s+(?:di|pada|yang|dan|untuk|kami|tersebut)\b)",
    r"\bsebagai\s+(?P<r>[A-Z][\w/&()+#\- ]{2,60}?)(?=[.,;:!\n]|\s+(?:di|pada|yang|dan|untuk)\b)",
    r"\bthe\s+(?P<r>[A-Z][\w/&()+#\- ]{2,50}?)\s+(?:role|position)\b",
)]
_COMPANY = [re.compile(p) for p in (
    r"\b(?:di|dari)\s+(?P<c>PT\.?\s+[A-Z][\w&.\- ]{2,50}?)(?=[.,;:!\n(]|\s+(?:dan|untuk|yang|pada|kami)\b|$)",
    r"\b(?:at|join)\s+(?P<c>[A-Z][\w&.\-]+(?:\s+[A-Z&][\w&.\-]*){0,3})(?=[.,;:!\n(]|\s+(?:for|and|as|in|on|team)\b|$)",
    r"(?m)^\s*(?:[\w .'-]+[|,-]\s*)?(?:Talent|Recruit\w*|People|HR|Hiring)[\w &]*[,|\-–]\s*(?P<c>[A-Z][\w&.\- ]{2,40})\s*$",
)]
_SUBJECT_ROLE = re.compile(r"(?:interview|wawancara|invitation|undangan|panggilan)[^:\-–|]*[:\-–|]\s*(?P<r>[^|\-–]{3,60}?)\s*(?:[-–|]\s*(?P<c>[^|\-–(@]{2,50}))?(?:$|\s[(@])", re.I)


_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw|tr)\s*:\s*|(?:updated\s+)?invitation\s*:\s*|undangan\s*:\s*)+", re.I)
_INTERVIEWISH = re.compile(r"\b(?:interview|wawancara|invitation|undangan|round|tahap)\b", re.I)


_PT = re.compile(r"\b(?P<c>PT\.?\s+[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,4})")


@dataclass
class Who:
    company: str | None
    role: str | None
    recruiter_name: str | None


def describe(thread: Thread, target: Message, reply_to: Address | None, texts: list[str]) -> Who:
    body = "\n".join(texts)
    role = _first(_ROLE, body, "r")
    company = _from_sender(target)
    subject = _SUBJECT_PREFIX.sub("", thread.subject)
    m = _SUBJECT_ROLE.search(subject)
    if m and not _INTERVIEWISH.search(m.group("r")):
        role = role or _clean(m.group("r"))
        if m.group("c") and not company and not _INTERVIEWISH.search(m.group("c")):
            company = _clean(m.group("c"))
    company = company or _first(_COMPANY, body, "c") or _first([_PT], thread.subject + "\n" + body, "c")
    if not company and reply_to:
        company = _from_domain(reply_to.email)
    sender = _person(target.sender)
    return Who(company, role, _person(reply_to) or (sender if sender and " " in sender else None))


def _first(patterns: list[re.Pattern], text: str, group: str) -> str | None:
    for rx in patterns:
        m = rx.search(text)
        if m:
            val = _clean(m.group(group))
            if val:
                return val
    return None


def _clean(s: str | None) -> str | None:
    if not s:
        return None
    s = " ".join(s.split()).strip(" .,;:-–|")
    return s if 2 <= len(s) <= 60 else None


def _from_sender(m: Message) -> str | None:
    if m.sender and m.sender.name:
        v = re.match(r"(?P<c>.+?)\s+via\s+\w+", m.sender.name)
        if v:
            return _clean(v.group("c"))
        r = re.match(r"(?:Rekrutmen|Recruiting|HRD?|Talent Acquisition|Careers?|Tim Rekrutmen)\s+(?P<c>.+)", m.sender.name, re.I)
        if r:
            return _clean(r.group("c"))
    return None


def _from_domain(addr: str) -> str | None:
    domain = addr.rsplit("@", 1)[-1].lower()
    if domain in _FREE_MAIL:
        return None
    parts = domain.split(".")
    name = parts[0] if len(parts) <= 2 or parts[-2] not in ("co", "com", "ac", "or", "go") else parts[-3]
    if len(parts) > 2 and parts[-2] in ("co", "com", "ac", "or", "go"):
        name = parts[-3]
    return name.capitalize() if name else None


def _person(a: Address | None) -> str | None:
    if a is None or not a.name or "@" in a.name or _NOT_A_PERSON.search(a.name):
        return None
    words = a.name.replace(",", " ").split()
    if not 1 <= len(words) <= 4:
        return None
    return a.name


def first_name(full: str | None) -> str | None:
    if not full:
        return None
    return full.split()[0]
