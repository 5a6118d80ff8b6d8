#!/usr/bin/env python3
"""Build the en_software corpus: every case in cases_*.py -> NAME.eml / NAME.mbox, truth.json, SOURCES.md.

Deterministic (no clock, no randomness): run `python build.py` in this folder; the output is the same each time.
"""
from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from mailgen import OWNER, eml_bytes, mbox_bytes  # noqa: E402
from registry import CASES  # noqa: E402
import cases_scheduling  # noqa: E402,F401
import cases_ats  # noqa: E402,F401
import cases_misc  # noqa: E402,F401


def iso(v):
    if v is None:
        return None
    assert isinstance(v, datetime) and v.tzinfo is not None, v
    return v.isoformat()


def main() -> None:
    truth: dict[str, object] = {"owner": OWNER}
    rows = []
    seen = set()
    for name, fn in CASES:
        assert name not in seen, name
        seen.add(name)
        c = fn()
        msgs = c["messages"]
        if name.endswith(".mbox"):
            labels = c.get("labels") or ["Inbox,Opened,Category Personal"] * len(msgs)
            (HERE / name).write_bytes(mbox_bytes(msgs, name, labels))
        else:
            assert len(msgs) == 1, name
            (HERE / name).write_bytes(eml_bytes(msgs[0]))
        if c["is_invite"]:
            assert c["reply_to"], name
        else:
            assert c["interview_start"] is None and c["reply_to"] is None, name
        truth[name] = {
            "is_invite": c["is_invite"],
            "interview_start": iso(c["interview_start"]),
            "accepted": c["accepted"],
            "language": "en",
            "reply_to": c["reply_to"],
            "note": c["note"],
            "source": c["source"] + " | rendered: " + c["rendered"],
        }
        rows.append((name, c["source"], c["rendered"]))
    (HERE / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n")
    lines = ["# en_software: sources", "",
             "Each case is rendered from the public e-mail template of a real recruiting / HR / scheduling product, with the",
             "template's wording kept and placeholders filled the way that product's code fills them (see build.py and",
             "cases_*.py). People, companies and dates are invented. One row per case.", "",
             "| file | source | what was rendered how |", "| --- | --- | --- |"]
    for name, src, how in rows:
        lines.append(f"| {name} | {src.replace('|', chr(92) + '|')} | {how.replace('|', chr(92) + '|')} |")
    (HERE / "SOURCES.md").write_text("\n".join(lines) + "\n")
    inv = sum(1 for n, _ in CASES if truth[n]["is_invite"])
    print(f"{len(CASES)} cases: {inv} invites, {len(CASES) - inv} non-invites, "
          f"{sum(1 for n, _ in CASES if n.endswith('.mbox'))} mbox")


if __name__ == "__main__":
    main()
