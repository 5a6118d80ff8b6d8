"""An httplib2-compatible transport for google-api-python-client built on `requests`, that never repeats a POST.

Used by both Gmail clients: the add-on (addon/gmailapi.py, one user token per request) and the CLI
(gmail/service.py, wrapped in google-auth's ``AuthorizedHttp`` so expired tokens are refreshed).

Why: httplib2 silently re-sends any request, POST included, once when a kept-alive connection fails
(httplib2 ``RETRIES = 2`` in ``Http._conn_request``; noted in gmail/emulator/README.md). If Gmail created the
draft and the connection then dropped, httplib2 would create a second draft behind our back (issue 13 measured
5 duplicates at 10 % lost answers, 32 at 30 %). Here GETs may be retried once on a connection or read error,
POSTs only when the connection could not be made (urllib3's connect retries: nothing was sent). Whether a POST
whose answer was lost took effect is for the caller to find out (gmail/drafting.py looks in the thread).
Connections are pooled per thread (keep-alive); a fixed bearer token is set per call when one is given.
"""
from __future__ import annotations

import hashlib
import threading
import time
from typing import Any
from urllib.parse import urlsplit

import httplib2
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

TIMEOUT_SECONDS = 10.0


class RequestsHttp:
    """Enough of `httplib2.Http` for `HttpRequest.execute(http=...)`: ``request(uri, method, body, headers)``.

    `bearer`: the token sent with every call, or None when a wrapper (google-auth's AuthorizedHttp) adds it."""

    def __init__(self, bearer: str | None, pool: SessionPool) -> None:
        self._bearer = bearer
        self._pool = pool
        self.wait_seconds = 0.0  # time spent waiting for Gmail (for Server-Timing)
        self.last_digest = b""  # SHA-256 of the last answer's body (the card cache key)

    def request(self, uri: str, method: str = "GET", body: Any = None, headers: dict[str, str] | None = None,
                redirections: int = 5, connection_type: Any = None, **_: Any) -> tuple[httplib2.Response, bytes]:
        h = dict(headers or {})
        if self._bearer is not None:
            h["authorization"] = f"Bearer {self._bearer}"
        started = time.perf_counter()
        try:
            r = self._pool.session().request(method, uri, data=body, headers=h, timeout=self._pool.timeout,
                                              allow_redirects=False)
        finally:
            self.wait_seconds += time.perf_counter() - started
        self.last_digest = hashlib.sha256(r.content).digest()
        info = {k.lower(): v for k, v in r.headers.items()}
        info["status"] = str(r.status_code)
        resp = httplib2.Response(info)
        resp.reason = r.reason or ""
        return resp, r.content

    def close(self) -> None:
        """Close this thread's connections (httplib2.Http.close, called by Resource.close)."""
        self._pool.reset()


class _Session(requests.Session):
    """A Session that looks up proxy/CA environment settings once per host instead of on every request
    (requests re-reads the environment per call: ~0.1 ms, a noticeable share of a warm add-on request)."""

    def __init__(self) -> None:
        super().__init__()
        self._env_cache: dict[tuple[Any, ...], dict[str, Any]] = {}

    def merge_environment_settings(self, url: str, proxies: dict[str, str] | None, stream: bool | None,
                                   verify: Any, cert: Any) -> dict[str, Any]:
        if proxies:
            return super().merge_environment_settings(url, proxies, stream, verify, cert)
        parts = urlsplit(url)
        key = (parts.scheme, parts.netloc, stream, verify, cert)
        hit = self._env_cache.get(key)
        if hit is None:
            hit = super().merge_environment_settings(url, proxies, stream, verify, cert)
            self._env_cache[key] = hit
        return {k: (dict(v) if isinstance(v, dict) else v) for k, v in hit.items()}


class SessionPool:
    """One `requests.Session` per thread (Sessions are not documented as thread-safe)."""

    def __init__(self, timeout: float = TIMEOUT_SECONDS) -> None:
        self.timeout = timeout
        self._local = threading.local()

    def session(self) -> requests.Session:
        s = getattr(self._local, "session", None)
        if s is None:
            s = _Session()
            retry = Retry(total=1, connect=1, read=1, status=0, other=0, redirect=0,
                          allowed_methods=frozenset({"GET"}), raise_on_status=False)
            adapter = HTTPAdapter(max_retries=retry, pool_connections=4, pool_maxsize=4)
            s.mount("http://", adapter)
            s.mount("https://", adapter)
            self._local.session = s
        return s

    def reset(self) -> None:
        s = getattr(self._local, "session", None)
        if s is not None:
            s.close()
            self._local.session = None
