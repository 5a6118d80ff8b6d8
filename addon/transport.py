"""An httplib2-compatible transport for google-api-python-client built on `requests`, that never repeats a POST.

Why: httplib2 silently re-sends any request, POST included, once when a kept-alive connection fails
(httplib2 ``RETRIES = 2`` in ``Http._conn_request``; noted in gmail/emulator/README.md). If Gmail created the
draft and the connection then dropped, httplib2 would create a second draft behind our back. Here GETs may be
retried once on a connection or read error, POSTs only when the connection could not be made (nothing was sent).
Connections are pooled per thread (keep-alive), and the user's bearer token is set per call.
"""
from __future__ import annotations

import threading
from typing import Any

import httplib2
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

TIMEOUT_SECONDS = 10.0


class RequestsHttp:
    """Enough of `httplib2.Http` for `HttpRequest.execute(http=...)`: ``request(uri, method, body, headers)``."""

    def __init__(self, bearer: str, pool: "SessionPool") -> None:
        self._bearer = bearer
        self._pool = pool

    def request(self, uri: str, method: str = "GET", body: Any = None, headers: dict[str, str] | None = None,
                redirections: int = 5, connection_type: Any = None) -> tuple[httplib2.Response, bytes]:
        h = dict(headers or {})
        h["authorization"] = f"Bearer {self._bearer}"
        r = self._pool.session().request(method, uri, data=body, headers=h, timeout=self._pool.timeout,
                                          allow_redirects=False)
        info = {k.lower(): v for k, v in r.headers.items()}
        info["status"] = str(r.status_code)
        resp = httplib2.Response(info)
        resp.reason = r.reason or ""
        return resp, r.content


class SessionPool:
    """One `requests.Session` per thread (Sessions are not documented as thread-safe)."""

    def __init__(self, timeout: float = TIMEOUT_SECONDS) -> None:
        self.timeout = timeout
        self._local = threading.local()

    def session(self) -> requests.Session:
        s = getattr(self._local, "session", None)
        if s is None:
            s = requests.Session()
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
