"""The add-on event object Google POSTs, checked and reduced to what Regrets uses.

Shape: https://developers.google.com/workspace/add-ons/reference/event-object: ``commonEventObject`` (hostApp, platform, userLocale,
timeZone {id, offset}, formInputs {name: {stringInputs: {value: [...]}}}, parameters {k: v}),
``authorizationEventObject`` (userOAuthToken, ...) and ``gmail`` (messageId, threadId, accessToken).

Tokens are kept only in memory for the one request, never logged, never put in a card.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MAX_EVENT_BYTES = 1_000_000
_HEX_ID = re.compile(r"^[0-9a-fA-F]{6,16}$")
_F_ID = re.compile(r"^(?:msg|thread)-f:(\d{1,20})$")
_OPAQUE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9:_\-]{0,199}$")
_TZ_ID = re.compile(r"^[A-Za-z0-9_+\-/]{1,64}$")


class MalformedEvent(ValueError):
    """The body is not an add-on event Regrets can use. The message is a short reason, safe to return."""


@dataclass(frozen=True)
class AddonEvent:
    host_app: str | None = None
    platform: str | None = None
    locale: str | None = None
    time_zone: str | None = None  # a valid IANA name, or None
    tz_offset_ms: int | None = None
    form: dict[str, list[str]] = field(default_factory=dict)
    parameters: dict[str, str] = field(default_factory=dict)
    message_id: str | None = None  # as sent by Gmail (may be msg-f:/msg-a: forms); see api_id()
    thread_id: str | None = None
    gmail_access_token: str | None = field(default=None, repr=False)
    user_oauth_token: str | None = field(default=None, repr=False)

    def form_value(self, name: str) -> str | None:
        vals = self.form.get(name) or []
        return vals[0] if vals else None

    def form_values(self, name: str) -> list[str]:
        return list(self.form.get(name) or [])


def parse_event(body: bytes) -> AddonEvent:
    """Decode and check the JSON body. Raises MalformedEvent with a short reason."""
    if not body or not body.strip():
        raise MalformedEvent("empty body: expected the add-on event JSON")
    if len(body) > MAX_EVENT_BYTES:
        raise MalformedEvent("event too large")
    try:
        obj = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise MalformedEvent("body is not JSON") from None
    except RecursionError:  # json's decoder recurses per nesting level: 100k '[' fit in the size limit
        raise MalformedEvent("event is nested too deeply") from None
    if not isinstance(obj, dict):
        raise MalformedEvent("event must be a JSON object")
    common = _obj(obj, "commonEventObject", required=True)
    auth = _obj(obj, "authorizationEventObject")
    gmail = _obj(obj, "gmail")
    host = _str(common, "hostApp", "commonEventObject")
    if host is not None and host != "GMAIL":
        raise MalformedEvent(f"hostApp {host[:20]!r} is not GMAIL")
    tz = _obj(common, "timeZone")
    tz_id = _str(tz, "id", "timeZone")
    offset = tz.get("offset")
    if offset is not None and (isinstance(offset, bool) or not isinstance(offset, (int, float))):
        raise MalformedEvent("timeZone.offset must be a number")
    return AddonEvent(
        host_app=host,
        platform=_str(common, "platform", "commonEventObject"),
        locale=_str(common, "userLocale", "commonEventObject"),
        time_zone=_valid_zone(tz_id),
        tz_offset_ms=int(offset) if offset is not None and abs(offset) <= 18 * 3600 * 1000 else None,
        form=_form_inputs(common.get("formInputs")),
        parameters=_parameters(common.get("parameters")),
        message_id=_str(gmail, "messageId", "gmail"),
        thread_id=_str(gmail, "threadId", "gmail"),
        gmail_access_token=_str(gmail, "accessToken", "gmail"),
        user_oauth_token=_str(auth, "userOAuthToken", "authorizationEventObject"),
    )


def api_id(raw: str | None, kind: str = "message") -> str | None:
    """The id to give the Gmail API for an id from the event (None stays None).

    UNCONFIRMED (https://developers.google.com/workspace/add-ons/concepts/event-objects does not say which):
    add-on events may carry ``msg-f:<decimal>`` / ``thread-f:<decimal>``
    (Gmail's web ids), ``msg-a:r-...`` / ``thread-a:r...``, or the API's hex ids. The ``-f`` forms hold the same
    64-bit number as the API's hex id, and a third-party add-on had to convert them after HTTP 400 "Invalid id
    value" (https://github.com/LeoIannacone/goopg/issues/34 shows the API rejecting web ids). Hex ids pass through; the opaque ``-a`` forms
    are passed as they are, as Google's samples do (add-ons-samples travel-adk-ai-agent ``get_email``).
    """
    if raw is None:
        return None
    v = raw.strip().lstrip("#")
    m = _F_ID.match(v)
    if m:
        n = int(m.group(1))
        if not 0 < n < 1 << 64:
            raise MalformedEvent(f"{kind} id out of range")
        return format(n, "x")
    if _HEX_ID.match(v):
        return v.lower()
    if _OPAQUE_ID.match(v):
        return v
    raise MalformedEvent(f"{kind} id has an unexpected form")


def _obj(parent: dict[str, Any], key: str, *, required: bool = False) -> dict[str, Any]:
    v = parent.get(key)
    if v is None:
        if required:
            raise MalformedEvent(f"missing {key}")
        return {}
    if not isinstance(v, dict):
        raise MalformedEvent(f"{key} must be an object")
    return v


def _str(parent: dict[str, Any], key: str, where: str) -> str | None:
    v = parent.get(key)
    if v is None or v == "":
        return None
    if not isinstance(v, str):
        raise MalformedEvent(f"{where}.{key} must be a string")
    if len(v) > 8192:
        raise MalformedEvent(f"{where}.{key} is too long")
    return v


def _valid_zone(tz_id: str | None) -> str | None:
    if not tz_id or not _TZ_ID.match(tz_id) or ".." in tz_id:
        return None
    try:
        ZoneInfo(tz_id)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
    return tz_id


def _form_inputs(v: Any) -> dict[str, list[str]]:
    """{name: [values]} from formInputs; only stringInputs are used by Regrets' cards."""
    if v is None:
        return {}
    if not isinstance(v, dict):
        raise MalformedEvent("formInputs must be an object")
    out: dict[str, list[str]] = {}
    for name, wrapper in v.items():
        if not isinstance(wrapper, dict):
            raise MalformedEvent("formInputs values must be objects")
        si = wrapper.get("stringInputs")
        if si is None:
            continue  # date/time inputs: not used by Regrets' cards
        values = si.get("value") if isinstance(si, dict) else None
        if not isinstance(values, list) or not all(isinstance(x, str) for x in values):
            raise MalformedEvent("formInputs.stringInputs.value must be a list of strings")
        out[str(name)] = [x[:2000] for x in values[:100]]
    return out


def _parameters(v: Any) -> dict[str, str]:
    if v is None:
        return {}
    if not isinstance(v, dict) or not all(isinstance(k, str) and isinstance(x, str) for k, x in v.items()):
        raise MalformedEvent("parameters must map strings to strings")
    return dict(v)
