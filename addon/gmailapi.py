"""Gmail calls made on behalf of the user who opened a message, with the add-on scopes only.

The mechanism (https://developers.google.com/workspace/add-ons/guides/alternate-runtimes#extract_the_information; add-ons-samples python/travel-adk-ai-agent
`get_email`, https://github.com/googleworkspace/add-ons-samples): the user's OAuth
token from the event is the credential, and the per-message ``gmail.accessToken`` goes in the
``X-Goog-Gmail-Access-Token`` header of every request. With ``gmail.addons.current.message.readonly`` the
discovery document allows ``threads.get``/``messages.get``/``messages.attachments.get``; with
``gmail.addons.current.action.compose`` it allows ``drafts.create/update/delete/send`` -- but not drafts.list,
drafts.get, labels, sendAs or getProfile, so the add-on cannot list drafts, label mail or read signatures.

The Gmail `Resource` is built once per process (from the bundled discovery document via
`gmail.service.build_gmail`); each call executes over `gmail.transport.RequestsHttp` (per-thread keep-alive,
never re-sends a POST), carrying that request's user token.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import httplib2
from googleapiclient.errors import HttpError

from gmail import b64url
from gmail.service import build_gmail
from gmail.transport import TIMEOUT_SECONDS, RequestsHttp, SessionPool

GMAIL_ACCESS_TOKEN_HEADER = "X-Goog-Gmail-Access-Token"


class GmailProblem(Exception):
    """A Gmail call failed. `kind`: scope | not_found | bad_id | rate | unavailable | auth | unknown."""

    def __init__(self, kind: str, status: int | None = None, retry_after: str | None = None) -> None:
        super().__init__(kind)
        self.kind = kind
        self.status = status
        self.retry_after = retry_after


@dataclass(frozen=True)
class CreatedDraft:
    draft_id: str
    message_id: str
    thread_id: str


class GmailClient:
    """Process-wide: the Gmail Resource and the per-thread HTTP connections."""

    def __init__(self, root: str | None = None, timeout: float = TIMEOUT_SECONDS) -> None:
        # http= placeholder: the Resource never uses it; every execute() gets the request's own transport
        self.service = build_gmail(http=httplib2.Http(), root=root)
        self.pool = SessionPool(timeout)
        # Resource objects are built from the discovery document on every `.threads()` etc.; build them once
        users = self.service.users()
        self.threads = users.threads()
        self.messages = users.messages()
        self.attachments = self.messages.attachments()
        self.drafts = users.drafts()

    def for_user(self, user_oauth_token: str, gmail_access_token: str | None) -> "UserGmail":
        return UserGmail(self, user_oauth_token, gmail_access_token)


class UserGmail:
    """Gmail as one add-on request sees it. Counts its calls (the card needs 1, a draft 2)."""

    def __init__(self, client: GmailClient, user_token: str, access_token: str | None) -> None:
        self._client = client
        self._http = RequestsHttp(user_token, client.pool)
        self._access_token = access_token
        self.calls = 0

    @property
    def last_digest(self) -> bytes:
        """SHA-256 of the body of the last answer Gmail gave this request."""
        return self._http.last_digest

    @property
    def wait_seconds(self) -> float:
        """Time spent in Gmail HTTP calls (network and Gmail's own work)."""
        return self._http.wait_seconds

    def _execute(self, req: Any) -> Any:
        if self._access_token:
            req.headers[GMAIL_ACCESS_TOKEN_HEADER] = self._access_token
        self.calls += 1
        try:
            return req.execute(http=self._http, num_retries=0)
        except HttpError as exc:
            raise classify(exc) from None  # 401 included: the event's user token cannot be refreshed
        except OSError:  # requests' ConnectionError/Timeout, socket errors: nothing usable came back
            self._client.pool.reset()
            raise GmailProblem("unavailable") from None

    def thread(self, thread_id: str) -> dict[str, Any]:
        return self._execute(self._client.threads.get(userId="me", id=thread_id, format="full"))

    def message(self, message_id: str) -> dict[str, Any]:
        return self._execute(self._client.messages.get(userId="me", id=message_id, format="full"))

    def raw_message(self, message_id: str) -> bytes:
        """The message's RFC 822 bytes (messages.get format=raw; the current-message read scope allows it)."""
        res = self._execute(self._client.messages.get(userId="me", id=message_id, format="raw", fields="raw"))
        return _bytes(res.get("raw"))

    def attachment(self, message_id: str, attachment_id: str) -> bytes:
        res = self._execute(self._client.attachments.get(userId="me", messageId=message_id, id=attachment_id))
        return _bytes(res.get("data"))

    def create_draft(self, thread_id: str, raw: bytes) -> CreatedDraft:
        res = self._execute(self._client.drafts.create(userId="me", body=_draft_body(thread_id, raw)))
        return _created(res, thread_id)

    def update_draft(self, draft_id: str, thread_id: str, raw: bytes) -> CreatedDraft:
        """Replace the content of draft `draft_id` (same draft id, a new message id). GmailProblem("not_found")
        when the draft is gone -- deleted or sent (https://developers.google.com/gmail/api/reference/rest/v1/users.drafts/update)."""
        res = self._execute(self._client.drafts.update(userId="me", id=draft_id, body=_draft_body(thread_id, raw)))
        return _created(res, thread_id)


def _draft_body(thread_id: str, raw: bytes) -> dict[str, Any]:
    return {"message": {"threadId": thread_id, "raw": b64url.encode(raw)}}


def _created(res: dict[str, Any], thread_id: str) -> CreatedDraft:
    msg = res.get("message") or {}
    return CreatedDraft(str(res.get("id")), str(msg.get("id", "")), str(msg.get("threadId") or thread_id))


def _bytes(text: Any) -> bytes:
    """A base64url field of Gmail's answer; undecodable data is an answer nothing can be made of."""
    try:
        return b64url.decode(str(text or ""))
    except ValueError:
        raise GmailProblem("unknown") from None


def classify(exc: HttpError) -> GmailProblem:
    """Map a Gmail error to what the user can do about it (never keeps the error text: it may echo ids)."""
    status = int(getattr(exc.resp, "status", 0) or 0)
    reason = ""
    try:
        err = json.loads(exc.content.decode("utf-8", "replace")).get("error", {})
        reason = " ".join([str(err.get("status", ""))] + [str(e.get("reason", "")) for e in err.get("errors") or []] +
                          [str(err.get("message", ""))]).lower()
    except (ValueError, AttributeError):
        pass
    retry_after = exc.resp.get("retry-after") if hasattr(exc.resp, "get") else None
    if status == 429 or "ratelimit" in reason.replace(" ", "") or "rate limit" in reason:
        return GmailProblem("rate", status, retry_after)
    if status == 403:
        return GmailProblem("scope", status)
    if status == 401:
        return GmailProblem("auth", status)
    if status == 404:
        return GmailProblem("not_found", status)
    if status == 400 and "invalid id" in reason:
        return GmailProblem("bad_id", status)
    if status >= 500:
        return GmailProblem("unavailable", status)
    return GmailProblem("unknown", status)
