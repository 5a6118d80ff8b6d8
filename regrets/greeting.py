"""The letter's opening line, and how the Indonesian body then addresses the reader.

English: "Dear Keisha," / "Hi Keisha,". Indonesian: "Yth. Ibu Ratna Sari," (then "Dengan hormat," in the
template) / "Halo Bu Ratna,", "Halo Pak Joko,", or "Bapak/Ibu" and "Halo Kak Rizki," when the name does not
say. A reply to a no-reply or applicant-tracking address greets the company's team: a name there was read
from a sender's display name, which for such senders is a product or company, not a person.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_UNATTENDED_LOCAL = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|noreply|donotreply|notifications?|notify|mailer[-_.]?daemon|"
    r"postmaster|bounces?|automated|auto[-_.]?(?:reply|confirm\w*)|calendar[-_.]?notification|invitations?|"
    r"system|alerts?|jobs-noreply|careers-noreply)(?:[-_.+].*)?$", re.I)
_ATS_DOMAIN = re.compile(
    r"(?:^|\.)(?:greenhouse\.io|greenhouse-mail\.io|lever\.co|myworkday\.com|myworkdayjobs\.com|smartrecruiters\.com|"
    r"icims\.com|jobvite\.com|taleo\.net|ashbyhq\.com|workablemail\.com|workable\.com|bamboohr\.com|recruitee\.com|"
    r"teamtailor-mail\.com|teamtailor\.com|breezy\.hr|calendly\.com|goodtime\.io|modernloop\.io|gem\.com|"
    r"kalibrr\.com|glints\.com|glints\.id|jobstreet\.com|jobstreet\.co\.id|linkedin\.com|indeed\.com|"
    r"indeedemail\.com|urbanhire\.com|hackerrank\.com|codility\.com|successfactors\.com|sap\.com)$", re.I)


def is_unattended(address: str | None) -> bool:
    """True for an address no person reads under that name: no-reply and notification senders, and the
    relays of applicant-tracking and scheduling systems."""
    if not address or "@" not in address:
        return False
    local, _, domain = address.rpartition("@")
    return bool(_UNATTENDED_LOCAL.match(local) or _ATS_DOMAIN.search(domain.rstrip(".")))


@dataclass(frozen=True)
class Greeting:
    line: str  # "Dear Keisha," / "Yth. Ibu Ratna Sari,"
    you: str  # the Indonesian body's "you": "Ibu", "Bapak" or "Bapak/Ibu" (English letters say "you")
    personal: bool  # greeted by name


def greet(lang: str, formal: bool, *, name: str | None, first: str | None, title: str | None,
          company: str | None, unattended: bool) -> Greeting:
    """The greeting for a letter in `lang`. `name` is the recruiter's full name (no title), `first` the name a
    casual greeting uses, `title` 'Ibu'/'Bapak' or None."""
    if unattended or not name:
        return _team(lang, formal, company)
    if lang == "id":
        you = title or "Bapak/Ibu"
        if formal:
            return Greeting(f"Yth. {you} {name},", you, True)
        short = {"Ibu": "Bu", "Bapak": "Pak"}.get(title or "", "Kak")
        return Greeting(f"Halo {short} {first or name},", you, True)
    return Greeting(f"{'Dear' if formal else 'Hi'} {first or name},", "you", True)


def _team(lang: str, formal: bool, company: str | None) -> Greeting:
    if lang == "id":
        team = f"Tim Rekrutmen {company}" if company else "Tim Rekrutmen"
        return Greeting(f"{'Yth.' if formal else 'Halo'} {team},", "Bapak/Ibu", False)
    if formal:
        return Greeting(f"Dear {company} Hiring Team," if company else "Dear Hiring Team,", "you", False)
    return Greeting(f"Hi {company} team," if company else "Hi there,", "you", False)
