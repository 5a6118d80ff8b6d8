"""Event parsing and the message-id forms (unit level; the HTTP tests cover the same through the endpoints)."""
from __future__ import annotations

import json

import pytest

from addon.events import MalformedEvent, api_id, parse_event
from addon.handlers import compose_choices


def ev(**common) -> bytes:
    return json.dumps({"commonEventObject": {"hostApp": "GMAIL", **common}}).encode()


@pytest.mark.parametrize("raw, expected", [
    ("msg-f:1882855361740800007", "1a213ef9c8000007"),
    ("thread-f:1882855361740800007", "1a213ef9c8000007"),
    ("#msg-f:1882855361740800007", "1a213ef9c8000007"),
    ("1A213EF9C8000007", "1a213ef9c8000007"),
    ("18fae27693b40002", "18fae27693b40002"),
    ("msg-a:r-7621829931717405011", "msg-a:r-7621829931717405011"),  # opaque: passed as Google's samples do
    ("thread-a:r8302512286718218270", "thread-a:r8302512286718218270"),
    (None, None),
])
def test_api_id_forms(raw, expected):
    assert api_id(raw) == expected


def test_decimal_and_hex_ids_are_the_same_number():
    hex_id = "18fae27693b40002"
    assert api_id(f"msg-f:{int(hex_id, 16)}") == hex_id


@pytest.mark.parametrize("raw", ["../../etc/passwd", "msg-f:99999999999999999999", "a b", "msg-f:0", "é"])
def test_api_id_rejects_other_forms(raw):
    with pytest.raises(MalformedEvent):
        api_id(raw)


def test_parse_event_fields():
    body = json.dumps({
        "commonEventObject": {"hostApp": "GMAIL", "platform": "WEB", "userLocale": "id-ID",
                              "timeZone": {"id": "Asia/Jakarta", "offset": 25200000},
                              "formInputs": {"intent": {"stringInputs": {"value": ["cancel"]}},
                                             "when": {"dateTimeInput": {"msSinceEpoch": 1}}},
                              "parameters": {"threadId": "18fae27693b40002"}},
        "authorizationEventObject": {"userOAuthToken": "ya29.x", "systemIdToken": "eyJ..."},
        "gmail": {"messageId": "msg-f:1", "threadId": "thread-f:1", "accessToken": "AFxw"},
    }).encode()
    e = parse_event(body)
    assert (e.time_zone, e.tz_offset_ms, e.locale) == ("Asia/Jakarta", 25200000, "id-ID")
    assert e.form == {"intent": ["cancel"]}
    assert e.parameters == {"threadId": "18fae27693b40002"}
    assert (e.message_id, e.thread_id, e.gmail_access_token, e.user_oauth_token) == ("msg-f:1", "thread-f:1", "AFxw", "ya29.x")
    assert "ya29" not in repr(e) and "AFxw" not in repr(e)  # tokens never show in logs/reprs


def test_unknown_time_zone_is_ignored_not_fatal():
    assert parse_event(ev(timeZone={"id": "Mars/Olympus", "offset": 0})).time_zone is None
    assert parse_event(ev(timeZone={"id": "../../etc/passwd"})).time_zone is None


@pytest.mark.parametrize("body, reason", [
    (b"", "empty body"),
    (b"not json", "not JSON"),
    (b"[1, 2]", "JSON object"),
    (b"{}", "missing commonEventObject"),
    (b'{"commonEventObject": []}', "must be an object"),
    (b'{"commonEventObject": {"hostApp": "CALENDAR"}}', "is not GMAIL"),
    (b'{"commonEventObject": {"hostApp": 7}}', "must be a string"),
    (b'{"commonEventObject": {"formInputs": {"a": {"stringInputs": {"value": "x"}}}}}', "list of strings"),
    (b'{"commonEventObject": {"parameters": {"a": 1}}}', "map strings"),
    (b'{"commonEventObject": {"timeZone": {"offset": "x"}}}', "offset"),
    (b'{"commonEventObject": {}, "gmail": "x"}', "gmail must be an object"),
])
def test_malformed_events(body, reason):
    with pytest.raises(MalformedEvent, match=reason):
        parse_event(body)


def form_event(**form) -> bytes:
    return ev(formInputs={k: {"stringInputs": {"value": v if isinstance(v, list) else [v]}} for k, v in form.items()})


def test_compose_choices_from_form():
    c = compose_choices(parse_event(form_event(intent="cancel", language="id", reason="stay",
                                               other_roles=["yes"], other_roles_area="  data   science ",
                                               referral=["yes"])))
    assert (c.intent, c.language, c.reason, c.referral) == ("cancel", "id", "stay", True)
    assert c.other_roles("id") == "data science"
    own = compose_choices(parse_event(form_event(reason="stay", reason_text="I am moving abroad")))
    assert own.reason == "I am moving abroad"  # own words win over the preset
    ticked = compose_choices(parse_event(form_event(other_roles=["yes"])))
    assert ticked.other_roles("en") == "a related area" and ticked.other_roles("id") == "bidang terkait"
    none = compose_choices(parse_event(form_event()))
    assert (none.intent, none.language, none.reason, none.other_roles("en"), none.referral) == (None, None, None, None, False)


@pytest.mark.parametrize("form, reason", [
    ({"intent": "send"}, "intent"),
    ({"language": "fr"}, "language"),
    ({"reason": "because"}, "offered reasons"),
    ({"reason_text": "x" * 301}, "longer than"),
    ({"other_roles_area": "y" * 81}, "longer than"),
])
def test_compose_choices_reject_values_the_card_never_offers(form, reason):
    with pytest.raises(MalformedEvent, match=reason):
        compose_choices(parse_event(form_event(**form)))
