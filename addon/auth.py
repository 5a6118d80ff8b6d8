"""Verify the `Authorization: Bearer` Google ID token on every add-on request.

Checks (https://developers.google.com/workspace/add-ons/guides/alternate-runtimes#validate-requests-from-google,
as Google's samples apply it: add-ons-samples python/chat/secured-app/main.py ``verifyAddOnRequest``,
https://github.com/googleworkspace/add-ons-samples): RS256 signature against Google's published keys,
`exp`/`iat`/`nbf` (one small clock skew; `nbf` is checked here, google-auth ignores it), issuer
`https://accounts.google.com` or `accounts.google.com`, audience = the
exact public URL of the endpoint (configured; never derived from the Host header, so TLS-terminating proxies do
not matter), and `email` = the add-on's service account with `email_verified` true. google-auth does not
check the email (add-ons-samples python/chat/secured-app `verifyAddOnRequest`; https://github.com/vercel/chat/pull/787: pin the exact
address, not a pattern).

google-auth fetches the certificates on every `verify_token` call unless the transport caches them, so
`CachedCertsRequest` keeps the certs response for the lifetime Google's `Cache-Control: max-age` gives it
(bounded), refetching early at most once a minute when a token names a key id it has not seen (key rotation).
"""
from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from typing import Any

import google.auth.exceptions
import google.auth.transport
import google.auth.transport.requests
import requests
from google.oauth2 import id_token

from .config import GOOGLE_ISSUERS, AddonConfig

MIN_TTL = 60.0
DEFAULT_TTL = 3600.0
MAX_TTL = 6 * 3600.0
REFRESH_ON_UNKNOWN_KID_EVERY = 60.0
_MAX_AGE = re.compile(r"max-age\s*=\s*(\d+)", re.I)


class AuthError(Exception):
    """The request is not from the add-on's service account. The message is a short reason, safe to return."""


@dataclass
class _Cached:
    status: int
    headers: dict[str, str]
    data: bytes
    expires: float
    fetched: float


class _Response(google.auth.transport.Response):
    def __init__(self, c: _Cached) -> None:
        self._c = c

    @property
    def status(self) -> int:
        return self._c.status

    @property
    def headers(self) -> dict[str, str]:
        return self._c.headers

    @property
    def data(self) -> bytes:
        return self._c.data


class CachedCertsRequest(google.auth.transport.Request):
    """A google-auth transport that serves GETs of the certs URL from memory until they expire.

    Thread-safe; one fetch at a time. Other requests pass through to a requests.Session."""

    def __init__(self, certs_url: str, *, timeout: float = 10.0, session: requests.Session | None = None) -> None:
        self.certs_url = certs_url
        self.timeout = timeout
        self._inner = google.auth.transport.requests.Request(session=session or requests.Session())
        self._lock = threading.Lock()
        self._cached: _Cached | None = None
        self.fetches = 0  # for tests and the benchmark: how many times the keys were downloaded

    def __call__(self, url: str, method: str = "GET", body: Any = None, headers: Any = None,
                 timeout: float | None = None, **kwargs: Any) -> google.auth.transport.Response:
        if url != self.certs_url or method.upper() != "GET":
            return self._inner(url, method=method, body=body, headers=headers, timeout=timeout or self.timeout, **kwargs)
        with self._lock:
            now = time.monotonic()
            if self._cached is None or now >= self._cached.expires:
                self._cached = self._fetch(now)
            return _Response(self._cached)

    def refresh_if_stale(self) -> bool:
        """Drop the cached keys when a token names an unknown key id (rotation), at most once a minute."""
        with self._lock:
            if self._cached is not None and time.monotonic() - self._cached.fetched >= REFRESH_ON_UNKNOWN_KID_EVERY:
                self._cached = None
                return True
            return False

    def _fetch(self, now: float) -> _Cached:
        resp = self._inner(self.certs_url, method="GET", timeout=self.timeout)
        self.fetches += 1
        headers = {k.lower(): v for k, v in dict(resp.headers).items()}
        if resp.status != 200:
            # do not cache failures for long: the next request tries again
            return _Cached(resp.status, headers, resp.data, now + 5.0, now)
        m = _MAX_AGE.search(headers.get("cache-control", ""))
        ttl = float(m.group(1)) if m else DEFAULT_TTL
        ttl = min(max(ttl, MIN_TTL), MAX_TTL)
        return _Cached(resp.status, headers, resp.data, now + ttl, now)


class TokenVerifier:
    """Verifies add-on ID tokens for one configuration."""

    def __init__(self, config: AddonConfig, request: CachedCertsRequest | None = None) -> None:
        self.config = config
        self.request = request or CachedCertsRequest(config.certs_url)

    def verify(self, authorization: str | None, audience: str) -> dict[str, Any]:
        """The token's claims, or AuthError with a short reason."""
        token = _bearer(authorization)
        try:
            claims = self._decode(token, audience)
        except AuthError:
            raise
        except google.auth.exceptions.TransportError:
            raise AuthError("cannot fetch Google's signing keys") from None
        except (ValueError, google.auth.exceptions.GoogleAuthError, KeyError, TypeError) as exc:
            raise AuthError(_reason(str(exc))) from None
        self._check_not_before(claims)
        if claims.get("iss") not in GOOGLE_ISSUERS:
            raise AuthError("wrong issuer")
        email = claims.get("email")
        if not isinstance(email, str) or email.lower() != self.config.service_account.lower():
            raise AuthError("token is not from the add-on's service account")
        if claims.get("email_verified") not in (True, "true"):
            raise AuthError("service account email not verified")
        return claims

    def _check_not_before(self, claims: dict[str, Any]) -> None:
        """RFC 7519 section 4.1.4 `nbf`, with the same clock skew as `exp`: google-auth checks `iat` and `exp`
        but ignores `nbf`, so a token stamped to start later was accepted before its time."""
        nbf = claims.get("nbf")
        if nbf is None:
            return
        if isinstance(nbf, bool) or not isinstance(nbf, (int, float)):
            raise AuthError("malformed token")
        if time.time() + self.config.clock_skew_seconds < nbf:
            raise AuthError("token not yet valid")

    def _decode(self, token: str, audience: str) -> dict[str, Any]:
        for attempt in (1, 2):
            try:
                return dict(id_token.verify_token(token, self.request, audience=audience,
                                                  certs_url=self.config.certs_url,
                                                  clock_skew_in_seconds=self.config.clock_skew_seconds))
            except ValueError as exc:
                if attempt == 1 and "key id" in str(exc).lower() and self.request.refresh_if_stale():
                    continue
                raise
        raise AssertionError("unreachable")


def _bearer(authorization: str | None) -> str:
    if not authorization:
        raise AuthError("missing Authorization header")
    scheme, _, token = authorization.strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise AuthError("Authorization is not a Bearer token")
    if token.count(".") != 2 or len(token) > 8192:
        raise AuthError("malformed token")
    return token


def _reason(message: str) -> str:
    """Map google-auth's messages to short reasons without echoing token contents."""
    m = message.lower()
    if "unsupported" in m or "algorithm" in m:
        return "unsupported algorithm"
    if "expired" in m or "too late" in m:
        return "token expired"
    if "too early" in m or "used too early" in m:
        return "token not yet valid"
    if "audience" in m:
        return "wrong audience"
    if "signature" in m or "key id" in m or "certificate" in m:
        return "bad signature"
    if "issuer" in m:
        return "wrong issuer"
    if "iat" in m or "exp" in m:
        return "token lacks iat/exp"
    return "invalid token"

