"""No token reaches a log: full runs of `regrets serve` and of gunicorn (access log on, default and query-revealing
formats), with tokens offered in query strings and a Referer as well as in the Authorization header; then every
log line is searched for anything JWT-shaped and for the OAuth tokens."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import requests

from gmail.emulator import Emulator

from .conftest import ACCESS_TOKEN, BASE_URL, DEMO_MBOX, NOW, OWNER, SERVICE_ACCOUNT, USER_TOKEN, Addon
from .procs import ROOT, Gunicorn, clean_env, free_port, wait_healthy

JWT = re.compile(r"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}")
REVEALING_FORMAT = '%(h)s "%(r)s" q=%(q)s U=%(U)s f="%(f)s" %(s)s'


class RegretsServe:
    """`regrets serve` (werkzeug's server, not the demo) as a real process, its output in a file."""

    def __init__(self, env: dict[str, str], log_path: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self._log = open(log_path, "ab")  # noqa: SIM115 - the server writes to it until the test stops it
        self.proc = subprocess.Popen([sys.executable, "-c", "from regrets.cli import main; main()", "serve",
                                      "--port", str(self.port)], cwd=ROOT, env=clean_env(**env),
                                     stdout=self._log, stderr=subprocess.STDOUT)
        wait_healthy(self.url)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)
        self._log.close()


def full_run(url: str, keys: Any, probe: Addon) -> dict[str, int]:
    """Every endpoint the way Gmail calls it, then with tokens where they do not belong. {label: status}."""
    tid = probe.thread_id("Lumen")
    mid = probe.last_message_id(tid)
    ev = probe.event(tid, mid, form={"intent": "decline"}, params={"threadId": tid, "messageId": mid, "mode": "invite"})
    leaked = keys.mint(BASE_URL + "/on-message", SERVICE_ACCOUNT)
    out: dict[str, int] = {}
    with requests.Session() as s:
        def post(path: str, query: str = "", **kw: Any) -> int:
            headers = {"Authorization": f"Bearer {keys.mint(BASE_URL + path, SERVICE_ACCOUNT)}", **kw.pop("headers", {})}
            return s.post(url + path + query, json=kw.pop("json", ev), headers=headers, timeout=30).status_code

        for path in ("/homepage", "/on-message", "/actions/draft", "/actions/refresh"):
            out[path] = post(path)
        out["open-draft"] = post("/actions/open-draft", json=probe.event(tid, mid, params={"threadId": tid,
                                                                                              "draftId": "r-1"}))
        out["query token"] = post("/on-message", f"?id_token={leaked}&access_token={USER_TOKEN}")
        out["query token, draft"] = post("/actions/draft", f"?token={leaked}")
        out["referer token"] = post("/on-message", headers={"Referer": f"https://mail.google.com/?t={leaked}"})
        out["bad bearer"] = s.post(url + "/on-message", json=ev, timeout=30,
                                   headers={"Authorization": f"Bearer {leaked[:-6]}AAAAAA"}).status_code
        out["healthz query"] = s.get(url + f"/healthz?token={leaked}", timeout=30).status_code
        out["unknown path query"] = s.get(url + f"/nope?token={leaked}", timeout=30).status_code
    return out


def check(statuses: dict[str, int], log_text: str) -> None:
    assert statuses["/on-message"] == 200 and statuses["/actions/draft"] == 200
    assert statuses["query token"] == 400 and statuses["query token, draft"] == 400
    assert statuses["bad bearer"] == 401 and statuses["healthz query"] == 200
    assert log_text.count("/on-message") >= 4  # the access log was written: the search below means something
    assert JWT.findall(log_text) == []
    for secret in (USER_TOKEN, ACCESS_TOKEN, "ya29", "token="):
        assert secret not in log_text


@pytest.fixture
def emulator() -> Any:
    emu = Emulator([DEMO_MBOX], me=OWNER, now=NOW).start()
    yield emu
    emu.stop()


def env_for(keys: Any, emu: Emulator, tmp_path: Path) -> dict[str, str]:
    return {"REGRETS_ADDON_BASE_URL": BASE_URL, "REGRETS_ADDON_SERVICE_ACCOUNT": SERVICE_ACCOUNT,
            "REGRETS_GOOGLE_CERTS_URL": keys.certs_url, "REGRETS_GMAIL_API_ROOT": emu.url,
            "REGRETS_ADDON_STATE_DIR": str(tmp_path / "state")}


def test_regrets_serve_logs_no_token(keys, emulator, tmp_path):
    server = RegretsServe(env_for(keys, emulator, tmp_path), tmp_path / "serve.log")
    try:
        statuses = full_run(server.url, keys, Addon(None, keys, emulator, None))
    finally:
        server.stop()
    check(statuses, server.log_path.read_text(errors="replace"))


@pytest.mark.parametrize("log_format", ["default", "revealing"])
def test_gunicorn_logs_no_token(keys, emulator, tmp_path, log_format):
    env = env_for(keys, emulator, tmp_path)
    if log_format == "revealing":  # an operator's format with the query, path and referer atoms
        env["GUNICORN_CMD_ARGS"] = f"--access-logformat '{REVEALING_FORMAT}'"
    g = Gunicorn(env, tmp_path / "gunicorn.log", workers=1, threads=4).wait()
    try:
        statuses = full_run(g.url, keys, Addon(None, keys, emulator, None))
    finally:
        g.stop()
    text = g.log_path.read_text(errors="replace")
    if log_format == "revealing":
        assert "q= U=/on-message" in text
    check(statuses, text)
