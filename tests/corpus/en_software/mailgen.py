"""Small, deterministic helpers that turn case descriptions into RFC 5322 messages (.eml) and
Google-Takeout-style mboxrd threads (.mbox).  Standard library only; our own code.

Nothing here knows about any recruiting product: the case modules (cases_*.py) hold the wording
taken from the public templates and fill the placeholders the way each product's code does.
"""
from __future__ import annotations

import hashlib
import html as htmllib
import re
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

OWNER = "sam.okafor@gmail.com"
OWNER_NAME = "Sam Okafor"
OWNER_ADDR = formataddr((OWNER_NAME, OWNER))

POLICY = policy.default.clone(linesep="\n", max_line_length=78)
UTC = timezone.utc


def tz(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def at(zone: str, y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0) -> datetime:
    """An aware datetime at wall time (y-mo-d h:mi:s) in the IANA zone."""
    return datetime(y, mo, d, h, mi, s, tzinfo=ZoneInfo(zone))


def seed(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def hexid(key: str, n: int = 16) -> str:
    return seed(key)[:n]


def digits(key: str, n: int) -> str:
    return str(int(seed(key), 16))[:n]


# ---------------------------------------------------------------- date formatting helpers
# Each mirrors a formatter used by one of the products; the case modules say which.

def h12(dt: datetime, lower: bool = True, space: str = "") -> str:
    """h:mma (dayjs/moment) -> '2:00pm'; with lower=False and space=' ' -> '2:00 PM'."""
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    if not lower:
        ap = ap.upper()
    return f"{h}:{dt.minute:02d}{space}{ap}"


def long_us_date(dt: datetime) -> str:
    """dayjs/moment 'LL' in en: 'January 12, 2027'."""
    return f"{dt:%B} {dt.day}, {dt.year}"


def weekday(dt: datetime) -> str:
    return f"{dt:%A}"


def php_date(dt: datetime, fmt: str) -> str:
    """The few PHP date() letters the PHP products use."""
    out = []
    for ch in fmt:
        if ch == "d":
            out.append(f"{dt.day:02d}")
        elif ch == "j":
            out.append(str(dt.day))
        elif ch == "m":
            out.append(f"{dt.month:02d}")
        elif ch == "n":
            out.append(str(dt.month))
        elif ch == "Y":
            out.append(str(dt.year))
        elif ch == "y":
            out.append(f"{dt.year % 100:02d}")
        elif ch == "H":
            out.append(f"{dt.hour:02d}")
        elif ch == "G":
            out.append(str(dt.hour))
        elif ch == "g":
            out.append(str(dt.hour % 12 or 12))
        elif ch == "i":
            out.append(f"{dt.minute:02d}")
        elif ch == "s":
            out.append(f"{dt.second:02d}")
        elif ch == "a":
            out.append("am" if dt.hour < 12 else "pm")
        elif ch == "A":
            out.append("AM" if dt.hour < 12 else "PM")
        elif ch == "l":
            out.append(f"{dt:%A}")
        elif ch == "D":
            out.append(f"{dt:%a}")
        elif ch == "F":
            out.append(f"{dt:%B}")
        elif ch == "M":
            out.append(f"{dt:%b}")
        else:
            out.append(ch)
    return "".join(out)


def py_timedelta_str(h: int, m: int) -> str:
    """str(datetime.timedelta(hours=h, minutes=m)) - how Frappe renders a Time field in Jinja."""
    return str(timedelta(hours=h, minutes=m))


# ---------------------------------------------------------------- text helpers

def html_to_text(markup: str) -> str:
    """Rough plain-text alternative of an HTML body (what html2text-style converters produce)."""
    t = re.sub(r"(?is)<(style|script|head)[^>]*>.*?</\1>", "", markup)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|h[1-6]|li|tr|table|ul|ol)>", "\n", t)
    t = re.sub(r"(?i)<li[^>]*>", "* ", t)
    t = re.sub(r"(?i)</t[dh]>", "  ", t)
    t = re.sub(r"(?i)<a [^>]*href=\"([^\"]+)\"[^>]*>(.*?)</a>", r"\2 [\1]", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = htmllib.unescape(t).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in t.splitlines()]
    out, blank = [], 0
    for ln in lines:
        if not ln:
            blank += 1
            if blank > 1:
                continue
        else:
            blank = 0
        out.append(ln)
    return "\n".join(out).strip() + "\n"


def quote_lines(text: str) -> str:
    return "\n".join(("> " + ln) if ln else ">" for ln in text.rstrip("\n").split("\n")) + "\n"


# ---------------------------------------------------------------- iCalendar

def ics_dt(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def fold_ics(lines: list[str]) -> str:
    out = []
    for ln in lines:
        raw = ln.encode("utf-8")
        if len(raw) <= 75:
            out.append(ln)
            continue
        cur, first = "", True
        for ch in ln:
            limit = 75 if first else 74
            if len((cur + ch).encode("utf-8")) > limit:
                out.append(cur if first else " " + cur)
                cur, first = ch, False
            else:
                cur += ch
        out.append(cur if first else " " + cur)
    return "\r\n".join(out) + "\r\n"


def ics_text(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


# ---------------------------------------------------------------- messages

def received_lines(msg_date: datetime, key: str) -> list[tuple[str, str]]:
    """Gmail-side headers every delivered message carries."""
    local = (msg_date + timedelta(seconds=3)).astimezone(ZoneInfo("America/Los_Angeles"))
    stamp = format_datetime(local).replace(" -0800", " -0800 (PST)").replace(" -0700", " -0700 (PDT)")
    smtp = f"2002:a05:7022:{hexid(key + 'a', 4)}:b0:{hexid(key + 'b', 4)}:{hexid(key + 'c', 4)}:{hexid(key + 'd', 3)}"
    return [
        ("Delivered-To", OWNER),
        ("Received", f"by {smtp} with SMTP id {hexid(key + 'e', 4)}csp{digits(key, 6)}; {stamp}"),
    ]


def make_message(*, key: str, date: datetime, from_: str, subject: str, to: str = OWNER_ADDR,
                 text: str | None = None, html: str | None = None, headers: list[tuple[str, str]] | None = None,
                 message_id: str | None = None, return_path: str | None = None,
                 ics: str | None = None, ics_method: str | None = None, ics_as_alternative: bool = True,
                 attachments: list[tuple[str, str, bytes | str]] | None = None,
                 delivered: bool = True, cc: str | None = None, html_cte: str = "quoted-printable",
                 text_cte: str | None = None, boundary: str = "python") -> EmailMessage:
    """Build one message.  `attachments` items are (filename, mime type, content).
    `boundary` names the MIME boundary style of the sending software (see BOUNDARY_STYLES)."""
    m = _build(key=key, date=date, from_=from_, subject=subject, to=to, text=text, html=html, headers=headers,
               message_id=message_id, return_path=return_path, ics=ics, ics_method=ics_method,
               ics_as_alternative=ics_as_alternative, attachments=attachments, delivered=delivered, cc=cc,
               html_cte=html_cte, text_cte=text_cte)
    if boundary == "python":
        boundary = style_for_key(key)
    return finalize(m, key, boundary)


# MIME boundary style by case key prefix (the software that sent the message)
STYLE_BY_KEY_PREFIX = {"calcom": "nodemailer", "ea": "phpmailer", "lp": "phpmailer", "prism": "javamail",
                       "hrms2": "outlook", "nl1": "javamail", "cs": "nodemailer", "ai": "outlook", "ai2": "gmail"}


def style_for_key(key: str) -> str:
    best = ""
    for p in STYLE_BY_KEY_PREFIX:
        if key.startswith(p) and len(p) > len(best):
            best = p
    return STYLE_BY_KEY_PREFIX.get(best, "python")


def _build(*, key, date, from_, subject, to, text, html, headers, message_id, return_path, ics, ics_method,
           ics_as_alternative, attachments, delivered, cc, html_cte, text_cte) -> EmailMessage:
    if html is not None and html_cte == "7bit" and not html.isascii():
        html_cte = "8bit"
    m = EmailMessage(policy=POLICY)
    if delivered:
        for k, v in received_lines(date, key):
            m[k] = v
        if return_path:
            m["Return-Path"] = f"<{return_path}>"
    m["From"] = from_
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = message_id or f"<{hexid(key, 24)}@mail.example.invalid>"
    for k, v in headers or []:
        m[k] = v

    def _set_text(part, body):
        if text_cte:
            part.set_content(body, cte=text_cte)
        else:
            part.set_content(body)

    if text is not None and html is None and ics is None and not attachments:
        _set_text(m, text)
        return m
    if html is not None and text is None and ics is None and not attachments:
        m.set_content(html, subtype="html", cte=html_cte)
        return m
    # multipart
    if text is not None:
        _set_text(m, text)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte)
    if ics is not None and ics_as_alternative:
        if not m.is_multipart():
            m.make_alternative()
        cal = EmailMessage(policy=POLICY)
        cal.set_content(ics, subtype="calendar", cte="7bit" if ics.isascii() else "base64")
        if ics_method:
            cal.set_param("method", ics_method)
        m.attach(cal)
    for fname, mime, content in attachments or []:
        maintype, subtype = mime.split("/", 1)
        data = content.encode("utf-8") if isinstance(content, str) else content
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m


def eml_bytes(m: EmailMessage) -> bytes:
    return m.as_bytes(policy=POLICY)


def mbox_bytes(messages: list[EmailMessage], thread_key: str, labels: list[str]) -> bytes:
    """Google Takeout mbox (mboxrd): 'From ' separator, X-GM-THRID and X-Gmail-Labels per message."""
    thrid = str(int(seed(thread_key), 16))[:19]
    out = []
    for i, m in enumerate(messages):
        msgid = str(int(seed(thread_key, str(i)), 16))[:19]
        date = m["Date"].datetime.astimezone(UTC)
        sep = f"From {msgid}@xxx {date:%a %b %d %H:%M:%S} +0000 {date:%Y}\n"
        body = eml_bytes(m).decode("utf-8")
        head = f"X-GM-THRID: {thrid}\nX-Gmail-Labels: {labels[i]}\n"
        lines = []
        for ln in (head + body).split("\n"):
            if re.match(r"^>*From ", ln):
                ln = ">" + ln
            lines.append(ln)
        text = "\n".join(lines)
        if not text.endswith("\n"):
            text += "\n"
        out.append(sep + text + "\n")
    return "".join(out).encode("utf-8")


BOUNDARY_STYLES = {
    "python": lambda k, i: f"==============={int(hexid(k + 'py' + str(i), 16), 16) % 10**19:019d}==",  # Python email (Odoo, Frappe)
    "nodemailer": lambda k, i: f"--_NmP-{hexid(k + 'nm', 16)}-Part_{i + 1}",
    "phpmailer": lambda k, i: f"b{i + 1}_{hexid(k + 'pm', 32)}",
    "javamail": lambda k, i: f"----=_Part_{int(hexid(k + 'jm' + str(i), 6), 16) % 900000}_{int(hexid(k + 'jn', 8), 16)}.{int(hexid(k + 'jo', 10), 16) % 10**13}",
    "outlook": lambda k, i: f"_00{i}_{hexid(k + 'ol', 12).upper()}{hexid(k + 'om', 20).upper()}_",
    "gmail": lambda k, i: f"0000000000{hexid(k + 'gm' + str(i), 16)}",
    "swift": lambda k, i: f"_=_swift_{1767000000 + int(hexid(k + 'sw', 6), 16)}_{hexid(k + 'sx' + str(i), 32)}_=_",
}


def finalize(m: EmailMessage, key: str, style: str) -> EmailMessage:
    """Give multipart parts the boundary style of the sending software; drop MIME-Version from sub-parts."""
    gen = BOUNDARY_STYLES[style]
    i = 0
    for part in m.walk():
        if part is not m and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            b = gen(key, i)
            if b:
                part.set_boundary(b)
            i += 1
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    return m
