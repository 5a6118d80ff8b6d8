"""The demo preview page in headless Chromium: open an invite, see the card, draft the decline, see the draft,
open the thread again and get "Open draft" instead of a second draft."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from .webdriver import Browser, find_browser

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    found = find_browser()
    if found is None:
        if os.environ.get("REGRETS_REQUIRE_BROWSER"):
            pytest.fail("Chromium/chromedriver not found but REGRETS_REQUIRE_BROWSER is set")
        pytest.skip("chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
    b = Browser(*found)
    yield b
    b.quit()


@pytest.fixture(scope="module")
def demo_url():
    """`regrets serve --demo --port 0` as a real process, as the README tells users to run it."""
    proc = subprocess.Popen([sys.executable, "-c", "from regrets.cli import main; main()", "serve", "--demo",
                             "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = proc.stdout.readline()
        assert "DEMO" in line, line
        url = line.split("open ", 1)[1].split()[0].rstrip("/")
        notes = proc.stdout.readline()
        assert "loopback only" in notes
        assert url.startswith("http://127.0.0.1:")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_preview_card_and_draft(browser, demo_url):
    browser.get(demo_url + "/")
    assert "loopback only" in browser.text(browser.wait_for("#demo-note", text="loopback"))
    thread = browser.wait_for("#threads li", text="Lumen Freight")
    browser.click(thread)

    # the card the backend returned, rendered: header, company/role, both times, urgency advice, form, button
    card = browser.wait_for(".gcard[data-name='regrets-invite']")
    text = browser.text(card)
    assert "Interview invitation" in text and "Critical" in text
    assert "Lumen Freight — Senior Data Engineer" in text
    assert "Thu 26 Nov 2026, 15:00 EST" in text
    assert "call the recruiter as well" in text
    radios = browser.script("return [...document.querySelectorAll('#card input[name=intent]')]"
                            ".map(i => i.value + ':' + i.checked)")
    assert radios == ["decline:true", "cancel:false"]

    # choose a reason and an area, then draft
    browser.script("document.querySelector('#card select[name=reason]').value = 'other-offer'")
    browser.click(browser.find_all("#card input[name=other_roles]")[0])
    browser.type(browser.find_all("#card input[name=other_roles_area]")[0], "data platform roles")
    browser.click(browser.wait_for("#card button.gbutton", text="Draft decline"))

    draft = browser.wait_for("#draft .draft-view")
    dtext = browser.text(draft)
    assert "Re: Interview invitation: Senior Data Engineer at Lumen Freight" in dtext
    assert "priya.nair@lumenfreight.com" in dtext
    assert "X-Regrets: decline" in dtext
    assert "In-Reply-To: <invite-1@lumenfreight.com>" in dtext
    assert "I have accepted another offer" in dtext
    assert "data platform roles" in dtext
    assert "DRAFT" in dtext
    toast = browser.text(browser.wait_for("#toast", text="Draft created"))
    assert "send it yourself" in toast

    # opening the thread again: the card offers the existing draft instead of a second one
    browser.click(browser.wait_for("#threads li", text="1 draft(s)"))
    again = browser.wait_for("#card .gsection", text="already in this conversation")
    assert "Open draft" in browser.text(again)
    browser.click(browser.wait_for("#card button.gbutton", text="Open draft"))
    time.sleep(0.2)
    assert browser.wait_for("#draft .draft-view")
    drafts = browser.script("return fetch('/_demo/threads').then(r => r.json())"
                            ".then(j => j.threads.map(t => t.drafts).reduce((a, b) => a + b, 0))")
    assert drafts == 1


def test_preview_not_invite_card(browser, demo_url):
    browser.get(demo_url + "/")
    browser.click(browser.wait_for("#threads li", text="weekly job digest"))
    card = browser.wait_for(".gcard[data-name='regrets-not-invite']")
    assert "Not an interview invitation" in browser.text(card)
    assert browser.wait_for("#card button.gbutton", text="Draft decline anyway")
