"""Golden card JSON, one file per case in tests/addon/golden/<case>.json, produced through the real endpoints
(HTTP, signed tokens, the Gmail emulator with the demo mailbox, a fixed clock).

Regenerate after an intended change: ``REGRETS_UPDATE_GOLDEN=1 python -m pytest tests/addon/test_golden.py``
and review the diff.
"""
from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable
from typing import Any

import pytest

from addon.gmailapi import GmailClient

from .conftest import GOLDEN, Addon

UPDATE = bool(os.environ.get("REGRETS_UPDATE_GOLDEN"))


def open_card(subject: str, **kw: Any) -> Callable[[Addon], Any]:
    def run(a: Addon) -> Any:
        r = a.open_message(subject, **kw)
        assert r.status_code == 200, r.text
        assert r.headers["X-Regrets-Gmail-Calls"] == str(len(a.read_calls))
        return r.json()
    return run


def draft_params(a: Addon, subject: str) -> tuple[str, str]:
    tid = a.thread_id(subject)
    return tid, a.last_message_id(tid)


def draft_response(a: Addon, subject: str = "Lumen", form: dict[str, Any] | None = None) -> Any:
    tid, mid = draft_params(a, subject)
    f = form or {"intent": "decline", "language": "en", "reason": "other-offer"}
    r = a.post("/actions/draft", a.event(tid, mid, form=f, params={"threadId": tid, "messageId": mid, "mode": "invite"}))
    assert r.status_code == 200, r.text
    return r.json()


def case_draft_created(a: Addon) -> Any:
    return draft_response(a)


def case_draft_created_locale_id(a: Addon) -> Any:
    """An Indonesian user drafts on an Indonesian thread: card and toast in Indonesian."""
    tid, mid = draft_params(a, "Undangan")
    r = a.post("/actions/draft", a.event(tid, mid, tz="Asia/Jakarta", locale="id-ID", form={"intent": "decline"},
                                         params={"threadId": tid, "messageId": mid, "mode": "invite"}))
    assert r.status_code == 200, r.text
    return r.json()


def case_intent_changed_to_cancel(a: Addon) -> Any:
    """The intent radio's onChangeAction: the card comes back with the form as the user left it, kept open, and
    the button saying what it will write."""
    tid, mid = draft_params(a, "Lumen")
    form = {"intent": "cancel", "language": "en", "reason": "stay", "reason_text": "I am moving abroad",
            "other_roles": ["yes"], "other_roles_area": "data platform", "calendar": ["keep"]}
    r = a.post("/actions/refresh", a.event(tid, mid, form=form, params={"threadId": tid, "messageId": mid,
                                                                        "mode": "invite"}))
    assert r.status_code == 200, r.text
    return r.json()


def case_redraft_as_cancellation(a: Addon) -> Any:
    """Draft a decline, then Redraft with other options (cancel, in Indonesian): the same draft, replaced."""
    tid, mid = draft_params(a, "Lumen")
    made = draft_response(a)
    card = made["renderActions"]["action"]["navigations"][0]["updateCard"]
    redraft = next(b for s in card["sections"] for w in s["widgets"] for b in w.get("buttonList", {}).get("buttons", [])
                   if b["text"].startswith("Redraft"))
    params = {p["key"]: p["value"] for p in redraft["onClick"]["action"]["parameters"]}
    r = a.post("/actions/draft", a.event(tid, mid, form={"intent": "cancel", "language": "id"}, params=params))
    assert r.status_code == 200, r.text
    return r.json()


def case_redrafted_cancellation_reopened(a: Addon) -> Any:
    """The message opened again after a redraft: the card names the cancellation, and its Redraft form starts
    from it."""
    case_redraft_as_cancellation(a)
    return open_card("Lumen")(a)


def case_draft_clicked_twice(a: Addon) -> Any:
    draft_response(a)
    return draft_response(a)


def case_existing_draft_open(a: Addon) -> Any:
    draft_response(a)
    return open_card("Lumen")(a)


def case_existing_draft_made_elsewhere(a: Addon) -> Any:
    """A Regrets draft this instance has no record of (another instance made it): no draft id, no button."""
    tid, _ = draft_params(a, "Lumen")
    raw = (b"From: sam.rivera@gmail.com\r\nTo: priya.nair@lumenfreight.com\r\n"
           b"Subject: Re: Interview invitation: Senior Data Engineer at Lumen Freight\r\n"
           b"In-Reply-To: <invite-1@lumenfreight.com>\r\nReferences: <invite-1@lumenfreight.com>\r\n"
           b"X-Regrets: decline\r\nContent-Type: text/plain\r\n\r\nDear Priya,\r\n")
    svc = GmailClient(a.emulator.url).service
    from gmail.transport import RequestsHttp

    svc.users().drafts().create(userId="me", body={"message": {"threadId": tid, "raw": base64.urlsafe_b64encode(raw).decode()}}
                                ).execute(http=RequestsHttp("x", GmailClient(a.emulator.url).pool))
    return open_card("Lumen")(a)


def case_refresh(a: Addon) -> Any:
    tid, mid = draft_params(a, "Undangan")
    r = a.post("/actions/refresh", a.event(tid, mid, tz="Asia/Jakarta", params={"threadId": tid, "messageId": mid}))
    assert r.status_code == 200
    return r.json()


def case_error_not_found_404(a: Addon) -> Any:
    r = a.post("/on-message", a.event("00000000deadbeef", "00000000deadbeef"))
    assert r.status_code == 200
    return r.json()


def case_error_bad_id_400(a: Addon) -> Any:
    r = a.post("/on-message", a.event("thread-a:r123456789", None))
    assert r.status_code == 200
    return r.json()


def faulted(kind: str, **kw: Any) -> Callable[[Addon], Any]:
    def run(a: Addon) -> Any:
        a.emulator.set_knobs(fault_rate=1.0, fault_kinds=[kind])
        r = a.open_message("Lumen", **kw)
        assert r.status_code == 200
        return r.json()
    return run


CASES: dict[str, Callable[[Addon], Any]] = {
    "homepage": lambda a: a.post("/homepage", {"commonEventObject": {"hostApp": "GMAIL", "platform": "WEB"}}).json(),
    "homepage_locale_id": lambda a: a.post("/homepage", {"commonEventObject": {
        "hostApp": "GMAIL", "platform": "WEB", "userLocale": "id"}}).json(),
    "invite_critical_en_locale_id": open_card("Lumen", tz="Asia/Jakarta", locale="id-ID"),
    "invite_normal_id_locale_id": open_card("Undangan", tz="Asia/Jakarta", locale="id-ID"),
    "accepted_cancel_locale_id": open_card("Tidewater", tz="Asia/Jakarta", locale="id-ID"),
    "no_time_found_locale_id": open_card("Pinecrest", tz="Asia/Jakarta", locale="id-ID"),
    "past_interview_locale_id": open_card("OrbitCart", locale="id-ID"),
    "not_invite_locale_id": open_card("digest", locale="id-ID"),
    "draft_created_locale_id": case_draft_created_locale_id,
    "intent_changed_to_cancel": case_intent_changed_to_cancel,
    "redraft_as_cancellation": case_redraft_as_cancellation,
    "redrafted_cancellation_reopened": case_redrafted_cancellation_reopened,
    "error_rate_429_locale_id": faulted("429", locale="id-ID"),
    "invite_critical_en": open_card("Lumen", tz="Europe/Vienna"),
    "invite_normal_id": open_card("Undangan", tz="Asia/Jakarta"),
    "accepted_cancel": open_card("Tidewater", tz="Asia/Jakarta"),
    "no_time_found": open_card("Pinecrest", tz="America/Los_Angeles"),
    "past_interview": open_card("OrbitCart"),
    "not_invite": open_card("digest"),
    "invite_without_user_zone": open_card("Lumen", tz=None),
    "draft_created": case_draft_created,
    "draft_clicked_twice": case_draft_clicked_twice,
    "existing_draft_open": case_existing_draft_open,
    "existing_draft_made_elsewhere": case_existing_draft_made_elsewhere,
    "refresh": case_refresh,
    "error_not_found_404": case_error_not_found_404,
    "error_bad_id_400": case_error_bad_id_400,
    "error_rate_429": faulted("429"),
    "error_unavailable_500": faulted("500"),
    "error_unavailable_503": faulted("503"),
    "error_connection_dropped": faulted("drop"),
}


def golden_path(case: str, a: Addon) -> Any:
    """<case>.json; in the fallback mode (threads.get refused) <case>.fallback.json where the cards differ --
    the open message read alone can say less than the whole conversation."""
    fallback = GOLDEN / f"{case}.fallback.json"
    return fallback if a.fallback and (fallback.exists() or UPDATE) else GOLDEN / f"{case}.json"


@pytest.mark.parametrize("case", sorted(CASES))
def test_golden(case, make_addon):
    a = make_addon()
    got = CASES[case](a)
    path = golden_path(case, a)
    text = json.dumps(got, indent=2, ensure_ascii=False) + "\n"
    if UPDATE or not path.exists():
        if not UPDATE:
            pytest.fail(f"golden file {path.name} missing: run with REGRETS_UPDATE_GOLDEN=1 and review it")
        thread_mode = GOLDEN / f"{case}.json"
        if path != thread_mode and thread_mode.exists() and json.loads(thread_mode.read_text(encoding="utf-8")) == got:
            path.unlink(missing_ok=True)  # the same card in both modes: one file
            path = thread_mode
        else:
            path.write_text(text, encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8")) == got, f"{case} differs from {path.name}"


@pytest.mark.parametrize("status, reason, message, case", [
    (403, "insufficientPermissions", "Request had insufficient authentication scopes.", "error_scope_403"),
    (401, "authError", "Invalid Credentials", "error_auth_401"),
])
def test_golden_from_stand_in(status, reason, message, case, make_addon, fake_gmail):
    fake = fake_gmail(status, reason, message)
    a = make_addon(gmail_root=fake.url)
    tid = a.thread_id("Lumen")
    r = a.post("/on-message", a.event(tid, a.last_message_id(tid)))
    assert r.status_code == 200
    got = r.json()
    path = GOLDEN / f"{case}.json"
    if UPDATE:
        path.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8")) == got
