"""`regrets emulator` as users start it: a real process printing the URL and the env line, then serving."""
from __future__ import annotations

import re
import signal
import subprocess
import sys

from click.testing import CliRunner

from gmail.emulator.cli import emulator_command
from gmail.service import build_gmail

from .conftest import EXAMPLE_MBOX, EXAMPLE_OWNER

LAUNCH = "import sys; from gmail.emulator.cli import emulator_command; emulator_command(sys.argv[1:])"


def test_cli_serves_until_interrupted(monkeypatch):
    proc = subprocess.Popen([sys.executable, "-c", LAUNCH, "--mailbox", str(EXAMPLE_MBOX), "--port", "0",
                             "--quota", "6000", "--latency-ms", "1", "--now", "2026-11-26T09:00:00+07:00"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lines = [proc.stdout.readline() for _ in range(3)]
        assert lines[0].startswith(f"Gmail API emulator for {EXAMPLE_OWNER}: 6 threads, 7 messages")
        m = re.fullmatch(r"export REGRETS_GMAIL_API_ROOT=(http://127\.0\.0\.1:(\d+)/)\n", lines[2])
        assert m, lines
        monkeypatch.setenv("REGRETS_GMAIL_API_ROOT", m.group(1))
        svc = build_gmail()  # the env var alone points the client at the emulator
        assert svc.users().getProfile(userId="me").execute()["threadsTotal"] == 6
        assert svc.users().threads().list(userId="me", q="newer_than:3d").execute()["resultSizeEstimate"] == 3
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)
    assert proc.returncode == 0, err
    assert "Stopping." in out


def test_cli_reports_bad_input():
    runner = CliRunner()
    res = runner.invoke(emulator_command, ["--mailbox", "/nonexistent/box.mbox", "--port", "0"])
    assert res.exit_code != 0 and "no such file" in str(res.exception or res.output)
    res = runner.invoke(emulator_command, ["--mailbox", str(EXAMPLE_MBOX), "--fault-kinds", "boom"])
    assert res.exit_code != 0


def test_cli_refuses_busy_port():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        res = CliRunner().invoke(emulator_command, ["--mailbox", str(EXAMPLE_MBOX), "--port", str(port)])
    assert res.exit_code != 0 and "cannot listen" in str(res.exception)


def test_regrets_emulator_on_a_busy_port_exits_5_with_one_error_line():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        res = subprocess.run([sys.executable, "-m", "regrets", "emulator", "--mailbox", str(EXAMPLE_MBOX), "--port",
                              str(port)], capture_output=True, text=True, timeout=60)
    assert res.returncode == 5
    assert res.stderr == (f"Error: cannot listen on 127.0.0.1:{port} (Address already in use): stop what uses the "
                          "port, or give another --port (0 picks a free one)\n")


def test_regrets_emulator_command_is_registered():
    res = subprocess.run([sys.executable, "-m", "regrets", "emulator", "--mailbox", "/nonexistent/box.mbox"],
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 2 and "Error: /nonexistent/box.mbox: no such file or folder" in res.stderr
