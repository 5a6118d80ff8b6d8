"""JSON resources (Message, Thread, Draft) in the formats the Gmail API serves."""
from __future__ import annotations

from typing import Any

from . import errors
from .payload import b64url, metadata_payload
from .store import Mailbox, StoredMessage

MESSAGE_FORMATS = ("full", "metadata", "minimal", "raw")
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
        res["raw"] = b64url(msg.raw, pad=True)
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
