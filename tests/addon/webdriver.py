"""A very small W3C WebDriver client (requests + Debian's chromedriver): enough to drive headless Chromium in
the preview browser test without extra Python packages."""
from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from typing import Any

import requests

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # W3C element reference key
CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000"]


def find_browser() -> tuple[str, str] | None:
    """(chromium binary, chromedriver binary) or None when either is missing."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WebDriverError(RuntimeError):
    pass


class Browser:
    def __init__(self, browser: str, driver: str) -> None:
        self.port = _free_port()
        self.profile = tempfile.TemporaryDirectory(prefix="regrets-chromium-")
        self.proc = subprocess.Popen([driver, f"--port={self.port}", "--allowed-ips=127.0.0.1"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.port}"
        self.http = requests.Session()
        self._wait_driver()
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": browser,
                                   "args": CHROME_FLAGS + [f"--user-data-dir={self.profile.name}"]}}}}
        res = self._call("POST", "/session", caps)
        self.session = res["sessionId"]

    def _wait_driver(self) -> None:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                if self.http.get(self.base + "/status", timeout=2).ok:
                    return
            except requests.ConnectionError:
                time.sleep(0.1)
        raise WebDriverError("chromedriver did not start")

    def _call(self, method: str, path: str, body: Any = None) -> Any:
        r = self.http.request(method, self.base + path, json=body, timeout=60)
        data = r.json()
        if r.status_code >= 400:
            raise WebDriverError(str(data.get("value", data))[:500])
        return data.get("value")

    def _s(self, method: str, path: str, body: Any = None) -> Any:
        return self._call(method, f"/session/{self.session}{path}", body)

    # ---- API ---------------------------------------------------------------------------------------------------
    def get(self, url: str) -> None:
        self._s("POST", "/url", {"url": url})

    def script(self, js: str, *args: Any) -> Any:
        return self._s("POST", "/execute/sync", {"script": js, "args": list(args)})

    def find_all(self, css: str) -> list[str]:
        found = self._s("POST", "/elements", {"using": "css selector", "value": css})
        return [e.get(ELEMENT) or next(iter(e.values())) for e in found]

    def click(self, element: str) -> None:
        self._s("POST", f"/element/{element}/click", {})

    def text(self, element: str) -> str:
        return self._s("GET", f"/element/{element}/text")

    def type(self, element: str, text: str) -> None:
        self._s("POST", f"/element/{element}/value", {"text": text})

    def wait_for(self, css: str, *, text: str | None = None, timeout: float = 20) -> str:
        """The first element matching `css` (and containing `text`), waiting for it to appear."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                for e in self.find_all(css):
                    if text is None or text in self.text(e):
                        return e
            except WebDriverError as exc:  # the page redrew the element while we looked: look again
                if "stale element" not in str(exc):
                    raise
            if time.monotonic() > deadline:
                raise WebDriverError(f"timed out waiting for {css!r}" + (f" with {text!r}" if text else ""))
            time.sleep(0.1)

    def screenshot(self, element: str | None = None) -> bytes:
        """A PNG of the window's viewport, or of one element (W3C "Take (Element) Screenshot")."""
        import base64

        data = self._s("GET", f"/element/{element}/screenshot" if element else "/screenshot")
        return base64.b64decode(data)

    def set_window(self, width: int, height: int) -> None:
        self._s("POST", "/window/rect", {"width": width, "height": height})

    def hover(self, element: str) -> None:
        """Move the pointer over the element's centre (W3C actions), as a user's mouse would rest there."""
        self._s("POST", "/actions", {"actions": [{"type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"},
                                                  "actions": [{"type": "pointerMove", "duration": 0, "origin":
                                                               {ELEMENT: element}, "x": 0, "y": 0}]}]})

    def quit(self) -> None:
        try:
            self._s("DELETE", "")
        except Exception:
            pass
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.profile.cleanup()
