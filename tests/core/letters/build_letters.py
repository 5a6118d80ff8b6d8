"""Write the golden letters: one .eml per case in cases.py, into en/ and id/ beside this file.

    python tests/core/letters/build_letters.py

Message-IDs and MIME boundaries are random in a real draft; here they are fixed so that a rebuild that changes
no letter leaves `git diff` empty. Read every changed letter before committing it."""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from regrets.compose import compose_reply  # noqa: E402
from tests.core.letters.cases import CASES, NOW, analysis_of, thread_of  # noqa: E402


def stable(raw: bytes) -> bytes:
    """Fixed Message-ID and boundaries, so the files only change when a letter does."""
    raw = re.sub(rb"(?m)^Message-ID: <[^>]+>", b"Message-ID: <golden@regrets.local>", raw)
    bounds = list(dict.fromkeys(re.findall(rb'boundary="([^"]+)"', raw)))
    for i, b in enumerate(bounds):
        raw = raw.replace(b, f"==golden-boundary-{i}==".encode())
    return raw


def main() -> None:
    for lang in ("en", "id"):
        folder = HERE / lang
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    for case in CASES:
        thread = thread_of(case)
        msg = compose_reply(thread, analysis_of(case, thread), case.options, NOW)
        (HERE / case.lang / f"{case.name}.eml").write_bytes(stable(msg.as_bytes()))
    print(f"{len(CASES)} letters written")


if __name__ == "__main__":
    main()
