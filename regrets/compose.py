"""Write the reply: a decline (or a cancellation of an accepted interview) as a complete, threaded
RFC 5322 message with a plain-text and an HTML part, the original quoted the way Gmail quotes it, and — when
the invitation was a calendar request to the owner — an iTIP REPLY that declines the event.

Every header value goes through `regrets.headers` (one line, no control characters, bounded); addresses are
written as objects, never re-parsed. Templates are Jinja2 files in `templates/` (or a folder the user gives),
loaded and rendered by `regrets.templating` with StrictUndefined: a template that uses a variable we do not
provide is an error, not a blank.
What the letter says is decided in small modules: `reasons` (the reason clause), `greeting` and `honorifics`
(who is greeted, how), `letter_locale` (time, zone label, US or British English).
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from . import display, headers, htmlquote, itip, letter_locale, reasons, templating
from .decision import INTENTS, intent_for  # noqa: F401  (INTENTS: what callers may force)
from .errors import TemplateProblem, UsageError
from .greeting import greet, is_unattended
from .honorifics import call_name, split_title, title_of
from .model import LANGUAGES, Address, Analysis, Message, Thread
from .templating import TEMPLATE_VARIABLES  # noqa: F401  (documented with the letter: the README's table)

REGRETS_HEADER = "X-Regrets"

# Short reason keys a user can give instead of their own words (the clauses live in regrets.reasons).
REASONS = reasons.PRESETS


@dataclass
class ComposeOptions:
    intent: str | None = None  # "decline" | "cancel" | None = cancel when already accepted
    language: str | None = None  # "en" | "id" | None = the invite's language
    reason: str | None = None  # a preset key, or the user's words (used in letters of their language)
    reason_en: str | None = None  # the user's words for English letters
    reason_id: str | None = None  # the user's words for Indonesian letters
    other_roles: str | None = None
    referral: bool = False
    formality: str = "formal"
    sender_name: str | None = None
    sender_email: str | None = None
    signature: str | None = None
    signature_html: str | None = None
    templates_dir: Path | None = None
    zone: str | None = None  # the user's IANA zone: the attribution line's time
    calendar_reply: bool = True  # attach an iTIP REPLY (declined) when the invitation was a calendar request


def name_from_address(addr: str | None) -> str:
    """'dimas.saputra@gmail.com' -> 'Dimas Saputra' (a fallback name for From and the signature)."""
    local = (addr or "").split("@")[0]
    parts = [p for p in re.split(r"[._\-+]+", local) if p and not p.isdigit()]
    parts = [re.sub(r"\d+$", "", p) for p in parts]
    return " ".join(p.capitalize() for p in parts if p) or local


def sender_name(analysis: Analysis, options: ComposeOptions) -> str:
    """The owner's display name, decided once: --name or the config, else the name the thread uses for the
    owner, else one made from the address."""
    chosen = headers.one_line(headers.text(options.sender_name or analysis.owner_name or ""), headers.MAX_NAME)
    return chosen or name_from_address(options.sender_email or analysis.owner)


def recipient(analysis: Analysis, target: Message) -> Address | None:
    return analysis.reply_to or target.sender


def _short_notice(start: datetime | None, now: datetime) -> bool:
    # compare in UTC: aware datetimes sharing one tzinfo subtract as wall-clock times (an hour off across DST)
    return bool(start and timedelta(0) <= start.astimezone(timezone.utc) - now.astimezone(timezone.utc) < timedelta(hours=48))


def _clean_field(value: str | None, limit: int = 120) -> str | None:
    v = headers.one_line(headers.text(value or ""), limit)
    return v or None


def template_context(analysis: Analysis, options: ComposeOptions, now: datetime, intent: str, lang: str,
                     thread: Thread | None = None) -> dict[str, Any]:
    """The variables every template gets (documented in TEMPLATE_VARIABLES and the README)."""
    formal = options.formality != "casual"
    target = analysis.reply_target or (thread.messages[-1] if thread and thread.messages else None)
    to = recipient(analysis, target) if target is not None else analysis.reply_to
    unattended = is_unattended(to.email if to else None)
    company = _clean_field(analysis.company, 80)
    role = _clean_field(analysis.role, 80)
    stated, name = split_title(_clean_field(analysis.recruiter_name, 80))
    if unattended:
        name = None
    title = title_of(name, stated=analysis.recruiter_title or stated) if name else None  # the reader read the thread
    first = call_name(name)
    g = greet(lang, formal, name=name, first=first, title=title, company=company, unattended=unattended)

    start = analysis.interview_start
    interview = analysis.interview
    zone = interview.zone if interview else None
    label = (interview.zone_label or letter_locale.label_in_text(interview.source_text, zone)) if interview else None
    american = lang == "en" and letter_locale.is_us_recipient(zone=zone, zone_label=label, recipient=to.email if to else None)
    when = None
    if start is not None:
        when = letter_locale.format_when(start, lang, american=american,
                                         label=letter_locale.zone_label(start, zone, label, lang))

    proper = {w.lower() for w in (company or "").split()} | {w.lower() for w in (role or "").split()}
    reason = reasons.for_letter(lang, reason=headers.text(options.reason or ""),
                                reason_en=headers.text(options.reason_en or ""),
                                reason_id=headers.text(options.reason_id or ""), casual=not formal, proper_words=proper)
    if lang == "id":
        closing = "Hormat saya," if formal else "Salam,"
    else:
        closing = "Kind regards," if formal else "Best,"
    return {
        "greeting": g.line, "you": g.you, "recruiter_name": name, "recruiter_first_name": first,
        "recruiter_title": title, "company": company, "role": role,
        "interview_when": when, "booked": bool(analysis.booked and when), "intent": intent, "language": lang,
        "american": american, "reason": reason.text if reason else None,
        "reason_clause": reason.clause if reason else None, "reason_decides": bool(reason and reason.decides),
        "other_roles": _clean_field(options.other_roles, 80), "referral": bool(options.referral),
        "formality": "formal" if formal else "casual", "short_notice": _short_notice(start, now),
        "closing": closing, "sender_name": sender_name(analysis, options),
    }


def letter_language(analysis: Analysis, options: ComposeOptions) -> str:
    lang = options.language or analysis.language or "en"
    if lang not in LANGUAGES:
        raise TemplateProblem(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")
    return lang


def render_body(analysis: Analysis, options: ComposeOptions, now: datetime,
                thread: Thread | None = None) -> tuple[str, str, str]:
    """(intent, language, plain-text body) for a thread."""
    intent = intent_for(analysis, options.intent)
    lang = letter_language(analysis, options)
    ctx = template_context(analysis, options, now, intent, lang, thread)
    text = templating.render(options.templates_dir, templating.template_name(intent, lang), ctx)
    text = "\n".join(ln.rstrip() for ln in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return intent, lang, text


def reply_subject(subject: str) -> str:
    """'Re: ' + subject, not doubled (Gmail matches threads on the subject too)."""
    s = " ".join((subject or "").split())
    m = re.match(r"^(?:re|aw|sv|antw)\s*:\s*", s, re.I)
    if m:
        return "Re: " + s[m.end():]
    return f"Re: {s}" if s else "Re: Interview"


def _attribution(m: Message, lang: str, zone: str | None) -> str:
    """Gmail's line above the quote, with the time in the user's zone and the name without quotes."""
    who = headers.formatted(m.sender) or ("seseorang" if lang == "id" else "someone")
    if m.date is None:
        return f"{who} menulis:" if lang == "id" else f"{who} wrote:"
    d = m.date
    if zone:
        try:
            d = d.astimezone(ZoneInfo(zone))
        except (ValueError, KeyError, OSError):
            pass
    if lang == "id":
        return (f"Pada {display.ID_DAYS[d.weekday()][:3]}, {d.day} {display.ID_MONTHS[d.month - 1][:3]} "
                f"{d.year} pukul {d.hour:02d}.{d.minute:02d} {who} menulis:")
    return (f"On {display.EN_DAYS[d.weekday()][:3]}, {display.EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year} "
            f"at {letter_locale.clock_12h(d)} {who} wrote:")


def compose_reply(thread: Thread, analysis: Analysis, options: ComposeOptions, now: datetime) -> EmailMessage:
    """The complete reply message, ready to save as .eml or to upload as a Gmail draft."""
    target = analysis.reply_target or (thread.messages[-1] if thread.messages else Message())
    intent, lang, body = render_body(analysis, options, now, thread)
    # 998 is RFC 5322's hard limit; at 78 the email package would RFC 2047-encode long Message-IDs in
    # In-Reply-To/References, and Gmail would no longer match them to the thread.
    msg = EmailMessage(policy=SMTP.clone(max_line_length=998))
    sender_email = options.sender_email or analysis.owner
    sender = headers.address(Address(sender_name(analysis, options), sender_email)) if sender_email else None
    if sender is None and options.sender_email:
        raise UsageError(f"the sender address {headers.one_line(options.sender_email)!r} cannot be written in a From header")
    if sender is not None:
        msg["From"] = sender
    to = headers.address(recipient(analysis, target))
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

    text = headers.text(body)
    signature = headers.text(options.signature or "").strip()
    if signature:
        text += "\n-- \n" + signature + "\n"
    attribution = headers.one_line(headers.text(_attribution(target, lang, options.zone)))
    quoted = "\n".join("> " + ln if ln else ">" for ln in headers.text(target.text or "").rstrip().split("\n"))
    msg.set_content(f"{text}\n{attribution}\n\n{quoted}\n", charset="utf-8")

    html_body = "".join(f"<div>{html.escape(ln) if ln else '<br>'}</div>" for ln in headers.text(body).rstrip().split("\n"))
    if options.signature_html or signature:
        sig = (htmlquote.sanitised(headers.text(options.signature_html)) if options.signature_html
               else html.escape(signature).replace("\n", "<br>"))
        html_body += f'<br><div dir="ltr" class="gmail_signature">{sig}</div>'
    original = htmlquote.quoted_original(headers.text(target.html or ""), headers.text(target.text or ""))
    html_doc = (
        f'<div dir="ltr">{html_body}</div><br>'
        f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(attribution)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
        f'padding-left:1ex">{original}</blockquote></div>'
    )
    msg.add_alternative(html_doc, subtype="html", charset="utf-8")
    if options.calendar_reply:
        owner = sender_email or ""
        request = itip.find_request(thread, owner)
        if request is not None:
            itip.attach(msg, itip.decline(request, owner, itip.note(lang, intent), now,
                                          sender_name(analysis, options)))
    return msg
