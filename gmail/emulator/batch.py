"""The batch endpoint (``POST /batch`` and ``POST /batch/gmail/v1``): multipart/mixed in, multipart/mixed out.

Format per https://developers.google.com/gmail/api/guides/batch and googleapiclient/http.py
(``BatchHttpRequest._execute``/``_deserialize_response``): each request part is ``application/http`` carrying a
whole HTTP request with a path-only URL; each answer part carries ``Content-ID: <response-ID>`` for the request
part's ``<ID>`` and a whole HTTP response. The client splits each answer on the first CRLF CRLF, so CRLF line
ends are required. At most 100 calls per batch, as Gmail enforces (mhasbini/gmail_analyzer#12).
"""
from __future__ import annotations

import uuid
from email import message_from_bytes, policy
from http import HTTPStatus

from . import errors
from .api import Api, Request, Response

MAX_CALLS = 100


def _parse_part(payload: bytes) -> tuple[str, str, dict[str, str], bytes]:
    """Split an application/http part into method, target, headers and body."""
    text = payload.replace(b"\r\n", b"\n")
    head, _, body = text.partition(b"\n\n")
    lines = head.decode("utf-8", "replace").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise errors.bad_request("Empty batch part")
    request_line = lines[0].split()
    if len(request_line) < 2:
        raise errors.bad_request("Malformed request line in batch part")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    if "content-length" in headers:
        try:
            body = body[: int(headers["content-length"])]
        except ValueError:
            pass
    return request_line[0], request_line[1], headers, body


def _answer(content_id: str, resp: Response) -> bytes:
    reason = HTTPStatus(resp.status).phrase if resp.status in HTTPStatus._value2member_map_ else "Error"
    lines = [f"HTTP/1.1 {resp.status} {reason}"]
    headers = dict(resp.headers)
    headers["Content-Length"] = str(len(resp.body))
    lines += [f"{k}: {v}" for k, v in headers.items()]
    return ("Content-Type: application/http\r\n"
            f"Content-ID: {content_id}\r\n\r\n" + "\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + resp.body


def _response_id(request_cid: str | None, index: int) -> str:
    inner = (request_cid or "").strip()
    if inner.startswith("<") and inner.endswith(">"):
        inner = inner[1:-1]
    return f"<response-{inner or index}>"


def handle_batch(api: Api, content_type: str, body: bytes, outer_headers: dict[str, str]) -> Response:
    """Run every call of a batch (in order) and answer with one multipart/mixed document."""
    if "multipart/mixed" not in content_type.lower():
        api.counters.http(batch_parts=0)
        return Response.of_error(errors.bad_request("Batch requests must be multipart/mixed"))
    mime = message_from_bytes(b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body,
                              policy=policy.compat32)
    parts = mime.get_payload() if mime.is_multipart() else []
    if not isinstance(parts, list) or not parts:
        api.counters.http(batch_parts=0)
        return Response.of_error(errors.bad_request("Empty batch request"))
    if len(parts) > MAX_CALLS:
        api.counters.http(batch_parts=0)
        return Response.of_error(errors.bad_request(
            f"Inner request count exceeds the limit. Received: {len(parts)}, Limit: {MAX_CALLS}"))
    api.counters.http(batch_parts=len(parts))
    boundary = f"batch_{uuid.uuid4().hex}"
    chunks = []
    for i, part in enumerate(parts):
        raw = part.get_payload(decode=False)
        raw_bytes = raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else bytes(raw)
        try:
            method, target, headers, part_body = _parse_part(raw_bytes)
            if "authorization" not in headers and "authorization" in outer_headers:
                headers["authorization"] = outer_headers["authorization"]
            resp = api.handle(Request.from_target(method, target, headers, part_body), in_batch=True)
        except errors.ApiError as exc:
            resp = Response.of_error(exc)
        chunks.append(_answer(_response_id(part.get("Content-ID"), i + 1), resp))
    out = b"".join(f"--{boundary}\r\n".encode() + c + b"\r\n" for c in chunks) + f"--{boundary}--\r\n".encode()
    return Response(200, out, {"Content-Type": f"multipart/mixed; boundary={boundary}"})
