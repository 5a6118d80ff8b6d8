"""Drafts (Gmail's threading rule), labels and threads.modify through the real client."""
from __future__ import annotations

import base64
import io
from email.message import EmailMessage

import pytest
from googleapiclient.errors import HttpError
from googleapiclient.http import MediaIoBaseUpload

from .conftest import EXAMPLE_OWNER

THREAD = f"{1800000000000000003:016x}"  # "Interview invitation - Platform Engineer" + the owner's reply


def _last(gmail, thread_id=THREAD) -> dict[str, str]:
    msgs = gmail.users().threads().get(userId="me", id=thread_id, format="metadata",
                                       metadataHeaders=["Subject", "Message-ID", "References", "From"]).execute()
    real = [m for m in msgs["messages"] if "DRAFT" not in m.get("labelIds", [])]  # drafts have no Message-ID
    return {h["name"].lower(): h["value"] for h in real[-1]["payload"]["headers"]}


def _reply(last: dict[str, str], *, subject: str | None = None, headers: bool = True) -> EmailMessage:
    m = EmailMessage()
    m["From"] = f"Alex Tan <{EXAMPLE_OWNER}>"
    m["To"] = "fiona.grant@kelpiedata.co.uk"
    m["Subject"] = subject if subject is not None else "Re: " + last["subject"].removeprefix("Re: ")
    if headers:
        m["In-Reply-To"] = last["message-id"]
        m["References"] = (last.get("references", "") + " " + last["message-id"]).strip()
    m["X-Regrets"] = "decline"
    m.set_content("Thank you, but I must decline.")
    return m


def _raw(m: EmailMessage, pad: bool = True) -> str:
    text = base64.urlsafe_b64encode(m.as_bytes()).decode()
    return text if pad else text.rstrip("=")


def _create(gmail, m: EmailMessage, thread_id: str | None = THREAD, pad: bool = True) -> dict:
    message = {"raw": _raw(m, pad)}
    if thread_id:
        message["threadId"] = thread_id
    return gmail.users().drafts().create(userId="me", body={"message": message}).execute()


def test_draft_joins_thread_when_all_three_rules_hold(emulator, gmail):
    draft = _create(gmail, _reply(_last(gmail)), pad=False)
    assert draft["id"].startswith("r") and draft["message"]["threadId"] == THREAD
    assert draft["message"]["labelIds"] == ["DRAFT"]
    thread = gmail.users().threads().get(userId="me", id=THREAD).execute()
    assert [m["labelIds"] for m in thread["messages"]] == [["INBOX", "UNREAD"], ["SENT"], ["DRAFT"]]
    assert thread["messages"][-1]["id"] == draft["message"]["id"]
    # the thread still lists once, and now also under in:drafts
    found = gmail.users().threads().list(userId="me", q="in:drafts").execute()["threads"]
    assert [t["id"] for t in found] == [THREAD]
    got = gmail.users().drafts().get(userId="me", id=draft["id"], format="metadata").execute()
    heads = {h["name"]: h["value"] for h in got["message"]["payload"]["headers"]}
    assert heads["X-Regrets"] == "decline" and heads["Subject"] == "Re: Interview invitation - Platform Engineer"


@pytest.mark.parametrize("case", ["no_thread_id", "no_headers", "other_subject"])
def test_draft_starts_new_thread_when_a_rule_fails(emulator, gmail, case):
    last = _last(gmail)
    if case == "no_thread_id":
        draft = _create(gmail, _reply(last), thread_id=None)
    elif case == "no_headers":
        draft = _create(gmail, _reply(last, headers=False))
    else:
        draft = _create(gmail, _reply(last, subject="Declining your kind invitation"))
    assert draft["message"]["threadId"] != THREAD
    assert draft["message"]["threadId"] == draft["message"]["id"]
    assert len(gmail.users().threads().get(userId="me", id=THREAD).execute()["messages"]) == 2


def test_subject_match_ignores_re_fwd_prefixes(emulator, gmail):
    draft = _create(gmail, _reply(_last(gmail), subject="RE: Fwd: re: interview invitation -  platform engineer"))
    assert draft["message"]["threadId"] == THREAD


def test_unknown_or_bad_thread_id(emulator, gmail):
    with pytest.raises(HttpError) as exc:
        _create(gmail, _reply(_last(gmail)), thread_id="0000000000000001")
    assert exc.value.status_code == 404
    with pytest.raises(HttpError) as exc:
        gmail.users().drafts().create(userId="me", body={"message": {"threadId": THREAD}}).execute()
    assert exc.value.status_code == 400


def test_drafts_list_get_delete(emulator, gmail):
    made = [_create(gmail, _reply(_last(gmail))) for _ in range(3)]
    req = gmail.users().drafts().list(userId="me", maxResults=2)
    page1 = req.execute()
    page2 = gmail.users().drafts().list_next(req, page1).execute()
    listed = [d["id"] for d in page1["drafts"] + page2["drafts"]]
    assert sorted(listed) == sorted(d["id"] for d in made) and "nextPageToken" not in page2
    assert set(page1["drafts"][0]) == {"id", "message"} and set(page1["drafts"][0]["message"]) == {"id", "threadId"}
    raw = gmail.users().drafts().get(userId="me", id=made[0]["id"], format="raw").execute()
    assert b"X-Regrets: decline" in base64.urlsafe_b64decode(raw["message"]["raw"])
    assert gmail.users().drafts().delete(userId="me", id=made[0]["id"]).execute() == ""
    with pytest.raises(HttpError) as exc:
        gmail.users().drafts().get(userId="me", id=made[0]["id"]).execute()
    assert exc.value.status_code == 404
    with pytest.raises(HttpError):
        gmail.users().messages().get(userId="me", id=made[0]["message"]["id"]).execute()
    assert len(gmail.users().threads().get(userId="me", id=THREAD).execute()["messages"]) == 4
    assert gmail.users().drafts().list(userId="me", q="decline").execute()["resultSizeEstimate"] == 2


def test_deleting_a_lone_draft_removes_its_thread(emulator, gmail):
    draft = _create(gmail, _reply(_last(gmail)), thread_id=None)
    tid = draft["message"]["threadId"]
    gmail.users().drafts().delete(userId="me", id=draft["id"]).execute()
    with pytest.raises(HttpError) as exc:
        gmail.users().threads().get(userId="me", id=tid).execute()
    assert exc.value.status_code == 404


def test_media_upload_draft(emulator, gmail):
    m = _reply(_last(gmail))
    media = MediaIoBaseUpload(io.BytesIO(m.as_bytes()), mimetype="message/rfc822")
    draft = gmail.users().drafts().create(userId="me", body={"message": {"threadId": THREAD}},
                                          media_body=media).execute()
    assert draft["message"]["threadId"] == THREAD
    assert emulator.counters.requests["drafts.create"] == 1


def test_update_and_send_draft(emulator, gmail):
    draft = _create(gmail, _reply(_last(gmail)))
    m2 = _reply(_last(gmail))
    m2.replace_header("X-Regrets", "cancel")
    updated = gmail.users().drafts().update(userId="me", id=draft["id"],
                                            body={"message": {"raw": _raw(m2), "threadId": THREAD}}).execute()
    assert updated["id"] == draft["id"] and updated["message"]["id"] != draft["message"]["id"]
    assert updated["message"]["threadId"] == THREAD
    sent = gmail.users().drafts().send(userId="me", body={"id": draft["id"]}).execute()
    assert sent["labelIds"] == ["SENT"] and sent["threadId"] == THREAD
    assert "drafts" not in gmail.users().drafts().list(userId="me").execute()


def test_labels_create_duplicate_and_modify(emulator, gmail):
    created = gmail.users().labels().create(userId="me", body={
        "name": "Regrets/Urgent", "labelListVisibility": "labelShow", "messageListVisibility": "show"}).execute()
    assert created["id"].startswith("Label_") and created["type"] == "user" and created["name"] == "Regrets/Urgent"
    for dup in ("regrets/urgent", "INBOX"):
        with pytest.raises(HttpError) as exc:
            gmail.users().labels().create(userId="me", body={"name": dup}).execute()
        assert exc.value.status_code == 409 and exc.value.reason == "Label name exists or conflicts"
    names = [lab["name"] for lab in gmail.users().labels().list(userId="me").execute()["labels"]]
    assert "Regrets/Urgent" in names and "INBOX" in names

    _create(gmail, _reply(_last(gmail)))  # a draft in the thread keeps only DRAFT
    res = gmail.users().threads().modify(userId="me", id=THREAD, body={
        "addLabelIds": [created["id"]], "removeLabelIds": ["UNREAD"]}).execute()
    assert [m["labelIds"] for m in res["messages"]] == [["INBOX", created["id"]], [created["id"], "SENT"], ["DRAFT"]]
    found = gmail.users().threads().list(userId="me", q="label:regrets-urgent").execute()["threads"]
    assert [t["id"] for t in found] == [THREAD]
    found = gmail.users().threads().list(userId="me", labelIds=[created["id"]]).execute()["threads"]
    assert [t["id"] for t in found] == [THREAD]
    for bad in ("Label_999", "SENT"):
        with pytest.raises(HttpError) as exc:
            gmail.users().threads().modify(userId="me", id=THREAD, body={"addLabelIds": [bad]}).execute()
        assert exc.value.status_code == 400
    counts = gmail.users().labels().get(userId="me", id=created["id"]).execute()
    assert counts["threadsTotal"] == 1 and counts["messagesTotal"] == 2


def test_state_is_visible_to_tests(emulator, gmail):
    draft = _create(gmail, _reply(_last(gmail)))
    assert emulator.mailbox.drafts[draft["id"]] == draft["message"]["id"]
    msgs = emulator.mailbox.thread_messages(THREAD)
    assert msgs[-1].labels == {"DRAFT"} and b"X-Regrets: decline" in msgs[-1].raw
    # tests may deliver new mail (e.g. a reply from the owner sent from the web UI) while running
    sent = emulator.mailbox.add_raw(_reply(_last(gmail)).as_bytes())
    assert sent.thread_id == THREAD and sent.labels == {"SENT"}
