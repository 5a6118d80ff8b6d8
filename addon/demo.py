"""`regrets serve --demo`: the add-on, the Gmail emulator with a bundled demo mailbox, a demo signing key, and
the preview page, all on 127.0.0.1.

Demo mode listens on loopback only. Its ID tokens are signed by a key made at start and served by a local
key server; the add-on's certs URL points there, so they pass the one verification path (`addon.auth`). There is
no way to make a non-demo server accept them, and no switch that skips verification.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

from gmail.emulator import Emulator

from .config import AddonConfig, AddonConfigError
from .keys import LocalKeyServer
from .serving import wsgi_server

DEMO_OWNER = "sam.rivera@gmail.com"
DEMO_SERVICE_ACCOUNT = "service-000000000000@regrets-demo.invalid"
DEMO_NOW = "2026-11-26T09:00:00+07:00"  # the demo mailbox's invitations are dated around this day
LOOPBACK = ("127.0.0.1", "localhost")


def demo_mailbox() -> Path:
    return Path(str(resources.files("addon") / "preview" / "demo_mail.mbox"))


@dataclass
class DemoServer:
    """Everything the demo runs; `start()` binds, `serve_forever()` or `stop()`."""

    host: str = "127.0.0.1"
    port: int = 0
    now: datetime | None = None
    mailbox: Path | None = None

    def start(self) -> DemoServer:
        if self.host not in LOOPBACK:
            raise AddonConfigError(f"demo mode listens on loopback only (127.0.0.1), not {self.host}")
        now = self.now or datetime.fromisoformat(DEMO_NOW)
        # bind first (port 0 = any free port; a busy port stops here, before anything else starts), then build
        # the app for the real URL: it is every token's audience
        self.server = wsgi_server("127.0.0.1", self.port, _not_ready)
        self.keys = LocalKeyServer().start()
        self.emulator = Emulator([self.mailbox or demo_mailbox()], me=DEMO_OWNER, now=now).start()
        self._state = tempfile.TemporaryDirectory(prefix="regrets-demo-")
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        cfg = AddonConfig(base_url=self.url, service_account=DEMO_SERVICE_ACCOUNT, certs_url=self.keys.certs_url,
                          gmail_api_root=self.emulator.url, demo=True, clock=lambda: now, state_dir=self._state.name,
                          extra={"keys": self.keys, "owner": DEMO_OWNER})
        from .app import create_app

        self.app = create_app(cfg)
        self.server.app = self.app
        self.now_value = now
        return self

    def serve_forever(self) -> None:
        try:
            self.server.serve_forever()
        finally:
            self._close()

    def stop(self) -> None:
        self.server.shutdown()
        self._close()

    def _close(self) -> None:
        self.server.server_close()
        self.emulator.stop()
        self.keys.stop()
        self._state.cleanup()


def _not_ready(environ: dict[str, Any], start_response: Any) -> list[bytes]:
    start_response("503 Service Unavailable", [("Content-Type", "text/plain")])
    return [b"starting"]
