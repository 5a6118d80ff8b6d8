"""Which Gmail failures are worth retrying, how long to wait, and what they mean to the user.

Per https://developers.google.com/gmail/api/guides/handle-errors: retry 429, 5xx, and 403 whose reason is
``rateLimitExceeded``/``userRateLimitExceeded`` with exponential backoff; the same set
``googleapiclient.http._should_retry_response`` retries. A ``Retry-After`` header (seconds or an HTTP date)
sets the least wait; Gmail also writes "Retry after <RFC 3339 time>" in 429 messages
(taers232c/GAMADV-XTD3#337).
"""
from __future__ import annotations

import http.client
import json
import random
import re
import socket
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

import httplib2
from googleapiclient.errors import BatchError, HttpError

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
RATE_LIMIT_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})
SCOPE_REASONS = frozenset({"insufficientPermissions", "ACCESS_TOKEN_SCOPE_INSUFFICIENT"})
_RETRY_AT = re.compile(r"Retry after (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)")


def status_of(exc: BaseException) -> int | None:
    """The HTTP status of an HttpError, else None."""
    if isinstance(exc, HttpError):
        try:
            return int(exc.resp.status)
        except (AttributeError, TypeError, ValueError):
            return None
    return None


def reasons_of(exc: BaseException) -> set[str]:
    """The `errors[].reason` values (and `details[].reason`) of a Gmail error body."""
    if not isinstance(exc, HttpError):
        return set()
    try:
        body = json.loads(exc.content.decode("utf-8", "replace") if isinstance(exc.content, bytes) else exc.content)
        err = body.get("error", {}) if isinstance(body, dict) else {}
    except (ValueError, AttributeError):
        return set()
    out = {e.get("reason") for e in err.get("errors", []) if isinstance(e, dict)}
    out |= {d.get("reason") for d in err.get("details", []) if isinstance(d, dict)}
    if err.get("status"):
        out.add(err["status"])
    return {r for r in out if r}


def message_of(exc: BaseException) -> str:
    if isinstance(exc, HttpError):
        try:
            return exc._get_reason() or ""
        except Exception:  # noqa: BLE001 - best effort only
            return ""
    return str(exc)


def is_transport_error(exc: BaseException) -> bool:
    """The answer never arrived (connection refused/reset/dropped, timeout, garbled batch)."""
    return isinstance(exc, (ConnectionError, socket.timeout, TimeoutError, http.client.HTTPException,
                            httplib2.HttpLib2Error, BatchError, OSError)) and not isinstance(exc, HttpError)


def transport_reason(exc: BaseException) -> str:
    """Why no answer came, in a few words ('connection refused', 'timed out'), from the innermost OS error that
    requests/urllib3 wrap (MaxRetryError.reason, NewConnectionError's cause); else the exception's class."""
    todo: list[BaseException] = [exc]
    seen: set[int] = set()
    while todo:
        e = todo.pop(0)
        if id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, (socket.timeout, TimeoutError)):
            return "timed out"
        if isinstance(e, OSError) and e.strerror:
            return e.strerror[:1].lower() + e.strerror[1:]
        todo += [x for x in (e.__cause__, e.__context__, getattr(e, "reason", None), *e.args)
                 if isinstance(x, BaseException)]
    return exc.__class__.__name__


def is_retryable(exc: BaseException) -> bool:
    status = status_of(exc)
    if status is not None:
        if status in RETRY_STATUSES:
            return True
        return status == 403 and bool(reasons_of(exc) & RATE_LIMIT_REASONS)
    if isinstance(exc, httplib2.ServerNotFoundError):
        return False
    return is_transport_error(exc)


def is_refused(exc: BaseException) -> bool:
    """The server answered that it did not run the call (rate limit) -- safe to send again as is."""
    status = status_of(exc)
    return status == 429 or (status == 403 and bool(reasons_of(exc) & RATE_LIMIT_REASONS))


def is_scope_error(exc: BaseException) -> bool:
    status = status_of(exc)
    if status not in (401, 403):
        return False
    return bool(reasons_of(exc) & SCOPE_REASONS) or "insufficient authentication scopes" in message_of(exc).lower()


def retry_after(exc: BaseException, *, now: datetime | None = None) -> float | None:
    """Seconds the server asked us to wait, from Retry-After or the 'Retry after <time>' message."""
    if not isinstance(exc, HttpError):
        return None
    now = now or datetime.now(timezone.utc)
    value = None
    try:
        value = exc.resp.get("retry-after")
    except AttributeError:
        value = None
    if value:
        value = str(value).strip()
        if value.isdigit():
            return float(value)
        try:
            when = parsedate_to_datetime(value)
            return max(0.0, (when - now).total_seconds())
        except (TypeError, ValueError):
            pass
    m = _RETRY_AT.search(message_of(exc))
    if m:
        try:
            when = datetime.fromisoformat(m.group(1).replace("Z", "+00:00"))
            return max(0.0, (when - now).total_seconds())
        except ValueError:
            return None
    return None


class Backoff:
    """Exponential backoff with jitter: attempt n waits between half and all of min(cap, base * 2**n)."""

    def __init__(self, base: float = 0.5, cap: float = 32.0, rng: random.Random | None = None) -> None:
        self.base = base
        self.cap = cap
        self.rng = rng or random.Random()

    def delay(self, attempt: int, server_hint: float | None = None) -> float:
        ceiling = min(self.cap, self.base * (2 ** max(0, attempt)))
        wait = ceiling / 2 + self.rng.uniform(0, ceiling / 2)
        if server_hint is not None:
            wait = max(wait, server_hint)
        return wait
