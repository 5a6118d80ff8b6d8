"""Tiny helpers to write realistic RFC 5322 / MIME / iCalendar / mbox test mail by hand.

Used only by build_golden.py to (re)generate the committed golden files; the tests read the files,
never this module. Everything is deterministic (boundaries and ids derive from the case name), so
re-running the builder gives byte-identical output.
"""
from __future__ import annotations

import base64
import hashlib
import quopri
from dataclasses import dataclass, field
from email.header import Header
from email.utils import formataddr, parseaddr


def _h(seed: str, n: int = 24) -> str:
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def addr(value: str) -> str:
    """'Name <a@b>' with a non-ASCII display name RFC 2047-encoded (as real mailers do)."""
    name, email = parseaddr(value)
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset="utf-8")


def addrs(value: str | None) -> str | None:
    if value is None:
        return None
    return ", ".join(addr(v.strip()) for v in _split_addrs(value))


def _split_addrs(value: str) -> list[str]:
    out, cur, depth = [], "", 0
    for ch in value:
        if ch == '"':
            depth ^= 1
        if ch == "," and not depth:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur)
    return out


def subject(value: str) -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(maxlinelen=76)


def encode_body(text: str, charset: str, cte: str) -> str:
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return raw.decode(charset)  # 7bit / 8bit: written as is


def leaf(ctype: str, text: str, *, charset: str = "utf-8", cte: str = "quoted-printable", params: str = "",
         disposition: str | None = None) -> str:
    head = f'Content-Type: {ctype}; charset="{charset}"{params}\n'
    if disposition:
        head += f"Content-Disposition: {disposition}\n"
    head += f"Content-Transfer-Encoding: {cte}\n"
    body = encode_body(text, charset, cte)
    return head + "\n" + body.rstrip("\n") + "\n"


def multipart(subtype: str, parts: list[str], seed: str) -> str:
    b = "0000000000" + _h(seed + subtype, 18)
    out = f'Content-Type: multipart/{subtype}; boundary="{b}"\n\n'
    for p in parts:
        out += f"--{b}\n{p}\n"
    return out + f"--{b}--\n"


# ---------------------------------------------------------------------------------------------- iCalendar

VTIMEZONES = {
    "Asia/Jakarta": "BEGIN:VTIMEZONE\nTZID:Asia/Jakarta\nX-LIC-LOCATION:Asia/Jakarta\nBEGIN:STANDARD\n"
                    "TZOFFSETFROM:+0700\nTZOFFSETTO:+0700\nTZNAME:WIB\nDTSTART:19700101T000000\nEND:STANDARD\nEND:VTIMEZONE",
    "Asia/Makassar": "BEGIN:VTIMEZONE\nTZID:Asia/Makassar\nX-LIC-LOCATION:Asia/Makassar\nBEGIN:STANDARD\n"
                     "TZOFFSETFROM:+0800\nTZOFFSETTO:+0800\nTZNAME:WITA\nDTSTART:19700101T000000\nEND:STANDARD\nEND:VTIMEZONE",
    "Asia/Kolkata": "BEGIN:VTIMEZONE\nTZID:Asia/Kolkata\nX-LIC-LOCATION:Asia/Kolkata\nBEGIN:STANDARD\n"
                    "TZOFFSETFROM:+0530\nTZOFFSETTO:+0530\nTZNAME:IST\nDTSTART:19700101T000000\nEND:STANDARD\nEND:VTIMEZONE",
    "America/New_York": "BEGIN:VTIMEZONE\nTZID:America/New_York\nX-LIC-LOCATION:America/New_York\nBEGIN:DAYLIGHT\n"
                        "TZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nDTSTART:19700308T020000\n"
                        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:-0400\n"
                        "TZOFFSETTO:-0500\nTZNAME:EST\nDTSTART:19701101T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\n"
                        "END:STANDARD\nEND:VTIMEZONE",
    "America/Los_Angeles": "BEGIN:VTIMEZONE\nTZID:America/Los_Angeles\nX-LIC-LOCATION:America/Los_Angeles\nBEGIN:DAYLIGHT\n"
                           "TZOFFSETFROM:-0800\nTZOFFSETTO:-0700\nTZNAME:PDT\nDTSTART:19700308T020000\n"
                           "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:-0700\n"
                           "TZOFFSETTO:-0800\nTZNAME:PST\nDTSTART:19701101T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\n"
                           "END:STANDARD\nEND:VTIMEZONE",
    "Europe/London": "BEGIN:VTIMEZONE\nTZID:Europe/London\nX-LIC-LOCATION:Europe/London\nBEGIN:DAYLIGHT\n"
                     "TZOFFSETFROM:+0000\nTZOFFSETTO:+0100\nTZNAME:BST\nDTSTART:19700329T010000\n"
                     "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+0100\n"
                     "TZOFFSETTO:+0000\nTZNAME:GMT\nDTSTART:19701025T020000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"
                     "END:STANDARD\nEND:VTIMEZONE",
    "Pacific Standard Time": "BEGIN:VTIMEZONE\nTZID:Pacific Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T020000\n"
                             "TZOFFSETFROM:-0700\nTZOFFSETTO:-0800\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\n"
                             "END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:-0800\nTZOFFSETTO:-0700\n"
                             "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE",
    "W. Europe Standard Time": "BEGIN:VTIMEZONE\nTZID:W. Europe Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T030000\n"
                               "TZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\n"
                               "END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
                               "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE",
}


def _ics_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return "\r\n ".join(out)


@dataclass
class Event:
    uid: str
    start: str  # "20261203T140000" (with tzid) or "20261203T070000Z"
    end: str
    summary: str
    organizer: tuple[str, str]  # (CN, email)
    attendees: list[tuple[str, str, str]] = field(default_factory=list)  # (CN, email, PARTSTAT)
    tzid: str | None = None
    sequence: int = 0
    status: str = "CONFIRMED"
    description: str = ""
    location: str = ""
    dtstamp: str = "20261120T101500Z"
    vtimezone: bool = True


def ics(method: str, ev: Event, prodid: str = "-//Google Inc//Google Calendar 70.9054//EN") -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if ev.tzid and ev.vtimezone and ev.tzid in VTIMEZONES:
        lines += VTIMEZONES[ev.tzid].split("\n")
    lines.append("BEGIN:VEVENT")
    tz = f";TZID={ev.tzid}" if ev.tzid else ""
    lines += [f"DTSTART{tz}:{ev.start}", f"DTEND{tz}:{ev.end}", f"DTSTAMP:{ev.dtstamp}",
              f"ORGANIZER;CN={ev.organizer[0]}:mailto:{ev.organizer[1]}", f"UID:{ev.uid}"]
    for cn, email, ps in ev.attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={cn};X-NUM-GUESTS=0:mailto:{email}")
    lines += ["CREATED:20261101T080000Z", f"DESCRIPTION:{_ics_escape(ev.description)}", "LAST-MODIFIED:" + ev.dtstamp,
              f"LOCATION:{_ics_escape(ev.location)}", f"SEQUENCE:{ev.sequence}", f"STATUS:{ev.status}",
              f"SUMMARY:{_ics_escape(ev.summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"


# ---------------------------------------------------------------------------------------------- messages

@dataclass
class Mail:
    frm: str
    to: str
    subject: str
    date: str
    msgid: str
    text: str | None = None
    html: str | None = None
    cc: str | None = None
    reply_to: str | None = None
    sender: str | None = None
    in_reply_to: str | None = None
    references: str | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)  # extra headers, written first
    charset: str = "utf-8"
    cte: str = "quoted-printable"
    html_cte: str | None = None
    calendar: str | None = None  # an iCalendar text
    cal_method: str = "REQUEST"
    cal_carrier: str = "both"  # both | inline | attachment | application/ics | octet-stream
    attachments: list[tuple[str, str, bytes]] = field(default_factory=list)  # (ctype, filename, data)
    labels: str | None = None  # X-Gmail-Labels (Takeout mbox)
    thrid: str | None = None  # X-GM-THRID (Takeout mbox)
    forwarded: list[tuple["Mail", str | None]] = field(default_factory=list)  # (mail, .eml name): message/rfc822

    def rfc822_part(self, filename: str | None) -> str:
        """This mail as a message/rfc822 part ("forward as attachment"; RFC 2046 5.2.1: 7bit/8bit only)."""
        named = f'; name="{filename}"' if filename else ""
        head = f"Content-Type: message/rfc822{named}\n"
        if filename:
            head += f'Content-Disposition: attachment; filename="{filename}"\n'
        return head + "\n" + self.render().rstrip("\n") + "\n"

    def body(self) -> str:
        seed = self.msgid
        alts: list[str] = []
        if self.text is not None:
            alts.append(leaf("text/plain", self.text, charset=self.charset, cte=self.cte))
        if self.html is not None:
            alts.append(leaf("text/html", self.html, charset=self.charset, cte=self.html_cte or self.cte))
        cal = self.calendar
        if cal is not None and self.cal_carrier in ("both", "inline"):
            alts.append(leaf("text/calendar", cal, cte="base64", params=f'; method={self.cal_method}'))
        if len(alts) == 1:
            core = alts[0]
        else:
            core = multipart("alternative", alts, seed)
        attach: list[str] = []
        if cal is not None and self.cal_carrier != "inline":
            ctype = {"both": "application/ics", "attachment": "application/ics", "application/ics": "application/ics",
                     "octet-stream": "application/octet-stream"}[self.cal_carrier]
            data = base64.encodebytes(cal.encode()).decode()
            attach.append(f'Content-Type: {ctype}; name="invite.ics"\nContent-Disposition: attachment; filename="invite.ics"\n'
                          f"Content-Transfer-Encoding: base64\n\n{data}")
        for inner, fname in self.forwarded:
            attach.append(inner.rfc822_part(fname))
        for ctype, fname, data in self.attachments:
            attach.append(f'Content-Type: {ctype}; name="{fname}"\nContent-Disposition: attachment; filename="{fname}"\n'
                          f"Content-Transfer-Encoding: base64\n\n{base64.encodebytes(data).decode()}")
        if attach:
            return multipart("mixed", [core] + attach, seed + "mixed")
        return core

    def render(self) -> str:
        h: list[tuple[str, str | None]] = []
        if self.thrid:
            h.append(("X-GM-THRID", self.thrid))
        if self.labels:
            h.append(("X-Gmail-Labels", self.labels))
        h += list(self.headers)
        h += [("From", addrs(self.frm)), ("Sender", addrs(self.sender)), ("Reply-To", addrs(self.reply_to)),
              ("To", addrs(self.to)), ("Cc", addrs(self.cc)), ("Subject", subject(self.subject)), ("Date", self.date),
              ("Message-ID", self.msgid), ("In-Reply-To", self.in_reply_to), ("References", self.references),
              ("MIME-Version", "1.0")]
        head = "".join(_fold_header(f"{k}: {v}") + "\n" for k, v in h if v is not None)
        return head + self.body()


def _fold_header(line: str, limit: int = 78) -> str:
    """Fold a long header at spaces (RFC 5322 2.2.3), as mailers do."""
    if len(line) <= limit or "\n" in line:
        return line
    out, cur = [], ""
    for word in line.split(" "):
        if cur and len(cur) + 1 + len(word) > limit:
            out.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    out.append(cur)
    return "\n ".join(out)


def eml(m: Mail) -> bytes:
    return m.render().encode("utf-8")


def mbox(mails: list[Mail], takeout: bool = True) -> bytes:
    """An mbox; Takeout style ('From <thrid>@xxx <date>') or classic ('From sender <asctime>')."""
    from email.utils import parsedate_to_datetime
    out = []
    for m in mails:
        dt = parsedate_to_datetime(m.date).astimezone(__import__("datetime").timezone.utc)
        if takeout:
            line = f"From {m.thrid or '1'}@xxx {dt.strftime('%a %b %d %H:%M:%S +0000 %Y')}"
        else:
            line = f"From {parseaddr(m.frm)[1]} {dt.strftime('%a %b %d %H:%M:%S %Y')}"
        text = m.render()
        text = "\n".join((">" + ln) if ln.startswith("From ") else ln for ln in text.split("\n"))
        out.append(line + "\n" + text.rstrip("\n") + "\n\n")
    return "".join(out).encode("utf-8")


def quote(text: str, header: str) -> str:
    """Gmail-style quoted history under a reply."""
    return "\n\n" + header + "\n\n" + "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n")) + "\n"
