"""Real server processes for the tests: gunicorn serving the add-on factory, as production does."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REGRETS_")}
    env.update(extra)
    return env


def wait_healthy(url: str, timeout: float = 60) -> None:
    """Poll GET /healthz until it answers (a worker still booting holds the connection: any failure retries)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if requests.get(url + "/healthz", timeout=2).ok:
                return
        except requests.RequestException:
            pass
        if time.monotonic() > deadline:
            raise AssertionError(f"{url} did not become healthy")
        time.sleep(0.1)


class Gunicorn:
    """`gunicorn 'addon.app:create_app()'` on a free port, configured by environment; its access and error log
    go to `log_path` (read by the tests that check what is logged)."""

    def __init__(self, env: dict[str, str], log_path: Path, *, workers: int = 2, threads: int = 1,
                 access_log: bool = True, preload: bool = False) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self.env = env
        args = [sys.executable, "-m", "gunicorn", "-w", str(workers), "--threads", str(threads),
                "-b", f"127.0.0.1:{self.port}", "--error-logfile", "-", "--log-level", "info"]
        if access_log:
            args += ["--access-logfile", "-"]
        if preload:  # build the app once in the master, then fork: the store must reopen its connections per worker
            args.append("--preload")
        self._log = open(log_path, "ab")  # noqa: SIM115 - the server writes to it until stop() closes it
        self.proc = subprocess.Popen(args + ["addon.app:create_app()"], cwd=ROOT, env=clean_env(**env),
                                     stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True)

    def wait(self, timeout: float = 60) -> Gunicorn:
        try:
            wait_healthy(self.url, timeout)
        except AssertionError:
            self.stop()
            raise AssertionError(f"gunicorn did not start:\n{self.log_path.read_text(errors='replace')[-3000:]}") from None
        return self

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:  # the master and any worker it left behind (its own session)
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        self._log.close()
