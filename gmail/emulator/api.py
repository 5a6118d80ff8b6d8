"""Routing and method handlers: one Gmail REST call in, one HTTP answer out (used for plain and batched calls).

Order of checks for each call, as seen by a client: unknown route -> 404; missing bearer token -> 401; another
user's id -> 403; injected fault (429/500/503/drop, no side effect); quota (429 + Retry-After, nothing charged);
then the call runs and is charged its units (and a ``drop_after``/``500_after`` fault loses its answer).
"""
from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email import message_from_bytes, policy
from typing import Any

from gmail import b64url

from . import errors
from .faults import FaultInjector
from .fields import apply_fields, parse_fields
from .listing import Lister, page_offset, page_size
from .quota import Counters, QuotaWindow, retry_after_seconds
from .resources import (HISTORY_TYPES, MESSAGE_FORMATS, THREAD_FORMATS, check_format, draft_resource,
                        history_page, message_resource, short_message, thread_resource)
from .store import Mailbox

USER = r"/gmail/v1/users/(?P<user>[^/]+)"
UPLOAD_USER = r"/upload/gmail/v1/users/(?P<user>[^/]+)"
DROP = "drop"
DROP_AFTER = "drop_after"
ERROR_AFTER = "500_after"


@dataclass(slots=True)
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    body: bytes = b""

    def arg(self, name: str) -> str | None:
        vals = self.query.get(name)
        return vals[-1] if vals else None

    def args(self, name: str) -> list[str]:
        return list(self.query.get(name, []))

    def flag(self, name: str) -> bool:
        return (self.arg(name) or "").lower() == "true"

    def json(self) -> dict[str, Any]:
        if not self.body.strip():
            return {}
        try:
            value = json.loads(self.body)
        except (ValueError, UnicodeDecodeError):
            raise errors.invalid_argument("Invalid JSON payload received.") from None
        if not isinstance(value, dict):
            raise errors.invalid_argument("Invalid JSON payload received.")
        return value

    @classmethod
    def from_target(cls, method: str, target: str, headers: dict[str, str], body: bytes = b"") -> "Request":
        parsed = urllib.parse.urlsplit(target)
        query = urllib.parse.parse_qs(parsed.query, keep_blank_values=True)
        return cls(method.upper(), parsed.path, query, {k.lower(): v for k, v in headers.items()}, body)


@dataclass(slots=True)
class Response:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    drop: str | None = None  # DROP / DROP_AFTER: close the connection instead of answering

    @classmethod
    def of_json(cls, status: int, value: Any, headers: dict[str, str] | None = None) -> "Response":
        return cls(status, json.dumps(value, ensure_ascii=False).encode("utf-8"),
                   {"Content-Type": "application/json; charset=UTF-8", **(headers or {})})

    @classmethod
    def of_error(cls, err: errors.ApiError) -> "Response":
        return cls.of_json(err.code, err.body(), err.headers)


Handler = Callable[[Request, dict[str, str]], Any]


class Api:
    """Dispatches requests to handlers with auth, faults, quota, counters and partial responses."""

    def __init__(self, box: Mailbox, *, units: dict[str, int], quota: QuotaWindow, counters: Counters,
                 faults: FaultInjector, clock: Callable[[], datetime], require_auth: bool = True) -> None:
        self.box = box
        self.units = units
        self.quota = quota
        self.counters = counters
        self.faults = faults
        self.clock = clock
        self.require_auth = require_auth
        self.lister = Lister(box, clock)
        g, p, d, u = "GET", "POST", "DELETE", "PUT"
        self.routes: list[tuple[str, re.Pattern[str], str, Handler]] = [
            (g, re.compile(USER + r"/profile"), "getProfile", self.get_profile),
            (g, re.compile(USER + r"/threads"), "threads.list", self.threads_list),
            (g, re.compile(USER + r"/threads/(?P<id>[^/]+)"), "threads.get", self.threads_get),
            (p, re.compile(USER + r"/threads/(?P<id>[^/]+)/modify"), "threads.modify", self.threads_modify),
            (g, re.compile(USER + r"/messages"), "messages.list", self.messages_list),
            (g, re.compile(USER + r"/messages/(?P<id>[^/]+)"), "messages.get", self.messages_get),
            (p, re.compile(USER + r"/messages/(?P<id>[^/]+)/modify"), "messages.modify", self.messages_modify),
            (g, re.compile(USER + r"/messages/(?P<mid>[^/]+)/attachments/(?P<id>[^/]+)"),
             "messages.attachments.get", self.attachments_get),
            (g, re.compile(USER + r"/drafts"), "drafts.list", self.drafts_list),
            (p, re.compile(USER + r"/drafts"), "drafts.create", self.drafts_create),
            (p, re.compile(UPLOAD_USER + r"/drafts"), "drafts.create", self.drafts_create),
            (p, re.compile(USER + r"/drafts/send"), "drafts.send", self.drafts_send),
            (g, re.compile(USER + r"/drafts/(?P<id>[^/]+)"), "drafts.get", self.drafts_get),
            (u, re.compile(USER + r"/drafts/(?P<id>[^/]+)"), "drafts.update", self.drafts_update),
            (u, re.compile(UPLOAD_USER + r"/drafts/(?P<id>[^/]+)"), "drafts.update", self.drafts_update),
            (d, re.compile(USER + r"/drafts/(?P<id>[^/]+)"), "drafts.delete", self.drafts_delete),
            (g, re.compile(USER + r"/labels"), "labels.list", self.labels_list),
            (p, re.compile(USER + r"/labels"), "labels.create", self.labels_create),
            (g, re.compile(USER + r"/labels/(?P<id>[^/]+)"), "labels.get", self.labels_get),
            (d, re.compile(USER + r"/labels/(?P<id>[^/]+)"), "labels.delete", self.labels_delete),
            (g, re.compile(USER + r"/history"), "history.list", self.history_list),
            (g, re.compile(USER + r"/settings/sendAs"), "settings.sendAs.list", self.send_as_list),
            (g, re.compile(USER + r"/settings/sendAs/(?P<id>[^/]+)"), "settings.sendAs.get", self.send_as_get),
        ]

    # ---- dispatch --------------------------------------------------------------------------------------------
    def route(self, req: Request) -> tuple[str, Handler, dict[str, str]] | None:
        for verb, rx, name, handler in self.routes:
            m = rx.fullmatch(req.path)
            if m and verb == req.method:
                return name, handler, {k: urllib.parse.unquote(v) for k, v in m.groupdict().items()}
        return None

    def handle(self, req: Request, *, in_batch: bool = False) -> Response:
        """Run one API call, with faults, quota and counters."""
        found = self.route(req)
        if found is None:
            self.counters.call("unknown", 404, 0)
            return Response.of_error(errors.ApiError(404, f"Method not found: {req.method} {req.path}", "notFound"))
        name, handler, params = found
        try:
            if self.require_auth and not req.headers.get("authorization", "").lower().startswith("bearer "):
                raise errors.unauthenticated()
            user = params.pop("user")
            if user != "me" and user.casefold() != self.box.me.casefold():
                raise errors.delegation_denied(user)
            kind = self.faults.pick(allow_drop=not in_batch) if self.faults.applies_to(name) else None
            if kind in ("429", "500", "503"):
                self.counters.fault(kind)
                if kind == "429":
                    raise errors.rate_limited(1, _rfc3339(datetime.now(timezone.utc)))
                raise errors.backend_error(int(kind))
            if kind == DROP:
                self.counters.fault(kind)
                self.counters.call(name, 0, 0)
                return Response(0, drop=DROP)
            cost = self.units.get(name, 5)
            wait = self.quota.try_spend(cost)
            if wait is not None:
                self.counters.rejected("quota")
                retry_at = datetime.now(timezone.utc).timestamp() + wait
                raise errors.rate_limited(retry_after_seconds(wait),
                                          _rfc3339(datetime.fromtimestamp(retry_at, timezone.utc)))
            try:
                result = handler(req, params)
            except errors.ApiError as exc:
                self.counters.call(name, exc.code, cost)
                return Response.of_error(exc)
            if result is None:
                resp = Response(204, b"", {})
            else:
                fields = req.arg("fields")
                if fields:
                    result = apply_fields(result, parse_fields(fields))
                resp = Response.of_json(200, result)
            self.counters.call(name, resp.status, cost)
            if kind == DROP_AFTER:
                self.counters.fault(kind)
                resp.drop = DROP_AFTER
            elif kind == ERROR_AFTER:  # it ran; the answer says it did not
                self.counters.fault(kind)
                return Response.of_error(errors.backend_error(500))
            return resp
        except errors.ApiError as exc:
            self.counters.call(name, exc.code, 0)
            return Response.of_error(exc)

    # ---- users ---------------------------------------------------------------------------------------------------
    def get_profile(self, req: Request, p: dict[str, str]) -> Any:
        return self.box.profile()

    def send_as_list(self, req: Request, p: dict[str, str]) -> Any:
        return {"sendAs": self.box.send_as()}

    def send_as_get(self, req: Request, p: dict[str, str]) -> Any:
        for item in self.box.send_as():
            if item["sendAsEmail"].casefold() == p["id"].casefold():
                return item
        raise errors.not_found()

    def history_list(self, req: Request, p: dict[str, str]) -> Any:
        """users.history.list: records after startHistoryId, oldest first (404 when it is too old)."""
        start = req.arg("startHistoryId")
        if not start:
            raise errors.invalid_argument("Missing required field startHistoryId")
        if not start.isdigit():
            raise errors.invalid_argument(f"Invalid value for startHistoryId: {start}")
        types = set(req.args("historyTypes"))
        bad = types - set(HISTORY_TYPES)
        if bad:
            raise errors.invalid_argument(f"Invalid value at 'history_types': {sorted(bad)[0]}")
        return history_page(self.box, int(start), types or set(HISTORY_TYPES), req.arg("labelId"),
                            page_size(req.arg("maxResults")), page_offset(req.arg("pageToken")))

    # ---- threads ---------------------------------------------------------------------------------------------
    def threads_list(self, req: Request, p: dict[str, str]) -> Any:
        return self.lister.threads(req.arg("q"), req.args("labelIds"), req.flag("includeSpamTrash"),
                                   page_size(req.arg("maxResults")), page_offset(req.arg("pageToken")))

    def threads_get(self, req: Request, p: dict[str, str]) -> Any:
        fmt = check_format(req.arg("format"), THREAD_FORMATS)
        return thread_resource(self.box, p["id"], fmt, req.args("metadataHeaders"))

    def threads_modify(self, req: Request, p: dict[str, str]) -> Any:
        body = req.json()
        with self.box.lock:
            msgs = self.box.thread_messages(p["id"])
            self.box.modify_messages(msgs, body.get("addLabelIds") or [], body.get("removeLabelIds") or [])
            return {"id": p["id"], "historyId": str(self.box.thread_history_id(p["id"])),
                    "messages": [short_message(m) for m in msgs]}

    # ---- messages ----------------------------------------------------------------------------------------------
    def messages_list(self, req: Request, p: dict[str, str]) -> Any:
        return self.lister.messages(req.arg("q"), req.args("labelIds"), req.flag("includeSpamTrash"),
                                    page_size(req.arg("maxResults")), page_offset(req.arg("pageToken")))

    def messages_get(self, req: Request, p: dict[str, str]) -> Any:
        fmt = check_format(req.arg("format"), MESSAGE_FORMATS)
        with self.box.lock:
            return message_resource(self.box.message(p["id"]), fmt, req.args("metadataHeaders"))

    def messages_modify(self, req: Request, p: dict[str, str]) -> Any:
        body = req.json()
        with self.box.lock:
            msg = self.box.message(p["id"])
            self.box.modify_messages([msg], body.get("addLabelIds") or [], body.get("removeLabelIds") or [])
            return short_message(msg)

    def attachments_get(self, req: Request, p: dict[str, str]) -> Any:
        msg = self.box.message(p["mid"])
        data = msg.parsed.attachments.get(p["id"])
        if data is None:
            raise errors.invalid_argument("Invalid attachment token")
        return {"size": len(data), "data": b64url.encode(data, pad=False)}

    # ---- drafts -------------------------------------------------------------------------------------------------
    def _draft_input(self, req: Request) -> tuple[bytes, str | None]:
        """The raw message and threadId of a drafts.create/update, from JSON or a media upload."""
        if req.path.startswith("/upload/"):
            upload = (req.arg("uploadType") or "").lower()
            if upload == "media":
                return req.body, None
            if upload != "multipart":
                raise errors.bad_request(f"Unsupported uploadType: {upload or '(none)'}")
            ctype = req.headers.get("content-type", "")
            mime = message_from_bytes(b"Content-Type: " + ctype.encode("latin-1") + b"\r\n\r\n" + req.body,
                                      policy=policy.compat32)
            parts = mime.get_payload() if mime.is_multipart() else []
            if len(parts) != 2:
                raise errors.bad_request("A multipart upload needs a metadata part and a media part")
            meta_raw = parts[0].get_payload(decode=True) or b"{}"
            media = parts[1]
            if media.get_content_type() == "message/rfc822" and media.is_multipart():
                raw = media.get_payload(0).as_bytes()
            else:
                raw = media.get_payload(decode=True) or b""
            try:
                meta = json.loads(meta_raw or b"{}")
            except ValueError:
                raise errors.invalid_argument("Invalid JSON payload received.") from None
            message = meta.get("message") or {}
            return raw, message.get("threadId")
        body = req.json()
        message = body.get("message")
        if not isinstance(message, dict) or not message.get("raw"):
            raise errors.invalid_argument("Missing draft message")
        try:
            raw = b64url.decode(str(message["raw"]))
        except (ValueError, TypeError):
            raise errors.invalid_argument("Invalid value for ByteString: raw") from None
        return raw, message.get("threadId")

    def drafts_create(self, req: Request, p: dict[str, str]) -> Any:
        raw, thread_id = self._draft_input(req)
        draft_id, msg = self.box.create_draft(raw, thread_id)
        return draft_resource(draft_id, msg)

    def drafts_update(self, req: Request, p: dict[str, str]) -> Any:
        raw, thread_id = self._draft_input(req)
        msg = self.box.update_draft(p["id"], raw, thread_id)
        return draft_resource(p["id"], msg)

    def drafts_get(self, req: Request, p: dict[str, str]) -> Any:
        fmt = check_format(req.arg("format"), MESSAGE_FORMATS)
        with self.box.lock:
            return draft_resource(p["id"], self.box.draft_message(p["id"]), fmt, req.args("metadataHeaders"))

    def drafts_list(self, req: Request, p: dict[str, str]) -> Any:
        return self.lister.drafts(req.arg("q"), req.flag("includeSpamTrash"),
                                  page_size(req.arg("maxResults")), page_offset(req.arg("pageToken")))

    def drafts_delete(self, req: Request, p: dict[str, str]) -> Any:
        self.box.delete_draft(p["id"])
        return None

    def drafts_send(self, req: Request, p: dict[str, str]) -> Any:
        body = req.json()
        draft_id = body.get("id")
        if not draft_id:
            raise errors.invalid_argument("Missing draft id")
        return short_message(self.box.send_draft(str(draft_id)))

    # ---- labels --------------------------------------------------------------------------------------------------
    def labels_list(self, req: Request, p: dict[str, str]) -> Any:
        return {"labels": self.box.all_labels()}

    def labels_get(self, req: Request, p: dict[str, str]) -> Any:
        return self.box.label(p["id"])

    def labels_create(self, req: Request, p: dict[str, str]) -> Any:
        return self.box.create_label(req.json())

    def labels_delete(self, req: Request, p: dict[str, str]) -> Any:
        self.box.delete_label(p["id"])
        return None


def _rfc3339(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


__all__ = ["Api", "Request", "Response", "DROP", "DROP_AFTER", "ERROR_AFTER"]
