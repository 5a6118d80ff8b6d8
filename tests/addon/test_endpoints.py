"""The endpoints through real HTTP: what Gmail is asked (one call per card, with both tokens), message-id
forms, malformed events, Gmail errors as friendly cards, and no tokens or content in logs or responses."""
from __future__ import annotations

import json
import logging

import pytest

from .conftest import ACCESS_TOKEN, BASE_URL, USER_TOKEN


def card_of(resp) -> dict:
    body = resp.json()
    if "action" in body:
        return body["action"]["navigations"][0]["pushCard"]
    return body["renderActions"]["action"]["navigations"][0]["updateCard"]


def all_text(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


@pytest.mark.parametrize("subject, name", [
    ("Lumen", "regrets-invite"), ("Undangan", "regrets-invite"), ("Tidewater", "regrets-invite"),
    ("Pinecrest", "regrets-no-time"), ("OrbitCart", "regrets-past"), ("digest", "regrets-not-invite"),
])
def test_one_gmail_call_per_card(addon, subject, name):
    if addon.fallback and subject == "Tidewater":
        # the open message is the user's own acceptance: read alone (threads.get refused), it is no invitation
        name = "regrets-not-invite"
    addon.emulator.reset_counters()
    r = addon.open_message(subject)
    assert r.status_code == 200
    assert card_of(r)["name"] == name
    assert addon.emulator.counters.requests == addon.read_calls
    assert r.headers["X-Regrets-Gmail-Calls"] == str(len(addon.read_calls))


def test_gmail_is_called_with_user_token_and_message_token(make_addon, fake_gmail):
    fake = fake_gmail(404, "notFound", "Requested entity was not found.")
    a = make_addon(gmail_root=fake.url)
    tid = a.thread_id("Lumen")
    r = a.post("/on-message", a.event(f"thread-f:{int(tid, 16)}", None))
    assert card_of(r)["name"] == "regrets-error-not-found"
    method, path, headers = fake.requests[0]
    assert (method, path) == ("GET", f"/gmail/v1/users/me/threads/{tid}?format=full&alt=json")
    assert headers["authorization"] == f"Bearer {USER_TOKEN}"
    assert headers["x-goog-gmail-access-token"] == ACCESS_TOKEN


def test_decimal_web_ids_are_converted(addon):
    tid = addon.thread_id("Lumen")
    mid = addon.last_message_id(tid)
    addon.emulator.reset_counters()
    r = addon.post("/on-message", addon.event(f"thread-f:{int(tid, 16)}", f"msg-f:{int(mid, 16)}"))
    assert card_of(r)["name"] == "regrets-invite"
    assert addon.emulator.counters.requests == addon.read_calls
    # the card's buttons carry the API form
    assert f'"value": "{tid}"' in all_text(card_of(r))


def test_opaque_thread_id_falls_back_to_the_open_message(addon):
    tid = addon.thread_id("Lumen")
    mid = addon.last_message_id(tid)
    addon.emulator.reset_counters()
    r = addon.post("/on-message", addon.event("thread-a:r8302512286718218270", f"msg-f:{int(mid, 16)}"))
    assert card_of(r)["name"] == "regrets-invite"  # threads.get refused the id (400); messages.get worked
    assert addon.emulator.counters.requests == {"threads.get": 1, "messages.get": 1}
    assert f'"value": "{tid}"' in all_text(card_of(r))  # the real thread id, from the message


def test_message_only_event(addon):
    tid = addon.thread_id("Undangan")
    r = addon.post("/on-message", addon.event(None, addon.last_message_id(tid), tz="Asia/Jakarta"))
    assert card_of(r)["name"] == "regrets-invite"


def test_user_zone_from_offset_when_no_zone_id(addon):
    tid = addon.thread_id("Lumen")
    ev = addon.event(tid, addon.last_message_id(tid), tz=None)
    ev["commonEventObject"]["timeZone"] = {"offset": 7 * 3600 * 1000}
    text = all_text(card_of(addon.post("/on-message", ev)))
    assert "Your time (UTC+07:00)" in text and "Fri 27 Nov 2026, 03:00 UTC+07:00" in text


@pytest.mark.parametrize("kind, card", [("429", "regrets-error-rate"), ("500", "regrets-error-unavailable"),
                                        ("503", "regrets-error-unavailable"), ("drop", "regrets-error-unavailable")])
def test_gmail_faults_become_friendly_cards(addon, kind, card):
    addon.emulator.set_knobs(fault_rate=1.0, fault_kinds=[kind])
    r = addon.open_message("Lumen")
    assert r.status_code == 200
    c = card_of(r)
    assert c["name"] == card
    assert "Try again" in all_text(c)
    addon.emulator.set_knobs(fault_rate=0.0)
    retry = next(b for s in c["sections"] for w in s["widgets"] for b in w.get("buttonList", {}).get("buttons", []))
    act = retry["onClick"]["action"]
    assert act["function"] == BASE_URL + "/actions/refresh"
    params = {p["key"]: p["value"] for p in act["parameters"]}
    again = addon.post("/actions/refresh", addon.event(params=params))
    assert again.json()["renderActions"]["action"]["navigations"][0]["updateCard"]["name"] == "regrets-invite"


def test_quota_exhausted_is_a_rate_card(addon):
    addon.emulator.quota_per_minute = 1
    r = addon.open_message("Lumen")
    assert card_of(r)["name"] == "regrets-error-rate"


@pytest.mark.parametrize("status, reason, card", [
    (403, "insufficientPermissions", "regrets-error-scope"),
    (401, "authError", "regrets-error-auth"),
    (404, "notFound", "regrets-error-not-found"),
    (500, "backendError", "regrets-error-unavailable"),
    (429, "rateLimitExceeded", "regrets-error-rate"),
    (403, "userRateLimitExceeded", "regrets-error-rate"),
])
def test_gmail_errors_from_stand_in(make_addon, fake_gmail, status, reason, card):
    fake = fake_gmail(status, reason, "x")
    a = make_addon(gmail_root=fake.url)
    tid = a.thread_id("Lumen")
    r = a.post("/on-message", a.event(tid, a.last_message_id(tid)))
    assert r.status_code == 200
    assert card_of(r)["name"] == card
    assert "Traceback" not in r.text


@pytest.mark.parametrize("path, event, reason", [
    ("/on-message", lambda a: a.event(user_token=None, thread_id="18fae27693b40002"), "userOAuthToken"),
    ("/on-message", lambda a: a.event("18fae27693b40002", access_token=None), "accessToken"),
    ("/on-message", lambda a: a.event(), "messageId"),
    ("/on-message", lambda a: a.event("../../admin"), "unexpected form"),
    ("/actions/draft", lambda a: a.event("18fae27693b40002", form={"intent": "send"}), "intent"),
    ("/actions/draft", lambda a: a.event("18fae27693b40002", form={"language": "xx"}), "language"),
    ("/actions/open-draft", lambda a: a.event("18fae27693b40002", params={"draftId": "r1/../x"}), "draftId"),
    ("/actions/open-draft", lambda a: a.event("18fae27693b40002"), "draftId"),
    ("/homepage", lambda a: {"commonEventObject": {"hostApp": "DRIVE"}}, "not GMAIL"),
    ("/homepage", lambda a: {"gmail": {}}, "missing commonEventObject"),
])
def test_malformed_events_are_400(addon, path, event, reason):
    r = addon.post(path, event(addon))
    assert r.status_code == 400, r.text
    assert r.json()["error"] == "malformed event"
    assert reason in r.json()["reason"]


@pytest.mark.parametrize("raw", [b"", b"{", b"[]", b"null", b'"x"', b"\xff\xfe"])
def test_unparseable_bodies_are_400(addon, raw):
    r = addon.post("/on-message", None, raw=raw)
    assert r.status_code == 400 and "Traceback" not in r.text


@pytest.mark.parametrize("raw", [
    b"[" * 100_000 + b"]" * 100_000,
    b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
    b'{"commonEventObject": {"hostApp": "GMAIL", "parameters": ' + b"[" * 100_000 + b"]" * 100_000 + b"}}",
], ids=["array", "object", "inside-the-event"])
def test_deeply_nested_json_is_400(addon, raw, caplog):
    """A 100k-deep event fits in the size limit; it was an internal-error card (200) from a RecursionError."""
    r = addon.post("/on-message", None, raw=raw)
    assert r.status_code == 400, r.text[:200]
    assert r.json() == {"error": "malformed event", "reason": "event is nested too deeply"}
    assert "RecursionError" not in caplog.text


def test_http_level_errors_are_json(addon):
    assert addon.session.get(addon.url + "/on-message").status_code == 405
    assert addon.session.get(addon.url + "/on-message").json()["error"] == "method not allowed"
    assert addon.session.get(addon.url + "/nope").json()["error"] == "not found"
    big = addon.post("/on-message", None, raw=b'{"x": "' + b"a" * 1_100_000 + b'"}')
    assert big.status_code == 413 and "Traceback" not in big.text


def test_open_draft_makes_no_gmail_call(addon):
    addon.emulator.reset_counters()
    r = addon.post("/actions/open-draft", addon.event(params={"threadId": "18fae27693b40002", "draftId": "r-123"}))
    assert r.json() == {"renderActions": {
        "hostAppAction": {"gmailAction": {"openCreatedDraftActionMarkup": {"draftId": "r-123",
                                                                           "draftThreadId": "18fae27693b40002"}}},
        "action": {"notification": {"text": "Opening your Regrets draft."}}}}
    assert addon.emulator.counters.total_requests == 0


def test_unexpected_error_is_a_card_without_trace(addon, monkeypatch, caplog):
    def boom(*a, **k):
        raise RuntimeError("secret message body text")

    monkeypatch.setattr("addon.handlers.analyze_thread", boom)
    caplog.set_level(logging.DEBUG)
    r = addon.open_message("Lumen")
    assert r.status_code == 200
    assert card_of(r)["name"] == "regrets-error-internal"
    assert "secret" not in r.text and "Traceback" not in r.text
    assert "secret" not in caplog.text
    assert "RuntimeError" in caplog.text


def test_logs_hold_no_tokens_or_content(addon, caplog):
    caplog.set_level(logging.DEBUG)
    tid = addon.thread_id("Lumen")
    mid = addon.last_message_id(tid)
    addon.open_message("Lumen")
    addon.post("/actions/draft", addon.event(tid, mid, form={"reason_text": "I am moving to Mars"},
                                             params={"threadId": tid, "messageId": mid}))
    addon.post("/on-message", addon.event(tid, mid), token="a.b.c")
    text = caplog.text
    assert "regrets.addon" in text or "on-message" in text
    for secret in (USER_TOKEN, ACCESS_TOKEN, "Priya", "Lumen", "Mars", "eyJ"):
        assert secret not in text


def test_healthz_and_logo(addon):
    assert addon.session.get(addon.url + "/healthz").json() == {"ok": True}
    logo = addon.session.get(addon.url + "/logo.png")
    assert logo.headers["Content-Type"] == "image/png" and logo.content.startswith(b"\x89PNG")


def test_card_cache_is_exact(addon):
    cache = addon.app.extensions["regrets_addon"]["context"].cache
    first = addon.open_message("Lumen").json()
    addon.emulator.reset_counters()
    again = addon.open_message("Lumen").json()
    assert again == first and cache.hits == 1
    assert addon.emulator.counters.requests == addon.read_calls  # still asks Gmail every time
    other_zone = addon.open_message("Lumen", tz="Asia/Jakarta").json()
    assert cache.hits == 1 and "Your time (Asia/Jakarta)" in all_text(other_zone)
    # the thread changes (a draft is added): Gmail's answer differs, so the card is rebuilt -- in the fallback mode
    # the open message alone is read, and it does not change: a hit, and the draft record adds "Open draft"
    tid = addon.thread_id("Lumen")
    mid = addon.last_message_id(tid)
    addon.post("/actions/draft", addon.event(tid, mid, form={"intent": "decline"}, params={"threadId": tid}))
    after = addon.open_message("Lumen").json()
    assert "Open draft" in all_text(after) and cache.hits == (2 if addon.fallback else 1)
    entry = next(iter(cache._data.values()))
    assert entry.analysis.reply_target is None  # no message bodies kept
    assert entry.analysis.interview.source_text == ""


def test_card_cache_can_be_turned_off(make_addon, monkeypatch):
    from addon.config import AddonConfig

    assert AddonConfig.from_env({"REGRETS_ADDON_CARD_CACHE": "0"}).card_cache_size == 0
    a = make_addon()
    ctx = a.app.extensions["regrets_addon"]["context"]
    ctx.cache.size = 0
    a.open_message("Lumen")
    a.open_message("Lumen")
    assert ctx.cache.hits == 0 and len(ctx.cache) == 0


def draft_button(card: dict) -> dict:
    """The card's filled button: the one that drafts."""
    return next(b for s in card["sections"] for w in s["widgets"] for b in w.get("buttonList", {}).get("buttons", [])
                if b.get("type") == "FILLED")


def test_the_button_label_follows_the_intent(addon):
    tid = addon.thread_id("Lumen")
    mid = addon.last_message_id(tid)
    card = card_of(addon.open_message("Lumen"))
    assert draft_button(card)["text"] == "Draft decline"
    radio = next(w["selectionInput"] for s in card["sections"] for w in s["widgets"]
                 if w.get("selectionInput", {}).get("name") == "intent")
    change = radio["onChangeAction"]
    assert change["function"] == BASE_URL + "/actions/refresh"
    # Gmail calls the onChangeAction with the form as it now is: "Cancel an interview I accepted" chosen
    params = {p["key"]: p["value"] for p in change["parameters"]}
    r = addon.post("/actions/refresh", addon.event(tid, mid, form={"intent": "cancel", "reason_text": "moving"},
                                                   params=params))
    changed = card_of(r)
    assert draft_button(changed)["text"] == "Draft cancellation"
    assert '"value": "moving"' in all_text(changed)  # what the user typed stays
    # an accepted interview opens with the cancellation chosen, and says so on the button
    accepted = card_of(addon.open_message("Tidewater"))
    if not addon.fallback:  # read alone, the open message is the user's acceptance, not an invitation
        assert draft_button(accepted)["text"] == "Draft cancellation"
    # with no date to quote, only a decline is offered (a cancellation would be written as one)
    no_time = card_of(addon.open_message("Pinecrest"))
    assert '"name": "intent"' not in all_text(no_time) and draft_button(no_time)["text"] == "Draft decline"


@pytest.mark.parametrize("locale, advice", [
    ("en-GB", "Less than a day left: phone the recruiter as well"),
    ("id-ID", "Waktunya kurang dari sehari: telepon juga perekrutnya"),
])
def test_critical_advice_appears_once(addon, locale, advice):
    text = all_text(card_of(addon.open_message("Lumen", locale=locale)))
    assert text.count(advice) == 1
    assert text.count("recruiter") + text.count("perekrut") == 1  # no second wording
    assert "24 hours" not in text and "24 jam" not in text
