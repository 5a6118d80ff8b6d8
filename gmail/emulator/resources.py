"""JSON resources (Message, Thread, Draft, History) in the formats the Gmail API serves."""
from __future__ import annotations

from typing import Any

from gmail import b64url

from . import errors
from .payload import metadata_payload
from .store import Change, Mailbox, StoredMessage

MESSAGE_FORMATS = ("full", "metadata", "minimal", "raw")
# historyTypes values (discovery document) and the History field each fills
HISTORY_TYPES = {"messageAdded": "messagesAdded", "messageDeleted": "messagesDeleted",
                 "labelAdded": "labelsAdded", "labelRemoved": "labelsRemoved"}
THREAD_FORMATS = ("full", "metadata", "minimal")


def check_format(value: str | None, allowed: tuple[str, ...]) -> str:
    fmt = (value or "full").lower()
    if fmt not in allowed:
        raise errors.invalid_argument(f'Invalid value at \'format\' (type.googleapis.com/google.apps.gmail.v1.Format), "{value}"')
    return fmt


def message_resource(msg: StoredMessage, fmt: str = "full", metadata_headers: list[str] | None = None) -> dict[str, Any]:
    """A Message in `fmt`: minimal = ids, labels, snippet, sizes, dates; metadata adds headers; full adds
    the payload tree; raw adds the padded base64url message (DD Message)."""
    res: dict[str, Any] = {"id": msg.id, "threadId": msg.thread_id}
    if msg.labels:
        res["labelIds"] = msg.label_list()
    res["snippet"] = msg.parsed.snippet
    if fmt == "full":
        res["payload"] = msg.parsed.payload
    elif fmt == "metadata":
        res["payload"] = metadata_payload(msg.parsed.payload, metadata_headers)
    elif fmt == "raw":
        res["raw"] = b64url.encode(msg.raw)
    res["sizeEstimate"] = len(msg.raw)
    res["historyId"] = str(msg.history_id)
    res["internalDate"] = str(msg.internal_date)
    return res


def short_message(msg: StoredMessage) -> dict[str, Any]:
    """What modify/create calls answer with: ids and labels only."""
    res: dict[str, Any] = {"id": msg.id, "threadId": msg.thread_id}
    if msg.labels:
        res["labelIds"] = msg.label_list()
    return res


def thread_resource(box: Mailbox, thread_id: str, fmt: str = "full",
                    metadata_headers: list[str] | None = None) -> dict[str, Any]:
    with box.lock:
        msgs = box.thread_messages(thread_id)
        return {"id": thread_id, "historyId": str(max(m.history_id for m in msgs)),
                "messages": [message_resource(m, fmt, metadata_headers) for m in msgs]}


def draft_resource(draft_id: str, msg: StoredMessage, fmt: str | None = None,
                   metadata_headers: list[str] | None = None) -> dict[str, Any]:
    if fmt is None:
        return {"id": draft_id, "message": short_message(msg)}
    return {"id": draft_id, "message": message_resource(msg, fmt, metadata_headers)}


def _history_entry(c: Change) -> dict[str, Any]:
    entry: dict[str, Any] = {"message": {"id": c.message_id, "threadId": c.thread_id, "labelIds": list(c.message_labels)}}
    if c.kind in ("labelAdded", "labelRemoved"):
        entry["labelIds"] = list(c.label_ids)
    return entry


def history_page(box: Mailbox, start: int, types: set[str], label_id: str | None, max_results: int,
                 offset: int) -> dict[str, Any]:
    """A users.history.list page: History records after `start` with the changes of the wanted types (and, with
    `label_id`, only messages carrying that label), ``historyId`` = the mailbox's current id."""
    with box.lock:
        records = []
        for rec in box.history_after(start):
            changes = [c for c in rec.changes if c.kind in types and (label_id is None or label_id in c.message_labels)]
            if not changes:
                continue
            out: dict[str, Any] = {"id": str(rec.id),
                                   "messages": [{"id": m, "threadId": t}
                                                for m, t in dict.fromkeys((c.message_id, c.thread_id) for c in changes)]}
            for c in changes:
                out.setdefault(HISTORY_TYPES[c.kind], []).append(_history_entry(c))
            records.append(out)
        res: dict[str, Any] = {}
        page = records[offset:offset + max_results]
        if page:
            res["history"] = page
        if offset + max_results < len(records):
            res["nextPageToken"] = str(offset + max_results)
        res["historyId"] = str(box.history_id)
        return res
