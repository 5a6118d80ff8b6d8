"""The preview page's bundled images and font: one image for every icon a card names, served by the demo only,
and no emoji anywhere in the page's files (they need a font the machine may not have)."""
from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import pytest
import requests

from addon.demo import DemoServer

from .conftest import GOLDEN, ROOT

ICONS = ROOT / "addon" / "static" / "icons"
PREVIEW = ROOT / "addon" / "preview"
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u2190-\u21FF]")


def known_icons(obj) -> set[str]:
    if isinstance(obj, dict):
        found = {obj["knownIcon"]} if isinstance(obj.get("knownIcon"), str) else set()
        return found.union(*(known_icons(v) for v in obj.values()))
    if isinstance(obj, list):
        return set().union(*(known_icons(v) for v in obj))
    return set()


def test_every_icon_a_card_names_has_a_bundled_image():
    used = set().union(*(known_icons(json.loads(p.read_text(encoding="utf-8"))) for p in GOLDEN.glob("*.json")))
    assert used >= {"STORE", "EMAIL", "INVITE", "CLOCK"}
    for name in used:
        svg = ICONS / f"{name.lower()}.svg"
        assert svg.is_file(), f"no bundled image for {name}"
        assert svg.read_text(encoding="utf-8").startswith("<svg ")


@pytest.mark.parametrize("name", ["index.html", "preview.js", "preview.css"])
def test_the_preview_has_no_emoji(name):
    text = (PREVIEW / name).read_text(encoding="utf-8")
    assert not EMOJI.findall(text)


@pytest.fixture(scope="module")
def demo():
    d = DemoServer().start()
    threading.Thread(target=d.server.serve_forever, args=(0.05,), daemon=True).start()
    yield d.url
    d.stop()


def test_the_demo_serves_icons_and_fonts(demo):
    r = requests.get(demo + "/static/icons/clock.svg", timeout=10)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("image/svg+xml")
    r = requests.get(demo + "/preview/fonts/roboto-latin-400-normal.woff2", timeout=10)
    assert r.status_code == 200 and r.headers["Content-Type"] == "font/woff2" and r.content[:4] == b"wOF2"
    for bad in ("/static/icons/nothing.svg", "/static/icons/..%2Fcards.py", "/static/icons/clock.svg.py",
                "/preview/fonts/OFL.txt", "/static/icons/LICENSE"):
        assert requests.get(demo + bad, timeout=10).status_code == 404, bad


def test_the_demo_lists_each_threads_drafts(demo):
    threads = requests.get(demo + "/_demo/threads", timeout=10).json()["threads"]
    assert all(t["draftIds"] == [] for t in threads)


def test_only_the_demo_serves_them(addon):
    assert addon.session.get(addon.url + "/static/icons/clock.svg", timeout=10).status_code == 404
    assert Path(ICONS / "LICENSE").is_file() and (PREVIEW / "fonts" / "OFL.txt").is_file()
