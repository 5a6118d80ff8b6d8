"""`regrets auth` and the saved sign-in, without Google: a small OAuth server on 127.0.0.1 plays Google's
authorization and token endpoints for google-auth-oauthlib and google-auth (real HTTP, real libraries)."""
from __future__ import annotations

import json
import os
import signal
import stat
import threading
import urllib.parse
import webbrowser
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests
from click.testing import CliRunner
from google.auth.transport.requests import Request
from google.oauth2.credentials import Credentials

from gmail import auth
from gmail.errors import AuthProblem

ROOT = Path(__file__).resolve().parents[2]


class FakeGoogle:
    """Authorization endpoint (redirects back with a code) and token endpoint (codes and refreshes)."""

    def __init__(self) -> None:
        self.granted_scope: str | None = None  # None: grant what was asked
        self.refresh_error: str | None = None
        self.seen: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):  # quiet
                pass

            def do_GET(self):
                url = urllib.parse.urlsplit(self.path)
                q = dict(urllib.parse.parse_qsl(url.query))
                outer.seen.append({"path": url.path, **q})
                outer.asked_scope = q.get("scope", "")
                back = q["redirect_uri"] + "?" + urllib.parse.urlencode(
                    {"code": "code-123", "state": q["state"], "scope": outer.granted_scope or q.get("scope", "")})
                self.send_response(302)
                self.send_header("Location", back)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def do_POST(self):
                body = dict(urllib.parse.parse_qsl(self.rfile.read(int(self.headers["Content-Length"])).decode()))
                outer.seen.append({"path": self.path, **body})
                if body.get("grant_type") == "refresh_token" and outer.refresh_error:
                    self._json(400, {"error": outer.refresh_error, "error_description": "Token has been expired or revoked."})
                    return
                scope = outer.granted_scope or getattr(outer, "asked_scope", "")
                self._json(200, {"access_token": "access-" + body.get("grant_type", ""), "expires_in": 3599,
                                 "refresh_token": "refresh-456", "scope": scope, "token_type": "Bearer"})

            def _json(self, status, value):
                data = json.dumps(value).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class LocalTokenRequest(Request):
    """google-auth's requests transport, sending Google's token endpoint calls to the fake instead
    (google.oauth2.credentials always uses https://oauth2.googleapis.com/token for saved tokens)."""

    def __init__(self, fake: FakeGoogle) -> None:
        super().__init__()
        self.fake = fake

    def __call__(self, url, method="GET", body=None, headers=None, timeout=None, **kwargs):
        assert url == "https://oauth2.googleapis.com/token"
        return super().__call__(self.fake.url + "/token", method, body, headers, timeout, **kwargs)


class FollowingBrowser(webbrowser.BaseBrowser):
    """A 'browser' that follows the sign-in address (in a thread, as a real browser would run on its own)."""

    def open(self, url, new=0, autoraise=True):
        threading.Thread(target=lambda: requests.get(url, timeout=10), daemon=True).start()
        return True


@pytest.fixture
def fake_google(monkeypatch):
    fake = FakeGoogle()
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # oauthlib insists on https; the fake is plain HTTP
    webbrowser.register("regrets-test-browser", None, FollowingBrowser("regrets-test-browser"))
    yield fake
    fake.stop()


@pytest.fixture
def config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("REGRETS_GMAIL_API_ROOT", raising=False)
    return tmp_path / "config" / "regrets"


def client_file(tmp_path: Path, fake: FakeGoogle) -> Path:
    data = json.loads((ROOT / "credentials.example.json").read_text())
    data["installed"].update(client_id="1234-test.apps.googleusercontent.com", client_secret="GOCSPX-test",
                             auth_uri=fake.url + "/auth", token_uri=fake.url + "/token")
    path = tmp_path / "credentials.json"
    path.write_text(json.dumps(data))
    return path


def saved_token(path: Path, scopes=auth.DEFAULT_SCOPES, expired: bool = True) -> Path:
    expiry = datetime.now(timezone.utc) + (timedelta(hours=-1) if expired else timedelta(hours=1))
    creds = Credentials(token="old-access", refresh_token="refresh-456", client_id="c", client_secret="s",
                        token_uri="https://oauth2.googleapis.com/token", scopes=list(scopes),
                        expiry=expiry.replace(tzinfo=None))
    return auth.save_token(creds, path)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_sign_in_flow_saves_a_private_token(fake_google, config_home, tmp_path):
    creds, path = auth.sign_in(client_file(tmp_path, fake_google), host="127.0.0.1",
                               browser="regrets-test-browser", timeout_seconds=20)
    assert path == config_home / auth.TOKEN_FILE
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    saved = json.loads(path.read_text())
    assert saved["refresh_token"] == "refresh-456" and set(saved["scopes"]) == set(auth.DEFAULT_SCOPES)
    asked = next(s for s in fake_google.seen if s["path"] == "/auth")
    assert set(asked["scope"].split()) == {auth.READONLY, auth.COMPOSE}
    assert asked["redirect_uri"].startswith("http://127.0.0.1:") and asked["code_challenge_method"] == "S256"
    exchange = next(s for s in fake_google.seen if s["path"] == "/token")
    assert exchange["grant_type"] == "authorization_code" and exchange["code"] == "code-123"
    # a second sign-in overwrites the token and keeps it private
    auth.sign_in(client_file(tmp_path, fake_google), host="127.0.0.1", browser="regrets-test-browser",
                 timeout_seconds=20, label=True)
    assert mode(path) == 0o600 and json.loads(path.read_text())["scopes"] == [auth.MODIFY]


def test_sign_in_with_a_box_left_unticked(fake_google, config_home, tmp_path):
    fake_google.granted_scope = auth.READONLY  # the user did not allow drafts
    with pytest.raises(AuthProblem, match="different permissions|fewer permissions"):
        auth.sign_in(client_file(tmp_path, fake_google), host="127.0.0.1", browser="regrets-test-browser",
                     timeout_seconds=20)
    assert not (config_home / auth.TOKEN_FILE).exists()


def test_expired_token_is_refreshed_and_saved(fake_google, config_home):
    path = saved_token(config_home / auth.TOKEN_FILE)
    creds = auth.load_credentials(request=LocalTokenRequest(fake_google))
    assert creds.valid and creds.token == "access-refresh_token"
    assert json.loads(path.read_text())["token"] == "access-refresh_token" and mode(path) == 0o600


def test_revoked_or_expired_refresh_token(fake_google, config_home):
    path = saved_token(config_home / auth.TOKEN_FILE)
    fake_google.refresh_error = "invalid_grant"
    with pytest.raises(AuthProblem) as err:
        auth.load_credentials(request=LocalTokenRequest(fake_google))
    text = str(err.value)
    assert "expired or was revoked" in text and "invalid_grant" in text and "`regrets auth`" in text
    assert "Testing" in text and "In production" in text
    assert not path.exists()  # the dead token is gone, so the next `regrets auth` starts clean
    assert err.value.exit_code == 3


def test_missing_or_damaged_token(config_home):
    with pytest.raises(AuthProblem, match=r"Not signed in to Gmail .* Run `regrets auth` first"):
        auth.load_credentials()
    with pytest.raises(AuthProblem, match=r"regrets auth --label"):
        auth.load_credentials(label=True)
    config_home.mkdir(parents=True)
    (config_home / auth.TOKEN_FILE).write_text("{not json")
    with pytest.raises(AuthProblem, match="damaged.*deleted.*regrets auth"):
        auth.load_credentials()
    assert not (config_home / auth.TOKEN_FILE).exists()


def test_scope_changes_are_explained(config_home):
    saved_token(config_home / auth.TOKEN_FILE, scopes=[auth.READONLY], expired=False)
    with pytest.raises(AuthProblem, match="does not allow Regrets to do compose.*`regrets auth`"):
        auth.load_credentials()
    saved_token(config_home / auth.TOKEN_FILE, expired=False)
    assert auth.load_credentials().valid
    with pytest.raises(AuthProblem, match="apply labels.*`regrets auth --label`"):
        auth.load_credentials(label=True)
    saved_token(config_home / auth.TOKEN_FILE, scopes=[auth.MODIFY], expired=False)
    assert auth.load_credentials(label=True).valid  # gmail.modify covers reading, drafts and labels


def test_client_file_problems(tmp_path, config_home):
    with pytest.raises(AuthProblem, match="No OAuth client file.*Desktop app"):
        auth.check_client_file(tmp_path / "nope.json")
    web = tmp_path / "web.json"
    web.write_text(json.dumps({"web": {"client_id": "x", "client_secret": "y"}}))
    with pytest.raises(AuthProblem, match="'Web application'.*'Desktop app'"):
        auth.check_client_file(web)
    with pytest.raises(AuthProblem, match="placeholders"):
        auth.check_client_file(ROOT / "credentials.example.json")


def test_commands_without_google(config_home, monkeypatch, tmp_path):
    from regrets.cli import cli

    runner = CliRunner()
    res = runner.invoke(cli, ["scan"])
    assert res.exit_code == 3 and "Error: Not signed in to Gmail" in res.output
    assert "see 'Gmail setup (once)' in gmail/README.md" in res.output
    assert "## Gmail setup (once)" in (ROOT / "gmail" / "README.md").read_text()  # the hint names a real section
    monkeypatch.setenv("REGRETS_GMAIL_API_ROOT", "http://127.0.0.1:9/")
    res = runner.invoke(cli, ["auth"])
    assert res.exit_code == 0 and "needs no Google sign-in" in res.output


def test_scope_errors_from_the_api_become_auth_problems():
    import httplib2
    from googleapiclient.errors import HttpError

    from gmail.calls import Gateway
    from gmail.retry import is_retryable, is_scope_error

    body = json.dumps({"error": {"code": 403, "message": "Request had insufficient authentication scopes.",
                                 "errors": [{"reason": "insufficientPermissions"}], "status": "PERMISSION_DENIED"}})
    exc = HttpError(httplib2.Response({"status": 403}), body.encode())
    assert is_scope_error(exc) and not is_retryable(exc)
    with pytest.raises(AuthProblem, match="regrets auth --label"):
        Gateway._fatal(exc)
    limited = HttpError(httplib2.Response({"status": 403}), json.dumps(
        {"error": {"errors": [{"reason": "userRateLimitExceeded"}]}}).encode())
    assert is_retryable(limited) and not is_scope_error(limited)


def test_cli_transport_refreshes_the_token_and_never_uses_httplib2(fake_google, make_emulator):
    """With real credentials the CLI's client goes over the no-resend transport wrapped in google-auth's
    AuthorizedHttp: an expired token is refreshed through it, then the call carries the new token."""
    from google_auth_httplib2 import AuthorizedHttp

    from gmail.service import build_gmail
    from gmail.transport import RequestsHttp

    emu = make_emulator()
    creds = Credentials(token="stale", refresh_token="refresh-456", token_uri=fake_google.url + "/token",
                        client_id="1234-test.apps.googleusercontent.com", client_secret="GOCSPX-test",
                        expiry=datetime.now(timezone.utc).replace(tzinfo=None) - timedelta(hours=1))
    svc = build_gmail(creds, root=emu.url)
    assert isinstance(svc._http, AuthorizedHttp) and isinstance(svc._http.http, RequestsHttp)
    assert svc.users().getProfile(userId="me").execute()["emailAddress"] == "alex.tan@gmail.com"
    assert [s.get("grant_type") for s in fake_google.seen] == ["refresh_token"]
    assert creds.token == "access-refresh_token"


def _writer_stuck_in_fsync(folder: Path):
    """A process in the middle of saving the token (its fsync never returns): its temporary file exists."""
    import subprocess
    import sys

    code = ("import os, sys, time\nfrom pathlib import Path\nfrom gmail import auth, privatefile\n"
            "def stuck(fd):\n    print('writing', flush=True)\n    time.sleep(120)\n"
            "os.fsync = stuck\n"
            "privatefile.write_private(Path(sys.argv[1]) / auth.TOKEN_FILE, '{}', prefix=auth.TOKEN_TEMP_PREFIX)\n")
    proc = subprocess.Popen([sys.executable, "-c", code, str(folder)], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout.readline().strip() == "writing"
    return proc


def test_temporary_token_files_of_killed_runs_are_removed_at_the_next_start(config_home):
    path = saved_token(config_home / auth.TOKEN_FILE, expired=False)
    for _ in range(3):  # three runs killed while saving a refreshed token
        proc = _writer_stuck_in_fsync(config_home)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    live = _writer_stuck_in_fsync(config_home)  # and one still writing
    try:
        temps = sorted(config_home.glob(auth.TOKEN_TEMP_PREFIX + "*"))
        assert len(temps) == 4
        for t in temps:
            os.utime(t, (t.stat().st_atime - 60, t.stat().st_mtime - 60))  # old enough (no sleeping)
        creds = auth.load_credentials()  # the next start
        assert creds.valid and json.loads(path.read_text())["refresh_token"] == "refresh-456"
        left = sorted(config_home.glob(auth.TOKEN_TEMP_PREFIX + "*"))
        assert len(left) == 1  # only the live writer's file
    finally:
        live.send_signal(signal.SIGKILL)
        live.wait(10)
