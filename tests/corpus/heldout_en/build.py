#!/usr/bin/env python3
"""Build the held-out English corpus: every case in cases_*.py -> NAME.eml / NAME.mbox, truth.json, SOURCES.md.

Deterministic and stdlib-only: run `python build.py` in this folder; the output is byte-identical each time.
"""
from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from mailkit import CASES, OWNER, eml_bytes, mbox_bytes  # noqa: E402
import cases_oss  # noqa: E402,F401
import cases_code  # noqa: E402,F401
import cases_docs  # noqa: E402,F401

INTRO = """# heldout_en: sources

A held-out evaluation corpus: English recruiting mail rendered from e-mail templates of recruiting / HR / scheduling
software and public help-centre or gallery pages that none of the other corpora here use (compare their SOURCES.md).
Wording is kept from the source; placeholders are filled the way the source's code fills them (date and time
formatting included, read from the code); people, companies, links and phone numbers are invented. Where the source
only documents what a mail contains (help-centre pages), the mail was written from that description and the row says
so. Mail dates lie in 2026-11-02 .. 2027-02-15 and every interview is after its mail.

Owner: `lena.marsh@gmail.com`. Truth: `truth.json` (format: the shared samples README). Rebuild: `python build.py`.
"""


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
            assert len(msgs) > 1, name
            (HERE / name).write_bytes(mbox_bytes(msgs, name))
        else:
            assert len(msgs) == 1, name
            (HERE / name).write_bytes(eml_bytes(msgs[0]))
        last_mail = max(m.when for m in msgs)
        if c["is_invite"]:
            assert c["reply_to"], name
            if c["interview_start"] is not None:
                assert c["interview_start"] > last_mail, name
        else:
            assert c["interview_start"] is None and c["reply_to"] is None and not c["accepted"], name
        for m in msgs:
            assert datetime(2026, 11, 2, tzinfo=m.when.tzinfo) <= m.when <= datetime(2027, 2, 15, 23, 59, tzinfo=m.when.tzinfo), name
        truth[name] = {
            "is_invite": c["is_invite"],
            "interview_start": iso(c["interview_start"]),
            "accepted": c["accepted"],
            "language": "en",
            "reply_to": c["reply_to"],
            "note": c["note"],
            "source": c["source"] + " | rendered: " + c["rendered"],
        }
        rows.append((name, c["is_invite"], c["source"], c["rendered"]))
    (HERE / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n")
    n_inv = sum(1 for r in rows if r[1])
    n_mbox = sum(1 for r in rows if r[0].endswith(".mbox"))
    lines = [INTRO, f"{len(rows)} threads: {n_inv} invitations, {len(rows) - n_inv} not invitations; {n_mbox} mbox threads.", "",
             "| file | invite | source | how it was rendered |", "| --- | --- | --- | --- |"]
    for name, inv, src, how in rows:
        lines.append(f"| `{name}` | {'yes' if inv else 'no'} | {src.replace('|', '/')} | {how.replace('|', '/')} |")
    (HERE / "SOURCES.md").write_text("\n".join(lines) + "\n")
    print(f"wrote {len(rows)} cases ({n_inv} invites) to {HERE}")


if __name__ == "__main__":
    main()
