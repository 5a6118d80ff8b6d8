"""Deterministic RFC 5322 / mboxrd writer for the public_mail corpus (stdlib only).

Used by build.py. Nothing here reads the clock or random: fixed boundaries, fixed Message-IDs,
quoted-printable bodies, RFC 2047 headers only where a header is not ASCII.
"""
from __future__ import annotations

import hashlib
import html
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email import quoprimime
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

OWNER = ("Nadia Rahman", "nadia.rahman@gmail.com")
OWNER_TZ = "Asia/Jakarta"


def local(ts: str, tz: str) -> datetime:
    """'2026-12-01 10:02' in an IANA zone -> aware datetime."""
    return datetime.strptime(ts, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def iso(ts: str, tz: str) -> str:
    """Truth value: ISO 8601 with the offset in force at that place and date."""
    return local(ts, tz).isoformat()


def addr(name: str, email: str) -> str:
    if name.isascii():
        return formataddr((name, email))
    return formataddr((name, email), charset="utf-8")


def hdr(value: str) -> str:
    return value if value.isascii() else Header(value, "utf-8").encode()


def _qp(text: str) -> str:
    return quoprimime.body_encode(text.replace("\r\n", "\n"), maxlinelen=76, eol="\n")


def text_to_html(text: str) -> str:
    """A plain rendering as Gmail/Outlook clients produce: one <div> per line, quotes in a blockquote."""
    out, quote = [], []
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(html.escape(line[1:].lstrip(" ")) or "<br>")
            continue
        if quote:
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                       + "<br>\n".join(quote) + "</blockquote>")
            quote = []
        out.append(f"<div>{html.escape(line) if line.strip() else '<br>'}</div>")
    if quote:
        out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                   + "<br>\n".join(quote) + "</blockquote>")
    return ('<div dir="ltr" style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n'
            + "\n".join(out) + "\n</div>")


@dataclass
class Msg:
    sender: tuple[str, str]
    subject: str
    when: datetime
    text: str
    to: list[tuple[str, str]] = field(default_factory=lambda: [OWNER])
    cc: list[tuple[str, str]] = field(default_factory=list)
    reply_to: tuple[str, str] | None = None
    html: str | None = None          # explicit HTML part; "auto" builds one from text
    ics: str | None = None           # text/calendar part (METHOD inside)
    extra: list[tuple[str, str]] = field(default_factory=list)   # e.g. List-Unsubscribe
    msgid: str | None = None
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    labels: str = "Inbox,Category Personal"
    attachment: tuple[str, str, bytes] | None = None   # (filename, mime type, data)

    def message_id(self) -> str:
        if self.msgid:
            return self.msgid
        dom = self.sender[1].split("@", 1)[1]
        h = hashlib.sha1((self.subject + self.when.isoformat() + self.sender[1]).encode()).hexdigest()
        if dom == "gmail.com":
            return f"<CA{h[:10].upper()}+{h[10:30]}=Q@mail.gmail.com>"
        return f"<{h[:12]}.{h[12:20]}@{dom}>"


def _boundary(seed: str, n: int) -> str:
    return "0000000000" + hashlib.md5(f"{seed}/{n}".encode()).hexdigest()[:18]


def render(m: Msg, gmail_thread: str | None = None) -> str:
    """One message as text with LF line ends."""
    h: list[tuple[str, str]] = []
    if gmail_thread:
        h.append(("X-GM-THRID", gmail_thread))
        h.append(("X-Gmail-Labels", m.labels))
    h.append(("From", addr(*m.sender)))
    h.append(("To", ", ".join(addr(*t) for t in m.to)))
    if m.cc:
        h.append(("Cc", ", ".join(addr(*t) for t in m.cc)))
    if m.reply_to:
        h.append(("Reply-To", addr(*m.reply_to)))
    h.append(("Subject", hdr(m.subject)))
    h.append(("Date", format_datetime(m.when)))
    h.append(("Message-ID", m.message_id()))
    if m.in_reply_to:
        h.append(("In-Reply-To", m.in_reply_to))
    if m.references:
        h.append(("References", " ".join(m.references)))
    h.extend(m.extra)
    h.append(("MIME-Version", "1.0"))

    seed = m.message_id()
    text_part = ('Content-Type: text/plain; charset="utf-8"\n'
                 "Content-Transfer-Encoding: quoted-printable\n\n" + _qp(m.text))
    html_src = text_to_html(m.text) if m.html == "auto" else m.html
    parts = [text_part]
    if html_src:
        parts.append('Content-Type: text/html; charset="utf-8"\n'
                     "Content-Transfer-Encoding: quoted-printable\n\n" + _qp(html_src))
    if len(parts) > 1 or m.ics:
        if m.ics:
            method = "REQUEST"
            for line in m.ics.splitlines():
                if line.startswith("METHOD:"):
                    method = line.split(":", 1)[1].strip()
            parts.append(f'Content-Type: text/calendar; charset="utf-8"; method={method}\n'
                         "Content-Transfer-Encoding: quoted-printable\n\n" + _qp(m.ics))
        b = _boundary(seed, 1)
        body = f'Content-Type: multipart/alternative; boundary="{b}"\n\n' + "".join(
            f"--{b}\n{p}\n" for p in parts) + f"--{b}--\n"
    else:
        body = text_part + "\n"
    if m.attachment:
        fname, mime, data = m.attachment
        import base64
        enc = base64.encodebytes(data).decode()
        b2 = _boundary(seed, 2)
        body = (f'Content-Type: multipart/mixed; boundary="{b2}"\n\n'
                f"--{b2}\n{body}\n--{b2}\n"
                f'Content-Type: {mime}; name="{fname}"\n'
                f'Content-Disposition: attachment; filename="{fname}"\n'
                "Content-Transfer-Encoding: base64\n\n" + enc + f"\n--{b2}--\n")
    head = "".join(f"{k}: {v}\n" for k, v in h)
    # body starts with its own Content-Type header line(s) then a blank line
    return head + body


def eml(m: Msg) -> bytes:
    return render(m).encode("utf-8")


def thread(msgs: list[Msg]) -> list[Msg]:
    """Chain In-Reply-To / References through a thread (oldest first)."""
    refs: list[str] = []
    for i, m in enumerate(msgs):
        if i:
            m.in_reply_to = msgs[i - 1].message_id()
            m.references = list(refs)
        refs.append(m.message_id())
    return msgs


def mbox(msgs: list[Msg]) -> bytes:
    """mboxrd as Google Takeout writes it: 'From <id>@xxx <asctime UTC>' lines, X-GM-THRID on every message."""
    thrid = str(int(hashlib.sha1(msgs[0].message_id().encode()).hexdigest()[:15], 16))[:19]
    out = []
    for m in msgs:
        mid = str(int(hashlib.sha1(m.message_id().encode()).hexdigest()[:15], 16))[:19]
        utc = m.when.astimezone(timezone.utc)
        labels = "Sent" if m.sender[1] == OWNER[1] else m.labels
        m.labels = labels
        text = render(m, gmail_thread=thrid)
        lines = []
        for line in text.split("\n"):
            stripped = line.lstrip(">")
            if stripped.startswith("From "):
                line = ">" + line
            lines.append(line)
        out.append(f"From {mid}@xxx {utc.strftime('%a %b %d %H:%M:%S')} +0000 {utc.year}\n" + "\n".join(lines).rstrip("\n") + "\n\n")
    return "".join(out).encode("utf-8")


EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ID_DAYS = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
ID_MON = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def quote(prev: Msg, tz: str, lang: str = "en") -> str:
    """Gmail-style attribution line plus '> ' quoted text of prev, in the replier's zone."""
    d = prev.when.astimezone(ZoneInfo(tz))
    name, email = prev.sender
    if lang == "id":
        att = (f"Pada {ID_DAYS[d.weekday()]}, {d.day} {ID_MON[d.month - 1]} {d.year} pukul "
               f"{d.strftime('%H.%M')} {name} <{email}> menulis:")
    else:
        hour = d.strftime("%I:%M %p").lstrip("0")
        att = f"On {EN_DAYS[d.weekday()]}, {d.strftime('%b')} {d.day}, {d.year} at {hour} {name} <{email}> wrote:"
    body = "\n".join(("> " + l) if l.strip() else ">" for l in prev.text.rstrip("\n").split("\n"))
    return att + "\n" + body
