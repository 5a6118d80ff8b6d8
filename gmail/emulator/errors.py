"""Gmail-shaped API errors: ``{"error": {"code", "message", "errors": [{reason, domain, message}], "status"}}``.

Shapes and wording follow real Gmail responses seen in public bug reports, e.g.
409 "Label name exists or conflicts" with reason ``aborted`` (https://github.com/gauteh/lieer/issues/207) and
429 "User-rate limit exceeded.  Retry after <RFC 3339 time>" with reason ``rateLimitExceeded``
(https://github.com/taers232c/GAMADV-XTD3/issues/337).
"""
from __future__ import annotations

from typing import Any

_STATUS = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    409: "ABORTED",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    503: "UNAVAILABLE",
}


class ApiError(Exception):
    """An error the emulator answers with, as Gmail would."""

    def __init__(self, code: int, message: str, reason: str, domain: str = "global",
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.reason = reason
        self.domain = domain
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        """The JSON error document."""
        return {
            "error": {
                "code": self.code,
                "message": self.message,
                "errors": [{"message": self.message, "domain": self.domain, "reason": self.reason}],
                "status": _STATUS.get(self.code, "UNKNOWN"),
            }
        }


def not_found() -> ApiError:
    return ApiError(404, "Requested entity was not found.", "notFound")


def invalid_argument(message: str) -> ApiError:
    return ApiError(400, message, "invalidArgument")


def bad_request(message: str) -> ApiError:
    return ApiError(400, message, "badRequest")


def invalid_id() -> ApiError:
    return ApiError(400, "Invalid id value", "invalidArgument")


def unauthenticated() -> ApiError:
    return ApiError(
        401,
        "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie "
        "or other valid authentication credential.",
        "required",
        headers={"WWW-Authenticate": 'Bearer realm="https://accounts.google.com/"'},
    )


def delegation_denied(user_id: str) -> ApiError:
    return ApiError(403, f"Delegation denied for {user_id}", "forbidden")


def backend_error(code: int = 500) -> ApiError:
    if code == 503:
        return ApiError(503, "The service is currently unavailable.", "backendError")
    return ApiError(code, "Backend Error", "backendError")


def rate_limited(retry_after_s: int, retry_at_rfc3339: str) -> ApiError:
    return ApiError(
        429,
        f"User-rate limit exceeded.  Retry after {retry_at_rfc3339}",
        "rateLimitExceeded",
        domain="usageLimits",
        headers={"Retry-After": str(retry_after_s)},
    )


def too_many_concurrent() -> ApiError:
    return ApiError(429, "Too many concurrent requests for user", "rateLimitExceeded", domain="usageLimits",
                    headers={"Retry-After": "1"})
