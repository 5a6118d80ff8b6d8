"""A small local record of the drafts Regrets created, per mailbox, so `regrets drafts` can list them later.

Stored in the user data folder (``$REGRETS_DATA_DIR``, else ``$XDG_DATA_HOME/regrets``, else
``~/.local/share/regrets``) as ``gmail-drafts.json``, mode 0600 (it names correspondents and subjects), written
atomically (temporary file + rename) after every draft, so a killed run loses at most the draft in flight --
and the next scan finds that one in its thread anyway (by its X-Regrets header) and records it then.

The file is only a memory aid: what a draft's state is now is always asked from Gmail.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .draftrecord import DraftRecord
from .privatefile import remove_leftovers, write_private

FILE_NAME = "gmail-drafts.json"
TEMP_PREFIX = ".gmail-drafts-"  # temporary files of an atomic write


def data_dir() -> Path:
    env = os.environ.get("REGRETS_DATA_DIR")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "regrets"


@dataclass(frozen=True)
class LoggedDraft(DraftRecord):
    """A `DraftRecord` (the shape the add-on's draft store keeps too) and what `regrets drafts` lists of it."""

    thread_id: str
    rfc_message_id: str | None = None  # the draft's Message-ID header
    subject: str = ""
    to: str = ""
    intent: str = ""
    urgency: str = ""
    interview_start: str | None = None


def mailbox_key(email: str, api_root: str | None) -> str:
    """Drafts are kept per mailbox; a mailbox behind another API root (the emulator) is a different one."""
    return email.lower() if not api_root else f"{email.lower()} via {api_root}"


class DraftLog:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / FILE_NAME
        remove_leftovers(self.path.parent, TEMP_PREFIX)  # from runs killed while writing the record

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"version": 1, "mailboxes": {}}
        except (OSError, ValueError) as exc:
            from .errors import GmailProblem

            raise GmailProblem(f"the draft record {self.path} is unreadable ({exc.__class__.__name__}); "
                               "move it away and run `regrets scan` again to rebuild it") from None
        if not isinstance(data, dict) or not isinstance(data.get("mailboxes"), dict):
            return {"version": 1, "mailboxes": {}}
        return data

    def records(self, mailbox: str) -> list[LoggedDraft]:
        box = self._load()["mailboxes"].get(mailbox, {})
        out = []
        for tid, rec in box.items():
            if isinstance(rec, dict):
                fields = {k: rec.get(k) for k in LoggedDraft.__dataclass_fields__ if k != "thread_id"}
                for k in ("draft_id", "message_id", "created_at", "subject", "to", "intent", "urgency"):
                    fields[k] = fields.get(k) or ""  # files written before these fields were strings hold null
                out.append(LoggedDraft(thread_id=tid, **fields))
        return sorted(out, key=lambda r: r.created_at)

    def get(self, mailbox: str, thread_id: str) -> LoggedDraft | None:
        return next((r for r in self.records(mailbox) if r.thread_id == thread_id), None)

    def put(self, mailbox: str, record: LoggedDraft) -> None:
        data = self._load()
        rec = asdict(record)
        tid = rec.pop("thread_id")
        data["mailboxes"].setdefault(mailbox, {})[tid] = rec
        self._write(data)

    def _write(self, data: dict[str, Any]) -> None:
        write_private(self.path, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True), prefix=TEMP_PREFIX)
