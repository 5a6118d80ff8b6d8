"""Small, deterministic helpers to write .eml / .mbox cases (stdlib only).

Every boundary, Message-ID and mbox separator is derived from the case name, so `python build.py` writes the same
bytes each time.
"""
from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from zoneinfo import ZoneInfo

OWNER = "lena.marsh@gmail.com"
OWNER_NAME = "Lena Marsh"
OWNER_FROM = f"{OWNER_NAME} <{OWNER}>"

Z = ZoneInfo


def at(y, mo, d, h=0, mi=0, tz="UTC"):
    """An aware datetime at a wall-clock time in an IANA zone."""
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def h(seed: str, n: int = 16) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def hnum(seed: str, digits: int = 19) -> str:
    return str(int(hashlib.sha256(seed.encode()).hexdigest(), 16))[:digits]


def date_hdr(dt: datetime, minus_zero: bool = False) -> str:
    """RFC 5322 date in the datetime's own offset ('-0000' when the sender says its zone is unknown)."""
    s = format_datetime(dt)
    if minus_zero:
        s = format_datetime(dt.astimezone(timezone.utc).replace(tzinfo=None))  # naive -> '-0000'
    return s


def msgid(seed: str, domain: str, style: str = "plain") -> str:
    if style == "gmail":
        return f"<CA{h(seed, 8).upper()}+{h(seed + 'b', 22)}@mail.gmail.com>"
    if style == "outlook":
        x = h(seed, 40).upper()
        return f"<{x[:8]}MB{x[8:12]}{x[12:40]}@{domain}>"
    if style == "django":
        return f"<{int(h(seed, 12), 16) % 10**15}.{int(h(seed+'p', 6), 16) % 10**5}.{int(h(seed+'q', 12), 16)}@{domain}>"
    if style == "nodemailer":
        a = h(seed, 32)
        return f"<{a[:8]}-{a[8:12]}-{a[12:16]}-{a[16:20]}-{a[20:32]}@{domain}>"
    if style == "google":
        return f"<calendar-{h(seed, 8)}-{h(seed+'1', 4)}-{h(seed+'2', 4)}-{h(seed+'3', 4)}-{h(seed+'4', 12)}@google.com>"
    if style == "phpmailer":
        return f"<{h(seed, 40)}@{domain}>"
    return f"<{h(seed, 24)}@{domain}>"


class Mail:
    """One message: headers in order, then a body built from text / html / calendar parts / attachments."""

    def __init__(self, seed: str, headers: list[tuple[str, str]], text: str | None = None, html: str | None = None,
                 calendar: tuple[str, str] | None = None, attachments: list[tuple[str, str, str, bytes | str]] = (),
                 from_owner: bool = False, when: datetime | None = None):
        self.seed = seed
        self.headers = headers
        self.text = text
        self.html = html
        self.calendar = calendar  # (method, ics text) as a text/calendar alternative
        self.attachments = list(attachments)  # (maintype, subtype, filename, data)
        self.from_owner = from_owner
        self.when = when

    def build(self) -> EmailMessage:
        m = EmailMessage(policy=SMTP)
        for k, v in self.headers:
            m[k] = v
        parts = []
        if self.text is not None:
            parts.append(("plain", self.text))
        if self.html is not None:
            parts.append(("html", self.html))
        assert parts, self.seed
        first = parts[0]
        m.set_content(first[1], subtype=first[0], charset="utf-8", cte=_cte(first[1]))
        for sub, body in parts[1:]:
            m.add_alternative(body, subtype=sub, charset="utf-8", cte=_cte(body))
        if self.calendar is not None:
            method, ics = self.calendar
            if not m.is_multipart():
                m.make_alternative()
            m.add_alternative(ics, subtype="calendar", charset="utf-8", cte=_cte(ics), params={"method": method})
        for maintype, subtype, filename, data in self.attachments:
            if isinstance(data, str):
                data = data.encode("utf-8")
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
        n = 0
        for part in m.walk():
            if part.is_multipart():
                part.set_boundary(f"{'=' * 3}_{h(self.seed, 12)}_{n}")
                n += 1
        return m

    def bytes(self) -> bytes:
        raw = self.build().as_bytes(policy=SMTP)
        return raw


def _cte(body: str) -> str:
    if all(ord(c) < 128 for c in body) and max((len(x) for x in body.split("\n")), default=0) <= 990:
        return "7bit"
    return "quoted-printable"


def eml_bytes(mail: Mail) -> bytes:
    return mail.bytes()


_FROM_LINE = re.compile(rb"^(>*From )", re.M)


def mbox_bytes(mails: list[Mail], thread_seed: str, labels: list[str] | None = None) -> bytes:
    """mboxrd, oldest first, as Google Takeout writes it (X-GM-THRID, X-Gmail-Labels first)."""
    thrid = hnum(thread_seed)
    out = []
    for i, mail in enumerate(mails):
        when = mail.when.astimezone(timezone.utc)
        sep = f"From {hnum(thread_seed + str(i))}@xxx {when.strftime('%a %b %d %H:%M:%S +0000 %Y')}\r\n".encode()
        lab = (labels[i] if labels else ("Sent" if mail.from_owner else "Inbox,Opened,Category Personal"))
        head = f"X-GM-THRID: {thrid}\r\nX-Gmail-Labels: {lab}\r\n".encode()
        body = mail.bytes()
        body = _FROM_LINE.sub(rb">\1", body)
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
        out.append(sep + head + body + b"\r\n")
    return b"".join(out)


def quote(text: str) -> str:
    return "\n".join(("> " + ln) if ln else ">" for ln in text.rstrip("\n").split("\n"))


def gmail_reply_intro(dt: datetime, name: str, addr: str) -> str:
    """Gmail's attribution line (en): 'On Tue, 12 Jan 2027 at 10:15, Name <addr> wrote:'."""
    return f"On {dt.strftime('%a')}, {dt.day} {dt.strftime('%b %Y')} at {dt.strftime('%H:%M')}, {name} <{addr}> wrote:"


def html_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(text: str) -> str:
    paras = text.strip("\n").split("\n\n")
    return "<div dir=\"ltr\">" + "".join(
        "<div>" + "<br>".join(html_escape(x) for x in p.split("\n")) + "</div><div><br></div>" for p in paras) + "</div>"


def ics_fold(lines: list[str]) -> str:
    out = []
    for ln in lines:
        b = ln
        first = True
        while len(b.encode("utf-8")) > 75:
            cut = 75 if first else 74
            # cut on characters (all our text is ASCII-safe enough for this)
            out.append((b[:cut]) if first else " " + b[:cut])
            b = b[cut:]
            first = False
        out.append(b if first else " " + b)
    return "\r\n".join(out) + "\r\n"


def ics_utc(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def ics_local(dt: datetime) -> str:
    return dt.strftime("%Y%m%dT%H%M%S")


VTZ = {
    "America/New_York": ["BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
                         "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
                         "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
                         "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
                         "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
                         "END:VTIMEZONE"],
    "America/Chicago": ["BEGIN:VTIMEZONE", "TZID:America/Chicago", "X-LIC-LOCATION:America/Chicago",
                        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "TZNAME:CDT",
                        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
                        "BEGIN:STANDARD", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "TZNAME:CST",
                        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
                        "END:VTIMEZONE"],
    "Europe/London": ["BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
                      "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
                      "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                      "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
                      "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                      "END:VTIMEZONE"],
}


def weekday(dt: datetime) -> str:
    return dt.strftime("%A")


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def hm12(dt: datetime, lower: bool = False, pad: bool = False) -> str:
    hh = dt.hour % 12 or 12
    s = f"{hh:02d}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}" if pad else f"{hh}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"
    return s.lower() if lower else s


def minus(dt: datetime, **kw) -> datetime:
    return dt - timedelta(**kw)


CASES: list = []


def case(name: str):
    """Register a case builder under its file name."""
    def deco(fn):
        CASES.append((name, fn))
        return fn
    return deco


def R(messages, is_invite, start, accepted, reply_to, note, source, rendered):
    return {"messages": messages, "is_invite": is_invite, "interview_start": start, "accepted": accepted,
            "reply_to": reply_to, "note": note, "source": source, "rendered": rendered}
