"""An invitation forwarded as an attachment (message/rfc822): the add-on card shows the interview time
`regrets scan` finds for the same thread, whichever way the add-on reads it (threads.get, or the open message
alone). Both go through gmail.reading; before they shared it, the card found no time here."""
from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from gmail.calls import Gateway
from gmail.emulator import Emulator
from gmail.pacing import UnitPacer
from gmail.retry import Backoff
from gmail.scan import Scanner, ScanOptions
from gmail.service import build_gmail
from gmail.state import DraftLog
from regrets.display import card_time

from .conftest import NOW
from .test_endpoints import all_text, card_of

GOLDEN = Path(__file__).resolve().parents[1] / "core" / "golden"
FORWARDED = [GOLDEN / "en" / "en_forwarded_as_attachment_agency_ics_eastern.eml",
             GOLDEN / "en" / "en_forwarded_as_attachment_html_only_windows1252_pacific.eml",
             GOLDEN / "id" / "id_diteruskan_sebagai_lampiran_undangan_psikotes_wib.eml"]


def scan_row(path: Path, owner: str, tmp_path: Path) -> dict:
    """`regrets scan`'s record of the one thread in `path`, read from a mailbox of its own (the add-on's may
    refuse threads.get)."""
    with Emulator([path], me=owner, now=NOW) as emu:
        gw = Gateway(build_gmail(root=emu.url), pacer=UnitPacer(None),
                     backoff=Backoff(base=0.01, cap=0.05, rng=random.Random(0)))
        opts = ScanOptions(now=NOW, query="in:anywhere", newer_than="all", pretend_now=True)
        [row] = Scanner(gw, opts, log=DraftLog(tmp_path / "drafts.json"), api_root=emu.url).run().rows
    return row


@pytest.mark.parametrize("path", FORWARDED, ids=lambda p: p.name)
def test_card_shows_the_time_the_scan_finds(make_addon, tmp_path, path):
    owner = "putri.anggraini@gmail.com" if path.parent.name == "id" else "jordan.reyes@gmail.com"
    row = scan_row(path, owner, tmp_path)
    addon = make_addon([path], me=owner)
    [tid] = addon.emulator.mailbox.threads
    assert row["is_invite"] and row["interview_start"], row
    r = addon.post("/on-message", addon.event(tid, addon.last_message_id(tid)))
    assert r.status_code == 200
    card = card_of(r)
    assert card["name"] == "regrets-invite"
    start = datetime.fromisoformat(row["interview_start"])
    if row["timezone"]:
        start = start.astimezone(ZoneInfo(row["timezone"]))
    assert card_time(start) in all_text(card)
