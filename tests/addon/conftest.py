"""Fixtures for the add-on tests: a local signing-key server, the Gmail emulator, and the add-on app served
over real HTTP on 127.0.0.1 (werkzeug's threaded server), called with real signed ID tokens.

The add-on is configured with a public base URL it is NOT served at (as behind Cloud Run's TLS-terminating
front end): tokens carry that URL as audience while the requests go to http://127.0.0.1:PORT.
"""
from __future__ import annotations

import json
import os
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
import requests
from werkzeug.serving import make_server

from addon.app import create_app
from addon.config import AddonConfig
from addon.keys import LocalKeyServer
from gmail.emulator import Emulator
from tests.pgcluster import PgCluster

ROOT = Path(__file__).resolve().parents[2]
DEMO_MBOX = ROOT / "addon" / "preview" / "demo_mail.mbox"
GOLDEN = Path(__file__).resolve().parent / "golden"
BASE_URL = "https://regrets-addon-4f2k3x.a.run.app"
SERVICE_ACCOUNT = "service-123456789012@gcp-sa-gsuiteaddons.iam.gserviceaccount.com"
OWNER = "sam.rivera@gmail.com"
NOW = datetime(2026, 11, 26, 2, 0, tzinfo=timezone.utc)  # 09:00 in Jakarta
USER_TOKEN = "ya29.test-user-oauth-token"
ACCESS_TOKEN = "AFxwC-test-gmail-access-token"


class ServedApp:
    """A WSGI app on 127.0.0.1:PORT in a background thread."""

    def __init__(self, app: Any) -> None:
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@dataclass
class Addon:
    """The running add-on plus helpers to call it the way Gmail does."""

    served: ServedApp
    keys: LocalKeyServer
    emulator: Emulator
    app: Any
    session: requests.Session = field(default_factory=requests.Session)
    fallback: bool = False  # Gmail refuses threads.get (403): the add-on reads the open message alone

    @property
    def read_calls(self) -> dict[str, int]:
        """The Gmail calls one read of a conversation costs in this mode."""
        return {"threads.get": 1, "messages.get": 1} if self.fallback else {"threads.get": 1}

    @property
    def url(self) -> str:
        return self.served.url

    def token(self, path: str, **kw: Any) -> str:
        return self.keys.mint(BASE_URL + path, kw.pop("email", SERVICE_ACCOUNT), **kw)

    def thread_ids(self) -> dict[str, str]:
        """{subject: thread id} of the emulator's mailbox."""
        out = {}
        for t in self.emulator.mailbox.threads.values():
            out[_subject(self, t)] = t.id
        return out

    def thread_id(self, subject_part: str) -> str:
        for subject, tid in self.thread_ids().items():
            if subject_part.lower() in subject.lower():
                return tid
        raise KeyError(subject_part)

    def last_message_id(self, thread_id: str) -> str:
        """The newest message of the thread that is not a draft (what the user has open)."""
        box = self.emulator.mailbox
        return [m for m in box.threads[thread_id].message_ids if "DRAFT" not in box.messages[m].labels][-1]

    def event(self, thread_id: str | None = None, message_id: str | None = None, *, tz: str | None = "Europe/Vienna",
              form: dict[str, list[str] | str] | None = None, params: dict[str, str] | None = None,
              user_token: str | None = USER_TOKEN, access_token: str | None = ACCESS_TOKEN,
              locale: str = "en-GB") -> dict[str, Any]:
        common: dict[str, Any] = {"hostApp": "GMAIL", "platform": "WEB", "userLocale": locale}
        if tz:
            common["timeZone"] = {"id": tz, "offset": 3600000}
        if form:
            common["formInputs"] = {k: {"stringInputs": {"value": v if isinstance(v, list) else [v]}}
                                    for k, v in form.items()}
        if params:
            common["parameters"] = params
        ev: dict[str, Any] = {"commonEventObject": common, "authorizationEventObject": {}}
        if user_token:
            ev["authorizationEventObject"]["userOAuthToken"] = user_token
        gm: dict[str, Any] = {}
        if message_id:
            gm["messageId"] = message_id
        if thread_id:
            gm["threadId"] = thread_id
        if access_token:
            gm["accessToken"] = access_token
        if gm:
            ev["gmail"] = gm
        return ev

    def post(self, path: str, event: Any, *, token: str | None = "auto", headers: dict[str, str] | None = None,
             raw: bytes | None = None) -> requests.Response:
        h = {"Content-Type": "application/json", **(headers or {})}
        if token == "auto":
            token = self.token(path)
        if token is not None:
            h["Authorization"] = f"Bearer {token}"
        data = raw if raw is not None else json.dumps(event).encode()
        return self.session.post(self.url + path, data=data, headers=h, timeout=30)

    def open_message(self, subject_part: str, **kw: Any) -> requests.Response:
        tid = self.thread_id(subject_part)
        return self.post("/on-message", self.event(tid, self.last_message_id(tid), **kw))


def _message_ids(t: Any) -> list[str]:
    return list(t.message_ids)


def _subject(addon: Addon, t: Any) -> str:
    import email

    first = addon.emulator.mailbox.messages[t.message_ids[0]]
    return str(email.message_from_bytes(first.raw).get("Subject", ""))


@pytest.fixture(scope="session")
def keys() -> Iterator[LocalKeyServer]:
    with LocalKeyServer() as ks:
        yield ks


def refuse_threads_get(emu: Emulator) -> None:
    """Make the emulator answer threads.get with 403, as Gmail may for the per-message add-on token (UNCONFIRMED,
    addon/README.md): the add-on then reads the open message alone with messages.get."""
    from gmail.emulator.errors import ApiError

    def refused(req: Any, p: dict[str, str]) -> Any:
        raise ApiError(403, "Request had insufficient authentication scopes.", "insufficientPermissions")

    emu.api.routes = [(verb, rx, name, refused if name == "threads.get" else handler)
                      for verb, rx, name, handler in emu.api.routes]


GMAIL_MODES = ("threads", "fallback")


def build_addon(keys: LocalKeyServer, tmp_path: Path, mailbox: Any = None, *, gmail_root: str | None = None,
                mode: str = "threads", **emu_kw: Any) -> Addon:
    """The add-on against a fresh emulator (default: the demo mailbox), or against `gmail_root`. In the
    "fallback" mode the emulator refuses threads.get with 403."""
    emu_kw.setdefault("me", OWNER)
    emu_kw.setdefault("now", NOW)
    emu = Emulator(mailbox if mailbox is not None else [DEMO_MBOX], **emu_kw).start()
    if mode == "fallback":
        refuse_threads_get(emu)
    cfg = AddonConfig(base_url=BASE_URL, service_account=SERVICE_ACCOUNT, certs_url=keys.certs_url,
                      gmail_api_root=gmail_root or emu.url, clock=lambda: NOW, state_dir=str(tmp_path / "state"))
    app = create_app(cfg)
    return Addon(ServedApp(app), keys, emu, app, fallback=mode == "fallback")


@pytest.fixture(params=GMAIL_MODES)
def gmail_mode(request) -> str:
    """Every add-on test runs twice: with threads.get answered, and with it refused (403)."""
    return request.param


@pytest.fixture
def make_addon(keys, tmp_path, gmail_mode) -> Iterator[Any]:
    made: list[Addon] = []

    def factory(mailbox: Any = None, **emu_kw: Any) -> Addon:
        emu_kw.setdefault("mode", gmail_mode)
        a = build_addon(keys, tmp_path / f"a{len(made)}", mailbox, **emu_kw)
        made.append(a)
        return a

    yield factory
    for a in made:
        a.served.stop()
        a.emulator.stop()


@pytest.fixture
def addon(make_addon) -> Addon:
    return make_addon()


class FakeGmail:
    """A stand-in Gmail API root that answers every call with one fixed error and records request headers
    (for statuses the emulator does not produce: 403 scope missing, 401 expired user token)."""

    def __init__(self, status: int, reason: str, message: str) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.requests: list[tuple[str, str, dict[str, str]]] = []
        owner = self
        body = json.dumps({"error": {"code": status, "message": message, "status": reason.upper(),
                                     "errors": [{"message": message, "domain": "global", "reason": reason}]}}).encode()

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                owner.requests.append((self.command, self.path, {k.lower(): v for k, v in self.headers.items()}))
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=UTF-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, *a: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake_gmail() -> Iterator[Any]:
    made: list[FakeGmail] = []

    def factory(status: int, reason: str, message: str) -> FakeGmail:
        f = FakeGmail(status, reason, message)
        made.append(f)
        return f

    yield factory
    for f in made:
        f.stop()


# ---- databases for the draft store -----------------------------------------------------------------------------
@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A PostgreSQL server: REGRETS_TEST_DATABASE_URL (.ci/run starts one), else one started here from the
    installed binaries. Without either the PostgreSQL tests skip -- except in CI (REGRETS_REQUIRE_POSTGRES=1),
    where they fail."""
    url = os.environ.get("REGRETS_TEST_DATABASE_URL")
    if url:
        yield url
        return
    cluster = PgCluster()
    try:
        url = cluster.start()
    except Exception as exc:  # noqa: BLE001 - any reason the server cannot start is reported the same way
        cluster.stop() if cluster.bindir else None
        reason = f"no PostgreSQL server ({type(exc).__name__}: {str(exc)[:200]}); apt-get install postgresql"
        if os.environ.get("REGRETS_REQUIRE_POSTGRES") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        yield url
    finally:
        cluster.stop()


def new_table() -> str:
    return f"t_{uuid.uuid4().hex[:16]}"


def drop_table(url: str, table: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP TABLE IF EXISTS {table}")
