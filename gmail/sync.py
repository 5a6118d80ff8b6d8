"""Incremental rescans: read only the threads that changed since the last scan, from Gmail's history.

Gmail's recipe (https://developers.google.com/workspace/gmail/api/guides/sync, "Partial synchronization"):
keep the ``historyId`` of the last sync, call users.history.list with it as ``startHistoryId`` (2 units a
page, https://developers.google.com/workspace/gmail/api/reference/quota) and look only at what the records
name. "A historyId is typically valid for at least a week, but in some rare circumstances may be valid for only
a few hours. If you receive an HTTP 404 error response, your application should perform a full sync"
(https://developers.google.com/workspace/gmail/api/reference/rest/v1/users.history/list): then we scan fully.

What a checkpoint holds, per mailbox (``gmail-sync.json`` in the data folder, mode 0600; ids only, no mail):
- ``history_id``: the profile's historyId read at the START of the scan, so whatever arrives while it runs is
  seen by the next one;
- ``fingerprint``: the query and the options that decide which threads get drafts (a scan with another query,
  a dry run followed by ``--create-drafts``, ``--force``... starts with a full scan);
- ``own_added`` / ``own_deleted``: the message ids of the drafts this scan made / removed, and ``own_labels``,
  the Regrets label ids it applies: its own writes are history too, and must not send the next scan back to
  every thread it drafted;
- ``pending``: threads this scan could not finish (not read, draft not made): the next one tries them again.

A thread counts as changed when a record adds or deletes a message in it (a new message, a reply, a draft the
user made or deleted), or adds or removes a label other than ours. The changed threads are then intersected
with the scan's query listing, so an incremental scan handles exactly the threads a full scan would handle
among those that changed.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from googleapiclient.errors import HttpError

from .calls import Gateway
from .privatefile import remove_leftovers, write_private
from .retry import status_of
from .state import data_dir

FILE_NAME = "gmail-sync.json"
TEMP_PREFIX = ".gmail-sync-"
HISTORY_TYPES = ["messageAdded", "messageDeleted", "labelAdded", "labelRemoved"]
PAGE_SIZE = 500  # history.list maxResults upper bound (discovery document)


@dataclass
class Checkpoint:
    history_id: str
    fingerprint: str
    own_added: list[str] = field(default_factory=list)
    own_deleted: list[str] = field(default_factory=list)
    own_labels: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    at: str = ""


class SyncState:
    """The checkpoints of every mailbox, in one small private file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / FILE_NAME
        remove_leftovers(self.path.parent, TEMP_PREFIX)

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # no checkpoint (or a damaged one): the next scan is a full one and writes a new file
        return data if isinstance(data, dict) else {}

    def get(self, mailbox: str) -> Checkpoint | None:
        raw = self._load().get(mailbox)
        if not isinstance(raw, dict) or not raw.get("history_id"):
            return None
        try:
            return Checkpoint(**{k: raw[k] for k in Checkpoint.__dataclass_fields__ if k in raw})
        except TypeError:
            return None

    def put(self, mailbox: str, cp: Checkpoint) -> None:
        data = self._load()
        data[mailbox] = asdict(cp)
        write_private(self.path, json.dumps(data, indent=1, sort_keys=True), prefix=TEMP_PREFIX)


def fingerprint(query: str, *, create_drafts: bool, label: bool, force_past: bool) -> str:
    """What must be equal for a scan to continue from another scan's checkpoint."""
    return json.dumps({"q": query, "drafts": create_drafts, "label": label, "force": force_past}, sort_keys=True)


def changed_threads(gw: Gateway, cp: Checkpoint) -> set[str] | None:
    """Threads changed since the checkpoint by anyone but the scan that wrote it (and its pending ones);
    None when Gmail no longer has that history (404): a full scan is needed."""
    own_added, own_deleted, own_labels = set(cp.own_added), set(cp.own_deleted), set(cp.own_labels)
    changed = set(cp.pending)
    token: str | None = None
    while True:
        def make(token: str | None = token) -> Any:
            kw: dict[str, Any] = {"userId": "me", "startHistoryId": cp.history_id, "historyTypes": HISTORY_TYPES,
                                  "maxResults": PAGE_SIZE}
            if token:
                kw["pageToken"] = token
            return gw.users.history().list(**kw)

        try:
            page = gw.call("history.list", make)
        except HttpError as exc:
            if status_of(exc) == 404:
                return None
            raise
        for record in page.get("history") or ():
            changed |= _changes(record, own_added, own_deleted, own_labels)
        token = page.get("nextPageToken")
        if not token:
            return changed


def _changes(record: dict[str, Any], own_added: set[str], own_deleted: set[str], own_labels: set[str]) -> set[str]:
    out: set[str] = set()
    for key, own in (("messagesAdded", own_added), ("messagesDeleted", own_deleted)):
        for entry in record.get(key) or ():
            m = entry.get("message") or {}
            if m.get("threadId") and str(m.get("id")) not in own:
                out.add(str(m["threadId"]))
    for key in ("labelsAdded", "labelsRemoved"):
        for entry in record.get(key) or ():
            m = entry.get("message") or {}
            if m.get("threadId") and not set(entry.get("labelIds") or ()) <= own_labels:
                out.add(str(m["threadId"]))
    return out


def keep_order(listed: Iterable[str], wanted: set[str]) -> list[str]:
    """The listed thread ids that are wanted, in the listing's order (newest first)."""
    return [t for t in listed if t in wanted]
