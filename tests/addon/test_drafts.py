"""The draft action against the emulator: a threaded reply draft, two Gmail calls, and never a second draft."""
from __future__ import annotations

import email
import json
import email.policy
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from addon.app import create_app
from addon.config import AddonConfig

from .conftest import BASE_URL, NOW, SERVICE_ACCOUNT, Addon, ServedApp


def click_draft(a: Addon, subject: str, form: dict | None = None, mode: str = "invite"):
    tid = a.thread_id(subject)
    mid = a.last_message_id(tid)
    return a.post("/actions/draft", a.event(tid, mid, form=form or {}, params={"threadId": tid, "messageId": mid,
                                                                                "mode": mode}))


def read_done(a: Addon) -> bool:
    """The conversation has been read (so the next Gmail call is the draft's)."""
    return a.emulator.counters.requests.get("messages.get" if a.fallback else "threads.get", 0) > 0


def drafts_of(a: Addon) -> list[email.message.EmailMessage]:
    box = a.emulator.mailbox
    return [email.message_from_bytes(box.messages[mid].raw, policy=email.policy.default) for mid in box.drafts.values()]


def opened(resp) -> dict:
    return resp.json()["renderActions"]["hostAppAction"]["gmailAction"]["openCreatedDraftActionMarkup"]


def test_draft_is_a_threaded_reply_made_with_two_calls(addon):
    tid = addon.thread_id("Lumen")
    addon.emulator.reset_counters()
    r = click_draft(addon, "Lumen", {"intent": "decline", "language": "en", "reason": "other-offer",
                                     "other_roles": ["yes"], "other_roles_area": "data platform", "referral": ["yes"]})
    assert r.status_code == 200
    assert addon.emulator.counters.requests == {**addon.read_calls, "drafts.create": 1}
    assert r.headers["X-Regrets-Gmail-Calls"] == str(len(addon.read_calls) + 1)
    o = opened(r)
    box = addon.emulator.mailbox
    assert o["draftThreadId"] == tid and o["draftId"] in box.drafts
    stored = box.messages[box.drafts[o["draftId"]]]
    assert stored.thread_id == tid  # the emulator's Gmail threading rule accepted it into the thread
    assert stored.labels == {"DRAFT"}
    (d,) = drafts_of(addon)
    assert d["Subject"] == "Re: Interview invitation: Senior Data Engineer at Lumen Freight"
    assert d["In-Reply-To"] == "<invite-1@lumenfreight.com>"
    assert d["References"] == "<invite-1@lumenfreight.com>"
    assert d["From"] == "Sam Rivera <sam.rivera@gmail.com>"  # the address the invite was sent to
    assert d["To"] == "Priya Nair <priya.nair@lumenfreight.com>"
    assert d["X-Regrets"] == "decline"
    text = d.get_body(("plain",)).get_content()
    assert "I have accepted another offer" in text
    assert "data platform" in text and "suggest someone" in text
    assert "> Thank you for applying" in text  # the invite, quoted
    assert r.json()["renderActions"]["action"]["notification"]["text"].startswith("Draft created")


def test_accepted_interview_defaults_to_cancel_in_indonesian_when_asked(addon):
    r = click_draft(addon, "Tidewater", {"language": "id"})
    assert r.status_code == 200
    (d,) = drafts_of(addon)
    if addon.fallback:  # only the open message is read: the acceptance earlier in the thread is not known
        assert d["X-Regrets"] == "decline"
        return
    assert d["X-Regrets"] == "cancel"
    assert "membatalkan" in d.get_body(("plain",)).get_content()


def test_draft_anyway_on_a_non_invite(addon):
    r = click_draft(addon, "digest", {"intent": "decline"}, mode="anyway")
    assert r.status_code == 200 and opened(r)["draftId"]
    (d,) = drafts_of(addon)
    assert d["Subject"] == "Re: Your weekly job digest: 12 new data roles"


def test_double_click_and_retries_make_one_draft(addon):
    with ThreadPoolExecutor(max_workers=8) as pool:
        resps = list(pool.map(lambda _: click_draft(addon, "Lumen", {"intent": "decline"}), range(8)))
    assert all(r.status_code == 200 for r in resps)
    assert len(addon.emulator.mailbox.drafts) == 1
    (draft_id,) = addon.emulator.mailbox.drafts
    assert {opened(r)["draftId"] for r in resps} == {draft_id}
    # a later retry: one call (the thread read), the same draft opened
    addon.emulator.reset_counters()
    again = click_draft(addon, "Lumen", {"intent": "decline"})
    assert opened(again)["draftId"] == draft_id
    assert addon.emulator.counters.requests == addon.read_calls
    assert "already" in again.json()["renderActions"]["action"]["notification"]["text"]


def test_other_intent_is_another_draft(addon):
    click_draft(addon, "Lumen", {"intent": "decline"})
    click_draft(addon, "Lumen", {"intent": "cancel"})
    click_draft(addon, "Lumen", {"intent": "cancel"})
    assert sorted(d["X-Regrets"] for d in drafts_of(addon)) == ["cancel", "decline"]


def test_connection_dropped_after_create_then_retry(addon):
    """Gmail made the draft but the answer was lost: the transport must not re-send the POST, and the retry
    finds the draft in the thread by its X-Regrets header."""
    tid = addon.thread_id("Lumen")
    mid = addon.last_message_id(tid)
    # let the thread read pass, drop only the create: a tiny wrapper on the emulator's fault picker
    faults = addon.emulator.faults
    orig = faults.pick
    faults.pick = lambda *, allow_drop: ("drop_after" if allow_drop and read_done(addon) else None)
    try:
        addon.emulator.reset_counters()
        r = addon.post("/actions/draft", addon.event(tid, mid, form={"intent": "decline"},
                                                     params={"threadId": tid, "messageId": mid}))
    finally:
        faults.pick = orig
    assert r.status_code == 200
    assert "did not confirm" in r.json()["renderActions"]["action"]["notification"]["text"]
    assert len(addon.emulator.mailbox.drafts) == 1  # created once, not re-sent by the client library
    assert addon.emulator.counters.requests.get("drafts.create") == 1
    retry = addon.post("/actions/draft", addon.event(tid, mid, form={"intent": "decline"},
                                                     params={"threadId": tid, "messageId": mid}))
    assert retry.status_code == 200
    assert len(addon.emulator.mailbox.drafts) == 1
    assert "already" in retry.json()["renderActions"]["action"]["notification"]["text"]


def test_create_refused_makes_no_draft(addon):
    faults = addon.emulator.faults
    orig = faults.pick
    faults.pick = lambda *, allow_drop: ("429" if read_done(addon) else None)
    try:
        addon.emulator.reset_counters()
        r = click_draft(addon, "Lumen", {"intent": "decline"})
    finally:
        faults.pick = orig
    ra = r.json()["renderActions"]["action"]
    assert ra["notification"]["text"] == "The draft was not created."
    assert ra["navigations"][0]["updateCard"]["name"] == "regrets-error-rate"
    assert addon.emulator.mailbox.drafts == {}


def test_workers_sharing_a_state_dir_open_the_same_draft(addon, keys, tmp_path):
    """Two app processes (gunicorn workers) on one host: the second one opens the first one's draft."""
    cfg = AddonConfig(base_url=BASE_URL, service_account=SERVICE_ACCOUNT, certs_url=keys.certs_url,
                      gmail_api_root=addon.emulator.url, clock=lambda: NOW,
                      state_dir=str(addon.app.extensions["regrets_addon"]["context"].store.path.parent))
    other = ServedApp(create_app(cfg))
    try:
        first = click_draft(addon, "Undangan", {"intent": "decline"})
        second_worker = Addon(other, keys, addon.emulator, None)
        second = click_draft(second_worker, "Undangan", {"intent": "decline"})
        assert opened(first)["draftId"] == opened(second)["draftId"]
        assert len(addon.emulator.mailbox.drafts) == 1
        card = second_worker.open_message("Undangan").json()["action"]["navigations"][0]["pushCard"]
        assert "Open draft" in str(card)
    finally:
        other.stop()


@pytest.mark.parametrize("subject", ["Pinecrest", "OrbitCart"])
def test_no_time_and_past_threads_can_be_drafted(addon, subject):
    r = click_draft(addon, subject, {"intent": "decline"}, mode="anyway")
    assert opened(r)["draftId"] in addon.emulator.mailbox.drafts


def test_cancel_without_a_date_is_a_decline_made_once(addon):
    for _ in range(2):
        r = click_draft(addon, "Pinecrest", {"intent": "cancel"})
        assert r.status_code == 200
    (d,) = drafts_of(addon)
    assert d["X-Regrets"] == "decline"


@pytest.mark.parametrize("form, declined", [({}, True), ({"calendar": ["keep"]}, False)])
def test_the_draft_declines_the_calendar_event_unless_the_card_says_keep(addon, form, declined):
    # the Lumen invitation is a Google Calendar request to the owner
    r = click_draft(addon, "Lumen", {"intent": "decline", "language": "en", **form})
    assert r.status_code == 200
    (d,) = drafts_of(addon)
    cal = [p for p in d.walk() if p.get_content_type() == "text/calendar"]
    assert bool(cal) is declined
    if declined:
        body = cal[0].get_payload(decode=True).decode()
        assert "METHOD:REPLY" in body and "PARTSTAT=DECLINED" in body and cal[0].get_param("method") == "REPLY"


@pytest.mark.parametrize("ids", ["thread-and-message", "message-only"])
def test_click_storms_make_one_draft_however_the_thread_is_read(addon, ids):
    """Issue: with threads.get refused (403) or no thread id in the event, only the open message is read and no
    draft is visible; the draft record alone must decide. 50 parallel clicks, then 5 one after another."""
    tid = addon.thread_id("Lumen")
    mid = addon.last_message_id(tid)
    params = {"messageId": mid, "mode": "invite"} if ids == "message-only" else \
        {"threadId": tid, "messageId": mid, "mode": "invite"}
    event = addon.event(None if ids == "message-only" else tid, mid, form={"intent": "decline"}, params=params)
    sessions = [requests.Session() for _ in range(50)]
    with ThreadPoolExecutor(max_workers=50) as pool:
        resps = list(pool.map(lambda s: s.post(addon.url + "/actions/draft", json=event, timeout=60,
                                               headers={"Authorization": "Bearer " + addon.token("/actions/draft")}),
                              sessions))
    assert [r.status_code for r in resps] == [200] * 50
    assert len(addon.emulator.mailbox.drafts) == 1
    (draft_id,) = addon.emulator.mailbox.drafts
    assert {opened(r)["draftId"] for r in resps} == {draft_id}
    assert addon.emulator.counters.requests["drafts.create"] == 1
    for _ in range(5):
        r = addon.post("/actions/draft", event)
        assert opened(r)["draftId"] == draft_id
    assert len(addon.emulator.mailbox.drafts) == 1


def button_params(card: dict, text: str) -> dict[str, str]:
    """The parameters of the card's button whose label starts with `text`."""
    b = next(b for s in card["sections"] for w in s["widgets"] for b in w.get("buttonList", {}).get("buttons", [])
             if b["text"].startswith(text))
    return {p["key"]: p["value"] for p in b["onClick"]["action"]["parameters"]}


def delete_draft(a: Addon, draft_id: str) -> None:
    """The user deletes the draft in Gmail."""
    requests.delete(f"{a.emulator.url}gmail/v1/users/me/drafts/{draft_id}",
                    headers={"Authorization": "Bearer x"}, timeout=10).raise_for_status()


def test_a_deleted_draft_can_be_drafted_again_once(addon):
    first = opened(click_draft(addon, "Lumen", {"intent": "decline"}))["draftId"]
    delete_draft(addon, first)
    tid = addon.thread_id("Lumen")
    mid = addon.last_message_id(tid)
    card = addon.open_message("Lumen").json()["action"]["navigations"][0]["pushCard"]
    params = {"threadId": tid, "messageId": mid, "mode": "invite"}
    if addon.fallback:
        # the thread's drafts are invisible: the card offers the recorded draft, and Redraft, which makes a new
        # one when Gmail says the recorded draft is gone
        params = button_params(card, "Redraft")
        assert params["redraft"] == first
    else:
        assert "Open draft" not in str(card)  # the thread shows the draft is gone
    event = addon.event(tid, mid, form={"intent": "decline"}, params=params)
    with ThreadPoolExecutor(max_workers=10) as pool:
        resps = list(pool.map(lambda _: addon.post("/actions/draft", event), range(10)))
    (second,) = addon.emulator.mailbox.drafts
    assert second != first
    assert {opened(r)["draftId"] for r in resps} == {second}


def test_record_unreachable_is_a_card_and_no_draft(addon, monkeypatch):
    from addon.draftstore import StoreError

    store = addon.app.extensions["regrets_addon"]["context"].store

    def down(*a, **k):
        raise StoreError("store", "draft database (OperationalError)")

    monkeypatch.setattr(store, "_run", down)
    r = click_draft(addon, "Lumen", {"intent": "decline"})
    assert r.status_code == 200
    assert r.json()["renderActions"]["action"]["navigations"][0]["updateCard"]["name"] == "regrets-error-store"
    assert addon.emulator.mailbox.drafts == {}
    card = addon.open_message("Lumen")
    assert card.status_code == 200 and "Traceback" not in card.text


# ---- Redraft: replace the draft Regrets made, never one the user wrote --------------------------------------------
def made_card(resp) -> dict:
    return resp.json()["renderActions"]["action"]["navigations"][0]["updateCard"]


def redraft(a: Addon, subject: str, params: dict[str, str], form: dict):
    tid = a.thread_id(subject)
    mid = a.last_message_id(tid)
    return a.post("/actions/draft", a.event(tid, mid, form=form, params=params))


def user_draft(a: Addon, subject: str, text: bytes = b"My own words, not Regrets'.") -> str:
    """The user writes a draft reply in the thread themselves (no X-Regrets header)."""
    tid = a.thread_id(subject)
    raw = (b"From: sam.rivera@gmail.com\r\nTo: priya.nair@lumenfreight.com\r\nSubject: Re: mine\r\n"
           b"In-Reply-To: <invite-1@lumenfreight.com>\r\nContent-Type: text/plain\r\n\r\n" + text + b"\r\n")
    import base64

    r = requests.post(f"{a.emulator.url}gmail/v1/users/me/drafts", headers={"Authorization": "Bearer x"}, timeout=10,
                      json={"message": {"threadId": tid, "raw": base64.urlsafe_b64encode(raw).decode()}})
    r.raise_for_status()
    return r.json()["id"]


def test_the_draft_click_answers_with_the_card_of_the_draft_made(addon):
    r = click_draft(addon, "Lumen", {"intent": "decline", "reason": "stay"})
    card = made_card(r)
    draft_id = opened(r)["draftId"]
    assert button_params(card, "Open draft")["draftId"] == draft_id
    assert button_params(card, "Redraft")["redraft"] == draft_id
    assert "Draft decline" not in json.dumps(card)  # the old form's button is gone
    reason = next(w["selectionInput"] for s in card["sections"] for w in s["widgets"]
                  if w.get("selectionInput", {}).get("name") == "reason")
    assert [i["value"] for i in reason["items"] if i["selected"]] == ["stay"]  # the choices made are kept


def test_redraft_replaces_the_regrets_draft_with_other_options(addon):
    first = click_draft(addon, "Lumen", {"intent": "decline", "language": "en"})
    draft_id = opened(first)["draftId"]
    addon.emulator.reset_counters()
    r = redraft(addon, "Lumen", button_params(made_card(first), "Redraft"), {"intent": "cancel", "language": "id"})
    assert r.status_code == 200
    assert opened(r)["draftId"] == draft_id  # the same draft, its content replaced
    assert addon.emulator.counters.requests == {**addon.read_calls, "drafts.update": 1}
    (d,) = drafts_of(addon)
    assert d["X-Regrets"] == "cancel"
    assert "membatalkan" in d.get_body(("plain",)).get_content()
    assert r.json()["renderActions"]["action"]["notification"]["text"].startswith("Draft replaced")
    card = made_card(r)
    assert button_params(card, "Redraft")["redraft"] == draft_id
    # the record now says the draft is the cancellation: the card opened again offers it as such
    again = addon.open_message("Lumen").json()["action"]["navigations"][0]["pushCard"]
    assert button_params(again, "Open draft")["draftId"] == draft_id
    assert "cancellation draft" in json.dumps(again)


def test_redraft_never_touches_a_draft_the_user_wrote(addon):
    mine = user_draft(addon, "Lumen")
    box = addon.emulator.mailbox
    before = box.messages[box.drafts[mine]].raw
    tid = addon.thread_id("Lumen")
    params = {"threadId": tid, "messageId": addon.last_message_id(tid), "mode": "invite", "redraft": mine}
    addon.emulator.reset_counters()
    r = redraft(addon, "Lumen", params, {"intent": "decline"})
    assert made_card(r)["name"] == "regrets-error-not-ours"
    assert "drafts.update" not in addon.emulator.counters.requests
    assert box.messages[box.drafts[mine]].raw == before
    # with a Regrets draft on record, a forged id opens Regrets' own draft and still leaves the user's alone
    ours = opened(click_draft(addon, "Lumen", {"intent": "decline"}))["draftId"]
    r = redraft(addon, "Lumen", params, {"intent": "decline"})
    assert opened(r)["draftId"] == ours
    assert box.messages[box.drafts[mine]].raw == before
    assert len(box.drafts) == 2


def test_redraft_clicked_many_times_keeps_one_draft(addon):
    first = click_draft(addon, "Lumen", {"intent": "decline"})
    draft_id = opened(first)["draftId"]
    params = button_params(made_card(first), "Redraft")
    with ThreadPoolExecutor(max_workers=8) as pool:
        resps = list(pool.map(lambda _: redraft(addon, "Lumen", params, {"intent": "decline", "referral": ["yes"]}),
                              range(8)))
    assert [r.status_code for r in resps] == [200] * 8
    assert list(addon.emulator.mailbox.drafts) == [draft_id]
    assert {opened(r)["draftId"] for r in resps} == {draft_id}
    assert "suggest someone" in drafts_of(addon)[0].get_body(("plain",)).get_content()


def test_redraft_of_a_deleted_draft_makes_a_new_one(addon):
    first = click_draft(addon, "Lumen", {"intent": "decline"})
    params = button_params(made_card(first), "Redraft")
    delete_draft(addon, params["redraft"])
    r = redraft(addon, "Lumen", params, {"intent": "decline"})
    (new,) = addon.emulator.mailbox.drafts
    assert new != params["redraft"] and opened(r)["draftId"] == new
    assert r.json()["renderActions"]["action"]["notification"]["text"].startswith("Draft created")


@pytest.mark.parametrize("subject, locale, words", [
    ("Lumen", "id-ID", "Thank you for inviting me"),  # Indonesian user, English thread: an English letter
    ("Undangan", "en-US", "Terima kasih"),  # English user, Indonesian thread: an Indonesian letter
])
def test_the_letter_keeps_the_threads_language_whatever_the_card_speaks(addon, subject, locale, words):
    tid = addon.thread_id(subject)
    mid = addon.last_message_id(tid)
    card = addon.open_message(subject, locale=locale).json()["action"]["navigations"][0]["pushCard"]
    language = next(w["selectionInput"] for s in card["sections"] for w in s["widgets"]
                    if w.get("selectionInput", {}).get("name") == "language")
    chosen = [i["value"] for i in language["items"] if i["selected"]]
    assert chosen == (["id"] if subject == "Undangan" else ["en"])
    r = addon.post("/actions/draft", addon.event(tid, mid, locale=locale, form={"intent": "decline", "language": chosen},
                                                 params={"threadId": tid, "messageId": mid, "mode": "invite"}))
    (d,) = drafts_of(addon)
    assert words in d.get_body(("plain",)).get_content()
    toast = r.json()["renderActions"]["action"]["notification"]["text"]
    assert toast.startswith("Draf sudah dibuat" if locale == "id-ID" else "Draft created")
