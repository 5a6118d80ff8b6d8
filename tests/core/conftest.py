"""Shared helpers for the core's reading / CLI / compose / urgency / property tests.

- ``MAIL``: folder of hand-made input files, each named after the case it covers (tests/core/mail/).
- ``NOW``: the fixed clock most tests run at (2026-11-26 09:00 +07:00).
- ``make_mail(...)``: raw RFC 5322 bytes for a synthetic message, built with the email package.
- ``INVITE_EN`` / ``INVITE_ID``: invitation bodies the detector recognises (interview on Thu 3 Dec 2026
  14:00 PST / Thu 10 Dec 2026 14:00 WIB); ``invite_at(when, sent)`` for one at any time; ``PICK_A_SLOT``
  (an invite without a fixed time); ``mbox_bytes([...])`` to write an mbox.
- fixture ``inbox``: a folder with one invitation of each urgency (at NOW) and one non-invite.
- fixture ``cli``: runs the `regrets` click group in-process (CliRunner) with stdout and stderr apart.
- autouse fixture ``_no_user_config``: a user's ~/.config/regrets/config.toml (or $REGRETS_CONFIG) never leaks
  into a test.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

MAIL = Path(__file__).resolve().parent / "mail"
NOW = datetime(2026, 11, 26, 2, 0, tzinfo=timezone.utc)
NOW_ISO = "2026-11-26T09:00:00+07:00"
OWNER = "sam.lee@gmail.com"

INVITE_EN = """Hi Sam,

Thank you for applying for the Backend Engineer role at Orbital Freight. We would like to invite you to a \
technical interview on Thursday, December 3, 2026 at 2:00 PM PST. The interview will be held on Zoom: \
https://zoom.us/j/81455602937

Please let me know if this time works for you.

Best regards,
Keisha Grant
Talent Acquisition, Orbital Freight
"""

INVITE_ID = """Yth. Sdr. Sam,

Terima kasih atas lamaran Anda untuk posisi Data Analyst di PT Maju Jaya. Kami mengundang Anda untuk mengikuti \
wawancara user yang akan dilaksanakan pada:

Hari/Tanggal : Kamis, 10 Desember 2026
Waktu : 14.00 WIB - selesai
Tempat : Google Meet

Mohon konfirmasi kehadiran Anda dengan membalas email ini.

Hormat kami,
Rina Kusuma
HR PT Maju Jaya
"""

NEWSLETTER = """Hello Sam,

This week in the neighbourhood garden club: tomato seedlings, a compost workshop on Saturday at 10am, and the
new rota for watering. Thanks to everyone who helped paint the shed.

Cheers,
The Garden Club
"""


def make_mail(*, sender: str = "Keisha Grant <keisha.grant@orbitalfreight.com>", to: str = f"Sam Lee <{OWNER}>",
              subject: str = "Interview invitation: Backend Engineer", date: datetime | None = None,
              message_id: str | None = "<invite-1@orbitalfreight.com>", in_reply_to: str | None = None,
              references: Sequence[str] = (), body: str = INVITE_EN, html: str | None = None,
              reply_to: str | None = None, extra: dict[str, str] | None = None, ics: str | None = None) -> bytes:
    """A realistic message as bytes (multipart/alternative when `html` is given; an .ics part when `ics` is)."""
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date or datetime(2026, 11, 23, 17, 15, tzinfo=timezone.utc))
    if message_id:
        m["Message-ID"] = message_id
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = " ".join(references)
    for k, v in (extra or {}).items():
        m[k] = v
    m.set_content(body)
    if html is not None:
        m.add_alternative(html, subtype="html")
    if ics is not None:
        m.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="invite.ics")
    return m.as_bytes()


WIB = timezone(timedelta(hours=7))


def invite_at(when: str, sent: datetime, *, message_id: str = "<invite-1@orbitalfreight.com>",
              subject: str = "Interview invitation: Backend Engineer") -> bytes:
    """An English invitation whose interview is at `when` (written out, e.g. 'Friday, November 27, 2026 at
    3:00 PM WIB'), sent at `sent`."""
    body = (f"Hi Sam,\n\nThank you for applying for the Backend Engineer role at Orbital Freight. We would like to "
            f"invite you to a technical interview on {when}. The interview will be held on Zoom: "
            f"https://zoom.us/j/81455602937\n\nBest regards,\nKeisha Grant\nTalent Acquisition, Orbital Freight\n")
    return make_mail(body=body, date=sent, message_id=message_id, subject=subject)


PICK_A_SLOT = """Hi Sam,

Thanks for applying to the Backend Engineer role at Orbital Freight. We'd like to invite you to a 30-minute phone \
screen with our recruiting team. Please pick a time that suits you here: \
https://calendly.com/orbital-recruiting/phone-screen

Best,
Keisha
"""


def mbox_bytes(messages: Sequence[bytes]) -> bytes:
    """An mboxrd file of the messages (envelope lines, '>From ' quoting)."""
    out = []
    for raw in messages:
        body = raw.replace(b"\r\n", b"\n")
        lines = [b">" + ln if ln.lstrip(b">").startswith(b"From ") else ln for ln in body.split(b"\n")]
        out.append(b"From MAILER-DAEMON Mon Nov 23 17:15:00 2026\n" + b"\n".join(lines).rstrip(b"\n") + b"\n\n")
    return b"".join(out)


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None

    def records(self) -> list[dict]:
        """The JSON lines on stdout."""
        return [json.loads(ln) for ln in self.stdout.splitlines() if ln.strip()]


@pytest.fixture
def cli():
    """Run `regrets ARGS...` in-process; returns a CliResult (exit code, stdout, stderr apart)."""
    from regrets.cli import cli as group

    def run(*args: str) -> CliResult:
        runner = CliRunner()
        res = runner.invoke(group, [str(a) for a in args], catch_exceptions=True)
        exc = res.exception if res.exception and not isinstance(res.exception, SystemExit) else None
        return CliResult(res.exit_code, res.stdout, res.stderr, exc)

    return run


@pytest.fixture(autouse=True)
def _no_user_config(monkeypatch, tmp_path_factory):
    """Point the config lookup at an empty folder so a developer's own config cannot change results."""
    monkeypatch.delenv("REGRETS_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.getbasetemp() / "no-user-config"))


@pytest.fixture
def inbox(tmp_path) -> Path:
    """A folder with one thread of each urgency level (at NOW = 2026-11-26 09:00 WIB) and one non-invite."""
    d = tmp_path / "inbox"
    d.mkdir()
    sent = datetime(2026, 11, 24, 9, 0, tzinfo=WIB)
    files = {
        "critical.eml": invite_at("Thursday, November 26, 2026 at 3:00 PM WIB", sent, message_id="<c@x.com>"),
        "urgent.eml": invite_at("Friday, November 27, 2026 at 3:00 PM WIB", sent, message_id="<u@x.com>"),
        "soon.eml": invite_at("Tuesday, December 1, 2026 at 10:00 AM WIB", sent, message_id="<s@x.com>"),
        "normal.eml": invite_at("Monday, December 21, 2026 at 10:00 AM WIB", sent, message_id="<n@x.com>"),
        "past.eml": invite_at("Friday, November 20, 2026 at 10:00 AM WIB", datetime(2026, 11, 10, 9, tzinfo=WIB),
                              message_id="<p@x.com>"),
        "unknown.eml": make_mail(body=PICK_A_SLOT, subject="Next steps: phone screen", message_id="<k@x.com>"),
        "newsletter.eml": make_mail(sender="Garden Club <news@gardenclub.example>", subject="Garden club news",
                                    body=NEWSLETTER, message_id="<g@x.com>"),
    }
    for name, raw in files.items():
        (d / name).write_bytes(raw)
    return d
