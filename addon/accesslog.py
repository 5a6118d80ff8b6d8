"""Query strings never reach an access log, and the add-on endpoints refuse them.

Google sends the ID token in the Authorization header and the event in the body; nothing of the add-on travels
in a query string. A token put there by a misconfigured caller or an attacker's probe would be written verbatim
into the access log by the server (werkzeug's "GET /path?… HTTP/1.1", gunicorn's ``%(r)s``/``%(q)s`` atoms).
So, before any server logs the request:
- `QueryGuard` (WSGI middleware, any server): removes the query from ``QUERY_STRING``, ``RAW_URI``,
  ``REQUEST_URI`` and the ``Referer`` of the environ in place -- gunicorn builds its access-log line from that
  same environ after the response (gunicorn.glogging.Logger.atoms) -- and answers the add-on endpoints 400;
- `RedactingRequestHandler` (werkzeug's server: ``regrets serve``, the demo): cuts the query off the request
  line before it is parsed, so its log line and the environ never hold it.
Cloud Run's own request log records the URL as received; the add-on cannot change that, which is one more
reason to refuse such requests rather than to serve them.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from typing import Any

from werkzeug.serving import WSGIRequestHandler

log = logging.getLogger("regrets.addon")
DROPPED = "regrets.query_dropped"
REASON = ("query strings are not accepted: the event goes in the JSON body and the token in the Authorization "
          "header")


def strip_query(environ: dict[str, Any]) -> bool:
    """Remove the query string from every place in `environ` a logger reads; True when there was one."""
    had = bool(environ.get("QUERY_STRING")) or bool(environ.get(DROPPED))
    environ["QUERY_STRING"] = ""
    for key in ("RAW_URI", "REQUEST_URI"):
        value = environ.get(key)
        if isinstance(value, str) and "?" in value:
            environ[key] = value.split("?", 1)[0]
            had = True
    referer = environ.get("HTTP_REFERER")
    if isinstance(referer, str) and "?" in referer:
        environ["HTTP_REFERER"] = referer.split("?", 1)[0]
    return had


class QueryGuard:
    """WSGI middleware: strip the query before anything logs it; refuse it on the add-on endpoints."""

    def __init__(self, app: Callable[..., Iterable[bytes]], refuse_paths: Iterable[str]) -> None:
        self.app = app
        self.refuse = frozenset(refuse_paths)

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if strip_query(environ) and environ.get("PATH_INFO") in self.refuse:
            log.info("%s 400 query string refused", environ.get("PATH_INFO"))
            body = json.dumps({"error": "malformed event", "reason": REASON}).encode()
            start_response("400 Bad Request", [("Content-Type", "application/json"),
                                               ("Content-Length", str(len(body)))])
            return [body]
        return self.app(environ, start_response)


class RedactingRequestHandler(WSGIRequestHandler):
    """werkzeug's request handler with the query cut off the request line before parsing and logging."""

    query_dropped = False
    raw_requestline: bytes  # read by http.server's handle_one_request (typeshed does not declare it)

    def parse_request(self) -> bool:
        parts = self.raw_requestline.split(b" ")
        if len(parts) >= 2 and b"?" in parts[1]:
            parts[1] = parts[1].split(b"?", 1)[0]
            self.raw_requestline = b" ".join(parts)
            self.query_dropped = True
        else:
            self.query_dropped = False
        return super().parse_request()

    def make_environ(self) -> Any:
        environ = super().make_environ()
        if self.query_dropped:
            environ[DROPPED] = True
        return environ
