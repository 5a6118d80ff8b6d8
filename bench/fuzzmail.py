"""Deterministic hostile mail for the fuzz campaign (bench/bench_fuzz.py) and its bounded test (tests/core/test_fuzz.py).

`case(seed, i)` is message number i of a campaign: the same seed and index always give the same bytes, so any
finding can be rebuilt alone (`python bench/bench_fuzz.py --show I`). Each case starts from an ordinary message
(an English or Indonesian invitation, plain, HTML or with an .ics; a newsletter; a thread with the owner's reply)
and carries one pathology class, sometimes followed by a generic mutation (truncation, NUL bytes, flipped bytes,
a wrong charset label). `grow(klass, size)` builds one class at a chosen size, for the linearity check.
"""
from __future__ import annotations

import base64
import random
from dataclasses import dataclass

OWNER = "sam.lee@gmail.com"
NOW = "2026-11-26T09:00:00+07:00"

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
WORDS = ("the a of to and in for on with at by team project update week plan meeting report review design customer "
         "product data system service launch budget quarter result schedule release issue support").split()

INVITE_EN = ("Hi Sam,\n\nThank you for applying for the Backend Engineer role at Orbital Freight. We would like to invite "
             "you to a technical interview on {day}, December {d}, 2026 at {h}:00 PM {zone}. The interview will be held "
             "on Zoom: https://zoom.us/j/81455602937\n\nPlease let me know if this time works for you.\n\n{pad}"
             "Best regards,\nKeisha Grant\nTalent Acquisition, Orbital Freight\n")
INVITE_ID = ("Yth. Sdr. Sam,\n\nTerima kasih atas lamaran Anda untuk posisi Data Analyst di PT Maju Jaya. Kami mengundang "
             "Anda untuk mengikuti wawancara user yang akan dilaksanakan pada:\n\nHari/Tanggal : {day}, {d} Desember 2026\n"
             "Waktu : {h}.00 WIB - selesai\nTempat : Google Meet\n\n{pad}Mohon konfirmasi kehadiran Anda dengan membalas "
             "email ini.\n\nHormat kami,\nRina Kusuma\nHR PT Maju Jaya\n")

# (class, weight): how often each pathology appears in a campaign. The big ones (MBs) are rare so that a
# 20,000-message run stays within an hour on two cores; the linearity check grows each class on purpose.
CLASSES = [
    ("plain", 6), ("truncated", 8), ("charset", 6), ("boundary", 8), ("nesting", 4), ("giant_header", 4),
    ("giant_line", 1.5), ("nul", 6), ("ics_rrule", 6), ("ics_tzid", 5), ("year_0_9999", 6), ("rfc2047", 6),
    ("weekday_run", 4), ("date_run", 4), ("ws_run", 5), ("html_divs", 1.2), ("charrefs", 5), ("thread", 6),
]
GENERIC = ("truncate", "nul", "flip", "charset")


@dataclass
class Case:
    index: int
    klass: str
    data: bytes
    suffix: str  # ".eml" or ".mbox"
    mutation: str = ""


# --------------------------------------------------------------------------------------------- building blocks

def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _invite_text(rng: random.Random, pad: str = "", lang: str | None = None) -> str:
    lang = lang or ("id" if rng.random() < 0.35 else "en")
    d = rng.randint(1, 28)
    day = (ID_DAYS if lang == "id" else EN_DAYS)[(d + 1) % 7]
    if lang == "id":
        return INVITE_ID.format(day=day, d=d, h=rng.randint(8, 16), pad=pad)
    return INVITE_EN.format(day=day, d=d, h=rng.randint(1, 5), zone=rng.choice(["PST", "WIB", "CET", "SGT", "GMT+7", "ET"]),
                            pad=pad)


def _headers(rng: random.Random, subject: str = "Interview invitation: Backend Engineer", *, mid: str | None = None,
             sender: str = "Keisha Grant <keisha.grant@orbitalfreight.com>", date: str = "Mon, 23 Nov 2026 17:15:00 +0000",
             extra: list[str] | None = None) -> list[str]:
    return [f"From: {sender}", f"To: Sam Lee <{OWNER}>", f"Subject: {subject}", f"Date: {date}",
            f"Message-ID: {mid or f'<{rng.getrandbits(64):x}@orbitalfreight.com>'}", "MIME-Version: 1.0", *(extra or [])]


def _plain(headers: list[str], text: str, charset: str = "utf-8", cte: str = "8bit") -> bytes:
    body = text.encode("utf-8", "surrogateescape")
    if cte == "base64":
        body = base64.encodebytes(body)
    head = "\n".join(headers + [f'Content-Type: text/plain; charset="{charset}"', f"Content-Transfer-Encoding: {cte}"])
    return head.encode("utf-8", "surrogateescape") + b"\n\n" + body


def _html_only(headers: list[str], html: str) -> bytes:
    head = "\n".join(headers + ['Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: 8bit"])
    return head.encode() + b"\n\n" + html.encode("utf-8", "surrogateescape")


def _multipart(headers: list[str], parts: list[tuple[str, str]], subtype: str = "alternative", boundary: str = "b1",
               closing: bool = True) -> bytes:
    out = [*headers, f'Content-Type: multipart/{subtype}; boundary="{boundary}"', "", "preamble"]
    for ctype, body in parts:
        out += [f"--{boundary}", f"Content-Type: {ctype}", "", body]
    if closing:
        out.append(f"--{boundary}--")
    return "\n".join(out).encode("utf-8", "surrogateescape") + b"\n"


def _ics(start: str = "DTSTART;TZID=Asia/Jakarta:20261203T140000", vtimezone: str = "", extra: str = "",
         method: str = "REQUEST") -> str:
    return (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//fuzz//EN\r\nMETHOD:{method}\r\n{vtimezone}BEGIN:VEVENT\r\n"
            f"UID:fuzz-1@orbitalfreight.com\r\nDTSTAMP:20261120T000000Z\r\n{start}\r\n{extra}SUMMARY:Interview\r\n"
            "ORGANIZER:mailto:keisha.grant@orbitalfreight.com\r\n"
            f"ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:{OWNER}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def _with_ics(rng: random.Random, ics: str) -> bytes:
    return _multipart(_headers(rng), [("text/plain; charset=utf-8", _invite_text(rng)),
                                      ("text/calendar; charset=utf-8; method=REQUEST", ics)], subtype="mixed")


def _mbox(messages: list[bytes]) -> bytes:
    out = []
    for raw in messages:
        lines = [b">" + ln if ln.lstrip(b">").startswith(b"From ") else ln for ln in raw.replace(b"\r\n", b"\n").split(b"\n")]
        out.append(b"From MAILER-DAEMON Mon Nov 23 17:15:00 2026\n" + b"\n".join(lines).rstrip(b"\n") + b"\n\n")
    return b"".join(out)


def _base(rng: random.Random, pad: str = "") -> bytes:
    """An ordinary message: invite (plain / HTML / .ics) or a newsletter, with `pad` inside its text."""
    kind = rng.choice(["plain", "plain", "html", "alt", "ics", "newsletter"])
    text = _invite_text(rng, pad)
    if kind == "plain":
        return _plain(_headers(rng), text)
    if kind == "html":
        return _html_only(_headers(rng), "<html><body>" + "".join(f"<p>{p}</p>" for p in text.split("\n\n")) + "</body></html>")
    if kind == "alt":
        return _multipart(_headers(rng), [("text/plain; charset=utf-8", text), ("text/html; charset=utf-8", f"<div>{text}</div>")])
    if kind == "ics":
        return _with_ics(rng, _ics()) if not pad else _multipart(_headers(rng), [("text/plain; charset=utf-8", text),
                                                                                 ("text/calendar; method=REQUEST", _ics())], "mixed")
    html = "<html><head><style>p{margin:0}</style></head><body>" + f"<p>{_words(rng, 200)}</p>" * 5 + pad + "</body></html>"
    return _html_only(_headers(rng, "Weekly digest", sender="News <news@example.com>"), html)


# --------------------------------------------------------------------------------------------- the pathology classes

def _size(rng: random.Random, small: int, big: int, p_big: float = 0.1) -> int:
    """Mostly small, sometimes big (log-uniform within each range)."""
    lo, hi = (big // 8, big) if rng.random() < p_big else (small // 8, small)
    return int(lo * (hi / lo) ** rng.random())


def plain(rng, size=None):
    return _base(rng)


def truncated(rng, size=None):
    raw = _base(rng)
    return raw[: rng.randint(0, len(raw))]


def charset(rng, size=None):
    label = rng.choice(["utf-16", "utf-7", "bogus-charset-9", "iso-2022-jp", "cp1252", "", "utf-8''", "x-unknown",
                        "unicode-1-1-utf-7", "utf-32", "latin1\x00", "a" * 500])
    text = _invite_text(rng) + "".join(chr(rng.randint(0x80, 0x2FFF)) for _ in range(rng.randint(0, 200)))
    raw = _plain(_headers(rng), text, charset=label, cte=rng.choice(["8bit", "base64", "quoted-printable", "7bit", "x-uue"]))
    if rng.random() < 0.5:  # raw high bytes in a body declared otherwise
        cut = rng.randint(0, len(raw))
        raw = raw[:cut] + bytes(rng.randint(0x80, 0xFF) for _ in range(rng.randint(1, 64))) + raw[cut:]
    return raw


def boundary(rng, size=None):
    text = _invite_text(rng)
    how = rng.choice(["no_closing", "wrong", "empty", "inside", "spaces", "no_param", "huge", "many"])
    parts = [("text/plain; charset=utf-8", text), ("text/html; charset=utf-8", f"<p>{text}</p>")]
    if how == "no_closing":
        return _multipart(_headers(rng), parts, closing=False)
    if how == "wrong":
        return _multipart(_headers(rng), parts).replace(b'boundary="b1"', b'boundary="zz"')
    if how == "empty":
        return _multipart(_headers(rng), parts, boundary="")
    if how == "inside":
        return _multipart(_headers(rng), [("text/plain", text + "\n--b1\n--b1--\n" + text)])
    if how == "spaces":
        return _multipart(_headers(rng), parts, boundary="  a b  ")
    if how == "no_param":
        return _multipart(_headers(rng), parts).replace(b'; boundary="b1"', b"")
    if how == "huge":
        return _multipart(_headers(rng), parts, boundary="x" * rng.randint(1000, 100_000))
    return _multipart(_headers(rng), [("text/plain", text)] * rng.randint(100, 5000), subtype="mixed")


def nesting(rng, size=None):
    depth = size or rng.choice([100, 100, 150, 500, 1000])
    inner = f"Content-Type: text/plain; charset=utf-8\n\n{_invite_text(rng)}"
    for level in range(depth):
        inner = f'Content-Type: multipart/mixed; boundary="n{level}"\n\n--n{level}\n{inner}\n--n{level}--'
    return ("\n".join(_headers(rng)) + "\n" + inner + "\n").encode()


def giant_header(rng, size=None):
    n = size or _size(rng, 20_000, 2_000_000)
    which = rng.choice(["subject", "to", "references", "many", "folded", "received"])
    if which == "subject":
        return _plain(_headers(rng, "Interview " + _words(rng, n // 6)), _invite_text(rng))
    if which == "to":
        h = _headers(rng)
        h[1] = "To: " + ", ".join(f"user{i}@example.com" for i in range(n // 20)) + f", {OWNER}"
        return _plain(h, _invite_text(rng))
    if which == "references":
        ids = " ".join(f"<{i}.{rng.getrandbits(32):x}@x.com>" for i in range(n // 22))
        return _plain(_headers(rng, "Re: Interview", extra=[f"References: {ids}", "In-Reply-To: <0.1@x.com>"]), _invite_text(rng))
    if which == "folded":
        return _plain(_headers(rng, "Interview" + "\n  x" * (n // 4)), _invite_text(rng))
    if which == "received":
        return _plain(_headers(rng, extra=[f"Received: from h{i}.example.com by mx.example.com" for i in range(n // 45)]), _invite_text(rng))
    return _plain(_headers(rng, extra=[f"X-H{i}: {'v' * 20}" for i in range(n // 28)]), _invite_text(rng))


def giant_line(rng, size=None):
    n = size or _size(rng, 200_000, 5_000_000, 0.3)
    line = " ".join(rng.choice(WORDS + ["interview", "Monday", "2pm", "3 December", "WIB", "if"]) for _ in range(n // 5))
    return _plain(_headers(rng), _invite_text(rng, pad=line[:n] + "\n\n"))


def nul(rng, size=None):
    raw = bytearray(_base(rng))
    for _ in range(rng.randint(1, 50)):
        raw.insert(rng.randint(0, len(raw)), 0)
    if rng.random() < 0.3:
        raw += b"\x00" * _size(rng, 10_000, 1_000_000)
    return bytes(raw)


def ics_rrule(rng, size=None):
    freq = rng.choice(["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "YEARLY"])
    start = rng.choice(["16000101T000000", "19000101T000000", "00010101T000000", "20200101T000000"])
    rule = rng.choice([f"FREQ={freq}", f"FREQ={freq};INTERVAL=1", f"FREQ={freq};COUNT=1000000000",
                       "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=YEARLY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11;BYMINUTE=0,5,10,15,20,25,30",
                       f"FREQ={freq};UNTIL=99991231T235959Z"])
    vtz = (f"BEGIN:VTIMEZONE\r\nTZID:Custom/Fuzz\r\nBEGIN:STANDARD\r\nDTSTART:{start}\r\nRRULE:{rule}\r\nTZOFFSETFROM:+0800\r\n"
           f"TZOFFSETTO:+0700\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:{start}\r\nRRULE:{rule}\r\nTZOFFSETFROM:+0700\r\n"
           "TZOFFSETTO:+0800\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n")
    extra = rng.choice(["", f"RRULE:FREQ={freq};COUNT=1000000000\r\n", "RDATE:" + ",".join(["20261203T140000"] * 2000) + "\r\n",
                        "EXDATE:" + ",".join(["20261203T140000"] * 500) + "\r\n"])
    ics = _ics("DTSTART;TZID=Custom/Fuzz:20261203T140000", vtimezone=vtz * rng.choice([1, 1, 50]), extra=extra)
    if rng.random() < 0.2:  # many events
        event = ics[ics.index("BEGIN:VEVENT"): ics.index("END:VCALENDAR")]
        ics = ics.replace(event, event * rng.randint(100, 3000))
    return _with_ics(rng, ics)


def ics_tzid(rng, size=None):
    tzid = rng.choice(["Not/AZone", "GMT+99:99", "(UTC+07:00) " + "x" * 5000, "", '"', "Asia/Jakarta\x00", "UTC+1400",
                       "../../../etc/passwd", "India Standard Time;X=1", "Customized Time Zone", "\u2028", "A" * 100_000])
    start = rng.choice([f"DTSTART;TZID={tzid}:20261203T140000", f"DTSTART;TZID={tzid}:99991231T235959",
                        f"DTSTART;TZID={tzid}:00000101T000000", "DTSTART:2026120", "DTSTART;VALUE=DATE:20261303",
                        f"DTSTART;TZID={tzid}:20261203T250000"])
    vtz = "" if rng.random() < 0.5 else (f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
                                         "TZOFFSETFROM:+9999\r\nTZOFFSETTO:-9999\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n")
    ics = _ics(start, vtimezone=vtz)
    if rng.random() < 0.3:
        ics = ics.replace("END:VEVENT\r\n", "")  # unterminated
    return _with_ics(rng, ics)


def year_0_9999(rng, size=None):
    year = rng.choice(["0", "0000", "0001", "9999", "10000", "99999999999999999999", "-1"])
    date = rng.choice([f"Fri, 31 Dec {year} 23:59:59 -1400", f"Mon, 1 Jan {year} 00:00:00 +1400", f"1 Jan {year} 00:00 +2359"])
    body = _invite_text(rng).replace("2026", year) + f"\n\nOr on December 31, {year} at 11:59 PM, or {year}-12-31 at 23:59.\n"
    if rng.random() < 0.3:
        return _with_ics(rng, _ics(f"DTSTART:{year.zfill(4)[:8]}1231T235959Z"))
    return _plain(_headers(rng, date=date), body)


def rfc2047(rng, size=None):
    n = size or _size(rng, 2_000, 50_000)
    how = rng.choice(["many_words", "nested", "bad_base64", "long_name", "mixed_charsets", "huge_word"])
    if how == "many_words":
        subject = " ".join(f"=?utf-8?b?{base64.b64encode(b'Interview ').decode()}?=" for _ in range(n // 24))
        return _plain(_headers(rng, subject), _invite_text(rng))
    if how == "nested":
        word = "Interview"
        for _ in range(rng.randint(3, 12)):
            word = f"=?utf-8?b?{base64.b64encode(word.encode()).decode()}?="
        return _plain(_headers(rng, word), _invite_text(rng))
    if how == "bad_base64":
        return _plain(_headers(rng, "=?utf-8?b?" + "!@#" * (n // 3) + "?= \xff\xfe"), _invite_text(rng))
    if how == "long_name":
        name = "".join(f"=?utf-8?q?{'=C3=A9' * 10}?= " for _ in range(n // 70))
        return _plain(_headers(rng, sender=f"{name} <keisha.grant@orbitalfreight.com>"), _invite_text(rng))
    if how == "mixed_charsets":
        subject = " ".join(f"=?{rng.choice(['utf-8', 'iso-8859-1', 'bogus', 'utf-16', 'utf-7'])}?{rng.choice('bq')}?"
                           f"{base64.b64encode(rng.randbytes(6)).decode()}?=" for _ in range(n // 40))
        return _plain(_headers(rng, subject), _invite_text(rng))
    return _plain(_headers(rng, "=?utf-8?b?" + base64.b64encode(b"Interview " * (n // 10)).decode() + "?="), _invite_text(rng))


def weekday_run(rng, size=None):
    n = size or _size(rng, 30_000, 600_000)
    days = EN_DAYS + ID_DAYS
    run = " ".join(rng.choice(days) for _ in range(n // 8))
    return _plain(_headers(rng), _invite_text(rng, pad=run[:n] + "\n\n"))


def date_run(rng, size=None):
    n = size or _size(rng, 30_000, 600_000)
    fmt = rng.choice(["{d} December 2026, ", "December {d}, 2026 ", "{d}/12/2026 ", "2026-12-{d:02d} ", "Monday {d}/12 ",
                      "{d} Desember 2026 pukul 10.00 "])
    run = "".join(fmt.format(d=rng.randint(1, 28)) for _ in range(n // 16))
    return _plain(_headers(rng), _invite_text(rng, pad=run[:n] + "\n\n"))


def ws_run(rng, size=None):
    n = size or _size(rng, 20_000, 1_000_000)
    unit = rng.choice(["\n", "\t\n", " \n", "\r\n", "\t", " ", "\n\t\n ", "\u00a0\n"])
    return _plain(_headers(rng), _invite_text(rng, pad=unit * (n // len(unit)) + "x\n"))


def html_divs(rng, size=None):
    n = size or (16_000_000 if rng.random() < 0.25 else _size(rng, 1_000_000, 8_000_000, 0.3))
    how = rng.choice(["flat", "nested", "unclosed", "attrs"])
    text = _invite_text(rng)
    if how == "flat":
        html = "<div>" + "</div><div>".join(_words(rng, 5) for _ in range(n // 40)) + "</div>"
    elif how == "nested":
        html = "<div>" * (n // 10) + text + "</div>" * (n // 10)
    elif how == "unclosed":
        html = "<div><p><span>" * (n // 18) + text
    else:
        html = ("<div class=\"a\" style=\"color:red;margin:0\" data-x=\"" + "y" * 50 + "\">z</div>") * (n // 90)
    return _html_only(_headers(rng), f"<html><body><p>{text}</p>{html}</body></html>")


def charrefs(rng, size=None):
    n = size or _size(rng, 50_000, 2_000_000)
    ref = rng.choice(["&#65;", "&amp;", "&#x41;", "&nbsp;", "&#" + "9" * 5000 + ";", "&#" + "0" * 5000 + "65;", "&#x110000;",
                      "&notanentity;", "&#"])
    body = ref * max(1, n // len(ref))
    if rng.random() < 0.5:
        return _html_only(_headers(rng), f"<html><body><p>{_invite_text(rng)}</p><p>{body}</p></body></html>")
    return _multipart(_headers(rng), [("text/plain; charset=utf-8", _invite_text(rng)), ("text/html; charset=utf-8", body)])


def thread(rng, size=None):
    """An invitation and the owner's reply (and sometimes the recruiter's answer) in one mbox, one of them hostile."""
    mid = f"<{rng.getrandbits(64):x}@orbitalfreight.com>"
    first = _plain(_headers(rng, mid=mid), _invite_text(rng))
    pad = rng.choice(["\n" * 50_000, "Monday Tuesday " * 5_000, "&#" + "9" * 5000 + ";", "\t\n" * 20_000, ""])
    reply = _plain([f"From: Sam Lee <{OWNER}>", "To: keisha.grant@orbitalfreight.com", "Subject: Re: Interview invitation",
                    "Date: Tue, 24 Nov 2026 08:00:00 +0700", f"Message-ID: <r{rng.getrandbits(32):x}@gmail.com>",
                    f"In-Reply-To: {mid}", f"References: {mid}", "X-Gmail-Labels: Sent"],
                   "Thanks, I confirm. See you then!\n" + pad + "\n\nOn Mon, Keisha wrote:\n> " + _invite_text(rng).replace("\n", "\n> "))
    messages = [first, reply]
    if rng.random() < 0.5:
        messages.append(_html_only(_headers(rng, "Re: Interview invitation", extra=[f"In-Reply-To: {mid}"]),
                                   "<p>Perfect, see you then!</p>" + rng.choice(["", "<div>" * 10_000, "&#65;" * 10_000])))
    return _mbox(messages)


GENERATORS = {name: globals()[name] for name, _ in CLASSES}


# --------------------------------------------------------------------------------------------- generic mutations

def mutate(rng: random.Random, raw: bytes, how: str) -> bytes:
    if how == "truncate":
        return raw[: rng.randint(0, len(raw))]
    if how == "nul":
        pos = rng.randint(0, len(raw))
        return raw[:pos] + b"\x00" * rng.randint(1, 20) + raw[pos:]
    if how == "flip":
        b = bytearray(raw)
        for _ in range(rng.randint(1, 30)):
            if b:
                b[rng.randrange(len(b))] = rng.randrange(256)
        return bytes(b)
    return raw.replace(b"charset=utf-8", b"charset=" + rng.choice([b"utf-16", b"bogus", b"utf-7", b""]), 1)


def case(seed: int, i: int) -> Case:
    """Message number i of the campaign with this seed."""
    rng = random.Random(seed * 1_000_003 + i)
    names, weights = zip(*CLASSES, strict=True)
    klass = rng.choices(names, weights)[0]
    data = GENERATORS[klass](rng)
    mutation = ""
    if klass not in ("truncated", "thread") and rng.random() < 0.15:
        mutation = rng.choice(GENERIC)
        data = mutate(rng, data, mutation)
    return Case(i, klass, data, ".mbox" if klass == "thread" or rng.random() < 0.2 else ".eml", mutation)


def as_file_bytes(c: Case) -> bytes:
    """The bytes to write for a case: an .mbox case that is a single message gets its envelope line."""
    if c.suffix == ".mbox" and not c.data.startswith(b"From "):
        return _mbox([c.data])
    return c.data


def grow(klass: str, size: int, seed: int = 7) -> bytes:
    """One message of a growth class with about `size` bytes of the pathology (for the linearity check)."""
    rng = random.Random(seed)
    if klass == "one_line_body":
        line = " ".join(rng.choice(WORDS) for _ in range(size // 5))[:size]
        return _plain(_headers(rng), _invite_text(rng, pad=line + "\n\n", lang="en"))
    if klass == "prose":
        para = ("We met the team at 10:00 and discussed the project plan in detail on Monday. " * (size // 80 + 1))[:size]
        return _plain(_headers(rng), _invite_text(rng, pad=para + "\n\n", lang="en"))
    return GENERATORS[klass](rng, size)


GROWTH_CLASSES = ["one_line_body", "prose", "weekday_run", "date_run", "ws_run", "html_divs", "charrefs", "giant_header",
                  "rfc2047"]
