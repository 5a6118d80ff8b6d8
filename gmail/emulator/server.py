"""The HTTP server and the `Emulator` object tests and the CLI use.

    with Emulator(["mail.mbox"], me="me@example.com", latency_ms=0) as emu:
        svc = gmail.service.build_gmail(root=emu.url)
        svc.users().threads().list(userId="me", q="interview").execute()
        emu.counters.units["threads.list"]  # -> 10

Loopback only (127.0.0.1). Plain HTTP/1.1 with keep-alive, one thread per connection. Debug endpoints (no auth,
no latency, no faults, no quota): ``GET /_emulator/stats``, ``POST /_emulator/reset`` (counters and quota window),
``POST /_emulator/deliver`` (raw message body: mail arrives), ``POST /_emulator/expire-history``,
``POST /_emulator/knobs`` with JSON ``{"latency_ms", "quota_per_minute", "fault_rate", "fault_kinds", "fault_methods",
"seed", "max_concurrent"}``; read-only views for a browser (what `regrets drafts` links to against the emulator):
``GET /_emulator/drafts/<draft id>`` (the draft as RFC 822 text) and ``GET /_emulator/threads/<thread id>``.

``batch=False`` plays a Gmail-compatible server without batch support (``POST /batch``: 404, as
vercel-labs/emulate answers: its Google emulator has no batch route,
https://github.com/vercel-labs/emulate/tree/main/packages/%40emulators/google).
"""
from __future__ import annotations

import email.message
import json
import os
import socket
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from . import errors
from .api import Api, Request, Response
from .batch import handle_batch
from .faults import DEFAULT_KINDS, FaultInjector
from .payload import ParsedMail
from .quota import UNIT_TABLES, Counters, QuotaWindow
from .seed import read_raw
from .store import Mailbox, guess_owner

HOST = "127.0.0.1"
BATCH_PATHS = ("/batch", "/batch/gmail/v1")
Source = str | os.PathLike | bytes | email.message.Message


def _collect(sources: Source | Iterable[Source] | None) -> list[bytes]:
    if sources is None:
        return []
    if isinstance(sources, (str, os.PathLike, bytes, email.message.Message)):
        sources = [sources]
    out: list[bytes] = []
    for src in sources:
        if isinstance(src, bytes):
            out.append(src)
        elif isinstance(src, email.message.Message):
            out.append(src.as_bytes())
        else:
            out.extend(read_raw(Path(src)))
    return out


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, emu: Emulator, port: int) -> None:
        self.emu = emu
        self.open_sockets: set[socket.socket] = set()
        self.sockets_lock = threading.Lock()
        super().__init__((HOST, port), _Handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server
    timeout = 120  # idle keep-alive connections end after this many seconds
    wbufsize = 1 << 16  # buffered: headers and body leave together (see setup)

    def setup(self) -> None:
        super().setup()
        # Buffered writes (wbufsize) and no Nagle: otherwise delayed ACKs add ~40 ms per call.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self.server.sockets_lock:
            self.server.open_sockets.add(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            with self.server.sockets_lock:
                self.server.open_sockets.discard(self.connection)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        if self.server.emu.verbose:
            super().log_message(format, *args)

    def do_GET(self) -> None:
        self._serve()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_GET

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _serve(self) -> None:
        emu = self.server.emu
        body = self._read_body()
        headers = {k.lower(): v for k, v in self.headers.items()}
        path = urllib.parse.urlsplit(self.path).path
        if path.startswith("/_emulator/"):
            self._send(emu._debug(self.command, path, body))
            return
        if emu.latency_ms > 0:
            time.sleep(emu.latency_ms / 1000.0)
        if not emu._enter():
            emu.counters.rejected("concurrency")
            emu.counters.http()
            self._send(Response.of_error(errors.too_many_concurrent()))
            return
        try:
            if path in BATCH_PATHS and self.command == "POST" and not emu.batch:
                emu.counters.http()
                resp = Response.of_error(errors.ApiError(404, f"Method not found: POST {path}", "notFound"))
            elif path in BATCH_PATHS and self.command == "POST":
                if emu.require_auth and not headers.get("authorization", "").lower().startswith("bearer "):
                    emu.counters.http(batch_parts=0)
                    resp = Response.of_error(errors.unauthenticated())
                else:
                    resp = handle_batch(emu.api, headers.get("content-type", ""), body, headers)
            else:
                emu.counters.http()
                resp = emu.api.handle(Request.from_target(self.command, self.path, headers, body))
        except Exception as exc:  # a bug in the emulator: answer like Gmail's backend would, keep serving
            resp = Response.of_error(errors.ApiError(500, f"Emulator error: {exc.__class__.__name__}", "backendError"))
        finally:
            emu._leave()
        if resp.drop:
            self._drop()
            return
        self._send(resp)

    def _send(self, resp: Response) -> None:
        self.send_response(resp.status)
        for k, v in resp.headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(resp.body)))
        self.end_headers()
        if resp.body and self.command != "HEAD":
            self.wfile.write(resp.body)
        self.wfile.flush()

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


class Emulator:
    """A Gmail API emulator seeded from mail files or raw messages, served on 127.0.0.1."""

    def __init__(self, mailbox: Source | Iterable[Source] | None = None, *, me: str | None = None,
                 name: str | None = None, signature: str = "", aliases: Iterable[dict[str, Any]] = (),
                 latency_ms: float = 0, quota_per_minute: int | None = None, fault_rate: float = 0.0,
                 fault_kinds: Iterable[str] = DEFAULT_KINDS, fault_methods: Iterable[str] | None = None, seed: int = 0,
                 now: datetime | Callable[[], datetime] | None = None, unit_table: str | dict[str, int] = "classic",
                 max_concurrent: int | None = None, require_auth: bool = True, port: int = 0,
                 inline_other_max: int | None = None, verbose: bool = False, batch: bool = True) -> None:
        self._clock = _make_clock(now)
        raws = _collect(mailbox)
        probe = Mailbox("", clock=self._clock, inline_other_max=inline_other_max)
        parsed: list[tuple[bytes, ParsedMail]] = [(raw, probe.parse(raw)) for raw in raws]
        guessed, guessed_name = guess_owner(p for _, p in parsed)
        owner = (me or guessed or "me@example.com").strip()
        if name is None:
            name = guessed_name if (guessed and owner.casefold() == guessed.casefold()) else ""
        self.mailbox = Mailbox(owner, display_name=name, signature=signature, aliases=aliases, clock=self._clock,
                               inline_other_max=inline_other_max)
        self.mailbox.seed(parsed)
        self.units = dict(UNIT_TABLES[unit_table] if isinstance(unit_table, str) else unit_table)
        self.counters = Counters()
        self.quota = QuotaWindow(quota_per_minute)
        self.faults = FaultInjector(fault_rate, seed, tuple(fault_kinds), fault_methods)
        self.batch = batch
        self.latency_ms = float(latency_ms)
        self.max_concurrent = max_concurrent
        self.require_auth = require_auth
        self.verbose = verbose
        self.api = Api(self.mailbox, units=self.units, quota=self.quota, counters=self.counters,
                       faults=self.faults, clock=self._clock, require_auth=require_auth)
        self._port = port
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._inflight = 0
        self._inflight_lock = threading.Lock()

    # ---- lifecycle -----------------------------------------------------------------------------------------
    def start(self) -> Emulator:
        """Listen on 127.0.0.1 (port 0 picks a free one) and serve from a background thread."""
        if self._server is not None:
            return self
        self._server = _Server(self, self._port)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), name="gmail-emulator", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Listen and serve in the calling thread (the CLI); returns after `stop()` or Ctrl-C."""
        if self._server is None:
            self._server = _Server(self, self._port)
        try:
            self._server.serve_forever()
        finally:
            self._close()

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._close()

    def _close(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        with server.sockets_lock:
            for sock in list(server.open_sockets):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        server.server_close()

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the emulator is not started")
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        """The API root to give `build_gmail(root=...)` or REGRETS_GMAIL_API_ROOT, with a trailing slash."""
        return f"http://{HOST}:{self.port}/"

    # ---- knobs and counters --------------------------------------------------------------------------------
    @property
    def me(self) -> str:
        return self.mailbox.me

    @property
    def fault_rate(self) -> float:
        return self.faults.rate

    @fault_rate.setter
    def fault_rate(self, value: float) -> None:
        self.faults.configure(rate=value)

    @property
    def quota_per_minute(self) -> int | None:
        return self.quota.limit

    @quota_per_minute.setter
    def quota_per_minute(self, value: int | None) -> None:
        self.quota.limit = value
        self.quota.reset()

    def set_knobs(self, *, latency_ms: float | None = None, quota_per_minute: int | None | str = "keep",
                  fault_rate: float | None = None, fault_kinds: Iterable[str] | None = None,
                  fault_methods: Iterable[str] | None | str = "keep", seed: int | None = None,
                  max_concurrent: int | None | str = "keep") -> None:
        """Change knobs while running (``"keep"`` leaves a nullable knob as it is)."""
        if latency_ms is not None:
            self.latency_ms = float(latency_ms)
        if quota_per_minute != "keep":
            self.quota_per_minute = quota_per_minute  # type: ignore[assignment]
        self.faults.configure(rate=fault_rate, seed=seed, kinds=tuple(fault_kinds) if fault_kinds else None,
                              methods=fault_methods)
        if max_concurrent != "keep":
            self.max_concurrent = max_concurrent  # type: ignore[assignment]

    def reset_counters(self) -> None:
        """Zero the counters and empty the quota window."""
        self.counters.reset()
        self.quota.reset()

    def stats(self) -> dict[str, Any]:
        snap = self.counters.snapshot()
        snap["knobs"] = {"latency_ms": self.latency_ms, "quota_per_minute": self.quota.limit,
                         "fault_rate": self.faults.rate, "fault_kinds": list(self.faults.kinds),
                         "fault_methods": sorted(self.faults.methods) if self.faults.methods else None,
                         "max_concurrent": self.max_concurrent}
        snap["quota_units_in_window"] = self.quota.spent()
        snap["mailbox"] = {"me": self.mailbox.me, "threads": len(self.mailbox.threads),
                           "messages": len(self.mailbox.messages), "drafts": len(self.mailbox.drafts)}
        return snap

    def _enter(self) -> bool:
        with self._inflight_lock:
            if self.max_concurrent is not None and self._inflight >= self.max_concurrent:
                return False
            self._inflight += 1
            return True

    def _leave(self) -> None:
        with self._inflight_lock:
            self._inflight -= 1

    def _debug(self, method: str, path: str, body: bytes) -> Response:
        if path == "/_emulator/stats" and method == "GET":
            return Response.of_json(200, self.stats())
        if path == "/_emulator/reset" and method == "POST":
            self.reset_counters()
            return Response.of_json(200, {"reset": True})
        if path == "/_emulator/deliver" and method == "POST":  # a message arrives (raw RFC 822 body)
            if not body.strip():
                return Response.of_error(errors.invalid_argument("Empty message"))
            msg = self.mailbox.add_raw(body)
            return Response.of_json(200, {"id": msg.id, "threadId": msg.thread_id, "historyId": str(msg.history_id)})
        if path == "/_emulator/expire-history" and method == "POST":
            return Response.of_json(200, {"historyFloor": str(self.mailbox.expire_history())})
        if path == "/_emulator/knobs" and method == "POST":
            try:
                knobs = json.loads(body or b"{}")
                self.set_knobs(**{k: v for k, v in knobs.items()
                                  if k in ("latency_ms", "quota_per_minute", "fault_rate", "fault_kinds",
                                           "fault_methods", "seed",
                                           "max_concurrent")})
            except (ValueError, TypeError) as exc:
                return Response.of_error(errors.invalid_argument(f"Bad knobs: {exc}"))
            return Response.of_json(200, self.stats()["knobs"])
        if method == "GET" and path.startswith(("/_emulator/drafts/", "/_emulator/threads/")):
            return self._view(path)
        return Response.of_error(errors.not_found())

    def _view(self, path: str) -> Response:
        """A draft, or every message of a thread, as plain RFC 822 text a browser shows."""
        kind, _, ident = path[len("/_emulator/"):].partition("/")
        try:
            if kind == "drafts":
                raws = [self.mailbox.draft_message(ident).raw]
            else:
                raws = [m.raw for m in self.mailbox.thread_messages(ident)]
        except errors.ApiError as exc:
            return Response.of_error(exc)
        separator = b"\n\n" + b"-" * 72 + b"\n\n"
        return Response(200, separator.join(raws), {"Content-Type": "text/plain; charset=utf-8"})


def _make_clock(now: datetime | Callable[[], datetime] | None) -> Callable[[], datetime]:
    if now is None:
        return lambda: datetime.now(timezone.utc)
    if callable(now):
        return now
    fixed = now if now.tzinfo else now.replace(tzinfo=timezone.utc)
    return lambda: fixed
