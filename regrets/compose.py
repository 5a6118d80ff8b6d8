"""Write the reply: a decline (or a cancellation of an accepted interview) as a complete, threaded
RFC 5322 message with a plain-text and an HTML part and the original quoted the way Gmail quotes it.

Headers are set through the email package, which refuses CR/LF in values, so no name or subject can
inject a header. Templates are Jinja2 files in `templates/` (or a folder the user gives), rendered with
StrictUndefined: a template that uses a variable we do not provide is an error, not a silent blank.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from importlib import resources
from pathlib import Path

import jinja2

from . import headers
from .errors import TemplateProblem, UsageError
from .model import Address, Analysis, Message, Thread
from .people import first_name

INTENTS = ("decline", "cancel")
LANGUAGES = ("en", "id")
REGRETS_HEADER = "X-Regrets"

# Short reason keys a user can give instead of their own words.
REASONS = {
    "other-offer": {"en": "I have accepted another offer", "id": "saya telah menerima tawaran pekerjaan di tempat lain"},
    "direction": {"en": "I have decided to pursue a different direction", "id": "saya memutuskan untuk mengambil arah karier yang berbeda"},
    "personal": {"en": "my personal circumstances have changed", "id": "alasan pribadi"},
    "stay": {"en": "I have decided to stay in my current role", "id": "saya memutuskan untuk tetap di pekerjaan saya saat ini"},
}

TEMPLATE_VARIABLES = {
    "greeting": "opening line, e.g. 'Dear Marisol,' / 'Yth. Bapak/Ibu Yohana,'",
    "recruiter_name": "the recruiter's full name, or None",
    "recruiter_first_name": "the recruiter's first name, or None",
    "company": "company name, or None",
    "role": "role / position, or None",
    "interview_when": "the interview's date, time and zone in the letter's language, or None",
    "intent": "'decline' or 'cancel'",
    "language": "'en' or 'id'",
    "reason": "the optional reason as a clause, or None",
    "other_roles": "area of other roles the sender is open to, or None",
    "referral": "True when the sender offers a referral",
    "formality": "'formal' or 'casual'",
    "short_notice": "True when the interview is less than 48 hours away",
    "closing": "sign-off, e.g. 'Kind regards,' / 'Hormat saya,'",
    "sender_name": "the sender's display name",
}

_EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
_ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
              "November", "Desember"]


@dataclass
class ComposeOptions:
    intent: str | None = None  # "decline" | "cancel" | None = cancel when already accepted
    language: str | None = None  # "en" | "id" | None = the invite's language
    reason: str | None = None
    other_roles: str | None = None
    referral: bool = False
    formality: str = "formal"
    sender_name: str | None = None
    sender_email: str | None = None
    signature: str | None = None
    signature_html: str | None = None
    templates_dir: Path | None = None


def choose_intent(analysis: Analysis, options: ComposeOptions) -> str:
    if options.intent:
        if options.intent not in INTENTS:
            raise TemplateProblem(f"unknown intent {options.intent!r}: use one of {', '.join(INTENTS)}")
        return options.intent
    return "cancel" if analysis.accepted else "decline"


def format_when(start: datetime | None, lang: str) -> str | None:
    """'Tuesday, 15 December 2026 at 2:30 PM PST' / 'Selasa, 15 Desember 2026 pukul 14.30 WIB'."""
    if start is None:
        return None
    zone = start.tzname() or ""
    if not zone or zone[0] in "+-":
        off = start.utcoffset() or timedelta(0)
        mins = int(off.total_seconds() // 60)
        zone = f"UTC{'+' if mins >= 0 else '-'}{abs(mins) // 60:02d}:{abs(mins) % 60:02d}"
    if lang == "id":
        return (f"{_ID_DAYS[start.weekday()]}, {start.day} {_ID_MONTHS[start.month - 1]} {start.year} "
                f"pukul {start.hour:02d}.{start.minute:02d} {zone}")
    hour = start.hour % 12 or 12
    ampm = "AM" if start.hour < 12 else "PM"
    return (f"{_EN_DAYS[start.weekday()]}, {start.day} {_EN_MONTHS[start.month - 1]} {start.year} "
            f"at {hour}:{start.minute:02d} {ampm} {zone}")


def name_from_address(addr: str | None) -> str:
    """'dimas.saputra@gmail.com' -> 'Dimas Saputra' (a fallback signature name)."""
    local = (addr or "").split("@")[0]
    parts = [p for p in re.split(r"[._\-+]+", local) if p and not p.isdigit()]
    return " ".join(p.capitalize() for p in parts) or local


def template_context(analysis: Analysis, options: ComposeOptions, now: datetime, intent: str, lang: str) -> dict:
    """The variables every template gets (documented in TEMPLATE_VARIABLES and the README)."""
    name = analysis.recruiter_name
    first = first_name(name)
    formal = options.formality != "casual"
    if lang == "id":
        greeting = (f"Yth. Bapak/Ibu {name}," if formal else f"Halo {first},") if name else (
            "Yth. Tim Rekrutmen," if formal else "Halo Tim Rekrutmen,")
        closing = "Hormat saya," if formal else "Salam,"
    else:
        greeting = (f"Dear {first}," if formal else f"Hi {first},") if name else (
            "Dear Hiring Team," if formal else "Hi there,")
        closing = "Kind regards," if formal else "Best,"
    reason = options.reason.strip() if options.reason else None
    if reason and reason in REASONS:
        reason = REASONS[reason][lang]
    start = analysis.interview_start
    # compare in UTC: aware datetimes sharing one tzinfo subtract as wall-clock times (an hour off across DST)
    short = bool(start and timedelta(0) <= start.astimezone(timezone.utc) - now.astimezone(timezone.utc) < timedelta(hours=48))
    sender_name = options.sender_name or analysis.owner_name or name_from_address(analysis.owner)
    return {
        "greeting": greeting, "recruiter_name": name, "recruiter_first_name": first,
        "company": analysis.company, "role": analysis.role,
        "interview_when": format_when(start, lang), "intent": intent, "language": lang,
        "reason": reason, "other_roles": (options.other_roles or "").strip() or None,
        "referral": bool(options.referral), "formality": "formal" if formal else "casual",
        "short_notice": short, "closing": closing, "sender_name": sender_name,
    }


def _environment(templates_dir: Path | None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if templates_dir is not None:
        if not Path(templates_dir).is_dir():
            raise TemplateProblem(f"templates folder {templates_dir} does not exist")
        loaders.append(jinja2.FileSystemLoader(str(templates_dir)))
    loaders.append(jinja2.FileSystemLoader(str(resources.files("regrets.templates"))))
    return jinja2.Environment(loader=jinja2.ChoiceLoader(loaders), undefined=jinja2.StrictUndefined,
                              keep_trailing_newline=True, autoescape=False)


def render_body(analysis: Analysis, options: ComposeOptions, now: datetime) -> tuple[str, str, str]:
    """(intent, language, plain-text body) for a thread."""
    intent = choose_intent(analysis, options)
    lang = options.language or analysis.language or "en"
    if lang not in LANGUAGES:
        raise TemplateProblem(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")
    if intent == "cancel" and analysis.interview_start is None:
        intent = "decline"  # nothing to quote; a decline reads right
    name = f"{intent}_{lang}.txt.j2"
    ctx = template_context(analysis, options, now, intent, lang)
    try:
        text = _environment(options.templates_dir).get_template(name).render(**ctx)
    except jinja2.UndefinedError as exc:
        raise TemplateProblem(f"template {name} uses an unknown variable ({exc.message}); "
                              f"available: {', '.join(sorted(TEMPLATE_VARIABLES))}") from None
    except jinja2.TemplateNotFound as exc:  # the letter's own template, or one it includes/extends
        raise TemplateProblem(f"template {exc.name or name} not found") from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateProblem(f"template {name} line {exc.lineno}: {exc.message}") from None
    except Exception as exc:  # a user template can fail at run time (a filter given a wrong argument)
        raise TemplateProblem(f"template {name} failed while rendering: {exc.__class__.__name__}: {exc}") from None
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return intent, lang, text


def reply_subject(subject: str) -> str:
    """'Re: ' + subject, not doubled (Gmail matches threads on the subject too)."""
    s = " ".join((subject or "").split())
    m = re.match(r"^(?:re|aw|sv|antw)\s*:\s*", s, re.I)
    if m:
        return "Re: " + s[m.end():]
    return f"Re: {s}" if s else "Re: Interview"


def _attribution(m: Message, lang: str) -> str:
    who = headers.formatted(m.sender) or "someone"
    if m.date is None:
        return f"{who} menulis:" if lang == "id" else f"{who} wrote:"
    d = m.date
    if lang == "id":
        return (f"Pada {_ID_DAYS[d.weekday()][:3]}, {d.day} {_ID_MONTHS[d.month - 1][:3]} {d.year} pukul "
                f"{d.hour:02d}.{d.minute:02d} {who} menulis:")
    hour = d.hour % 12 or 12
    return (f"On {_EN_DAYS[d.weekday()][:3]}, {_EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year} at "
            f"{hour}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'} {who} wrote:")


def compose_reply(thread: Thread, analysis: Analysis, options: ComposeOptions, now: datetime) -> EmailMessage:
    """The complete reply message, ready to save as .eml or to upload as a Gmail draft."""
    target = analysis.reply_target or (thread.messages[-1] if thread.messages else Message())
    intent, lang, body = render_body(analysis, options, now)
    # 998 is RFC 5322's hard limit; at 78 the email package would RFC 2047-encode long Message-IDs in
    # In-Reply-To/References, and Gmail would no longer match them to the thread.
    msg = EmailMessage(policy=SMTP.clone(max_line_length=998))
    sender_email = options.sender_email or analysis.owner
    sender_name = options.sender_name or analysis.owner_name or ""
    sender = headers.address(Address(sender_name, sender_email)) if sender_email else None
    if sender is None and options.sender_email:
        raise UsageError(f"the sender address {headers.one_line(options.sender_email)!r} cannot be written in a From header")
    if sender is not None:
        msg["From"] = sender
    to = headers.address(analysis.reply_to or target.sender)
    if to is not None:
        msg["To"] = to
    msg["Subject"] = headers.one_line(headers.text(reply_subject(target.subject or thread.subject)), headers.MAX_SUBJECT)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(domain=sender.domain if sender is not None else "regrets.local")
    parent = headers.message_id(target.message_id)
    if parent:
        msg["In-Reply-To"] = parent
    refs = headers.references(target.references, target.in_reply_to, target.message_id)
    if refs:
        msg["References"] = " ".join(refs)
    msg[REGRETS_HEADER] = intent

    text = body
    if options.signature:
        text += "\n-- \n" + options.signature.strip() + "\n"
    attribution = _attribution(target, lang)
    quoted = "\n".join("> " + ln if ln else ">" for ln in (target.text or "").rstrip().split("\n"))
    msg.set_content(headers.text(f"{text}\n{attribution}\n\n{quoted}\n"), charset="utf-8")

    html_body = "".join(f"<div>{html.escape(ln) if ln else '<br>'}</div>" for ln in body.rstrip().split("\n"))
    if options.signature_html or options.signature:
        sig = options.signature_html or html.escape(options.signature or "").replace("\n", "<br>")
        html_body += f'<br><div dir="ltr" class="gmail_signature">{sig}</div>'
    original = target.html or html.escape(target.text or "").replace("\n", "<br>")
    html_doc = (
        f'<div dir="ltr">{html_body}</div><br>'
        f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(attribution)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
        f'padding-left:1ex">{original}</blockquote></div>'
    )
    msg.add_alternative(headers.text(html_doc), subtype="html", charset="utf-8")
    return msg
