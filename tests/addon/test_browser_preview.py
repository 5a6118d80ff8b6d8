"""The demo preview page in headless Chromium, against `regrets serve --demo` as a real process.

The first test is the main path: open an invite, see the card, draft the decline, see the draft, open the thread
again and get "Open draft" instead of a second draft. The second walks the side panel through each state a user
meets and compares a screenshot of it with a reference image (tests/addon/screens, see tests/addon/screens.py):
one thread highlighted, the label following the intent, the card after drafting with the notification beside
(not over) the button, the thread list keeping its order, the draft pane showing the open thread's draft, icons
from the bundled images, the card in Indonesian, and a redraft.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time

import pytest

from .webdriver import Browser, find_browser

pytestmark = pytest.mark.browser
WINDOW = (1400, 1000)


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


@pytest.fixture
def demo_url():
    """`regrets serve --demo --port 0` as a real process, as the README tells users to run it (a fresh mailbox
    for each test)."""
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


def open_page(browser: Browser, url: str, *, zone: str = "Europe/Vienna", locale: str = "en-US") -> None:
    browser.set_window(*WINDOW)
    browser.get(url + "/")
    browser.wait_for("#threads li")
    browser.script("document.querySelector('#tz').value = arguments[0];"
                   "document.querySelector('#locale').value = arguments[1]", zone, locale)


def test_preview_card_and_draft(browser, demo_url):
    open_page(browser, demo_url)
    assert "loopback only" in browser.text(browser.wait_for("#demo-note", text="loopback"))
    thread = browser.wait_for("#threads li", text="Lumen Freight")
    browser.click(thread)

    # the card the backend returned, rendered: header, company/role, both times, urgency advice, form, button
    card = browser.wait_for(".gcard[data-name='regrets-invite']")
    text = browser.text(card)
    assert "Interview invitation" in text and "Critical" in text
    assert "Lumen Freight — Senior Data Engineer" in text
    assert "Thu 26 Nov 2026, 15:00 EST" in text
    assert "phone the recruiter as well" in text
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
    again = browser.wait_for("#card .gsection", text="is in this conversation")
    assert "Open draft" in browser.text(again)
    browser.click(browser.wait_for("#card button.gbutton", text="Open draft"))
    time.sleep(0.2)
    assert browser.wait_for("#draft .draft-view")
    drafts = browser.script("return fetch('/_demo/threads').then(r => r.json())"
                            ".then(j => j.threads.map(t => t.drafts).reduce((a, b) => a + b, 0))")
    assert drafts == 1


def test_preview_not_invite_card(browser, demo_url):
    open_page(browser, demo_url)
    browser.click(browser.wait_for("#threads li", text="weekly job digest"))
    card = browser.wait_for(".gcard[data-name='regrets-not-invite']")
    assert "Not an interview invitation" in browser.text(card)
    assert browser.wait_for("#card button.gbutton", text="Draft decline anyway")


# ---- each state of the side panel, with a screenshot -------------------------------------------------------------
def settle(browser: Browser) -> None:
    """Fonts and images loaded, no caret blinking, layout done: what a screenshot needs to be repeatable."""
    browser.script("document.activeElement && document.activeElement.blur()")
    deadline = time.monotonic() + 10
    while not browser.script("return document.fonts.status === 'loaded' && "
                             "[...document.images].every(i => i.complete)"):
        assert time.monotonic() < deadline, "fonts or images did not load"
        time.sleep(0.05)
    time.sleep(0.3)


def scroll_panel(browser: Browser, where: str) -> None:
    browser.script("const s = document.querySelector('.sidebar .scroll'); s.scrollTop = arguments[0] === 'top' ? 0 : "
                   "s.scrollHeight", where)


def pane(browser: Browser, name: str) -> str:
    return browser.wait_for(f"section.pane.{name}")


def highlighted(browser: Browser) -> list[str]:
    """Subjects of the list items drawn with a background of their own."""
    return browser.script(
        "return [...document.querySelectorAll('#threads li')].filter(li => "
        "getComputedStyle(li).backgroundColor !== 'rgba(0, 0, 0, 0)').map(li => li.querySelector('.subj').textContent)")


def subjects(browser: Browser) -> list[str]:
    return browser.script("return [...document.querySelectorAll('#threads li .subj')].map(e => e.textContent)")


def overlaps(browser: Browser, a: str, b: str) -> bool:
    return browser.script("""
        const r = arguments[0].getBoundingClientRect(), s = arguments[1].getBoundingClientRect();
        return r.left < s.right && s.left < r.right && r.top < s.bottom && s.top < r.bottom;""",
                          {"element-6066-11e4-a52e-4f735466cecf": a}, {"element-6066-11e4-a52e-4f735466cecf": b})


EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F]")


def test_side_panel_states_match_their_screenshots(browser, demo_url):
    from .screens import assert_matches

    open_page(browser, demo_url)
    order = subjects(browser)

    # 1. one thread open, the pointer resting on another: only the open one is highlighted
    browser.click(browser.wait_for("#threads li", text="Lumen Freight"))
    browser.wait_for(".gcard[data-name='regrets-invite']")
    browser.hover(browser.wait_for("#threads li", text="Undangan"))
    settle(browser)
    assert highlighted(browser) == ["Interview invitation: Senior Data Engineer at Lumen Freight"]
    assert_matches(browser.screenshot(pane(browser, "threads")), "one_thread_highlighted")

    # icons are the bundled images, loaded; no emoji anywhere; the text is set in the bundled Roboto
    icons = browser.script("return [...document.querySelectorAll('#card .gicon img')]"
                           ".map(i => [i.dataset.icon, new URL(i.src).pathname, i.naturalWidth])")
    assert icons and all(path == f"/static/icons/{name.lower()}.svg" and width > 0 for name, path, width in icons)
    assert {name for name, _, _ in icons} >= {"STORE", "EMAIL", "INVITE", "CLOCK"}
    assert not EMOJI.search(browser.script("return document.body.innerText"))
    assert browser.script("return document.fonts.check('14px \"Regrets Roboto\"')")
    scroll_panel(browser, "top")
    assert_matches(browser.screenshot(pane(browser, "sidebar")), "invite_card_icons")

    # 2. "Cancel an interview I accepted": the card is redrawn and the button says what it will write
    browser.click(browser.wait_for("#card input[name=intent][value=cancel]"))
    browser.wait_for("#card button.gbutton.filled", text="Draft cancellation")
    scroll_panel(browser, "bottom")
    settle(browser)
    assert_matches(browser.screenshot(pane(browser, "sidebar")), "intent_cancel_label")

    # 3. draft the decline: the same response redraws the card (draft made, Open draft, Redraft) and opens the draft
    browser.click(browser.wait_for("#card input[name=intent][value=decline]"))
    browser.click(browser.wait_for("#card button.gbutton.filled", text="Draft decline"))
    browser.wait_for("#card .gsection", text="Your Regrets decline draft is in this conversation")
    assert not [b for b in browser.find_all("#card button.gbutton") if browser.text(b) == "Draft decline"]
    draft = browser.wait_for("#draft .draft-view")
    assert "X-Regrets: decline" in browser.text(draft)
    toast = browser.wait_for("#toast.show", text="Draft created")
    for button in browser.find_all("#card button"):
        assert not overlaps(browser, toast, button), "the notification covers a button"
    settle(browser)
    assert subjects(browser) == order  # drafting does not reorder the list
    assert highlighted(browser) == ["Interview invitation: Senior Data Engineer at Lumen Freight"]
    scroll_panel(browser, "bottom")
    assert_matches(browser.screenshot(pane(browser, "sidebar")), "draft_made_card")
    assert_matches(browser.screenshot(pane(browser, "draft")), "draft_made_draft")
    assert_matches(browser.screenshot(pane(browser, "threads")), "draft_made_list_order")
    lumen_draft = browser.script("return document.querySelector('#draft .draft-view').dataset.draftId")

    # 4. another thread: the draft pane follows it (no draft there), then back: the Lumen draft again
    browser.click(browser.wait_for("#threads li", text="Undangan"))
    browser.wait_for(".gcard .gsubtitle", text="Undangan Wawancara")
    browser.wait_for("#draft .hint", text="No draft in this conversation")
    assert browser.find_all("#draft .draft-view") == []
    assert browser.text(browser.wait_for("#toast")) == ""  # the last thread's notification went with it
    settle(browser)
    assert_matches(browser.screenshot(pane(browser, "draft")), "other_thread_no_draft")
    browser.click(browser.wait_for("#threads li", text="Lumen Freight"))
    shown = browser.wait_for("#draft .draft-view")
    assert browser.script("return arguments[0].dataset.draftId", {"element-6066-11e4-a52e-4f735466cecf": shown}) \
        == lumen_draft

    # 5. the user's locale is Indonesian: the card speaks it (the letter keeps the thread's language)
    browser.script("document.querySelector('#locale').value = 'id-ID'")
    browser.click(browser.wait_for("#threads li", text="Undangan"))
    card = browser.wait_for(".gcard .gtitle", text="Undangan wawancara")
    assert "Sisa waktu" in browser.text(browser.wait_for("#card"))
    scroll_panel(browser, "top")
    settle(browser)
    assert_matches(browser.screenshot(pane(browser, "sidebar")), "card_in_indonesian")

    # 6. Redraft with other options (Indonesian card, English thread): the same draft, now a cancellation
    browser.click(browser.wait_for("#threads li", text="Lumen Freight"))
    browser.wait_for("#card .gsection", text="Buka draf")
    browser.click(browser.wait_for("#card button.gtoggle"))
    browser.click(browser.wait_for("#card input[name=intent][value=cancel]"))
    browser.click(browser.wait_for("#card button.gbutton", text="Buat ulang sebagai pembatalan"))
    browser.wait_for("#toast.show", text="Draf sudah diganti")
    redrafted = browser.wait_for("#draft .draft-view")
    assert "X-Regrets: cancel" in browser.text(redrafted)
    assert browser.script("return arguments[0].dataset.draftId", {"element-6066-11e4-a52e-4f735466cecf": redrafted}) \
        == lumen_draft
    assert browser.script("return fetch('/_demo/threads').then(r => r.json())"
                          ".then(j => j.threads.map(t => t.drafts).reduce((a, b) => a + b, 0))") == 1
    settle(browser)
    assert_matches(browser.screenshot(pane(browser, "draft")), "redraft_as_cancellation")
