"""A throw-away PostgreSQL server for the tests, from Debian's ``postgresql`` package (``apt-get install
postgresql``): ``initdb`` into a fresh temp folder, ``pg_ctl start`` on a free port of 127.0.0.1, trust
authentication for the local test user. PostgreSQL refuses to run as root, so as root (CI) every server
command runs as the ``postgres`` system user that the package creates.

    eval "$(python tests/pgcluster.py start)"    # prints: export REGRETS_TEST_DATABASE_URL=… REGRETS_TEST_PGDIR=…
    python tests/pgcluster.py stop "$REGRETS_TEST_PGDIR"

The add-on tests use ``REGRETS_TEST_DATABASE_URL`` when set (``.ci/run`` starts a server this way), else start
one themselves with `PgCluster` when the binaries are installed.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path


def find_bindir() -> Path | None:
    """The folder holding initdb/pg_ctl: on PATH, else Debian's /usr/lib/postgresql/<version>/bin (newest)."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgCluster:
    """One PostgreSQL server in its own folder. `start()` returns its URL; `stop()` stops it and removes the folder."""

    def __init__(self, base: str | os.PathLike[str] | None = None) -> None:
        self.bindir = find_bindir()
        self.base = Path(base) if base else Path(tempfile.mkdtemp(prefix="regrets-pg-"))
        self.data = self.base / "data"
        self.port = 0

    @property
    def as_root(self) -> bool:
        return hasattr(os, "geteuid") and os.geteuid() == 0

    def _cmd(self, *args: str) -> list[str]:
        if not self.as_root:
            return list(args)
        runuser = shutil.which("runuser")
        if runuser:
            return [runuser, "-u", "postgres", "--", *args]
        return ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(f"'{a}'" for a in args)]

    def start(self) -> str:
        if self.bindir is None:
            raise RuntimeError("PostgreSQL server binaries not found (apt-get install postgresql)")
        if self.as_root:
            shutil.chown(self.base, "postgres", "postgres")
        os.chmod(self.base, 0o700)
        self.port = _free_port()
        run = {"check": True, "stdout": subprocess.PIPE, "stderr": subprocess.STDOUT, "timeout": 120}
        subprocess.run(self._cmd(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres",
                                 "--auth=trust", "-E", "UTF8", "--no-sync"), **run)
        opts = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.base} -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        subprocess.run(self._cmd(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.base / "log"),
                                 "-o", opts, "-w", "-t", "60", "start"), **run)
        return self.url

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        if self.data.exists():
            subprocess.run(self._cmd(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w",
                                     "stop"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
        shutil.rmtree(self.base, ignore_errors=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["start"]:
        try:
            cluster = PgCluster()
            url = cluster.start()
        except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
            out = getattr(exc, "stdout", b"") or b""
            print(f"cannot start PostgreSQL: {exc}\n{out.decode(errors='replace')}", file=sys.stderr)
            return 1
        print(f"export REGRETS_TEST_DATABASE_URL={url} REGRETS_TEST_PGDIR={cluster.base}")
        return 0
    if argv[:1] == ["stop"] and len(argv) == 2:
        cluster = PgCluster(argv[1])
        if cluster.bindir is not None:
            cluster.stop()
        return 0
    print("usage: pgcluster.py start | stop DIR", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
