#!/usr/bin/env python3
"""Regenerate the golden corpus: tests/core/golden/{en,id}/*.eml|*.mbox and their truth.json.

    python tests/core/golden/build_golden.py

Every case is written by hand in cases_en.py / cases_id.py (mail text, headers, calendar data and the
expected answer); this script only wraps them into MIME / mbox bytes. The output files are committed,
so the tests never depend on this script; re-running it must leave `git diff` empty unless a case changed.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases_en  # noqa: E402
import cases_en2  # noqa: E402,F401  (registers its cases with cases_en)
import cases_en3  # noqa: E402,F401
import cases_en4  # noqa: E402,F401
import cases_en5  # noqa: E402,F401
import cases_id  # noqa: E402
import cases_id2  # noqa: E402,F401  (registers its cases with cases_id)
import cases_id3  # noqa: E402,F401
import cases_id4  # noqa: E402,F401
import cases_id5  # noqa: E402,F401
import cases_forwarded  # noqa: E402,F401  (registers English and Indonesian cases)


def write(folder: str, owner: str, cases: dict) -> int:
    out = HERE / folder
    out.mkdir(exist_ok=True)
    truth: dict = {"owner": owner}
    for old in out.glob("*"):
        if old.suffix in (".eml", ".mbox"):
            old.unlink()
    for name, (data, t) in sorted(cases.items()):
        (out / name).write_bytes(data)
        truth[name] = t
    (out / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(cases)


def main() -> None:
    n = write("en", cases_en.OWNER, cases_en.build())
    n += write("id", cases_id.OWNER, cases_id.build())
    print(f"wrote {n} cases")


if __name__ == "__main__":
    main()
